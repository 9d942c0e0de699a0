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
  /** What the position is about, as a phrase for the middle of a sentence ("the root beneath it"). */
  focus: Record<Language, string>;
  /** The question the position asks of its card, as a whole sentence: given to the LLM and read by the composer. */
  question: Record<Language, string>;
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

const pos = (id: string, en: string, ru: string, focusEn: string, focusRu: string, questionEn: string, questionRu: string): SpreadPosition => ({
  id,
  name: { en, ru },
  focus: { en: focusEn, ru: focusRu },
  question: { en: questionEn, ru: questionRu },
});

const RELATIONSHIP: SpreadPosition[] = [
  pos('you', 'You', 'Вы', 'what you bring', 'то, что привносите вы', 'What do you bring to this relationship?', 'Что вы сами вносите в эти отношения?'),
  pos('them', 'Them', 'Партнёр', 'what the other person brings', 'то, что привносит другой человек', 'What does the other person bring, as far as the cards can show it?', 'Что вносит другой человек — насколько это видно по картам?'),
  pos('connection', 'The connection', 'Связь', 'what lives between you', 'то, что живёт между вами', 'What lives between the two of you right now?', 'Что сейчас происходит между вами двоими?'),
];

/** Positions in the order cards are laid; the Celtic Cross follows Waite's order. */
export const SPREADS: readonly Spread[] = [
  {
    id: 'one_card',
    name: { en: 'One card', ru: 'Одна карта' },
    price: 1,
    positions: [pos('focus', 'The card', 'Карта', 'the heart of your question', 'суть вашего вопроса', 'What is at the heart of your question?', 'Что лежит в основе вашего вопроса?')],
  },
  {
    id: 'three_past_present_future',
    name: { en: 'Past · Present · Future', ru: 'Прошлое · Настоящее · Будущее' },
    price: 2,
    positions: [
      pos('past', 'Past', 'Прошлое', 'what led you here', 'то, что привело вас сюда', 'What led you to this point?', 'Что привело вас к этой точке?'),
      pos('present', 'Present', 'Настоящее', 'where you stand now', 'то, где вы сейчас', 'Where do you stand now?', 'Где вы находитесь сейчас?'),
      pos('future', 'Future', 'Будущее', 'where things are heading', 'куда всё движется', 'Where are things heading if nothing changes?', 'Куда всё движется, если ничего не менять?'),
    ],
  },
  {
    id: 'three_situation_action_outcome',
    name: { en: 'Situation · Action · Outcome', ru: 'Ситуация · Действие · Итог' },
    price: 2,
    positions: [
      pos('situation', 'Situation', 'Ситуация', 'the situation as it is', 'ситуация как она есть', 'What is the situation, seen plainly?', 'Какова ситуация, если смотреть без прикрас?'),
      pos('action', 'Action', 'Действие', 'the step worth taking', 'шаг, который стоит сделать', 'What step is worth taking?', 'Какой шаг стоит сделать?'),
      pos('outcome', 'Outcome', 'Итог', 'the likely result of that step', 'вероятный итог этого шага', 'What is the likely result of that step?', 'К чему, скорее всего, приведёт этот шаг?'),
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
      pos('bond', 'What draws you together', 'Что вас сближает', 'what keeps the two of you close', 'то, что держит вас рядом', 'What draws the two of you together?', 'Что вас сближает?'),
      pos('strain', 'What stands between you', 'Что стоит между вами', 'what pulls the two of you apart', 'то, что отдаляет вас друг от друга', 'What stands between you?', 'Что стоит между вами?'),
      pos('direction', 'Where it is heading', 'Куда всё движется', 'where the relationship is going', 'куда движутся эти отношения', 'Where is the relationship heading?', 'Куда движутся эти отношения?'),
    ],
    extends: 'relationship',
  },
  {
    id: 'horseshoe',
    name: { en: 'Horseshoe', ru: 'Подкова' },
    price: 4,
    positions: [
      pos('past', 'Past', 'Прошлое', 'what shaped the situation', 'то, что сформировало ситуацию', 'What shaped the situation?', 'Что сформировало эту ситуацию?'),
      pos('present', 'Present', 'Настоящее', 'the present moment', 'текущий момент', 'What is happening now?', 'Что происходит сейчас?'),
      pos('hidden', 'Hidden influences', 'Скрытые влияния', 'what works out of sight', 'то, что действует незаметно', 'What is at work out of sight?', 'Что действует незаметно?'),
      pos('obstacle', 'Obstacle', 'Препятствие', 'what stands in the way', 'то, что стоит на пути', 'What stands in the way?', 'Что мешает?'),
      pos('others', 'Those around you', 'Окружение', 'how others affect it', 'как на это влияют другие', 'How do the people around you affect it?', 'Как на это влияют люди вокруг вас?'),
      pos('advice', 'Advice', 'Совет', 'the approach to take', 'подход, который стоит выбрать', 'What approach serves you best?', 'Какой подход вам лучше выбрать?'),
      pos('outcome', 'Outcome', 'Итог', 'the likely outcome', 'вероятный итог', 'Where is this most likely to lead?', 'К чему это, скорее всего, приведёт?'),
    ],
  },
  {
    id: 'celtic_cross',
    name: { en: 'Celtic Cross', ru: 'Кельтский крест' },
    price: 5,
    positions: [
      pos('present', 'The present', 'Настоящее', 'the heart of the matter', 'суть происходящего', 'What is the heart of the matter?', 'В чём суть происходящего?'),
      pos('challenge', 'The challenge', 'Вызов', 'what crosses you', 'то, что вам противостоит', 'What crosses you — the obstacle or the tension you must work with?', 'Что вам противостоит — препятствие или напряжение, с которым придётся работать?'),
      pos('crown', 'What is possible', 'Возможное', 'the best that can come of it', 'лучшее, что может из этого выйти', 'What is consciously hoped for, the best that can come of it?', 'На что вы осознанно рассчитываете — лучшее, что может из этого выйти?'),
      pos('foundation', 'Foundation', 'Основание', 'the root beneath it', 'корень ситуации', 'What lies beneath, at the root, often unspoken?', 'Что лежит в основе — часто невысказанное?'),
      pos('recent_past', 'Recent past', 'Недавнее прошлое', 'what is passing away', 'то, что уходит', 'What is passing away behind you?', 'Что остаётся позади и уходит?'),
      pos('near_future', 'Near future', 'Ближайшее будущее', 'what comes next', 'то, что наступает', 'What comes next?', 'Что наступает дальше?'),
      pos('self', 'Yourself', 'Вы сами', 'your attitude', 'ваш собственный взгляд на ситуацию', 'How do you see yourself in this?', 'Как вы сами себя видите в этой ситуации?'),
      pos('environment', 'Environment', 'Окружение', 'the people and setting around you', 'люди и обстановка вокруг вас', 'What do the people and circumstances around you bring?', 'Что вносят люди и обстоятельства вокруг вас?'),
      pos('hopes_fears', 'Hopes and fears', 'Надежды и опасения', 'what you hope for and fear', 'то, на что вы надеетесь и чего опасаетесь', 'What do you hope for, and what do you fear?', 'На что вы надеетесь и чего опасаетесь?'),
      pos('outcome', 'Outcome', 'Итог', 'where this leads', 'к чему это ведёт', 'Where does this lead?', 'К чему это ведёт?'),
    ],
  },
];

export function spreadById(id: string): Spread | undefined {
  return SPREADS.find((s) => s.id === id);
}

/** The spreads offered in the spread menu (extensions are offered from the spread they extend). */
export const MENU_SPREADS: readonly Spread[] = SPREADS.filter((s) => !s.extends);
