import { clausesOf, Token, tokenOf, withinOneEdit, withinOneVowel } from './crisis-text';
import { COMBINATIONS, Combination, Concept, LEXICON, WordGroup } from './crisis-lexicon';

/** The language of the message the crisis answer replies to. */
export { textLanguage } from './text-language';

/**
 * Crisis language in a question (self-harm, suicide, overdose, methods, hopelessness with intent),
 * in English and Russian, whatever the user's language. A match means: answer with support and
 * helplines, draw nothing, charge nothing, record nothing. Deliberately broad: a false positive
 * costs a gentle message, a miss costs much more.
 *
 * It matches concepts, not phrasings: each word of the question is tagged with the concepts of
 * the lexicon (crisis-lexicon.ts) it stands for, after the normaliser and stemmer (crisis-text.ts)
 * have taken out spelling, script, repeated letters and inflection; then a combination of
 * concepts standing together ("want" + "die", "не" + "хочется" + "жить", "jump" + "bridge") is
 * crisis language, in any word order, with only filler words between.
 */
export function isCrisisText(text: string): boolean {
  return crisisSignals(text).length > 0;
}

/** The combinations (by name) found in `text`: empty when it is not crisis language. */
export function crisisSignals(text: string): string[] {
  const found = new Set<string>();
  for (const clause of clausesOf(text)) {
    const tags = tagClause(clause);
    for (const combination of COMBINATIONS) {
      if (!found.has(combination.name) && holds(combination, clause, tags)) found.add(combination.name);
    }
  }
  return [...found];
}

type Matcher = (token: Token) => boolean;

/** A lexicon word as a test on a token, and the stem it needs (when it needs one exactly), for the index. */
interface Word {
  test: Matcher;
  stem?: string;
  fuzzy: boolean;
}

function compileWord(pattern: string): Word {
  const fuzzy = pattern.endsWith('~');
  const bare = pattern.replace(/~$/, '');
  if (bare.startsWith('=')) {
    const form = tokenOf(bare.slice(1)).form;
    return { test: (t) => t.form === form, fuzzy: false };
  }
  if (bare.endsWith('*')) {
    const prefix = tokenOf(bare.slice(0, -1)).key;
    const test: Matcher = (t) => {
      if (t.key.startsWith(prefix)) return true;
      if (!fuzzy || prefix.length < 5) return false;
      for (let n = prefix.length - 1; n <= prefix.length + 1; n++) if (withinOneEdit(t.key.slice(0, n), prefix)) return true;
      return false;
    };
    return { test, fuzzy: false };
  }
  const word = tokenOf(bare);
  const typos = fuzzy && word.stem.length >= 5;
  // A short Russian word marked ~ takes only a misspelt unstressed vowel ("с сабой").
  const vowels = fuzzy && !typos && word.script === 'cyrillic' && word.stem.length >= 3;
  const test: Matcher = (t) => {
    if (word.reflexive && !t.reflexive) return false;
    if (t.stem === word.stem) return true;
    if (vowels) return t.script === 'cyrillic' && withinOneVowel(t.stem, word.stem);
    return typos && t.stem.length >= 5 && t.script === word.script && withinOneEdit(t.stem, word.stem);
  };
  return { test, stem: word.stem, fuzzy: typos || vowels };
}

interface CompiledGroup {
  notFollowedBy: Matcher[];
  onlyFollowedBy?: Matcher[];
  notPrecededBy: Matcher[];
  unlessSentenceHas: Matcher[];
  except: Matcher[];
}

/** One phrase of the lexicon: its concept, its group's context rules, its words. */
interface Phrase {
  concept: Concept;
  group: CompiledGroup;
  words: Matcher[];
}

const compileList = (words: string[] | undefined): Matcher[] => (words ?? []).map((w) => compileWord(w).test);

/** Phrases by the stem their first word needs; those that begin with a typo-tolerant word; all others. */
const BY_STEM = new Map<string, Phrase[]>();
const TYPO_TOLERANT: Phrase[] = [];
const UNINDEXED: Phrase[] = [];
const GROUPS: CompiledGroup[] = [];
for (const [concept, groups] of Object.entries(LEXICON) as [Concept, WordGroup[]][]) {
  for (const group of groups) {
    const compiled: CompiledGroup = {
      notFollowedBy: compileList(group.notFollowedBy),
      ...(group.onlyFollowedBy ? { onlyFollowedBy: compileList(group.onlyFollowedBy) } : {}),
      notPrecededBy: compileList(group.notPrecededBy),
      unlessSentenceHas: compileList(group.unlessSentenceHas),
      except: compileList(group.except),
    };
    GROUPS.push(compiled);
    for (const text of group.words) {
      const words = text.split(' ').map(compileWord);
      const phrase: Phrase = { concept, group: compiled, words: words.map((w) => w.test) };
      const first = words[0]!;
      if (first.stem === undefined) UNINDEXED.push(phrase);
      else {
        BY_STEM.set(first.stem, [...(BY_STEM.get(first.stem) ?? []), phrase]);
        if (first.fuzzy) TYPO_TOLERANT.push(phrase);
      }
    }
  }
}

const any = (matchers: Matcher[], token: Token | undefined) => token !== undefined && matchers.some((m) => m(token));

/** The concepts each word of a sentence stands for (a phrase tags every word of it). */
function tagClause(clause: Token[]): Set<Concept>[] {
  const tags = clause.map(() => new Set<Concept>());
  const silenced = new Set(GROUPS.filter((g) => g.unlessSentenceHas.length > 0 && clause.some((t) => any(g.unlessSentenceHas, t))));
  for (let i = 0; i < clause.length; i++) {
    const token = clause[i]!;
    const candidates = new Set([...(BY_STEM.get(token.stem) ?? []), ...(token.stem.length >= (token.script === 'cyrillic' ? 3 : 5) ? TYPO_TOLERANT : []), ...UNINDEXED]);
    for (const { concept, group, words } of candidates) {
      if (silenced.has(group) || any(group.notPrecededBy, clause[i - 1])) continue;
      const end = i + words.length;
      if (end > clause.length || !words.every((m, k) => m(clause[i + k]!))) continue;
      if (words.length === 1 && any(group.except, token)) continue;
      const next = clause[end];
      if (any(group.notFollowedBy, next)) continue;
      if (group.onlyFollowedBy && next && !clause[end - 1]!.pause && !any(group.onlyFollowedBy, next)) continue;
      for (let k = i; k < end; k++) tags[k]!.add(concept);
    }
  }
  return tags;
}

/**
 * Whether the combination's concepts stand together in the sentence: a run of words, starting
 * and ending on concepts of it and no longer than `within`, covering every concept (in order if
 * asked), with nothing but fillers, negations, numbers and its own concepts inside.
 */
function holds(combination: Combination, clause: Token[], tags: Set<Concept>[]): boolean {
  const { near, within = 7 } = combination;
  if (combination.alsoInSentence && !combination.alsoInSentence.every((c) => tags.some((t) => t.has(c)))) return false;
  if (combination.alsoOneOf && !combination.alsoOneOf.some((c) => tags.some((t) => t.has(c)))) return false;
  const own = (i: number) => near.some((c) => tags[i]!.has(c));
  for (let start = 0; start < tags.length; start++) {
    if (!own(start)) continue;
    const covered = new Set<Concept>();
    let next = 0; // for ordered combinations: the next concept to see
    for (let end = start; end < tags.length && end - start < within; end++) {
      const here = tags[end]!;
      if (!own(end) && !here.has('filler') && !here.has('neg') && !/^[0-9]/.test(clause[end]!.form)) break;
      if (combination.ordered) {
        while (next < near.length && here.has(near[next]!)) next++;
        if (next === near.length) return !combination.notNegated || !negated(tags, start, end);
      } else {
        for (const c of near) if (here.has(c)) covered.add(c);
        if (covered.size === near.length && own(end)) {
          if (!combination.notNegated || !negated(tags, start, end)) return true;
          break;
        }
      }
    }
  }
  return false;
}

/** A negation inside the run, or just before it (through fillers, at most two words back). */
function negated(tags: Set<Concept>[], start: number, end: number): boolean {
  for (let i = start; i <= end; i++) if (tags[i]!.has('neg')) return true;
  for (let i = start - 1; i >= Math.max(0, start - 3); i--) {
    if (tags[i]!.has('neg')) return true;
    if (!tags[i]!.has('filler')) return false;
  }
  return false;
}
