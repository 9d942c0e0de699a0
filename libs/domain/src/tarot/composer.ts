import type { Language, Suit, TarotCard, Topic } from './card';
import { questionTopic } from './topic';
import type { DrawnCard } from './draw';
import type { Spread } from './spreads';
import { headingName } from './compose/names';
import { seededRandom } from './compose/random';

export interface CompositionInput {
  readingId: string;
  spread: Spread;
  cards: DrawnCard[];
  question: string;
  language: Language;
}

const PHRASES = {
  en: {
    intro: [
      'Here is what the cards lay out for your question: “{q}”.',
      'You asked: “{q}”. The cards answer in their own way.',
      'Your question — “{q}” — drew these cards.',
    ],
    introOne: [
      'Here is what the card lays out for your question: “{q}”.',
      'You asked: “{q}”. The card answers in its own way.',
      'Your question — “{q}” — drew this card.',
    ],
    facet: { love: '❤️ {facet}', work: '💼 {facet}', money: '💰 {facet}', self: '🌱 {facet}' } satisfies Record<Topic, string>,
    position: ['Speaking to {focus}, {name} says: {meaning}', 'For {focus}: {meaning}', 'In the place of {focus}, {name} appears. {meaning}'],
    keywords: 'Key ideas: {k}.',
    patterns: 'Across the spread',
    majorsMany: '{n} of {total} cards are Major Arcana: this touches the larger currents of your life, not only the day to day.',
    majorsNone: 'No Major Arcana appeared: this is about everyday choices that are in your hands.',
    majorsSome: '{n} of {total} cards are Major Arcana, so some bigger themes run beneath the practical ones.',
    majorsOne: 'One of the {total} cards is a Major Arcana card, so a bigger theme runs beneath the practical ones.',
    suit: {
      wands: 'Wands lead the spread: energy, drive and the wish to act are central here.',
      cups: 'Cups lead the spread: feelings and relationships carry the most weight.',
      swords: 'Swords lead the spread: thoughts, words and hard truths deserve your attention.',
      pentacles: 'Pentacles lead the spread: work, money, the body and practical matters come first.',
    } satisfies Record<Suit, string>,
    reversalsMany: '{n} cards are reversed: something is blocked or turned inward — look for what is being held back.',
    reversalsSome: '{n} reversed cards point to spots where energy is stuck or delayed.',
    reversalsOne: 'One reversed card points to a spot where energy is stuck or delayed.',
    reversalsNone: 'No cards are reversed: the energy flows fairly openly.',
    closing: [
      'Take what resonates and leave the rest; the next step is yours.',
      'Let this be a mirror rather than a verdict — you decide what happens next.',
      'Sit with the card that stood out most; it often holds the clearest message.',
    ],
  },
  ru: {
    intro: [
      'Вот что карты раскрывают по вашему вопросу: «{q}».',
      'Вы спросили: «{q}». Карты отвечают по-своему.',
      'На ваш вопрос — «{q}» — выпали такие карты.',
    ],
    introOne: [
      'Вот что карта раскрывает по вашему вопросу: «{q}».',
      'Вы спросили: «{q}». Карта отвечает по-своему.',
      'На ваш вопрос — «{q}» — выпала такая карта.',
    ],
    facet: { love: '❤️ {facet}', work: '💼 {facet}', money: '💰 {facet}', self: '🌱 {facet}' } satisfies Record<Topic, string>,
    // Russian writes lower case after a colon, and the meanings open with a capital: so no colon before them.
    position: ['{name} — о теме «{focus}». {meaning}', 'Тема «{focus}»: {name}. {meaning}', 'На месте темы «{focus}» — {name}. {meaning}'],
    keywords: 'Ключевые идеи: {k}.',
    patterns: 'Общая картина',
    majorsMany: '{n} из {total} карт — Старшие арканы: речь о крупных течениях вашей жизни, а не только о повседневном.',
    majorsNone: 'Старших арканов нет: всё решают повседневные шаги, и они в ваших руках.',
    majorsSome: '{n} из {total} карт — Старшие арканы: под практическими вопросами есть и более глубокие темы.',
    majorsOne: 'Одна из {total} карт — Старший аркан: под практическими вопросами есть и более глубокая тема.',
    suit: {
      wands: 'Больше всего Жезлов: в центре — энергия, напор и желание действовать.',
      cups: 'Больше всего Кубков: главное здесь — чувства и отношения.',
      swords: 'Больше всего Мечей: стоит обратить внимание на мысли, слова и непростую правду.',
      pentacles: 'Больше всего Пентаклей: на первом месте работа, деньги, тело и практические дела.',
    } satisfies Record<Suit, string>,
    reversalsMany: 'Перевёрнутых карт: {n}. Что-то заблокировано или обращено внутрь — присмотритесь, что вы сдерживаете.',
    reversalsSome: 'Перевёрнутых карт: {n}. Они указывают, где энергия застряла или задерживается.',
    reversalsOne: 'Одна карта перевёрнута: она указывает, где энергия застряла или задерживается.',
    reversalsNone: 'Перевёрнутых карт нет: энергия течёт довольно свободно.',
    closing: [
      'Возьмите то, что откликается, и оставьте остальное — следующий шаг за вами.',
      'Пусть это будет зеркалом, а не приговором: что будет дальше, решаете вы.',
      'Побудьте с картой, которая зацепила сильнее всего, — в ней часто самое ясное послание.',
    ],
  },
} as const;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/** A quoted question that ends in its own mark needs no full stop after the quote: “Will it?” not “Will it?”. */
const quoteEnd = (line: string) => line.replace(/([?!.…])([”»])\./u, '$1$2');

/** The first letter up: a line may open with a position's focus, written for the middle of a sentence. */
const capitalised = (line: string) => line.charAt(0).toLocaleUpperCase() + line.slice(1);

/**
 * The offline composer: writes a reading from the deck data alone (position × card × reversal,
 * then patterns across the spread). Used when no LLM is configured. Deterministic per reading id.
 */
export function composeReading(input: CompositionInput, cardById: (id: string) => TarotCard | undefined): string {
  const random = seededRandom(input.readingId);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const p = PHRASES[input.language];
  const intro = input.cards.length === 1 ? p.introOne : p.intro;
  const lines: string[] = [`🔮 ${input.spread.name[input.language]}`, quoteEnd(fill(pick(intro), { q: input.question })), ''];
  const topic = questionTopic(input.question, input.language);

  const drawn = input.cards.map((c) => ({ drawn: c, card: cardById(c.cardId) }));
  input.cards.forEach((c, i) => {
    const card = drawn[i]!.card;
    const position = input.spread.positions.find((x) => x.id === c.position);
    if (!card || !position) return;
    const text = card.text[input.language];
    const side = c.reversed ? text.reversed : text.upright;
    const name = headingName(card, c.reversed, input.language);
    lines.push(`${i + 1}. ${position.name[input.language]} — ${name}`);
    lines.push(capitalised(fill(pick(p.position), { focus: position.focus[input.language], name: text.name, meaning: side.meaning })));
    // The question's topic read from the card's own facet for it (love, work, money, self).
    if (topic !== 'general') lines.push(fill(p.facet[topic], { facet: side.facets[topic] }));
    lines.push(fill(p.keywords, { k: side.keywords.join(', ') }));
    lines.push('');
  });

  if (input.cards.length > 1) {
    const total = input.cards.length;
    const majors = drawn.filter((d) => d.card?.arcana === 'major').length;
    const reversed = input.cards.filter((c) => c.reversed).length;
    const suits = new Map<Suit, number>();
    for (const d of drawn) if (d.card?.suit) suits.set(d.card.suit, (suits.get(d.card.suit) ?? 0) + 1);
    const ranked = [...suits.entries()].sort((a, b) => b[1] - a[1]);
    lines.push(`✨ ${p.patterns}`);
    lines.push(fill(majors === 0 ? p.majorsNone : majors * 2 > total ? p.majorsMany : majors === 1 ? p.majorsOne : p.majorsSome, { n: majors, total }));
    if (ranked.length > 0 && ranked[0]![1] >= 2 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1])) {
      lines.push(p.suit[ranked[0]![0]]);
    }
    lines.push(fill(reversed === 0 ? p.reversalsNone : reversed * 2 > total ? p.reversalsMany : reversed === 1 ? p.reversalsOne : p.reversalsSome, { n: reversed }));
    lines.push('');
  }
  lines.push(pick(p.closing));
  return lines.join('\n');
}
