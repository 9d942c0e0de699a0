import type { TarotCard } from '../card';

export const PENTACLES: TarotCard[] = [
  {
    id: 'pentacles-01',
    arcana: 'minor',
    suit: 'pentacles',
    number: 1,
    text: {
      en: {
        name: 'Ace of Pentacles',
        upright: {
          keywords: ['tangible offer', 'fertile ground', 'first foothold', 'material promise'],
          meaning:
            'Something real is being offered: a job, a sum of money, a plot of ground to build on. It is only a beginning, and it will grow if you treat it as a seed that needs soil, water and time rather than a prize already won.',
          facets: {
            love: 'A relationship gets a grounded start or a practical step forward, such as shared plans or a move that shows the bond is meant to last.',
            work: 'A concrete offer, a new role or a project with real backing is within reach; it rewards the person who takes it seriously from day one.',
            money: 'A fresh source of income or a chance to put money on a sound footing appears; its value depends on how carefully it is handled from the start.',
            self: 'You feel steadier in your daily life, and a small, practical habit started now can anchor your wellbeing for a long time.',
          },
        },
        reversed: {
          keywords: ['offer slipping away', 'unprepared ground', 'hasty spending', 'shortsighted plans'],
          meaning:
            'An opening that looked solid is wobbling, or it passes because the groundwork was never done. Check what the plan actually rests on before you commit money or effort to it; a better-prepared chance can come later.',
          facets: {
            love: 'A promising connection stalls because practical matters were ignored, or one of you is not ready to build anything concrete yet.',
            work: 'A job offer or project could fall through or prove thinner than advertised; read the details and do not stake everything on it.',
            money: 'Money that seemed certain is delayed or smaller than expected, and spending ahead of it would leave you exposed.',
            self: 'Good intentions about your routines keep slipping because they rest on wishes rather than a plan you can actually keep.',
          },
        },
      },
      ru: {
        name: 'Туз Пентаклей',
        forms: {
          gender: 'm',
          genitive: 'Туза Пентаклей',
          dative: 'Тузу Пентаклей',
          accusative: 'Туза Пентаклей',
          instrumental: 'Тузом Пентаклей',
          prepositional: 'Тузе Пентаклей',
        },
        upright: {
          keywords: ['реальное предложение', 'плодородная почва', 'первая опора', 'материальный задел'],
          meaning:
            'Перед вами что-то осязаемое: работа, деньги, участок, на котором можно строить. Это пока только начало, и оно прорастёт, если относиться к нему как к семени, которому нужны почва, вода и время, а не как к уже полученной награде.',
          facets: {
            love: 'Отношения надёжно начинаются или делают практический шаг вперёд: общие планы, переезд, решение, которое показывает, что союз задуман надолго.',
            work: 'Совсем близко конкретное предложение, новая должность или проект с реальной поддержкой; выиграет тот, кто отнесётся к делу всерьёз с первого дня.',
            money: 'Появляется новый источник дохода или шанс навести порядок в деньгах; его ценность зависит от того, насколько бережно вы распорядитесь им с самого начала.',
            self: 'Повседневная жизнь становится устойчивее, и небольшая полезная привычка, заведённая сейчас, может надолго стать для вас опорой.',
          },
        },
        reversed: {
          keywords: ['ускользающий шанс', 'неподготовленная почва', 'поспешные траты', 'близорукие планы'],
          meaning:
            'Шанс, казавшийся надёжным, шатается или уходит, потому что под него не подвели основу. Прежде чем вкладывать деньги или силы, проверьте, на чём на самом деле держится план; к следующему шансу можно будет подготовиться лучше.',
          facets: {
            love: 'Многообещающее знакомство буксует, потому что бытовые вопросы обошли стороной, или кто-то из вас пока не готов строить что-то конкретное.',
            work: 'Предложение о работе или проект могут сорваться или оказаться скромнее обещанного; прочитайте условия и не ставьте на них всё.',
            money: 'Деньги, казавшиеся верными, задерживаются или оказываются меньше ожидаемого, и траты в счёт этих денег оставят вас без запаса.',
            self: 'Добрые намерения насчёт распорядка снова и снова срываются, потому что держатся на желаниях, а не на плане, который вам по силам.',
          },
        },
      },
    },
  },
  {
    id: 'pentacles-02',
    arcana: 'minor',
    suit: 'pentacles',
    number: 2,
    text: {
      en: {
        name: 'Two of Pentacles',
        upright: {
          keywords: ['nimble footing', 'competing demands', 'easy rhythm', 'ebb and flow'],
          meaning:
            'Two demands pull at you and you keep both moving, light on your feet. Balance here comes from rhythm and humour, not from standing still.',
          facets: {
            love: 'Time for the relationship has to be balanced against work, family or other pulls; it holds as long as both of you stay flexible.',
            work: 'You are handling several tasks, or even two jobs, at once and managing it for now; the trick is re-sorting priorities every day.',
            money: 'Money is being moved between bills, needs and plans; it works while you track it closely and adjust as the amounts change.',
            self: 'Life asks you to switch roles many times a day, and you cope best with a light touch and a loose, forgiving schedule.',
          },
        },
        reversed: {
          keywords: ['too many plates', 'dropped commitments', 'scattered attention', 'budget slipping'],
          meaning:
            'The juggling has gone past what one pair of hands can manage, and things are starting to fall. Admit the overload and set something down on purpose, before a missed deadline or an unpaid bill makes the choice for you.',
          facets: {
            love: 'The relationship gets only leftover time and attention, and the strain shows up as forgotten plans or short tempers.',
            work: 'Deadlines collide and quality slips; taking on one more task now would cost more than saying no.',
            money: 'Bills, debts or spending are getting hard to keep track of, and small oversights are quietly adding up.',
            self: 'You feel scattered and worn thin from switching between demands; something has to come off the list before you feel steady again.',
          },
        },
      },
      ru: {
        name: 'Двойка Пентаклей',
        forms: {
          gender: 'f',
          genitive: 'Двойки Пентаклей',
          dative: 'Двойке Пентаклей',
          accusative: 'Двойку Пентаклей',
          instrumental: 'Двойкой Пентаклей',
          prepositional: 'Двойке Пентаклей',
        },
        upright: {
          keywords: ['подвижное равновесие', 'несколько дел сразу', 'гибкий ритм', 'лёгкость на поворотах'],
          meaning:
            'Два дела тянут вас в разные стороны, а вы легко удерживаете оба. Равновесие здесь держится на ритме и чувстве юмора, а не на неподвижности.',
          facets: {
            love: 'Время для отношений приходится делить с работой, семьёй и другими заботами; союз выдерживает, пока оба остаются гибкими.',
            work: 'Вы ведёте несколько задач или даже две работы одновременно и пока справляетесь; главное — каждый день заново решать, что важнее.',
            money: 'Деньги приходится распределять между счетами, нуждами и планами; это работает, пока вы внимательно следите за суммами.',
            self: 'День требует много раз менять роли, и легче всего вам, когда вы не цепляетесь за жёсткий график и позволяете себе паузы.',
          },
        },
        reversed: {
          keywords: ['слишком много дел', 'сорванные обещания', 'распылённое внимание', 'расползающийся бюджет'],
          meaning:
            'Дел стало больше, чем можно удержать в двух руках, и что-то уже падает. Признайте перегрузку и сами отложите или передайте часть забот, пока за вас не решили пропущенный срок или неоплаченный счёт.',
          facets: {
            love: 'Отношениям достаются лишь остатки времени и сил, и напряжение прорывается в забытых договорённостях и раздражении.',
            work: 'Сроки наползают друг на друга, качество падает, и ещё одна задача сейчас обойдётся дороже, чем отказ.',
            money: 'За счетами, долгами и тратами всё труднее уследить, и мелкие промахи незаметно складываются в ощутимую сумму.',
            self: 'Внимание рассыпается, сил почти не осталось; чтобы вернуть устойчивость, что-то придётся вычеркнуть из списка.',
          },
        },
      },
    },
  },
  {
    id: 'pentacles-03',
    arcana: 'minor',
    suit: 'pentacles',
    number: 3,
    text: {
      en: {
        name: 'Three of Pentacles',
        upright: {
          keywords: ['shared blueprint', 'recognized skill', 'building together', 'expert input'],
          meaning:
            'A piece of work comes together because different skills meet around one plan. Your contribution is seen and valued, and listening to people who know other parts of the craft makes the result better than anyone could manage alone.',
          facets: {
            love: 'The relationship grows through doing things together, like making a home or a shared plan, where each partner brings what the other lacks.',
            work: 'Your skill is noticed by people whose opinion matters, and a team effort or a good mentor moves the project forward.',
            money: 'Pooling knowledge, or working with a capable partner, helps a financial plan take solid and workable shape.',
            self: 'You grow by learning from others and letting your work be seen; feedback now feels useful rather than threatening.',
          },
        },
        reversed: {
          keywords: ['crossed purposes', 'unseen effort', 'sloppy execution', 'ego over plan'],
          meaning:
            'The group is not working as one: roles blur, someone pulls their own way, or the work is rushed. What it needs is a shared plan again.',
          facets: {
            love: 'Partners pull in different directions on shared plans, and one of you feels their effort goes unnoticed.',
            work: 'Poor coordination, disputes over credit or careless work slow a project down; the way the team is organised needs sorting out.',
            money: 'Joint financial plans suffer from unclear roles or cut corners, and mistakes cost more than they should.',
            self: 'Working in isolation, or without anyone reflecting your skill back, feeds self-doubt; honest feedback would steady you.',
          },
        },
      },
      ru: {
        name: 'Тройка Пентаклей',
        forms: {
          gender: 'f',
          genitive: 'Тройки Пентаклей',
          dative: 'Тройке Пентаклей',
          accusative: 'Тройку Пентаклей',
          instrumental: 'Тройкой Пентаклей',
          prepositional: 'Тройке Пентаклей',
        },
        upright: {
          keywords: ['общий чертёж', 'признание умений', 'совместная стройка', 'знающий совет'],
          meaning:
            'Дело складывается, потому что вокруг одного замысла сошлись разные умения. Ваш вклад видят и ценят, а внимание к тем, кто знает другие стороны ремесла, делает результат лучше, чем получилось бы в одиночку.',
          facets: {
            love: 'Отношения крепнут в общем деле — обустройстве дома или совместных планах, где каждый приносит то, чего не хватает другому.',
            work: 'Ваше мастерство замечают люди, чьё мнение весомо, а слаженная команда или хороший наставник продвигают проект вперёд.',
            money: 'Объединённые знания или работа с толковым партнёром помогают финансовому плану обрести прочную и выполнимую форму.',
            self: 'Вы растёте, когда учитесь у других и не прячете свою работу; отзывы сейчас скорее помогают, чем ранят.',
          },
        },
        reversed: {
          keywords: ['каждый тянет на себя', 'незамеченный труд', 'небрежное исполнение', 'амбиции вместо плана'],
          meaning:
            'Команда не работает как одно целое: роли размыты, кто-то тянет одеяло на себя, работа делается наспех. Делу снова нужен общий план.',
          facets: {
            love: 'В общих планах партнёры тянут в разные стороны, и кому-то из вас кажется, что его старания не замечают.',
            work: 'Плохая согласованность, споры о заслугах или небрежность тормозят проект; устройство команды пора пересмотреть.',
            money: 'Совместные финансовые планы страдают от размытых ролей и работы спустя рукава, и ошибки обходятся дороже, чем могли бы.',
            self: 'Работа в одиночку, без чьего-либо отклика, подтачивает веру в свои умения; честный отзыв вернул бы уверенность.',
          },
        },
      },
    },
  },
  {
    id: 'pentacles-04',
    arcana: 'minor',
    suit: 'pentacles',
    number: 4,
    text: {
      en: {
        name: 'Four of Pentacles',
        upright: {
          keywords: ['tight grip', 'guarded resources', 'fear of loss', 'safe but closed'],
          meaning:
            'You hold on hard to what you have, whether money, position or a feeling of control. That grip keeps things safe, yet it also keeps them still: nothing flows out, so little new can flow in. Ask how much protection you really need.',
          facets: {
            love: 'Possessiveness or guardedness keeps the relationship safe but cramped; one of you holds back feelings for fear of losing something.',
            work: 'You cling to a secure role or guard your territory, which protects you but blocks growth and makes sharing hard.',
            money: 'Saving and protecting money dominate, and the caution is sound up to the point where it turns into stinginess or anxiety.',
            self: 'Control feels like safety right now; notice where holding tight leaves you tense rather than truly secure.',
          },
        },
        reversed: {
          keywords: ['loosened hold', 'open hand', 'careless outflow', 'shaken security'],
          meaning:
            'The grip is coming loose. For some this is a welcome release, a chance to share and take a small risk; for others the swing goes too far, into spending without looking or a security that suddenly feels fragile. Let go with your eyes open.',
          facets: {
            love: 'Guardedness softens and there is more room to share feelings, though opening up too abruptly can leave one of you feeling exposed.',
            work: 'You loosen your hold on a role or a way of working, opening space for change, or notice that a secure position is less secure than it seemed.',
            money: 'Money flows out more freely: on generosity, a needed expense, or overspending that should be watched before it drains reserves.',
            self: 'An old need for control relaxes, which brings relief; keep enough structure that the release feels free rather than unmoored.',
          },
        },
      },
      ru: {
        name: 'Четвёрка Пентаклей',
        forms: {
          gender: 'f',
          genitive: 'Четвёрки Пентаклей',
          dative: 'Четвёрке Пентаклей',
          accusative: 'Четвёрку Пентаклей',
          instrumental: 'Четвёркой Пентаклей',
          prepositional: 'Четвёрке Пентаклей',
        },
        upright: {
          keywords: ['мёртвая хватка', 'оберегаемые запасы', 'страх потери', 'надёжно, но закрыто'],
          meaning:
            'Вы крепко держитесь за то, что есть: деньги, положение или ощущение контроля. Такая хватка действительно бережёт, но и сковывает: наружу ничего не уходит, а значит, и нового почти не приходит. Спросите себя, сколько защиты вам на самом деле нужно.',
          facets: {
            love: 'Собственничество или замкнутость делают отношения надёжными, но тесными; кто-то из вас прячет чувства из страха что-то потерять.',
            work: 'Вы держитесь за надёжное место или охраняете свою территорию; это защищает, но мешает расти и делиться.',
            money: 'На первом месте накопление и сохранение денег; осторожность разумна, пока не превращается в скупость или тревогу.',
            self: 'Контроль сейчас кажется безопасностью; присмотритесь, где крепкая хватка даёт не спокойствие, а напряжение.',
          },
        },
        reversed: {
          keywords: ['ослабленная хватка', 'открытая ладонь', 'безоглядные траты', 'пошатнувшаяся надёжность'],
          meaning:
            'Пальцы разжимаются. Для кого-то это долгожданное облегчение, возможность поделиться и немного рискнуть; у других маятник уходит слишком далеко: деньги тратятся без счёта, а надёжность вдруг кажется хрупкой. Отпускайте, но с открытыми глазами.',
          facets: {
            love: 'Настороженность уходит, и делиться чувствами становится легче, хотя слишком резкая откровенность может оставить кого-то из вас беззащитным.',
            work: 'Вы перестаёте цепляться за должность или привычный порядок и освобождаете место для перемен — или замечаете, что надёжное место не так уж надёжно.',
            money: 'Деньги уходят свободнее: на щедрость, на нужную покупку или на лишние траты, за которыми стоит проследить, пока они не съели запас.',
            self: 'Старая потребность всё контролировать ослабевает, и становится легче; сохраните немного опоры, чтобы свобода не обернулась растерянностью.',
          },
        },
      },
    },
  },
  {
    id: 'pentacles-05',
    arcana: 'minor',
    suit: 'pentacles',
    number: 5,
    text: {
      en: {
        name: 'Five of Pentacles',
        upright: {
          keywords: ['out in the cold', 'lean season', 'shut out', 'material strain'],
          meaning:
            'A hard season: money is short, or you feel shut out and unsupported, walking past the lit window instead of going in. The loss is real and it hurts. Even so, help is often closer than it looks, and asking for it is not a failure.',
          facets: {
            love: 'The relationship feels cold or lonely, or one of you feels left out and unsupported; the distance needs to be spoken about, not endured in silence.',
            work: 'Job insecurity, a drop in income or feeling excluded at work weighs on you; this is a time to look for allies and practical support.',
            money: 'Money is tight and worry about covering the basics is real; the help and resources that exist are worth seeking out rather than struggling alone.',
            self: 'You feel worn down and on the outside looking in; being gentle with yourself and letting someone in matters more than appearing fine.',
          },
        },
        reversed: {
          keywords: ['doors reopening', 'thaw', 'help accepted', 'climbing out'],
          meaning:
            'The worst of the hardship is passing. A door opens, someone offers shelter or work, and you find the willingness to take it. Recovery is gradual and money may stay tight for a while, but you are no longer out in the cold alone.',
          facets: {
            love: 'Warmth returns after a lonely or strained period; reconnecting, or being let back in, becomes possible when both sides reach out.',
            work: 'After a setback, new work or a helping hand appears; the way back is steady rather than fast.',
            money: 'Finances begin to recover slowly, with support or a new income easing the pressure step by step.',
            self: 'You start to feel included and hopeful again, and accepting care from others helps you move past a hard time.',
          },
        },
      },
      ru: {
        name: 'Пятёрка Пентаклей',
        forms: {
          gender: 'f',
          genitive: 'Пятёрки Пентаклей',
          dative: 'Пятёрке Пентаклей',
          accusative: 'Пятёрку Пентаклей',
          instrumental: 'Пятёркой Пентаклей',
          prepositional: 'Пятёрке Пентаклей',
        },
        upright: {
          keywords: ['на холоде', 'скудная пора', 'чувство изгнанности', 'материальные трудности'],
          meaning:
            'Тяжёлая полоса: денег мало или кажется, что вас оставили за дверью без всякой поддержки, и вы бредёте мимо освещённого окна. Потеря настоящая, и это больно. И всё же помощь часто ближе, чем кажется, а просить о ней — не поражение.',
          facets: {
            love: 'В отношениях холодно и одиноко, или кто-то из вас чувствует себя лишним; об этой дистанции нужно говорить, а не терпеть её молча.',
            work: 'Угроза потерять работу, падение дохода или ощущение, что вас не принимают в коллективе, давят на вас; сейчас важно искать союзников и реальную помощь.',
            money: 'Денег не хватает, и тревога о самом необходимом вполне реальна; доступную помощь и ресурсы стоит искать, а не выкарабкиваться в одиночку.',
            self: 'Сил почти нет, и вы будто смотрите на жизнь снаружи; бережность к себе и готовность подпустить кого-то ближе важнее, чем видимость благополучия.',
          },
        },
        reversed: {
          keywords: ['открывшаяся дверь', 'оттепель', 'принятая помощь', 'выход из нужды'],
          meaning:
            'Худшее в трудной полосе позади. Открывается дверь, кто-то предлагает кров или работу, и у вас находятся силы согласиться. Восстановление идёт постепенно, денег какое-то время может быть в обрез, но вы больше не стоите на холоде в одиночку.',
          facets: {
            love: 'После одинокого или напряжённого времени возвращается тепло; сблизиться снова получится, если оба сделают шаг навстречу.',
            work: 'После неудачи появляется новая работа или протянутая рука; восстановление будет ровным, хотя и не быстрым.',
            money: 'Финансы понемногу выправляются: поддержка или новый доход шаг за шагом снимают давление.',
            self: 'Возвращаются надежда и ощущение, что рядом есть люди; чужая забота, которую вы больше не отталкиваете, помогает оставить трудное время позади.',
          },
        },
      },
    },
  },
  {
    id: 'pentacles-06',
    arcana: 'minor',
    suit: 'pentacles',
    number: 6,
    text: {
      en: {
        name: 'Six of Pentacles',
        upright: {
          keywords: ['open purse', 'help that flows', 'fair measure', 'receiving with grace'],
          meaning:
            'Resources are moving from where there is plenty to where there is need. You may be the one giving or the one receiving; either way the exchange is fair and freely made. Notice the scales, too: generosity works best when it does not quietly turn into power over someone.',
          facets: {
            love: 'Care is given and received in fair measure, and kindness from one partner is met with real gratitude rather than a sense of debt.',
            work: 'A mentor, sponsor or employer offers support, or you are in a position to help someone else; fair pay and fair credit are in view.',
            money: 'Money arrives as help, a gift, a fair payment or a loan on decent terms, or you are able to share some of yours with someone in need.',
            self: 'Giving and taking feel balanced, and you can accept help without shame or offer it without needing thanks.',
          },
        },
        reversed: {
          keywords: ['favours with a price', 'lopsided exchange', 'debt and dependence', 'giving until empty'],
          meaning:
            'The exchange has tipped. Help comes with strings, or one side always gives while the other only takes, and gratitude has started to feel like debt. Look at who holds the power here, and whether you give out of kindness or out of fear.',
          facets: {
            love: 'One partner gives far more than the other, or affection is used to keep a sense of obligation; the balance needs an honest look.',
            work: 'Help from someone above you carries hidden conditions, or your effort is taken without fair reward.',
            money: 'Loans, gifts or shared costs come with strings or an unfair balance, and debt can sour the relationship behind the money.',
            self: 'You give until there is nothing left, or struggle to accept help without feeling small; both keep you out of balance.',
          },
        },
      },
      ru: {
        name: 'Шестёрка Пентаклей',
        forms: {
          gender: 'f',
          genitive: 'Шестёрки Пентаклей',
          dative: 'Шестёрке Пентаклей',
          accusative: 'Шестёрку Пентаклей',
          instrumental: 'Шестёркой Пентаклей',
          prepositional: 'Шестёрке Пентаклей',
        },
        upright: {
          keywords: ['открытый кошелёк', 'помощь по кругу', 'честная мера', 'умение принимать'],
          meaning:
            'Ресурсы перетекают туда, где их не хватает. Вы можете оказаться и тем, кто даёт, и тем, кто получает; в любом случае обмен честный и добровольный. Но присмотритесь к весам в руке дающего: щедрость хороша, пока незаметно не превращается во власть над другим.',
          facets: {
            love: 'Забота отдаётся и принимается в равной мере, и на доброту одного партнёра другой отвечает искренней благодарностью, а не чувством долга.',
            work: 'Наставник, покровитель или работодатель готов вас поддержать, или вы сами можете помочь кому-то; честная оплата и признание заслуг рядом.',
            money: 'Деньги приходят как помощь, подарок, справедливая оплата или заём на честных условиях, либо вы можете поделиться своими с тем, кому трудно.',
            self: 'Давать и брать сейчас получается в равновесии: вы принимаете помощь без стыда и помогаете, не дожидаясь благодарности.',
          },
        },
        reversed: {
          keywords: ['услуга с ценником', 'перекошенный обмен', 'долг и зависимость', 'самоотдача до опустошения'],
          meaning:
            'Равновесие обмена нарушено. Помощь приходит с условиями, или одна сторона только даёт, а другая только берёт, и благодарность начинает напоминать долг. Посмотрите, у кого здесь власть и отдаёте ли вы по доброте или из страха.',
          facets: {
            love: 'Один партнёр отдаёт намного больше другого, или забота становится способом держать другого в долгу; этот перекос стоит честно обсудить.',
            work: 'Поддержка начальства оборачивается скрытыми условиями, или вашим трудом пользуются без справедливого вознаграждения.',
            money: 'Займы, подарки или общие расходы связаны с условиями или перекосом, и долг может испортить отношения между людьми.',
            self: 'Вы отдаёте до последнего или не можете принять помощь без чувства унижения; и то и другое лишает вас равновесия.',
          },
        },
      },
    },
  },
  {
    id: 'pentacles-07',
    arcana: 'minor',
    suit: 'pentacles',
    number: 7,
    text: {
      en: {
        name: 'Seven of Pentacles',
        upright: {
          keywords: ['slow harvest', 'taking stock', 'long game', 'patient tending'],
          meaning:
            'You lean on the hoe and look at what your work has grown so far. The crop is real but not yet ripe, so this is a moment to judge honestly what deserves more of your time and what does not.',
          facets: {
            love: 'The relationship needs time and steady care; it is a good moment to look at what you have built together and what it still needs.',
            work: 'A long project is halfway: progress is visible but slow, and an honest review now shows where to put your remaining effort.',
            money: 'Savings and invested effort grow gradually; returns come to those who wait and review, not to those who pull the shoots up early.',
            self: 'You are in a middle stretch where change is quiet; valuing slow progress keeps you from giving up on what is working.',
          },
        },
        reversed: {
          keywords: ['meagre yield', 'effort poured away', 'restless waiting', 'wrong crop'],
          meaning:
            'Much work, little to show. Either the effort went into something that was never going to grow, or impatience keeps you digging up the seeds to check on them. Decide which it is, and stop investing time where nothing comes back.',
          facets: {
            love: 'You put a lot into a relationship that gives little back, or impatience for quick results keeps disturbing something still young.',
            work: 'Long hours bring poor results; the approach, the project or the place itself needs changing rather than more effort.',
            money: 'Returns disappoint or money goes into something that does not pay back; the plan needs a clear-eyed review.',
            self: 'Frustration at slow progress makes you drop good habits too soon, or keep pushing at one that clearly does not work.',
          },
        },
      },
      ru: {
        name: 'Семёрка Пентаклей',
        forms: {
          gender: 'f',
          genitive: 'Семёрки Пентаклей',
          dative: 'Семёрке Пентаклей',
          accusative: 'Семёрку Пентаклей',
          instrumental: 'Семёркой Пентаклей',
          prepositional: 'Семёрке Пентаклей',
        },
        upright: {
          keywords: ['неспешный урожай', 'подведение итогов', 'игра вдолгую', 'терпеливый уход'],
          meaning:
            'Вы опираетесь на мотыгу и смотрите, что успело вырасти. Урожай настоящий, но ещё не созрел, и сейчас самое время честно решить, что стоит дальнейших сил, а что нет.',
          facets: {
            love: 'Отношениям нужны время и ровная забота; хороший момент, чтобы посмотреть, что вы уже построили вместе и чего союзу ещё не хватает.',
            work: 'Долгий проект на середине пути: движение видно, но медленное, и честный разбор сейчас покажет, куда направить оставшиеся силы.',
            money: 'Накопления и вложенный труд растут постепенно; отдача приходит к тому, кто умеет ждать и проверять, а не выдёргивает ростки раньше срока.',
            self: 'Вы на отрезке, где перемены идут тихо; умение ценить медленный прогресс удерживает от того, чтобы бросить то, что уже приносит плоды.',
          },
        },
        reversed: {
          keywords: ['скудная отдача', 'напрасный труд', 'нетерпеливое ожидание', 'не та грядка'],
          meaning:
            'Труда много, а показать почти нечего. Либо силы ушли туда, где ничего не могло вырасти, либо нетерпение заставляет то и дело выкапывать семена, чтобы проверить их. Разберитесь, в чём дело, и перестаньте тратить время там, откуда ничего не возвращается.',
          facets: {
            love: 'Вы много вкладываете в отношения, которые мало дают в ответ, или нетерпение подгоняет то, что ещё только зарождается.',
            work: 'Вы работаете допоздна, а результат скромный; менять стоит подход, проект или само место, а не наращивать усилия.',
            money: 'Отдача разочаровывает, или деньги уходят туда, откуда не возвращаются; план нуждается в трезвом пересмотре.',
            self: 'Досада на медленный прогресс заставляет слишком рано бросать полезные привычки — или упорно держаться за ту, что явно не помогает.',
          },
        },
      },
    },
  },
  {
    id: 'pentacles-08',
    arcana: 'minor',
    suit: 'pentacles',
    number: 8,
    text: {
      en: {
        name: 'Eight of Pentacles',
        upright: {
          keywords: ['apprentice hours', 'honed craft', 'quiet concentration', 'repetition with care'],
          meaning:
            'Head down, one coin after another. This is the work of getting good at something through repetition and attention, and it pays in skill before it pays in praise.',
          facets: {
            love: 'Love grows through small, repeated acts of attention; the relationship benefits from the work you put into understanding each other.',
            work: 'Training, a new skill or careful, focused work on one task is the point now; quality and consistency will be noticed in time.',
            money: 'Income grows through steady effort and improving your skills rather than through shortcuts or luck.',
            self: 'Practising something you care about brings satisfaction and self-respect, one patient session at a time.',
          },
        },
        reversed: {
          keywords: ['hollow routine', 'polishing forever', 'cut corners', 'stalled learning'],
          meaning:
            'The work has gone stale or lopsided. Sometimes it is perfectionism, endlessly redoing one detail; sometimes the opposite, corners cut because nothing feels worth the effort. Either way, skill stops growing until you remember what the work is for.',
          facets: {
            love: 'The relationship runs on autopilot, or one of you fixates on getting every detail right and loses sight of simple warmth.',
            work: 'Sloppy work, a dead-end routine or perfectionism that keeps anything from being finished holds your career back.',
            money: 'Effort is not turning into income, perhaps because the work is unfocused or undervalued; look at where your hours actually go.',
            self: 'You hold yourself to flawless standards or lose interest altogether; both signal that the practice needs a fresh purpose.',
          },
        },
      },
      ru: {
        name: 'Восьмёрка Пентаклей',
        forms: {
          gender: 'f',
          genitive: 'Восьмёрки Пентаклей',
          dative: 'Восьмёрке Пентаклей',
          accusative: 'Восьмёрку Пентаклей',
          instrumental: 'Восьмёркой Пентаклей',
          prepositional: 'Восьмёрке Пентаклей',
        },
        upright: {
          keywords: ['часы ученичества', 'отточенное ремесло', 'тихое сосредоточение', 'внимательное повторение'],
          meaning:
            'Голова склонена над работой, монета за монетой. Так становятся мастерами — через повторение и внимание, и окупается это сначала умением, а лишь потом похвалой.',
          facets: {
            love: 'Любовь растёт из маленьких повторяющихся знаков внимания; отношениям идёт на пользу труд, который вы вкладываете в понимание друг друга.',
            work: 'Сейчас главное — учёба, новый навык или кропотливая сосредоточенная работа; качество и постоянство со временем заметят.',
            money: 'Доход растёт благодаря ровным усилиям и росту мастерства, а не обходным путям или удаче.',
            self: 'Занятие, которое вам дорого, приносит удовлетворение и уважение к себе — одно терпеливое усилие за другим.',
          },
        },
        reversed: {
          keywords: ['пустая рутина', 'бесконечная шлифовка', 'халтура', 'застывшая учёба'],
          meaning:
            'Работа выдохлась или перекосилась. Иногда это перфекционизм, когда одну деталь переделывают без конца; иногда наоборот — халтура, потому что ничего не кажется стоящим усилий. Так или иначе, мастерство перестаёт расти, пока вы не вспомните, ради чего всё делается.',
          facets: {
            love: 'Отношения идут по инерции, или кто-то из вас так стремится сделать всё безупречно, что забывает о простом тепле.',
            work: 'Небрежность, тупиковая рутина или перфекционизм, мешающий что-либо закончить, тормозят вашу карьеру.',
            money: 'Усилия не превращаются в доход: работа распылена или недооценена; посмотрите, на что уходит ваше время.',
            self: 'Вы требуете от себя безупречности или совсем теряете интерес; и то и другое говорит, что занятию нужна новая цель.',
          },
        },
      },
    },
  },
  {
    id: 'pentacles-09',
    arcana: 'minor',
    suit: 'pentacles',
    number: 9,
    text: {
      en: {
        name: 'Nine of Pentacles',
        upright: {
          keywords: ['walled garden', 'earned ease', 'standing on your own', 'cultivated taste'],
          meaning:
            'You stand in a garden you made yourself. Comfort, independence and a certain refinement have come from discipline, and you are free to enjoy them without needing anyone to approve.',
          facets: {
            love: 'You come to love from self-respect and independence; a partner who matches that, or time enjoyed on your own, both feel right.',
            work: 'Your work has earned you autonomy and recognition; you can set your own standards and enjoy the results.',
            money: 'Finances are comfortable thanks to earlier discipline, and there is room to enjoy what you have without guilt.',
            self: 'You feel at home in your own company, confident and at ease, and can treat yourself with the care you have earned.',
          },
        },
        reversed: {
          keywords: ['gilded cage', 'hustle without rest', 'borrowed comfort', 'shaky independence'],
          meaning:
            'The comfort is thinner than it looks. Perhaps it depends on someone else, is propped up by spending, or costs so much work that there is no time left to enjoy it. It would help to ask what independence really means to you, and what you are paying for it.',
          facets: {
            love: 'Independence slides into isolation, or the relationship is valued more for appearances or security than for closeness.',
            work: 'You work relentlessly to keep up a standard, or your autonomy rests on shaky ground that a single setback could expose.',
            money: "Spending on appearances, or relying on someone else's money, leaves your finances less secure than they look.",
            self: 'Self-worth leans on possessions or achievements, and slowing down to enjoy what you have feels strangely hard.',
          },
        },
      },
      ru: {
        name: 'Девятка Пентаклей',
        forms: {
          gender: 'f',
          genitive: 'Девятки Пентаклей',
          dative: 'Девятке Пентаклей',
          accusative: 'Девятку Пентаклей',
          instrumental: 'Девяткой Пентаклей',
          prepositional: 'Девятке Пентаклей',
        },
        upright: {
          keywords: ['свой сад', 'заслуженная лёгкость', 'опора на себя', 'утончённый вкус'],
          meaning:
            'Вы стоите в саду, который вырастили сами. Уют, независимость и некоторая изысканность пришли благодаря дисциплине, и вы вправе наслаждаться ими, ни у кого не спрашивая одобрения.',
          facets: {
            love: 'В любви вы опираетесь на уважение к себе и внутреннюю независимость; хорошо и рядом с равным партнёром, и одному.',
            work: 'Работа принесла вам самостоятельность и признание; вы можете сами задавать планку и радоваться результату.',
            money: 'Благодаря прежней дисциплине с деньгами всё благополучно, и можно без чувства вины радоваться тому, что есть.',
            self: 'Вам хорошо наедине с собой, спокойно и уверенно, и вы можете окружить себя заботой, которую заслужили.',
          },
        },
        reversed: {
          keywords: ['золотая клетка', 'гонка без передышки', 'комфорт в долг', 'шаткая самостоятельность'],
          meaning:
            'Благополучие тоньше, чем кажется. Оно может держаться на чужих деньгах, на тратах не по средствам или на такой работе, что наслаждаться им уже некогда. Стоит спросить себя, что для вас на самом деле значит независимость и какую цену вы за неё платите.',
          facets: {
            love: 'Независимость переходит в одиночество, или отношения ценят больше за статус и надёжность, чем за близость.',
            work: 'Вы без конца работаете, чтобы держать планку, или ваша самостоятельность стоит на шатком основании, которое выдаст первая же неудача.',
            money: 'Траты напоказ или зависимость от чужих денег делают ваше положение менее прочным, чем кажется со стороны.',
            self: 'Самооценка держится на вещах и достижениях, и остановиться, чтобы порадоваться тому, что есть, почему-то трудно.',
          },
        },
      },
    },
  },
  {
    id: 'pentacles-10',
    arcana: 'minor',
    suit: 'pentacles',
    number: 10,
    text: {
      en: {
        name: 'Ten of Pentacles',
        upright: {
          keywords: ['generations', 'household wealth', 'inheritance', 'lasting foundations'],
          meaning:
            'Wealth and belonging that reach across generations: a home, a family, a tradition that holds. What has been built is solid and shared.',
          facets: {
            love: 'The relationship moves towards commitment, a shared home or blending families, with a sense of building something lasting.',
            work: 'A stable, established workplace or a family business offers long-term security; your work feeds something larger than one career.',
            money: 'Long-term financial security, property or family resources are in focus, and decisions now affect more than the present.',
            self: 'You draw strength from your roots and a sense of belonging, and feel part of a story bigger than yourself.',
          },
        },
        reversed: {
          keywords: ['family rifts', 'disputed inheritance', 'cracks in the foundation', 'weight of expectations'],
          meaning:
            'The structure that was meant to last is under strain. Money is often the thread that pulls it: an argument over inheritance, a family business in trouble, debts that weigh on a household. Or tradition itself has become a cage, and someone wants out. Talk before the cracks widen.',
          facets: {
            love: 'Family pressure, differing hopes for the future or money disputes strain the relationship and need open discussion.',
            work: 'An established company or family business faces instability, or expectations to follow a set path clash with what you want.',
            money: 'Arguments over shared money, inheritance or property, or a setback that shakes long-term security, call for careful handling.',
            self: 'You feel weighed down by family expectations or cut off from your roots, and wonder where you truly belong.',
          },
        },
      },
      ru: {
        name: 'Десятка Пентаклей',
        forms: {
          gender: 'f',
          genitive: 'Десятки Пентаклей',
          dative: 'Десятке Пентаклей',
          accusative: 'Десятку Пентаклей',
          instrumental: 'Десяткой Пентаклей',
          prepositional: 'Десятке Пентаклей',
        },
        upright: {
          keywords: ['поколения', 'семейный достаток', 'наследство', 'прочный фундамент'],
          meaning:
            'Достаток и семейные узы, которые переходят из поколения в поколение: дом, семья, традиция, на которую можно опереться. Построенное прочно, и разделяют его многие.',
          facets: {
            love: 'Отношения движутся к серьёзным обязательствам, общему дому или объединению семей, и есть ощущение, что вы строите что-то надолго.',
            work: 'Стабильная, давно стоящая на ногах компания или семейное дело дают уверенность в завтрашнем дне; ваш труд — часть чего-то большего.',
            money: 'В центре внимания долгосрочная финансовая надёжность, недвижимость или семейные средства, и сегодняшние решения влияют не только на настоящее.',
            self: 'Вы черпаете силы в своих корнях и ощущаете себя частью истории, которая больше вас.',
          },
        },
        reversed: {
          keywords: ['семейный раскол', 'спор о наследстве', 'трещины в фундаменте', 'груз ожиданий'],
          meaning:
            'То, что строилось на века, трещит. Часто ниточка, за которую тянут, — деньги: спор о наследстве, семейное дело в беде, долги, нависшие над домом. Или сама традиция стала клеткой, и кто-то хочет на волю. Поговорите, пока трещины не разошлись.',
          facets: {
            love: 'Давление родни, разные ожидания от будущего или споры о деньгах осложняют отношения, и это нужно открыто обсудить.',
            work: 'Солидная компания или семейный бизнес теряет устойчивость, или от вас ждут проторённого пути, который расходится с вашими желаниями.',
            money: 'Споры об общих деньгах, наследстве или имуществе, а также удар по долгосрочной надёжности требуют бережного подхода.',
            self: 'Семейные ожидания давят, или связь с корнями потеряна, и трудно понять, где ваше место.',
          },
        },
      },
    },
  },
  {
    id: 'pentacles-11',
    arcana: 'minor',
    suit: 'pentacles',
    number: 11,
    text: {
      en: {
        name: 'Page of Pentacles',
        upright: {
          keywords: ['eager student', 'first practical step', 'grounded curiosity', 'news about money or study'],
          meaning:
            'A beginner holds the coin up and studies it as if it were the whole world. This is curiosity with its feet on the ground: a course, a first job, a small venture started with care. It can also be a careful, studious person entering your life.',
          facets: {
            love: 'Love begins slowly and sincerely, through shared interests and small, reliable gestures; it may be someone who takes commitment seriously.',
            work: 'An apprenticeship, internship, course or entry-level role opens; your willingness to learn the basics is your strongest asset.',
            money: 'A first step towards handling money well, such as a habit of putting some aside or learning how money works, starts modestly and builds.',
            self: 'Learning something new and practical gives you a quiet sense of purpose and a feeling that the future can be built.',
          },
        },
        reversed: {
          keywords: ['plans left on paper', 'drifting student', 'avoided basics', 'unrealistic start'],
          meaning:
            'The plan stays a plan. Lessons are skipped, the first step keeps being put off, or the goal is too big for where you stand. Go back to the basics you have been avoiding.',
          facets: {
            love: 'Interest is there but nothing follows through; promises stay vague, or one of you is not mature enough to show up consistently.',
            work: 'Training is neglected, a new role is treated carelessly, or ambitions outrun the skills you have built so far.',
            money: 'Good intentions about money go nowhere, and small careless habits keep undoing whatever progress is made.',
            self: 'Procrastination and self-doubt keep you from starting, so the gap between what you want and what you do keeps growing.',
          },
        },
      },
      ru: {
        name: 'Паж Пентаклей',
        forms: {
          gender: 'm',
          genitive: 'Пажа Пентаклей',
          dative: 'Пажу Пентаклей',
          accusative: 'Пажа Пентаклей',
          instrumental: 'Пажом Пентаклей',
          prepositional: 'Паже Пентаклей',
        },
        upright: {
          keywords: ['прилежный ученик', 'первый практический шаг', 'практичное любопытство', 'вести о деньгах или учёбе'],
          meaning:
            'Новичок поднимает монету и разглядывает её так, будто в ней весь мир. Это любопытство, которое твёрдо стоит на земле: курсы, первая работа, небольшое дело, начатое с толком. Карта может указывать и на вдумчивого, старательного человека, который появляется рядом с вами.',
          facets: {
            love: 'Чувство зарождается неспешно и искренне — через общие интересы и небольшие надёжные поступки; возможно, это человек, который серьёзно относится к обязательствам.',
            work: 'Открывается стажировка, учёба, курсы или должность для начинающих; ваша готовность осваивать азы — главное преимущество.',
            money: 'Первые шаги к разумному обращению с деньгами — скажем, привычка откладывать или желание разобраться в финансах — скромны, но со временем принесут плоды.',
            self: 'Новое практичное умение даёт вам тихое чувство смысла и уверенность, что будущее можно построить своими руками.',
          },
        },
        reversed: {
          keywords: ['планы на бумаге', 'ученик без усердия', 'пропущенные азы', 'нереальный старт'],
          meaning:
            'План так и остаётся планом. Уроки пропускаются, первый шаг всё откладывается, или цель пока не по силам на нынешнем этапе. Вернитесь к азам, которых вы избегали.',
          facets: {
            love: 'Интерес есть, но за ним ничего не следует: обещания остаются размытыми, или кому-то из вас не хватает зрелости, чтобы быть рядом постоянно.',
            work: 'Учёбу забросили, к новой должности относятся спустя рукава, или амбиции обгоняют уже накопленные навыки.',
            money: 'Добрые намерения насчёт денег ни к чему не приводят, а мелкие небрежные привычки раз за разом сводят успехи на нет.',
            self: 'Привычка тянуть с делами и неуверенность мешают начать, и разрыв между желаемым и сделанным всё растёт.',
          },
        },
      },
    },
  },
  {
    id: 'pentacles-12',
    arcana: 'minor',
    suit: 'pentacles',
    number: 12,
    text: {
      en: {
        name: 'Knight of Pentacles',
        upright: {
          keywords: ['methodical pace', 'kept promises', 'plodding progress', 'dependable effort'],
          meaning:
            'The horse stands still and the rider surveys the field before working it. Progress comes from doing the same sensible thing every day, without drama or shortcuts; it is slow, but it rarely fails. As a person, this is someone steady, cautious and reliable to a fault.',
          facets: {
            love: 'A partner or relationship is steady and dependable rather than exciting; love shows itself in reliability and in promises that are kept.',
            work: 'Methodical, responsible work pays off; finishing what you start and sticking to a sound routine earns trust.',
            money: 'Money grows through careful budgeting and consistent habits; the gains are slow but dependable.',
            self: 'A simple, steady routine gives you strength; small daily commitments, kept faithfully, matter more than bursts of motivation.',
          },
        },
        reversed: {
          keywords: ['stuck in the furrow', 'inertia', 'dull obligation', 'work without end'],
          meaning:
            'Steadiness has hardened into a rut. Either nothing moves because every risk is refused, or work grinds on without rest or purpose until boredom sets in. Something needs shaking loose.',
          facets: {
            love: 'The relationship feels predictable to the point of boredom, or one partner is so absorbed in duties that little warmth is left.',
            work: 'You are stuck in a tedious routine, moving too slowly, or working long hours that produce little.',
            money: 'Excessive caution keeps money idle, or a careless, lazy approach lets small problems grow.',
            self: 'Inertia makes every change feel heavy; a small break from routine could bring your energy back.',
          },
        },
      },
      ru: {
        name: 'Рыцарь Пентаклей',
        forms: {
          gender: 'm',
          genitive: 'Рыцаря Пентаклей',
          dative: 'Рыцарю Пентаклей',
          accusative: 'Рыцаря Пентаклей',
          instrumental: 'Рыцарем Пентаклей',
          prepositional: 'Рыцаре Пентаклей',
        },
        upright: {
          keywords: ['методичный шаг', 'верность слову', 'медленное продвижение', 'надёжное усилие'],
          meaning:
            'Конь стоит на месте, а всадник оглядывает поле, прежде чем взяться за работу. Успех складывается из того, что каждый день делается одно и то же разумное дело, без суеты и обходных путей; это медленно, но почти безотказно. Если речь о человеке, это кто-то спокойный, осторожный и надёжный до упрямства.',
          facets: {
            love: 'Партнёр или отношения скорее надёжны, чем захватывающи; любовь проявляется в постоянстве и в том, что обещания выполняются.',
            work: 'Методичная, ответственная работа окупается; умение доводить начатое до конца и держаться разумного распорядка вызывает доверие.',
            money: 'Деньги прирастают благодаря внимательному бюджету и постоянным привычкам; рост медленный, зато надёжный.',
            self: 'Простой ровный распорядок даёт силы; небольшие ежедневные обещания себе, выполненные честно, важнее вспышек вдохновения.',
          },
        },
        reversed: {
          keywords: ['колея', 'инерция', 'унылая обязанность', 'работа без конца'],
          meaning:
            'Постоянство превратилось в колею. Либо ничего не движется, потому что любой риск отвергается, либо работа тянется без отдыха и смысла, пока не наступает скука. Что-то пора расшевелить.',
          facets: {
            love: 'Отношения предсказуемы до скуки, или один из партнёров так погружён в обязанности, что тепла почти не остаётся.',
            work: 'Вы застряли в утомительной рутине, движетесь слишком медленно или работаете подолгу почти без результата.',
            money: 'Чрезмерная осторожность держит деньги без движения, или небрежность и лень позволяют мелким проблемам разрастаться.',
            self: 'Из-за инерции любая перемена кажется тяжёлой; небольшое отступление от привычного распорядка могло бы вернуть силы.',
          },
        },
      },
    },
  },
  {
    id: 'pentacles-13',
    arcana: 'minor',
    suit: 'pentacles',
    number: 13,
    text: {
      en: {
        name: 'Queen of Pentacles',
        upright: {
          keywords: ['hearth and harvest', 'practical warmth', 'grounded care', 'well-run home'],
          meaning:
            'Warmth that gets things done. Here care looks like a full table, a budget that works and a calm presence that makes others feel safe, and it includes caring for yourself. As a person, this is someone generous, sensible and at home in the physical world.',
          facets: {
            love: 'Love is expressed through practical care and comfort; the relationship feels nurturing, safe and rooted in everyday life.',
            work: 'You manage responsibilities with competence and warmth, balancing people and resources so that work runs smoothly.',
            money: 'Resources are handled sensibly and generously; there is enough to provide for those who depend on you and to enjoy life.',
            self: 'You feel grounded and content, looking after your body, home and routines in a way that replenishes you.',
          },
        },
        reversed: {
          keywords: ['running on empty', 'torn between duties', 'smothering care', 'unsteady footing'],
          meaning:
            'Caring for everyone has left little for yourself, or work and home pull so hard in opposite directions that neither gets your best. Sometimes care turns controlling, or security leans too heavily on someone else. Refill your own reserves first.',
          facets: {
            love: 'One partner mothers or controls the other, or gives so much care that their own needs go unmet and resentment builds.',
            work: 'Work and home life clash, and trying to be everything to everyone leaves you drained and less effective.',
            money: 'Financial dependence on someone else, or generosity beyond your means, leaves you feeling insecure.',
            self: 'Self-neglect shows in tiredness and irritability; your own needs deserve the care you give others so easily.',
          },
        },
      },
      ru: {
        name: 'Королева Пентаклей',
        forms: {
          gender: 'f',
          genitive: 'Королевы Пентаклей',
          dative: 'Королеве Пентаклей',
          accusative: 'Королеву Пентаклей',
          instrumental: 'Королевой Пентаклей',
          prepositional: 'Королеве Пентаклей',
        },
        upright: {
          keywords: ['очаг и урожай', 'деятельное тепло', 'хозяйственность', 'налаженный быт'],
          meaning:
            'Тепло, от которого есть толк. Забота здесь — это накрытый стол, бюджет, который сходится, и спокойное присутствие, рядом с которым другим надёжно; и себя такая забота не обделяет. Если карта говорит о человеке, то о щедром, здравомыслящем и крепко стоящем на земле.',
          facets: {
            love: 'Любовь выражается в практической заботе и уюте; в отношениях тепло и надёжно, и они прочно укоренены в повседневной жизни.',
            work: 'Вы справляетесь с обязанностями умело и тепло: и о людях позаботитесь, и ресурсы распределите так, что работа идёт гладко.',
            money: 'С деньгами обращаются разумно и щедро: хватает и на тех, кто от вас зависит, и на радости жизни.',
            self: 'Вы чувствуете опору и удовлетворение, заботясь о теле, доме и распорядке так, что это восполняет силы.',
          },
        },
        reversed: {
          keywords: ['исчерпанные силы', 'разрыв между работой и домом', 'удушающая опека', 'зыбкая опора'],
          meaning:
            'Забота обо всех не оставила сил на себя, или работа и дом тянут в разные стороны так сильно, что ни тому ни другому не достаётся лучшее. Порой забота перерастает в контроль, а надёжность слишком опирается на другого человека. Сначала восполните собственные силы.',
          facets: {
            love: 'Один партнёр опекает или контролирует другого, или отдаёт столько заботы, что о его собственных нуждах никто не думает, и копится обида.',
            work: 'Работа и домашняя жизнь сталкиваются, и попытка успеть всё для всех выматывает и снижает отдачу.',
            money: 'Денежная зависимость от другого человека или щедрость не по средствам оставляют чувство незащищённости.',
            self: 'Пренебрежение собой проявляется в усталости и раздражительности; ваши нужды заслуживают той заботы, которую вы так легко дарите другим.',
          },
        },
      },
    },
  },
  {
    id: 'pentacles-14',
    arcana: 'minor',
    suit: 'pentacles',
    number: 14,
    text: {
      en: {
        name: 'King of Pentacles',
        upright: {
          keywords: ['built empire', 'steady hand', 'seasoned judgement', 'provider'],
          meaning:
            'He sits among vines and towers he built, at ease with wealth and responsibility alike. This is success made real through patience and sound judgement, used to provide and protect. As a person: a reliable, prosperous figure who leads by example.',
          facets: {
            love: 'A partner or relationship offers stability, loyalty and generous support; love is shown by providing and by being there.',
            work: 'Leadership, business success or a senior role is within reach, built on discipline, sound decisions and a reputation for reliability.',
            money: 'Finances are strong and well managed, and experience lets you make decisions that secure the long term.',
            self: 'You feel capable and in command of your life, with the calm confidence of someone who knows their worth.',
          },
        },
        reversed: {
          keywords: ['greed', 'money as power', 'stubborn rule', 'reckless judgement'],
          meaning:
            'Wealth and authority have gone sour. This can look like greed, a need to control everything and everyone, status bought at the expense of people, or plain bad judgement with money. Beneath it often lies fear of losing what was built.',
          facets: {
            love: 'A partner uses money or status to control, or treats the relationship as another possession; warmth gives way to rigidity.',
            work: 'A boss or business leader is domineering, corrupt or stubborn, or your own need for control is damaging the enterprise.',
            money: 'Greed, risky bets or a stubborn refusal to adapt put finances at risk; spending for status can hide real trouble.',
            self: 'Your sense of worth is tied up with money and control, and that makes it hard to relax or admit you need anything.',
          },
        },
      },
      ru: {
        name: 'Король Пентаклей',
        forms: {
          gender: 'm',
          genitive: 'Короля Пентаклей',
          dative: 'Королю Пентаклей',
          accusative: 'Короля Пентаклей',
          instrumental: 'Королём Пентаклей',
          prepositional: 'Короле Пентаклей',
        },
        upright: {
          keywords: ['выстроенная империя', 'твёрдая рука', 'хозяйская хватка', 'кормилец'],
          meaning:
            'Он сидит среди виноградных лоз, у башен, которые выстроил сам, и несёт богатство и ответственность одинаково спокойно. Это успех, воплощённый терпением и здравым суждением, и служит он тому, чтобы обеспечивать и защищать. Как человек — надёжный и состоятельный лидер, который ведёт за собой личным примером.',
          facets: {
            love: 'Партнёр или отношения дают устойчивость, верность и щедрую поддержку; любовь проявляется в том, чтобы обеспечивать и быть рядом.',
            work: 'Руководящая роль, успех в деле или высокая должность достижимы благодаря дисциплине, взвешенным решениям и репутации надёжного человека.',
            money: 'Финансы крепки и в надёжных руках, а опыт позволяет принимать решения, которые обеспечивают будущее надолго.',
            self: 'Вы уверенно держите жизнь в своих руках — со спокойствием человека, который знает себе цену.',
          },
        },
        reversed: {
          keywords: ['жадность', 'деньги как власть', 'упрямое правление', 'безрассудные решения'],
          meaning:
            'Богатство и власть обернулись тёмной стороной. Это может быть жадность, потребность контролировать всё и всех, статус, купленный за счёт людей, или просто неразумное обращение с деньгами. Под этим часто прячется страх потерять построенное.',
          facets: {
            love: 'Партнёр использует деньги или положение для контроля или относится к отношениям как к очередному имуществу; тепло сменяется жёсткостью.',
            work: 'Начальник или руководитель властен, нечист на руку или упрям, или ваша собственная потребность в контроле вредит делу.',
            money: 'Жадность, рискованные ставки или упрямое нежелание меняться ставят финансы под угрозу; траты ради статуса могут скрывать настоящие проблемы.',
            self: 'Ощущение собственной ценности срослось с деньгами и контролем, и поэтому трудно расслабиться или признать, что вам что-то нужно.',
          },
        },
      },
    },
  },
];
