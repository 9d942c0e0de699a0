/**
 * Text handling for the crisis check: a question becomes clauses of comparable tokens, so that
 * spelling, script and inflection do not decide whether crisis language is recognised.
 *
 * - Unicode compatibility forms, case, ё/е, format characters and apostrophes ("don't" = "dont").
 * - Latin and Cyrillic look-alikes inside one word ("xочу", "kіll") and digits for letters ("k1ll").
 * - Repeated letters ("diiie", "умереееть"): tokens are compared with every run of a letter as one.
 * - Chat spellings: a dropped g or i in -ing ("killin", "killng") and a few short forms ("bout", "abt", "cuz").
 * - Inflection: a light English stemmer and the Snowball Russian stemmer, applied alike to the
 *   lexicon and to the question, so "повешусь" and "повеситься" or "killing" and "kills" meet.
 */

/** One word of a question. */
export interface Token {
  /** The word as written (lower case, look-alikes and digits resolved, runs of 3+ letters cut to 2). */
  form: string;
  /** `form` with every run of one letter squeezed to a single letter. */
  key: string;
  /** `key` stemmed (English or Russian by script). */
  stem: string;
  /** A Russian reflexive verb form (…ся, …сь), which the stem alone loses: "повеситься" is not "повесить". */
  reflexive: boolean;
  script: 'latin' | 'cyrillic' | 'other';
  /** A comma, colon, dash or bracket follows: a pause, where a phrase may end as at a full stop. */
  pause?: boolean;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** Letters that look alike in the two scripts (lower case), used inside a word mixing them. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', n: 'п', o: 'о', p: 'р', r: 'г', t: 'т', u: 'и', x: 'х', y: 'у',
  '0': 'о', '3': 'з', '4': 'ч', '6': 'б',
};
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', в: 'b', с: 'c', е: 'e', н: 'h', к: 'k', м: 'm', п: 'n', о: 'o', р: 'p', г: 'r', т: 't', и: 'u', х: 'x', у: 'y',
  і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l',
};
/** Digits and signs written for Latin letters ("k1ll", "su1c1de", "d3ad"). */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** Splits a question into clauses (sentences) of tokens. Commas do not split: they carry no scope. */
export function clausesOf(text: string): Token[][] {
  const cleaned = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\p{Cf}]/gu, '')
    // Apostrophes join: "don't", "don’t" and "dont" are one word.
    .replace(/['’‘`´ʼʹ]/g, '');
  // A sentence ends at . ! ? ; or a line break, but not at an ellipsis ("I want to... die").
  return cleaned
    .split(/(?<!\.)[.](?!\.)|[!?;\n]+/u)
    .map((clause) => joinContractions([...clause.matchAll(/([\p{L}\p{N}@$]+)([^\p{L}\p{N}@$]*)/gu)].map(([, word, after]) => ({ ...tokenOf(word!), pause: /[,:—–()"«»]/.test(after!) }))))
    .filter((clause) => clause.length > 0);
}

/** "don t" and "i m" (an apostrophe typed as a space) read as "dont" and "im". */
function joinContractions(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const previous = out.at(-1);
    if (previous && ((token.form === 't' && /n$/.test(previous.form)) || (['m', 's', 've', 'd', 'll', 're'].includes(token.form) && previous.form === 'i'))) {
      out[out.length - 1] = { ...tokenOf(previous.form + token.form), pause: token.pause };
      continue;
    }
    out.push(token);
  }
  return out;
}

/** Short chat forms of English words, read as the words ("thinking bout it", "cuz"). */
const CHAT_FORMS: Record<string, string> = {
  bout: 'about', abt: 'about', cuz: 'because', coz: 'because', bc: 'because', tho: 'though', rly: 'really', wit: 'with', mysef: 'myself',
  wan: 'want', gunna: 'gonna', gona: 'gonna', tryna: 'trying', gotta: 'must', outta: 'out', lemme: 'let', imma: 'gonna', ima: 'gonna',
};

export function tokenOf(word: string): Token {
  let form = resolveScripts(word);
  form = form.replace(/(\p{L})\1{2,}/gu, '$1$1');
  const script = CYRILLIC.test(form) ? 'cyrillic' : LATIN.test(form) ? 'latin' : 'other';
  if (script === 'latin') form = CHAT_FORMS[form] ?? form;
  let key = form.replace(/(\p{L})\1+/gu, '$1');
  // A dropped g ("killin", "cuttin", "thinkin"): read as -ing, which the stemmer then takes off.
  if (script === 'latin' && key.length >= 5 && /[^aeiou]in$/.test(key) && /[aeiouy]/.test(key.slice(0, -2))) key = `${key}g`;
  // A dropped i before ng ("killng", "cuttng"): no English word has a consonant before a final ng.
  else if (script === 'latin' && key.length >= 5 && /[^aeioun]ng$/.test(key)) key = `${key.slice(0, -2)}ing`;
  let reflexive = false;
  let base = key;
  if (script === 'cyrillic' && base.length >= 5 && /(ся|сь)$/.test(base)) {
    reflexive = true;
    base = base.slice(0, -2);
  }
  const stem = script === 'cyrillic' ? stemRussian(base) : script === 'latin' ? stemEnglish(base) : base;
  return { form, key, stem, reflexive, script };
}

/** A word mixing scripts is read in the script most of its letters are in; digits inside words are letters. */
function resolveScripts(word: string): string {
  const chars = [...word];
  const cyrillic = chars.filter((c) => CYRILLIC.test(c)).length;
  const latin = chars.filter((c) => LATIN.test(c)).length;
  if (cyrillic === 0 && latin === 0) return word;
  const firstLetter = chars.findIndex((c) => LATIN.test(c) || CYRILLIC.test(c));
  if (cyrillic >= latin) return chars.map((c, i) => (LATIN.test(c) || (i > firstLetter && /[0-9]/.test(c)) ? (LATIN_TO_CYRILLIC[c] ?? c) : c)).join('');
  // Digits stand for letters only after a letter ("k1ll", "d13"), not in "10th" or "2nd".
  return chars.map((c, i) => (CYRILLIC.test(c) ? (CYRILLIC_TO_LATIN[c] ?? c) : i > firstLetter ? (LEET[c] ?? c) : c)).join('');
}

/**
 * A light English stemmer (plural, -ing, -ed, -ly, final e/y), enough to bring a word's inflected
 * forms together; irregular forms (died, dying, hung) are listed in the lexicon.
 */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(us|is|ss)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ingly', 'edly', 'ing', 'ed']) {
    const rest = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && rest.length >= 3 && /[aeiouy]/.test(rest)) {
      w = rest;
      break;
    }
  }
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
  return w;
}

// The Snowball Russian stemmer (snowballstem.org/algorithms/russian/stemmer.html).
const RU_VOWEL = /[аеиоуыэюя]/;
const PERFECTIVE_GERUND: [string[], string[]] = [['вшись', 'вши', 'в'], ['ившись', 'ывшись', 'ивши', 'ывши', 'ив', 'ыв']];
const ADJECTIVE = ['ими', 'ыми', 'его', 'ого', 'ему', 'ому', 'ее', 'ие', 'ые', 'ое', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым', 'ом', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею'];
const PARTICIPLE: [string[], string[]] = [['ем', 'нн', 'вш', 'ющ', 'щ'], ['ивш', 'ывш', 'ующ']];
const VERB: [string[], string[]] = [
  ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно'],
  ['ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл', 'им', 'ым', 'ен', 'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ую', 'ю'],
];
const NOUN = ['иями', 'ями', 'ами', 'ией', 'иям', 'ием', 'иях', 'ев', 'ов', 'ие', 'ье', 'еи', 'ии', 'ей', 'ой', 'ий', 'ям', 'ем', 'ам', 'ом', 'ах', 'ях', 'ию', 'ью', 'ия', 'ья', 'а', 'е', 'и', 'й', 'о', 'у', 'ы', 'ь', 'ю', 'я'];

/** The longest of `endings` that `word` ends with inside the region from `start`. */
function longest(word: string, start: number, endings: string[]): string | undefined {
  let best: string | undefined;
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length - ending.length >= start && (!best || ending.length > best.length)) best = ending;
  }
  return best;
}

/** Removes an ending of a two-group list (the first group only after а or я); the word unchanged if none. */
function removeGrouped(word: string, start: number, [afterA, any]: [string[], string[]]): string | undefined {
  const ending = longest(word, start, [...afterA, ...any]);
  if (!ending) return undefined;
  const rest = word.slice(0, -ending.length);
  if (any.includes(ending)) return rest;
  return /[ая]$/.test(rest) && rest.length - 1 >= start ? rest : undefined;
}

export function stemRussian(word: string): string {
  const firstVowel = word.search(RU_VOWEL);
  if (firstVowel === -1) return word;
  const rv = firstVowel + 1;
  const r1 = regionAfter(word, 0);
  const r2 = regionAfter(word, r1);
  let w = word;
  const gerund = removeGrouped(w, rv, PERFECTIVE_GERUND);
  if (gerund !== undefined) w = gerund;
  else {
    const reflexive = longest(w, rv, ['ся', 'сь']);
    if (reflexive) w = w.slice(0, -reflexive.length);
    const adjective = longest(w, rv, ADJECTIVE);
    if (adjective) {
      w = w.slice(0, -adjective.length);
      w = removeGrouped(w, rv, PARTICIPLE) ?? w;
    } else {
      const verb = removeGrouped(w, rv, VERB);
      if (verb !== undefined) w = verb;
      else {
        const noun = longest(w, rv, NOUN);
        if (noun) w = w.slice(0, -noun.length);
      }
    }
  }
  if (w.endsWith('и') && w.length - 1 >= rv) w = w.slice(0, -1);
  const derivational = longest(w, r2, ['ость', 'ост']);
  if (derivational) w = w.slice(0, -derivational.length);
  if (w.endsWith('нн')) w = w.slice(0, -1);
  else {
    const superlative = longest(w, rv, ['ейше', 'ейш']);
    if (superlative) {
      w = w.slice(0, -superlative.length);
      if (w.endsWith('нн')) w = w.slice(0, -1);
    } else if (w.endsWith('ь')) w = w.slice(0, -1);
  }
  return w;
}

/** Snowball's R1 (from 0) or R2 (from R1): after the first non-vowel that follows a vowel. */
function regionAfter(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) {
    if (!RU_VOWEL.test(word[i]!) && RU_VOWEL.test(word[i - 1]!)) return i + 1;
  }
  return word.length;
}

/**
 * Whether two Russian words differ only by one vowel that sounds alike unstressed (о/а, е/и/я):
 * "сабой" for "собой", "сибя" for "себя" — the commonest misspelling, even in short words.
 */
export function withinOneVowel(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return a === b;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff !== -1) return false;
    diff = i;
  }
  const pair = a[diff]! + b[diff]!;
  return ['оа', 'ао', 'еи', 'ие', 'ея', 'яе', 'иы', 'ыи'].includes(pair);
}

/** Whether two words are at most one edit apart (insert, delete, substitute, or swap neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}
