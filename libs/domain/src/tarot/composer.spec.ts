import { describe, expect, it } from 'vitest';
import { LANGUAGES, TOPICS, type Language, type TarotCard } from './card';
import { DECK, cardById } from './deck';
import { drawCards, type DrawnCard } from './draw';
import { SPREADS, spreadById, type Spread, type SpreadId } from './spreads';
import { composeReading } from './composer';
import { questionTopic, readQuestion } from './topic';
import { sampleReadings } from './compose/samples';
import { picker, seededRandom } from './compose/random';
import { nameForms, render } from './compose/template';
import { ASKING_FRAMES, DECISION_FRAMES, KEYWORD_FRAMES, KIND_CARD_IN_HARD_PLACE, ROLE_FRAMES } from './compose/frames';
import { SYNTHESIS_FRAMES } from './compose/synthesis';
import { composeDailyCard, DAILY_CLOSE, DAILY_LEAD, DAILY_STEP, DAILY_WORD, MAJOR_TODAY } from './compose/daily';

const read = (spreadId: SpreadId, cards: DrawnCard[], question: string, language: Language, readingId = 'r-test') =>
  composeReading({ readingId, spread: spreadById(spreadId)!, cards, question, language }, cardById);

/** Cards dealt (with reversals) from a generator seeded by the given seed. */
const deal = (spread: Spread, seed: string) => {
  const random = seededRandom(seed);
  return drawCards(spread, DECK, { deck: 'full', reversals: true }, (max) => Math.floor(random() * max));
};

const names = (card: TarotCard, language: Language) => nameForms(card, language);
const mentions = (text: string, card: TarotCard, language: Language) => names(card, language).some((n) => text.includes(n));
/** The paragraph under the synthesis heading. */
const synthesisOf = (text: string) => {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith('✨'));
  return at < 0 ? '' : lines[at + 1]!;
};

describe('offline composer: quality over the thirty samples', () => {
  const samples = sampleReadings();

  it('covers every spread, both languages, every topic and decisions, with reversals', () => {
    expect(samples).toHaveLength(30);
    expect(new Set(samples.map((s) => s.spread.id))).toEqual(new Set(SPREADS.map((s) => s.id)));
    expect(new Set(samples.map((s) => s.language))).toEqual(new Set(LANGUAGES));
    const topics = new Set(samples.map((s) => questionTopic(s.question, s.language)));
    for (const t of [...TOPICS, 'decision', 'general']) expect(topics).toContain(t);
    expect(samples.some((s) => s.cards.some((c) => c.reversed))).toBe(true);
  });

  it('no two readings share a run of 12 words outside card names and the deck’s own sentences', () => {
    // The rule targets the composer's frames. A card that comes up in two readings brings the same
    // facet or meaning, so the deck's sentences (split at sentence ends, so the first sentence a large
    // spread uses is masked too), its keywords, every form of every card name and the user's question
    // are masked: each acts as a break, and no run crosses a line.
    const masks = new Set<string>();
    for (const card of DECK) {
      for (const language of LANGUAGES) {
        const text = card.text[language];
        for (const side of [text.upright, text.reversed]) {
          for (const t of [side.meaning, ...Object.values(side.facets)]) {
            masks.add(t);
            for (const sentence of t.split(/(?<=[.!?…])\s+/u)) masks.add(sentence);
          }
          for (const k of side.keywords) masks.add(k);
        }
        for (const n of names(card, language)) masks.add(n);
      }
    }
    // The spreads' own position questions are data quoted by the frames, like the deck's sentences.
    for (const spread of SPREADS) for (const p of spread.positions) for (const language of LANGUAGES) masks.add(p.question[language]);
    for (const s of samples) masks.add(s.question);
    const ordered = [...masks].sort((a, b) => b.length - a.length);
    const grams = (text: string) => {
      let masked = text;
      for (const m of ordered) masked = masked.split(m).join('\n');
      const out = new Set<string>();
      for (const run of masked.split('\n')) {
        const words = run.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
        for (let i = 0; i + 12 <= words.length; i++) out.add(words.slice(i, i + 12).join(' '));
      }
      return out;
    };
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const s of samples) {
      for (const g of grams(s.text)) {
        const other = seen.get(g);
        if (other && other !== s.readingId) shared.push(`${other} & ${s.readingId}: ${g}`);
        else seen.set(g, s.readingId);
      }
    }
    expect(shared).toEqual([]);
  });

  it('names its topic’s facet for every card (love, work, money, self)', () => {
    let checked = 0;
    for (const s of samples) {
      const topic = questionTopic(s.question, s.language);
      if (topic === 'general' || topic === 'decision') continue;
      for (const c of s.cards) {
        const card = cardById(c.cardId)!;
        const side = c.reversed ? card.text[s.language].reversed : card.text[s.language].upright;
        expect(s.text, `${s.readingId} ${c.cardId}`).toContain(side.facets[topic]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('keeps every line’s grammar: a capital to open, no stop after a quoted question, no capital after a Russian colon', () => {
    const ruNames = DECK.flatMap((c) => names(c, 'ru'));
    for (const s of samples) {
      expect(s.text).not.toMatch(/[?!]”\.|[?!]»\./);
      for (const line of s.text.split('\n').filter((l) => /^\p{L}/u.test(l))) expect(line.charAt(0), line).toBe(line.charAt(0).toLocaleUpperCase());
      if (s.language === 'ru') {
        for (const [, next] of s.text.matchAll(/: (\p{Lu}[\p{L}-]*)/gu)) expect(ruNames.some((n) => n.startsWith(next!)), `capital after a colon: ${next}`).toBe(true);
      }
      // English names keep "The" only where a sentence starts.
      if (s.language === 'en') expect(s.text).not.toMatch(/[\p{Ll},;:] The (?=\p{Lu})/u);
    }
  });

  it('grows with the spread: one card shortest, the Celtic Cross longest', () => {
    const mean = (ids: SpreadId[]) => {
      const lengths = samples.filter((s) => ids.includes(s.spread.id)).map((s) => s.text.length);
      return lengths.reduce((a, b) => a + b, 0) / lengths.length;
    };
    const one = mean(['one_card']);
    const three = mean(['three_past_present_future', 'three_situation_action_outcome', 'relationship']);
    const six = mean(['relationship_extended', 'horseshoe']);
    const ten = mean(['celtic_cross']);
    expect(one).toBeLessThan(three);
    expect(three).toBeLessThan(six);
    expect(six).toBeLessThan(ten);
  });
});

describe('offline composer: the spread builders', () => {
  const many = (spreadId: SpreadId, language: Language, question: string, count = 24) =>
    Array.from({ length: count }, (_, i) => {
      const spread = spreadById(spreadId)!;
      const cards = deal(spread, `${spreadId}-${language}-${i}`);
      return { cards, text: read(spreadId, cards, question, language, `${spreadId}-${i}`) };
    });
  const at = (cards: DrawnCard[], position: string) => {
    const c = cards.find((x) => x.position === position)!;
    return { card: cardById(c.cardId)!, reversed: c.reversed };
  };
  /** Renders every frame of a table with the reading's cards: one of them must be in the synthesis. */
  const oneOf = (frames: readonly string[], cards: Record<string, { card: TarotCard; reversed: boolean }>, language: Language) =>
    frames.map((f) => render(f, { language, cards }));

  it('one card: the card as the core of a short answer, in the singular, with no spread heading', () => {
    for (const language of LANGUAGES) {
      for (const { cards, text } of many('one_card', language, language === 'en' ? 'What do I need to hear?' : 'Что мне нужно услышать?')) {
        const card = cardById(cards[0]!.cardId)!;
        expect(text).not.toContain('✨');
        expect(text).not.toMatch(/these cards|такие карты|The cards answer|Карты отвечают|cards lay out|карты раскрывают|Карты легли/);
        const core = [...SYNTHESIS_FRAMES.CORE[language].open, ...SYNTHESIS_FRAMES.CORE[language].hard, ...SYNTHESIS_FRAMES.CORE[language].blocked].map((f) =>
          render(f, { language, cards: { focus: { card, reversed: cards[0]!.reversed } } }),
        );
        expect(core.some((sentence) => text.includes(sentence)), text).toBe(true);
      }
    }
  });

  it('three cards: an arc from the first to the last, the middle card named as the pivot', () => {
    for (const spreadId of ['three_past_present_future', 'three_situation_action_outcome'] as const) {
      for (const language of LANGUAGES) {
        for (const { cards, text } of many(spreadId, language, language === 'en' ? 'What is next?' : 'Что дальше?')) {
          const [a, b, c] = cards.map((x) => ({ card: cardById(x.cardId)!, reversed: x.reversed }));
          const synthesis = synthesisOf(text);
          expect(oneOf(SYNTHESIS_FRAMES.PIVOT[language], { b: b!, c: c! }, language).some((s) => synthesis.includes(s)), synthesis).toBe(true);
          expect(mentions(synthesis, a!.card, language) && mentions(synthesis, c!.card, language)).toBe(true);
        }
      }
    }
  });

  it('relationship: you and them side by side, a court card in their place read as the person’s conduct, never their mind; the bond against the strain', () => {
    for (const language of LANGUAGES) {
      for (const spreadId of ['relationship', 'relationship_extended'] as const) {
        for (const { cards, text } of many(spreadId, language, language === 'en' ? 'Where are we going?' : 'Куда мы идём?', 40)) {
          const synthesis = synthesisOf(text);
          const them = at(cards, 'them');
          expect(mentions(synthesis, at(cards, 'you').card, language) && mentions(synthesis, them.card, language)).toBe(true);
          const court = them.card.arcana === 'minor' && them.card.number >= 11;
          const table = court ? SYNTHESIS_FRAMES.THEM_COURT : SYNTHESIS_FRAMES.THEM_PLAIN;
          expect(oneOf(table[language], { them }, language).some((s) => synthesis.includes(s)), synthesis).toBe(true);
          expect(synthesis).not.toMatch(/(?<!not what |never of their )\b(he|she|they) (thinks?|feels?|wants?|loves?)\b|(?<!не что |а не что )(он|она) (думает|чувствует|хочет|любит)/u);
          if (spreadId === 'relationship_extended') {
            const sentence = synthesis.split(/(?<=[.!?])\s+/u).find((s) => mentions(s, at(cards, 'bond').card, language) && mentions(s, at(cards, 'strain').card, language));
            expect(sentence, synthesis).toBeDefined();
            expect(mentions(synthesis, at(cards, 'direction').card, language)).toBe(true);
          }
        }
      }
    }
  });

  it('horseshoe: the advice card weighed as the lever on the outcome, in one sentence', () => {
    for (const language of LANGUAGES) {
      for (const { cards, text } of many('horseshoe', language, language === 'en' ? 'How do I get through this?' : 'Как мне пройти через это?')) {
        const synthesis = synthesisOf(text);
        const advice = at(cards, 'advice').card;
        const outcome = at(cards, 'outcome').card;
        const sentence = synthesis.split(/(?<=[.!?])\s+/u).find((s) => mentions(s, advice, language) && mentions(s, outcome, language));
        expect(sentence, synthesis).toBeDefined();
        expect(oneOf(SYNTHESIS_FRAMES.HS_LEVER[language].map((f) => f.replace('{push}', 'PUSH')), { advice: at(cards, 'advice'), outcome: at(cards, 'outcome') }, language).some((s) => synthesis.includes(s.split('PUSH')[0]!))).toBe(true);
      }
    }
  });

  it('Celtic Cross: the heart (present crossed by challenge), the axis (crown, foundation), recent past to near future, and the outcome weighed against the hopes and fears card', () => {
    for (const language of LANGUAGES) {
      for (const { cards, text } of many('celtic_cross', language, language === 'en' ? 'What should I do about my bakery?' : 'Что мне делать с пекарней?', 40)) {
        const synthesis = synthesisOf(text);
        const sentences = synthesis.split(/(?<=[.!?])\s+/u);
        const together = (a: string, b: string) => sentences.some((s) => mentions(s, at(cards, a).card, language) && mentions(s, at(cards, b).card, language));
        expect(together('present', 'challenge'), synthesis).toBe(true);
        expect(together('crown', 'foundation'), synthesis).toBe(true);
        expect(together('recent_past', 'near_future'), synthesis).toBe(true);
        expect(together('outcome', 'hopes_fears'), synthesis).toBe(true);
      }
    }
  });

  it('keeps a Celtic Cross under 3500 characters in either language, whatever the topic', () => {
    let longest = 0;
    for (const language of LANGUAGES) {
      const questions = language === 'en' ? ['What does this year hold?', 'Should I accept the job offer in Berlin?', 'Will my marriage last?', 'Should I move or stay?'] : ['Что принесёт этот год?', 'Стоит ли принимать предложение о работе?', 'Выдержит ли наш брак?', 'Переезжать ли мне?'];
      for (const question of questions) for (const { text } of many('celtic_cross', language, question, 50)) longest = Math.max(longest, text.length);
    }
    expect(longest).toBeLessThan(3500);
  });
});

describe('offline composer: a kind card in a blocking place', () => {
  // Where the spread asks what blocks or divides, only a plainly kind card is read as "a good thing overdone";
  // a hard or mixed card (a fight, a stalemate, withdrawal) blocks as itself.
  const leadOf = (cardId: string, readingId: string, language: Language) => {
    const spread = spreadById('horseshoe')!;
    const others = DECK.filter((c) => c.id !== cardId).slice(30, 37);
    const cards: DrawnCard[] = spread.positions.map((p, i) => ({ position: p.id, cardId: p.id === 'obstacle' ? cardId : others[i]!.id, reversed: false }));
    const text = composeReading({ readingId, spread, cards, question: 'What should I know?', language }, cardById);
    const lines = text.split('\n');
    return lines[lines.findIndex((l) => l.startsWith('4. ')) + 1]!;
  };
  const kindLead = (line: string, card: TarotCard, language: Language) =>
    KIND_CARD_IN_HARD_PLACE[language].some((frame) => line.startsWith(render(frame, { language, cards: { card: { card, reversed: false } } }).split('{')[0]!.slice(0, 25)));

  it.each(LANGUAGES)('%s: the Sun in the obstacle place may be a good thing overdone; the Nine of Wands, the Hermit, the Tower never', (language) => {
    const ids = Array.from({ length: 40 }, (_, i) => `kind-${i}`);
    expect(ids.some((id) => kindLead(leadOf('major-19', id, language), cardById('major-19')!, language))).toBe(true);
    for (const cardId of ['wands-09', 'major-09', 'major-16', 'swords-02', 'cups-08']) {
      for (const id of ids) expect(kindLead(leadOf(cardId, id, language), cardById(cardId)!, language), `${cardId} ${id}`).toBe(false);
    }
  });
});

describe('offline composer: the question read as a topic and a choice', () => {
  it.each([
    ['Should I accept the job offer in Berlin?', 'en', 'work', true],
    ['Should I move to Lisbon or stay in Leeds?', 'en', 'decision', true],
    ['Is it worth opening a second bakery?', 'en', 'work', true],
    ['What should I know today?', 'en', 'general', false],
    ['How do I get out of debt this year?', 'en', 'money', false],
    ['Переезжать ли мне к родителям?', 'ru', 'decision', true],
    ['Соглашаться ли на его предложение?', 'ru', 'decision', true],
    ['Остаться или уйти?', 'ru', 'decision', true],
    ['Стоит ли мне сменить работу этой весной?', 'ru', 'work', true],
    ['Есть ли будущее у нашего брака?', 'ru', 'love', false],
    ['Как мне выбраться из долгов?', 'ru', 'money', false],
    ['Что меня ждёт?', 'ru', 'general', false],
  ] as const)('“%s” (%s): %s, a choice: %s', (question, language, topic, decision) => {
    expect(readQuestion(question, language)).toEqual({ topic, decision });
  });

  it('answers “Should I accept the job offer in Berlin?” as a work decision: work facets, a word on the choice, a choice’s next step', () => {
    const spread = spreadById('three_situation_action_outcome')!;
    for (let i = 0; i < 10; i++) {
      const cards = deal(spread, `berlin-${i}`);
      const text = read(spread.id, cards, 'Should I accept the job offer in Berlin?', 'en', `berlin-${i}`);
      for (const c of cards) {
        const side = c.reversed ? cardById(c.cardId)!.text.en.reversed : cardById(c.cardId)!.text.en.upright;
        expect(text).toContain(`💼 ${side.facets.work}`);
      }
      const action = at(cards, 'action');
      const choice = [...SYNTHESIS_FRAMES.CHOICE.en.open, ...SYNTHESIS_FRAMES.CHOICE.en.hard].map((f) => render(f, { language: 'en', cards: { lever: action } }));
      expect(choice.some((s) => text.includes(s)), text).toBe(true);
      expect(text).not.toMatch(/❤️|romance|your partner/);
    }
    function at(cards: DrawnCard[], position: string) {
      const c = cards.find((x) => x.position === position)!;
      return { card: cardById(c.cardId)!, reversed: c.reversed };
    }
  });

  it('reads a choice with no topic from the meaning, weighing the options with the card’s keywords', () => {
    const text = read('one_card', [{ position: 'focus', cardId: 'cups-02', reversed: false }], 'Should I move or stay?', 'en');
    expect(text).toContain(cardById('cups-02')!.text.en.upright.meaning);
    expect(text).toMatch(/⚖️/);
    expect(text).not.toMatch(/❤️|💼|💰|🌱/u);
  });
});

describe('offline composer: matters for a doctor or a lawyer', () => {
  const cases = [
    ['en', 'Should I stop taking my medication?', 'health'],
    ['en', 'Will I get pregnant this year?', 'pregnancy'],
    ['en', 'Should I take my landlord to court?', 'legal'],
    ['ru', 'Стоит ли мне делать операцию?', 'health'],
    ['ru', 'Получится ли забеременеть?', 'pregnancy'],
    ['ru', 'Стоит ли подавать иск против соседа или договориться?', 'legal'],
  ] as const;

  it.each(cases)('%s “%s”: read as %s', (language, question, matter) => {
    expect(readQuestion(question, language).sensitive).toBe(matter);
  });

  it.each(cases)('%s “%s”: points to a professional and never gives a card’s word on the choice', (language, question, matter) => {
    for (const spreadId of ['one_card', 'three_situation_action_outcome', 'celtic_cross'] as SpreadId[]) {
      const spread = spreadById(spreadId)!;
      for (let i = 0; i < 20; i++) {
        const cards = deal(spread, `${question}-${spreadId}-${i}`);
        const text = composeReading({ readingId: `s-${i}`, spread, cards, question, language }, cardById);
        expect(text).toMatch(language === 'en' ? /doctor|lawyer/ : /врач|юрист/);
        // Health and pregnancy are read for how the person carries it (the 🌱 facets), never for the body's outcome.
        if (matter !== 'legal') {
          expect(text).toMatch(language === 'en' ? /not of what will happen to anyone’s body/ : /а не о том, что будет с чьим-то здоровьем/);
          for (const line of text.split('\n').filter((l) => /^[❤💼💰]/u.test(l))) expect.fail(`a topic facet in a health reading: ${line}`);
        }
        for (const frame of Object.values(SYNTHESIS_FRAMES.CHOICE[language]).flat()) {
          const fixed = frame.split(/\{[^}]*\}/)[1]?.trim().slice(0, 18);
          if (fixed && fixed.length >= 10) expect(text, frame).not.toContain(fixed);
        }
      }
    }
  });

  it('leaves ordinary questions alone, and reads “quite”, “example”, «долго», «есть ли смысл» and a business partner for what they are', () => {
    expect(readQuestion('Will my relationship last?', 'en').sensitive).toBeUndefined();
    expect(readQuestion('Как долго продлятся мои отношения?', 'ru')).toMatchObject({ topic: 'love' });
    expect(questionTopic('Is this quite right for me?', 'en')).not.toBe('work');
    expect(questionTopic('For example, what should I focus on?', 'en')).not.toBe('work');
    expect(questionTopic('Как долго мне ждать?', 'ru')).not.toBe('money');
    expect(questionTopic('Есть ли смысл ждать?', 'ru')).not.toBe('self');
    expect(questionTopic('Can I trust my business partner?', 'en')).toBe('work');
    expect(questionTopic('Will I pay off my debt?', 'en')).toBe('money');
    expect(questionTopic('Как мне выбраться из долгов?', 'ru')).toBe('money');
  });
});

describe('offline composer: Death', () => {
  it('says, whenever Death is drawn, that it speaks of change and not of anyone’s life', () => {
    for (const language of LANGUAGES) {
      for (const spreadId of ['one_card', 'three_past_present_future', 'celtic_cross'] as const) {
        const spread = spreadById(spreadId)!;
        for (let i = 0; i < 8; i++) {
          const dealt = deal(spread, `death-${spreadId}-${i}`);
          // Death in a place the deal did not put it: swap it in for the last card.
          const cards = [...dealt.filter((c) => c.cardId !== 'major-13').slice(0, spread.positions.length - 1), { position: spread.positions.at(-1)!.id, cardId: 'major-13', reversed: i % 2 === 1 }];
          cards.forEach((c, j) => (c.position = spread.positions[j]!.id));
          const text = read(spreadId, cards, language === 'en' ? 'What is ending?' : 'Что заканчивается?', language, `death-${i}`);
          const notes = SYNTHESIS_FRAMES.DEATH_NOTE[language].map((f) => render(f, { language, cards: { death: { card: cardById('major-13')!, reversed: i % 2 === 1 } } }));
          expect(notes.some((n) => text.includes(n)), text).toBe(true);
        }
      }
    }
  });
});

describe('offline composer: determinism and variety', () => {
  const spread = spreadById('horseshoe')!;
  const cards = deal(spread, 'fixed');
  it('is the same for the same reading id, and differs across ids', () => {
    const a = composeReading({ readingId: 'r-1', spread, cards, question: 'What now?', language: 'en' }, cardById);
    expect(composeReading({ readingId: 'r-1', spread, cards, question: 'What now?', language: 'en' }, cardById)).toBe(a);
    const texts = Array.from({ length: 20 }, (_, i) => composeReading({ readingId: `r-${i}`, spread, cards, question: 'What now?', language: 'en' }, cardById));
    expect(new Set(texts).size).toBe(20);
    // The same card in the same place opens differently across readings.
    const leads = new Set(texts.map((t) => t.split('\n').find((l) => l.startsWith('1. '))!).map((_, i) => texts[i]!.split('\n')[texts[i]!.split('\n').findIndex((l) => l.startsWith('1. ')) + 1]));
    expect(leads.size).toBeGreaterThanOrEqual(4);
  });
});

describe('offline composer: no frame twice in one reading', () => {
  it('the picker uses every item of a list before it repeats one', () => {
    const pick = picker(seededRandom('p'));
    const items = ['a', 'b', 'c', 'd'] as const;
    expect(new Set([pick(items), pick(items), pick(items), pick(items)]).size).toBe(4);
  });

  it.each(LANGUAGES)('%s: the weighing lines of a choice differ from card to card', (language) => {
    const question = language === 'en' ? 'Should I move to Lisbon or stay in Leeds?' : 'Переезжать ли мне или остаться?';
    for (let i = 0; i < 30; i++) {
      const spread = spreadById('three_situation_action_outcome')!;
      const text = composeReading({ readingId: `w-${i}`, spread, cards: deal(spread, `w-${i}`), question, language }, cardById);
      const weighing = text.split('\n').filter((l) => l.startsWith('⚖️')).map((l) => l.replace(/[«“][^»”]*[»”]/gu, '…'));
      expect(weighing).toHaveLength(3);
      expect(new Set(weighing).size, weighing.join(' | ')).toBe(3);
    }
  });
});

describe('daily card', () => {
  it('names the card (its reversal agreeing), reads its meaning for the day, gives one thing to do today and a close; the same all day, varied across days', () => {
    for (const language of LANGUAGES) {
      for (const card of DECK) {
        for (const reversed of [false, true]) {
          const text = composeDailyCard({ cardId: card.id, reversed, day: '2026-12-01', language, seed: 'user-1' });
          const lines = text.split('\n');
          expect(lines[0]).toBe(reversed ? `${card.text[language].name} (${language === 'en' ? 'reversed' : card.text.ru.forms!.gender === 'pl' ? 'перевёрнутые' : card.text.ru.forms!.gender === 'm' ? 'перевёрнутый' : card.text.ru.forms!.gender === 'n' ? 'перевёрнутое' : 'перевёрнутая'})` : card.text[language].name);
          expect(text).toContain((reversed ? card.text[language].reversed : card.text[language].upright).meaning);
          expect(lines.filter((l) => l.startsWith('👣 '))).toHaveLength(1);
          if (card.arcana === 'major' && !reversed) expect(lines.find((l) => l.startsWith('👣 ')), card.id).toContain(MAJOR_TODAY[language][card.id]);
          expect(mentions(lines.at(-1)!, card, language)).toBe(true);
          expect(text).toBe(composeDailyCard({ cardId: card.id, reversed, day: '2026-12-01', language, seed: 'user-1' }));
        }
      }
      const days = Array.from({ length: 10 }, (_, i) => composeDailyCard({ cardId: 'major-17', reversed: false, day: `2026-12-${String(i + 1).padStart(2, '0')}`, language, seed: 'user-1' }));
      expect(new Set(days).size).toBeGreaterThan(5);
    }
  });
});

describe('offline composer: agreement with every card in every frame', () => {
  /** Value slots (not cards) a frame may carry. */
  const VALUES = ['ask', 'shape', 'meet', 'pull', 'push', 'tension', 'weigh', 'step', 'act', 'q', 'k1', 'k2'];
  const framesOf = (language: Language): string[] => {
    const all: string[] = [];
    const walk = (x: unknown): void => {
      if (typeof x === 'string') all.push(x);
      else if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') Object.values(x).forEach(walk);
    };
    walk(Object.values(ROLE_FRAMES[language]));
    walk([ASKING_FRAMES[language], KIND_CARD_IN_HARD_PLACE[language], KEYWORD_FRAMES[language], DECISION_FRAMES[language]]);
    walk([DAILY_LEAD[language], DAILY_WORD[language], DAILY_STEP[language], DAILY_CLOSE[language]]);
    for (const table of Object.values(SYNTHESIS_FRAMES)) walk((table as Record<Language, unknown>)[language]);
    return all;
  };
  const keysOf = (frame: string) => [...new Set([...frame.matchAll(/\{(\w+)(?::[gdaip])?(?:=[^}]*)?\}/g)].map((m) => m[1]!))].filter((k) => !VALUES.includes(k));

  /** Every word an agreement slot can give, with the genders (or numbers) it agrees with. */
  const lexicon = (language: Language) => {
    const words = new Map<string, Set<string>>();
    const add = (word: string, genders: string[]) => {
      const set = words.get(word) ?? new Set<string>();
      genders.forEach((g) => set.add(g));
      words.set(word, set);
    };
    for (const frame of framesOf(language)) {
      for (const [, forms] of frame.matchAll(/\{\w+=([^}]*)\}/g)) {
        const list = forms!.split('|');
        const first = (s: string) => s.split(' ')[0]!;
        if (list.length === 2) {
          add(first(list[0]!), ['m', 'f', 'n']);
          add(first(list[1]!), ['pl']);
        } else list.forEach((w, i) => add(first(w), [['m', 'f', 'n', 'pl'][i]!]));
      }
    }
    if (language === 'ru') ['перевёрнутый', 'перевёрнутая', 'перевёрнутое', 'перевёрнутые'].forEach((w, i) => add(w, [['m', 'f', 'n', 'pl'][i]!]));
    return words;
  };
  const genderOf = (card: TarotCard, language: Language) => (language === 'ru' ? card.text.ru.forms!.gender : card.text.en.name === 'The Lovers' ? 'pl' : 'm');
  /** Prepositions and the case the name must take after them. */
  const GOVERNS: Record<string, 'genitive' | 'dative' | 'instrumental' | 'prepositional'> = {
    от: 'genitive', для: 'genitive', вокруг: 'genitive', у: 'genitive', из: 'genitive', без: 'genitive', облик: 'genitive', печать: 'genitive', духе: 'genitive',
    к: 'dative', по: 'dative',
    с: 'instrumental', под: 'instrumental', между: 'instrumental', перед: 'instrumental', над: 'instrumental',
    о: 'prepositional', при: 'prepositional',
  };

  /** Finds disagreements in one rendered frame for one card placed at every card key. */
  const problems = (text: string, card: TarotCard, language: Language, words: Map<string, Set<string>>): string[] => {
    const found: string[] = [];
    const gender = genderOf(card, language);
    const nominative = card.text[language].name;
    for (const name of new Set([nominative, nominative.replace(/^The /, 'the ')])) {
      let from = 0;
      for (let i = text.indexOf(name, from); i >= 0; i = text.indexOf(name, from)) {
        from = i + name.length;
        const after = text.slice(from);
        if (/^\p{L}/u.test(after)) continue; // a longer form («Королём» is not «Король»)
        // Only a word joined to the name by a space agrees with it («вокруг — Шут» is an adverb and a dash).
        const before = text.slice(0, i).match(/([\p{L}-]+) $/u)?.[1];
        const next = after.match(/^ ([\p{L}-]+)/u)?.[1];
        // English checks the verb after the name ("the Lovers show"); before it, "it is the Lovers" is right.
        for (const w of language === 'en' ? [next] : [before, next]) if (w && words.get(w) && !words.get(w)!.has(gender)) found.push(`«${w}» with ${nominative}: ${text}`);
        if (language === 'ru' && before && GOVERNS[before.toLowerCase()]) {
          const wanted = card.text.ru.forms![GOVERNS[before.toLowerCase()]!];
          if (wanted !== nominative) found.push(`«${before} ${nominative}» should be «${before} ${wanted}»: ${text}`);
        }
      }
    }
    return found;
  };

  it.each(LANGUAGES)('%s: every frame rendered with each of the 78 cards, upright and reversed, agrees in gender, number and case', (language) => {
    const words = lexicon(language);
    const found: string[] = [];
    const frames = framesOf(language);
    expect(frames.length).toBeGreaterThan(150);
    for (const frame of frames) {
      const keys = keysOf(frame);
      const values = Object.fromEntries(VALUES.map((v) => [v, 'x']));
      for (const card of DECK) {
        for (const reversed of [false, true]) {
          const cards = Object.fromEntries(keys.map((k) => [k, { card, reversed }]));
          found.push(...problems(render(frame, { language, cards, values }), card, language, words));
        }
      }
    }
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('ru: every frame with each of the 78 cards takes the fuller preposition where Russian needs it (со Смертью, во Влюблённых, об Императрице)', () => {
    const short = [
      /(^|[^\p{L}])[Сс] (?=[СсЗзШшЖжЩщ][бвгджзйклмнпрстфхцчшщ]|[Мм]н)/u,
      /(^|[^\p{L}])[Вв] (?=[ВвФф][бвгджзйклмнпрстфхцчшщ])/u,
      /(^|[^\p{L}])[Оо] (?=[АаИиОоУуЭэ])/u,
    ];
    const found: string[] = [];
    for (const frame of framesOf('ru')) {
      const keys = keysOf(frame);
      const values = Object.fromEntries(VALUES.map((v) => [v, 'x']));
      for (const card of DECK) {
        const text = render(frame, { language: 'ru', cards: Object.fromEntries(keys.map((k) => [k, { card, reversed: false }])), values });
        if (short.some((rule) => rule.test(text))) found.push(text);
      }
    }
    expect(found.slice(0, 10)).toEqual([]);
    expect(render('Дорога с {card:i} и о {card:p}.', { language: 'ru', cards: { card: { card: cardById('major-13')!, reversed: false } } })).toBe('Дорога со Смертью и о Смерти.');
    expect(render('Речь о {card:p} и в {card:p}.', { language: 'ru', cards: { card: { card: cardById('major-03')!, reversed: false } } })).toBe('Речь об Императрице и в Императрице.');
  });

  it('the checker catches a frame that breaks agreement (a verb written out, a nominative after a preposition)', () => {
    const words = lexicon('ru');
    const lovers = cardById('major-06')!;
    const tower = cardById('major-16')!;
    expect(problems(render('Сейчас в центре стоит {card}.', { language: 'ru', cards: { card: { card: lovers, reversed: false } } }), lovers, 'ru', words)).not.toEqual([]);
    expect(problems('Всё держится на перевёрнутая Король Жезлов.', cardById('wands-14')!, 'ru', words)).not.toEqual([]);
    expect(problems('Путь ведёт к Башня.', tower, 'ru', words)).not.toEqual([]);
    expect(problems(render('{card} {card=stands|stand} here.', { language: 'en', cards: { card: { card: lovers, reversed: false } } }), lovers, 'en', lexicon('en'))).toEqual([]);
  });
});
