import { describe, expect, it } from 'vitest';
import { textLanguage } from './crisis';

describe('textLanguage: the language a message is written in', () => {
  it('Cyrillic letters are Russian, Latin letters English, whatever the fallback', () => {
    expect(textLanguage('хочу уйти из жизни', 'en')).toBe('ru');
    expect(textLanguage('Жить не хочется', 'en')).toBe('ru');
    expect(textLanguage('I wanna die', 'ru')).toBe('en');
    expect(textLanguage('kms', 'ru')).toBe('en');
  });

  it('Russian with Latin among it (a link, a name, slang) is Russian', () => {
    expect(textLanguage('хочу сдохнуть https://example.com/video', 'en')).toBe('ru');
    expect(textLanguage('kms, реально', 'en')).toBe('ru');
  });

  it('no letters of either script: the fallback', () => {
    expect(textLanguage('', 'ru')).toBe('ru');
    expect(textLanguage('😢 123 ?!', 'en')).toBe('en');
    expect(textLanguage('死にたい', 'ru')).toBe('ru');
  });
});
