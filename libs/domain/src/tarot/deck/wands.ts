import type { TarotCard } from '../card';

export const WANDS: TarotCard[] = [
  {
    id: 'wands-01',
    arcana: 'minor',
    suit: 'wands',
    number: 1,
    text: {
      en: {
        name: 'Ace of Wands',
        upright: {
          keywords: ['a lit fuse', 'creative urge', 'eager beginning', 'raw drive'],
          meaning:
            'A new impulse arrives with heat behind it: an idea, a project or a desire that wants to be acted on. The energy is raw and unshaped, so its worth lies in the first real step you take while it still burns.',
          facets: {
            love: 'A surge of attraction or a new beginning between two people; desire is strong and asks to be shown rather than hinted at.',
            work: 'A new project, role or idea with real promise; pitch it, start it, and let early momentum carry the first stage.',
            money: 'A fresh opening to earn, often through your own initiative; the first move matters more than a perfect plan.',
            self: 'Your vitality and appetite for life are rising; a new interest or creative pursuit can give that energy somewhere to go.',
          },
        },
        reversed: {
          keywords: ['a damp spark', 'stalled start', 'scattered drive', 'fading interest'],
          meaning:
            'The urge is there, but it will not catch. Plans stall before they begin, or the enthusiasm burns out in talk. Find out whether the idea needs more fuel, a clearer aim, or an honest admission that it no longer excites you.',
          facets: {
            love: 'Interest flares and then fades, or one of you holds back; the spark is unsure, and pushing it will not make it catch.',
            work: 'A launch is delayed or a project never quite leaves the ground; check whether it lacks resources, focus or genuine belief.',
            money: 'An income idea stalls before it pays, and counting on money that has not arrived yet is the main risk here.',
            self: 'Motivation feels damp and restless at once; small acts that rekindle curiosity help more than forcing yourself forward.',
          },
        },
      },
      ru: {
        name: 'Туз Жезлов',
        forms: {
          gender: 'm',
          genitive: 'Туза Жезлов',
          dative: 'Тузу Жезлов',
          accusative: 'Туза Жезлов',
          instrumental: 'Тузом Жезлов',
          prepositional: 'Тузе Жезлов',
        },
        upright: {
          keywords: ['первый огонь', 'порыв', 'свежий замысел', 'жажда действовать'],
          meaning:
            'Приходит новый импульс, и в нём есть жар: идея, дело или желание, которое просит воплощения. Энергия пока сырая и бесформенная, поэтому всё решает первый настоящий шаг, сделанный, пока огонь не остыл.',
          facets: {
            love: 'Вспыхивает влечение, или между людьми начинается что-то новое; чувство сильное, и его лучше показать, чем прятать за намёками.',
            work: 'Новый проект, должность или идея с настоящим потенциалом; предложите её, начните, и первый этап пройдёт на подъёме.',
            money: 'Появляется новая возможность заработать, чаще всего благодаря вашей инициативе; первый шаг здесь важнее безупречного плана.',
            self: 'Сил и вкуса к жизни становится больше; новое увлечение или творческое занятие даст этой энергии выход.',
          },
        },
        reversed: {
          keywords: ['отсыревшая искра', 'застопорившийся старт', 'разбросанный пыл', 'остывший интерес'],
          meaning:
            'Желание есть, но огонь никак не разгорается. Замыслы буксуют в самом начале или уходят в разговоры. Разберитесь, чего не хватает идее: сил, ясной цели — или она просто перестала вас волновать.',
          facets: {
            love: 'Интерес вспыхивает и гаснет, или кто-то из вас сдерживается; искра неуверенная, и давлением её не разжечь.',
            work: 'Запуск откладывается, или проект никак не сдвинется с места; проверьте, чего ему не хватает: ресурсов, сосредоточенности или веры в него.',
            money: 'Идея заработка буксует, не принося дохода, и главный риск сейчас — рассчитывать на деньги, которых ещё нет.',
            self: 'Сил ни на что нет, и при этом не сидится на месте; небольшие дела, которые будят любопытство, помогут больше, чем попытки себя заставить.',
          },
        },
      },
    },
  },
  {
    id: 'wands-02',
    arcana: 'minor',
    suit: 'wands',
    number: 2,
    text: {
      en: {
        name: 'Two of Wands',
        upright: {
          keywords: ['a wider map', 'weighing a move', 'long-range plans', 'restless ambition'],
          meaning:
            'You hold more than you are using, and you know it. From a secure base you look toward something larger and weigh whether to stay or to go. This is the planning stage: bold thinking, not yet bold action.',
          facets: {
            love: 'You are thinking about where a relationship could go, or whether to look beyond what you have; a talk about shared plans is due.',
            work: 'A career move, relocation or expansion is on the table; research it properly and decide from strength, not from boredom.',
            money: 'A good time to plan for the long term: you have a base to build from, and the question is where to put it to work.',
            self: 'Part of you has outgrown its current setting; naming what you actually want from the next chapter comes before any leap.',
          },
        },
        reversed: {
          keywords: ['clinging to the familiar', 'plans left on paper', 'fear of leaving', 'narrow aims'],
          meaning:
            'Safety has started to cost you. A plan sits unrealised because the known world feels easier, or because nobody has worked out the practical route. Either widen the aim or make it concrete enough to begin.',
          facets: {
            love: 'One of you is holding back from a next step out of fear of change, or you stay in something you have already outgrown.',
            work: 'A move or an offer stays unanswered because the familiar feels safer; the risk is staying long after the job has stopped fitting.',
            money: 'Plans without numbers behind them, or caution that keeps everything still; a rough, realistic budget would break the stalemate.',
            self: 'Restlessness without direction: you sense there is more, but keep postponing the question of what it is.',
          },
        },
      },
      ru: {
        name: 'Двойка Жезлов',
        forms: {
          gender: 'f',
          genitive: 'Двойки Жезлов',
          dative: 'Двойке Жезлов',
          accusative: 'Двойку Жезлов',
          instrumental: 'Двойкой Жезлов',
          prepositional: 'Двойке Жезлов',
        },
        upright: {
          keywords: ['широкий горизонт', 'выбор пути', 'дальние планы', 'честолюбие'],
          meaning:
            'У вас в руках больше, чем вы сейчас используете, и вы это чувствуете. С надёжной опоры вы смотрите на что-то большее и решаете, остаться или двинуться дальше. Это время смелых замыслов, но ещё не смелых поступков.',
          facets: {
            love: 'Вы думаете о том, к чему могут прийти отношения, или о том, не поискать ли чего-то за их пределами; пора поговорить об общих планах.',
            work: 'Вы обдумываете переход на новое место, переезд или расширение дела; изучите вариант как следует и решайтесь, потому что готовы, а не потому, что заскучали.',
            money: 'Хорошее время для долгосрочных планов: опора у вас есть, и вопрос лишь в том, как распорядиться ею дальше.',
            self: 'Какая-то часть вас переросла нынешнюю обстановку; прежде чем прыгать, назовите, чего вы ждёте от следующего этапа.',
          },
        },
        reversed: {
          keywords: ['привязанность к привычному', 'планы на бумаге', 'страх перемен', 'мелкие цели'],
          meaning:
            'Привычная безопасность начала обходиться слишком дорого. План так и не воплощается: знакомый мир кажется проще, или никто не продумал, как идти к цели на практике. Либо расширьте замысел, либо сделайте его настолько конкретным, чтобы можно было начать.',
          facets: {
            love: 'Кто-то из вас не решается на следующий шаг из страха перемен, или вы остаётесь в том, из чего уже выросли.',
            work: 'Предложение или переход остаются без ответа, потому что привычное кажется надёжнее; риск в том, чтобы задержаться там, где давно тесно.',
            money: 'Планы без расчётов или осторожность, при которой всё стоит на месте; простой и честный бюджет поможет сдвинуться с мёртвой точки.',
            self: 'Беспокойство без направления: вы чувствуете, что способны на большее, но всё откладываете вопрос, на что именно.',
          },
        },
      },
    },
  },
  {
    id: 'wands-03',
    arcana: 'minor',
    suit: 'wands',
    number: 3,
    text: {
      en: {
        name: 'Three of Wands',
        upright: {
          keywords: ['ships on the horizon', 'reach beyond home', 'early returns', 'widening scope'],
          meaning:
            'What you set in motion is starting to come back to you, and the view keeps widening. Travel, trade or contact with distant people may play a part. Keep your eyes on the horizon and prepare for growth.',
          facets: {
            love: 'A relationship that widens your world, perhaps across a distance; shared plans for the future begin to look real.',
            work: 'Early results justify the effort; expansion, new markets or work with people far away are favoured.',
            money: 'Earlier efforts start to pay back; growth is steady rather than sudden, and patience with it is rewarded.',
            self: 'You are ready to see further than your usual surroundings; travel or study stretches you in a good way.',
          },
        },
        reversed: {
          keywords: ['returns that lag', 'short sight', 'stranded plans', 'a shrinking view'],
          meaning:
            'The ships are late. What you counted on arrives slowly or smaller than hoped, often because the plan missed a detail.',
          facets: {
            love: 'Distance or mismatched plans test the bond; one of you may be waiting for a future the other is not building.',
            work: 'Delays, lost deals or a launch that underdelivers; look for the oversight before pushing harder.',
            money: 'Expected income arrives late or short, so any plan built on it needs a margin.',
            self: 'Frustration at slow progress narrows your view; remembering how far you have already come restores perspective.',
          },
        },
      },
      ru: {
        name: 'Тройка Жезлов',
        forms: {
          gender: 'f',
          genitive: 'Тройки Жезлов',
          dative: 'Тройке Жезлов',
          accusative: 'Тройку Жезлов',
          instrumental: 'Тройкой Жезлов',
          prepositional: 'Тройке Жезлов',
        },
        upright: {
          keywords: ['корабли на горизонте', 'выход за пределы', 'первые плоды', 'размах'],
          meaning:
            'То, что вы запустили, начинает возвращаться к вам, и горизонт становится всё шире. Здесь могут сыграть роль поездки, торговля или связи с людьми издалека. Смотрите вдаль и готовьтесь к росту.',
          facets: {
            love: 'Отношения, которые расширяют ваш мир, возможно, на расстоянии; общие планы на будущее становятся осязаемыми.',
            work: 'Первые результаты оправдывают усилия; удачное время для расширения, новых рынков и работы с партнёрами издалека.',
            money: 'Прежние усилия начинают окупаться; рост ровный, а не внезапный, и терпение здесь вознаграждается.',
            self: 'Вы готовы заглянуть дальше привычного круга; поездка или учёба пойдут вам на пользу и расширят кругозор.',
          },
        },
        reversed: {
          keywords: ['запоздалая отдача', 'близорукость', 'застрявшие планы', 'сужение кругозора'],
          meaning:
            'Корабли задерживаются. Ожидаемое приходит медленно или скромнее, чем хотелось, и часто потому, что в плане упустили мелочь.',
          facets: {
            love: 'Расстояние или несовпадающие планы испытывают связь на прочность; возможно, один ждёт будущего, которое другой не строит.',
            work: 'Задержки, сорвавшиеся сделки или запуск, не оправдавший ожиданий; прежде чем давить сильнее, найдите, что было упущено.',
            money: 'Ожидаемый доход приходит позже или оказывается меньше, поэтому планам, построенным на нём, нужен запас.',
            self: 'Досада на медленное продвижение сужает взгляд; вспомните, какой путь уже пройден, и вы снова увидите картину целиком.',
          },
        },
      },
    },
  },
  {
    id: 'wands-04',
    arcana: 'minor',
    suit: 'wands',
    number: 4,
    text: {
      en: {
        name: 'Four of Wands',
        upright: {
          keywords: ['a garlanded gate', 'homecoming', 'shared joy', 'firm foundations'],
          meaning:
            'Something has reached a stable, happy point worth marking with others: a homecoming, a gathering, a milestone reached together. There is ease and welcome here, and a real sense of belonging. Enjoy it fully.',
          facets: {
            love: 'A happy, settled stage: moving in, an engagement, meeting each other’s families, or simply feeling at home together.',
            work: 'A completed phase worth celebrating with the team; good relations and a stable footing for the next stage.',
            money: 'A sense of security, often linked to home; an occasion to enjoy what has been achieved without overstretching.',
            self: 'Belonging and ease; you feel at home in your own life and among the people who matter to you.',
          },
        },
        reversed: {
          keywords: ['friction at home', 'a strained welcome', 'a spoiled occasion', 'unsteady ground'],
          meaning:
            'The welcome feels strained. Tension at home or within a group takes the shine off a shared occasion, or a move leaves you unsure where you belong. The foundations still exist; they need attention, not abandonment.',
          facets: {
            love: 'Friction over family, home or shared plans; the bond needs time together that is not spent on logistics.',
            work: 'Team tension or a change of workplace leaves you unsettled; recognition or a celebration may be postponed.',
            money: 'Costs tied to a home, a move or an event weigh on you; a simpler celebration can keep the spirit without the strain.',
            self: 'A feeling of not quite belonging, at home or in a group; small, reliable rituals help you feel grounded again.',
          },
        },
      },
      ru: {
        name: 'Четвёрка Жезлов',
        forms: {
          gender: 'f',
          genitive: 'Четвёрки Жезлов',
          dative: 'Четвёрке Жезлов',
          accusative: 'Четвёрку Жезлов',
          instrumental: 'Четвёркой Жезлов',
          prepositional: 'Четвёрке Жезлов',
        },
        upright: {
          keywords: ['праздничные ворота', 'возвращение домой', 'общая радость', 'прочная основа'],
          meaning:
            'Наступил спокойный и радостный момент, который стоит отметить вместе с другими: возвращение домой, встреча, общий рубеж. Здесь легко, здесь вам рады, здесь вы свои. Насладитесь этим сполна.',
          facets: {
            love: 'Счастливый, устойчивый этап: совместная жизнь, помолвка, знакомство с близкими друг друга или просто чувство, что вместе вам уютно.',
            work: 'Завершённый этап, который стоит отметить с командой; хорошие отношения и прочная опора для следующего шага.',
            money: 'Чувство защищённости, часто связанное с домом; повод порадоваться достигнутому, не выходя за рамки бюджета.',
            self: 'Чувство, что вы среди своих, и покой: вам хорошо там, где вы есть, и с людьми, которые вам дороги.',
          },
        },
        reversed: {
          keywords: ['разлад в доме', 'натянутая атмосфера', 'омрачённый праздник', 'шаткая опора'],
          meaning:
            'Атмосфера натянутая. Напряжение дома или в компании омрачает общее событие, или после переезда непонятно, где ваше место. Основа никуда не делась: её нужно поддержать, а не бросать.',
          facets: {
            love: 'Трения из-за семьи, дома или общих планов; паре нужно время вдвоём, не занятое бытовыми вопросами.',
            work: 'Напряжение в коллективе или смена места работы выбивают из колеи; признание или праздник могут отложиться.',
            money: 'Расходы на дом, переезд или торжество давят на вас; скромный праздник сохранит радость без лишней нагрузки.',
            self: 'Ощущение, что вы не совсем на своём месте, дома или в компании; простые привычные ритуалы помогут снова почувствовать опору.',
          },
        },
      },
    },
  },
  {
    id: 'wands-05',
    arcana: 'minor',
    suit: 'wands',
    number: 5,
    text: {
      en: {
        name: 'Five of Wands',
        upright: {
          keywords: ['scuffle', 'jostling egos', 'contest of wills', 'noisy friction'],
          meaning:
            'Everyone is pushing at once and no one is listening. The struggle is more chaotic than dangerous: rivalry, clashing opinions, competition for the same ground. Fight fairly and keep sight of what the contest is actually about.',
          facets: {
            love: 'Bickering, competing needs or a power struggle; arguments are frequent, and small ones often stand in for a bigger issue.',
            work: 'Competition for a role, clients or credit, or a team that cannot agree; clear rules and a shared goal cut through the noise.',
            money: 'Competing demands on the same money, or a crowded market; expect to work harder than usual for each gain.',
            self: 'Inner conflict between several wants at once; give each a hearing before deciding which one leads.',
          },
        },
        reversed: {
          keywords: ['a truce', 'swallowed anger', 'dodging the fight', 'quieter ground'],
          meaning:
            'The noise is dying down, though not always for the better. A conflict may be settling into a real truce, or it has only gone underground, with grievances swallowed to keep the peace. Tell the two apart before you relax.',
          facets: {
            love: 'Either a quarrel is finally easing, or difficult subjects are avoided to keep things calm; a real peace feels lighter.',
            work: 'Rivalry cools and cooperation becomes possible, though dodging a needed disagreement can stall decisions.',
            money: 'A dispute over money winds down, or a tense negotiation reaches a compromise both sides can live with.',
            self: 'Less inner noise: you stop fighting yourself, or you finally notice the tension you have been holding in.',
          },
        },
      },
      ru: {
        name: 'Пятёрка Жезлов',
        forms: {
          gender: 'f',
          genitive: 'Пятёрки Жезлов',
          dative: 'Пятёрке Жезлов',
          accusative: 'Пятёрку Жезлов',
          instrumental: 'Пятёркой Жезлов',
          prepositional: 'Пятёрке Жезлов',
        },
        upright: {
          keywords: ['стычка', 'толкотня амбиций', 'состязание воль', 'шумные трения'],
          meaning:
            'Все давят одновременно, и никто никого не слушает. Эта борьба скорее хаотичная, чем опасная: соперничество, спор мнений, конкуренция за одно и то же. Сражайтесь честно и помните, за что на самом деле идёт спор.',
          facets: {
            love: 'Пререкания, столкновение потребностей или борьба за главенство; ссоры частые, и за мелочами нередко скрывается что-то большее.',
            work: 'Конкуренция за должность, клиентов или признание либо команда, которая не может договориться; ясные правила и общая цель помогут навести порядок в этой неразберихе.',
            money: 'На одни и те же деньги претендует сразу несколько нужд, или рынок переполнен; каждый шаг вперёд потребует больше усилий, чем обычно.',
            self: 'Внутренний спор между несколькими желаниями сразу; выслушайте каждое, прежде чем решить, какое из них главное.',
          },
        },
        reversed: {
          keywords: ['перемирие', 'проглоченная обида', 'уклонение от спора', 'стихающий шум'],
          meaning:
            'Шум стихает, и не всегда к лучшему. Конфликт может действительно перейти в перемирие, а может лишь уйти вглубь, когда обиды проглатывают ради спокойствия. Прежде чем расслабиться, поймите, какой из двух случаев ваш.',
          facets: {
            love: 'Либо ссора наконец утихает, либо острые темы обходят ради спокойствия; настоящий мир узнаётся по тому, что на душе становится легче.',
            work: 'Соперничество остывает, и становится возможным сотрудничество, хотя уход от нужного спора может затормозить решения.',
            money: 'Спор о деньгах сходит на нет, или напряжённые переговоры приводят к компромиссу, который устраивает обе стороны.',
            self: 'Внутреннего шума меньше: вы перестаёте бороться с собой или замечаете напряжение, которое долго держали в себе.',
          },
        },
      },
    },
  },
  {
    id: 'wands-06',
    arcana: 'minor',
    suit: 'wands',
    number: 6,
    text: {
      en: {
        name: 'Six of Wands',
        upright: {
          keywords: ['laurels', 'a public win', 'earned acclaim', 'riding high'],
          meaning:
            'You come through, and people see it. Recognition, a promotion or plain public credit arrives for effort that was real. Enjoy the moment and carry the confidence forward, without letting applause become the goal.',
          facets: {
            love: 'A proud, happy moment together; you feel chosen and appreciated, and may be glad to be seen as a couple.',
            work: 'Promotion, a successful launch or praise from people whose opinion counts; your standing rises.',
            money: 'Effort turns into a visible reward, such as a bonus, a good deal or a well-received offer.',
            self: 'Confidence built on something you actually did; enjoy it, and let it steady you rather than inflate you.',
          },
        },
        reversed: {
          keywords: ['credit withheld', 'shaky standing', 'hunger for approval', 'quiet wins'],
          meaning:
            'Applause is thin or absent. Your work goes unacknowledged, a reputation wobbles, or pride has begun to need an audience. Measure the result yourself, by what it was for.',
          facets: {
            love: 'Feeling taken for granted, or one partner needing constant reassurance; appreciation has to be said out loud.',
            work: 'Credit goes to someone else or a success is quickly forgotten; keep a record of what you delivered.',
            money: 'A hoped-for reward turns out smaller or later than expected; spending to look successful would only deepen the gap.',
            self: 'Self-worth hangs on other people’s reactions; a private sense of achievement is steadier ground.',
          },
        },
      },
      ru: {
        name: 'Шестёрка Жезлов',
        forms: {
          gender: 'f',
          genitive: 'Шестёрки Жезлов',
          dative: 'Шестёрке Жезлов',
          accusative: 'Шестёрку Жезлов',
          instrumental: 'Шестёркой Жезлов',
          prepositional: 'Шестёрке Жезлов',
        },
        upright: {
          keywords: ['лавровый венок', 'победа у всех на виду', 'заслуженное признание', 'на гребне успеха'],
          meaning:
            'Вы справляетесь, и это видят. Признание, повышение или просто благодарность окружающих приходят за настоящие усилия. Насладитесь моментом и возьмите эту уверенность с собой дальше, но не превращайте аплодисменты в цель.',
          facets: {
            love: 'Радостный момент гордости друг за друга; вы чувствуете, что вас выбрали и ценят, и, возможно, рады быть парой у всех на виду.',
            work: 'Повышение, удачный запуск, похвала от тех, чьё мнение важно; ваш вес в коллективе растёт.',
            money: 'Усилия оборачиваются заметной наградой: премией, выгодной сделкой или удачным предложением.',
            self: 'Уверенность, которая опирается на то, что вы действительно сделали; порадуйтесь ей, и пусть она придаёт устойчивости, а не раздувает самомнение.',
          },
        },
        reversed: {
          keywords: ['непризнанный труд', 'пошатнувшаяся репутация', 'жажда одобрения', 'победы без зрителей'],
          meaning:
            'Аплодисментов мало или нет вовсе. Ваш труд не замечают, репутация пошатнулась, или гордости стали нужны зрители. Оценивайте результат сами — по тому, ради чего он был нужен.',
          facets: {
            love: 'Чувство, что вас принимают как должное, или одному из партнёров постоянно нужны заверения в любви; благодарность стоит произносить вслух.',
            work: 'Заслуги достаются другим, или успех быстро забывается; записывайте, что именно вы сделали.',
            money: 'Ожидаемая награда оказывается меньше или приходит позже; траты ради того, чтобы выглядеть успешно, только увеличат разрыв.',
            self: 'Самооценка зависит от чужой реакции; внутреннее чувство достигнутого — куда более надёжная опора.',
          },
        },
      },
    },
  },
  {
    id: 'wands-07',
    arcana: 'minor',
    suit: 'wands',
    number: 7,
    text: {
      en: {
        name: 'Seven of Wands',
        upright: {
          keywords: ['holding the high ground', 'under challenge', 'defiance', 'stubborn courage'],
          meaning:
            'You have something worth keeping, and others want it or doubt it. Challenges come from several sides, but your position is stronger than it feels. Stay put and argue your case.',
          facets: {
            love: 'Protecting the relationship from outside pressure, or standing up for your needs within it; hold your line calmly.',
            work: 'Competition or criticism tests your position; you can keep it if you stay prepared and do not back down too soon.',
            money: 'Guarding what you have earned against demands or pressure; firm limits protect your resources.',
            self: 'A time to stand by your values even when they are unpopular; inner conviction is your real defence.',
          },
        },
        reversed: {
          keywords: ['losing ground', 'battle fatigue', 'prickliness', 'yielding'],
          meaning:
            'Defending has become exhausting. Pressure wears you down until giving in looks easier, or you guard every point so fiercely that nothing can reach you any more. Both are signs of a fight that has gone on too long. Decide which ground is truly yours and let the rest be contested without you.',
          facets: {
            love: 'Either you are worn out from defending the bond, or defensiveness itself is pushing your partner away.',
            work: 'Criticism or rivalry grinds you down; choose the battles that matter, and ask for backing where you need it.',
            money: 'Pressure to give way on money you have earned; tiredness makes concessions look easier than they are.',
            self: 'Battle fatigue: you may feel surrounded even when you are not, and rest restores more than another fight would.',
          },
        },
      },
      ru: {
        name: 'Семёрка Жезлов',
        forms: {
          gender: 'f',
          genitive: 'Семёрки Жезлов',
          dative: 'Семёрке Жезлов',
          accusative: 'Семёрку Жезлов',
          instrumental: 'Семёркой Жезлов',
          prepositional: 'Семёрке Жезлов',
        },
        upright: {
          keywords: ['удержать высоту', 'под натиском', 'непокорность', 'упрямая смелость'],
          meaning:
            'У вас есть то, что стоит сохранить, а другие на это претендуют или в этом сомневаются. Нападки идут с разных сторон, но ваша позиция прочнее, чем кажется. Не уступайте и отстаивайте свою правоту.',
          facets: {
            love: 'Вы защищаете отношения от давления извне или отстаиваете свои потребности внутри них; спокойно стойте на своём.',
            work: 'Конкуренция или критика испытывают вашу позицию на прочность; вы её удержите, если будете готовы и не отступите слишком рано.',
            money: 'Вы оберегаете заработанное от чужих требований и давления; твёрдые границы защищают ваши ресурсы.',
            self: 'Время держаться своих ценностей, даже если они непопулярны; настоящая защита — внутренняя убеждённость.',
          },
        },
        reversed: {
          keywords: ['сдача позиций', 'усталость от обороны', 'колючесть', 'уступчивость'],
          meaning:
            'Оборона стала изматывать. Давление так утомляет, что сдаться кажется проще, или вы защищаете каждую мелочь так яростно, что к вам уже не пробиться. И то и другое говорит о том, что борьба затянулась. Решите, что по-настоящему ваше, а за остальное пусть спорят без вас.',
          facets: {
            love: 'Либо вы устали защищать отношения, либо сама ваша настороженность отталкивает партнёра.',
            work: 'Критика или соперничество выматывают; выбирайте действительно важные битвы и просите поддержки там, где она нужна.',
            money: 'На вас давят, чтобы вы уступили в денежном вопросе; от усталости уступить кажется проще, чем окажется потом.',
            self: 'Усталость от вечной обороны: кажется, что вас окружили, даже когда это не так, и отдых восстановит больше, чем ещё одна битва.',
          },
        },
      },
    },
  },
  {
    id: 'wands-08',
    arcana: 'minor',
    suit: 'wands',
    number: 8,
    text: {
      en: {
        name: 'Eight of Wands',
        upright: {
          keywords: ['things in flight', 'rapid news', 'momentum', 'quick travel'],
          meaning:
            'Everything speeds up at once. Messages land, decisions come quickly and long-stalled matters suddenly move. Answer promptly and aim well.',
          facets: {
            love: 'Feelings move quickly: a sudden connection, a lively exchange of messages, or a trip that brings you together.',
            work: 'Fast progress, quick replies, offers or deadlines arriving together; be ready to act without long deliberation.',
            money: 'Money moves quickly in or out; payments or offers may come fast, so keep track of them as they do.',
            self: 'A burst of energy and clarity; you feel carried forward and can get a lot done in a short time.',
          },
        },
        reversed: {
          keywords: ['stalled in mid-air', 'crossed messages', 'impatience', 'rushing blindly'],
          meaning:
            'Momentum falters. News is slow, plans hang in the air, or messages go astray; alternatively, everything is being rushed and landing in the wrong place. Slowing down now saves time later.',
          facets: {
            love: 'Waiting for a reply, misread messages, or a relationship moving too fast for one of you; slow, clear talk helps.',
            work: 'Delays, a lost email or rushed work full of errors; check communications twice before assuming the worst.',
            money: 'Expected payments are late, or hasty decisions cost more than they save.',
            self: 'Restless impatience or scattered energy; settling your attention on one task calms the rush.',
          },
        },
      },
      ru: {
        name: 'Восьмёрка Жезлов',
        forms: {
          gender: 'f',
          genitive: 'Восьмёрки Жезлов',
          dative: 'Восьмёрке Жезлов',
          accusative: 'Восьмёрку Жезлов',
          instrumental: 'Восьмёркой Жезлов',
          prepositional: 'Восьмёрке Жезлов',
        },
        upright: {
          keywords: ['всё в полёте', 'быстрые вести', 'набранный ход', 'стремительные поездки'],
          meaning:
            'Всё вдруг ускоряется. Приходят известия, решения принимаются быстро, застоявшиеся дела внезапно сдвигаются. Отвечайте без промедления и цельтесь точно.',
          facets: {
            love: 'Чувства развиваются быстро: внезапное сближение, живая переписка или поездка, которая вас сведёт.',
            work: 'Быстрый прогресс, скорые ответы, предложения и сроки, приходящие одновременно; будьте готовы действовать без долгих раздумий.',
            money: 'Деньги быстро приходят и уходят; платежи или предложения могут появиться внезапно, так что следите за ними.',
            self: 'Прилив сил и ясности: вас будто несёт вперёд, и за короткое время можно успеть очень многое.',
          },
        },
        reversed: {
          keywords: ['зависшие дела', 'путаница в сообщениях', 'нетерпение', 'гонка вслепую'],
          meaning:
            'Движение сбивается. Новости запаздывают, планы повисают в воздухе, письма теряются — или, наоборот, всё делается в спешке и попадает не туда. Сбавить скорость сейчас значит сберечь время потом.',
          facets: {
            love: 'Ожидание ответа, неверно понятые сообщения или отношения, которые для кого-то из вас развиваются слишком быстро; помогает неспешный, ясный разговор.',
            work: 'Задержки, потерянное письмо, работа в спешке и с ошибками; прежде чем думать о худшем, дважды проверьте переписку.',
            money: 'Ожидаемые поступления задерживаются, или поспешные решения обходятся дороже, чем позволяют сэкономить.',
            self: 'Беспокойное нетерпение или разбросанная энергия; сосредоточьтесь на одном деле, и суета уляжется.',
          },
        },
      },
    },
  },
  {
    id: 'wands-09',
    arcana: 'minor',
    suit: 'wands',
    number: 9,
    text: {
      en: {
        name: 'Nine of Wands',
        upright: {
          keywords: ['bandaged but upright', 'one more push', 'wary strength', 'hard-won grit'],
          meaning:
            'You are tired, a little battered, and still standing. Past struggles have taught you to stay watchful, and another test may come before this is over. Your endurance is real and has already carried you most of the way. Guard it, rest where you safely can, and do not quit this close to the end.',
          facets: {
            love: 'Past hurts make you cautious; the relationship can hold if you let someone prove trustworthy instead of expecting the worst.',
            work: 'A demanding project nears its end; one more stretch of effort is needed, and your persistence is being noticed.',
            money: 'Finances have been tested but are holding; careful handling gets you through the final stretch.',
            self: 'Resilience earned the hard way; protect your energy and rest where you can without giving up the goal.',
          },
        },
        reversed: {
          keywords: ['running on fumes', 'suspicion of everyone', 'walls too high', 'near surrender'],
          meaning:
            'Endurance has worn thin. Old wounds keep you braced against attacks that may never come, or fatigue has brought you close to giving up. Lowering your guard a little and accepting help is not defeat.',
          facets: {
            love: 'Walls built after old wounds keep closeness out too; the distrust may be aimed at someone who has not earned it.',
            work: 'Burnout looms or you are ready to quit; ask for support or renegotiate the load before something breaks.',
            money: 'Worry about money turns into constant vigilance; a clear look at the real numbers eases more than going over it in your head.',
            self: 'Exhaustion and wariness feed each other; rest and trusted company help more than holding on alone.',
          },
        },
      },
      ru: {
        name: 'Девятка Жезлов',
        forms: {
          gender: 'f',
          genitive: 'Девятки Жезлов',
          dative: 'Девятке Жезлов',
          accusative: 'Девятку Жезлов',
          instrumental: 'Девяткой Жезлов',
          prepositional: 'Девятке Жезлов',
        },
        upright: {
          keywords: ['ранены, но на ногах', 'последнее усилие', 'настороженная сила', 'закалка'],
          meaning:
            'Вы устали, немного потрёпаны, но всё ещё на ногах. Прежние испытания научили вас быть начеку, и до конца, возможно, предстоит ещё одна проверка. Ваша выносливость настоящая и уже провела вас большую часть пути: берегите её, отдыхайте, когда это безопасно, и не сдавайтесь у самой цели.',
          facets: {
            love: 'Прошлые обиды делают вас осторожными; отношения выдержат, если вы дадите человеку доказать, что ему можно доверять, а не будете ждать худшего.',
            work: 'Трудный проект близится к завершению; нужен ещё один рывок, и ваше упорство не остаётся незамеченным.',
            money: 'Финансы прошли проверку и пока держатся; бережное обращение с деньгами поможет пройти последний отрезок.',
            self: 'Стойкость, добытая нелёгким трудом; берегите силы и отдыхайте, когда можно, не отказываясь от цели.',
          },
        },
        reversed: {
          keywords: ['силы на нуле', 'подозрительность', 'слишком высокие стены', 'готовность сдаться'],
          meaning:
            'Выносливость на исходе. Старые раны заставляют держать оборону против нападений, которых может и не быть, или от усталости вы почти готовы сдаться. Немного ослабить защиту и принять помощь — это не поражение.',
          facets: {
            love: 'Стены, выстроенные после старых ран, не пускают и близость; недоверие, возможно, направлено на того, кто его не заслужил.',
            work: 'Близко выгорание или желание всё бросить; попросите поддержки или пересмотрите нагрузку, пока что-нибудь не сломалось.',
            money: 'Тревога о деньгах превращается в постоянную настороженность; трезвый взгляд на реальные цифры успокаивает лучше, чем бесконечные раздумья.',
            self: 'Усталость и настороженность подпитывают друг друга; отдых и общество тех, кому вы доверяете, помогут больше, чем попытки держаться в одиночку.',
          },
        },
      },
    },
  },
  {
    id: 'wands-10',
    arcana: 'minor',
    suit: 'wands',
    number: 10,
    text: {
      en: {
        name: 'Ten of Wands',
        upright: {
          keywords: ['an armful too many', 'heavy duty', 'grinding effort', 'strained back'],
          meaning:
            'You are carrying more than one person should. Success or duty has piled up until the load blocks your view of where you are going. The goal may be close, but the way you are carrying it cannot last.',
          facets: {
            love: 'One partner carries most of the load, whether chores, care or emotional work, and the imbalance is wearing the bond down.',
            work: 'Overwork and too many responsibilities; the task can be finished, but not at this pace and not without help.',
            money: 'Financial obligations feel heavy; bills, debts or supporting others weigh on you from day to day.',
            self: 'Exhaustion from duty; you have lost sight of what you do for yourself rather than for everyone else.',
          },
        },
        reversed: {
          keywords: ['setting the load down', 'sharing the weight', 'breathing room', 'near collapse'],
          meaning:
            'Something has to give. Either you finally set down what was never yours to carry, hand tasks to others and feel the relief, or you cling on until the strain forces you to drop everything at once. The first way is kinder, and it is still open to you.',
          facets: {
            love: 'Sharing responsibilities more fairly brings relief, or one of you is ready to set down a weight that was never fair.',
            work: 'Delegating, saying no or dropping a project lightens the load; ignoring the warning signs leads towards burnout.',
            money: 'A burden eases as obligations are cleared or shared; look at what can be cut rather than carried further.',
            self: 'Relief as you put something down; rest feels earned, and your energy starts to return.',
          },
        },
      },
      ru: {
        name: 'Десятка Жезлов',
        forms: {
          gender: 'f',
          genitive: 'Десятки Жезлов',
          dative: 'Десятке Жезлов',
          accusative: 'Десятку Жезлов',
          instrumental: 'Десяткой Жезлов',
          prepositional: 'Десятке Жезлов',
        },
        upright: {
          keywords: ['непосильная ноша', 'тяжкий долг', 'надрыв', 'работа на износ'],
          meaning:
            'Вы несёте больше, чем по силам одному человеку. Успех или обязанности накопились так, что из-за груза уже не видно, куда вы идёте. Цель, может быть, и близко, но долго нести ношу таким образом не получится.',
          facets: {
            love: 'Один из партнёров тянет на себе почти всё: быт, заботу, эмоциональную поддержку, — и этот перекос изматывает отношения.',
            work: 'Переработки и слишком много обязанностей; задачу можно довести до конца, но не в таком темпе и не без помощи.',
            money: 'Финансовые обязательства давят: счета, долги или содержание близких ложатся на вас изо дня в день.',
            self: 'Изнеможение от бесконечных обязанностей; вы уже не помните, что делаете для себя, а не для других.',
          },
        },
        reversed: {
          keywords: ['сброшенный груз', 'разделённая ноша', 'передышка', 'на грани срыва'],
          meaning:
            'Так дальше продолжаться не может. Либо вы наконец снимаете с себя то, что никогда не было вашей ношей, передаёте дела другим и чувствуете облегчение, либо держитесь до последнего, пока напряжение не заставит бросить всё разом. Первый путь бережнее, и он для вас всё ещё открыт.',
          facets: {
            love: 'Более справедливое распределение обязанностей приносит облегчение, или кто-то из вас готов сбросить ношу, которую с самого начала взвалили несправедливо.',
            work: 'Станет легче, если перепоручить часть дел, от чего-то отказаться или закрыть проект; если не замечать тревожных знаков, недалеко до выгорания.',
            money: 'Груз становится легче по мере того, как вы закрываете обязательства или делите их с кем-то; посмотрите, от чего можно отказаться, вместо того чтобы тащить всё дальше.',
            self: 'Облегчение оттого, что часть груза уже не на ваших плечах; отдых кажется заслуженным, и силы начинают возвращаться.',
          },
        },
      },
    },
  },
  {
    id: 'wands-11',
    arcana: 'minor',
    suit: 'wands',
    number: 11,
    text: {
      en: {
        name: 'Page of Wands',
        upright: {
          keywords: ['eager messenger', 'first adventure', 'bright curiosity', 'playful nerve'],
          meaning:
            'A fresh, eager spirit arrives, in you or in someone young at heart, bringing exciting news or an invitation to explore. Mastery is not the aim yet; the courage to try is.',
          facets: {
            love: 'Flirtation, playful messages, a new crush or an enthusiastic new person; keep it light and curious.',
            work: 'An apprenticeship, a new course or an exciting idea; ask questions and learn fast by doing.',
            money: 'A small new income idea or side project worth exploring; start modestly and learn how it works.',
            self: 'Curiosity returns; trying something new for the sheer fun of it recharges you.',
          },
        },
        reversed: {
          keywords: ['all talk', 'fizzling projects', 'sulking', 'immature restlessness'],
          meaning:
            'Enthusiasm runs ahead of follow-through. Ideas are announced and then dropped, news disappoints, or restlessness turns into sulking when things move slowly. Pick one small thing and finish it.',
          facets: {
            love: 'Mixed signals, impulsive words, or a partner who promises more than they follow through on.',
            work: 'Ideas without follow-through, missed deadlines or a beginner’s impatience; some structure helps the spark survive.',
            money: 'Impulsive spending on new enthusiasms, or a side project that never gets off the ground.',
            self: 'Restless boredom and scattered interests; committing to one small challenge brings back a sense of direction.',
          },
        },
      },
      ru: {
        name: 'Паж Жезлов',
        forms: {
          gender: 'm',
          genitive: 'Пажа Жезлов',
          dative: 'Пажу Жезлов',
          accusative: 'Пажа Жезлов',
          instrumental: 'Пажом Жезлов',
          prepositional: 'Паже Жезлов',
        },
        upright: {
          keywords: ['вестник', 'первое приключение', 'живое любопытство', 'задор'],
          meaning:
            'Появляется свежий задор — в вас самих или в ком-то молодом душой, — а с ним волнующие новости или приглашение отправиться за новым. Мастерство пока не цель: важна смелость попробовать.',
          facets: {
            love: 'Флирт, игривые сообщения, новая влюблённость или увлечённый человек рядом; сохраняйте лёгкость и любопытство.',
            work: 'Стажировка, новый курс или захватывающая идея; задавайте вопросы и учитесь на практике.',
            money: 'Небольшая идея заработка или подработка, к которой стоит присмотреться; начните скромно и разберитесь, как всё устроено.',
            self: 'Любопытство возвращается: попробовать что-то новое просто ради удовольствия — лучший способ зарядиться.',
          },
        },
        reversed: {
          keywords: ['одни разговоры', 'брошенные затеи', 'капризы', 'незрелость'],
          meaning:
            'Воодушевление обгоняет дело. Идеи объявляют и бросают, новости разочаровывают, а беспокойство оборачивается капризами, когда всё идёт медленно. Выберите одно небольшое дело и доведите его до конца.',
          facets: {
            love: 'Противоречивые сигналы, импульсивные слова или партнёр, который обещает больше, чем делает.',
            work: 'Идеи без воплощения, сорванные сроки или нетерпение новичка; чёткий план поможет искре не погаснуть.',
            money: 'Импульсивные траты на новые увлечения или подработка, которая так и не сдвигается с места.',
            self: 'Беспокойная скука и разбросанные интересы; одна небольшая задача, взятая всерьёз, поможет снова понять, куда вы движетесь.',
          },
        },
      },
    },
  },
  {
    id: 'wands-12',
    arcana: 'minor',
    suit: 'wands',
    number: 12,
    text: {
      en: {
        name: 'Knight of Wands',
        upright: {
          keywords: ['charging ahead', 'hot pursuit', 'daring', 'wanderlust'],
          meaning:
            'Fiery energy pushes for immediate action. This is the urge to go, to chase, to change the scene, and it brings courage and charm along with it. Ride it, knowing that heat like this rarely lasts long.',
          facets: {
            love: 'Passionate, exciting attraction; someone pursues openly, though the pace may run ahead of the depth.',
            work: 'Bold moves, travel for work or a fast-moving project; your energy opens doors that others hesitate at.',
            money: 'Quick decisions can pay off when they rest on something solid; enthusiasm is an asset, not a strategy.',
            self: 'Courage and restless vitality; a change of scene or a physical challenge suits you now.',
          },
        },
        reversed: {
          keywords: ['reckless speed', 'flaring temper', 'unfinished quests', 'spent fire'],
          meaning:
            'The charge turns careless. Haste causes mistakes, tempers flare, and bold starts are abandoned halfway once the excitement fades. Before the next leap, ask where it is meant to land.',
          facets: {
            love: 'Hot and cold behaviour, impatience, or a partner more drawn to the chase than to staying.',
            work: 'Rash decisions, clashes with colleagues or projects abandoned midway; channel the energy into one clear aim.',
            money: 'Impulsive purchases or risky bets made in the heat of the moment; excitement is a poor reason to act.',
            self: 'Frustration and a short temper; burning energy off through movement helps before any big decision.',
          },
        },
      },
      ru: {
        name: 'Рыцарь Жезлов',
        forms: {
          gender: 'm',
          genitive: 'Рыцаря Жезлов',
          dative: 'Рыцарю Жезлов',
          accusative: 'Рыцаря Жезлов',
          instrumental: 'Рыцарем Жезлов',
          prepositional: 'Рыцаре Жезлов',
        },
        upright: {
          keywords: ['стремительный напор', 'погоня', 'дерзость', 'тяга к странствиям'],
          meaning:
            'Огненная энергия требует действовать немедленно. Это желание сорваться с места, догонять, сменить обстановку, и оно приносит с собой смелость и обаяние. Пользуйтесь им, но помните: такой жар редко держится долго.',
          facets: {
            love: 'Страстное, волнующее влечение; кто-то открыто добивается вас, хотя скорость здесь может опережать глубину.',
            work: 'Смелые шаги, командировки или быстро развивающийся проект; ваша энергия открывает двери, перед которыми другие медлят.',
            money: 'Быстрые решения могут окупиться, если у них есть основа; энтузиазм — это преимущество, но не стратегия.',
            self: 'Смелость и неугомонная жизненная сила; сейчас вам подойдёт смена обстановки или физическая нагрузка.',
          },
        },
        reversed: {
          keywords: ['безоглядная спешка', 'вспыльчивость', 'брошенные начинания', 'выгоревший пыл'],
          meaning:
            'Напор становится безрассудным. Спешка ведёт к ошибкам, вспыхивают ссоры, а смелые начинания бросают на полпути, когда азарт проходит. Прежде чем снова прыгать, спросите себя, где вы хотите приземлиться.',
          facets: {
            love: 'То жар, то холод, нетерпение или партнёр, которого больше увлекает погоня, чем желание остаться.',
            work: 'Опрометчивые решения, стычки с коллегами или проекты, брошенные на середине; направьте энергию на одну ясную цель.',
            money: 'Импульсивные покупки или рискованные ставки, сделанные сгоряча; азарт — плохая причина действовать.',
            self: 'Раздражение и вспыльчивость; прежде чем принимать крупные решения, выпустите пар: прогулка или спорт помогут.',
          },
        },
      },
    },
  },
  {
    id: 'wands-13',
    arcana: 'minor',
    suit: 'wands',
    number: 13,
    text: {
      en: {
        name: 'Queen of Wands',
        upright: {
          keywords: ['sunflower warmth', 'self-assurance', 'magnetism', 'fearless heart'],
          meaning:
            'Confidence and warmth meet here, in you or in someone close. This is a person who knows their worth, draws others in and runs a full life with courage and humour. Step forward as yourself, openly and without apology.',
          facets: {
            love: 'A warm, confident, generous partner, or you at your most magnetic; openness and humour bring you closer.',
            work: 'Leading through charisma while keeping many things in hand; your visibility and confidence move you forward.',
            money: 'Confident, independent handling of money; backing your own talents tends to pay off.',
            self: 'Vitality and self-trust; you feel at ease in your own skin and unafraid to be noticed.',
          },
        },
        reversed: {
          keywords: ['dimmed confidence', 'jealous streak', 'sharp temper', 'burned out'],
          meaning:
            'The fire turns inward or sour. Self-doubt dims a normally bright presence, and that insecurity can come out as jealousy, demands or a quick temper. Giving to everyone has left little for yourself, and it shows. Rest and honest self-respect rekindle the flame.',
          facets: {
            love: 'Jealousy, possessiveness or insecurity strain the bond; reassurance helps, but so does rebuilding your own confidence.',
            work: 'Burnout from doing everything yourself, or a domineering streak that alienates others; share the stage and the load.',
            money: 'Spending to keep up appearances, or letting self-doubt stop you from asking for what your work is worth.',
            self: 'Low confidence and drained energy; reconnecting with what once lit you up matters more than pleasing others.',
          },
        },
      },
      ru: {
        name: 'Королева Жезлов',
        forms: {
          gender: 'f',
          genitive: 'Королевы Жезлов',
          dative: 'Королеве Жезлов',
          accusative: 'Королеву Жезлов',
          instrumental: 'Королевой Жезлов',
          prepositional: 'Королеве Жезлов',
        },
        upright: {
          keywords: ['солнечное тепло', 'уверенность в себе', 'притягательность', 'бесстрашное сердце'],
          meaning:
            'Уверенность и тепло соединяются здесь — в вас или в ком-то рядом. Это человек, который знает себе цену, притягивает людей и живёт насыщенно, смело и с юмором. Проявляйте себя открыто, ни перед кем не оправдываясь.',
          facets: {
            love: 'Тёплый, уверенный, щедрый партнёр — или вы сами, когда особенно обаятельны; открытость и юмор сближают вас.',
            work: 'Вы ведёте за собой обаянием и успеваете держать в руках множество дел; вы на виду, и уверенность в себе помогает продвигаться.',
            money: 'Уверенное, самостоятельное обращение с деньгами; ставка на собственные таланты хорошо себя оправдывает.',
            self: 'Жизненная сила и доверие к себе; вы в ладу с собой и не стесняетесь быть заметными.',
          },
        },
        reversed: {
          keywords: ['потускневшая уверенность', 'приступы ревности', 'вспыльчивость', 'выгорание'],
          meaning:
            'Огонь обращается внутрь или начинает жечь. Неуверенность приглушает обычно яркого человека и может прорываться ревностью, требовательностью или вспыльчивостью. Привычка отдавать всем оставила слишком мало сил для себя, и это заметно. Отдых и искреннее уважение к себе снова разожгут пламя.',
          facets: {
            love: 'Ревность, собственничество или неуверенность расшатывают отношения; поддержка партнёра помогает, но важно и вернуть уверенность в себе.',
            work: 'Выгорание от попыток всё делать самостоятельно или властность, которая отталкивает людей; дайте блеснуть и другим и разделите с ними нагрузку.',
            money: 'Траты ради того, чтобы поддерживать образ, или неуверенность, из-за которой вы не просите за свою работу столько, сколько она стоит.',
            self: 'Неуверенность и нехватка сил; вернуться к тому, что когда-то вас зажигало, важнее, чем угождать другим.',
          },
        },
      },
    },
  },
  {
    id: 'wands-14',
    arcana: 'minor',
    suit: 'wands',
    number: 14,
    text: {
      en: {
        name: 'King of Wands',
        upright: {
          keywords: ['commanding vision', 'seasoned leader', 'entrepreneurial fire', 'decisive will'],
          meaning:
            'Vision and experience combine into leadership that people want to follow. This is someone who sees the whole picture, makes bold decisions and keeps their word, whether that is you or a person whose support counts. Set the direction and take ownership of it.',
          facets: {
            love: 'A committed, protective partner with big plans for the two of you; honesty and generosity set the tone.',
            work: 'Leadership, starting a business or steering a team; act with vision and take responsibility for the outcome.',
            money: 'Enterprise and bold long-term decisions backed by experience; a good reputation helps your earnings.',
            self: 'You grow into your own authority; trusting your judgement lets you lead your life rather than react to it.',
          },
        },
        reversed: {
          keywords: ['bullying', 'hot-headed calls', 'impossible standards', 'ego at the helm'],
          meaning:
            'Authority has lost its generosity. Decisions are made in anger or haste, people are pushed rather than led, and the bar is set so high that no one can reach it. Real strength listens before it commands.',
          facets: {
            love: 'A controlling or quick-tempered pattern; one person insists on their way and expects the other to follow.',
            work: 'An overbearing boss, or your own impatience with others; unrealistic demands wear loyalty away.',
            money: 'Risks taken for pride, or grand plans without groundwork; ego may drown out sensible caution.',
            self: 'Frustration at not being in control; patience with yourself and others brings back real strength.',
          },
        },
      },
      ru: {
        name: 'Король Жезлов',
        forms: {
          gender: 'm',
          genitive: 'Короля Жезлов',
          dative: 'Королю Жезлов',
          accusative: 'Короля Жезлов',
          instrumental: 'Королём Жезлов',
          prepositional: 'Короле Жезлов',
        },
        upright: {
          keywords: ['ясное видение', 'опытный вожак', 'предпринимательский огонь', 'решительная воля'],
          meaning:
            'Дальновидность и опыт складываются в лидерство, за которым хочется идти. Это человек, который видит картину целиком, принимает смелые решения и держит слово, — вы сами или тот, чья поддержка много значит. Задайте направление и возьмите за него ответственность.',
          facets: {
            love: 'Преданный, надёжный партнёр с большими планами на вашу пару; тон задают честность и щедрость.',
            work: 'Лидерство, собственное дело или управление командой; действуйте с размахом и отвечайте за результат.',
            money: 'Предпринимательская жилка и смелые долгосрочные решения, подкреплённые опытом; хорошая репутация помогает зарабатывать.',
            self: 'Вы обретаете внутренний авторитет; доверяя своему суждению, вы сами управляете жизнью, а не только отвечаете на её повороты.',
          },
        },
        reversed: {
          keywords: ['давление', 'решения сгоряча', 'невыполнимые требования', 'самолюбие у руля'],
          meaning:
            'Власть лишилась великодушия. Решения принимаются в гневе или спешке, людей толкают вместо того, чтобы вести, а планку поднимают так высоко, что до неё никому не дотянуться. Настоящая сила сначала слушает, а потом приказывает.',
          facets: {
            love: 'В отношениях много контроля или вспыльчивости: кто-то настаивает на своём и ждёт, что второй подчинится.',
            work: 'Деспотичный начальник или ваша собственная нетерпимость к другим; нереальные требования подтачивают преданность команды.',
            money: 'Риск ради самолюбия или грандиозные планы без подготовки; гордость может заглушить здравую осторожность.',
            self: 'Раздражение оттого, что не всё под вашим контролем; терпимость к себе и другим возвращает настоящую силу.',
          },
        },
      },
    },
  },
];
