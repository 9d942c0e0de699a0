/**
 * The crisis check's concepts, in English and Russian, and the combinations of them that make
 * crisis language. Both languages are always checked, whatever the user's setting.
 *
 * A word is written in its dictionary form or a few inflected forms; the question and the lexicon
 * go through the same normaliser and stemmer (crisis-text.ts), so other inflections match too.
 * Marks on a word: `=word` this exact form only; `word*` any word that begins so (no stemming);
 * `word~` also one typo away (only long, distinctive words: "suicide", not "living" ~ "loving").
 * Several words separated by spaces must follow each other.
 */

export type Concept =
  | 'filler'
  | 'strong'
  | 'desire'
  | 'intent'
  | 'die'
  | 'dieInfinitive'
  | 'think'
  | 'how'
  | 'neg'
  | 'deny'
  | 'reason'
  | 'live'
  | 'life'
  | 'lifeOwn'
  | 'lifeOver'
  | 'hopeless'
  | 'why'
  | 'stop'
  | 'worth'
  | 'can'
  | 'goOn'
  | 'endure'
  | 'method'
  | 'hurt'
  | 'self'
  | 'pain'
  | 'cut'
  | 'vein'
  | 'jump'
  | 'height'
  | 'step'
  | 'front'
  | 'vehicle'
  | 'take'
  | 'amount'
  | 'pills'
  | 'swallow'
  | 'od'
  | 'rope'
  | 'neck'
  | 'disappear'
  | 'forever'
  | 'wake'
  | 'wakeAgain'
  | 'sleep'
  | 'better'
  | 'withoutMe'
  | 'gone'
  | 'born'
  | 'regret'
  | 'end'
  | 'endIt'
  | 'leave'
  | 'thisWorld'
  | 'subjunctive'
  | 'orNot'
  | 'means'
  | 'doIt'
  | 'soap'
  | 'farewell'
  | 'goodbye'
  | 'wayOut'
  | 'noReturn'
  | 'water'
  | 'crash'
  | 'onPurpose'
  | 'onSelf'
  | 'missMe'
  | 'poison'
  | 'gas'
  | 'openGas'
  | 'everything'
  | 'allOver'
  | 'leaveForever'
  | 'sleepAway'
  | 'burnWith'
  | 'obstacle'
  | 'foreverNow'
  | 'inHand'
  | 'drink'
  | 'funeral'
  | 'lethal'
  | 'ifI'
  | 'soonTime'
  | 'lieOn'
  | 'tracks'
  | 'starve'
  | 'nothingLeft'
  | 'butDeath'
  | 'selfCut'
  | 'lastDay';

/** Words of one concept, with the context that cancels them. */
export interface WordGroup {
  words: string[];
  /** Not when the next word is one of these (a phrase's next word: after its last word). */
  notFollowedBy?: string[];
  /** Only at the end of a sentence, before a pause (a comma…) or before one of these. */
  onlyFollowedBy?: string[];
  /** Not when the word before is one of these. */
  notPrecededBy?: string[];
  /** Not in a sentence that has one of these ("killing myself laughing", "bungee jump off a bridge"). */
  unlessSentenceHas?: string[];
  /** Never these words (a look-alike the stem or a typo would otherwise take in). */
  except?: string[];
}

/**
 * What may follow a verb of living (or a life) that is about whether to live: the end of the
 * sentence, a pause, or one of these. Anything else says where or how to live ("live with my
 * parents", "live a boring life", "жить как мои родители", "stop living paycheck to paycheck").
 */
const AFTER_LIVING = [
  'anymore', 'any', 'longer', 'no', 'more', 'now', 'today', 'tomorrow', 'and', 'but', 'i', 'im', 'because', 'cause', 'so', 'honestly',
  'lol', 'if', 'since', 'again', 'ever', 'is', 'isnt', 'seems', 'feels', 'has', 'lost', 'потеряла', 'потеряла', 'потерял', 'потеряло', 'стала', 'hurts', 'sucks', 'either', 'right', 'forever', 'for', 'at all', 'really', 'tbh', 'rn', 'ngl', 'anyway', 'please',
  'больше', 'дальше', 'вообще', 'уже', 'так', 'совсем', 'и', 'но', 'а', 'не', 'нет', 'ни', 'я', 'мне', 'сейчас', 'просто', 'теперь', 'ну',
  'ведь', 'же', 'бы', 'хочу', 'хочется', 'хотелось', 'надоело', 'устала', 'устал', 'незачем', 'зачем', 'никак', 'нафиг', 'вовсе', 'страшно',
];
/** A death that is a card, or someone's ("the Death card", "карта Смерть", "the death of my cat"). */
const CARD = ['card', 'cards', 'tarot', 'arcana', 'reversed', 'upright', 'карта', 'карты', 'карту', 'аркан', 'аркана', 'таро', 'перевернутая', 'перевернутый', '=прямая', '=прямой', '=прямом'];
/** "die my hair" is "dye": to die takes no object. */
const OBJECT = ['my', 'your', 'his', 'her', 'their', 'our', 'the', 'a', 'an', 'it', 'them', 'its', 'this', 'that', 'of'];
const LAUGHTER = ['laugh*', 'lol*', 'lmao', 'смех*', 'смеш*', 'ржу', 'хаха*', 'haha*'];

export const LEXICON: Record<Concept, WordGroup[]> = {
  /** Words that may stand between the parts of a combination ("I *really just* want *to* die"). */
  filler: [
    {
      words: [
        'i', 'im', 'ive', 'id', 'ill', 'me', 'my', 'mine', 'own', 'to', 'be', 'being', 'been', 'am', 'is', 'are', 'was', 'were', 'just', 'really',
        'so', 'very', 'even', 'still', 'ever', 'already', 'simply', 'actually', 'honestly', 'literally', 'seriously', 'truly', 'kinda', 'kind',
        'sort', 'of', 'maybe', 'probably', 'tbh', 'rn', 'all', 'the', 'a', 'an', 'some', 'again', 'too', 'also', 'now', 'today', 'tonight',
        'then', 'do', 'does', 'did', 'would', 'could', 'should', 'will', 'can', 'might', 'must', 'gonna', 'going', 'about', '=off', 'from',
        'out', 'in', 'into', 'front', 'under', 'on', 'onto', 'at', 'up', 'over', 'with', 'anymore', 'any', 'more', 'longer', 'keep', 'see',
        'have', 'has', 'had', 'feel', 'sometimes', 'often', 'always', 'pretty', 'quite', 'totally', 'completely', 'much', 'around', 'off',
        'whole', 'tbf', 'fr', 'ngl', 'lowkey', 'highkey', 'badly', 'desperately', 'right', 'somehow', 'finally', 'soon', 'if',
        'я', 'мне', 'меня', 'мной', 'бы', 'б', 'уже', 'уж', 'просто', 'так', 'очень', 'совсем', 'больше', 'вообще', 'же', 'ли', 'то', 'вот',
        'даже', 'сейчас', 'сегодня', 'завтра', 'наверное', 'правда', 'реально', 'прям', 'прямо', 'еще', 'тоже', 'иногда', 'часто',
        'постоянно', 'снова', 'опять', 'с', 'со', 'из', 'в', 'во', 'на', 'под', 'от', 'к', 'до', 'по', 'за', 'о', 'об', 'про', 'чтобы',
        'чтоб', 'хоть', 'лишь', 'только', 'всего', 'мой', 'моя', 'мою', 'моей', 'свою', 'свой', 'буду', 'будет', 'есть', 'был', 'была',
        'было', 'дальше', 'вижу', 'чувствую', 'блин', 'нафиг', 'ну', 'аж', 'сильно', 'скорее', 'уже', 'честно', 'наконец', 'скоро',
        'them', 'this', 'that', 'these', 'those', 'tall', 'high', 'highest', 'tallest', 'nearest', 'almost', 'nearly', 'last', 'night', 'yesterday', 'and', 'имеет', 'быть', 'стать', 'этот', 'этого', 'того',
        'той', 'высокого', 'высокой', 'высокий',
        'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'fifteenth', 'twentieth',
        'второго', 'третьего', 'четвертого', 'пятого', 'шестого', 'седьмого', 'восьмого', 'девятого', 'десятого', 'двенадцатого',
        'шестнадцатого', 'двадцатого', 'последнего', 'всё', 'все', 'это', 'этой', 'ведь', 'и', 'вправду', 'типа', 'тупо', 'кажется', 'себе', 'continue', 'продолжать', 'продолжить',
      ],
    },
  ],

  /** Crisis language on its own. */
  strong: [
    {
      words: [
        'suicid*~', 'sewerslid*~', 'sewer slide', 'sui cide', 'selfharm*', 'self harm', 'self harming', 'self injury', 'self injure',
        'self mutilation', 'self delete', 'self deleting', 'kms', 'kys', 'unaliv*~', 'un alive', 'overdos*~', 'noose',
        'nothing to live for',
        'суицид*~', 'самоубийств*~', 'самоубиц*', 'самоповрежд*~', 'селфхарм*', 'сэлфхарм*', 'передоз*~', 'роскомнадзор*', 'самовыпил*',
        'покончить с собой', 'покончу с собой', 'кончать с собой', 'кончить с собой', 'покончить со всем', 'покончу со всем',
        'повеситься~', 'повешусь', 'вешаться', 'удавиться', 'удавлюсь', 'вздернуться', 'вздернусь', 'застрелиться~', 'застрелюсь',
        'утопиться', 'утоплюсь', 'выпилиться~', 'выпилюсь', 'убиться', 'убьюсь', 'вскрыться', 'вскроюсь',
        'свести счеты', 'сведу счеты', 'свела счеты', 'свел счеты', 'сводить счеты', 'наложить на себя руки', 'наложу на себя руки',
        'лишить себя жизни', 'лишу себя жизни', 'не для чего жить', 'не ради чего жить', 'незачем жить',
        'samoubi*', 'povesitsya', 'povesit*', 'самоуби*', 'предсмертн*', 'goodbye world', 'goodbye cruel world', 'прощай мир',
        'прощай жестокий мир', 'меня не должно быть', 'меня не должно существовать', 'i shouldnt exist', 'i shouldnt be alive',
        'i dont deserve to live', 'не заслуживаю жить', 'суициднуть*', 'истечь кровью', 'задушить себя', 'задушу себя', 'удавить себя',
      ],
    },
    {
      // "bled out my savings": money.
      words: ['bleed out', 'bleeding out', 'bled out'],
      notFollowedBy: ['my', 'the', 'his', 'her', 'all', 'of', 'money', 'cash'],
    },
    {
      // "end it all with my ex" is a break-up.
      words: ['end it all', 'ending it all', 'ended it all', 'end everything'],
      notFollowedBy: ['with', 'between'],
    },
    {
      // A method's first person future is a stated intent ("отравлюсь"), not a question about it ("отравлюсь ли я грибами").
      words: ['отравлюсь', 'траванусь', 'утоплюсь', 'зарежусь', 'отравлюсь чем нибудь'],
      notFollowedBy: ['ли'],
    },
  ],

  /** Wanting, wishing, being ready or due. */
  desire: [
    {
      words: [
        'want', 'wanna', 'wana', 'wanta', 'wnat', 'watn', 'whant', 'wamt', 'wish', 'hope', 'rather', 'ready', 'deserve', 'should', 'let',
        'like', 'long', 'longing', 'crave', 'need', 'tempted', 'desire', 'pray', 'better', 'easier', 'decided', 'decide', 'determined',
        'made up my mind', 'choose', 'chose',
        'хочу', 'хочется', 'хотелось', 'хотела', 'хотел', 'хочет', 'хотят', 'хотим', 'хочешь', 'хочеться', 'хочица', 'хочеца', 'хочю',
        'хачу', 'хочуу', 'охота', 'мечтаю', 'мечтать', 'желаю', 'желание', 'тянет', 'готов', 'готова', 'решила', 'решил', 'решилась',
        'собираюсь', 'собралась', 'собрался', 'планирую', 'пора', 'лучше', 'легче', 'заслуживаю', 'стоит', 'дайте', 'дай', 'скорее бы', 'молюсь',
        'hochu', 'khochu', 'xochu', 'hochetsya', 'hochetsa',
      ],
    },
  ],
  /** Meaning to, or doing it again and again (for self-injury that may be an accident). */
  intent: [
    {
      words: [
        'want', 'wanna', 'wish', 'keep', 'kept', 'been', 'urge', 'again', 'purpose', 'deserve', 'thinking', 'think', 'going', 'gonna',
        'planning', 'plan', 'need', 'tempted', 'started', 'start', 'like', 'should', 'always', 'every',
        'хочу', 'хочется', 'хотела', 'хотел', 'снова', 'опять', 'постоянно', 'тянет', 'буду', 'начала', 'начал', 'думаю', 'желание',
        'стоит', 'регулярно', 'каждый',
      ],
    },
  ],

  die: [
    {
      words: [
        'die', 'dies', 'died', 'dying', 'dead', 'death', 'perish', 'deceased',
        'умереть~', 'умру', 'умрешь', 'умрет', 'умрем', 'умираю', 'умирать', 'умер', 'умерла', 'умерли', 'умерло', 'умерший', 'сдохнуть~',
        'сдохну', 'сдохла', 'сдох', 'сдыхать', 'подохнуть', 'подохну', 'помереть', 'помру', 'мертвой',
        'мертвым', 'мертвая', 'мертвый', 'на тот свет', 'в мир иной', 'umeret', 'umru', 'sdohnut', 'sdokhnut',
      ],
      notFollowedBy: [...OBJECT, ...CARD],
      notPrecededBy: CARD,
      unlessSentenceHas: LAUGHTER,
      except: ['=умерить', '=умерь', 'умерен*', 'умеря*', '=умерьте', '=deadly'],
    },
    {
      // "bored to death", "до смерти хочу узнать": an intensifier.
      words: ['death', 'смерть', 'смерти', 'смертью'],
      notFollowedBy: [...OBJECT, ...CARD],
      notPrecededBy: [...CARD, 'to', 'до'],
      unlessSentenceHas: LAUGHTER,
    },
  ],
  dieInfinitive: [{ words: ['die', 'умереть~', 'сдохнуть~', 'помереть', 'умирать', 'подохнуть'], notFollowedBy: [...OBJECT, ...CARD] }],
  think: [
    {
      words: [
        'think about', 'thinking about', 'thinking of', 'think of', 'thought about', 'thoughts of', 'thoughts about', 'obsessed with',
        'fantasize about', 'dream of', 'dream about', 'dreaming of',
        'думаю о', 'думаю об', 'мысли о', 'мысли об', 'думать о', 'думаю про', 'задумываюсь о', 'мечтаю о', 'мечтаю об', 'мысль о',
      ],
    },
  ],
  how: [
    {
      words: [
        'how', 'best way', 'easiest way', 'quickest way', 'fastest way', 'painless way', 'painles*', 'method', 'methods',
        'как', 'как проще', 'как легче', 'как лучше', 'как быстрее', 'как быстро', 'способ', 'способы', 'безболезненно', 'безболезненный',
      ],
    },
  ],

  /** A verb's negation. */
  neg: [
    {
      words: [
        'not', 'dont', 'doesnt', 'didnt', 'cant', 'cannot', 'wont', 'wouldnt', 'shouldnt', 'couldnt', 'isnt', 'arent', 'wasnt', 'werent',
        'aint', 'never', 'can not', 'не', 'ни', 'никогда', 'ne',
      ],
    },
  ],
  /** There is none of it (negation, "no", "lost"). */
  deny: [
    {
      words: [
        'not', 'dont', 'doesnt', 'didnt', 'cant', 'cannot', 'isnt', 'wasnt', 'never', 'no', 'nothing', 'none', 'lost', 'lose', 'losing',
        'zero', 'whats the point', 'what is the point', 'whats even the point', 'whats the use', 'what the point',
        'не', 'нет', 'ни', 'никакого', 'никакой', 'никаких', 'потеряла', 'потерял', 'потеряно', 'потеряна', 'потерян', 'без', 'какой смысл',
        'ne', 'net',
      ],
    },
  ],
  reason: [{ words: ['reason', 'point', 'purpose', 'will', 'meaning', 'strength', 'смысл', 'смысла', 'причин', 'причина', 'сил', 'силы', 'повода', 'стимула', 'желания'] }],

  /** Living, being alive, existing (the verb). */
  live: [
    {
      words: ['live', 'living', 'alive', 'exist', 'existing', 'жить', 'живу', 'живешь', 'живет', 'жила', 'существовать', 'существую', 'zhit', 'jit'],
      onlyFollowedBy: AFTER_LIVING,
    },
    {
      words: [
        'here anymore', 'here any longer', 'here no more', 'around anymore', 'around any longer', 'live in this world', 'live on this earth',
        'in this world anymore', 'на этом свете', 'жить на этом свете', 'жить в этом мире', 'в этом мире', 'live like this', 'living like this',
        'жить так', 'жить вот так', 'жить с этим', 'live with this', 'live with it', 'stay alive', 'staying alive', 'remain alive', 'keep breathing',
      ],
    },
  ],
  /** A life (the noun). */
  life: [{ words: ['life', 'existence', 'жизнь', 'жизни', 'жизнью', 'существование'], onlyFollowedBy: AFTER_LIVING }],
  /** Someone's own life (what is ended or taken). */
  lifeOwn: [
    {
      words: [
        'my life', 'my own life', 'his life', 'her life', 'his own life', 'her own life', 'their life', 'their own life', 'own life',
        'my existence', 'my own existence', 'с жизнью', 'свою жизнь', 'себе жизнь', 'мою жизнь', 'со своей жизнью', 'свое существование',
        'с этой жизнью', 'эту жизнь', 'this life',
      ],
      // "end my life tonight", "…with pills"; not "take my life in a new direction", "…more seriously", "…back".
      onlyFollowedBy: [
        'tonight', 'today', 'now', 'soon', 'already', 'and', 'but', 'because', 'cause', 'so', 'if', 'i', 'im', 'honestly', 'please', 'lol',
        'at', 'with', 'when', 'before', 'after', 'by', 'myself', 'forever', 'finally', 'too', 'this', 'somehow', 'quietly', 'painlessly',
        'painless', 'quickly', 'peacefully', 'for good', 'on', 'tomorrow',
        'сегодня', 'сейчас', 'скоро', 'уже', 'и', 'но', 'потому', 'если', 'я', 'наконец', 'навсегда', 'так', 'тихо',
      ],
    },
  ],
  /** A life over, or ending ("I want my life to be over"). */
  lifeOver: [{ words: ['life to be over', 'life to end', 'life over', 'life to stop', 'жизнь закончилась', 'жизнь закончилась бы', 'жизни конец', 'жизнь кончилась'] }],
  hopeless: [
    {
      words: [
        'tired', 'sick', 'done', 'hate', 'hating', 'exhausted', 'weary', 'fed up', 'give up on', 'given up on', 'gave up on', 'giving up on',
        'pointless', 'meaningless', 'hopeless',
        'устал', 'устала', 'устали', 'устаю', 'надоело', 'надоела', 'задолбало', 'достало', 'ненавижу', 'опостылела', 'бессмысленно',
        'бессмысленна', 'бессмысленная', 'лишняя', 'лишний', 'обуза', 'обузой', 'burden',
      ],
    },
  ],
  why: [{ words: ['why', 'зачем', 'незачем', 'для чего', 'ради чего', 'почему я'] }],
  stop: [{ words: ['stop', 'cease', 'quit', 'перестать', 'перестану', 'прекратить'] }],
  worth: [{ words: ['worth', 'стоит', 'стоило'] }],
  can: [{ words: ['can', 'cant', 'cannot', 'could', 'couldnt', 'able', 'unable', 'могу', 'смогу', 'получается'] }],
  /** Going on (living): "I can't go on", not "I can't go on a date". */
  goOn: [
    {
      words: ['go on', 'carry on', 'keep going', 'keep on', 'continue', 'keep living', 'go on living', 'продолжать', 'продолжать жить'],
      onlyFollowedBy: ['anymore', 'any', 'like', 'living', 'much', 'no', 'longer', 'and', 'but', 'i', 'im', 'cause', 'because', 'so', 'really', 'honestly', 'please', 'lol', 'anyway', 'without', 'this', 'так', 'больше', 'дальше', 'жить'],
    },
  ],
  /** Bearing it (any longer): "can't take it anymore", not "can't do this job anymore". */
  endure: [
    {
      words: [
        'take it anymore', 'take this anymore', 'take it any longer', 'take any more', 'do this anymore', 'do it anymore', 'handle it anymore',
        'handle this anymore', 'cope anymore', 'bear it anymore', 'stand it anymore', 'deal anymore', 'take it no more', 'handle life',
        'cope with life',
      ],
    },
    {
      words: ['выдержу', 'выдержать', 'вынесу', 'вынести', 'выдерживаю', 'могу терпеть', 'могу так', 'вывожу'],
      onlyFollowedBy: ['больше', 'уже', 'так', 'всего'],
    },
  ],

  /** Doing away with someone, said of oneself ("kill myself", "убить себя"). */
  method: [
    {
      words: [
        'kill', 'killing', 'murder', 'cut', 'hang', 'hung', 'shoot', 'shot', 'drown', 'poison', 'stab', 'gas', 'electrocute', 'suffocate', 'strangle',
        'unalive', '=off', 'end', 'slit', 'harm', 'injure', 'mutilate', 'starve', 'destroy',
        'убить', 'убью', 'убила', 'убил', 'убиваю', 'убивать', 'уничтожить', 'покончить', 'покончу', 'резать', 'режу', 'порезать', 'порежу',
        'резала', 'порезала', 'изрезать', 'калечить', 'искалечить', 'отравить', 'отравлю', 'повесить', 'застрелить', 'утопить',
        'задушить', 'задушу', 'удушить', 'придушить',
      ],
      // "killing myself laughing"; a bare "lol" after "off myself" is gallows humour, not laughter.
      unlessSentenceHas: ['laugh*', 'смех*', 'смеш*', 'ржу', 'foot', 'feet'],
    },
  ],
  /** Self-injury words that also happen by accident ("I hurt myself skiing"): need intent or repetition. */
  hurt: [{ words: ['hurt', 'burn', 'punish', 'hit', 'scratch', 'bruise', 'bleed', 'навредить', 'вредить', 'бить', 'избить', 'жечь', 'жгу', 'жгла', 'прижигать', 'прижигаю', 'наказать'] }],
  /** Oneself (or another person's self: concern for a friend gets the same answer). */
  self: [
    {
      words: ['myself~', 'my self', 'yourself', 'himself', 'herself', 'themselves', 'themself', 'ourselves', 'meself', 'urself', 'self', 'себя~', 'себе~', 'собой~', 'самой себя', 'самого себя'],
      notFollowedBy: ['=off', 'up', 'together', 'out', 'into'],
      // "убить в себе ревность": something in oneself.
      notPrecededBy: ['в', 'in', 'within', 'inside'],
    },
  ],
  pain: [{ words: ['боль', 'больно', 'вред', 'порезы', 'раны', 'ожоги', 'увечья', 'увечье', 'травмы'] }],

  cut: [{ words: ['cut', 'slit', 'slash', 'open', 'slice', 'резать', 'режу', 'порезать', 'порежу', 'перерезать', 'перережу', 'вскрыть', 'вскрою', 'вскрывать', 'полоснуть', 'разрезать', 'резала', 'перерезала', 'вскрыла'] }],
  vein: [{ words: ['wrist', 'wrists', 'vein', 'veins', 'throat', 'вены', 'вену', 'венам', 'запястья', 'запястье', 'горло', 'руки'] }],

  /** Jumping from a height. */
  jump: [
    {
      words: [
        'jump', 'leap', 'throw myself', 'fling myself', 'hurl myself', 'yeet myself', 'step off', 'fall from', 'throw herself', 'throw himself',
        'прыгнуть', 'прыгну', 'прыгать', 'спрыгнуть~', 'спрыгну', 'выпрыгнуть~', 'выпрыгну', 'выброситься~', 'выброшусь', 'броситься',
        'брошусь', 'кинуться', 'кинусь', 'шагнуть', 'шагну', 'сигануть', 'выйти в окно', 'выйду в окно', 'лечь под', 'упасть с', 'лягу под',
      ],
      unlessSentenceHas: ['bungee', 'bungy', 'parachut*', 'skydiv*', 'paraglid*', 'base jump*', 'trampoline', 'joy', 'радост*', 'парашют*', 'тарзанк*', 'банджи', 'роупджамп*', 'омут'],
    },
  ],
  height: [
    {
      words: [
        'bridge', 'roof', 'rooftop', 'window', 'balcony', 'cliff', 'ledge', 'building', 'skyscraper', 'overpass', 'top floor', 'multistorey',
        'multi storey', 'parking garage', 'tower block', 'floor', 'storey',
        'окно', 'окна', 'окне', 'крыша', 'крыши', 'крышу', 'мост', 'моста', 'балкон', 'балкона', 'этаж', 'этажа', 'высоты', 'высотки',
        'многоэтажки', 'поезд', 'поезда', 'электричку', 'рельсы', 'машину', 'метро', 'обрыв', 'обрыва', 'скалы',
      ],
    },
  ],
  /** Stepping in front of traffic. */
  step: [{ words: ['jump', 'step', 'walk', 'lie', 'lay', 'run', 'throw myself', 'fling myself'] }],
  front: [{ words: ['in front of', 'infront of', 'under', 'onto the tracks'] }],
  vehicle: [{ words: ['train', 'bus', 'truck', 'lorry', 'car', 'traffic', 'subway', 'tram', 'metro', 'tracks', 'cars'] }],

  /** Taking a quantity of pills. */
  take: [{ words: ['take', 'took', 'swallow', 'eat', 'down', 'pop', 'выпить', 'выпью', 'принять', 'приму', 'съесть', 'съем', 'проглотить', 'проглочу', 'сожрать', 'закинуться'] }],
  amount: [
    {
      words: [
        'all', 'whole', 'entire', 'bottle', 'bottles', 'handful', 'bunch', 'lot', 'lots', 'many', 'enough', 'every', 'box', 'pack', 'packet',
        'strip', 'dozen', 'fistful', 'all of', 'rest', 'the rest of', 'remaining', 'остаток', 'оставшиеся', 'остальные',
        'все', 'всю', 'весь', 'горсть', 'пачку', 'пачка', 'упаковку', 'упаковка', 'кучу', 'много', 'разом', 'сразу', 'банку', 'пузырек', 'блистер',
      ],
    },
  ],
  pills: [
    {
      words: [
        'pill', 'pills', 'sleeping pills', 'tablets', 'meds', 'medication', 'medicine', 'painkillers', 'antidepressants', 'paracetamol',
        'tylenol', 'ibuprofen', 'aspirin', 'xanax', 'benzos', 'insulin', 'opioids', 'oxy',
        'таблетки', 'таблеток', 'таблетка', 'колеса', 'снотворное', 'снотворного', 'лекарства', 'лекарств', 'антидепрессанты',
        'антидепрессантов', 'обезболивающие', 'обезболивающих', 'парацетамол', 'парацетамола', 'феназепам', 'феназепама', 'инсулин',
      ],
    },
  ],
  swallow: [{ words: ['swallow', 'overdo', 'наглотаться~', 'наглотаюсь', 'нажраться', 'обожраться'] }],
  /** Overdosing or poisoning oneself, said with a wish ("I want to OD", "хочу отравиться", not "могла ли я отравиться грибами"). */
  od: [{ words: ['=od', 'oding', '=odd', 'отравиться', 'отравлюсь', 'травиться', 'траванусь', 'передознуться'] }],
  rope: [{ words: ['rope', 'belt', 'cord', 'петля', 'петлю', 'веревка', 'веревку'] }],
  neck: [{ words: ['neck', 'шея', 'шею', 'шеи'] }],

  disappear: [{ words: ['disappear', 'vanish', 'be gone', 'fade away', 'исчезнуть', 'исчезну', 'пропасть', 'раствориться'] }],
  forever: [{ words: ['forever', 'for good', 'permanently', 'for ever', 'навсегда', 'навечно', 'насовсем'] }],
  wake: [{ words: ['wake up', 'wake', 'woke', 'waking', 'проснуться', 'проснусь', 'просыпаться', 'очнуться'] }],
  /** Waking up (again, ever): "I don't want to wake up anymore", not "… wake up early". */
  wakeAgain: [
    {
      words: ['wake up', 'wake', 'проснуться', 'просыпаться', 'проснусь'],
      onlyFollowedBy: ['anymore', 'again', 'ever', 'tomorrow', 'больше', 'завтра', 'никогда', 'утром'],
    },
  ],
  sleep: [{ words: ['sleep', 'asleep', 'уснуть', 'заснуть', 'усну', 'засну', 'спать', 'уснуть'] }],
  better: [{ words: ['better', 'better off', 'happier', 'easier', 'лучше', 'легче', 'счастливее', 'спокойнее'] }],
  withoutMe: [{ words: ['without me', 'if i was gone', 'if i were gone', 'без меня'] }],
  /** Not being there: "лучше бы меня не было". */
  gone: [{ words: ['меня не было', 'меня не стало', 'меня не будет', 'меня не существовало', 'меня не станет', 'меня не будет больше', 'i wasnt here', 'i werent here', 'i wasnt around'] }],
  born: [{ words: ['born', 'рождаться', 'родиться', 'родилась', 'родился', 'рождена', 'рожден', 'появилась на свет'] }],
  regret: [{ words: ['regret', 'жаль', 'зря', 'жалею'] }],

  /** Ending or taking (a life). */
  end: [{ words: ['end', 'take', 'took', 'покончить', 'покончу', 'оборвать', 'оборву', 'закончить', 'закончу', 'прервать', 'прерву', 'заканчивать', 'кончать', 'покончим'] }],
  /** "end it" at the end of a sentence or with a time ("I want to end it tonight"), not "end it with my boyfriend". */
  endIt: [
    {
      words: ['end it', 'ending it', 'end this'],
      onlyFollowedBy: ['all', 'now', 'tonight', 'today', 'forever', 'already', 'permanently', 'here', 'finally', 'soon', 'once', 'for good', 'lol', 'honestly'],
    },
  ],
  /** Leaving (this world, life). */
  leave: [{ words: ['уйти', 'уйду', 'уходить', 'ухожу', 'уйдет', 'leave', 'exit', 'depart'] }],
  thisWorld: [
    {
      words: ['из жизни', 'из этого мира', 'из мира', 'с этого света', 'на тот свет', 'this world', 'this earth', 'this life'],
      // "уйти из жизни бывшего": someone's life.
      notFollowedBy: ['его', 'ее', 'него', 'нее', 'их', 'бывшего', 'бывшей', 'мужа', 'жены', 'парня', 'девушки', 'друга', 'подруги', 'этого', 'этой', 'моего', 'моей', 'человека', 'семьи', 'of'],
    },
  ],

  /** The Russian optative: an infinitive with бы is a wish ("сдохнуть бы уже", "уснуть бы и не проснуться"). */
  subjunctive: [{ words: ['бы', 'б'] }],
  /** A choice put to the cards ("умереть или нет"). */
  orNot: [{ words: ['или нет', 'or not'], onlyFollowedBy: [] }],
  /** Means kept at hand that have little innocent use in a question: a rope, blades, a gun (pills have: "pills for my dog"). */
  means: [
    {
      words: [
        'rope', 'noose', 'razor blade', 'razor blades', 'blade', 'blades', 'gun', 'pistol',
        'веревка', 'веревку', 'петлю', 'петля', 'лезвие', 'лезвия', 'ствол', 'пистолет',
      ],
    },
  ],
  /** Going through with it. */
  doIt: [{ words: ['do it', 'go through with it', 'use it', 'use them', 'сделать это', 'сделаю это', 'решусь'] }],
  /** "верёвка и мыло": the saying for hanging oneself ("…мыло для похода" is camping). */
  soap: [{ words: ['мыло', 'мылом'], onlyFollowedBy: ['уже', 'и', 'сегодня', 'готовы', 'готово', 'куплены', 'есть'] }],
  /** A farewell letter. */
  farewell: [
    {
      words: [
        'прощальн* записк*', 'прощальн* письм*', 'goodbye note', 'goodbye letter', 'goodbye letters', 'farewell note', 'farewell letter', 'last letter',
        'letters to my family', 'letter to my family', 'письма родным', 'письмо родным', 'письмо маме',
      ],
    },
  ],
  /** Saying goodbye to everyone. */
  goodbye: [{ words: ['goodbye to everyone', 'goodbye to everybody', 'goodbye everyone', 'say goodbye', 'попрощаться со всеми', 'прощайте все', 'попрощаюсь со всеми', 'прощай', 'прощайте'] }],
  /** A way out, a solution ("death is the only way out", "смерть — выход?"). */
  wayOut: [{ words: ['way out', 'only way', 'only option', 'the answer', 'solution', 'выход', 'решение', 'единственный выход'] }],
  /** Not coming back. */
  noReturn: [
    {
      words: ['not come back', 'never come back', 'not coming back', 'never return', 'не вернуться', 'не вернусь', 'не возвращаться'],
      // "…and never come back to this city" is moving away.
      onlyFollowedBy: ['ever', 'again', 'alive', 'живой', 'живым', 'никогда', 'больше', 'уже'],
    },
  ],
  water: [{ words: ['sea', 'ocean', 'river', 'lake', 'water', 'море', 'реку', 'река', 'воду', 'озеро'] }],
  /** Crashing a car into something. */
  crash: [{ words: ['drive into', 'drive my car into', 'crash into', 'crash my car', 'swerve into', 'врезаться', 'врежусь', 'разбиться', 'разобьюсь'] }],
  obstacle: [{ words: ['wall', 'tree', 'truck', 'lorry', 'oncoming', 'pole', 'barrier', 'стену', 'столб', 'дерево', 'встречку', 'фуру', 'отбойник'] }],
  onPurpose: [{ words: ['on purpose', 'deliberately', 'intentionally', 'нарочно', 'специально', 'намеренно'] }],
  /** Used on oneself ("use them on myself"). */
  onSelf: [{ words: ['on myself', 'on me', 'against myself', 'на себе', 'на себя', 'против себя'] }],
  /** Nobody would miss me. */
  missMe: [{ words: ['miss me', 'notice if i', 'notice i', 'care if i', 'скучать по мне', 'заметит', 'заплачет'] }],
  /** What is drunk to poison oneself. */
  poison: [
    {
      words: ['bleach', 'antifreeze', 'rat poison', 'poison', 'уксус', 'уксусную эссенцию', 'яд', 'отраву', 'хлорку', 'антифриз'],
      // "яд его слов": a figure of speech.
      notFollowedBy: ['его', 'ее', 'их', 'of', 'слов', 'любви'],
    },
  ],
  gas: [{ words: ['газ', 'газом'] }],
  openGas: [{ words: ['открою', 'открыть', 'открыла', 'надышаться', 'надышусь', 'задохнуться'] }],
  /** For ever, closing what is said ("закончить всё навсегда", not "…навсегда с бывшим"). */
  foreverNow: [{ words: ['forever', 'for good', 'permanently', 'навсегда', 'насовсем'], onlyFollowedBy: ['уже', 'сегодня', 'tonight', 'now', 'today', 'сейчас'] }],
  everything: [{ words: ['всё', 'все', 'everything', 'it all'] }],
  /** For it all to be over ("чтобы всё кончилось"). */
  allOver: [
    {
      words: [
        'все кончилось', 'все закончилось', 'все прекратилось', 'все кончится', 'it all to be over', 'it all to end', 'all to be over', 'it to be over',
        'make it stop', 'everything to stop', 'everything to end', 'it all to stop', 'everything to be over',
      ],
      onlyFollowedBy: ['навсегда', 'уже', 'forever', 'already', 'now', 'сейчас', 'сегодня', 'tonight', 'permanently', 'for good'],
    },
  ],
  /** Going away for ever, said on its own ("хочу уйти навсегда", not "…из этой компании"). */
  leaveForever: [
    {
      words: ['уйти навсегда', 'уйду навсегда', 'уйти насовсем', 'go away forever', 'leave forever', 'be gone forever', 'gone forever', 'go for good', 'gone for good', 'leave for good'],
      onlyFollowedBy: ['уже', 'сегодня', 'tonight', 'now', 'сейчас', 'today'],
    },
  ],
  /** Falling asleep for good, as the first person's future or a wish ("усну навсегда"). */
  sleepAway: [{ words: ['усну', 'засну', 'уснуть', 'заснуть'] }],
  /** Pills in the hand, a drink asked about ("таблетки уже в руке, пить?"). */
  inHand: [{ words: ['in my hand', 'in my hands', 'in hand', 'в руке', 'в руках', 'в ладони'] }],
  drink: [{ words: ['пить', 'выпить', 'drink', 'take', 'swallow', 'глотать'] }],
  /** One's own funeral, pictured or wished for. */
  funeral: [{ words: ['my own funeral', 'my funeral', 'свои похороны', 'моих похорон', 'мои похороны', 'собственные похороны'] }],
  /** What kills ("how many pills is lethal"). */
  lethal: [{ words: ['lethal', 'lethal dose', 'fatal', 'deadly', 'kill me', 'смертельн*', 'летальн*', 'убьет меня'], notFollowedBy: ['for', 'to', 'для', 'of', 'опасно'] }],
  /** The speaker's own death supposed ("if I died tonight", "когда я умру"). */
  ifI: [{ words: ['if i', 'when i', 'when im', 'if im', 'once i', 'once im', 'если я', 'когда я'] }],
  soonTime: [{ words: ['tonight', 'today', 'tomorrow', 'this week', 'this weekend', 'soon', 'сегодня', 'завтра', 'ночью', 'скоро', 'на этой неделе'] }],
  /** Lying down on the tracks or the road. */
  lieOn: [{ words: ['lie down on', 'lay down on', 'lie on', 'lay on', 'lie down in', 'лечь на', 'лягу на', 'ложиться на', 'ложусь на'] }],
  tracks: [
    { words: ['tracks', 'train tracks', 'railway', 'rails', 'railroad', 'рельсы', 'рельсах', 'шпалы'] },
    // "lie down on the road to watch the stars", "лягу на дорогу к успеху".
    { words: ['road', 'highway', 'дорогу', 'трассу', 'пути'], onlyFollowedBy: [] },
  ],
  /** Not eating (till death). */
  starve: [
    {
      words: ['stop eating', 'stopped eating', 'stop drinking', 'not eat', 'перестать есть', 'перестану есть', 'не есть', 'не буду есть'],
      // "stopped eating sugar" is a diet.
      onlyFollowedBy: ['until', 'till', 'til', 'and', 'completely', 'entirely', 'altogether', 'to', 'пока', 'совсем', 'вообще', 'чтобы', 'до', 'и'],
    },
  ],
  /** Nothing left but (to die). */
  /** …but death ("nothing left but to die", "no way out except death"). */
  butDeath: [{ words: ['but to die', 'but death', 'except death', 'except to die', 'but dying', 'кроме смерти', 'кроме как умереть', 'кроме как сдохнуть', 'только умереть', 'только смерть'] }],
  nothingLeft: [{ words: ['nothing left', 'nothing else', 'no choice', 'no other choice', 'only thing left', 'ничего не остается', 'ничего не осталось', 'остается только', 'осталось только'] }],
  /** Cutting oneself, said with the reflexive verb ("режусь", "порезаться"). */
  selfCut: [{ words: ['режусь', 'резаться', 'порезаться', 'порежусь', 'режешься', 'режется', 'изрезаться'] }],
  /** The last day of one's life. */
  lastDay: [{ words: ['last day of my life', 'my last day alive', 'last day on earth', 'последний день моей жизни', 'последний день жизни', 'мой последний день'] }],
  burnWith: [{ words: ['cigarette*', 'lighter', 'сигарет*', 'зажигалк*', 'lezv*', 'лезви*', 'razor*', 'blade*'] }],
};

/**
 * A combination of concepts that is crisis language when its words stand together: within
 * `within` words of each other (any order unless `ordered`), with only fillers (or other words of
 * the combination) between them, in one sentence.
 */
export interface Combination {
  name: string;
  near: Concept[];
  /** Each of these anywhere in the same sentence too. */
  alsoInSentence?: Concept[];
  /** At least one of these anywhere in the same sentence too. */
  alsoOneOf?: Concept[];
  /** Not when negated ("I don't want to die", "I can't swallow pills"). */
  notNegated?: boolean;
  ordered?: boolean;
  within?: number;
}

export const COMBINATIONS: Combination[] = [
  { name: 'crisis term', near: ['strong'] },
  { name: 'wish to die', near: ['desire', 'die'], notNegated: true },
  { name: 'thoughts of death', near: ['think', 'die'] },
  { name: 'how to die', near: ['how', 'dieInfinitive'], ordered: true },
  { name: 'pills to die', near: ['pills'], alsoInSentence: ['die'] },
  { name: 'not wanting to live', near: ['neg', 'desire', 'live'] },
  { name: 'tired of living', near: ['hopeless', 'live'] },
  { name: 'tired of life', near: ['hopeless', 'life'], within: 4 },
  { name: 'no reason to live', near: ['deny', 'reason', 'live'] },
  { name: 'no reason in life', near: ['deny', 'reason', 'life'], within: 5 },
  { name: 'why live', near: ['why', 'live'] },
  { name: 'stop living', near: ['stop', 'live'], ordered: true },
  { name: 'not worth living', near: ['deny', 'worth', 'live'] },
  { name: 'cannot live', near: ['neg', 'can', 'live'] },
  { name: 'cannot go on', near: ['neg', 'can', 'goOn'], ordered: true },
  { name: 'cannot bear it', near: ['neg', 'endure'], ordered: true },
  { name: 'killing oneself', near: ['method', 'self'] },
  { name: 'hurting oneself on purpose', near: ['hurt', 'self'], alsoInSentence: ['intent'] },
  { name: 'harm to oneself', near: ['self', 'pain'] },
  { name: 'cutting veins', near: ['cut', 'vein'] },
  { name: 'jumping from a height', near: ['jump', 'height'], within: 8 },
  { name: 'wanting to jump, a height in sight', near: ['desire', 'jump'], alsoInSentence: ['height'] },
  { name: 'stepping in front of traffic', near: ['step', 'front', 'vehicle'] },
  { name: 'taking all the pills', near: ['take', 'amount', 'pills'], notNegated: true, within: 8 },
  { name: 'taking them all', near: ['take', 'amount'], alsoInSentence: ['pills'], notNegated: true },
  { name: 'swallowing pills', near: ['swallow', 'pills'], notNegated: true },
  { name: 'wanting to overdose', near: ['desire', 'od'] },
  { name: 'rope around the neck', near: ['rope', 'neck'] },
  { name: 'disappearing for ever', near: ['desire', 'disappear', 'forever'] },
  { name: 'never waking up', near: ['neg', 'wake'], alsoInSentence: ['desire'] },
  { name: 'not wanting to wake up', near: ['neg', 'desire', 'wakeAgain'] },
  { name: 'sleeping for ever', near: ['sleep', 'forever'], alsoInSentence: ['desire'] },
  { name: 'better without me', near: ['better', 'withoutMe'] },
  { name: 'better if I were dead', near: ['better', 'ifI', 'die'], ordered: true, within: 5 },
  { name: 'better gone', near: ['desire', 'gone'] },
  { name: 'wishing not to be born', near: ['desire', 'born'] },
  { name: 'why born', near: ['why', 'born'] },
  { name: 'regret being born', near: ['regret', 'born'] },
  { name: 'ending a life', near: ['end', 'lifeOwn'], ordered: true },
  { name: 'ending it', near: ['desire', 'endIt'] },
  { name: 'wishing life over', near: ['desire', 'lifeOver'] },
  { name: 'leaving this world', near: ['leave', 'thisWorld'], ordered: true },
  { name: 'meaning to end it', near: ['intent', 'endIt'] },
  { name: 'a wish to die (optative)', near: ['dieInfinitive', 'subjunctive'], ordered: true, within: 3 },
  { name: 'to die or not', near: ['dieInfinitive', 'orNot'], ordered: true, within: 3 },
  { name: 'means at hand, going through with it', near: ['doIt'], alsoInSentence: ['means'] },
  { name: 'means used on oneself', near: ['onSelf'], alsoInSentence: ['means'] },
  { name: 'rope and soap', near: ['rope', 'soap'] },
  { name: 'a farewell and an act', near: ['farewell'], alsoOneOf: ['jump', 'die', 'pills', 'method', 'rope', 'means', 'swallow', 'leaveForever'] },
  { name: 'goodbye for ever, means at hand', near: ['goodbye'], alsoOneOf: ['forever', 'means', 'pills', 'die', 'jump', 'lifeOwn'] },
  { name: 'death the way out', near: ['wayOut'], alsoInSentence: ['die'] },
  { name: 'into the water, not coming back', near: ['noReturn'], alsoInSentence: ['water'] },
  { name: 'crashing on purpose', near: ['crash'], alsoInSentence: ['onPurpose', 'obstacle'] },
  { name: 'nobody would miss me', near: ['missMe'], alsoOneOf: ['die', 'gone', 'withoutMe'] },
  { name: 'drinking poison', near: ['take', 'poison'] },
  { name: 'turning on the gas', near: ['openGas', 'gas'], within: 3, alsoOneOf: ['sleepAway', 'die', 'forever', 'self'] },
  { name: 'ending everything for ever', near: ['end', 'everything', 'foreverNow'], within: 4 },
  { name: 'wanting it all over', near: ['desire', 'allOver'] },
  { name: 'going away for ever', near: ['desire', 'leaveForever'] },
  { name: 'falling asleep for ever', near: ['sleepAway', 'forever'], ordered: true, within: 3 },
  { name: 'pills, never waking up', near: ['neg', 'wake'], alsoInSentence: ['pills'] },
  { name: 'pills in hand', near: ['pills', 'inHand'], within: 4, alsoInSentence: ['drink'] },
  { name: 'wishing for one’s funeral', near: ['funeral'], alsoOneOf: ['desire', 'intent', 'think'] },
  { name: 'lethal pills', near: ['lethal'], alsoInSentence: ['pills'] },
  { name: 'one’s own death, soon', near: ['ifI', 'die'], ordered: true, within: 3, alsoOneOf: ['soonTime', 'stop'] },
  { name: 'lying on the tracks', near: ['lieOn', 'tracks'], within: 4 },
  { name: 'starving till death', near: ['starve'], alsoInSentence: ['die'] },
  { name: 'nothing left but death', near: ['nothingLeft'], alsoInSentence: ['butDeath'] },
  { name: 'cutting oneself', near: ['selfCut'], alsoOneOf: ['intent', 'burnWith', 'vein', 'self'] },
  { name: 'the last day of one’s life', near: ['lastDay'], alsoOneOf: ['desire', 'intent'] },
  { name: 'burning oneself with cigarettes', near: ['hurt', 'self'], alsoInSentence: ['burnWith'] },
];
