import type { Language } from '../card';
import type { QuestionTopic, SensitiveMatter } from '../topic';
import type { Pick } from './random';
import { render, type FrameCard } from './template';
import { toneOf, isCourt, isHeavy, type Tone } from './tone';

/**
 * The spread read as a whole, one builder per spread family. Frames name their cards by position
 * id (`{present}`, `{challenge:i}`, `{outcome=shows|show}`; see template.ts). Phrases chosen by the
 * cards' tones (`open` / `hard`) are filled in as plain values. Every fixed run of words between two
 * slots is kept short, so readings that pick the same frame do not read alike.
 */
export type SpreadFamily = 'one' | 'arc' | 'relationship' | 'horseshoe' | 'celtic';

type Frames = Record<Language, readonly string[]>;
type ByTones = Record<Language, Record<`${Tone}-${Tone}`, readonly string[]>>;

export interface SynthesisContext {
  language: Language;
  pick: Pick;
  cards: Readonly<Record<string, FrameCard>>;
}

const tone = (c: SynthesisContext, key: string): Tone => toneOf(c.cards[key]!.card, c.cards[key]!.reversed);
const pair = (c: SynthesisContext, a: string, b: string): `${Tone}-${Tone}` => `${tone(c, a)}-${tone(c, b)}`;
const say = (c: SynthesisContext, frames: Frames, values: Record<string, string> = {}) =>
  render(c.pick(frames[c.language]), { language: c.language, cards: c.cards, values });
const phrase = (c: SynthesisContext, table: ByTones, a: string, b: string) => c.pick(table[c.language][pair(c, a, b)]);

// ── One card ────────────────────────────────────────────────────────────────────────────────────
/** The one card as the core of the answer: open, hard (a hard card), or blocked (a good card reversed). */
const CORE: Record<Language, Record<Tone | 'blocked', readonly string[]>> = {
  en: {
    open: [
      '{focus} {focus=leans|lean} toward an open road; do your part.',
      '{focus} {focus=is|are} on your side, as long as you act.',
      'In short, {focus} {focus=opens|open} a door; walking through is up to you.',
      '{focus} {focus=answers|answer} with a yes to effort, not to waiting.',
    ],
    hard: [
      '{focus} {focus=asks|ask} for care more than speed; hard, not hopeless.',
      'In short, {focus} {focus=names|name} what is difficult so you can meet it.',
      '{focus} {focus=is|are} a hard card, and a workable one.',
      'What {focus} {focus=brings|bring} is heavy; naming it is the first relief.',
    ],
    blocked: [
      '{focus} {focus=points|point} at what is stuck, so you can free it.',
      'In short, {focus} {focus=asks|ask} you to look at what is held back.',
      '{focus} {focus=shows|show} a knot; untying it is the work now.',
      'What {focus} {focus=holds|hold} back is yours to loosen, step by step.',
    ],
  },
  ru: {
    open: [
      '{focus} {focus=открывает|открывают} дорогу, если вы сделаете свою часть.',
      '{focus} здесь на вашей стороне, пока вы действуете.',
      'Коротко: {focus} {focus=открывает|открывают} дверь, а войти — за вами.',
      '{focus} {focus=отвечает|отвечают} «да» усилию, а не ожиданию.',
    ],
    hard: [
      '{focus} {focus=просит|просят} бережности больше, чем скорости; трудно — не значит безнадёжно.',
      'Коротко: {focus} {focus=называет|называют} трудное, чтобы его можно было встретить.',
      '{focus} — непростая карта; скажем бережно: с {focus:i} можно работать.',
      'То, что {focus=приносит|приносят} {focus}, тяжело, но назвать это — уже облегчение.',
    ],
    blocked: [
      '{focus} {focus=указывает|указывают} на то, что застряло, — чтобы это освободить.',
      'Коротко: {focus} {focus=просит|просят} присмотреться к тому, что сдерживается.',
      '{focus} {focus=показывает|показывают} узел, и развязать его — работа на сейчас.',
      '{focus} {focus=показывает|показывают}, что сдерживается; это можно ослабить шаг за шагом.',
    ],
  },
};

const coreMood = (c: SynthesisContext): Tone | 'blocked' =>
  tone(c, 'focus') === 'open' ? 'open' : isHeavy(c.cards.focus!.card, c.cards.focus!.reversed) ? 'hard' : 'blocked';

// ── Three cards: an arc with the middle card as the pivot ───────────────────────────────────────
const ARC_SHAPE: ByTones = {
  en: {
    'open-open': ['a road that widens as you go', 'a steady climb to firmer ground'],
    'hard-open': ['a passage from strain toward relief', 'a hard start that loosens'],
    'open-hard': ['an easy start with a test ahead', 'a good beginning that will need care'],
    'hard-hard': ['a demanding stretch that asks for care', 'a hard road, walkable with support'],
  },
  ru: {
    'open-open': ['дорога, которая расширяется по пути', 'ровный подъём к твёрдой почве'],
    'hard-open': ['переход от напряжения к облегчению', 'трудное начало, которое понемногу отпускает'],
    'open-hard': ['лёгкое начало с проверкой впереди', 'хороший старт, которому потом понадобится бережность'],
    'hard-hard': ['непростой отрезок, где нужна бережность', 'трудная дорога, которую можно пройти с опорой'],
  },
};
const ARC: Frames = {
  en: [
    '{a} {a=leads|lead} into {b}: {shape}.',
    'From {a} through {b} to {c}, the spread draws {shape}.',
    'Read as one line, {a}, {b} and {c} trace {shape}.',
    'The story runs from {a} to {c}: {shape}.',
  ],
  ru: [
    '{a} {a=переходит|переходят} в {b:a}: это {shape}.',
    'Путь от {a:g} через {b:a} к {c:d} — это {shape}.',
    'Если читать одной линией, {a}, {b} и {c} — это {shape}.',
    'История идёт от {a:g} к {c:d}, и это {shape}.',
  ],
};
export const PIVOT: Frames = {
  en: [
    '{b} {b=is|are} the pivot: your use of it shapes the road to {c}.',
    '{b}, the middle card, is the pivot where it turns.',
    '{b} {b=is|are} the pivot linking first and last.',
    '{b} {b=is|are} the pivot of the three: change it, and {c} changes too.',
  ],
  ru: [
    '{b} — поворотная точка: от {b=него|неё|него|них} зависит дорога к {c:d}.',
    'Средняя карта, {b}, — поворотная точка, где всё меняет направление.',
    'Всё поворачивается на {b:p}: это поворотная точка между первой картой и последней.',
    '{b} — поворотная точка тройки: {b=изменится он|изменится она|изменится оно|изменятся они} — {c=изменится|изменятся} и {c}.',
  ],
};
const ARC_END: Frames = {
  en: [
    '{c} {c=shows|show} the heading; you can still adjust it.',
    'Read {c} as a tendency, not a verdict.',
    '{c} {c=is|are} where the line points, if kept to.',
    '{c}, the third card, is where it points for now.',
  ],
  ru: [
    '{c} {c=показывает|показывают}, куда всё клонится; это ещё можно поправить.',
    'Читайте {c:a} как тенденцию, а не приговор.',
    '{c} — то, куда ведёт линия, если ничего не менять.',
    'Третья карта, {c}, — то, куда всё указывает сейчас.',
  ],
};

function arc(c: SynthesisContext): string[] {
  const shape = phrase(c, ARC_SHAPE, 'a', 'c');
  return [say(c, ARC, { shape }), say(c, PIVOT), say(c, ARC_END)];
}

// ── Relationship: you, them, the bond ──────────────────────────────────────────────────────────
const MEET: ByTones = {
  en: {
    'open-open': ['meet on open ground', 'can meet halfway right now'],
    'open-hard': ['move at different speeds now', 'are in different places just now'],
    'hard-open': ['move at different speeds now', 'are in different places just now'],
    'hard-hard': ['both carry weight at the moment', 'both need gentleness right now'],
  },
  ru: {
    'open-open': ['вы встречаетесь на открытой почве', 'вы можете пойти навстречу друг другу'],
    'open-hard': ['вы движетесь в разном темпе', 'вы сейчас в разных местах'],
    'hard-open': ['вы движетесь в разном темпе', 'вы сейчас в разных местах'],
    'hard-hard': ['обеим сторонам сейчас непросто', 'обеим сторонам нужна бережность'],
  },
};
const SIDES: Frames = {
  en: [
    '{you} on your side and {them} on theirs {meet}.',
    'Side by side, {you} and {them} {meet}.',
    'With {you} and {them}, you {meet}.',
    'Set {you} beside {them}: you {meet}.',
  ],
  ru: [
    '{you} с вашей стороны и {them} с другой: {meet}.',
    'У вас {you}, у другого человека {them}, и {meet}.',
    'Если положить {you:a} рядом с {them:i}, видно, что {meet}.',
    'Ваша карта — {you}, карта другой стороны — {them}, и {meet}.',
  ],
};
export const THEM_COURT: Frames = {
  en: [
    '{them} may picture the person: conduct, not mind.',
    'Read {them} as the person’s conduct, never their mind.',
    '{them} {them=shows|show} how they act, not their thoughts.',
    'Here {them} may stand for the person themself.',
  ],
  ru: [
    '{them} — придворная карта, возможно, сам человек со стороны.',
    '{them} {them=показывает|показывают} поступки человека, а не его мысли.',
    '{them} на месте партнёра {them=рисует|рисуют} поведение, а не мысли.',
    'Читайте {them:a} как портрет поведения, а не мыслей.',
  ],
};
const THEM_PLAIN: Frames = {
  en: [
    '{them} {them=shows|show} their side as far as cards can.',
    'What {them} {them=says|say} of them is an outside view.',
    'Take {them} as an outside view; their mind is theirs.',
    '{them} {them=describes|describe} their climate, not their thoughts.',
  ],
  ru: [
    '{them} {them=показывает|показывают} настроение другой стороны, а не мысли.',
    'То, что {them} {them=говорит|говорят} о другом человеке, — вид снаружи.',
    'Примите {them:a} как взгляд извне: чужие мысли остаются чужими.',
    '{them} {them=описывает|описывают} погоду на той стороне, не мысли.',
  ],
};
const CONNECTION: Frames = {
  en: [
    '{connection} {connection=is|are} what lives between you now.',
    '{connection} {connection=colours|colour} what passes between you.',
    '{connection} {connection=carries|carry} what you share right now.',
    '{connection} {connection=is|are} the bond itself, as it is now.',
  ],
  ru: [
    '{connection} — то, что живёт между вами сейчас.',
    '{connection} {connection=задаёт|задают} тон между вами.',
    '{connection} {connection=звучит|звучат} в том, что вас сейчас связывает.',
    '{connection} — это сама связь, какой она стала сейчас.',
  ],
};
const PULL: ByTones = {
  en: {
    'open-hard': ['real pull, and real work', 'what joins can carry what divides'],
    'open-open': ['the gap is lighter than it seems', 'the distance is small beside the pull'],
    'hard-hard': ['both sides of the bond need tending', 'neither pull nor gap is easy now'],
    'hard-open': ['the closeness needs more care than the gap', 'the gap is small; tend the pull'],
  },
  ru: {
    'open-hard': ['притяжение настоящее, но и работа тоже', 'то, что соединяет, выдержит то, что разделяет'],
    'open-open': ['то, что разделяет, легче, чем кажется', 'расстояние невелико рядом с притяжением'],
    'hard-hard': ['сейчас обе стороны связи требуют заботы', 'сейчас непросто и с притяжением, и с расстоянием'],
    'hard-open': ['бережности требует сама близость, а не расстояние', 'разрыв невелик, но о притяжении стоит позаботиться'],
  },
};
export const BOND_STRAIN: Frames = {
  en: [
    '{bond} {bond=pulls|pull} you close; against it, {strain}: {pull}.',
    'Set {bond} against {strain}: {pull}.',
    'On one side {bond}, on the other {strain}: {pull}.',
    '{bond} {bond=draws|draw}, {strain} {strain=divides|divide}: {pull}.',
  ],
  ru: [
    '{bond} {bond=сближает|сближают} вас, {strain} {strain=разделяет|разделяют}: {pull}.',
    'Сопоставьте {bond:a} и {strain:a}: {pull}.',
    'С одной стороны {bond}, с другой {strain}; {pull}.',
    '{bond=Сближает|Сближают} {bond}, {strain=разделяет|разделяют} {strain}: {pull}.',
  ],
};
const DIRECTION: Frames = {
  en: [
    '{direction} {direction=shows|show} where it tends, on this course.',
    '{direction} {direction=is|are} where the bond leans if nothing shifts.',
    '{direction} {direction=is|are} the course ahead, and steerable.',
    'Take {direction} as where it tends, not as a promise.',
  ],
  ru: [
    '{direction} {direction=показывает|показывают}, куда всё клонится, если вы оба не свернёте.',
    'К {direction:d} клонится связь, если ничего не сдвинется.',
    'Дальше — {direction}, и двое всё ещё могут повернуть руль.',
    'Примите {direction:a} как тенденцию, а не обещание.',
  ],
};

function relationship(c: SynthesisContext): string[] {
  const lines = [say(c, SIDES, { meet: phrase(c, MEET, 'you', 'them') })];
  lines.push(say(c, isCourt(c.cards.them!.card) ? THEM_COURT : THEM_PLAIN));
  lines.push(say(c, CONNECTION));
  if (c.cards.bond && c.cards.strain) lines.push(say(c, BOND_STRAIN, { pull: phrase(c, PULL, 'bond', 'strain') }));
  if (c.cards.direction) lines.push(say(c, DIRECTION));
  return lines;
}

// ── Horseshoe: past → present → hidden → obstacle → others → advice → outcome ──────────────────
const HS_TIME: Frames = {
  en: [
    '{past} shaped it, and {present} {present=is|are} where it stands now.',
    'From {past} the matter has come to {present}.',
    '{past} {past=lies|lie} behind; {present} {present=is|are} the moment.',
    'What {past} started has become {present}.',
  ],
  ru: [
    '{past} {past=сформировал|сформировала|сформировало|сформировали} ситуацию, а {present} — то, где она сейчас.',
    'От {past:g} дело пришло к {present:d}.',
    'Позади {past}, сейчас {present}.',
    'То, что {past=запустил|запустила|запустило|запустили} {past}, стало {present:i}.',
  ],
};
const HS_UNSEEN: Frames = {
  en: [
    '{hidden} {hidden=works|work} out of sight, and {obstacle} {obstacle=is|are} what blocks the road.',
    'Under it {hidden=runs|run} {hidden}; in the way {obstacle=stands|stand} {obstacle}.',
    '{hidden} {hidden=is|are} the unseen part, {obstacle} the block.',
    'Out of view, {hidden}; across the road, {obstacle}.',
  ],
  ru: [
    '{hidden} {hidden=действует|действуют} незаметно, а {obstacle} {obstacle=преграждает|преграждают} дорогу.',
    'Под этим {hidden=течёт|текут} {hidden}, на пути {obstacle=стоит|стоят} {obstacle}.',
    'Невидимая часть — {hidden}, преграда — {obstacle}.',
    'Скрыто — {hidden}, поперёк дороги — {obstacle}.',
  ],
};
const HS_OTHERS: Frames = {
  en: [
    '{others} {others=is|are} what the people around you bring.',
    '{others} {others=is|are} the part others play.',
    '{others} {others=comes|come} from those around you.',
    'From others {others=comes|come} {others}.',
  ],
  ru: [
    'Люди вокруг вносят {others:a}.',
    '{others} — роль, которую играют другие.',
    'Окружение добавляет {others:a}.',
    'От других {others=приходит|приходят} {others}.',
  ],
};
const LEVER: ByTones = {
  en: {
    'open-open': ['follow it, and the good outcome holds', 'keep to it, and the outcome stays near'],
    'open-hard': ['follow it, and the outcome softens', 'the advice is how the outcome is eased'],
    'hard-open': ['face this, and the outcome comes within reach', 'hard advice, and it opens the way'],
    'hard-hard': ['the advice is the way through, if slow', 'the advice helps carry a hard outcome'],
  },
  ru: {
    'open-open': ['последуйте совету, и хороший итог устоит', 'держитесь совета, и итог останется достижимым'],
    'open-hard': ['последуйте совету, и итог смягчится', 'совет — это то, чем итог облегчается'],
    'hard-open': ['итог станет достижим, когда вы встретитесь с этим', 'совет трудный, но он открывает путь'],
    'hard-hard': ['совет — путь насквозь, пусть и небыстрый', 'совет — это то, как выдержать трудный итог'],
  },
};
export const HS_LEVER: Frames = {
  en: [
    '{advice} {advice=is|are} the lever on {outcome}: {push}.',
    '{advice}, weighed against {outcome}: {push}.',
    'How {outcome} arrives depends on {advice}: {push}.',
    '{advice} {advice=is|are} where you can push on {outcome}; {push}.',
  ],
  ru: [
    '{advice} — рычаг, который двигает {outcome:a}: {push}.',
    '{advice} как совет и {outcome} как итог связаны: {push}.',
    'От {advice:g} зависит итог — {outcome}: {push}.',
    'Через {advice:a} можно повлиять на {outcome:a}: {push}.',
  ],
};

function horseshoe(c: SynthesisContext): string[] {
  return [say(c, HS_TIME), say(c, HS_UNSEEN), say(c, HS_OTHERS), say(c, HS_LEVER, { push: phrase(c, LEVER, 'advice', 'outcome') })];
}

// ── Celtic Cross ────────────────────────────────────────────────────────────────────────────────
const TENSION: ByTones = {
  en: {
    'open-hard': ['a good core under pressure', 'something sound, pressed from the side'],
    'hard-open': ['a hard core with help crossing it', 'a difficulty with its remedy across it'],
    'open-open': ['two forces that can pull together', 'a push and counter-push that can align'],
    'hard-hard': ['a knot that asks for patience', 'a double weight, to be lifted slowly'],
  },
  ru: {
    'open-hard': ['хорошая сердцевина под давлением', 'что-то здоровое, на что давят сбоку'],
    'hard-open': ['трудная сердцевина, которой приходит помощь', 'трудность, поперёк которой лежит её лекарство'],
    'open-open': ['две силы, способные тянуть в одну сторону', 'толчок и встречный толчок, которые можно согласовать'],
    'hard-hard': ['узел, требующий терпения', 'двойная тяжесть, которую поднимают медленно'],
  },
};
const HEART: Frames = {
  en: [
    'At the heart, {present} {present=is|are} crossed by {challenge}: one tension, {tension}.',
    '{present} and {challenge} knot together: {tension}.',
    'The heart of it is {present} under {challenge}, {tension}.',
    'Cover and cross, {present} and {challenge} form one tension: {tension}.',
  ],
  ru: [
    'В сердце ситуации {present}, и {present=его|её|его|их} {challenge=пересекает|пересекают} {challenge}: одно напряжение — {tension}.',
    '{present} и {challenge} — один узел: {tension}.',
    'Суть — {present} под {challenge:i}; это {tension}.',
    'Карта и то, что её перекрывает, — {present} и {challenge}: {tension}.',
  ],
};
const AXIS: Frames = {
  en: [
    'Above, {crown} {crown=is|are} what you aim for; beneath, {foundation} {foundation=drives|drive} you from below.',
    '{crown} {crown=is|are} what you consciously reach for, while {foundation} {foundation=works|work} at the root.',
    '{crown} {crown=is|are} the aim and {foundation} the root; see if they pull together.',
    'Between {crown} above and {foundation} below runs the question of what you want.',
  ],
  ru: [
    'Сверху {crown} — то, к чему вы стремитесь; снизу {foundation} — то, что движет вами из глубины.',
    'К {crown:d} вы тянетесь осознанно, а в корне {foundation=действует|действуют} {foundation}.',
    'Цель — {crown}, корень — {foundation}: посмотрите, тянут ли они в одну сторону.',
    'Между {crown:i} наверху и {foundation:i} внизу решается, чего вы хотите на самом деле.',
  ],
};
const PASSAGE: Frames = {
  en: [
    '{recent_past} {recent_past=is|are} leaving, {near_future} {near_future=is|are} arriving.',
    'Behind you {recent_past} {recent_past=fades|fade}; next {near_future=comes|come} {near_future}.',
    '{recent_past} to {near_future}: that is the line of time here.',
    'As {recent_past} passes, {near_future} {near_future=steps|step} in.',
  ],
  ru: [
    '{recent_past} {recent_past=уходит|уходят}, {near_future} {near_future=наступает|наступают}.',
    'Позади {recent_past=остаётся|остаются} {recent_past}, дальше {near_future=идёт|идут} {near_future}.',
    'Линия тянется от {recent_past:g} к {near_future:d}.',
    'Пока {recent_past=уходит|уходят} {recent_past}, на смену {near_future=приходит|приходят} {near_future}.',
  ],
};
const STAFF: Frames = {
  en: [
    '{self} {self=is|are} how you see yourself; your surroundings bring {environment}.',
    '{self} {self=is|are} your stance; {environment} {environment=is|are} the weather around you.',
    'In yourself, {self}; around you, {environment}.',
    '{self} {self=is|are} your own view, and the world around adds {environment}.',
  ],
  ru: [
    '{self} — то, как вы видите себя, а обстановка вокруг приносит {environment:a}.',
    '{self} — ваша позиция, {environment} — погода вокруг вас.',
    'В вас самих — {self}, вокруг — {environment}.',
    'Ваш взгляд — {self}, а мир вокруг добавляет {environment:a}.',
  ],
};
const WEIGH: ByTones = {
  en: {
    'open-open': ['hope and road point the same way', 'the hope and the road agree'],
    'open-hard': ['the fear speaks louder than the road warrants', 'the road is kinder than the fear'],
    'hard-open': ['hope runs ahead; give it time and groundwork', 'the hope is real; the road asks more'],
    'hard-hard': ['fear and road rhyme, so tend the fear first', 'what you fear is part of the road'],
  },
  ru: {
    'open-open': ['надежда и дорога смотрят в одну сторону', 'надежда и дорога согласны'],
    'open-hard': ['дорога не так страшна, как кажется', 'дорога добрее, чем страх'],
    'hard-open': ['надежда бежит впереди, дайте ей время и опору', 'надежда настоящая, но дорога просит большего'],
    'hard-hard': ['страх и дорога перекликаются, начните со страха', 'то, чего вы боитесь, — часть дороги'],
  },
};
export const OUTCOME_HOPES: Frames = {
  en: [
    'Weigh {outcome} against {hopes_fears}: {weigh}.',
    '{outcome} against {hopes_fears}: {weigh}.',
    'Set the outcome, {outcome}, beside your hopes and fears, {hopes_fears}: {weigh}.',
    'Where this leads, {outcome}, reads against {hopes_fears}: {weigh}.',
  ],
  ru: [
    'Сопоставьте {outcome:a} с {hopes_fears:i}: {weigh}.',
    'Итог — {outcome}, надежды и опасения — {hopes_fears}: {weigh}.',
    'Рядом с итогом, {outcome:i}, лежат ваши надежды и опасения — {hopes_fears}: {weigh}.',
    'Поставьте {outcome:a} рядом с {hopes_fears:i}: {weigh}.',
  ],
};

function celtic(c: SynthesisContext): string[] {
  return [
    say(c, HEART, { tension: phrase(c, TENSION, 'present', 'challenge') }),
    say(c, AXIS),
    say(c, PASSAGE),
    say(c, STAFF),
    // hopes/fears first in the pair: the outcome is weighed against them.
    say(c, OUTCOME_HOPES, { weigh: phrase(c, WEIGH, 'outcome', 'hopes_fears') }),
  ];
}

/** The spread's own reading: one builder per family (cards keyed by position id; arcs by a, b, c). */
export function spreadSynthesis(family: SpreadFamily, c: SynthesisContext): string[] {
  switch (family) {
    case 'one':
      return [render(c.pick(CORE[c.language][coreMood(c)]), { language: c.language, cards: c.cards })];
    case 'arc':
      return arc(c);
    case 'relationship':
      return relationship(c);
    case 'horseshoe':
      return horseshoe(c);
    case 'celtic':
      return celtic(c);
  }
}

// ── Death, said plainly ────────────────────────────────────────────────────────────────────────
export const DEATH_NOTE: Frames = {
  en: [
    '{death} {death=speaks|speak} of change here, never of a life.',
    'As always, {death} {death=means|mean} a chapter closing, not a physical death.',
    '{death} {death=marks|mark} change: something ends so something else can begin.',
    'Read {death} as transformation, not as a prediction about anyone’s life.',
  ],
  ru: [
    '{death} {death=говорит|говорят} о конце этапа, а не о чьей-то жизни.',
    'Как всегда, {death} {death=означает|означают} закрытие главы, а не физическую смерть.',
    '{death} {death=отмечает|отмечают} перемену: что-то заканчивается, чтобы началось другое.',
    'Читайте {death:a} как превращение, а не как предсказание о чьей-то жизни.',
  ],
};

/** When Death is drawn: a sentence that it speaks of change, not of anyone's life. */
export function deathNote(c: SynthesisContext, key: string): string {
  return render(c.pick(DEATH_NOTE[c.language]), { language: c.language, cards: { death: c.cards[key]! } });
}

// ── A choice, the next step, the close ──────────────────────────────────────────────────────────
const CHOICE: Record<Language, Record<Tone, readonly string[]>> = {
  en: {
    open: [
      '{lever}, as a choice, {lever=leans|lean} toward the step you are weighing.',
      '{lever}, read as a decision, {lever=favours|favour} a yes with open eyes.',
      '{lever} {lever=supports|support} moving ahead, on clear terms.',
      '{lever} on the decision: go, but set your conditions first.',
    ],
    hard: [
      '{lever}, as a choice, {lever=advises|advise} against a rushed yes.',
      '{lever}, read as a decision, {lever=asks|ask} for conditions before any yes.',
      '{lever} {lever=counsels|counsel} waiting until the terms are clear.',
      '{lever} on the decision: not like this, or not yet.',
    ],
  },
  ru: {
    open: [
      '{lever} как выбор {lever=склоняется|склоняются} к шагу, который вы обдумываете.',
      '{lever} в решении {lever=поддерживает|поддерживают} «да» с открытыми глазами.',
      '{lever} {lever=стоит|стоят} за движение вперёд, на ясных условиях.',
      '{lever} о решении {lever=говорит|говорят} так: идите, но сначала назовите свои условия.',
    ],
    hard: [
      '{lever} как выбор {lever=предостерегает|предостерегают} от поспешного «да».',
      '{lever} в решении {lever=просит|просят} сначала условий, а потом уже «да».',
      '{lever} {lever=советует|советуют} подождать, пока условия не прояснятся.',
      '{lever} о решении {lever=говорит|говорят} так: не так или не сейчас.',
    ],
  },
};

/** For a question weighing a choice: how the lever card (advice, action, outcome…) leans. */
export function choiceSentence(c: SynthesisContext, lever: string): string {
  return render(c.pick(CHOICE[c.language][tone(c, lever)]), { language: c.language, cards: { ...c.cards, lever: c.cards[lever]! } });
}

/** For a matter the cards must not decide: who to ask instead (in place of the word on a choice). */
const REFERRAL: Record<Language, Record<SensitiveMatter, readonly string[]>> = {
  en: {
    health: ['For the medical side, trust a doctor, not the cards.', "On health, a doctor's word counts more than any card.", 'Let a doctor decide the medical part; the cards only reflect.'],
    pregnancy: ['On pregnancy the cards predict nothing; ask a doctor.', 'A doctor, not a card, can answer this part.', 'The cards cannot foretell a pregnancy; a doctor can advise.'],
    legal: ["For the legal side, a lawyer's advice comes before any card.", "The law is a lawyer's field; the cards only reflect.", 'Take the legal questions to a lawyer, not to the cards.'],
  },
  ru: {
    health: ['Медицинскую сторону решает врач, а не карты.', 'О здоровье лучше спросить врача: карты лишь отражают настрой.', 'Всё, что касается лечения, обсудите с врачом.'],
    pregnancy: ['О беременности карты ничего не предсказывают; спросите врача.', 'Здесь ответит врач, а не карта.', 'Беременность карты не предсказывают: с этим к врачу.'],
    legal: ['Юридическую сторону лучше обсудить с юристом, а не с картами.', 'В правовых вопросах слово за юристом; карты лишь отражают.', 'С правовой частью идите к юристу, а не к картам.'],
  },
};

export function referral(c: SynthesisContext, matter: SensitiveMatter): string {
  return c.pick(REFERRAL[c.language][matter]);
}

type StepTopic = Exclude<QuestionTopic, 'decision'>;
/** Small doable actions (each under a dozen words), per topic, plain and for a choice. */
const STEPS: Record<Language, Record<'plain' | 'choice', Record<StepTopic, readonly string[]>>> = {
  en: {
    plain: {
      love: [
        'this week, say one thing you need, plainly and kindly',
        'tonight, write down what you want from this bond',
        'within three days, ask the question you keep putting off',
        'this week, plan one evening together with no screens',
        'before the weekend, name one boundary to yourself',
      ],
      work: [
        'this week, list three results you would be proud of',
        'tomorrow, ask someone who does this work what surprised them',
        'block one hour to sketch the next three steps',
        'by Friday, put one honest question to whoever decides',
        'today, describe a good month at work in three lines',
      ],
      money: [
        'this week, write down everything you spend for seven days',
        'tonight, list your fixed costs and one you could cut',
        'compare two offers in writing, then sleep on it',
        'set aside a small fixed sum this week, even a token',
        'today, read one contract or bill you have only skimmed',
      ],
      self: [
        'tonight, write three sentences about what you actually want',
        'give yourself one hour this week that belongs to nobody',
        'tomorrow, do one small thing you have been putting off',
        'today, note one moment you felt like yourself',
      ],
      general: [
        'write down the one question that matters most now',
        'today, do one small thing that moves this forward',
        'tonight, split what you know from what you only fear',
        'within three days, talk it through with someone you trust',
      ],
    },
    choice: {
      love: [
        'say out loud what you need before you choose',
        'write down what you would miss, and what not',
        'give it three days, then talk it through calmly together',
        'name the one thing you will keep, whatever you choose',
      ],
      work: [
        'write down the two terms you need to say yes',
        'before answering, ask in writing for the missing details',
        'by Friday, list side by side what you gain and lose',
        'talk to one person who works there, or used to',
      ],
      money: [
        'this week, put both options in numbers on one page',
        'before signing anything, get a second opinion from a professional',
        'wait three days and see if it still looks good',
        'note the worst case of each option, and your limit',
      ],
      self: [
        'imagine a day with each choice; note how it feels',
        'write down what you would choose if nobody were watching',
        'tonight, list honestly what each option asks of you',
        'take a quiet hour, then decide on your own reasons',
      ],
      general: [
        'write down what would have to be true for a yes',
        'tonight, list two terms each option would need to work',
        'give yourself three days, then decide on paper, with reasons',
        'ask someone who chose this before what they would redo',
      ],
    },
  },
  ru: {
    plain: {
      love: [
        'на этой неделе спокойно скажите об одной своей потребности',
        'сегодня вечером запишите, чего вы хотите от этих отношений',
        'в ближайшие три дня задайте вопрос, который вы откладывали',
        'на этой неделе устройте один вечер вдвоём без телефонов',
        'до выходных назовите для себя одну свою границу',
      ],
      work: [
        'на этой неделе выпишите три результата, которыми вы гордились бы',
        'завтра спросите человека, который делает такую работу, что его удивило',
        'выделите на этой неделе час, чтобы набросать три следующих шага',
        'до пятницы задайте один честный вопрос тому, кто принимает решения',
        'сегодня запишите, как для вас выглядит удачный месяц на работе',
      ],
      money: [
        'на этой неделе записывайте все траты семь дней подряд',
        'сегодня вечером выпишите постоянные расходы и один, который можно урезать',
        'сравните два предложения письменно и отложите решение на ночь',
        'на этой неделе отложите небольшую сумму, пусть даже символическую',
        'сегодня перечитайте договор или счёт, который вы лишь пробежали глазами',
      ],
      self: [
        'вечером напишите три фразы о том, чего хотите',
        'на этой неделе подарите себе час, который не принадлежит никому',
        'завтра сделайте одно маленькое дело, которое давно откладываете',
        'сегодня заметьте момент, когда вы были собой, и запишите его',
      ],
      general: [
        'на этой неделе запишите один вопрос, который сейчас важнее всего',
        'сегодня сделайте одно небольшое дело, которое сдвинет это с места',
        'вечером отметьте, что вы уже знаете, а чего лишь боитесь',
        'в ближайшие три дня обсудите это с человеком, которому доверяете',
      ],
    },
    choice: {
      love: [
        'скажите вслух, что вам нужно, прежде чем выбирать',
        'запишите, по чему вы будете скучать, а по чему нет',
        'дайте себе три дня, а потом спокойно обсудите это вдвоём',
        'назовите одно, от чего вы не откажетесь при любом выборе',
      ],
      work: [
        'запишите два условия, без которых вы не согласитесь',
        'прежде чем отвечать, попросите письменно детали, которых вам не хватает',
        'до пятницы выпишите рядом, что вы получите и что потеряете',
        'поговорите с тем, кто там работает или работал',
      ],
      money: [
        'переведите оба варианта в цифры на одной странице',
        'прежде чем что-то подписывать, спросите мнения специалиста',
        'подождите три дня и посмотрите, так ли хорошо выглядит предложение',
        'запишите худший исход каждого варианта и выдержите ли вы его',
      ],
      self: [
        'проживите мысленно день с каждым вариантом и прислушайтесь к себе',
        'запишите, что бы вы выбрали, если бы никто не смотрел',
        'вечером честно выпишите, чего каждый вариант потребует от вас',
        'побудьте час в тишине, а потом решите по своим доводам',
      ],
      general: [
        'запишите, что должно быть правдой, чтобы сказать «да»',
        'сегодня вечером выпишите по два условия для каждого варианта',
        'дайте себе три дня, а потом решите на бумаге',
        'спросите того, кто уже так выбирал, что бы он изменил',
      ],
    },
  },
};
const STEP: Frames = {
  en: [
    '👣 A small step that fits {lever}: {step}.',
    '👣 To work with {lever}: {step}.',
    '👣 The next step, guided by {lever}: {step}.',
    '👣 One doable thing, in the spirit of {lever}: {step}.',
  ],
  ru: [
    '👣 Небольшой шаг в духе {lever:g}: {step}.',
    '👣 Чтобы {lever} {lever=заработал|заработала|заработало|заработали}, {step}.',
    '👣 Следующий шаг, с оглядкой на {lever:a}: {step}.',
    '👣 Одно посильное дело, подсказанное {lever:i}: {step}.',
  ],
};

/** One concrete next step for the topic (a choice gets a choice's step), tied to the lever card. */
export function nextStep(c: SynthesisContext, lever: string, topic: QuestionTopic, decision: boolean): string {
  const steps = STEPS[c.language][decision || topic === 'decision' ? 'choice' : 'plain'][topic === 'decision' ? 'general' : topic];
  return render(c.pick(STEP[c.language]), { language: c.language, cards: { lever: c.cards[lever]! }, values: { step: c.pick(steps) } });
}

const CLOSE: Frames = {
  en: [
    'This road, ending on {last}, is drawn in pencil, not ink.',
    'The road {last} {last=shows|show} bends as you walk it.',
    'Where {last} {last=points|point} is a lean, not a fate.',
    'Nothing here is sealed: {last} {last=is|are} where things lean today.',
    'Cards show the current; with {last} in view, you choose how to swim.',
  ],
  ru: [
    'С {last:i} в конце дорога нарисована карандашом: её ещё можно перерисовать.',
    'Дорога, которую {last=рисует|рисуют} {last}, поворачивает по мере того, как вы идёте.',
    '{last} {last=задаёт|задают} течение, но плыть по нему или против — ваш выбор.',
    'Здесь ничего не предрешено: {last} — лишь то, куда всё клонится сегодня.',
    'Карты показывают течение, а как плыть — решаете вы, глядя на {last:a}.',
  ],
};

/** A close that speaks of a trajectory, not fate, naming the card the spread ends on. */
export function closing(c: SynthesisContext, last: string): string {
  return render(c.pick(CLOSE[c.language]), { language: c.language, cards: { last: c.cards[last]! } });
}

/** Every synthesis frame table, for the tests that render each frame with each card. */
export const SYNTHESIS_FRAMES = {
  CORE, ARC, PIVOT, ARC_END, SIDES, THEM_COURT, THEM_PLAIN, CONNECTION, BOND_STRAIN, DIRECTION,
  HS_TIME, HS_UNSEEN, HS_OTHERS, HS_LEVER, HEART, AXIS, PASSAGE, STAFF, OUTCOME_HOPES, CHOICE, STEP, CLOSE, DEATH_NOTE, REFERRAL,
} as const;
