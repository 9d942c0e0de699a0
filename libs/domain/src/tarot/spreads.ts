import type { Language } from './card';

export type SpreadId =
  | 'one_card'
  | 'three_past_present_future'
  | 'three_situation_action_outcome'
  | 'relationship'
  | 'relationship_extended'
  | 'horseshoe'
  | 'celtic_cross';

export interface SpreadPosition {
  id: string;
  name: Record<Language, string>;
  /** What the position asks of its card, used by the offline composer. */
  focus: Record<Language, string>;
}

export interface Spread {
  id: SpreadId;
  name: Record<Language, string>;
  /** Price in credits (product.md). */
  price: number;
  positions: SpreadPosition[];
  /** A larger spread this one can grow into: its positions begin with all of this one's. */
  extension?: SpreadId;
  /** Set on an extension: the spread it grows from (offered from there, not in the spread menu). */
  extends?: SpreadId;
}

const pos = (id: string, en: string, ru: string, focusEn: string, focusRu: string): SpreadPosition => ({
  id,
  name: { en, ru },
  focus: { en: focusEn, ru: focusRu },
});

const RELATIONSHIP: SpreadPosition[] = [
  pos('you', 'You', 'Вы', 'what you bring', 'то, что привносите вы'),
  pos('them', 'Them', 'Партнёр', 'what the other person brings', 'то, что привносит другой человек'),
  pos('connection', 'The connection', 'Связь', 'what lives between you', 'то, что живёт между вами'),
];

/** Positions in the order cards are laid; the Celtic Cross follows Waite's order. */
export const SPREADS: readonly Spread[] = [
  {
    id: 'one_card',
    name: { en: 'One card', ru: 'Одна карта' },
    price: 1,
    positions: [pos('focus', 'The card', 'Карта', 'the heart of your question', 'суть вашего вопроса')],
  },
  {
    id: 'three_past_present_future',
    name: { en: 'Past · Present · Future', ru: 'Прошлое · Настоящее · Будущее' },
    price: 2,
    positions: [
      pos('past', 'Past', 'Прошлое', 'what led you here', 'то, что привело вас сюда'),
      pos('present', 'Present', 'Настоящее', 'where you stand now', 'то, где вы сейчас'),
      pos('future', 'Future', 'Будущее', 'where things are heading', 'куда всё движется'),
    ],
  },
  {
    id: 'three_situation_action_outcome',
    name: { en: 'Situation · Action · Outcome', ru: 'Ситуация · Действие · Итог' },
    price: 2,
    positions: [
      pos('situation', 'Situation', 'Ситуация', 'the situation as it is', 'ситуация как она есть'),
      pos('action', 'Action', 'Действие', 'the step worth taking', 'шаг, который стоит сделать'),
      pos('outcome', 'Outcome', 'Итог', 'the likely result of that step', 'вероятный итог этого шага'),
    ],
  },
  {
    id: 'relationship',
    name: { en: 'Relationship', ru: 'Отношения' },
    price: 3,
    positions: RELATIONSHIP,
    extension: 'relationship_extended',
  },
  {
    id: 'relationship_extended',
    name: { en: 'Relationship, extended', ru: 'Отношения, расширенный' },
    price: 4,
    positions: [
      ...RELATIONSHIP,
      pos('bond', 'What draws you together', 'Что вас сближает', 'what keeps the two of you close', 'то, что держит вас рядом'),
      pos('strain', 'What stands between you', 'Что стоит между вами', 'what pulls the two of you apart', 'то, что отдаляет вас друг от друга'),
      pos('direction', 'Where it is heading', 'Куда всё движется', 'where the relationship is going', 'куда движутся эти отношения'),
    ],
    extends: 'relationship',
  },
  {
    id: 'horseshoe',
    name: { en: 'Horseshoe', ru: 'Подкова' },
    price: 4,
    positions: [
      pos('past', 'Past', 'Прошлое', 'what shaped the situation', 'то, что сформировало ситуацию'),
      pos('present', 'Present', 'Настоящее', 'the present moment', 'текущий момент'),
      pos('hidden', 'Hidden influences', 'Скрытые влияния', 'what works out of sight', 'то, что действует незаметно'),
      pos('obstacle', 'Obstacle', 'Препятствие', 'what stands in the way', 'то, что стоит на пути'),
      pos('others', 'Those around you', 'Окружение', 'how others affect it', 'как на это влияют другие'),
      pos('advice', 'Advice', 'Совет', 'the approach to take', 'подход, который стоит выбрать'),
      pos('outcome', 'Outcome', 'Итог', 'the likely outcome', 'вероятный итог'),
    ],
  },
  {
    id: 'celtic_cross',
    name: { en: 'Celtic Cross', ru: 'Кельтский крест' },
    price: 5,
    positions: [
      pos('present', 'The present', 'Настоящее', 'the heart of the matter', 'суть происходящего'),
      pos('challenge', 'The challenge', 'Вызов', 'what crosses you', 'то, что вам противостоит'),
      pos('crown', 'What is possible', 'Возможное', 'the best that can come of it', 'лучшее, что может из этого выйти'),
      pos('foundation', 'Foundation', 'Основание', 'the root beneath it', 'корень ситуации'),
      pos('recent_past', 'Recent past', 'Недавнее прошлое', 'what is passing away', 'то, что уходит'),
      pos('near_future', 'Near future', 'Ближайшее будущее', 'what comes next', 'то, что наступает'),
      pos('self', 'Yourself', 'Вы сами', 'your attitude', 'ваше отношение'),
      pos('environment', 'Environment', 'Окружение', 'the people and setting around you', 'люди и обстановка вокруг вас'),
      pos('hopes_fears', 'Hopes and fears', 'Надежды и опасения', 'what you hope for and fear', 'то, на что вы надеетесь и чего опасаетесь'),
      pos('outcome', 'Outcome', 'Итог', 'where this leads', 'к чему это ведёт'),
    ],
  },
];

export function spreadById(id: string): Spread | undefined {
  return SPREADS.find((s) => s.id === id);
}

/** The spreads offered in the spread menu (extensions are offered from the spread they extend). */
export const MENU_SPREADS: readonly Spread[] = SPREADS.filter((s) => !s.extends);
