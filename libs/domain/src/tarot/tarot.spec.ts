import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { specFor } from '../shared/decider-spec';
import { LANGUAGES, SUITS } from './card';
import { composeReading } from './composer';
import { questionTopic } from './topic';
import { isCrisisText } from './crisis';
import { dailyCard } from './daily-card';
import { cardById, DECK } from './deck';
import { drawCards } from './draw';
import { ReadingEvent, tarotReading } from './reading';
import { MENU_SPREADS, SPREADS, spreadById } from './spreads';

describe('deck', () => {
  it('has 78 unique cards: 22 major arcana and 14 of each suit', () => {
    expect(DECK).toHaveLength(78);
    expect(new Set(DECK.map((c) => c.id)).size).toBe(78);
    expect(DECK.filter((c) => c.arcana === 'major').map((c) => c.number)).toEqual([...Array(22).keys()]);
    for (const suit of SUITS) expect(DECK.filter((c) => c.suit === suit).map((c) => c.number)).toEqual([...Array(14).keys()].map((n) => n + 1));
  });

  it('has every field in both languages', () => {
    for (const card of DECK) {
      for (const language of LANGUAGES) {
        const text = card.text[language];
        expect(text.name.trim(), `${card.id} ${language} name`).not.toBe('');
        for (const side of [text.upright, text.reversed]) {
          expect(side.keywords.length, `${card.id} ${language} keywords`).toBeGreaterThanOrEqual(3);
          expect(side.keywords.every((k) => k.trim().length > 0)).toBe(true);
          expect(side.meaning.length, `${card.id} ${language} meaning`).toBeGreaterThan(40);
        }
      }
      expect(card.text.ru.upright.meaning).toMatch(/[а-яё]/i);
      expect(card.text.en.upright.meaning).toMatch(/[a-z]/i);
    }
  });
});

describe('spreads and draws', () => {
  it('lays the Celtic Cross in Waite\'s order: covers, crosses, crowns, beneath, behind, before, then the staff', () => {
    expect(spreadById('celtic_cross')!.positions.map((p) => p.id)).toEqual([
      'present',
      'challenge',
      'crown',
      'foundation',
      'recent_past',
      'near_future',
      'self',
      'environment',
      'hopes_fears',
      'outcome',
    ]);
  });

  it('prices and sizes match the product', () => {
    expect(Object.fromEntries(SPREADS.map((s) => [s.id, [s.positions.length, s.price]]))).toEqual({
      one_card: [1, 1],
      three_past_present_future: [3, 2],
      three_situation_action_outcome: [3, 2],
      relationship: [3, 3],
      relationship_extended: [6, 4],
      horseshoe: [7, 4],
      celtic_cross: [10, 5],
    });
  });

  it('the relationship spread extends to six positions that begin with its own three, offered from it rather than in the menu', () => {
    const base = spreadById('relationship')!;
    const extended = spreadById(base.extension!)!;
    expect(extended.extends).toBe('relationship');
    expect(extended.positions.slice(0, 3)).toEqual(base.positions);
    expect(new Set(extended.positions.map((p) => p.id)).size).toBe(6);
    expect(MENU_SPREADS.map((s) => s.id)).not.toContain('relationship_extended');
    expect(MENU_SPREADS.map((s) => s.id)).toContain('relationship');
  });

  it('never repeats a card within a spread, over many draws', () => {
    const celtic = spreadById('celtic_cross')!;
    for (let i = 0; i < 500; i++) {
      const cards = drawCards(celtic, DECK, { deck: 'full', reversals: true }, randomInt);
      expect(new Set(cards.map((c) => c.cardId)).size).toBe(10);
      expect(cards.map((c) => c.position)).toEqual(celtic.positions.map((p) => p.id));
    }
  });

  it('honours the reversal setting and the major-arcana-only deck', () => {
    const horseshoe = spreadById('horseshoe')!;
    const noReversals = Array.from({ length: 200 }, () => drawCards(horseshoe, DECK, { deck: 'full', reversals: false }, randomInt)).flat();
    expect(noReversals.some((c) => c.reversed)).toBe(false);
    const withReversals = Array.from({ length: 200 }, () => drawCards(horseshoe, DECK, { deck: 'full', reversals: true }, randomInt)).flat();
    const share = withReversals.filter((c) => c.reversed).length / withReversals.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
    const majors = Array.from({ length: 100 }, () => drawCards(horseshoe, DECK, { deck: 'major', reversals: true }, randomInt)).flat();
    expect(majors.every((c) => cardById(c.cardId)!.arcana === 'major')).toBe(true);
  });

  it('draws every card of the deck with reasonable frequency', () => {
    const seen = new Map<string, number>();
    const one = spreadById('one_card')!;
    for (let i = 0; i < 7800; i++) {
      const [card] = drawCards(one, DECK, { deck: 'full', reversals: false }, randomInt);
      seen.set(card!.cardId, (seen.get(card!.cardId) ?? 0) + 1);
    }
    expect(seen.size).toBe(78);
    expect(Math.min(...seen.values())).toBeGreaterThan(40);
  });
});

describe('offline composer', () => {
  const spread = spreadById('three_past_present_future')!;
  const cards = [
    { position: 'past', cardId: 'major-19', reversed: false },
    { position: 'present', cardId: 'cups-03', reversed: true },
    { position: 'future', cardId: 'cups-10', reversed: false },
  ];
  it('writes each card in its position, then the spread as a whole, deterministic per reading id', () => {
    const text = composeReading({ readingId: 'r-1', spread, cards, question: 'What lies ahead?', language: 'en' }, cardById);
    expect(text).toBe(composeReading({ readingId: 'r-1', spread, cards, question: 'What lies ahead?', language: 'en' }, cardById));
    expect(text).toContain('What lies ahead?');
    expect(text).toContain('1. Past — The Sun');
    expect(text).toContain('2. Present — Three of Cups (reversed)');
    // A general question reads the card's meaning in its place.
    expect(text).toContain(cardById('cups-03')!.text.en.reversed.meaning);
    // The spread as a whole (the counts of majors, suits and reversals are the card interactions' now).
    expect(text).toContain('✨ Across the spread');
    expect(text).toMatch(/👣 /);
    const other = Array.from({ length: 20 }, (_, i) => composeReading({ readingId: `r-${i + 2}`, spread, cards, question: 'q', language: 'en' }, cardById));
    expect(new Set(other).size).toBeGreaterThan(1);
  });
  it('writes Russian from the Russian deck text', () => {
    const text = composeReading({ readingId: 'r-1', spread, cards, question: 'Получится?', language: 'ru' }, cardById);
    expect(text).toContain('Прошлое — Солнце');
    expect(text).toContain('Тройка Кубков (перевёрнутая)');
    expect(text).toContain(cardById('cups-03')!.text.ru.reversed.meaning);
    expect(text).toContain('✨ Общая картина');
  });
});

describe('offline composer: the question’s topic and the wording', () => {
  const three = spreadById('three_past_present_future')!;
  const one = spreadById('one_card')!;
  it.each([
    ['Should I accept the job offer in Berlin?', 'en', 'work'],
    ['Will my relationship with Anna last?', 'en', 'love'],
    ['How do I get out of debt this year?', 'en', 'money'],
    ['How can I trust myself more?', 'en', 'self'],
    ['What should I know today?', 'en', 'general'],
    ['Стоит ли мне сменить работу этой весной?', 'ru', 'work'],
    ['Вернётся ли ко мне бывший парень?', 'ru', 'love'],
    ['Хватит ли денег на ипотеку?', 'ru', 'money'],
    ['Как мне поверить в себя?', 'ru', 'self'],
    ['Что меня ждёт?', 'ru', 'general'],
  ] as const)('reads “%s” (%s) as %s', (question, language, topic) => expect(questionTopic(question, language)).toBe(topic));

  it('reads each card through its facet for the question’s topic, and only then', () => {
    const cards = [
      { position: 'past', cardId: 'swords-07', reversed: false },
      { position: 'present', cardId: 'wands-14', reversed: true },
      { position: 'future', cardId: 'major-16', reversed: false },
    ];
    const work = composeReading({ readingId: 'r-work', spread: three, cards, question: 'Should I accept the job offer in Berlin?', language: 'en' }, cardById);
    for (const c of cards) {
      const side = c.reversed ? cardById(c.cardId)!.text.en.reversed : cardById(c.cardId)!.text.en.upright;
      expect(work).toContain(side.facets.work);
      expect(work).not.toContain(side.facets.love);
    }
    const general = composeReading({ readingId: 'r-work', spread: three, cards, question: 'What should I know?', language: 'en' }, cardById);
    for (const c of cards) expect(general).not.toContain(cardById(c.cardId)!.text.en.upright.facets.work);
  });

  it('agrees “reversed” with the Russian name: перевёрнутый Король, перевёрнутая Тройка, перевёрнутые Влюблённые', () => {
    const cards = [
      { position: 'past', cardId: 'wands-14', reversed: true },
      { position: 'present', cardId: 'cups-03', reversed: true },
      { position: 'future', cardId: 'major-06', reversed: true },
    ];
    const text = composeReading({ readingId: 'r-ru', spread: three, cards, question: 'Что дальше?', language: 'ru' }, cardById);
    expect(text).toContain('Король Жезлов (перевёрнутый)');
    expect(text).toContain('Тройка Кубков (перевёрнутая)');
    expect(text).toContain('Влюблённые (перевёрнутые)');
  });

  it('speaks of one card in the singular, opens lines with a capital, and puts no stop after a question mark', () => {
    for (let i = 0; i < 30; i++) {
      for (const language of ['en', 'ru'] as const) {
        const single = composeReading({ readingId: `r-one-${i}`, spread: one, cards: [{ position: 'focus', cardId: 'major-10', reversed: false }], question: 'Will it work out?', language }, cardById);
        expect(single).not.toMatch(/these cards|такие карты|The cards answer|Карты отвечают|the cards lay out|карты раскрывают/);
        expect(single).not.toMatch(/[?!]”\.|[?!]»\./);
        const spreadText = composeReading({ readingId: `r-three-${i}`, spread: three, cards: [
          { position: 'past', cardId: 'major-19', reversed: false },
          { position: 'present', cardId: 'cups-03', reversed: true },
          { position: 'future', cardId: 'cups-10', reversed: false },
        ], question: 'Получится?', language }, cardById);
        for (const line of spreadText.split('\n').filter((l) => /^\p{L}/u.test(l))) expect(line.charAt(0), line).toBe(line.charAt(0).toLocaleUpperCase());
        // Russian: after a colon comes a name or a lower-case word, never a new sentence's capital (names aside).
        if (language === 'ru') {
          const names = DECK.map((c) => c.text.ru.name);
          for (const [, next] of spreadText.matchAll(/: (\p{Lu}[\p{L}-]*(?: [\p{L}-]+)?)/gu)) {
            expect(names.some((n) => n.startsWith(next!.split(' ')[0]!)), `capital after a colon: ${next}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('crisis check', () => {
  it.each([
    'I want to kill myself',
    'thinking about suicide lately',
    'Should I end my life?',
    'I keep hurting myself',
    "I don't want to live anymore",
    'Я хочу покончить с собой',
    'не хочу больше жить',
    'мысли о суициде',
    'я режу себя',
  ])('flags "%s"', (text) => expect(isCrisisText(text)).toBe(true));
  it.each(['Will I get the job?', 'Is he the one?', 'Что ждёт меня в любви?', 'How do I kill time at the airport?', 'Death card meaning?'])(
    'lets "%s" through',
    (text) => expect(isCrisisText(text)).toBe(false),
  );
});

describe('TarotReading decider', () => {
  const spec = specFor(tarotReading);
  const requested: ReadingEvent = {
    type: 'ReadingRequested',
    data: { readingId: 'rd', userId: 'u', spreadId: 'one_card', question: 'q?', language: 'en', deck: 'full', reversals: false, reservationId: 'rd', price: 1 },
  };
  const drawn: ReadingEvent = { type: 'CardsDrawn', data: { readingId: 'rd', userId: 'u', cards: [{ position: 'focus', cardId: 'major-00', reversed: false }] } };
  const base = { commandId: 'c', readingId: 'rd' };
  const cards = [{ position: 'focus', cardId: 'major-00', reversed: false }];
  const request = { ...base, type: 'RequestReading', userId: 'u', spreadId: 'one_card', question: ' q? ', language: 'en', deck: 'full', reversals: false, reservationId: 'rd', price: 1, cards } as const;
  it('requests a reading with its cards dealt', () => spec().when(request).then([requested, drawn]));
  it('is idempotent: requesting the same reading again appends nothing', () => spec([requested, drawn]).when(request).thenNothing());
  it('records an interpretation that comes with the request (offline composer) in the same append', () => {
    const generated: ReadingEvent = { type: 'ReadingGenerated', data: { readingId: 'rd', userId: 'u', text: 'The Fool asks for a first step.', source: 'offline' } };
    spec().when({ ...request, interpretation: { text: 'The Fool asks for a first step.', source: 'offline' } }).then([requested, drawn, generated]);
    spec([requested, drawn, generated]).when({ ...request, interpretation: { text: 'other', source: 'offline' } }).thenNothing();
    spec().when({ ...request, interpretation: { text: '', source: 'offline' } }).thenThrows('invalid_command');
  });
  it('refuses a question over 500 characters', () =>
    spec()
      .when({ ...request, question: 'x'.repeat(501) })
      .thenThrows('invalid_command'));
  it('refuses a price that does not match the spread', () =>
    spec()
      .when({ ...request, spreadId: 'celtic_cross' })
      .thenThrows('invalid_command'));
  it('refuses repeated cards or cards off the spread positions', () => {
    spec().when({ ...request, spreadId: 'three_past_present_future', price: 2, cards: [cards[0]!, cards[0]!, cards[0]!] }).thenThrows('invalid_command');
    spec().when({ ...request, cards: [{ ...cards[0]!, position: 'past' }] }).thenThrows('invalid_command');
  });
  it('refuses reversed cards when reversals are off', () =>
    spec().when({ ...request, cards: [{ position: 'focus', cardId: 'major-01', reversed: true }] }).thenThrows('invalid_command'));
  it('records an interpretation only for a requested reading', () =>
    spec().when({ ...base, type: 'RecordInterpretation', text: 'x', source: 'offline' }).thenThrows('invalid_command'));
  it('cannot fail a delivered reading', () =>
    spec([requested, drawn, { type: 'ReadingGenerated', data: { readingId: 'rd', userId: 'u', text: 't', source: 'offline' } }, { type: 'ReadingDelivered', data: { readingId: 'rd', userId: 'u' } }])
      .when({ ...base, type: 'FailReading', reason: 'internal' })
      .thenThrows('invalid_command'));
});

describe('DailyCard decider', () => {
  const spec = specFor(dailyCard);
  const card = { position: 'focus', cardId: 'major-17', reversed: false };
  it('draws the day’s card once; asking again keeps it', () => {
    spec().when({ type: 'DrawDailyCard', commandId: 'c', userId: 'u', day: '2026-11-22', card }).then([{ type: 'DailyCardDrawn', data: { userId: 'u', day: '2026-11-22', card } }]);
    spec([{ type: 'DailyCardDrawn', data: { userId: 'u', day: '2026-11-22', card } }])
      .when({ type: 'DrawDailyCard', commandId: 'c2', userId: 'u', day: '2026-11-22', card: { ...card, cardId: 'major-03' } })
      .thenNothing();
  });
});
