import { describe, expect, it } from 'vitest';
import { normalizeText } from './text';

describe('normalizeText', () => {
  it('removes control characters, NUL included, and keeps what was meant', () => {
    expect(normalizeText('Will I\u0000 find love?\u0007')).toBe('Will I find love?');
    expect(normalizeText('\u0001\u0002\u0003\u001b\u007f\u0085\u009f')).toBe('');
  });

  it('removes zero-width and other format characters; a text of only those is empty', () => {
    expect(normalizeText('\u200b\u200c\u200d\u2060\ufeff\u00ad')).toBe('');
    expect(normalizeText('lo\u200bve\u202e')).toBe('love');
    expect(normalizeText('\u202a\u2066\u061c\u180e')).toBe('');
  });

  it('treats spaces, combining marks alone and invisible fillers as empty', () => {
    expect(normalizeText(' \u00a0\u3000\u2003 \n\t')).toBe('');
    expect(normalizeText('\u0301\u0308')).toBe('');
    expect(normalizeText('\u3164\u115f\u1160\uffa0')).toBe('');
  });

  it('drops unpaired surrogates (PostgreSQL refuses them in JSON) and keeps pairs', () => {
    expect(normalizeText('a\ud800b\udc00c')).toBe('abc');
    expect(normalizeText('moon 🌙')).toBe('moon 🌙');
  });

  it('keeps a joiner inside an emoji sequence, not elsewhere', () => {
    expect(normalizeText('👩‍💻 work')).toBe('👩\u200d💻 work');
    expect(normalizeText('a\u200db')).toBe('ab');
  });

  it('normalises line breaks; single-line texts get spaces instead', () => {
    expect(normalizeText('one\r\ntwo\rthree\u2028four\tfive')).toBe('one\ntwo\nthree\nfour five');
    expect(normalizeText('one\ntwo', { multiline: false })).toBe('one two');
  });

  it('composes to NFC and trims', () => {
    expect(normalizeText('  e\u0301te\u0301  ')).toBe('été');
    expect(normalizeText('Ёлка')).toBe('Ёлка');
    expect(normalizeText('Будет ли у меня работа?')).toBe('Будет ли у меня работа?');
  });
});
