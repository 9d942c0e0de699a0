import type { Language, Topic } from './card';

/**
 * What a question is about: one of the deck's facet topics; `decision` for a choice weighed with no
 * topic named ("Should I move or stay?"); `general` for anything else. A choice that does name a
 * topic ("Should I accept the job offer in Berlin?") reads as that topic, and `readQuestion` adds
 * the decision flag beside it, so the cards are read from the topic's facets as a choice.
 */
export type QuestionTopic = Topic | 'decision' | 'general';

export interface QuestionReading {
  /** The topic whose facets the cards are read from (`decision` and `general` have none). */
  topic: QuestionTopic;
  /** The question weighs a choice (also when it names a topic). */
  decision: boolean;
  /** A matter the cards must not decide (health, pregnancy, the law): the reading points to a professional instead. */
  sensitive?: SensitiveMatter;
}

export type SensitiveMatter = 'health' | 'pregnancy' | 'legal';

/** Word beginnings of matters for a doctor or a lawyer, per language (our own lists), matched like the topic markers. */
const SENSITIVE: Record<Language, Record<SensitiveMatter, readonly string[]>> = {
  en: {
    pregnancy: ['pregnan', 'conceive', 'ivf', 'miscarr', 'fertility', 'expecting a baby'],
    health: ['doctor', 'medication', 'medicine', 'pills', 'surgery', 'operation', 'illness', 'sick', 'cancer', 'tumour', 'tumor', 'diagnos', 'treatment', 'hospital', 'symptom', 'disease', 'health', 'chemo', 'therapy'],
    legal: ['court', 'lawsuit', 'lawyer', 'sue ', 'suing', 'trial', 'custody', 'police', 'legal', 'judge', 'prosecut', 'arrest'],
  },
  ru: {
    pregnancy: ['беремен', 'зачат', 'эко ', 'выкидыш', 'забеременеть', 'ждем ребенка'],
    health: ['врач', 'лекарств', 'таблет', 'операци', 'болезн', 'болею', 'болит', 'рак ', 'раком', 'опухол', 'диагноз', 'лечени', 'больниц', 'симптом', 'здоровь', 'химиотерап', 'терапи'],
    legal: ['суд ', 'суда', 'суде', 'судом', 'судебн', 'адвокат', 'юрист', 'иск ', 'иска', 'полици', 'опек', 'арест'],
  },
};

/** The sensitive matter a question touches, if any (pregnancy before health: it is the more particular). */
export function sensitiveMatter(question: string, language: Language): SensitiveMatter | undefined {
  const text = ` ${question.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}\s'-]/gu, ' ')} `;
  const markers = SENSITIVE[language];
  return (['pregnancy', 'health', 'legal'] as const).find((matter) => markers[matter].some((marker) => matches(text, marker, language)));
}

/**
 * Word beginnings that mark a topic, per language. Russian is matched by stem, so inflected forms
 * count («работу», «работе»); English by word start («relationships», «jobs»). Our own lists.
 */
const MARKERS: Record<Language, Record<Topic, readonly string[]>> = {
  en: {
    love: ['love', 'lover', 'relationship', 'partner', 'boyfriend', 'girlfriend', 'husband', 'wife', 'marri', 'wedding', 'dating', 'crush', 'ex ', 'romanc', 'soulmate', 'divorc', 'breakup', 'break up'],
    work: ['job', 'work', 'career', 'boss', 'colleague', 'coworker', 'promotion', 'interview', 'offer', 'business', 'startup', 'project', 'client', 'employ', 'hire', 'hiring', 'quit ', 'quitting', 'bakery', 'shop', 'study', 'exam ', 'exams', 'university', 'business partner'],
    money: ['money', 'debt', 'loan', 'salary', 'pay rise', 'raise', 'income', 'invest', 'savings', 'mortgage', 'rent', 'budget', 'finance', 'financial', 'afford', 'price', 'spend'],
    self: ['myself', 'my self', 'who am i', 'purpose', 'confidence', 'self-', 'inner', 'happy', 'happiness', 'anxious', 'lonely', 'my path', 'meaning of my', 'grow as'],
  },
  ru: {
    love: ['любов', 'люблю', 'любит', 'отношени', 'партн', 'муж', 'жена', 'жены', 'жене', 'жену', 'парен', 'парн', 'девушк', 'свидан', 'брак', 'свадьб', 'роман', 'бывш', 'развод', 'расстав', 'влюбл', 'нравлюсь', 'нравится ли'],
    work: ['работ', 'карьер', 'должност', 'начальн', 'руководител', 'коллег', 'повышени', 'собеседовани', 'ваканси', 'бизнес', 'проект', 'клиент', 'увол', 'офис', 'пекарн', 'магазин', 'учёб', 'учеб', 'экзамен', 'университет', 'дело ', 'деловой партн', 'бизнес-партн'],
    money: ['деньг', 'денег', 'долг ', 'долга', 'долги', 'долгов', 'долгам', 'долгу', 'кредит', 'заём', 'займ', 'зарплат', 'доход', 'инвест', 'сбережени', 'ипотек', 'аренд', 'бюджет', 'финанс', 'накоплен', 'трат', 'покупк'],
    self: ['себя', 'себе', 'собой', 'самооцен', 'уверенност', 'предназначени', 'смысл жизни', 'в чем смысл', 'внутренн', 'счасть', 'тревог', 'одиночеств', 'мой путь', 'свой путь', 'кто я'],
  },
};

/** Signs of a question weighing a choice, per language (our own lists), matched on the lower-cased question with ё as е. */
const DECISION: Record<Language, readonly RegExp[]> = {
  en: [
    // "Should I…" opens the question (or a clause); "What should I know?" asks for guidance, not a choice.
    /(^|[,;:—-] ?)(should|shall) (i|we)\b/u,
    /\b(whether|which one|which option|what to choose|choose between|decide between|make up my mind)\b/u,
    /\b(decide|decision|choice|choose|turn down|say yes|go ahead with)\b/u,
    /\baccept (the|this|that|an?|his|her|their) /u,
    /\bis it (worth|wise|a good idea|time to)\b/u,
    /\p{L} or \p{L}/u,
  ],
  ru: [
    /(^|[^\p{L}])(стоит|нужно|надо|следует) ли(?!\p{L})/u,
    // «переезжать ли», «соглашаться ли» (not «есть ли»: a question of being, not of choosing)
    /(?<!\p{L})(?!есть )\p{L}+(ть|ться|ти|чь) ли(?!\p{L})/u,
    /(^|[^\p{L}])(или|либо)(?!\p{L})/u,
    /(?<!\p{L})(выбрать|выбор\p{L}*|выбира(ть|ю)|решиться|какой вариант|что предпочесть)(?!\p{L})/u,
  ],
};

/** Whether the question weighs a choice: "Should I…", "… or …", «стоит ли», «или», «соглашаться ли». */
export function isDecision(question: string, language: Language): boolean {
  const text = question.toLowerCase().replace(/ё/g, 'е');
  return DECISION[language].some((pattern) => pattern.test(text));
}

/** The question's topic and whether it weighs a choice. */
export function readQuestion(question: string, language: Language): QuestionReading {
  const sensitive = sensitiveMatter(question, language);
  return { topic: questionTopic(question, language), decision: isDecision(question, language), ...(sensitive ? { sensitive } : {}) };
}

/** The order ties are broken in: a question that names both love and money is read for love. */
const ORDER: readonly Topic[] = ['love', 'work', 'money', 'self'];

/** The topic a question is about, from the words it uses; `decision` for a choice that names none; `general` otherwise. */
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
  return best === 'general' && isDecision(question, language) ? 'decision' : best;
}

function matches(text: string, marker: string, language: Language): boolean {
  // English markers start a word; Russian stems may start one too (no mid-word hits: «смысл» not in «осмысл…» is fine either way).
  return language === 'en' ? text.includes(` ${marker}`) : text.includes(` ${marker}`) || (marker.length >= 5 && text.includes(marker));
}
