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
            self: 'Жизненные силы и интерес к жизни растут; новое увлечение или творческое занятие даст этой энергии выход.',
          },
        },
        reversed: {
          keywords: ['отсыревшая искра', 'застопорившийся старт', 'разбросанный пыл', 'остывший интерес'],
          meaning:
            'Желание есть, но огонь никак не разгорается. Замыслы буксуют в самом начале или уходят в разговоры. Разберитесь, чего не хватает идее: сил, ясной цели — или она просто перестала вас волновать.',
          facets: {
            love: 'Интерес вспыхивает и гаснет, или кто-то из вас сдерживается; искра неуверенная, и давлением её не разжечь.',
            work: 'Запуск откладывается, или проект никак не сдвинется с места; проверьте, чего ему не хватает: ресурсов, фокуса или веры в него.',
            money: 'Идея заработка буксует, не принося дохода, и главный риск сейчас — рассчитывать на деньги, которых ещё нет.',
            self: 'Мотивация одновременно вялая и беспокойная; небольшие дела, которые будят любопытство, помогут больше, чем попытки себя заставить.',
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
            love: 'Вы думаете о том, куда могут зайти отношения, или о том, не поискать ли чего-то за их пределами; пора поговорить об общих планах.',
            work: 'На повестке переход на новое место, переезд или расширение дела; изучите вариант как следует и решайте из силы, а не от скуки.',
            money: 'Хорошее время для долгосрочных планов: опора у вас есть, и вопрос лишь в том, как распорядиться ею дальше.',
            self: 'Какая-то часть вас переросла нынешнюю обстановку; прежде чем прыгать, назовите, чего вы на самом деле хотите от следующего этапа.',
          },
        },
        reversed: {
          keywords: ['держаться за привычное', 'планы на бумаге', 'страх перемен', 'мелкие цели'],
          meaning:
            'Безопасность начала обходиться дорого. План так и не воплощается: привычный мир кажется проще, или никто не продумал, как идти к цели на практике. Либо расширьте замысел, либо сделайте его настолько конкретным, чтобы можно было начать.',
          facets: {
            love: 'Кто-то из вас не решается на следующий шаг из страха перемен, или вы остаётесь в том, из чего уже выросли.',
            work: 'Предложение или переход остаются без ответа, потому что привычное кажется надёжнее; риск в том, чтобы задержаться там, где давно тесно.',
            money: 'Планы без расчётов или осторожность, при которой всё стоит на месте; простой и честный бюджет поможет сдвинуться.',
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
            love: 'Отношения расширяют ваш мир, возможно, вопреки расстоянию; общие планы на будущее становятся осязаемыми.',
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
            self: 'Досада на медленное продвижение сужает взгляд; вспомните, какой путь уже пройден, и перспектива вернётся.',
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
            'Что-то достигло устойчивой и радостной точки, и это стоит отметить вместе с другими: возвращение домой, встреча, общий рубеж. Здесь легко, здесь вам рады, здесь вы свои. Насладитесь этим сполна.',
          facets: {
            love: 'Счастливый, устойчивый этап: совместная жизнь, помолвка, знакомство с близкими друг друга или просто чувство, что вместе вам уютно.',
            work: 'Завершённый этап, который стоит отметить с командой; хорошие отношения и прочная опора для следующего шага.',
            money: 'Чувство защищённости, часто связанное с домом; повод порадоваться достигнутому, не выходя за рамки бюджета.',
            self: 'Чувство принадлежности и покоя: вам хорошо в собственной жизни и среди людей, которые вам дороги.',
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
            work: 'Конкуренция за должность, клиентов или признание, или команда, которая не может договориться; ясные правила и общая цель помогут пробиться сквозь шум.',
            money: 'На одни и те же деньги претендует сразу несколько нужд, или рынок переполнен; каждый шаг вперёд потребует больше усилий, чем обычно.',
            self: 'Внутренний спор между несколькими желаниями сразу; выслушайте каждое, прежде чем решить, какое из них поведёт.',
          },
        },
        reversed: {
          keywords: ['перемирие', 'проглоченная обида', 'уклонение от спора', 'стихающий шум'],
          meaning:
            'Шум стихает, и не всегда к лучшему. Конфликт может действительно перейти в перемирие, а может лишь уйти вглубь, когда обиды проглатывают ради спокойствия. Прежде чем расслабиться, поймите, какой из двух случаев ваш.',
          facets: {
            love: 'Либо ссора наконец утихает, либо острые темы обходят ради спокойствия; настоящий мир ощущается легче.',
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
          keywords: ['victory', 'recognition', 'praise', 'confidence'],
          meaning:
            'Your hard work is being noticed. Accept praise graciously, enjoy the success and let this win fuel your confidence for what comes next.',
        },
        reversed: {
          keywords: ['self-doubt', 'unnoticed effort', 'ego', 'private success'],
          meaning:
            'You may feel your efforts go unnoticed, or you may be seeking approval too much. Recognize your own progress; your worth does not depend on applause.',
        },
      },
      ru: {
        name: 'Шестёрка Жезлов',
        upright: {
          keywords: ['победа', 'признание', 'похвала', 'уверенность'],
          meaning:
            'Ваш труд замечают. Примите похвалу с достоинством, порадуйтесь успеху и позвольте этой победе укрепить уверенность в следующих шагах.',
        },
        reversed: {
          keywords: ['неуверенность', 'незамеченные усилия', 'тщеславие', 'тихий успех'],
          meaning:
            'Возможно, вам кажется, что ваши старания не замечают, или вы слишком ждёте одобрения. Признайте свой прогресс сами: ваша ценность не зависит от аплодисментов.',
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
          keywords: ['perseverance', 'standing firm', 'defense', 'conviction'],
          meaning:
            'Stand firm for what you believe in. Others may challenge you, but your conviction and preparation give you the high ground.',
        },
        reversed: {
          keywords: ['overwhelm', 'giving up', 'defensiveness', 'worn down'],
          meaning:
            'You may feel worn down by constant challenges or overly defensive. Choose which positions truly matter to you and let the rest go.',
        },
      },
      ru: {
        name: 'Семёрка Жезлов',
        upright: {
          keywords: ['стойкость', 'отстаивание позиций', 'защита', 'убеждённость'],
          meaning:
            'Твёрдо отстаивайте то, во что верите. Вам могут бросать вызов, но убеждённость и подготовка дают вам преимущество.',
        },
        reversed: {
          keywords: ['перегруженность', 'желание сдаться', 'оборонительность', 'усталость'],
          meaning:
            'Возможно, вы устали от постоянных вызовов или слишком обороняетесь. Выберите позиции, которые действительно важны, а остальное отпустите.',
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
          keywords: ['swift action', 'movement', 'fast progress', 'news'],
          meaning:
            'Things are moving fast now. Messages arrive, plans take off and momentum is on your side, so stay focused and ride the wave.',
        },
        reversed: {
          keywords: ['delays', 'frustration', 'haste', 'scattered efforts'],
          meaning:
            'Plans may stall or you may be rushing in too many directions. Slow down, sort your priorities and let things unfold at a steadier pace.',
        },
      },
      ru: {
        name: 'Восьмёрка Жезлов',
        upright: {
          keywords: ['стремительность', 'движение', 'быстрый прогресс', 'новости'],
          meaning:
            'События развиваются стремительно. Приходят вести, планы набирают ход, и инерция на вашей стороне: сохраняйте фокус и ловите волну.',
        },
        reversed: {
          keywords: ['задержки', 'досада', 'спешка', 'распылённость'],
          meaning:
            'Планы могут притормозить, или вы мечетесь в слишком многих направлениях. Замедлитесь, расставьте приоритеты и дайте событиям развиваться ровнее.',
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
          keywords: ['resilience', 'persistence', 'last stretch', 'boundaries'],
          meaning:
            'You have come a long way, and the finish line is close. Draw on your resilience, protect your energy and keep going a little longer.',
        },
        reversed: {
          keywords: ['fatigue', 'guardedness', 'stubbornness', 'need for rest'],
          meaning:
            'You may be running on empty or guarding yourself too tightly. Rest, accept help where it is offered and remember you do not have to fight alone.',
        },
      },
      ru: {
        name: 'Девятка Жезлов',
        upright: {
          keywords: ['стойкость', 'упорство', 'последний рывок', 'границы'],
          meaning:
            'Вы прошли долгий путь, и финиш уже близко. Опирайтесь на свою стойкость, берегите силы и продержитесь ещё немного.',
        },
        reversed: {
          keywords: ['усталость', 'настороженность', 'упрямство', 'потребность в отдыхе'],
          meaning:
            'Возможно, ваши силы на исходе или вы слишком закрылись от мира. Отдохните, примите предложенную помощь и помните, что бороться в одиночку не обязательно.',
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
          keywords: ['burden', 'responsibility', 'hard work', 'overload'],
          meaning:
            'You are carrying a lot right now. Your dedication is admirable, but check which loads are truly yours and which you could share or set down.',
        },
        reversed: {
          keywords: ['letting go', 'delegating', 'relief', 'overwhelm'],
          meaning:
            'It may be time to put some burdens down. Delegate, say no where you need to, and free up energy for what truly matters to you.',
        },
      },
      ru: {
        name: 'Десятка Жезлов',
        upright: {
          keywords: ['бремя', 'ответственность', 'тяжёлый труд', 'перегрузка'],
          meaning:
            'Сейчас вы несёте на себе очень многое. Ваша преданность делу достойна уважения, но проверьте, какая ноша ваша, а какую можно разделить или отложить.',
        },
        reversed: {
          keywords: ['отпускание', 'делегирование', 'облегчение', 'перегруженность'],
          meaning:
            'Возможно, пора снять с плеч часть груза. Делегируйте, говорите «нет», где это нужно, и освободите силы для того, что действительно важно.',
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
          keywords: ['curiosity', 'enthusiasm', 'exploration', 'free spirit'],
          meaning:
            'A curious, adventurous energy surrounds you. Explore new ideas, say yes to a fresh experience and let your enthusiasm guide you.',
        },
        reversed: {
          keywords: ['distraction', 'impatience', 'unfocused ideas', 'hesitation'],
          meaning:
            'Your enthusiasm may be jumping between ideas without landing. Choose one spark to follow and give it time before chasing the next.',
        },
      },
      ru: {
        name: 'Паж Жезлов',
        upright: {
          keywords: ['любопытство', 'энтузиазм', 'исследование', 'свободный дух'],
          meaning:
            'Вас окружает энергия любопытства и приключений. Исследуйте новые идеи, откликнитесь на свежий опыт и позвольте воодушевлению вести вас.',
        },
        reversed: {
          keywords: ['рассеянность', 'нетерпение', 'разбросанность', 'колебания'],
          meaning:
            'Возможно, ваш энтузиазм перескакивает с идеи на идею, ни на чём не задерживаясь. Выберите одну искру и уделите ей время, прежде чем гнаться за следующей.',
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
          keywords: ['energy', 'passion', 'adventure', 'bold action'],
          meaning:
            'Bold, passionate energy pushes you forward. Go after what excites you with confidence, just keep an eye on where you are heading.',
        },
        reversed: {
          keywords: ['recklessness', 'impulsiveness', 'haste', 'frustration'],
          meaning:
            'Your drive may be running ahead of your plans. Channel your passion wisely and avoid rushing into something just for the thrill of it.',
        },
      },
      ru: {
        name: 'Рыцарь Жезлов',
        upright: {
          keywords: ['энергия', 'страсть', 'приключения', 'смелые действия'],
          meaning:
            'Смелая, страстная энергия толкает вас вперёд. Уверенно стремитесь к тому, что вас зажигает, но не забывайте следить за направлением.',
        },
        reversed: {
          keywords: ['безрассудство', 'импульсивность', 'спешка', 'раздражение'],
          meaning:
            'Возможно, ваш напор опережает ваши планы. Направляйте страсть мудро и не бросайтесь в новое дело лишь ради острых ощущений.',
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
          keywords: ['confidence', 'warmth', 'determination', 'charisma'],
          meaning:
            'Step into your confidence and let your warmth shine. You can inspire others and handle many things at once with courage and good humor.',
        },
        reversed: {
          keywords: ['insecurity', 'jealousy', 'demanding', 'low energy'],
          meaning:
            'You may be doubting yourself or spreading your energy too thin. Reconnect with what makes you feel alive before trying to support everyone else.',
        },
      },
      ru: {
        name: 'Королева Жезлов',
        upright: {
          keywords: ['уверенность', 'теплота', 'решительность', 'обаяние'],
          meaning:
            'Проявите уверенность и позвольте своей теплоте сиять. Вы способны вдохновлять других и справляться со многим сразу, сохраняя смелость и чувство юмора.',
        },
        reversed: {
          keywords: ['неуверенность', 'ревность', 'требовательность', 'упадок сил'],
          meaning:
            'Возможно, вы сомневаетесь в себе или распыляете силы. Вернитесь к тому, что наполняет вас жизнью, прежде чем поддерживать всех остальных.',
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
          keywords: ['leadership', 'vision', 'enterprise', 'boldness'],
          meaning:
            'You have the vision and the drive to lead. Take charge of your ideas, inspire others with your direction and turn big plans into reality.',
        },
        reversed: {
          keywords: ['impulsiveness', 'domineering', 'high expectations', 'impatience'],
          meaning:
            'Leadership may be turning into pushiness or impatience. Listen to others, set realistic goals and lead by example rather than force.',
        },
      },
      ru: {
        name: 'Король Жезлов',
        upright: {
          keywords: ['лидерство', 'видение', 'предприимчивость', 'смелость'],
          meaning:
            'У вас есть видение и энергия, чтобы вести за собой. Возьмите идеи в свои руки, вдохновляйте других и превращайте большие планы в реальность.',
        },
        reversed: {
          keywords: ['импульсивность', 'властность', 'завышенные ожидания', 'нетерпеливость'],
          meaning:
            'Возможно, лидерство превращается в напористость или нетерпение. Прислушайтесь к другим, ставьте реальные цели и ведите за собой личным примером, а не давлением.',
        },
      },
    },
  },
];
