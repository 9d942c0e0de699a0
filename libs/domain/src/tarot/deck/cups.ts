import type { TarotCard } from '../card';

export const CUPS: TarotCard[] = [
  {
    id: 'cups-01',
    arcana: 'minor',
    suit: 'cups',
    number: 1,
    text: {
      en: {
        name: 'Ace of Cups',
        upright: {
          keywords: ['overflowing heart', 'fresh feeling', 'tenderness', 'emotional gift'],
          meaning:
            'A new feeling arrives, full and unguarded: affection, wonder, a wish to create or to care. The cup is offered freely, and the only thing asked of you is to hold it out and accept what fills it.',
          facets: {
            love: 'A new bond or a fresh warmth in an existing one is on offer; let it in rather than testing it first.',
            work: 'Work that touches your heart, or a creative spark in a project, asks for room to grow.',
            money: 'Money follows what you care about here; a generous act or a heartfelt venture matters more than the sum.',
            self: 'Your capacity to feel is renewing itself; give the tenderness you notice somewhere to go.',
          },
        },
        reversed: {
          keywords: ['emptied cup', 'withheld affection', 'numbness', 'guarded heart'],
          meaning:
            'The feeling is there but it does not flow. Hurt, caution or fatigue has sealed the cup, and what could be shared stays inside or drains away unnoticed.',
          facets: {
            love: 'Affection is being held back, by you or by the other person; a closed heart cannot receive what is offered.',
            work: 'The work has lost its emotional pull, and going through the motions is wearing you down.',
            money: 'Spending to fill an inner gap is a risk now; notice when a purchase is standing in for comfort.',
            self: 'You may feel flat or cut off from yourself; small, honest kindnesses toward yourself reopen the way.',
          },
        },
      },
      ru: {
        name: 'Туз Кубков',
        forms: {
          gender: 'm',
          genitive: 'Туза Кубков',
          dative: 'Тузу Кубков',
          accusative: 'Туза Кубков',
          instrumental: 'Тузом Кубков',
          prepositional: 'Тузе Кубков',
        },
        upright: {
          keywords: ['переполненное сердце', 'свежее чувство', 'нежность', 'душевный дар'],
          meaning:
            'Приходит новое чувство — полное и ничем не защищённое: привязанность, удивление, желание творить или заботиться. Чаша протянута вам без условий, и от вас требуется лишь принять то, чем она наполнена.',
          facets: {
            love: 'Намечается новая связь или возвращается тепло в нынешних отношениях; примите его, не устраивая проверок.',
            work: 'Работа, которая трогает за душу, или творческая искра в проекте; дайте ей время и место разгореться.',
            money: 'Деньги сейчас связаны с тем, что вам дорого: щедрый поступок или начинание от души важнее суммы.',
            self: 'Способность чувствовать оживает; дайте нежности, которую вы в себе замечаете, найти выход.',
          },
        },
        reversed: {
          keywords: ['опустевшая чаша', 'сдержанная нежность', 'онемение чувств', 'закрытое сердце'],
          meaning:
            'Чувство есть, но не находит выхода. Обида, осторожность или усталость запечатали чашу, и то, чем можно было бы поделиться, остаётся внутри или незаметно уходит.',
          facets: {
            love: 'Кто-то из вас сдерживает нежность — вы или партнёр; закрытое сердце не может принять то, что ему предлагают.',
            work: 'Работа перестала задевать за живое, и выполнение обязанностей на автомате всё сильнее выматывает.',
            money: 'Сейчас легко тратить, чтобы заполнить внутреннюю пустоту; замечайте, когда покупка заменяет утешение.',
            self: 'Чувства будто притупились, и вы словно отрезаны от себя; понемногу оттаять помогут простые, искренние знаки заботы о себе.',
          },
        },
      },
    },
  },
  {
    id: 'cups-02',
    arcana: 'minor',
    suit: 'cups',
    number: 2,
    text: {
      en: {
        name: 'Two of Cups',
        upright: {
          keywords: ['pledge', 'reciprocity', 'kindred spirit', 'meeting halfway'],
          meaning:
            'Two people see each other clearly and like what they see. Respect runs both ways, and a promise, a truce or a partnership can be sealed on equal terms.',
          facets: {
            love: 'A mutual attraction or a deepening commitment; both of you are choosing this, and it shows.',
            work: 'A partnership, a trusted colleague or a fair agreement makes the work stronger than either side alone.',
            money: 'Shared finances or a joint deal go well when terms are equal and openly agreed.',
            self: 'Harmony between what you feel and what you do; you are on good terms with yourself.',
          },
        },
        reversed: {
          keywords: ['broken accord', 'one-sided bond', 'rift', 'mismatched needs'],
          meaning:
            'The balance between two people has tipped. One gives more, or trust has cracked, or a quarrel has left a distance that neither has yet crossed. Naming the imbalance is the first repair.',
          facets: {
            love: 'The bond feels uneven or strained; a frank talk about what each of you needs is overdue.',
            work: 'A partnership or alliance is fraying; check whether an agreement still serves both sides.',
            money: 'Joint money or a shared deal is a source of friction; clarify who owes and contributes what.',
            self: 'Part of you wants one thing and part another; the inner split is worth listening to.',
          },
        },
      },
      ru: {
        name: 'Двойка Кубков',
        forms: {
          gender: 'f',
          genitive: 'Двойки Кубков',
          dative: 'Двойке Кубков',
          accusative: 'Двойку Кубков',
          instrumental: 'Двойкой Кубков',
          prepositional: 'Двойке Кубков',
        },
        upright: {
          keywords: ['взаимность', 'союз на равных', 'родственная душа', 'обещание'],
          meaning:
            'Два человека ясно видят друг друга, и им нравится то, что они видят. Уважение взаимно, и можно заключить союз, помириться или дать обещание на равных условиях.',
          facets: {
            love: 'Взаимное притяжение, и отношения становятся серьёзнее: вы оба выбираете друг друга, и это заметно.',
            work: 'Партнёрство, надёжный коллега или честная договорённость: вместе вы добьётесь большего, чем каждый по отдельности.',
            money: 'С общими деньгами и совместной сделкой всё пойдёт хорошо, если условия равны и открыто оговорены.',
            self: 'Чувства и поступки наконец в согласии: вы в ладу с собой и не спорите с собственным сердцем.',
          },
        },
        reversed: {
          keywords: ['разлад', 'перекос в отношениях', 'трещина', 'несовпадение ожиданий'],
          meaning:
            'Равновесие между двумя людьми нарушено. Один отдаёт больше, доверие дало трещину или после ссоры осталось расстояние, которое никто пока не решился преодолеть. Назвать перекос вслух — первый шаг к тому, чтобы его исправить.',
          facets: {
            love: 'Отношения стали неравными или натянутыми; откровенный разговор о том, что нужно каждому, давно назрел.',
            work: 'Партнёрство или союз даёт сбой; проверьте, выгодна ли договорённость обеим сторонам.',
            money: 'Общие деньги или совместная сделка вызывают трения; проясните, кто кому должен и кто сколько вкладывает.',
            self: 'Одна ваша часть хочет одного, другая — другого; к этому внутреннему расколу стоит прислушаться.',
          },
        },
      },
    },
  },
  {
    id: 'cups-03',
    arcana: 'minor',
    suit: 'cups',
    number: 3,
    text: {
      en: {
        name: 'Three of Cups',
        upright: {
          keywords: ['raised glasses', 'good company', 'shared joy', 'belonging'],
          meaning:
            'Friends gather and something is worth toasting. Joy doubles when it is shared, and the people around you are a real source of strength.',
          facets: {
            love: 'Joy with a partner spills into friendship and social life; meeting each other’s circles goes well.',
            work: 'Team spirit is high; a shared success deserves to be marked together, and collaboration pays off.',
            money: 'A good result to celebrate, or money pooled with others for a common aim.',
            self: 'You are lifted by the people you trust; let yourself belong and be glad.',
          },
        },
        reversed: {
          keywords: ['excess', 'third party', 'gossip', 'left out'],
          meaning:
            'The party has gone on too long or turned sour. Overindulgence, talk behind someone’s back or an outsider who unsettles a bond can spoil what was easy. Sometimes it is simply feeling left out of the circle.',
          facets: {
            love: 'A third person, or too much going out, strains the relationship; watch for interference and jealousy.',
            work: 'Office gossip or cliques undermine the team; keep your own conduct clean and stay out of rumour.',
            money: 'Spending on nights out and treats is running ahead of what is sensible.',
            self: 'Company that drains you or a feeling of being excluded; time with fewer, truer people helps.',
          },
        },
      },
      ru: {
        name: 'Тройка Кубков',
        forms: {
          gender: 'f',
          genitive: 'Тройки Кубков',
          dative: 'Тройке Кубков',
          accusative: 'Тройку Кубков',
          instrumental: 'Тройкой Кубков',
          prepositional: 'Тройке Кубков',
        },
        upright: {
          keywords: ['дружеское застолье', 'тёплая компания', 'общее веселье', 'свои люди'],
          meaning:
            'Друзья собираются вместе, и есть за что поднять бокалы. Разделённая радость становится больше, а близкие люди оказываются настоящей опорой.',
          facets: {
            love: 'Радость в паре выходит за её пределы: знакомство с друзьями друг друга проходит легко и весело.',
            work: 'В команде хороший настрой; общий успех стоит отметить вместе, а совместная работа приносит плоды.',
            money: 'Есть повод отпраздновать удачный результат или сложиться с другими ради общей цели.',
            self: 'Вас поддерживают люди, которым вы доверяете; позвольте себе быть среди своих и радоваться.',
          },
        },
        reversed: {
          keywords: ['перебор', 'третий лишний', 'пересуды', 'чувство отчуждения'],
          meaning:
            'Праздник затянулся или испортился. Излишества, разговоры за спиной или посторонний человек, вносящий разлад, омрачают то, что было лёгким. Иногда это просто ощущение, что вас не принимают в свой круг.',
          facets: {
            love: 'Третий человек или слишком частые вечеринки расшатывают отношения; остерегайтесь чужого вмешательства и ревности.',
            work: 'Сплетни и группировки в коллективе подрывают работу; ведите себя безупречно и держитесь в стороне от пересудов.',
            money: 'Траты на развлечения, застолья и угощения опережают то, что вы можете себе позволить.',
            self: 'Компания, после которой нет сил, или чувство, что вас исключили; помогает время с немногими, но близкими людьми.',
          },
        },
      },
    },
  },
  {
    id: 'cups-04',
    arcana: 'minor',
    suit: 'cups',
    number: 4,
    text: {
      en: {
        name: 'Four of Cups',
        upright: {
          keywords: ['boredom', 'turning inward', 'discontent', 'ignored offer'],
          meaning:
            'Nothing on the table seems worth reaching for. Withdrawn and a little sullen, you brood over what you have while a new offer hovers unnoticed at your side.',
          facets: {
            love: 'Dissatisfaction or boredom in the relationship, or a chance at connection you are not seeing.',
            work: 'The job feels stale and motivation is low; an opening is likely being overlooked.',
            money: 'Complacency or gloom keeps you from weighing an offer that deserves a fair look.',
            self: 'A withdrawn, brooding mood; some reflection is healthy, but do not shut out what is new.',
          },
        },
        reversed: {
          keywords: ['waking up', 'reaching out', 'fresh motivation', 'accepting the offer'],
          meaning:
            'The sulk is ending. You lift your head, notice what was offered and find that you want to take part again; an apathy that kept you apart gives way to readiness.',
          facets: {
            love: 'Interest returns; you are ready to respond to someone’s approach or to put energy back into the bond.',
            work: 'Motivation comes back and you are ready to say yes to a project or role you had brushed aside.',
            money: 'You start looking at options you ignored, and a sensible opportunity is worth taking up.',
            self: 'You are coming out of a withdrawn spell and feel like engaging with life again.',
          },
        },
      },
      ru: {
        name: 'Четвёрка Кубков',
        forms: {
          gender: 'f',
          genitive: 'Четвёрки Кубков',
          dative: 'Четвёрке Кубков',
          accusative: 'Четвёрку Кубков',
          instrumental: 'Четвёркой Кубков',
          prepositional: 'Четвёрке Кубков',
        },
        upright: {
          keywords: ['скука', 'уход в себя', 'недовольство', 'упущенное предложение'],
          meaning:
            'Ничто из того, что перед вами, не кажется стоящим. Вы замкнулись и немного хандрите, перебирая то, что уже есть, а новое предложение тем временем остаётся незамеченным.',
          facets: {
            love: 'Неудовлетворённость или скука в отношениях — либо шанс на близость, которого вы не замечаете.',
            work: 'Работа приелась, мотивации мало; скорее всего, вы не видите открывающейся возможности.',
            money: 'Самоуспокоенность или уныние мешают спокойно рассмотреть предложение, которое того заслуживает.',
            self: 'Замкнутое, хмурое настроение; подумать полезно, но не отгораживайтесь от нового.',
          },
        },
        reversed: {
          keywords: ['пробуждение', 'шаг навстречу', 'новый стимул', 'согласие на предложение'],
          meaning:
            'Хандра проходит. Вы поднимаете голову, замечаете то, что вам предлагали, и снова хотите участвовать в жизни; апатия, державшая вас в стороне, сменяется готовностью действовать.',
          facets: {
            love: 'Интерес возвращается: вы готовы ответить на чьё-то внимание или снова вкладываться в отношения.',
            work: 'Появляется мотивация, и вы готовы согласиться на проект или должность, от которых раньше отмахивались.',
            money: 'Вы начинаете присматриваться к вариантам, которые прежде игнорировали, и за разумную возможность стоит взяться.',
            self: 'Вы выходите из полосы замкнутости, и вам снова хочется жить полной жизнью.',
          },
        },
      },
    },
  },
  {
    id: 'cups-05',
    arcana: 'minor',
    suit: 'cups',
    number: 5,
    text: {
      en: {
        name: 'Five of Cups',
        upright: {
          keywords: ['grief', 'spilled hopes', 'mourning', 'dwelling on loss'],
          meaning:
            'Something has been lost, and it hurts. Grief is real and deserves its time, yet all your attention is on what spilled; behind you two cups still stand, unseen for now.',
          facets: {
            love: 'Heartbreak, a breakup or a painful letdown; mourn it honestly, and notice the care that remains.',
            work: 'A setback or failed plan weighs on you; regret is natural, but something salvageable is still there.',
            money: 'A loss or a bad outcome stings; take stock of what is left before deciding anything.',
            self: 'Sadness and regret are heavy now; let yourself grieve, and lean on whatever support you still have.',
          },
        },
        reversed: {
          keywords: ['making peace', 'turning around', 'healing grief', 'finding what remains'],
          meaning:
            'Slowly you turn from the spilled cups to the ones still standing. The loss is not erased, but it no longer fills the whole view, and forgiveness, of others or yourself, becomes possible.',
          facets: {
            love: 'You are coming to terms with a past hurt and can open up again, or mend what was damaged.',
            work: 'After a setback you see what can be rebuilt, and the lessons turn into a plan.',
            money: 'Recovering from a loss: you accept what happened and focus on what can still be saved.',
            self: 'Grief is easing into acceptance; you are ready to look at what is still good in your life.',
          },
        },
      },
      ru: {
        name: 'Пятёрка Кубков',
        forms: {
          gender: 'f',
          genitive: 'Пятёрки Кубков',
          dative: 'Пятёрке Кубков',
          accusative: 'Пятёрку Кубков',
          instrumental: 'Пятёркой Кубков',
          prepositional: 'Пятёрке Кубков',
        },
        upright: {
          keywords: ['горечь утраты', 'разбитые надежды', 'скорбь', 'взгляд назад'],
          meaning:
            'Что-то потеряно, и это больно. Горе настоящее, и ему нужно время, но всё ваше внимание приковано к пролитому; за спиной всё ещё стоят две полные чаши, которых вы пока не видите.',
          facets: {
            love: 'Сердечная боль, расставание или горькое разочарование; дайте себе погоревать и не упускайте из виду тех, кто по-прежнему рядом.',
            work: 'Неудача или сорвавшийся план давят на вас; сожалеть естественно, но кое-что ещё можно спасти.',
            money: 'Потеря или неудачный исход ранят; прежде чем что-то решать, оцените, что у вас осталось.',
            self: 'Печаль и сожаление сейчас тяжелы; горюйте столько, сколько нужно, и опирайтесь на ту поддержку, что у вас есть.',
          },
        },
        reversed: {
          keywords: ['примирение с прошлым', 'поворот к жизни', 'затихающая боль', 'то, что уцелело'],
          meaning:
            'Постепенно вы переводите взгляд с пролитых чаш на те, что уцелели. Утрата не исчезает, но уже не заслоняет собой всё, и становится возможным простить — других или себя.',
          facets: {
            love: 'Вы примиряетесь с прошлой обидой и можете снова открыться или восстановить то, что было повреждено.',
            work: 'После неудачи становится видно, что можно отстроить заново, а выводы превращаются в план.',
            money: 'Восстановление после потери: вы принимаете случившееся и сосредоточиваетесь на том, что ещё можно сохранить.',
            self: 'Горе понемногу сменяется принятием; вы готовы увидеть то хорошее, что у вас по-прежнему есть.',
          },
        },
      },
    },
  },
  {
    id: 'cups-06',
    arcana: 'minor',
    suit: 'cups',
    number: 6,
    text: {
      en: {
        name: 'Six of Cups',
        upright: {
          keywords: ['old home', 'childlike trust', 'gifts from the past', 'simple goodwill'],
          meaning:
            'The past comes back gently: a familiar face, a place from childhood, a small gift given without calculation. Innocence and goodwill are the tone here.',
          facets: {
            love: 'An old flame, a childhood friend or simple, playful tenderness; warmth grows from shared history.',
            work: 'Returning to earlier skills or contacts helps, and kindness among colleagues goes a long way.',
            money: 'Help from family or an old connection, or a modest gift given freely; generosity without strings.',
            self: 'Memories nourish you now; a visit to something familiar restores a sense of who you are.',
          },
        },
        reversed: {
          keywords: ['living in yesterday', 'rose-tinted past', 'outgrowing home', 'moving forward'],
          meaning:
            'Looking back has become a way of not living now. The past seems brighter than it was, and clinging to it keeps you small; the call is to grow up and out.',
          facets: {
            love: 'Comparing a partner with an idealised ex, or hoping for an old romance to return, blocks the present.',
            work: 'Doing things the old way no longer works; it is time to let go of how it used to be.',
            money: 'Relying on family support or old habits of spending holds back your independence.',
            self: 'Nostalgia is keeping you stuck; honour what was, then give the present your attention.',
          },
        },
      },
      ru: {
        name: 'Шестёрка Кубков',
        forms: {
          gender: 'f',
          genitive: 'Шестёрки Кубков',
          dative: 'Шестёрке Кубков',
          accusative: 'Шестёрку Кубков',
          instrumental: 'Шестёркой Кубков',
          prepositional: 'Шестёрке Кубков',
        },
        upright: {
          keywords: ['родной дом', 'детская доверчивость', 'подарки из прошлого', 'бескорыстие'],
          meaning:
            'Прошлое возвращается мягко: знакомое лицо, место из детства, маленький подарок без всякого расчёта. Здесь всё окрашено простодушием и добротой.',
          facets: {
            love: 'Давняя любовь, друг детства или простая, игривая нежность; тепло рождается из общего прошлого.',
            work: 'Помогают прежние навыки и старые знакомства, а доброжелательность в коллективе многого стоит.',
            money: 'Помощь семьи или давнего знакомого, скромный подарок от чистого сердца — щедрость без условий.',
            self: 'Воспоминания сейчас придают сил; встреча с чем-то родным помогает снова почувствовать себя собой.',
          },
        },
        reversed: {
          keywords: ['жизнь вчерашним днём', 'приукрашенное прошлое', 'пора взрослеть', 'шаг вперёд'],
          meaning:
            'Оглядываться назад стало способом не жить сейчас. Прошлое кажется лучше, чем было на самом деле, и, держась за него, вы не даёте себе расти. Пора выходить из детской.',
          facets: {
            love: 'Сравнение партнёра с идеализированным бывшим или надежда вернуть старый роман мешают настоящему.',
            work: 'По-старому уже не получается; пора отпустить то, как было раньше.',
            money: 'Расчёт на помощь родных или старые привычки в тратах мешают вам стать самостоятельнее.',
            self: 'Ностальгия держит вас на месте; отдайте должное прошлому и вернитесь вниманием в сегодняшний день.',
          },
        },
      },
    },
  },
  {
    id: 'cups-07',
    arcana: 'minor',
    suit: 'cups',
    number: 7,
    text: {
      en: {
        name: 'Seven of Cups',
        upright: {
          keywords: ['mirage', 'wishful thinking', 'too many paths', 'temptation', 'scattered focus'],
          meaning:
            'Visions crowd the clouds: riches, love, glory, danger. Some are fantasies, some are traps, and a few might be real. Wishing is easy; choosing is the work.',
          facets: {
            love: 'Fantasy may be outrunning the facts about someone; see the person, not the picture you have painted.',
            work: 'Too many ideas or offers and no decision; pick one real option and test it before dreaming further.',
            money: 'Tempting promises of easy gain deserve suspicion; check what is actually on offer.',
            self: 'Daydreams are a refuge now; enjoy them, but notice when they replace action.',
          },
        },
        reversed: {
          keywords: ['sobering up', 'choosing one path', 'seeing through glamour', 'practical focus'],
          meaning:
            'The haze lifts. Illusions lose their shine and you can tell what is solid from what only glittered. With fewer options left, commitment finally feels possible.',
          facets: {
            love: 'You see someone more clearly now, flaws and all, and can decide with open eyes.',
            work: 'Priorities sharpen; you drop side-ideas and commit to the project that can actually be done.',
            money: 'A reality check on plans or offers helps you avoid a costly illusion.',
            self: 'Clarity returns after a spell of confusion; you know what you want more than what you wish.',
          },
        },
      },
      ru: {
        name: 'Семёрка Кубков',
        forms: {
          gender: 'f',
          genitive: 'Семёрки Кубков',
          dative: 'Семёрке Кубков',
          accusative: 'Семёрку Кубков',
          instrumental: 'Семёркой Кубков',
          prepositional: 'Семёрке Кубков',
        },
        upright: {
          keywords: ['мираж', 'самообман', 'глаза разбегаются', 'соблазны', 'распылённость'],
          meaning:
            'В облаках теснятся видения: богатство, любовь, слава, опасность. Одни из них фантазии, другие ловушки, и лишь немногие могут оказаться настоящими. Мечтать легко, а вот выбирать — это труд.',
          facets: {
            love: 'Фантазии о человеке, возможно, опережают факты; смотрите на него самого, а не на нарисованный образ.',
            work: 'Идей и предложений слишком много, а решения нет; выберите один реальный вариант и проверьте его на деле.',
            money: 'Заманчивые обещания лёгких денег должны настораживать; выясните, что именно вам предлагают.',
            self: 'Мечты сейчас служат убежищем; наслаждайтесь ими, но замечайте, когда они подменяют действия.',
          },
        },
        reversed: {
          keywords: ['отрезвление', 'один путь', 'без прикрас', 'трезвый расчёт'],
          meaning:
            'Туман рассеивается. Иллюзии тускнеют, и становится понятно, что прочно, а что лишь блестело. Вариантов осталось меньше, и наконец можно на чём-то остановиться.',
          facets: {
            love: 'Вы видите человека яснее — со всеми его недостатками — и можете решать с открытыми глазами.',
            work: 'Приоритеты проясняются: вы отбрасываете побочные идеи и берётесь за проект, который реально выполнить.',
            money: 'Трезвый взгляд на планы и предложения помогает не поддаться иллюзии, которая дорого бы обошлась.',
            self: 'После полосы смятения возвращается ясность: вы понимаете, чего хотите, а не просто о чём мечтаете.',
          },
        },
      },
    },
  },
  {
    id: 'cups-08',
    arcana: 'minor',
    suit: 'cups',
    number: 8,
    text: {
      en: {
        name: 'Eight of Cups',
        upright: {
          keywords: ['departure', 'disillusion', 'leaving by night', 'search for more'],
          meaning:
            'You walk away from something you built because it no longer holds you. Nothing has collapsed; it simply stopped meaning enough.',
          facets: {
            love: 'Emotional withdrawal or a decision to leave a relationship that no longer feeds either of you.',
            work: 'Leaving a job or project that has lost its meaning, even though it still looks fine from outside.',
            money: 'Walking away from security for something more meaningful; plan the crossing before you go.',
            self: 'A quiet, lonely search for purpose; you are outgrowing a life that once made sense.',
          },
        },
        reversed: {
          keywords: ['clinging on', 'fear of the unknown', 'aimless wandering', 'second thoughts'],
          meaning:
            'Part of you knows it is time to go, yet fear keeps you where you are. Or you keep leaving, one place after another, without ever finding what you set out to look for. Either way, the real question is what you are seeking.',
          facets: {
            love: 'Staying in a hollow relationship from fear of being alone, or drifting from one partner to the next.',
            work: 'Holding on to a role you have outgrown, or quitting repeatedly without a direction.',
            money: 'Fear of change keeps you in a poor arrangement, or restless moves keep your finances unsettled.',
            self: 'Indecision about leaving wears you down; naming what you really want breaks the loop.',
          },
        },
      },
      ru: {
        name: 'Восьмёрка Кубков',
        forms: {
          gender: 'f',
          genitive: 'Восьмёрки Кубков',
          dative: 'Восьмёрке Кубков',
          accusative: 'Восьмёрку Кубков',
          instrumental: 'Восьмёркой Кубков',
          prepositional: 'Восьмёрке Кубков',
        },
        upright: {
          keywords: ['уход', 'разочарование', 'дорога в ночи', 'поиск большего'],
          meaning:
            'Вы уходите от того, что сами построили, потому что оно больше вас не держит. Ничего не рухнуло — просто это перестало быть для вас достаточно важным.',
          facets: {
            love: 'Эмоциональное отдаление или решение уйти из отношений, которые больше ничего не дают ни одному из вас.',
            work: 'Уход с работы или из проекта, потерявшего смысл, хотя со стороны всё выглядит благополучно.',
            money: 'Отказ от надёжности ради чего-то более значимого; продумайте переход, прежде чем уходить.',
            self: 'Тихий, одинокий поиск смысла: вы перерастаете жизнь, которая когда-то казалась правильной.',
          },
        },
        reversed: {
          keywords: ['цепляние за старое', 'страх неизвестности', 'бесцельные скитания', 'сомнения'],
          meaning:
            'Часть вас знает, что пора уходить, но страх удерживает на месте. Или же вы уходите снова и снова, но так и не находите того, ради чего отправились в путь. В обоих случаях главный вопрос — что именно вы ищете.',
          facets: {
            love: 'Вы остаётесь в опустевших отношениях из страха одиночества или переходите от одного партнёра к другому.',
            work: 'Вы держитесь за должность, из которой выросли, или раз за разом увольняетесь, не зная, куда идёте.',
            money: 'Страх перемен удерживает в невыгодных условиях, или из-за беспокойных метаний финансы никак не устоятся.',
            self: 'Вы никак не решитесь уйти, и это выматывает; назовите то, чего действительно хотите, и замкнутый круг разорвётся.',
          },
        },
      },
    },
  },
  {
    id: 'cups-09',
    arcana: 'minor',
    suit: 'cups',
    number: 9,
    text: {
      en: {
        name: 'Nine of Cups',
        upright: {
          keywords: ['wish granted', 'comfort', 'pleasure', 'quiet pride'],
          meaning:
            'This is the card of the wish that comes true. Comfort, pleasure and a well-earned sense of having enough are yours to enjoy.',
          facets: {
            love: 'A hope in love is answered, or you feel happy and at ease with what you share.',
            work: 'A goal is reached and recognised; savour the result before chasing the next one.',
            money: 'Comfort and a sense of plenty; there is room to enjoy what you have earned.',
            self: 'Contentment and self-satisfaction in the good sense; you like your life as it is right now.',
          },
        },
        reversed: {
          keywords: ['hollow success', 'indulgence', 'complacency', 'wanting more'],
          meaning:
            'The wish came true and still something is missing, or pleasure has slid into excess. Smugness and material comfort can hide an emptiness that another purchase or treat will not fill.',
          facets: {
            love: 'What looked ideal feels flat, or one of you takes the other for granted.',
            work: 'Success without meaning, or resting on past achievements while others move ahead.',
            money: 'Overspending on comfort or status; more will not satisfy what is really lacking.',
            self: 'Pleasure has tipped into excess or vanity; ask what would bring real contentment.',
          },
        },
      },
      ru: {
        name: 'Девятка Кубков',
        forms: {
          gender: 'f',
          genitive: 'Девятки Кубков',
          dative: 'Девятке Кубков',
          accusative: 'Девятку Кубков',
          instrumental: 'Девяткой Кубков',
          prepositional: 'Девятке Кубков',
        },
        upright: {
          keywords: ['сбывшаяся мечта', 'уют', 'удовольствие', 'заслуженная гордость'],
          meaning:
            'Это карта исполненного желания. Уют, удовольствие и заслуженное чувство, что у вас всего достаточно, — всем этим сейчас можно наслаждаться.',
          facets: {
            love: 'Надежда в любви оправдывается, или вам просто хорошо и спокойно вместе.',
            work: 'Цель достигнута и признана; насладитесь результатом, прежде чем браться за следующую.',
            money: 'Достаток и ощущение изобилия; можно позволить себе радоваться заработанному.',
            self: 'Довольство собой в хорошем смысле: вам нравится ваша жизнь такой, какая она сейчас.',
          },
        },
        reversed: {
          keywords: ['пустой успех', 'потакание себе', 'самоуспокоенность', 'вечное «мало»'],
          meaning:
            'Желание сбылось, а чего-то всё равно не хватает, или удовольствие переросло в излишества. За самодовольством и комфортом может скрываться пустота, которую не заполнит ни новая покупка, ни очередное лакомство.',
          facets: {
            love: 'То, что казалось идеальным, оказалось пресным, или один из вас принимает другого как должное.',
            work: 'Успех без смысла или почивание на лаврах, пока другие уходят вперёд.',
            money: 'Лишние траты на комфорт и статус; новые покупки не восполнят того, чего вам по-настоящему не хватает.',
            self: 'Удовольствие перешло в излишество или тщеславие; спросите себя, что принесло бы настоящую радость.',
          },
        },
      },
    },
  },
  {
    id: 'cups-10',
    arcana: 'minor',
    suit: 'cups',
    number: 10,
    text: {
      en: {
        name: 'Ten of Cups',
        upright: {
          keywords: ['home at peace', 'kinship', 'lasting joy', 'rainbow after rain'],
          meaning:
            'A household or circle of people lives in real harmony. Love is shared, the storms have passed, and there is a sense of belonging that lasts beyond a single good day. It is emotional fulfilment in its fullest form.',
          facets: {
            love: 'A loving, stable partnership with a shared vision of home and family life.',
            work: 'A workplace that feels like a community, or work in service of the people you love.',
            money: 'Security for the household; money supports a home life that feels whole.',
            self: 'A deep sense of belonging and peace with the people and life around you.',
          },
        },
        reversed: {
          keywords: ['strained household', 'broken picture', 'estrangement', 'keeping up appearances'],
          meaning:
            'The family picture has cracks. Quarrels, distance between relatives or a gap between the ideal and the reality leave home feeling less safe than it should.',
          facets: {
            love: 'Different ideas of a shared future, or a happy face that hides tension between you.',
            work: 'A team that looks united but is divided underneath; loyalty is tested.',
            money: 'Money causes friction at home, or household security feels shaky.',
            self: 'Feeling out of place among your own people; a real conversation matters more than a perfect image.',
          },
        },
      },
      ru: {
        name: 'Десятка Кубков',
        forms: {
          gender: 'f',
          genitive: 'Десятки Кубков',
          dative: 'Десятке Кубков',
          accusative: 'Десятку Кубков',
          instrumental: 'Десяткой Кубков',
          prepositional: 'Десятке Кубков',
        },
        upright: {
          keywords: ['мир в доме', 'родство душ', 'долгое счастье', 'радуга после дождя'],
          meaning:
            'Семья или близкий круг живёт в настоящем согласии. Любовь взаимна, бури позади, и чувство, что вы среди своих, не проходит вместе с одним удачным днём. Это душевная полнота в самом широком смысле.',
          facets: {
            love: 'Любящий, устойчивый союз и общее представление о доме и семейной жизни.',
            work: 'Коллектив, похожий на сплочённое сообщество, или работа ради тех, кого вы любите.',
            money: 'Надёжность для всей семьи: деньги поддерживают домашнюю жизнь, в которой всего хватает.',
            self: 'Глубокое чувство, что вы на своём месте, и мир с людьми вокруг и с собственной жизнью.',
          },
        },
        reversed: {
          keywords: ['разлад в семье', 'треснувшая картинка', 'отчуждение близких', 'видимость благополучия'],
          meaning:
            'На семейной картине появились трещины. Ссоры, холодность между родными или разрыв между идеалом и действительностью лишают дом того чувства безопасности, которое он должен давать.',
          facets: {
            love: 'Разные представления об общем будущем или счастливый фасад, за которым прячется напряжение.',
            work: 'Коллектив выглядит единым, но внутри расколот; верность подвергается испытанию.',
            money: 'Деньги становятся причиной ссор дома, или благополучие семьи кажется шатким.',
            self: 'Среди своих вам неуютно, будто вы не на месте; честный разговор важнее безупречной картинки.',
          },
        },
      },
    },
  },
  {
    id: 'cups-11',
    arcana: 'minor',
    suit: 'cups',
    number: 11,
    text: {
      en: {
        name: 'Page of Cups',
        upright: {
          keywords: ['tender message', 'dreamy imagination', 'openness to feeling', 'first crush'],
          meaning:
            'Something small and surprising stirs the heart: a note, an idea, a fish leaping from the cup. The mood is youthful and open, willing to feel first and understand later. Treat such hunches kindly; they often carry a true message.',
          facets: {
            love: 'A sweet approach, a shy declaration or news that warms the heart; respond with the same openness.',
            work: 'A creative idea or a gentle newcomer brings fresh life to a project; give imagination a try.',
            money: 'An unexpected small offer or an idea that could pay if you treat it seriously.',
            self: 'Your intuition and inner child are speaking; listen with curiosity rather than judgment.',
          },
        },
        reversed: {
          keywords: ['sulking', 'fragile feelings', 'unfinished dreams', 'naivety'],
          meaning:
            'Feelings run young and raw: easily hurt, quick to sulk, slow to say what is wrong. Ideas stay in the sketchbook. A naive hope can also set you up for disappointment.',
          facets: {
            love: 'Immature behaviour, mixed signals or a crush that lives more in fantasy than in fact.',
            work: 'A creative block or an idea not taken seriously; criticism stings more than it should.',
            money: 'Naive trust in an offer or impulsive spending on a whim; slow down before paying.',
            self: 'Oversensitivity or escapism; be patient with yourself and express what you feel in simple words.',
          },
        },
      },
      ru: {
        name: 'Паж Кубков',
        forms: {
          gender: 'm',
          genitive: 'Пажа Кубков',
          dative: 'Пажу Кубков',
          accusative: 'Пажа Кубков',
          instrumental: 'Пажом Кубков',
          prepositional: 'Паже Кубков',
        },
        upright: {
          keywords: ['нежная весточка', 'мечтательность', 'открытость чувствам', 'первая влюблённость'],
          meaning:
            'Что-то маленькое и неожиданное трогает сердце: записка, идея, рыбка, выглянувшая из чаши. Настроение юное и открытое — сначала почувствовать, а понять потом. Отнеситесь к таким предчувствиям бережно: в них часто есть правда.',
          facets: {
            love: 'Трогательный знак внимания, робкое признание или весть, от которой теплеет на душе; ответьте так же открыто.',
            work: 'Творческая идея или деликатный новичок оживляют проект; дайте воображению шанс.',
            money: 'Неожиданное небольшое предложение или идея, которая может принести доход, если отнестись к ней всерьёз.',
            self: 'С вами говорят интуиция и внутренний ребёнок; слушайте их с интересом, а не с осуждением.',
          },
        },
        reversed: {
          keywords: ['обидчивость', 'ранимость', 'несбывшиеся замыслы', 'наивность'],
          meaning:
            'Чувства сейчас по-детски ранимы: легко обидеться, надуться и не объяснить, что не так. Замыслы остаются в черновиках. Наивная надежда к тому же может обернуться разочарованием.',
          facets: {
            love: 'Незрелое поведение, противоречивые сигналы или влюблённость, которая живёт больше в фантазиях, чем наяву.',
            work: 'Творческий застой или идея, которую никто не воспринимает всерьёз; критика ранит сильнее, чем стоило бы.',
            money: 'Наивное доверие к предложению или спонтанные траты по прихоти; не торопитесь расставаться с деньгами.',
            self: 'Повышенная ранимость или бегство в мечты; будьте к себе терпеливы и называйте свои чувства простыми словами.',
          },
        },
      },
    },
  },
  {
    id: 'cups-12',
    arcana: 'minor',
    suit: 'cups',
    number: 12,
    text: {
      en: {
        name: 'Knight of Cups',
        upright: {
          keywords: ['romantic approach', 'invitation', 'gallantry', 'heart-led action'],
          meaning:
            'Someone rides in slowly, cup held out: an offer, a proposal, an invitation made with feeling. This is action led by the heart, graceful and sincere, more poet than warrior.',
          facets: {
            love: 'A romantic proposal or a charming suitor; sincere feelings are being offered.',
            work: 'An offer arrives, or a creative, diplomatic approach wins people over.',
            money: 'An attractive offer is on the way; enjoy it, and read the terms as carefully as the compliments.',
            self: 'Following your ideals and your imagination feels right; let your heart set the direction for a while.',
          },
        },
        reversed: {
          keywords: ['fickle charm', 'jealousy', 'broken promises', 'moodiness'],
          meaning:
            'The charm has no follow-through. Sweet words and grand gestures come and go with the mood, promises are forgotten, and a sulk or jealousy appears when reality falls short of the dream.',
          facets: {
            love: 'A partner or suitor who promises much and delivers little, or jealousy and moodiness between you.',
            work: 'Plans that sound inspiring but lack follow-through; check who will actually do the work.',
            money: 'Unrealistic schemes or persuasive talk about money; trust deeds, not words.',
            self: 'Swinging between moods and chasing fantasies; ground your ideals in one real step.',
          },
        },
      },
      ru: {
        name: 'Рыцарь Кубков',
        forms: {
          gender: 'm',
          genitive: 'Рыцаря Кубков',
          dative: 'Рыцарю Кубков',
          accusative: 'Рыцаря Кубков',
          instrumental: 'Рыцарем Кубков',
          prepositional: 'Рыцаре Кубков',
        },
        upright: {
          keywords: ['романтический жест', 'приглашение', 'галантность', 'поступки по велению сердца'],
          meaning:
            'Кто-то неспешно приближается, протягивая чашу: предложение, признание, приглашение от души. Здесь действуют по велению сердца, изящно и искренне — скорее как поэт, чем как воин.',
          facets: {
            love: 'Романтическое предложение или обаятельный поклонник; вам предлагают искренние чувства.',
            work: 'Приходит предложение, или творческий и дипломатичный подход располагает к вам людей.',
            money: 'Намечается привлекательное предложение; радуйтесь ему, но условия читайте так же внимательно, как комплименты.',
            self: 'Сейчас правильно следовать своим идеалам и воображению; позвольте сердцу на время выбрать направление.',
          },
        },
        reversed: {
          keywords: ['непостоянство', 'ревность', 'невыполненные обещания', 'капризы настроения'],
          meaning:
            'За обаянием не следует дел. Красивые слова и широкие жесты приходят и уходят вместе с настроением, обещания забываются, а когда жизнь не дотягивает до мечты, появляются обида или ревность.',
          facets: {
            love: 'Партнёр или поклонник много обещает и мало делает, или между вами вспыхивают ревность и капризы.',
            work: 'Планы звучат вдохновляюще, но до дела не доходят; уточните, кто именно будет работать.',
            money: 'Нереалистичные схемы или убедительные речи о деньгах; верьте поступкам, а не словам.',
            self: 'Вас бросает из одного настроения в другое, а фантазии уводят в сторону; подкрепите идеалы одним реальным шагом.',
          },
        },
      },
    },
  },
  {
    id: 'cups-13',
    arcana: 'minor',
    suit: 'cups',
    number: 13,
    text: {
      en: {
        name: 'Queen of Cups',
        upright: {
          keywords: ['deep empathy', 'inner knowing', 'gentle strength', 'caring presence'],
          meaning:
            'She feels what others feel and is not swept away by it. Her care is steady, her intuition reliable, and people open up in her presence because she listens without judging.',
          facets: {
            love: 'A tender, devoted partner, or your own ability to offer care while staying true to your feelings.',
            work: 'Work that calls for empathy, counselling or creative sensitivity; a supportive colleague or mentor.',
            money: 'Decisions guided by values and intuition as well as numbers; generosity that does not deplete you.',
            self: 'Trust your emotional intelligence; you are calmer and wiser inside than you may think.',
          },
        },
        reversed: {
          keywords: ['martyrdom', 'lost in others', 'emotional flooding', 'clinging'],
          meaning:
            'Caring has turned into self-erasure. Other people’s moods flood in, boundaries dissolve, and giving becomes a way to be needed. Insecurity may also show up as neediness or jealousy.',
          facets: {
            love: 'Over-giving, dependence or jealousy in the relationship; your needs matter as much as your partner’s.',
            work: 'Taking on everyone’s problems leaves you drained; say no to what is not yours to carry.',
            money: 'Lending or spending out of guilt or a wish to please; set a limit and keep it.',
            self: 'Emotional overwhelm and blurred boundaries; come back to your own feelings before tending others.',
          },
        },
      },
      ru: {
        name: 'Королева Кубков',
        forms: {
          gender: 'f',
          genitive: 'Королевы Кубков',
          dative: 'Королеве Кубков',
          accusative: 'Королеву Кубков',
          instrumental: 'Королевой Кубков',
          prepositional: 'Королеве Кубков',
        },
        upright: {
          keywords: ['глубокая эмпатия', 'внутреннее знание', 'мягкая сила', 'бережное участие'],
          meaning:
            'Она чувствует то же, что и другие, но не теряет себя в чужих переживаниях. Её забота постоянна, интуиция надёжна, и рядом с ней люди раскрываются, потому что она слушает, не осуждая.',
          facets: {
            love: 'Нежный, преданный партнёр — или ваше умение заботиться, не изменяя своим чувствам.',
            work: 'Работа, где нужны эмпатия, умение поддержать или творческая чуткость; отзывчивый коллега или наставник.',
            money: 'Решения, в которых учитываются не только цифры, но и ценности с интуицией; щедрость, которая вас не опустошает.',
            self: 'Доверяйте своему эмоциональному чутью: внутри вы спокойнее и мудрее, чем вам кажется.',
          },
        },
        reversed: {
          keywords: ['самопожертвование', 'растворение в других', 'захлёстывающие эмоции', 'цепкая привязанность'],
          meaning:
            'Забота превратилась в отказ от себя. Чужие настроения захлёстывают, границы размываются, а желание отдавать становится способом добиться, чтобы в вас нуждались. Неуверенность может выливаться и в ревность, и в жажду постоянного внимания.',
          facets: {
            love: 'Жертвенность, зависимость или ревность в отношениях; ваши потребности важны не меньше, чем потребности партнёра.',
            work: 'Вы берёте на себя чужие проблемы и выдыхаетесь; откажитесь от того, что не вам нести.',
            money: 'Вы даёте в долг или тратите из чувства вины и желания угодить; назначьте себе лимит и не выходите за него.',
            self: 'Эмоциональная перегрузка и размытые границы; прежде чем заботиться о других, вернитесь к собственным чувствам.',
          },
        },
      },
    },
  },
  {
    id: 'cups-14',
    arcana: 'minor',
    suit: 'cups',
    number: 14,
    text: {
      en: {
        name: 'King of Cups',
        upright: {
          keywords: ['steady heart', 'tact', 'wise counsel', 'calm under pressure'],
          meaning:
            'Waves rise around his throne and he stays afloat. Feeling and judgment work together: he is kind without being soft and calm without being cold. People trust him because his moods do not rule him.',
          facets: {
            love: 'A mature, emotionally steady partner; conflicts are met with patience instead of drama.',
            work: 'A fair, diplomatic leader or your own ability to keep a cool head and a warm tone under pressure.',
            money: 'Calm, measured handling of money; emotions are acknowledged but do not drive the decisions.',
            self: 'Emotional maturity: you can feel deeply and still choose your response.',
          },
        },
        reversed: {
          keywords: ['emotional coldness', 'volatile temper', 'control through feelings', 'bottled-up anger'],
          meaning:
            'Under the calm surface something is off. Feelings are either locked away until they burst, or used to steer others through guilt and charm. The result is distance, outbursts or quiet manipulation.',
          facets: {
            love: 'A partner who shuts down or plays on emotions; coldness and sudden outbursts erode trust.',
            work: 'A boss or colleague whose moods set the climate, or your own frustration leaking into decisions.',
            money: 'Emotional decisions about money, or someone using persuasion and guilt to influence your choices.',
            self: 'Suppressed feelings are building pressure; find a safe way to let them out before they spill over.',
          },
        },
      },
      ru: {
        name: 'Король Кубков',
        forms: {
          gender: 'm',
          genitive: 'Короля Кубков',
          dative: 'Королю Кубков',
          accusative: 'Короля Кубков',
          instrumental: 'Королём Кубков',
          prepositional: 'Короле Кубков',
        },
        upright: {
          keywords: ['спокойное сердце', 'такт', 'мудрый совет', 'выдержка'],
          meaning:
            'Вокруг его трона вздымаются волны, а он остаётся на плаву. Чувства и разум действуют заодно: он добр, но не мягкотел, спокоен, но не холоден. Ему доверяют, потому что настроение им не управляет.',
          facets: {
            love: 'Зрелый, эмоционально устойчивый партнёр; конфликты решаются терпением, а не сценами.',
            work: 'Справедливый, дипломатичный руководитель или ваше умение сохранять холодную голову и тёплый тон под давлением.',
            money: 'Спокойное, взвешенное обращение с деньгами: эмоции вы замечаете, но решений они не диктуют.',
            self: 'Эмоциональная зрелость: вы способны глубоко чувствовать и при этом сами выбирать, как ответить.',
          },
        },
        reversed: {
          keywords: ['душевный холод', 'вспыльчивость', 'игра на чувствах', 'затаённый гнев'],
          meaning:
            'Под спокойной поверхностью что-то неладно. Чувства либо заперты, пока не прорвутся, либо становятся орудием, чтобы управлять другими через вину и обаяние. Итог — отчуждение, вспышки или тихая манипуляция.',
          facets: {
            love: 'Партнёр замыкается или играет на чувствах; холодность и внезапные вспышки подтачивают доверие.',
            work: 'Начальник или коллега, чьё настроение определяет атмосферу, или ваше раздражение, которое просачивается в решения.',
            money: 'Решения о деньгах под влиянием эмоций или человек, который давит на вас уговорами и чувством вины.',
            self: 'Подавленные чувства копят напряжение; найдите безопасный способ их выразить, пока они не выплеснулись.',
          },
        },
      },
    },
  },
];
