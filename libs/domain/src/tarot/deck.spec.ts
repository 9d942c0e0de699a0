import { describe, expect, it } from 'vitest';
import { LANGUAGES, TOPICS } from './card';
import type { Orientation, TarotCard } from './card';
import { DECK } from './deck';

const sides = (card: TarotCard) =>
  LANGUAGES.flatMap((language) => (['upright', 'reversed'] as const).map((side) => ({ language, side, text: card.text[language][side] as Orientation, label: `${card.id} ${language} ${side}` })));

/** The suit word every Russian minor-arcana form ends with («Жезлов», «Кубков», …), from the nominative name. */
const suitWordRu = (card: TarotCard) => (card.arcana === 'minor' ? card.text.ru.name.split(' ').slice(1).join(' ') : undefined);

describe('deck texts read by topic', () => {
  it('every card, both languages, both orientations: a facet for each topic, a whole sentence without the card’s name', () => {
    for (const card of DECK) {
      for (const { language, text, label } of sides(card)) {
        expect(text.facets, label).toBeDefined();
        for (const topic of TOPICS) {
          const facet = text.facets![topic];
          expect(facet.length, `${label} ${topic}`).toBeGreaterThanOrEqual(40);
          expect(facet.length, `${label} ${topic}`).toBeLessThanOrEqual(260);
          expect(facet, `${label} ${topic}`).toMatch(/^[A-ZА-ЯЁ]/u);
          expect(facet, `${label} ${topic}`).toMatch(/[.!?…]$/u);
          expect(facet.includes(card.text[language].name), `${label} ${topic} names the card`).toBe(false);
        }
        expect(new Set(TOPICS.map((t) => text.facets![t])).size, `${label}: four different facets`).toBe(4);
      }
    }
  });

  it('Russian names carry their gender and cases (minor arcana keep the suit word in every case)', () => {
    for (const card of DECK) {
      const forms = card.text.ru.forms;
      expect(forms, card.id).toBeDefined();
      expect(['m', 'f', 'n', 'pl'], card.id).toContain(forms!.gender);
      for (const form of [forms!.genitive, forms!.dative, forms!.accusative, forms!.instrumental, forms!.prepositional]) {
        expect(form.trim(), card.id).not.toBe('');
        const suit = suitWordRu(card);
        if (suit) expect(form.endsWith(` ${suit}`), `${card.id}: ${form}`).toBe(true);
      }
      // The instrumental always differs from the nominative («Башней», «Судом», «Справедливостью»).
      expect(forms!.instrumental, card.id).not.toBe(card.text.ru.name);
    }
  });

  it('keywords: three to five per side, and no two cards share a list', () => {
    const lists = new Map<string, string>();
    for (const card of DECK) {
      for (const { text, label } of sides(card)) {
        expect(text.keywords.length, label).toBeGreaterThanOrEqual(3);
        expect(text.keywords.length, label).toBeLessThanOrEqual(5);
        const key = [...text.keywords].sort().join('|').toLowerCase();
        expect(lists.get(key), `${label} repeats the list of ${lists.get(key)}`).toBeUndefined();
        lists.set(key, label);
      }
    }
  });

  it('meanings open in varied ways and vary in length', () => {
    const reversed = (language: 'en' | 'ru') => DECK.map((c) => c.text[language].reversed.meaning);
    expect(reversed('en').filter((m) => /^You may\b/.test(m)).length).toBeLessThanOrEqual(8);
    expect(reversed('ru').filter((m) => /^Возможно\b/.test(m)).length).toBeLessThanOrEqual(8);
    const all = DECK.flatMap((c) => sides(c).map((s) => s.text.meaning));
    expect(all.filter((m) => /may be turning into/.test(m)).length).toBeLessThanOrEqual(1);
    const lengths = all.map((m) => m.length);
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    const spread = Math.sqrt(lengths.reduce((a, b) => a + (b - mean) ** 2, 0) / lengths.length);
    expect(spread, 'meanings all of one length').toBeGreaterThan(20);
  });
});
