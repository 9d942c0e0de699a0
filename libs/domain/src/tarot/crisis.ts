import { clausesOf, Token, tokenOf, withinOneEdit } from './crisis-text';
import { COMBINATIONS, Combination, Concept, LEXICON, WordGroup } from './crisis-lexicon';

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

/** One lexicon word (or phrase word) as a test on a token. */
function compileWord(pattern: string): Matcher {
  const fuzzy = pattern.endsWith('~');
  const bare = pattern.replace(/~$/, '');
  if (bare.startsWith('=')) {
    const form = tokenOf(bare.slice(1)).form;
    return (t) => t.form === form;
  }
  if (bare.endsWith('*')) {
    const prefix = tokenOf(bare.slice(0, -1)).key;
    return (t) => {
      if (t.key.startsWith(prefix)) return true;
      if (!fuzzy || prefix.length < 5) return false;
      for (let n = prefix.length - 1; n <= prefix.length + 1; n++) if (withinOneEdit(t.key.slice(0, n), prefix)) return true;
      return false;
    };
  }
  const word = tokenOf(bare);
  return (t) => {
    if (word.reflexive && !t.reflexive) return false;
    if (t.stem === word.stem) return true;
    return fuzzy && word.stem.length >= 5 && t.stem.length >= 5 && t.script === word.script && withinOneEdit(t.stem, word.stem);
  };
}

interface CompiledGroup {
  phrases: Matcher[][];
  notFollowedBy: Matcher[];
  onlyFollowedBy?: Matcher[];
  notPrecededBy: Matcher[];
  unlessSentenceHas: Matcher[];
  except: Matcher[];
}

const compileList = (words: string[] | undefined): Matcher[] => (words ?? []).map(compileWord);

function compileGroup(group: WordGroup): CompiledGroup {
  return {
    phrases: group.words.map((phrase) => phrase.split(' ').map(compileWord)),
    notFollowedBy: compileList(group.notFollowedBy),
    ...(group.onlyFollowedBy ? { onlyFollowedBy: compileList(group.onlyFollowedBy) } : {}),
    notPrecededBy: compileList(group.notPrecededBy),
    unlessSentenceHas: compileList(group.unlessSentenceHas),
    except: compileList(group.except),
  };
}

const COMPILED = Object.entries(LEXICON).map(([concept, groups]) => ({ concept: concept as Concept, groups: groups.map(compileGroup) }));

const any = (matchers: Matcher[], token: Token | undefined) => token !== undefined && matchers.some((m) => m(token));

/** The concepts each word of a sentence stands for (a phrase tags every word of it). */
function tagClause(clause: Token[]): Set<Concept>[] {
  const tags = clause.map(() => new Set<Concept>());
  for (const { concept, groups } of COMPILED) {
    for (const group of groups) {
      if (clause.some((t) => any(group.unlessSentenceHas, t))) continue;
      for (let i = 0; i < clause.length; i++) {
        if (any(group.notPrecededBy, clause[i - 1])) continue;
        for (const phrase of group.phrases) {
          const end = i + phrase.length;
          if (end > clause.length || !phrase.every((m, k) => m(clause[i + k]!))) continue;
          if (phrase.length === 1 && any(group.except, clause[i])) continue;
          const next = clause[end];
          if (any(group.notFollowedBy, next)) continue;
          if (group.onlyFollowedBy && next && !clause[end - 1]!.pause && !any(group.onlyFollowedBy, next)) continue;
          for (let k = i; k < end; k++) tags[k]!.add(concept);
        }
      }
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
