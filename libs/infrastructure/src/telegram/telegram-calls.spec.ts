import { describe, expect, it } from 'vitest';
import { splitForTelegram, TELEGRAM_TEXT_LIMIT } from './telegram-calls';

describe('splitForTelegram', () => {
  it('keeps short text whole', () => expect(splitForTelegram('hello')).toEqual(['hello']));

  it('splits long text under the limit, at paragraph boundaries when it can, losing nothing', () => {
    const paragraph = 'word '.repeat(150).trim();
    const text = Array.from({ length: 12 }, () => paragraph).join('\n\n');
    const parts = splitForTelegram(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    expect(parts.every((p) => p.startsWith('word') && p.endsWith('word'))).toBe(true);
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('cuts a text without spaces hard at the limit', () => {
    const parts = splitForTelegram('x'.repeat(TELEGRAM_TEXT_LIMIT * 2 + 10));
    expect(parts.map((p) => p.length)).toEqual([TELEGRAM_TEXT_LIMIT, TELEGRAM_TEXT_LIMIT, 10]);
  });
});
