import type { Language } from './card';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The language a message is written in, by its letters: any Cyrillic letter is Russian (Russian
 * is often typed with Latin links, names or slang among it, English rarely with Cyrillic), else
 * any Latin letter is English; a text of neither (digits, emoji, another script) is `fallback`,
 * usually the user's language. So a reply that must be understood (the crisis answer) is in the
 * language the person just wrote in, whatever their setting.
 */
export function textLanguage(text: string, fallback: Language): Language {
  if (CYRILLIC.test(text)) return 'ru';
  if (LATIN.test(text)) return 'en';
  return fallback;
}
