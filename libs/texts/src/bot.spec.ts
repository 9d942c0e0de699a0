import { describe, expect, it } from 'vitest';
import { DomainError } from '@app/domain';
import type { DomainErrorCode } from '@app/domain';
import { domainErrorText, MESSAGES } from './bot';

const CODES: DomainErrorCode[] = [
  'invalid_command',
  'insufficient_credits',
  'reservation_not_found',
  'reservation_conflict',
  'reservation_already_settled',
  'payment_not_found',
  'payment_conflict',
  'reason_required',
  'user_not_found',
];

describe('domain errors as the user reads them', () => {
  it('has its own text for every code in both languages', () => {
    for (const code of CODES) {
      const error = new DomainError(code, 'some rule was broken');
      const en = domainErrorText('en', error);
      const ru = domainErrorText('ru', error);
      expect(en).not.toMatch(/\{|domainError/);
      expect(ru).toMatch(/[а-яё]/i);
      expect(ru).not.toContain('some rule was broken'); // the domain's English stays out of Russian replies
    }
    expect(Object.keys(MESSAGES.ru.domainError).sort()).toEqual(Object.keys(MESSAGES.en.domainError).sort());
  });

  it('quotes the broken rule in English, and says a finished conversion can no longer be cancelled', () => {
    expect(domainErrorText('en', new DomainError('invalid_command', 'deck must be full or major'))).toBe('That did not work: deck must be full or major.');
    const finished = new DomainError('invalid_command', 'the conversion is already delivered', { status: 'delivered' });
    expect(domainErrorText('en', finished)).toMatch(/Too late to cancel/);
    expect(domainErrorText('ru', finished)).toMatch(/Отменить уже нельзя/);
  });
});
