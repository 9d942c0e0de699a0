import type { Language, Topic } from './card';

/** What a question is about: one of the deck's facet topics, or general (a decision, anything else). */
export type QuestionTopic = Topic | 'general';

/**
 * Word beginnings that mark a topic, per language. Russian is matched by stem, so inflected forms
 * count («работу», «работе»); English by word start («relationships», «jobs»). Our own lists.
 */
const MARKERS: Record<Language, Record<Topic, readonly string[]>> = {
  en: {
    love: ['love', 'lover', 'relationship', 'partner', 'boyfriend', 'girlfriend', 'husband', 'wife', 'marri', 'wedding', 'dating', 'crush', 'ex ', 'romanc', 'soulmate', 'divorc', 'breakup', 'break up'],
    work: ['job', 'work', 'career', 'boss', 'colleague', 'coworker', 'promotion', 'interview', 'offer', 'business', 'startup', 'project', 'client', 'employ', 'hire', 'hiring', 'quit', 'bakery', 'shop', 'study', 'exam', 'university'],
    money: ['money', 'debt', 'loan', 'salary', 'pay rise', 'raise', 'income', 'invest', 'savings', 'mortgage', 'rent', 'budget', 'finance', 'financial', 'afford', 'price', 'spend'],
    self: ['myself', 'my self', 'who am i', 'purpose', 'confidence', 'self-', 'inner', 'happy', 'happiness', 'anxious', 'lonely', 'my path', 'meaning of my', 'grow as'],
  },
  ru: {
    love: ['любов', 'люблю', 'любит', 'отношени', 'партн', 'муж', 'жена', 'жены', 'жене', 'жену', 'парен', 'парн', 'девушк', 'свидан', 'брак', 'свадьб', 'роман', 'бывш', 'развод', 'расстав', 'влюбл', 'нравлюсь', 'нравится ли'],
    work: ['работ', 'карьер', 'должност', 'начальн', 'руководител', 'коллег', 'повышени', 'собеседовани', 'ваканси', 'бизнес', 'проект', 'клиент', 'увол', 'офис', 'пекарн', 'магазин', 'учёб', 'учеб', 'экзамен', 'университет', 'дело '],
    money: ['деньг', 'денег', 'долг', 'кредит', 'заём', 'займ', 'зарплат', 'доход', 'инвест', 'сбережени', 'ипотек', 'аренд', 'бюджет', 'финанс', 'накоплен', 'трат', 'покупк'],
    self: ['себя', 'себе', 'собой', 'самооцен', 'уверенност', 'предназначени', 'смысл', 'внутренн', 'счасть', 'тревог', 'одиночеств', 'мой путь', 'свой путь', 'кто я'],
  },
};

/** The order ties are broken in: a question that names both love and money is read for love. */
const ORDER: readonly Topic[] = ['love', 'work', 'money', 'self'];

/** The topic a question is about, from the words it uses; `general` when none stands out. */
export function questionTopic(question: string, language: Language): QuestionTopic {
  const text = ` ${question.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}\s'-]/gu, ' ')} `;
  const markers = MARKERS[language];
  let best: QuestionTopic = 'general';
  let bestCount = 0;
  for (const topic of ORDER) {
    const count = markers[topic].filter((marker) => matches(text, marker.replace(/ё/g, 'е'), language)).length;
    if (count > bestCount) {
      best = topic;
      bestCount = count;
    }
  }
  return best;
}

function matches(text: string, marker: string, language: Language): boolean {
  // English markers start a word; Russian stems may start one too (no mid-word hits: «смысл» not in «осмысл…» is fine either way).
  return language === 'en' ? text.includes(` ${marker}`) : text.includes(` ${marker}`) || (marker.length >= 5 && text.includes(marker));
}
