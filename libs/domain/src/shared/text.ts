/**
 * Text a person sends (a question, a name, a link, a reason), made safe to decide on and to store.
 *
 * Removed: control characters (C0 and C1, NUL included: PostgreSQL refuses it in text and JSON),
 * format characters (zero-width space, non-joiner and joiner, word joiner, byte-order mark, soft
 * hyphen, bidirectional marks, overrides and isolates, tag characters, …), unpaired surrogates
 * and the invisible Hangul fillers. Kept: a zero-width joiner inside an emoji sequence (👩‍💻), and
 * line breaks when the text may have several lines (CR LF, CR and the Unicode line and paragraph
 * separators become LF; tabs become spaces). The result is in NFC and trimmed, and is `''` when
 * nothing visible is left: a text of only spaces, controls, zero-width or combining characters is
 * empty. One rule for every input, so what a user typed is checked, charged for and stored alike.
 */
export function normalizeText(raw: string, options: { multiline?: boolean } = {}): string {
  const multiline = options.multiline ?? true;
  let text = String(raw ?? '');
  text = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(/\t/g, ' ');
  // A joiner between pictographs is part of one emoji; any other format character goes.
  text = text.replace(/(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu, '');
  text = text.replace(/(?!\n|\u200D)[\p{Cc}\p{Cf}\p{Cs}]|[\u115F\u1160\u3164\uFFA0]/gu, '');
  if (!multiline) text = text.replace(/\n/g, ' ');
  text = text.normalize('NFC').trim();
  return /[^\s\p{M}]/u.test(text) ? text : '';
}
