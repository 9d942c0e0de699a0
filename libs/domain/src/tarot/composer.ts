import type { Language, TarotCard, Topic } from './card';
import { readQuestion, type QuestionTopic } from './topic';
import type { DrawnCard } from './draw';
import type { Spread, SpreadId } from './spreads';
import { headingName } from './compose/names';
import { picker, seededRandom, type Pick } from './compose/random';
import { render, type FrameCard } from './compose/template';
import { isKind } from './compose/tone';
import { DECISION_FRAMES, KEYWORD_FRAMES, leadFrames } from './compose/frames';
import { choiceSentence, closing, deathNote, nextStep, referral, spreadSynthesis, type SpreadFamily, type SynthesisContext } from './compose/synthesis';
import { cardInteractions, type PlacedCard } from './compose/interactions';

export interface CompositionInput {
  readingId: string;
  spread: Spread;
  cards: DrawnCard[];
  question: string;
  language: Language;
}

const INTRO: Record<Language, Record<'one' | 'many', readonly string[]>> = {
  en: {
    many: ['Your question: “{q}”.', 'You asked: “{q}”. Here is how the spread reads it.', 'The cards were laid for your question: “{q}”.', 'Here is the spread for “{q}”.'],
    one: ['You asked: “{q}”. One card answers.', 'Your question: “{q}”.', 'The card drawn for your question: “{q}”.', 'One card for “{q}”.'],
  },
  ru: {
    many: ['Ваш вопрос: «{q}».', 'Вы спросили: «{q}». Вот что отвечает расклад.', 'Карты легли на ваш вопрос: «{q}».', 'Расклад на вопрос «{q}».'],
    one: ['Вы спросили: «{q}». Отвечает одна карта.', 'Ваш вопрос: «{q}».', 'Карта, вытянутая на ваш вопрос: «{q}».', 'Одна карта на вопрос «{q}».'],
  },
};

export const FACET_MARK: Record<Topic, string> = { love: '❤️', work: '💼', money: '💰', self: '🌱' };
/** Said after the question when it is about health or a pregnancy. */
const BODILY_FRAME: Record<Language, string> = {
  en: 'Here the cards speak of how you carry this, not of what will happen to anyone’s body.',
  ru: 'Карты говорят здесь о том, как вы это переживаете, а не о том, что будет с чьим-то здоровьем.',
};
const SYNTHESIS_HEADING: Record<Language, string> = { en: '✨ Across the spread', ru: '✨ Общая картина' };

const FAMILY: Record<SpreadId, SpreadFamily> = {
  one_card: 'one',
  three_past_present_future: 'arc',
  three_situation_action_outcome: 'arc',
  relationship: 'relationship',
  relationship_extended: 'relationship',
  horseshoe: 'horseshoe',
  celtic_cross: 'celtic',
};

/** Per family: the card the next step leans on (advice, action…), the card the close names, how many interactions to add. */
const SHAPE: Record<SpreadFamily, { lever: (ids: string[]) => string; last: (ids: string[]) => string; interactions: number }> = {
  one: { lever: () => 'focus', last: () => 'focus', interactions: 0 },
  arc: { lever: () => 'b', last: () => 'c', interactions: 2 },
  relationship: { lever: () => 'you', last: (ids) => (ids.includes('direction') ? 'direction' : 'connection'), interactions: 2 },
  horseshoe: { lever: () => 'advice', last: () => 'outcome', interactions: 3 },
  celtic: { lever: () => 'outcome', last: () => 'outcome', interactions: 3 },
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** A quoted question that ends in its own mark needs no full stop after the quote: “Will it?” not “Will it?”. */
const quoteEnd = (line: string) => line.replace(/([?!.…])([”»])\./u, '$1$2');

/** The opening of a deck text: its first sentence, and the second too when the first is short (the larger spreads read a general question from it, to keep their length). */
const firstSentence = (text: string, roomForTwo: boolean) => {
  const [first = text, second] = text.split(/(?<=[.!?…])\s+/u);
  return roomForTwo && first.length < 50 && second ? `${first} ${second}` : first;
};

/** Positions where a large spread turns: there a general or a choice question gets the card's keywords weighed. */
const TURNING = new Set(['present', 'challenge', 'obstacle', 'advice', 'outcome']);

/** The card's own part: its lead-in through the position's question, then its facet for the topic (or the meaning read in place). */
function cardSection(
  index: number,
  spread: Spread,
  drawn: DrawnCard,
  card: TarotCard,
  topic: QuestionTopic,
  language: Language,
  pick: Pick,
): string[] {
  const position = spread.positions.find((p) => p.id === drawn.position)!;
  const text = card.text[language];
  const side = drawn.reversed ? text.reversed : text.upright;
  const placed = { card: { card, reversed: drawn.reversed } };
  const lead = render(pick(leadFrames(position.id, language, !drawn.reversed && isKind(card), spread.positions.length >= 7)), { language, cards: placed, values: { ask: position.question[language] } });
  const lines = [`${index + 1}. ${position.name[language]} — ${headingName(card, drawn.reversed, language)}`];
  if (topic !== 'general' && topic !== 'decision') {
    // Up to three cards there is room for the card's meaning before its facet; larger spreads read the facet alone.
    lines.push(spread.positions.length <= 3 ? `${lead} ${side.meaning}` : lead, `${FACET_MARK[topic]} ${side.facets[topic]}`);
    return lines;
  }
  const [k1 = '', k2 = ''] = side.keywords;
  // The larger spreads keep their length by reading the meaning's first sentence, and weigh the
  // keywords only where the spread turns (the heart, what blocks, the advice, the outcome).
  const large = spread.positions.length >= 7;
  // (A choice's cards carry the ⚖️ line instead of a longer opening.)
  const meaning = large ? firstSentence(side.meaning, topic === 'general') : side.meaning;
  if (large && !TURNING.has(position.id)) {
    lines.push(`${lead} ${meaning}`);
  } else if (topic === 'decision') {
    lines.push(`${lead} ${meaning}`, fill(pick(DECISION_FRAMES[language][drawn.reversed ? 'reversed' : 'upright']), { k1, k2 }));
  } else {
    lines.push(`${lead} ${meaning} ${fill(pick(KEYWORD_FRAMES[language]), { k1, k2 })}`);
  }
  return lines;
}

/** The reading's length stays under this (a Telegram message is 4096 characters; the bot splits longer text, but a reading should fit one). */
export const READING_BUDGET = 3400;

/** A composed reading and the interaction sentences it carries (cardInteractions' own wording, for the tests). */
export interface Composition {
  text: string;
  interactions: string[];
}

/**
 * The offline composer: writes a reading from the deck data alone, used when no LLM is configured.
 * Each card is read through its position's question and the question's topic; then the spread is
 * read as a whole by its family's builder (an arc, the relationship, the horseshoe, the Celtic
 * Cross), with the cards' interactions, one concrete next step and a close. Deterministic per reading id.
 */
export function composeReading(input: CompositionInput, cardById: (id: string) => TarotCard | undefined): string {
  return compose(input, cardById).text;
}

export function compose(input: CompositionInput, cardById: (id: string) => TarotCard | undefined): Composition {
  const pick = picker(seededRandom(input.readingId));
  const { language, spread } = input;
  const { topic, decision, sensitive } = readQuestion(input.question, language);
  const drawn = input.cards
    .map((c) => ({ drawn: c, card: cardById(c.cardId) }))
    .filter((d): d is { drawn: DrawnCard; card: TarotCard } => !!d.card && spread.positions.some((p) => p.id === d.drawn.position));

  // A question about health or a pregnancy is read for how the person carries it (the cards' "self"
  // facets), and says so: the cards speak of no body's outcome.
  const bodily = sensitive === 'health' || sensitive === 'pregnancy';
  const intro = quoteEnd(fill(pick(INTRO[language][drawn.length === 1 ? 'one' : 'many']), { q: input.question }));
  const lines = [`🔮 ${spread.name[language]}`, bodily ? `${intro} ${BODILY_FRAME[language]}` : intro, ''];
  drawn.forEach((d, i) => lines.push(...cardSection(i, spread, d.drawn, d.card, bodily ? 'self' : topic, language, pick), ''));
  if (drawn.length === 0) return { text: lines.join('\n').trim(), interactions: [] };

  const family = FAMILY[spread.id] ?? (drawn.length === 1 ? 'one' : 'arc');
  const shape = SHAPE[family];
  const byPosition: Record<string, FrameCard> = Object.fromEntries(drawn.map((d) => [d.drawn.position, { card: d.card, reversed: d.drawn.reversed }]));
  // An arc names its cards a, b, c (first, pivot, last) whichever three-card spread it is.
  const cards: Record<string, FrameCard> =
    family === 'arc' && drawn.length === 3
      ? { ...byPosition, a: byPosition[drawn[0]!.drawn.position]!, b: byPosition[drawn[1]!.drawn.position]!, c: byPosition[drawn[2]!.drawn.position]! }
      : byPosition;
  const ids = drawn.map((d) => d.drawn.position);
  // A builder needs its spread's every position (a partial deal gets the step and the close only).
  const complete = spread.positions.every((p) => ids.includes(p.id)) && (family !== 'arc' || drawn.length === 3);
  const context: SynthesisContext = { language, pick, cards };
  const lever = complete ? shape.lever(ids) : ids[0]!;
  const last = complete ? shape.last(ids) : ids.at(-1)!;

  const paragraph = complete ? spreadSynthesis(family, context) : [];
  const death = drawn.find((d) => d.card.id === 'major-13');
  const choice = [
    ...(death ? [deathNote(context, death.drawn.position)] : []),
    // A matter for a doctor or a lawyer gets the referral, never a card's word on the choice.
    ...(sensitive ? [referral(context, sensitive)] : decision || topic === 'decision' ? [choiceSentence(context, lever)] : []),
  ];
  // For a matter for a doctor or a lawyer the step stays general: no step towards a yes or a no.
  const step = sensitive ? nextStep(context, lever, 'general', false) : nextStep(context, lever, topic, decision);
  const close = closing(context, last);

  // How the cards work together (compose/interactions.ts), as many as the spread takes and the length allows.
  const placed: PlacedCard[] = drawn.map((d) => ({ card: d.card, reversed: d.drawn.reversed, positionId: d.drawn.position }));
  const offered = shape.interactions > 0 ? cardInteractions(placed, language, pick, shape.interactions) : [];
  // The builder's reading of the spread, then (on a line of their own) how the cards work together,
  // with the word on Death and on the choice after them.
  const assemble = (interactions: string[]) => {
    const paragraphs = interactions.length > 0 ? [paragraph, [...interactions, ...choice]] : [[...paragraph, ...choice]];
    const body = paragraphs.filter((p) => p.length > 0).map((p) => p.join(' '));
    return [...lines, ...(drawn.length > 1 ? [SYNTHESIS_HEADING[language]] : []), ...body, step, '', close].join('\n');
  };
  const interactions: string[] = [];
  for (const sentence of offered) if (assemble([...interactions, sentence]).length <= READING_BUDGET) interactions.push(sentence);
  return { text: assemble(interactions), interactions };
}

export { composeDailyCard, type DailyCardInput } from './compose/daily';
