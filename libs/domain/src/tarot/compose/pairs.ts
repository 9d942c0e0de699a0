import type { Language } from '../card';

/**
 * Well-known two-card combinations, read in our own words. Each reading is a sentence (written lower-case; the
 * composer capitalises it) that names no card, so it can follow any lead naming the pair.
 * `reversed` is the reading when either card (or both) lies reversed.
 */
export interface NamedPair {
  a: string;
  b: string;
  upright: Record<Language, string>;
  reversed: Record<Language, string>;
}

export const NAMED_PAIRS: readonly NamedPair[] = [
  {
    a: 'major-16',
    b: 'major-17',
    upright: {
      en: 'what falls apart clears the ground, and healing follows the shock; the worst of it makes room for a quiet hope.',
      ru: 'то, что рушится, расчищает место, и после потрясения приходит исцеление: за худшим следует тихая надежда.',
    },
    reversed: {
      en: 'the shake-up and the recovery are out of step: either the break is being put off, or hope is already there but not yet trusted.',
      ru: 'крушение и восстановление не совпадают по времени: либо разрыв откладывается, либо надежда уже есть, но ей пока не верят.',
    },
  },
  {
    a: 'major-13',
    b: 'major-19',
    upright: {
      en: 'an ending clears the way for a brighter, simpler stretch; what is let go makes room for warmth and plain joy.',
      ru: 'конец прежнего открывает дорогу к светлой и более простой полосе: отпущенное освобождает место для тепла и радости.',
    },
    reversed: {
      en: 'the ending is only half done, so the light it promises comes late; finishing what is already over is what lets the good days in.',
      ru: 'с прошлым простились лишь наполовину, и обещанный свет запаздывает: только покончив с тем, что уже прошло, можно дождаться хороших дней.',
    },
  },
  {
    a: 'major-13',
    b: 'major-21',
    upright: {
      en: 'a whole cycle is closing: this ending is a completion, and what comes after starts on new ground.',
      ru: 'замыкается целый круг: этот конец — завершение, и всё, что будет дальше, начнётся на новом месте.',
    },
    reversed: {
      en: 'a cycle wants to close, but something keeps it open, a loose end or an unsaid goodbye; tie it off and the next stage can begin.',
      ru: 'круг вот-вот замкнётся, но что-то держит его открытым — нерешённый вопрос или прощание, которое так и не прозвучало; доведите это до конца, и начнётся следующий этап.',
    },
  },
  {
    a: 'major-06',
    b: 'cups-02',
    upright: {
      en: 'this is a mutual pull and a real choice of each other: the bond is not only felt but chosen, from both sides.',
      ru: 'это взаимное притяжение и осознанный выбор друг друга: связь не просто чувствуют, её выбирают оба.',
    },
    reversed: {
      en: 'the bond is there, but it is not being chosen equally: one side gives more, or a decision about it keeps being put off.',
      ru: 'связь есть, но выбирают её неравно: кто-то отдаёт больше, или решение о ней всё время откладывают.',
    },
  },
  {
    a: 'major-15',
    b: 'major-06',
    upright: {
      en: 'there is an attraction with a hook in it, and the choice lies between a desire that binds and a bond that leaves both people free.',
      ru: 'в этом притяжении есть крючок, и выбирать приходится между желанием, которое привязывает, и связью, в которой оба остаются свободны.',
    },
    reversed: {
      en: 'the knot is showing: a dependence is loosening, or a choice has drifted away from what you value; either way, it can now be seen and changed.',
      ru: 'узел становится виден: зависимость ослабевает или выбор разошёлся с тем, что для вас важно; так или иначе, теперь это можно разглядеть и изменить.',
    },
  },
  {
    a: 'swords-10',
    b: 'major-17',
    upright: {
      en: 'the lowest point has been reached, and hope comes after it; nothing lower waits, and healing starts from here.',
      ru: 'дно пройдено, и за ним приходит надежда: ниже уже не будет, отсюда начинается исцеление.',
    },
    reversed: {
      en: 'the painful end drags on, or hope is there but hard to believe; recovery is slower, though it has begun.',
      ru: 'болезненный конец затягивается, или надежда есть, но в неё трудно поверить; восстановление идёт медленнее, хотя уже началось.',
    },
  },
  {
    a: 'swords-10',
    b: 'swords-06',
    upright: {
      en: 'the worst is behind you, and the move towards calmer water has begun; the leaving itself is what heals.',
      ru: 'худшее позади, и переход к спокойным водам уже начался: лечит уже то, что вы уходите.',
    },
    reversed: {
      en: 'the ending has come but the leaving has not: the old pain travels along, and the crossing is slow.',
      ru: 'конец уже наступил, а уйти никак не получается: старая боль тянется следом, и переправа идёт медленно.',
    },
  },
  {
    a: 'swords-03',
    b: 'cups-02',
    upright: {
      en: 'there is hurt inside a close bond: a painful truth between two people, which they can face together or which can part them.',
      ru: 'внутри близкой связи есть боль: горькая правда между двумя людьми, с которой можно справиться вместе, а можно из-за неё разойтись.',
    },
    reversed: {
      en: 'the wound between two people is starting to close, or it is being hidden instead of talked about; honesty decides which.',
      ru: 'рана между двумя людьми начинает затягиваться — или её прячут, вместо того чтобы о ней говорить; что именно, решает честность.',
    },
  },
  {
    a: 'swords-03',
    b: 'cups-03',
    upright: {
      en: 'there may be a third person in the picture, or friends who help carry a grief; shared joy sits right next to a private hurt.',
      ru: 'в истории появляется третий человек — или друзья, которые помогают пережить горе; общая радость соседствует с личной болью.',
    },
    reversed: {
      en: 'gossip or a triangle is losing its grip, or the support of friends is thinning out; notice who is really on your side.',
      ru: 'сплетни или треугольник теряют силу, а может, поддержка друзей слабеет; присмотритесь, кто на самом деле на вашей стороне.',
    },
  },
  {
    a: 'major-18',
    b: 'major-02',
    upright: {
      en: 'intuition runs strong and much is still hidden; trust the quiet knowing, but check it against the facts before you act on it.',
      ru: 'интуиция обострена, а многое пока скрыто: доверяйте тихому внутреннему знанию, но сверяйте его с фактами, прежде чем действовать.',
    },
    reversed: {
      en: 'the inner voice is drowned out by worry, while secrets or confusion rise to the surface; slow down until things clear.',
      ru: 'внутренний голос заглушает тревога, а тайны и путаница выходят на поверхность; не спешите, пока всё не прояснится.',
    },
  },
  {
    a: 'major-10',
    b: 'major-07',
    upright: {
      en: 'circumstances are turning and you hold the reins; the change comes from outside, but your will decides where it takes you.',
      ru: 'обстоятельства поворачиваются, а поводья у вас в руках: перемена приходит извне, но куда она приведёт, решает ваша воля.',
    },
    reversed: {
      en: 'the turn of events and your steering are out of sync: neither forcing nor waiting will help, but a timely change of course will.',
      ru: 'поворот событий и ваше управление не совпадают: не помогут ни напор, ни выжидание — поможет вовремя поправить курс.',
    },
  },
  {
    a: 'pentacles-05',
    b: 'pentacles-04',
    upright: {
      en: 'fear of loss makes you hold on too tightly; the want feels real, but clutching what you have keeps help and new chances out.',
      ru: 'страх потери заставляет держаться слишком крепко: нужда ощущается по-настоящему, но, вцепившись в своё, вы не подпускаете ни помощь, ни новые шансы.',
    },
    reversed: {
      en: 'the grip is starting to loosen, or a loss comes precisely because it would not; letting a little go is part of getting through.',
      ru: 'хватка начинает ослабевать — или потеря приходит как раз потому, что её не ослабили; чтобы пройти эту полосу, придётся хоть немного отпустить.',
    },
  },
  {
    a: 'pentacles-05',
    b: 'pentacles-01',
    upright: {
      en: 'a hard stretch with money or health gives way to a new source of means; the way out of want is practical and close at hand.',
      ru: 'трудная полоса с деньгами или здоровьем сменяется новым источником средств: выход из нужды практичный и совсем рядом.',
    },
    reversed: {
      en: 'a new opening is there, but it is being missed while hardship takes all the attention; look for the practical offer you have not yet taken up.',
      ru: 'новая возможность есть, но её упускают, пока все силы уходят на трудности; поищите практичное предложение, которым вы ещё не воспользовались.',
    },
  },
  {
    a: 'cups-08',
    b: 'swords-06',
    upright: {
      en: 'this is a walk away from what no longer fills you, towards calmer ground; the leaving is sad, but the direction is right.',
      ru: 'это уход от того, что больше не наполняет, к более спокойному берегу: уходить грустно, но направление верное.',
    },
    reversed: {
      en: 'the wish to leave is there but the move stalls, or you go and take the old weight with you; decide what truly stays behind.',
      ru: 'желание уйти есть, но переход буксует — или вы уходите, унося с собой прежний груз; решите, что на самом деле остаётся позади.',
    },
  },
  {
    a: 'major-16',
    b: 'major-13',
    upright: {
      en: 'change comes twice over: a sudden break and a deep ending together clear away what cannot stay, and whatever is built next will stand on different ground.',
      ru: 'перемена приходит дважды: внезапный слом и глубокое завершение вместе сметают то, что не может остаться, и строить дальше придётся на другой основе.',
    },
    reversed: {
      en: 'the great change is being resisted, and the longer it is held off, the harder it lands; let go of what is already leaving.',
      ru: 'большой перемене сопротивляются, и чем дольше её сдерживают, тем тяжелее она ударит; отпустите то, что и так уходит.',
    },
  },
  {
    a: 'major-15',
    b: 'major-16',
    upright: {
      en: 'a hold that has lasted too long is broken from outside; the shock is also a release, and the chains come down with the walls.',
      ru: 'хватку, которая держала слишком долго, ломают обстоятельства; потрясение оборачивается освобождением, и цепи падают вместе со стенами.',
    },
    reversed: {
      en: 'the break is only half made: the tie is shaken but not cut, and the old habit is waiting for a way back in.',
      ru: 'освобождение случилось наполовину: связь расшатана, но не разорвана, и старая привычка ждёт, как бы вернуться.',
    },
  },
  {
    a: 'major-03',
    b: 'major-04',
    upright: {
      en: 'care and structure stand side by side: warmth that makes things grow and order that keeps them safe, in a couple, a family or a shared venture.',
      ru: 'забота и порядок стоят рядом: тепло, от которого всё растёт, и опора, которая это бережёт, — в паре, в семье или в общем деле.',
    },
    reversed: {
      en: 'care and structure have lost their balance: one side smothers or the other controls, and what is built together needs both again.',
      ru: 'забота и порядок потеряли равновесие: одна сторона душит опекой, другая давит контролем, а общему делу снова нужны обе.',
    },
  },
  {
    a: 'cups-01',
    b: 'cups-02',
    upright: {
      en: 'a feeling that has only just been born finds its answer; a new closeness begins, and it is mutual.',
      ru: 'только что родившееся чувство находит ответ: начинается новая близость, и она взаимна.',
    },
    reversed: {
      en: 'the feeling is there but not yet returned, or it is held back out of caution; give it time and honesty rather than pressure.',
      ru: 'чувство есть, но ответа пока нет — или его сдерживают из осторожности; дайте ему время и честность, а не давление.',
    },
  },
  {
    a: 'wands-04',
    b: 'cups-10',
    upright: {
      en: 'home and celebration meet: a settled, happy household, a family gathering, perhaps a milestone worth marking together.',
      ru: 'дом и праздник встречаются: устойчивая счастливая семья, встреча близких, а может, событие, которое стоит отметить вместе.',
    },
    reversed: {
      en: 'the picture of a happy home is there, but tension under the surface or plans put off keep the celebration waiting.',
      ru: 'картина счастливого дома есть, но скрытое напряжение или отложенные планы заставляют праздник подождать.',
    },
  },
];
