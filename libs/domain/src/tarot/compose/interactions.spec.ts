import { describe, expect, it } from 'vitest';
import type { Language, TarotCard } from '../card';
import { DECK, cardById } from '../deck';
import { cardInteractions, type PlacedCard } from './interactions';
import { NAMED_PAIRS } from './pairs';
import { picker, seededRandom, type Pick } from './random';

const card = (id: string): TarotCard => {
  const found = cardById(id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
};
const at = (id: string, positionId: string, reversed = false): PlacedCard => ({ card: card(id), positionId, reversed });

/** Always the n-th frame (or the last, where a slot has fewer): renders every frame of every slot over n = 0…5. */
const nth =
  (n: number): Pick =>
  <T>(items: readonly T[]): T =>
    items[Math.min(n, items.length - 1)]!;
const FRAME_INDEXES = [0, 1, 2, 3, 4, 5];
const seeded = (seed: string) => picker(seededRandom(seed));

const read = (cards: PlacedCard[], language: Language, pick: Pick = nth(0), limit = 10) => cardInteractions(cards, language, pick, limit);
const everyFrame = (cards: PlacedCard[], language: Language, limit = 10) => FRAME_INDEXES.flatMap((n) => read(cards, language, nth(n), limit));

const CELTIC = ['present', 'challenge', 'crown', 'foundation', 'recent_past', 'near_future', 'self', 'environment', 'hopes_fears', 'outcome'];
/** Lays card ids on Celtic Cross positions; a `~` before an id lays it reversed. */
const celtic = (...ids: string[]) => ids.map((id, i) => at(id.replace('~', ''), CELTIC[i]!, id.startsWith('~')));

const MAJORS = DECK.filter((c) => c.arcana === 'major');
const COURTS = DECK.filter((c) => c.arcana === 'minor' && c.number > 10);
const LANGS: Language[] = ['en', 'ru'];
/** First words of card names as a sentence may carry them (English mid-sentence names start with "the"). */
const NAME_STARTS: Record<Language, Set<string>> = {
  en: new Set(DECK.map((c) => c.text.en.name.split(' ')[0]!).filter((w) => w !== 'The')),
  ru: new Set(DECK.flatMap((c) => [c.text.ru.name, ...Object.values(c.text.ru.forms!)].map((f) => f.split(' ')[0]!))),
};

/** Names as the sentences carry them: "the Tower" mid-sentence, «Башня» or any of its cases. */
const ruForms = (c: TarotCard) => [c.text.ru.name, ...Object.entries(c.text.ru.forms!).filter(([k]) => k !== 'gender').map(([, v]) => v)];
const mentions = (text: string, c: TarotCard, language: Language) =>
  language === 'en' ? text.toLowerCase().includes(c.text.en.name.replace(/^The /, '').toLowerCase()) : ruForms(c).some((f) => text.includes(f));

describe('cardInteractions', () => {
  describe('plain spreads and limits', () => {
    const plainThree = [at('wands-03', 'past'), at('cups-06', 'present'), at('swords-09', 'future')];
    const plainFive = [at('major-01', 'past'), at('wands-02', 'present'), at('major-14', 'hidden'), at('cups-07', 'obstacle'), at('pentacles-03', 'others')];

    it('says nothing about a spread with nothing notable, in either language', () => {
      for (const language of LANGS) {
        expect(everyFrame(plainThree, language)).toEqual([]);
        expect(everyFrame(plainFive, language)).toEqual([]);
      }
    });

    it('says nothing about a single card', () => {
      expect(read([at('major-16', 'focus')], 'en')).toEqual([]);
      expect(read([at('wands-14', 'focus', true)], 'ru')).toEqual([]);
    });

    const rich = celtic('major-16', '~swords-05', 'major-17', '~cups-05', 'wands-13', 'pentacles-05', 'swords-12', 'cups-11', 'swords-02', 'swords-07');

    it('returns at most `limit` remarks', () => {
      for (const language of LANGS) {
        expect(read(rich, language, nth(0), 10).length).toBeGreaterThan(3);
        expect(read(rich, language, nth(0), 3)).toHaveLength(3);
        expect(read(rich, language, nth(0), 1)).toHaveLength(1);
        expect(read(rich, language, nth(0), 0)).toEqual([]);
      }
    });

    it('gives a three-card spread at most two remarks, however much there is to say', () => {
      // A named pair, two majors of three, two reversed of three, a court card: four things to say.
      const three = [at('major-16', 'past', true), at('cups-13', 'present', true), at('major-17', 'future')];
      for (const language of LANGS) {
        for (const n of FRAME_INDEXES) expect(read(three, language, nth(n), 5).length).toBe(2);
      }
    });

    it('is deterministic for the same pick sequence, and varies with it', () => {
      for (const language of LANGS) {
        expect(read(rich, language, seeded('reading-1'))).toEqual(read(rich, language, seeded('reading-1')));
        const variants = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((seed) => read(rich, language, seeded(seed)).join(' ')));
        expect(variants.size).toBeGreaterThan(1);
      }
    });

    it('puts named pairs and a lone major first, then court cards, repeated numbers, reversals and balance', () => {
      // Pair (Tower + Star) would be here with majors; use one major for the lone-major remark instead.
      const spread = celtic('~wands-05', '~cups-05', 'major-13', '~wands-09', '~swords-03', 'cups-02', 'wands-12', 'cups-08', 'wands-07', 'pentacles-09');
      const en = read(spread, 'en');
      const index = (pattern: RegExp) => en.findIndex((s) => pattern.test(s));
      const pair = index(/Three of Swords.*Two of Cups|Two of Cups.*Three of Swords/);
      const lone = index(/Major Arcana.*Death|Death.*Major Arcana/);
      const court = index(/Knight of Wands/);
      const fives = index(/Five of Wands reversed and the Five of Cups/);
      const reversals = index(/reversed cards|reversals/i);
      const balance = index(/Wands lead|Wands among|suit of Wands|Wands and Cups|Wands beside Cups|Strong Wands/);
      expect([pair, lone, court, fives, reversals, balance].every((i) => i >= 0), en.join('\n')).toBe(true);
      expect([pair, lone, court, fives, reversals, balance]).toEqual([...[pair, lone, court, fives, reversals, balance]].sort((a, b) => a - b));
    });

    it('writes whole sentences: capitalised, ending with a full stop, one or two of them', () => {
      const spreads = [rich, celtic('~major-06', '~cups-02', 'wands-14', '~cups-14', 'wands-01', 'cups-01', 'swords-01', '~pentacles-11', 'major-15', 'major-21')];
      for (const language of LANGS) {
        for (const text of spreads.flatMap((s) => everyFrame(s, language))) {
          expect(text).toMatch(/^[A-ZА-ЯЁ]/);
          expect(text).toMatch(/[^.]\.$/);
          expect(text).not.toMatch(/\s[,.:;]|\.\.|undefined|NaN|[{}$]|\s\s/);
          // After a colon, a capital only where a card's name begins.
          for (const [, word] of text.matchAll(/: ([A-ZА-ЯЁ][a-zа-яё]*)/g)) expect(NAME_STARTS[language], text).toContain(word);
          // Sentence ends: a full stop before a capital.
          expect(text.split(/[.!?] (?=[A-ZА-ЯЁ])/).length).toBeLessThanOrEqual(2);
        }
      }
    });
  });

  describe("majors' weight", () => {
    const withMajors = (...majors: string[]) =>
      [...majors, 'wands-02', 'cups-04', 'swords-06', 'pentacles-08', 'wands-09', 'cups-10'].slice(0, 5).map((id, i) => at(id, `p${i}`));

    it('names a single major among minors as the one that sets the tone', () => {
      const spread = [at('wands-02', 'past'), at('major-09', 'present'), at('cups-04', 'future')];
      expect(read(spread, 'en')).toEqual([expect.stringMatching(/only Major Arcana is the Hermit/)]);
      for (const n of FRAME_INDEXES) expect(read(spread, 'ru', nth(n))[0]).toMatch(/Отшельник/);
    });

    it('speaks of larger forces when majors are more than half, and not at half', () => {
      const many = withMajors('major-16', 'major-10', 'major-20');
      expect(read(many, 'en').join(' ')).toMatch(/three of the five cards are Major Arcana/i);
      expect(read(many, 'ru').join(' ')).toMatch(/Три из пяти карт — Старшие арканы/);
      const two = withMajors('major-16', 'major-10');
      expect(everyFrame(two, 'en').join(' ')).not.toMatch(/Major Arcana/);
      expect(everyFrame(two, 'ru').join(' ')).not.toMatch(/Старш/);
      const half = ['major-16', 'major-10', 'major-20', 'wands-02', 'cups-04', 'swords-06'].map((id, i) => at(id, `p${i}`));
      expect(everyFrame(half, 'en').join(' ')).not.toMatch(/Major Arcana/);
    });

    it('says the matter is in everyday hands when five or more cards hold no major, not three', () => {
      const none = ['wands-02', 'cups-04', 'swords-06', 'pentacles-08', 'wands-09'].map((id, i) => at(id, `p${i}`));
      expect(read(none, 'en').join(' ')).toMatch(/No Major Arcana at all/);
      expect(read(none, 'ru').join(' ')).toMatch(/Ни одного Старшего аркана/);
      expect(everyFrame(none.slice(0, 3), 'en').join(' ')).not.toMatch(/Major Arcana/);
    });
  });

  describe('court cards as people or roles', () => {
    const around = (court: PlacedCard) => [at('wands-02', 'p1'), court, at('cups-06', 'p2')];
    const courtRemark = (court: PlacedCard, language: Language, n: number) =>
      read(around(court), language, nth(n)).find((s) => mentions(s, court.card, language))!;

    it('reads every court card, and tells apart positions about others, about you, and neither', () => {
      for (const c of COURTS) {
        for (const language of LANGS) {
          for (const n of [0, 1, 2]) {
            const others = courtRemark({ card: c, positionId: 'them', reversed: false }, language, n);
            const env = courtRemark({ card: c, positionId: 'environment', reversed: false }, language, n);
            const self = courtRemark({ card: c, positionId: 'self', reversed: false }, language, n);
            const you = courtRemark({ card: c, positionId: 'you', reversed: false }, language, n);
            const neutral = courtRemark({ card: c, positionId: 'present', reversed: false }, language, n);
            expect([others, self, neutral].every(Boolean)).toBe(true);
            expect(env).toBe(others);
            expect(you).toBe(self);
            expect(new Set([others, self, neutral]).size).toBe(3);
          }
        }
      }
    });

    it('gives each rank and suit its own role', () => {
      for (const language of LANGS) {
        const roles = COURTS.map((c) => courtRemark({ card: c, positionId: 'present', reversed: false }, language, 0).replace(c.text[language].name, ''));
        expect(new Set(roles).size).toBe(COURTS.length);
      }
    });

    it('says a reversed court card is off balance', () => {
      for (const n of [0, 1, 2]) {
        const en = courtRemark(at('cups-13', 'them', true), 'en', n);
        expect(en).toMatch(/Queen of Cups reversed|Reversed, the Queen of Cups|Upside down, the Queen of Cups/);
        expect(en).toMatch(/off balance|slides into|reversed brings/);
        expect(courtRemark(at('cups-13', 'them'), 'en', n)).not.toMatch(/off balance|slides into|reversed brings|Reversed|Upside down/);
        const ru = courtRemark(at('swords-14', 'you', true), 'ru', n);
        expect(ru).toMatch(/перевёрнут\S+ Корол\S+ Мечей/i);
        expect(ru).toMatch(/равновесие|из колеи|приходят/);
      }
    });

    it("never claims to know another person's mind", () => {
      for (const c of COURTS) {
        for (const n of [0, 1, 2]) {
          const en = courtRemark({ card: c, positionId: 'them', reversed: n === 1 }, 'en', n);
          expect(en).not.toMatch(/(?<!not what )\b(he|she|they) (thinks?|feels?|wants?|loves?)\b/i);
        }
      }
    });

    it('notes court cards of one rank as a shared theme, counting them in Russian with the right forms', () => {
      const kings = [at('cups-14', 'p0'), at('wands-14', 'p1'), at('swords-03', 'p2'), at('pentacles-06', 'p3')];
      expect(everyFrame(kings, 'en').join(' ')).toMatch(/Two Kings|The Kings repeat|two Kings/);
      expect(everyFrame(kings, 'ru').join(' ')).toMatch(/два Короля/i);
      expect(everyFrame(kings, 'ru').join(' ')).not.toMatch(/две Короля/i);
      const queens = [at('cups-13', 'p0'), at('wands-13', 'p1'), at('swords-13', 'p2'), at('pentacles-06', 'p3')];
      expect(everyFrame(queens, 'ru').join(' ')).toMatch(/три Королевы/i);
      const mixed = [at('cups-13', 'p0'), at('wands-14', 'p1'), at('swords-03', 'p2'), at('pentacles-06', 'p3')];
      expect(everyFrame(mixed, 'en').join(' ')).not.toMatch(/Kings|Queens/);
    });

    it('with three or more court cards, notes the crowd of figures and reads the most telling one on its own', () => {
      const spread = celtic('wands-11', 'cups-12', 'swords-13', 'pentacles-14', 'wands-03', 'cups-05', 'swords-08', 'pentacles-02', 'major-04', 'major-17');
      const en = read(spread, 'en');
      const single = (texts: string[]) => texts.filter((s) => /(Page|Knight|Queen|King) of/.test(s) && !/court cards|figures|People fill/.test(s));
      expect(single(en)).toHaveLength(1);
      const two = read(spread.slice(0, 2).concat(spread.slice(4)), 'en');
      expect(single(two)).toHaveLength(2);
      // The one read is the one in a position about people.
      const withOthers = celtic('wands-11', 'cups-12', 'swords-13', 'pentacles-03', 'wands-03', 'cups-05', 'swords-08', 'pentacles-14', 'major-04', 'major-17');
      expect(single(read(withOthers, 'en'))).toEqual([expect.stringMatching(/King of Pentacles/)]);
      expect(en.join(' ')).toMatch(/four court cards/i);
      expect(everyFrame(spread.slice(0, 2).concat(spread.slice(4)), 'en').join(' ')).not.toMatch(/court cards/);
    });
  });

  describe('repeated numbers', () => {
    const spreadOf = (...ids: string[]) => ids.map((id, i) => at(id, `p${i}`));

    it('notes two, three or four minors of one number, counting in Russian with the right forms', () => {
      expect(read(spreadOf('cups-05', 'wands-03', 'swords-05'), 'en').join(' ')).toMatch(/Five of Cups and the Five of Swords/);
      const ru = (ids: string[]) => everyFrame(spreadOf(...ids), 'ru').join(' ');
      expect(ru(['cups-05', 'wands-03', 'swords-05'])).toMatch(/две Пятёрки|Пятёрки выпали парой/i);
      expect(ru(['cups-05', 'wands-03', 'swords-05'])).not.toMatch(/два Пятёрки|Пятёрок/i);
      expect(ru(['cups-01', 'wands-03', 'swords-01'])).toMatch(/два Туза/i);
      expect(ru(['cups-01', 'wands-03', 'swords-01'])).not.toMatch(/две Туза/i);
      expect(ru(['cups-01', 'wands-01', 'swords-01', 'major-03', 'major-05'])).toMatch(/три Туза/i);
      expect(ru(['cups-01', 'wands-01', 'swords-01', 'pentacles-01', 'major-05'])).toMatch(/четыре Туза/i);
      expect(ru(['cups-07', 'wands-07', 'swords-07', 'pentacles-07', 'major-05'])).toMatch(/четыре Семёрки/i);
    });

    it('weighs three or four of a number more than a pair', () => {
      const pair = everyFrame(spreadOf('cups-08', 'wands-08', 'swords-02'), 'en');
      const three = everyFrame(spreadOf('cups-08', 'wands-08', 'swords-08'), 'en');
      expect(pair.filter((s) => /Eight/.test(s)).every((s) => /pair|echo|share a number/.test(s) && !/loudest|louder|again and again/.test(s))).toBe(true);
      expect(three.filter((s) => /Eight/.test(s)).every((s) => /loudest|louder|again and again/.test(s))).toBe(true);
    });

    it('is not set off by court cards of one rank or by a major of the same number', () => {
      expect(everyFrame(spreadOf('cups-14', 'wands-14', 'swords-03', 'pentacles-06'), 'en').join(' ')).not.toMatch(/share a number|echo each other|come in a pair/);
      expect(everyFrame(spreadOf('major-05', 'cups-05', 'wands-02'), 'en').join(' ')).not.toMatch(/Fives|share a number/);
    });
  });

  describe('suit and element balance', () => {
    const spreadOf = (...ids: string[]) => ids.map((id, i) => at(id, `p${i}`));

    it('names the dominant suit and its element', () => {
      const cups = spreadOf('cups-02', 'cups-04', 'cups-07', 'wands-03', 'swords-06', 'pentacles-09', 'cups-09');
      expect(read(cups, 'en').join(' ')).toMatch(/Cups.*water|water.*Cups/);
      expect(read(cups, 'ru').join(' ')).toMatch(/Кубк.*вод/);
      const even = spreadOf('cups-02', 'cups-04', 'wands-03', 'wands-06', 'swords-06', 'pentacles-09', 'major-01');
      expect(everyFrame(even, 'en').join(' ')).not.toMatch(/lead the spread|sets the tone:|outweigh the rest/);
      const tied = spreadOf('cups-02', 'cups-04', 'cups-07', 'wands-03', 'wands-06', 'wands-10', 'major-01');
      expect(everyFrame(tied, 'en').join(' ')).not.toMatch(/lead the spread|sets the tone:|outweigh the rest/);
    });

    it('notes a missing suit in a spread of six or more cards, not in five', () => {
      const six = spreadOf('cups-02', 'wands-03', 'pentacles-04', 'cups-07', 'wands-06', 'pentacles-09');
      expect(everyFrame(six, 'en').every((s) => !/Swords/.test(s) || /No Swords|single Swords/.test(s))).toBe(true);
      expect(everyFrame(six, 'en').join(' ')).toMatch(/Swords/);
      expect(everyFrame(six, 'ru').join(' ')).toMatch(/Мечей/);
      expect(everyFrame(six.slice(0, 5), 'en').join(' ')).not.toMatch(/Swords/);
    });

    it('notes fire against water and air against earth when both are strong', () => {
      const fireWater = spreadOf('cups-02', 'wands-03', 'cups-07', 'wands-06', 'swords-09', 'pentacles-04');
      expect(read(fireWater, 'en').join(' ')).toMatch(/Wands and Cups|Wands beside Cups|Strong Wands and strong Cups/);
      expect(read(fireWater, 'en').join(' ')).not.toMatch(/Swords and Pentacles|Swords beside Pentacles|Strong Swords/);
      const airEarth = spreadOf('swords-02', 'pentacles-03', 'swords-07', 'pentacles-06', 'wands-09', 'cups-04');
      expect(read(airEarth, 'ru').join(' ')).toMatch(/Мечи.*Пентакл/);
      expect(read(airEarth, 'ru').join(' ')).not.toMatch(/Жезлы.*Кубк/);
    });
  });

  describe('reversals', () => {
    it('reads more than half reversed as energy turned inward, and half as nothing special', () => {
      const spread = (reversed: number) => ['wands-02', 'cups-04', 'swords-06', 'pentacles-08', 'major-01', 'major-03'].map((id, i) => at(id, `p${i}`, i < reversed));
      expect(read(spread(4), 'en').join(' ')).toMatch(/four of the six cards are reversed/i);
      expect(read(spread(4), 'ru').join(' ')).toMatch(/Четыре из шести карт перевёрнуты/);
      expect(everyFrame(spread(3), 'en').join(' ')).not.toMatch(/are reversed|Reversals outnumber|So many reversals/);
    });

    it('says where the stuck part lies when reversals cluster in the past or the future, naming the cards', () => {
      const past = celtic('wands-02', 'cups-04', 'swords-06', '~pentacles-08', '~wands-09', 'cups-10', 'major-01', 'major-03', 'swords-03', 'pentacles-02');
      const pastEn = read(past, 'en').join(' ');
      expect(pastEn).toMatch(/behind you|in the past|lean back/);
      expect(pastEn).toMatch(/Eight of Pentacles and the Nine of Wands|Nine of Wands and the Eight of Pentacles/);
      const future = celtic('wands-02', 'cups-04', 'swords-06', 'pentacles-08', 'wands-09', '~cups-10', 'major-01', 'major-03', 'swords-03', '~pentacles-02');
      expect(read(future, 'ru').join(' ')).toMatch(/будущ|впереди/);
      expect(read(future, 'ru').join(' ')).toMatch(/Десятка Кубков/);
      const spread = celtic('wands-02', 'cups-04', 'swords-06', '~pentacles-08', 'wands-09', '~cups-10', 'major-01', 'major-03', 'swords-03', 'pentacles-02');
      expect(everyFrame(spread, 'en').join(' ')).not.toMatch(/behind you|in the past|lean back|gather ahead|what is coming|lean forward/);
    });

    it('says the energy flows openly when a large spread has no reversal, not a small one', () => {
      const seven = ['wands-02', 'cups-04', 'swords-06', 'pentacles-08', 'major-01', 'major-03', 'wands-07'].map((id, i) => at(id, `p${i}`));
      expect(read(seven, 'en').join(' ')).toMatch(/Not one of the seven cards is reversed/);
      expect(read(seven, 'ru').join(' ')).toMatch(/Ни одна из семи карт не перевёрнута/);
      expect(everyFrame(seven.slice(0, 6), 'en').join(' ')).not.toMatch(/reversed/);
    });
  });

  describe('named pairs', () => {
    it('has at least ten', () => {
      expect(NAMED_PAIRS.length).toBeGreaterThanOrEqual(10);
      for (const pair of NAMED_PAIRS) expect([cardById(pair.a), cardById(pair.b)].every(Boolean)).toBe(true);
    });

    it('finds every pair whichever card comes first, naming both, ahead of everything else', () => {
      for (const pair of NAMED_PAIRS) {
        for (const [first, second] of [
          [pair.a, pair.b],
          [pair.b, pair.a],
        ] as const) {
          const spread = [at(first, 'past'), at('wands-03', 'present'), at(second, 'future')];
          for (const language of LANGS) {
            const top = read(spread, language)[0]!;
            expect(top).toContain(pair.upright[language].slice(1));
            expect(mentions(top, card(first), language) && mentions(top, card(second), language)).toBe(true);
          }
        }
      }
    });

    it('reads a pair differently when either card is reversed, and names the reversed one', () => {
      for (const pair of NAMED_PAIRS) {
        for (const reversedId of [pair.a, pair.b]) {
          const spread = [at(pair.a, 'past', reversedId === pair.a), at('wands-03', 'present'), at(pair.b, 'future', reversedId === pair.b)];
          const en = read(spread, 'en')[0]!;
          expect(en).toContain(pair.reversed.en.slice(1));
          expect(en).not.toContain(pair.upright.en.slice(1));
          expect(en.toLowerCase()).toContain(`${card(reversedId).text.en.name.replace(/^The /, '').toLowerCase()} reversed`);
          expect(read(spread, 'ru')[0]).toMatch(/перевёрнут/i);
        }
      }
    });

    it('is not found when only one card of a pair is drawn', () => {
      const spread = [at('major-16', 'past'), at('wands-03', 'present'), at('major-19', 'future')];
      for (const language of LANGS) for (const text of everyFrame(spread, language)) expect(text).not.toContain(NAMED_PAIRS[0]!.upright[language].slice(1));
    });
  });

  describe('variety across readings', () => {
    // The composer's samples may share no 12-word run outside card names (issue 12). A remark's own
    // words between card names stay under 12, so two readings can only share a shorter stretch;
    // a named pair's reading is that pair's own text (like a card's meaning) and is masked with the names.
    const masks = [
      ...DECK.flatMap((c) => [c.text.en.name, c.text.en.name.replace(/^The /, 'the '), ...ruForms(c)]),
      ...NAMED_PAIRS.flatMap((p) => [p.upright, p.reversed].flatMap((r) => [r.en, r.ru]).flatMap((t) => [t, t.charAt(0).toUpperCase() + t.slice(1)])),
    ].sort((a, b) => b.length - a.length);
    const longestRun = (text: string) => {
      let masked = text;
      for (const m of masks) masked = masked.split(m).join('\n');
      return Math.max(...masked.split('\n').map((run) => (run.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length));
    };
    const spreads = [
      celtic('~major-06', 'swords-05', 'major-15', '~cups-05', '~wands-05', 'pentacles-05', 'major-13', 'major-21', 'swords-10', 'major-17'),
      celtic('cups-02', 'cups-04', 'cups-07', '~cups-09', '~wands-02', 'wands-03', 'pentacles-02', 'cups-11', 'wands-08', 'cups-01'),
      celtic('~swords-02', '~swords-03', 'swords-04', '~pentacles-06', 'pentacles-07', '~major-09', 'swords-08', 'pentacles-12', '~swords-09', '~pentacles-01'),
      celtic('~wands-14', 'cups-14', '~swords-14', 'pentacles-13', '~cups-13', 'wands-11', '~swords-12', '~pentacles-11', 'major-10', 'major-07'),
      celtic('major-00', 'major-01', 'major-02', 'major-03', 'major-04', 'major-05', 'wands-07', 'cups-08', 'swords-09', 'pentacles-10'),
      celtic('wands-01', 'wands-02', 'wands-03', 'wands-04', 'wands-05', 'wands-06', 'pentacles-07', 'pentacles-08', 'pentacles-09', 'pentacles-10'),
      ['wands-02', 'cups-04', 'swords-06', 'pentacles-08', 'major-01', 'major-03', 'wands-07'].map((id, i) => at(id, `p${i}`)),
      ...[...COURTS, ...MAJORS].flatMap((c) => [true, false].flatMap((reversed) => ['them', 'you', 'present'].map((positionId) => [at('wands-02', 'past'), { card: c, positionId, reversed }, at('cups-04', 'future')]))),
    ];

    it('keeps every run of words outside card names under 12, in every frame and both languages', () => {
      const long = new Set<string>();
      for (const language of LANGS) {
        for (const spread of spreads) for (const text of everyFrame(spread, language)) if (longestRun(text) >= 12) long.add(`${longestRun(text)}: ${text}`);
      }
      expect([...long]).toEqual([]);
    });
  });

  describe('English names', () => {
    it('gives every card its article: "the Tower", "the Ace of Cups", "the Wheel of Fortune", but "Death"', () => {
      for (const c of [...MAJORS, ...DECK.filter((d) => d.arcana === 'minor')]) {
        const twin = DECK.find((d) => d.arcana === 'minor' && d.number === c.number && d.suit !== c.suit)!;
        const spread =
          c.arcana === 'major'
            ? [at('wands-02', 'past'), { card: c, positionId: 'present', reversed: false }, at('cups-04', 'future')]
            : c.number > 10
              ? [at('major-02', 'past'), { card: c, positionId: 'them', reversed: false }, at('major-09', 'future')]
              : [{ card: c, positionId: 'past', reversed: false }, { card: twin, positionId: 'present', reversed: false }, at('major-09', 'future')];
        const texts = everyFrame(spread, 'en').filter((t) => mentions(t, c, 'en'));
        const bare = c.text.en.name.replace(/^The /, '');
        const article = c.arcana === 'minor' || c.text.en.name.startsWith('The ') || bare === 'Wheel of Fortune';
        for (const text of texts) {
          const mid = text.slice(1);
          if (article) expect(mid, text).toMatch(new RegExp(`(^|[^A-Za-z])[Tt]he ${bare}|^he ${bare}`));
          else expect(text, text).not.toMatch(new RegExp(`[Tt]he ${bare}`));
          expect(mid, text).not.toMatch(new RegExp(` The ${bare}`));
        }
        expect(texts.length, c.id).toBeGreaterThan(0);
      }
    });

    it('lower-cases "The" in the middle of a sentence and keeps it at the start', () => {
      const spread = [at('wands-02', 'past'), at('major-16', 'present'), at('cups-04', 'future')];
      const all = everyFrame(spread, 'en');
      for (const text of all) expect(text.slice(1)).not.toContain('The Tower');
      expect(all.some((t) => t.includes('the Tower'))).toBe(true);
      const pair = everyFrame([at('major-16', 'past'), at('wands-03', 'present'), at('major-17', 'future')], 'en');
      expect(pair.some((t) => t.startsWith('The Tower'))).toBe(true);
    });
  });

  describe('Russian agreement', () => {
    /** Words that must agree with a card's name: masculine, feminine, neuter, plural. */
    const AGREEING: readonly (readonly [string, string, string, string])[] = [
      ['он', 'она', 'оно', 'они'],
      ['его', 'её', 'его', 'их'],
      ['единственный', 'единственная', 'единственное', 'единственные'],
      ['задаёт', 'задаёт', 'задаёт', 'задают'],
      ['стоит', 'стоит', 'стоит', 'стоят'],
      ['оказался', 'оказалась', 'оказалось', 'оказались'],
      ['описывает', 'описывает', 'описывает', 'описывают'],
      ['выпал', 'выпала', 'выпало', 'выпали'],
      ['вошёл', 'вошла', 'вошло', 'вошли'],
      ['читается', 'читается', 'читается', 'читаются'],
      ['теряет', 'теряет', 'теряет', 'теряют'],
      ['выбит', 'выбита', 'выбито', 'выбиты'],
      ['перевёрнутый', 'перевёрнутая', 'перевёрнутое', 'перевёрнутые'],
    ];
    const GENDER_INDEX = { m: 0, f: 1, n: 2, pl: 3 } as const;
    const words = (text: string) => text.toLowerCase().split(/[^а-яё]+/).filter(Boolean);

    /** Sentences that speak of one card only: the lone major, and a court card in each kind of position. */
    const aboutOne = (c: TarotCard, reversed: boolean): string[] => {
      if (c.arcana === 'major') return everyFrame([at('wands-02', 'past'), { card: c, positionId: 'present', reversed }, at('cups-04', 'future')], 'ru');
      return ['them', 'self', 'present'].flatMap((positionId) =>
        everyFrame([at('wands-02', 'p1'), { card: c, positionId, reversed }, at('cups-06', 'p2')], 'ru').filter((s) => ruForms(c).some((f) => s.includes(f))),
      );
    };

    it('makes every agreeing word agree with every major and court card, in every frame', () => {
      for (const c of [...MAJORS, ...COURTS]) {
        const gender = c.text.ru.forms!.gender;
        let agreeing = 0;
        for (const reversed of [false, true]) {
          for (const text of aboutOne(c, reversed)) {
            const found = words(text);
            for (const forms of AGREEING) {
              const right = forms[GENDER_INDEX[gender]];
              const wrong = forms.filter((f) => f !== right);
              for (const w of found) {
                expect(wrong.includes(w) ? `${c.id}: «${w}» in «${text}»` : 'ok').toBe('ok');
                if (w === right) agreeing += 1;
              }
            }
          }
        }
        expect(agreeing).toBeGreaterThan(0);
      }
    });

    /** The ending «перевёрнут-» takes before a name in each case, by gender; animate m/pl accusative as genitive. */
    const ENDINGS: Record<'m' | 'f' | 'n' | 'pl', Record<string, string>> = {
      m: { nominative: 'ый', genitive: 'ого', dative: 'ому', instrumental: 'ым', prepositional: 'ом' },
      f: { nominative: 'ая', genitive: 'ой', dative: 'ой', accusative: 'ую', instrumental: 'ой', prepositional: 'ой' },
      n: { nominative: 'ое', genitive: 'ого', dative: 'ому', accusative: 'ое', instrumental: 'ым', prepositional: 'ом' },
      pl: { nominative: 'ые', genitive: 'ых', dative: 'ым', instrumental: 'ыми', prepositional: 'ых' },
    };
    const expectedEndings = (c: TarotCard, formWord: string): string[] => {
      const forms = c.text.ru.forms!;
      const cases: Record<string, string> = { nominative: c.text.ru.name, ...forms };
      const animate = forms.accusative === forms.genitive;
      return Object.entries(cases)
        .filter(([k, v]) => k !== 'gender' && v === formWord)
        .map(([k]) => {
          if (k === 'accusative' && (forms.gender === 'm' || forms.gender === 'pl')) return ENDINGS[forms.gender][animate ? 'genitive' : 'nominative']!;
          return ENDINGS[forms.gender][k]!;
        });
    };

    it('declines «перевёрнутый» with the name in every case a frame puts it in, for every card', () => {
      const checked = new Set<string>();
      const check = (texts: string[], cards: TarotCard[]) => {
        for (const text of texts) {
          for (const c of cards) {
            for (const form of ruForms(c)) {
              const re = new RegExp(`перевёрнут([а-яё]+) ${form}(?![а-яё])`, 'giu');
              for (const match of text.matchAll(re)) {
                expect(expectedEndings(c, form), `${c.id} in «${text}»`).toContain(match[1]);
                checked.add(`${c.id}:${form}`);
              }
            }
          }
        }
      };
      for (const c of [...MAJORS, ...COURTS]) check(aboutOne(c, true), [c]);
      for (const pair of NAMED_PAIRS) {
        const [a, b] = [card(pair.a), card(pair.b)];
        for (const [ra, rb] of [
          [true, false],
          [false, true],
          [true, true],
        ]) {
          check(everyFrame([{ card: a, positionId: 'past', reversed: ra! }, at('wands-03', 'present'), { card: b, positionId: 'future', reversed: rb! }], 'ru'), [a, b]);
          check(everyFrame([{ card: b, positionId: 'past', reversed: rb! }, at('wands-03', 'present'), { card: a, positionId: 'future', reversed: ra! }], 'ru'), [a, b]);
        }
      }
      // Every major and court card was seen reversed, and the pairs put names in more than one case.
      for (const c of [...MAJORS, ...COURTS]) expect([...checked].some((k) => k.startsWith(`${c.id}:`))).toBe(true);
      expect([...checked].filter((k) => k.startsWith('major-17:')).length).toBeGreaterThan(1);
    });

    it('uses «со» before a name that needs it', () => {
      const texts = everyFrame([at('major-16', 'past'), at('wands-03', 'present'), at('major-17', 'future')], 'ru');
      expect(texts.join(' ')).toMatch(/со Звездой/);
      expect(texts.join(' ')).not.toMatch(/\bс Звездой/);
    });
  });
});
