import { describe, expect, it } from 'vitest';
import { currentSchemaVersion, upcast } from './upcasting';

describe('upcasting', () => {
  it('lifts UserRegistered v1 (flat profile) to v2', () => {
    expect(upcast('UserRegistered', 1, { userId: 'u1', telegramId: 7, firstName: 'Ada', lastName: 'L', username: 'ada' })).toEqual({
      userId: 'u1',
      telegramId: 7,
      profile: { displayName: 'Ada L', username: 'ada' },
    });
  });
  it('leaves current versions alone', () => {
    const data = { userId: 'u1', profile: { displayName: 'x' } };
    expect(upcast('UserRegistered', currentSchemaVersion('UserRegistered'), data)).toBe(data);
    expect(upcast('CreditsGranted', 1, data)).toBe(data);
  });
});
