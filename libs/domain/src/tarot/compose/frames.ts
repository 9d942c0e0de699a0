import type { Language } from '../card';

/**
 * Sentence frames that open a card's reading in its position (see template.ts for the slots:
 * `{card}`, `{card:g}`…, `{card=sg|pl}`, `{card=m|f|n|pl}`). Each speaks to what the position asks.
 * Kept short between slots, so two readings that happen to pick the same frame share only a few words.
 */
export type PositionRole =
  | 'core'
  | 'past'
  | 'present'
  | 'future'
  | 'situation'
  | 'action'
  | 'outcome'
  | 'you'
  | 'self'
  | 'them'
  | 'connection'
  | 'bond'
  | 'strain'
  | 'direction'
  | 'hidden'
  | 'obstacle'
  | 'others'
  | 'advice'
  | 'crown'
  | 'foundation'
  | 'hopes_fears';

const ROLE_OF: Record<string, PositionRole> = {
  focus: 'core',
  past: 'past',
  recent_past: 'past',
  present: 'present',
  future: 'future',
  near_future: 'future',
  situation: 'situation',
  action: 'action',
  outcome: 'outcome',
  you: 'you',
  self: 'self',
  them: 'them',
  connection: 'connection',
  bond: 'bond',
  strain: 'strain',
  direction: 'direction',
  hidden: 'hidden',
  obstacle: 'obstacle',
  challenge: 'obstacle',
  others: 'others',
  environment: 'others',
  advice: 'advice',
  crown: 'crown',
  foundation: 'foundation',
  hopes_fears: 'hopes_fears',
};

export const roleOf = (positionId: string): PositionRole => ROLE_OF[positionId] ?? 'present';

/** Frames that quote the position's own question (`{ask}`): usable in any position. */
export const ASKING_FRAMES: Record<Language, readonly string[]> = {
  en: [
    '“{ask}” — this place asks it, and {card} {card=answers|answer}.',
    'Here the spread asks “{ask}” and {card} {card=replies|reply}.',
    'To “{ask}” the spread answers with {card}.',
    'The question here is “{ask}”, and the answer is {card}.',
  ],
  ru: [
    '«{ask}» — на этот вопрос здесь {card=отвечает|отвечают} {card}.',
    'На вопрос «{ask}» расклад отвечает {card:i}.',
    'Это место спрашивает «{ask}», и ответ на него — {card}.',
    'Здесь звучит вопрос «{ask}», и {card} {card=отвечает|отвечают} на него.',
  ],
};

export const ROLE_FRAMES: Record<Language, Record<PositionRole, readonly string[]>> = {
  en: {
    core: ['{card} {card=sits|sit} at the heart of your question.', 'The whole question gathers around {card}.', 'One card answers, and it is {card}.', 'Your question runs through {card}.'],
    past: ['{card} {card=shows|show} what brought you to this point.', 'Behind you {card=lies|lie} {card}: the ground you crossed to get here.', 'What led here carries the mark of {card}.', 'The road so far runs through {card}.'],
    present: ['Where you stand now, {card} {card=holds|hold} the centre.', 'The present belongs to {card}.', '{card} {card=describes|describe} things as they are, without decoration.', 'Right now the matter looks like {card}.'],
    future: ['If nothing changes, the road bends toward {card}.', 'Ahead, {card} {card=waits|wait}: a direction, not a sentence passed.', 'Where things are heading takes the shape of {card}.', 'Next on the road, as things stand: {card}.'],
    situation: ['{card} {card=lays|lay} the situation out plainly.', 'Seen without decoration, the situation is {card}.', 'The situation, as the cards see it, is {card}.', 'As things stand, {card} {card=describes|describe} the ground.'],
    action: ['The step worth taking comes from {card}.', '{card} {card=suggests|suggest} the move to make.', 'For what to do next, look to {card}.', 'The move this asks for is {card}.'],
    outcome: ['This tends to lead to {card}.', 'Where it leads, as things stand, is {card}.', '{card} {card=shows|show} the likely result: likely, not fixed.', 'Kept to, the road tends toward {card}.'],
    you: ['{card} {card=speaks|speak} of your own side of this.', 'Your part in it is drawn by {card}.', 'What you bring shows as {card}.', 'Your side of it is {card}.'],
    self: ['You see yourself here as {card}.', '{card} {card=is|are} how you see yourself in this.', 'Your own view of yourself is {card}.', 'In your own eyes, you are {card} here.'],
    them: [
      '{card} {card=shows|show} the other side, as far as cards can.',
      'The other person’s side appears as {card}: a picture, not their thoughts.',
      'What the other person brings, seen from outside, is {card}.', 'Their side, as the cards see it, is {card}.'],
    connection: ['Between you {card=lives|live} {card}.', 'The space between you two is held by {card}.', '{card} {card=describes|describe} what passes between you right now.', 'What the two of you share right now is {card}.'],
    bond: ['What draws you together shows as {card}.', '{card} {card=is|are} the thread that keeps you close.', 'The closeness between you has the colour of {card}.', 'The pull between you is {card}.'],
    strain: ['What stands between you takes the form of {card}.', '{card} {card=marks|mark} the place where you drift apart.', 'The distance between you has a name here: {card}.', 'The gap between you takes the shape of {card}.'],
    direction: ['The relationship is heading toward {card}.', '{card} {card=points|point} to where the two of you are going.', 'The road ahead for you both bends toward {card}.', 'Where you two are going, for now, is {card}.'],
    hidden: ['Out of sight, {card} {card=is|are} at work.', 'Beneath the surface {card=moves|move} {card}.', 'What works unseen is {card}.', '{card} {card=works|work} quietly, under the surface.'],
    obstacle: ['Across your path {card=lies|lie} {card}.', '{card} {card=is|are} the knot you have to work with.', 'What crosses you here is {card}.', 'The resistance here is {card}.'],
    others: ['The people around you show up as {card}.', 'Your surroundings bring {card} into it.', 'Others add {card} to the picture.', '{card} {card=stands|stand} for what others bring.'],
    advice: ['The approach that serves you is {card}.', '{card} {card=offers|offer} the advice here.', 'As advice, {card} {card=says|say}: work with this, not against it.', 'The advice, in one card, is {card}.'],
    crown: ['What you consciously hope for shows as {card}.', 'The best outcome takes the shape of {card}.', 'Above it all, as an aim, {card=stands|stand} {card}.', 'The aim you hold in mind is {card}.'],
    foundation: ['At the root, often unspoken, {card=lies|lie} {card}.', 'Beneath everything {card=sits|sit} {card}.', '{card} {card=is|are} the ground under the whole matter.', 'Under the whole matter {card=lies|lie} {card}.'],
    hopes_fears: ['What you hope for, and fear, gathers in {card}.', '{card} {card=holds|hold} both your hope and your fear.', 'Your hopes and fears take the form of {card}.', 'Hope and fear meet in {card}.'],
  },
  ru: {
    core: ['{card} — в самой сердцевине вашего вопроса.', 'Весь вопрос собирается вокруг {card:g}.', 'Ответ даёт одна карта, и это {card}.', 'Ваш вопрос проходит через {card:a}.'],
    past: [
      '{card} {card=показывает|показывают}, что привело вас сюда.',
      'Позади — {card}: путь, которым вы сюда пришли.',
      'На месте прошлого {card=оказался|оказалась|оказалось|оказались} {card}.', 'Дорога сюда шла через {card:a}.'],
    present: ['Сейчас в центре {card=стоит|стоят} {card}.', 'Настоящее принадлежит {card:d}.', '{card} {card=описывает|описывают} настоящее как оно есть, без прикрас.', 'Сейчас дело выглядит как {card}.'],
    future: ['Если ничего не менять, дорога ведёт к {card:d}.', 'Впереди — {card}: направление, а не приговор.', 'То, куда всё движется, принимает облик {card:g}.', 'Дальше по дороге, если всё оставить как есть, — {card}.'],
    situation: ['{card} без прикрас {card=показывает|показывают} ситуацию.', 'Если смотреть прямо, ситуация — это {card}.', 'Ситуацию здесь {card=описывает|описывают} {card}.', 'Как обстоят дела, {card=показывает|показывают} {card}.'],
    action: [
      'Шаг, который стоит сделать, {card=подсказывает|подсказывают} {card}.',
      '{card} {card=предлагает|предлагают} ход, который стоит сделать.',
      'За тем, что делать дальше, обратитесь к {card:d}.', 'Ход, которого это требует, — {card}.'],
    outcome: ['Скорее всего, всё это приведёт к {card:d}.', 'Вероятный итог — {card}: вероятный, а не предрешённый.', 'Куда всё ведёт, {card=показывает|показывают} {card}.', 'Если идти так и дальше, путь приведёт к {card:d}.'],
    you: ['{card} {card=говорит|говорят} о вашей стороне.', 'Вашу часть в этом {card=рисует|рисуют} {card}.', 'То, что вносите вы, выглядит как {card}.', 'Ваша сторона в этом — {card}.'],
    self: ['Себя здесь вы видите через {card:a}.', '{card} — то, каким вы сами себя здесь видите.', 'Ваш взгляд на себя — {card}.', 'В собственных глазах вы сейчас — {card}.'],
    them: [
      '{card} {card=показывает|показывают} другую сторону — насколько её видно по картам.',
      'Сторона другого человека видна через {card:a}: это картина, а не его мысли.',
      'То, что вносит другой человек, со стороны выглядит как {card}.', 'Сторона другого человека, как её видят карты, — {card}.'],
    connection: ['Между вами сейчас — {card}.', 'Пространство между вами {card=держит|держат} {card}.', '{card} {card=описывает|описывают}, что сейчас происходит между вами.', 'То, что сейчас связывает вас двоих, — {card}.'],
    bond: ['То, что вас сближает, выглядит как {card}.', '{card} — та нить, что держит вас рядом.', 'Близость между вами окрашена {card:i}.', 'Притяжение между вами — это {card}.'],
    strain: ['То, что стоит между вами, принимает облик {card:g}.', '{card} {card=отмечает|отмечают} место, где вы отдаляетесь.', 'У того, что вас разделяет, здесь есть имя — {card}.', 'Разрыв между вами принимает облик {card:g}.'],
    direction: ['Куда движутся эти отношения, {card=показывает|показывают} {card}.', '{card} {card=указывает|указывают}, куда вы идёте вдвоём.', 'Дорога для вас обоих поворачивает к {card:d}.', 'Пока что вы вдвоём идёте к {card:d}.'],
    hidden: [
      'Незаметно {card=действует|действуют} {card}.',
      'Под поверхностью {card=движется|движутся} {card}.',
      '{card} {card=спрятан|спрятана|спрятано|спрятаны} от глаз, но {card=действует|действуют}.', '{card} {card=работает|работают} тихо, под поверхностью.'],
    obstacle: ['Поперёк пути {card=лежит|лежат} {card}.', '{card} — узел, с которым придётся работать.', 'Вам {card=противостоит|противостоят} {card}.', 'Сопротивление здесь — {card}.'],
    others: ['Люди вокруг вас проявляются через {card:a}.', 'Окружение вносит в это {card:a}.', 'Другие добавляют к картине {card:a}.', '{card} — то, что приносят другие.'],
    advice: ['Подход, который вам послужит, — {card}.', 'Совет здесь {card=даёт|дают} {card}.', 'Как совет {card} {card=говорит|говорят}: работайте с этим, а не против.', 'Совет, уложенный в одну карту, — {card}.'],
    crown: [
      'То, на что вы осознанно рассчитываете, выглядит как {card}.',
      'Лучшее, что может из этого выйти, принимает облик {card:g}.',
      'Над всем, как цель, {card=стоит|стоят} {card}.', 'Цель, которую вы держите в уме, — {card}.'],
    foundation: ['В основе, часто невысказанно, {card=лежит|лежат} {card}.', 'Под всем этим — {card}.', '{card} — почва под всей ситуацией.', 'Под всей ситуацией {card=лежит|лежат} {card}.'],
    hopes_fears: ['Ваши надежды и опасения собираются в {card:p}.', '{card} {card=держит|держат} и надежду, и страх.', 'Надежды и страхи принимают облик {card:g}.', 'Надежда и страх встречаются в {card:p}.'],
  },
};

/** A kind card where the spread asks what blocks or divides: its own good, overdone or misplaced, is what stands in the way. */
export const KIND_CARD_IN_HARD_PLACE: Record<Language, readonly string[]> = {
  en: [
    '{card} {card=is|are} a kind card, yet here {card=its|their} good, overdone, blocks.',
    'Even {card} {card=can|can} block: here {card=its|their} strength is overdone.',
    'In this place {card} {card=warns|warn} of {card=its|their} own gift turned into a wall.',
    'A gentle card in a blocking place: with {card}, too much of a good thing blocks.',
  ],
  ru: [
    '{card} — добрая карта на трудном месте: мешать может избыток {card=его|её|его|их} же силы.',
    'Даже {card} {card=может|может|может|могут} мешать: здесь {card=его|её|его|их} сила чрезмерна или направлена не туда.',
    'На этом месте {card} {card=предупреждает|предупреждают}, что собственный дар может стать стеной.',
    'Мягкая карта на месте помехи: {card} {card=мешает|мешает|мешает|мешают} избытком хорошего.',
  ],
};

/** The lead-in frames for a position: its role's own and the ones quoting its question (a kind card in a blocking place gets its own). */
export function leadFrames(positionId: string, language: Language, kindCard = false, large = false): readonly string[] {
  const role = roleOf(positionId);
  if (kindCard && (role === 'obstacle' || role === 'strain')) return KIND_CARD_IN_HARD_PLACE[language];
  // A large spread keeps to the shorter frames of the role (its questions are long to quote ten times).
  return large ? ROLE_FRAMES[language][role] : [...ROLE_FRAMES[language][role], ...ASKING_FRAMES[language]];
}

/** After the meaning, for a general question: the card's keywords read in this place (`{k1}`, `{k2}`). */
export const KEYWORD_FRAMES: Record<Language, readonly string[]> = {
  en: ['In this place, read it as “{k1}” and “{k2}”.', 'Here it comes down to “{k1}”, with “{k2}” close behind.', 'Take two ideas from this place: “{k1}” and “{k2}”.', 'What matters in this place is “{k1}”, then “{k2}”.'],
  ru: ['В этом месте главное — «{k1}» и «{k2}».', 'Здесь всё сводится к двум вещам: «{k1}» и «{k2}».', 'На этом месте у карты две главные темы: «{k1}» и «{k2}».', 'Унесите с этого места две мысли: «{k1}» и «{k2}».'],
};

/** For a choice with no topic named: how the card weighs the options (`{k1}`, `{k2}`); a reversed card warns. */
export const DECISION_FRAMES: Record<Language, Record<'upright' | 'reversed', readonly string[]>> = {
  en: {
    upright: [
      '⚖️ Weigh each option against “{k1}” and “{k2}”.',
      '⚖️ As a choice, this favours the option that has “{k1}” in it, and “{k2}”.',
      '⚖️ Ask of each option where “{k1}” and “{k2}” fit in it.',
      '⚖️ The option worth taking is the one with room for “{k1}” and “{k2}”.',
    ],
    reversed: [
      '⚖️ As a choice, this warns against the option that smells of “{k1}” or “{k2}”.',
      '⚖️ Check each option for “{k1}” and “{k2}”: that is the trap here.',
      '⚖️ Whichever you choose, watch for “{k1}”, and for “{k2}”.',
      '⚖️ The weaker option is the one built on “{k1}” or “{k2}”.',
    ],
  },
  ru: {
    upright: [
      '⚖️ Примерьте к каждому варианту две мерки: «{k1}» и «{k2}».',
      '⚖️ В выборе эта карта на стороне варианта, где есть «{k1}» и «{k2}».',
      '⚖️ Спросите у каждого варианта, где в нём «{k1}», а где «{k2}».',
      '⚖️ Стоит выбрать тот путь, в котором найдутся и «{k1}», и «{k2}».',
    ],
    reversed: [
      '⚖️ В выборе эта карта предостерегает от варианта, где сквозит «{k1}» или «{k2}».',
      '⚖️ Ловушка здесь — «{k1}» и «{k2}»: проверьте, в каком варианте они прячутся.',
      '⚖️ Что бы вы ни выбрали, остерегайтесь двух вещей: «{k1}» и «{k2}».',
      '⚖️ Слабее тот вариант, где главное — «{k1}» или «{k2}».',
    ],
  },
};
