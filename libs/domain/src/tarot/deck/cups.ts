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
            work: 'Дело, которое трогает вас по-настоящему, или творческая искра в проекте просит места, чтобы вырасти.',
            money: 'Деньги здесь идут за тем, что вам дорого: щедрый поступок или начинание от души важнее суммы.',
            self: 'Способность чувствовать оживает; дайте нежности, которую вы в себе замечаете, найти выход.',
          },
        },
        reversed: {
          keywords: ['опустевшая чаша', 'нерастраченная нежность', 'онемение чувств', 'закрытое сердце'],
          meaning:
            'Чувство есть, но оно не течёт. Обида, осторожность или усталость запечатали чашу, и то, чем можно было бы поделиться, остаётся внутри или незаметно уходит.',
          facets: {
            love: 'Нежность сдерживается — вами или партнёром; закрытое сердце не может принять то, что ему предлагают.',
            work: 'Работа перестала задевать за живое, и выполнение обязанностей на автомате всё сильнее выматывает.',
            money: 'Сейчас легко тратить, чтобы заполнить внутреннюю пустоту; замечайте, когда покупка заменяет утешение.',
            self: 'Вам может казаться, что вы отрезаны от себя; маленькие честные проявления заботы о себе снова открывают путь.',
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
            love: 'Взаимное притяжение или более глубокое обязательство: вы оба выбираете друг друга, и это заметно.',
            work: 'Партнёрство, надёжный коллега или честная договорённость делают дело сильнее, чем каждый по отдельности.',
            money: 'Общие деньги или совместная сделка складываются удачно, если условия равны и открыто оговорены.',
            self: 'Чувства и поступки в согласии; вы в ладу с собой.',
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
            'Праздник затянулся или испортился. Излишества, разговоры за спиной или посторонний человек, вносящий разлад, омрачают то, что было лёгким. Иногда это просто ощущение, что вас не позвали в круг.',
          facets: {
            love: 'Третий человек или слишком частые вечеринки расшатывают отношения; следите за вмешательством и ревностью.',
            work: 'Сплетни и группировки в коллективе подрывают работу; ведите себя безупречно и не участвуйте в слухах.',
            money: 'Траты на развлечения и угощения опережают разумные пределы.',
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
            self: 'Вы выходите из полосы замкнутости, и вам снова хочется жить активно.',
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
            love: 'Сердечная боль, расставание или горькое разочарование; честно проживите его и заметьте заботу, которая осталась.',
            work: 'Неудача или сорвавшийся план давят на вас; сожалеть естественно, но кое-что ещё можно спасти.',
            money: 'Потеря или неудачный исход ранят; прежде чем что-то решать, оцените, что у вас осталось.',
            self: 'Печаль и сожаление сейчас тяжелы; позвольте себе горевать и опирайтесь на ту поддержку, что у вас есть.',
          },
        },
        reversed: {
          keywords: ['примирение с прошлым', 'поворот к жизни', 'затихающая боль', 'то, что уцелело'],
          meaning:
            'Постепенно вы отворачиваетесь от пролитых чаш к тем, что уцелели. Утрата не исчезает, но уже не заслоняет собой всё, и становится возможным простить — других или себя.',
          facets: {
            love: 'Вы примиряетесь с прошлой обидой и можете снова открыться или восстановить то, что было повреждено.',
            work: 'После неудачи становится видно, что можно отстроить заново, а выводы превращаются в план.',
            money: 'Восстановление после потери: вы принимаете случившееся и сосредоточиваетесь на том, что ещё можно сохранить.',
            self: 'Горе понемногу сменяется принятием; вы готовы увидеть то хорошее, что есть в вашей жизни.',
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
          keywords: ['nostalgia', 'childhood memories', 'innocence', 'kindness'],
          meaning:
            'Sweet memories and simple kindness warm your heart. Reconnect with old friends or a childhood joy, and share a generous gesture.',
        },
        reversed: {
          keywords: ['stuck in nostalgia', 'idealizing', 'letting go', 'looking ahead'],
          meaning:
            'You may be holding on to the past or seeing it through rose-tinted glasses. Honor your memories, then turn your attention to the present.',
        },
      },
      ru: {
        name: 'Шестёрка Кубков',
        upright: {
          keywords: ['ностальгия', 'детские воспоминания', 'невинность', 'доброта'],
          meaning:
            'Тёплые воспоминания и простая доброта согревают ваше сердце. Свяжитесь со старыми друзьями, вспомните детскую радость и сделайте щедрый жест.',
        },
        reversed: {
          keywords: ['жизнь прошлым', 'идеализация', 'отпускание', 'взгляд вперёд'],
          meaning:
            'Возможно, вы держитесь за прошлое или смотрите на него сквозь розовые очки. Поблагодарите свои воспоминания и обратите внимание на настоящее.',
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
          keywords: ['choices', 'illusion', 'daydreaming', 'many options'],
          meaning:
            'Many tempting options are in front of you, and not all are what they seem. Dream freely, then look closely and choose what is real and achievable.',
        },
        reversed: {
          keywords: ['clarity', 'decisiveness', 'alignment', 'focus'],
          meaning:
            'The fog of options is clearing. You are ready to set aside fantasies, pick what truly matters and commit to a realistic path.',
        },
      },
      ru: {
        name: 'Семёрка Кубков',
        upright: {
          keywords: ['выбор', 'иллюзии', 'мечтательность', 'множество вариантов'],
          meaning:
            'Перед вами много заманчивых вариантов, и не все они таковы, какими кажутся. Мечтайте свободно, а затем присмотритесь и выберите реальное и достижимое.',
        },
        reversed: {
          keywords: ['ясность', 'решительность', 'согласие с собой', 'фокус'],
          meaning:
            'Туман из вариантов рассеивается. Вы готовы оставить фантазии, выбрать по-настоящему важное и пойти реалистичным путём.',
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
          keywords: ['walking away', 'seeking meaning', 'moving on', 'withdrawal'],
          meaning:
            'Something no longer fulfills you, and you feel called to search for deeper meaning. It takes courage to walk away, and it may be the right move.',
        },
        reversed: {
          keywords: ['fear of leaving', 'staying too long', 'aimless drifting', 'hesitation'],
          meaning:
            'You may sense it is time to move on but feel unsure or afraid. Ask what you truly seek, so you neither stay out of habit nor wander without aim.',
        },
      },
      ru: {
        name: 'Восьмёрка Кубков',
        upright: {
          keywords: ['уход', 'поиск смысла', 'движение дальше', 'отстранение'],
          meaning:
            'Что-то перестало вас наполнять, и вас тянет к более глубокому смыслу. Чтобы уйти, нужна смелость, и, возможно, это верный шаг.',
        },
        reversed: {
          keywords: ['страх ухода', 'привычка оставаться', 'блуждание', 'колебания'],
          meaning:
            'Возможно, вы чувствуете, что пора двигаться дальше, но вам страшно. Спросите себя, что вы ищете, чтобы не оставаться по привычке и не блуждать без цели.',
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
          keywords: ['contentment', 'wish fulfilled', 'satisfaction', 'gratitude'],
          meaning:
            'A wish may be coming true, and you have good reason to feel satisfied. Enjoy the pleasure of this moment and let gratitude deepen it.',
        },
        reversed: {
          keywords: ['unmet expectations', 'smugness', 'inner happiness', 'dissatisfaction'],
          meaning:
            'What you wished for may not feel as fulfilling as you expected. Look inward to discover what would truly make you content.',
        },
      },
      ru: {
        name: 'Девятка Кубков',
        upright: {
          keywords: ['удовлетворение', 'исполнение желаний', 'довольство', 'благодарность'],
          meaning:
            'Желание может вот-вот сбыться, и у вас есть все поводы для радости. Насладитесь этим моментом, и пусть благодарность сделает его ещё глубже.',
        },
        reversed: {
          keywords: ['несбывшиеся ожидания', 'самодовольство', 'внутреннее счастье', 'неудовлетворённость'],
          meaning:
            'Возможно, желаемое радует не так, как вы ожидали. Загляните внутрь себя и поймите, что действительно принесёт вам удовлетворение.',
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
          keywords: ['harmony', 'family', 'emotional fulfillment', 'lasting happiness'],
          meaning:
            'Love and harmony fill your home and relationships. Appreciate the people who make you feel you belong, and nurture this shared happiness.',
        },
        reversed: {
          keywords: ['family tension', 'disconnection', 'unrealistic ideals', 'clashing values'],
          meaning:
            'Home life may feel strained or not match the picture you hoped for. Let go of perfect ideals and focus on honest, caring conversations.',
        },
      },
      ru: {
        name: 'Десятка Кубков',
        upright: {
          keywords: ['гармония', 'семья', 'душевная полнота', 'прочное счастье'],
          meaning:
            'Любовь и гармония наполняют ваш дом и отношения. Цените людей, рядом с которыми вы чувствуете себя на своём месте, и берегите это общее счастье.',
        },
        reversed: {
          keywords: ['семейное напряжение', 'отчуждение', 'нереальные идеалы', 'разные ценности'],
          meaning:
            'Домашняя жизнь может казаться напряжённой или не совпадать с картинкой, о которой вы мечтали. Отпустите идеал и выбирайте честные, заботливые разговоры.',
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
          keywords: ['creative opportunity', 'intuition', 'curiosity', 'sensitivity'],
          meaning:
            'A gentle, playful message from your heart wants your attention. Stay curious about your feelings and welcome a creative or tender surprise.',
        },
        reversed: {
          keywords: ['emotional immaturity', 'creative block', 'escapism', 'insecurity'],
          meaning:
            'Your feelings may swing quickly or your creativity may feel stuck. Allow yourself to feel without judgment, and try expressing it through a small creative act.',
        },
      },
      ru: {
        name: 'Паж Кубков',
        upright: {
          keywords: ['творческая возможность', 'интуиция', 'любопытство', 'чуткость'],
          meaning:
            'Нежное, игривое послание вашего сердца просит внимания. Прислушайтесь к своим чувствам с интересом и впустите творческий или трогательный сюрприз.',
        },
        reversed: {
          keywords: ['эмоциональная незрелость', 'творческий блок', 'бегство от реальности', 'неуверенность'],
          meaning:
            'Ваши чувства могут быстро меняться, а творчество — буксовать. Позвольте себе чувствовать без осуждения и выразите это в небольшом творческом деле.',
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
          keywords: ['romance', 'charm', 'following the heart', 'idealism'],
          meaning:
            'Follow your heart with grace and charm. A romantic gesture, a creative offer or an invitation may arrive, so let yourself be moved.',
        },
        reversed: {
          keywords: ['moodiness', 'unrealistic ideals', 'empty promises', 'escapism'],
          meaning:
            'You may be chasing a fantasy or getting swept away by moods. Keep your ideals, but check whether actions match the sweet words.',
        },
      },
      ru: {
        name: 'Рыцарь Кубков',
        upright: {
          keywords: ['романтика', 'обаяние', 'зов сердца', 'идеализм'],
          meaning:
            'Следуйте зову сердца с изяществом и обаянием. Возможно, придёт романтический жест, творческое предложение или приглашение — позвольте себе откликнуться.',
        },
        reversed: {
          keywords: ['перепады настроения', 'нереальные идеалы', 'пустые обещания', 'бегство от реальности'],
          meaning:
            'Возможно, вы гонитесь за мечтой или поддаётесь перепадам настроения. Сохраняйте идеалы, но проверяйте, совпадают ли поступки с красивыми словами.',
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
          keywords: ['compassion', 'emotional security', 'intuition', 'calm'],
          meaning:
            'Your empathy and intuition are strong. Offer care to others while staying grounded in your own feelings, and trust the quiet wisdom of your heart.',
        },
        reversed: {
          keywords: ['over-giving', 'emotional overwhelm', 'inner feelings', 'codependency'],
          meaning:
            'You may be absorbing other people’s emotions and losing track of your own. Set gentle boundaries and give yourself the compassion you offer others.',
        },
      },
      ru: {
        name: 'Королева Кубков',
        upright: {
          keywords: ['сострадание', 'эмоциональная устойчивость', 'интуиция', 'спокойствие'],
          meaning:
            'Ваши эмпатия и интуиция сильны. Заботьтесь о других, сохраняя опору в собственных чувствах, и доверяйте тихой мудрости сердца.',
        },
        reversed: {
          keywords: ['жертвенность', 'эмоциональная перегрузка', 'внутренние переживания', 'созависимость'],
          meaning:
            'Возможно, вы впитываете чужие эмоции и теряете связь со своими. Установите мягкие границы и дарите себе то же сострадание, что и другим.',
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
          keywords: ['emotional balance', 'diplomacy', 'composure', 'generosity'],
          meaning:
            'Stay calm and kind even when emotions run high. Your balanced heart and steady presence help you guide others through difficult waters.',
        },
        reversed: {
          keywords: ['suppressed feelings', 'moodiness', 'manipulation', 'coldness'],
          meaning:
            'You may be hiding your feelings behind control or letting them spill over. Acknowledge what you feel honestly, then respond rather than react.',
        },
      },
      ru: {
        name: 'Король Кубков',
        upright: {
          keywords: ['эмоциональное равновесие', 'дипломатия', 'самообладание', 'щедрость'],
          meaning:
            'Сохраняйте спокойствие и доброту, даже когда эмоции бурлят. Ваше уравновешенное сердце и надёжное присутствие помогают провести других через бурные воды.',
        },
        reversed: {
          keywords: ['подавленные чувства', 'переменчивость', 'манипуляции', 'холодность'],
          meaning:
            'Возможно, вы прячете чувства за контролем или позволяете им выплёскиваться. Честно признайте, что чувствуете, и отвечайте обдуманно, а не сгоряча.',
        },
      },
    },
  },
];
