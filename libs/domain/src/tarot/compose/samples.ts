import type { Language } from '../card';
import { DECK, cardById } from '../deck';
import { drawCards, type DrawnCard } from '../draw';
import { spreadById, type Spread, type SpreadId } from '../spreads';
import { compose } from '../composer';
import { seededRandom } from './random';

export interface SampleReading {
  readingId: string;
  spread: Spread;
  language: Language;
  question: string;
  cards: DrawnCard[];
  text: string;
  /** The card-interaction sentences in it (compose/interactions.ts). */
  interactions: string[];
}

/** Thirty questions over every spread, both languages, every topic, decisions among them (ours). */
const CASES: readonly [SpreadId, Language, string][] = [
  ['one_card', 'en', 'Should I accept the job offer in Berlin?'],
  ['one_card', 'en', 'What do I need to hear today?'],
  ['one_card', 'en', 'How do I handle money better?'],
  ['three_past_present_future', 'en', 'Will my bakery survive the winter?'],
  ['three_past_present_future', 'en', 'Where is my relationship with Sam going?'],
  ['three_past_present_future', 'en', 'Am I ready to trust myself again?'],
  ['three_situation_action_outcome', 'en', 'How do I get out of debt this year?'],
  ['three_situation_action_outcome', 'en', 'Should I move to Lisbon or stay in Leeds?'],
  ['relationship', 'en', 'What is really going on in my relationship with Alex?'],
  ['relationship_extended', 'en', 'Can my marriage come back from this?'],
  ['horseshoe', 'en', 'How can I trust myself more?'],
  ['horseshoe', 'en', 'Should I go back to university at forty?'],
  ['celtic_cross', 'en', 'What should I do about my bakery?'],
  ['celtic_cross', 'en', 'Should I accept the job offer in Berlin?'],
  ['celtic_cross', 'en', 'What does this year hold for me?'],
  ['one_card', 'ru', 'Соглашаться ли на переезд в Казань?'],
  ['one_card', 'ru', 'Что мне важно понять сегодня?'],
  ['one_card', 'ru', 'Хватит ли денег до весны?'],
  ['three_past_present_future', 'ru', 'Выживет ли моя пекарня этой зимой?'],
  ['three_past_present_future', 'ru', 'Куда движутся мои отношения с Машей?'],
  ['three_past_present_future', 'ru', 'Как вернуть себе спокойствие?'],
  ['three_situation_action_outcome', 'ru', 'Как мне выбраться из долгов?'],
  ['three_situation_action_outcome', 'ru', 'Переезжать ли мне к родителям?'],
  ['relationship', 'ru', 'Что происходит в наших отношениях с Андреем?'],
  ['relationship_extended', 'ru', 'Есть ли будущее у нашего брака?'],
  ['horseshoe', 'ru', 'Как мне поверить в себя?'],
  ['horseshoe', 'ru', 'Стоит ли мне уходить с работы ради своего дела?'],
  ['celtic_cross', 'ru', 'Что мне делать с моей пекарней?'],
  ['celtic_cross', 'ru', 'Стоит ли принимать предложение о работе в Берлине?'],
  ['celtic_cross', 'ru', 'Что принесёт мне этот год?'],
];

/** The thirty sample readings: cards dealt (with reversals) from a generator seeded by the reading id. */
export function sampleReadings(): SampleReading[] {
  return CASES.map(([spreadId, language, question], i) => {
    const readingId = `sample-${String(i + 1).padStart(2, '0')}`;
    const spread = spreadById(spreadId)!;
    const random = seededRandom(`${readingId}:deal`);
    const cards = drawCards(spread, DECK, { deck: 'full', reversals: true }, (max) => Math.floor(random() * max));
    return { readingId, spread, language, question, cards, ...compose({ readingId, spread, cards, question, language }, cardById) };
  });
}
