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
          accusative: 'Туз Пентаклей',
          instrumental: 'Тузом Пентаклей',
          prepositional: 'Тузе Пентаклей',
        },
        upright: {
          keywords: ['реальное предложение', 'плодородная почва', 'первая опора', 'материальный задел'],
          meaning:
            'Перед вами что-то осязаемое: работа, деньги, участок, на котором можно строить. Это пока только начало, и оно прорастёт, если относиться к нему как к семени, которому нужны почва, вода и время, а не как к уже полученной награде.',
          facets: {
            love: 'Отношения получают надёжное начало или практический шаг вперёд: общие планы, переезд, решение, которое показывает, что союз задуман надолго.',
            work: 'Рядом конкретное предложение, новая должность или проект с реальной поддержкой; выиграет тот, кто отнесётся к нему всерьёз с первого дня.',
            money: 'Появляется новый источник дохода или шанс навести порядок в деньгах; его ценность зависит от того, насколько бережно вы распорядитесь им с самого начала.',
            self: 'Повседневная жизнь становится устойчивее, и небольшая полезная привычка, заведённая сейчас, может надолго стать для вас опорой.',
          },
        },
        reversed: {
          keywords: ['ускользающий шанс', 'неподготовленная почва', 'поспешные траты', 'близорукие планы'],
          meaning:
            'Шанс, казавшийся надёжным, шатается или уходит, потому что под него не подвели основу. Прежде чем вкладывать деньги или силы, проверьте, на чём на самом деле держится план; более подготовленный шанс ещё придёт.',
          facets: {
            love: 'Многообещающее знакомство буксует, потому что бытовые вопросы обошли стороной, или кто-то из вас пока не готов строить что-то конкретное.',
            work: 'Предложение о работе или проект могут сорваться или оказаться скромнее обещанного; прочитайте условия и не ставьте на них всё.',
            money: 'Деньги, казавшиеся верными, задерживаются или оказываются меньше ожидаемого, и траты в счёт них оставят вас без запаса.',
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
          keywords: ['общий чертёж', 'признание умений', 'строим вместе', 'знающий совет'],
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
            money: 'Совместные финансовые планы страдают от размытых ролей и срезанных углов, и ошибки обходятся дороже, чем могли бы.',
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
            love: 'Ревность или сдержанность делают отношения надёжными, но тесными; кто-то из вас прячет чувства из страха что-то потерять.',
            work: 'Вы держитесь за надёжное место или охраняете свою территорию; это защищает, но мешает расти и делиться.',
            money: 'На первом месте накопление и сохранение денег; осторожность разумна, пока не превращается в скупость или тревогу.',
            self: 'Контроль сейчас кажется безопасностью; присмотритесь, где крепкая хватка даёт не спокойствие, а напряжение.',
          },
        },
        reversed: {
          keywords: ['ослабленная хватка', 'открытая ладонь', 'безоглядные траты', 'пошатнувшаяся надёжность'],
          meaning:
            'Хватка слабеет. Для кого-то это долгожданное облегчение, возможность поделиться и немного рискнуть; у других маятник уходит слишком далеко: деньги тратятся без счёта, а надёжность вдруг кажется хрупкой. Отпускайте, но с открытыми глазами.',
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
            'Тяжёлая полоса: денег мало или кажется, что вас оставили за дверью без всякой поддержки, и вы бредёте мимо освещённого окна. Потеря настоящая, и она болит. И всё же помощь часто ближе, чем кажется, а просить о ней — не поражение.',
          facets: {
            love: 'В отношениях холодно и одиноко, или кто-то из вас чувствует себя лишним; об этой дистанции нужно говорить, а не терпеть её молча.',
            work: 'Угроза потерять работу, падение дохода или ощущение, что вас не принимают в коллективе, давят на вас; сейчас важно искать союзников и реальную помощь.',
            money: 'Денег не хватает, и тревога о самом необходимом вполне реальна; доступную помощь и ресурсы стоит искать, а не выкарабкиваться в одиночку.',
            self: 'Сил почти нет, и вы будто смотрите на жизнь снаружи; бережность к себе и готовность кого-то впустить важнее, чем видимость благополучия.',
          },
        },
        reversed: {
          keywords: ['открывшаяся дверь', 'оттепель', 'принятая помощь', 'выход из нужды'],
          meaning:
            'Худшее в трудной полосе позади. Открывается дверь, кто-то предлагает кров или работу, и у вас находятся силы согласиться. Восстановление идёт постепенно, денег какое-то время может быть в обрез, но вы больше не стоите на холоде в одиночку.',
          facets: {
            love: 'После одинокого или напряжённого времени возвращается тепло; сблизиться снова получится, если оба сделают шаг навстречу.',
            work: 'После неудачи появляется новая работа или протянутая рука; путь назад будет ровным, хотя и не быстрым.',
            money: 'Финансы понемногу выправляются: поддержка или новый доход шаг за шагом снимают давление.',
            self: 'Возвращаются надежда и ощущение, что рядом есть люди; принятая забота помогает быстрее оставить трудное время позади.',
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
          keywords: ['generosity', 'giving and receiving', 'sharing', 'fairness'],
          meaning:
            'Giving and receiving are in good balance. Share what you can, accept kindness gracefully and remember that generosity strengthens everyone.',
        },
        reversed: {
          keywords: ['strings attached', 'imbalance', 'self-care', 'one-sided giving'],
          meaning:
            'Generosity may have become one-sided or come with hidden expectations. Make sure the exchange feels fair, and give something to yourself too.',
        },
      },
      ru: {
        name: 'Шестёрка Пентаклей',
        upright: {
          keywords: ['щедрость', 'давать и получать', 'взаимопомощь', 'справедливость'],
          meaning:
            'Отдача и получение сейчас в добром равновесии. Делитесь тем, чем можете, с благодарностью принимайте доброту и помните: щедрость укрепляет всех.',
        },
        reversed: {
          keywords: ['скрытые условия', 'дисбаланс', 'забота о себе', 'односторонняя помощь'],
          meaning:
            'Щедрость могла стать односторонней или обрасти скрытыми ожиданиями. Убедитесь, что обмен честный, и не забывайте дарить что-то и себе.',
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
          keywords: ['patience', 'long-term view', 'perseverance', 'assessment'],
          meaning:
            'Your efforts are growing, though results take time. Pause to assess your progress, and keep tending what you have planted.',
        },
        reversed: {
          keywords: ['impatience', 'frustration', 'slow results', 'rethinking approach'],
          meaning:
            'You may feel that hard work is not paying off quickly enough. Rather than giving up, review your approach and focus on what is truly growing.',
        },
      },
      ru: {
        name: 'Семёрка Пентаклей',
        upright: {
          keywords: ['терпение', 'долгосрочный взгляд', 'упорство', 'оценка'],
          meaning:
            'Ваши усилия дают ростки, хотя плоды требуют времени. Остановитесь, чтобы оценить прогресс, и продолжайте ухаживать за тем, что посадили.',
        },
        reversed: {
          keywords: ['нетерпение', 'досада', 'медленные результаты', 'пересмотр подхода'],
          meaning:
            'Возможно, вам кажется, что труд окупается слишком медленно. Вместо того чтобы сдаваться, пересмотрите подход и сосредоточьтесь на том, что действительно растёт.',
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
          keywords: ['diligence', 'skill building', 'mastery', 'focus'],
          meaning:
            'Steady practice is turning effort into real skill. Focus on the details, take pride in your craft and keep improving one task at a time.',
        },
        reversed: {
          keywords: ['perfectionism', 'boredom', 'lack of focus', 'cutting corners'],
          meaning:
            'You may be stuck polishing details or losing interest in routine work. Reconnect with why the craft matters to you, and find a healthy pace.',
        },
      },
      ru: {
        name: 'Восьмёрка Пентаклей',
        upright: {
          keywords: ['усердие', 'развитие навыков', 'мастерство', 'сосредоточенность'],
          meaning:
            'Постоянная практика превращает усилия в настоящее мастерство. Уделяйте внимание деталям, гордитесь своим делом и совершенствуйтесь шаг за шагом.',
        },
        reversed: {
          keywords: ['перфекционизм', 'скука', 'рассеянность', 'работа спустя рукава'],
          meaning:
            'Возможно, вы застряли в шлифовке деталей или теряете интерес к рутине. Вспомните, чем вам дорого ваше дело, и найдите здоровый темп.',
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
          keywords: ['self-sufficiency', 'independence', 'refinement', 'earned rewards'],
          meaning:
            'You have worked hard to create comfort and independence. Enjoy the fruits of your effort and savor the quiet pleasure of self-reliance.',
        },
        reversed: {
          keywords: ['overwork', 'dependence', 'surface appearances', 'self-worth'],
          meaning:
            'You may be measuring your worth by appearances or working so hard you forget to enjoy life. Slow down and appreciate what you already have.',
        },
      },
      ru: {
        name: 'Девятка Пентаклей',
        upright: {
          keywords: ['самодостаточность', 'независимость', 'изысканность', 'заслуженная награда'],
          meaning:
            'Вы много трудились, чтобы создать уют и независимость. Наслаждайтесь плодами своих усилий и тихой радостью опоры на себя.',
        },
        reversed: {
          keywords: ['переработка', 'зависимость', 'внешний лоск', 'самооценка'],
          meaning:
            'Возможно, вы оцениваете себя по внешним признакам или работаете так много, что забываете радоваться жизни. Замедлитесь и цените то, что у вас уже есть.',
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
          keywords: ['legacy', 'family', 'long-term stability', 'roots'],
          meaning:
            'Lasting foundations are in place, built over time and shared with others. Appreciate your roots and the stability you are creating for the future.',
        },
        reversed: {
          keywords: ['family disagreements', 'instability', 'short-term focus', 'breaking tradition'],
          meaning:
            'Long-term plans or family ties may feel strained. Talk openly about shared values, and focus on building something that truly lasts.',
        },
      },
      ru: {
        name: 'Десятка Пентаклей',
        upright: {
          keywords: ['наследие', 'семья', 'долгосрочная стабильность', 'корни'],
          meaning:
            'Прочный фундамент создан со временем и разделён с близкими. Цените свои корни и стабильность, которую вы строите на будущее.',
        },
        reversed: {
          keywords: ['семейные разногласия', 'нестабильность', 'сиюминутность', 'разрыв с традициями'],
          meaning:
            'Долгосрочные планы или семейные связи могут быть под напряжением. Открыто обсудите общие ценности и сосредоточьтесь на том, что действительно долговечно.',
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
          keywords: ['ambition', 'eagerness to learn', 'new opportunity', 'diligence'],
          meaning:
            'A practical new opportunity invites you to learn. Study, set realistic goals and take the first concrete step toward your dream.',
        },
        reversed: {
          keywords: ['procrastination', 'lack of progress', 'daydreaming', 'short-term focus'],
          meaning:
            'You may be dreaming about goals without acting on them. Break your plan into small, practical steps and begin with the easiest one.',
        },
      },
      ru: {
        name: 'Паж Пентаклей',
        upright: {
          keywords: ['стремление', 'жажда знаний', 'новая возможность', 'прилежание'],
          meaning:
            'Новая практическая возможность зовёт вас учиться. Изучайте, ставьте реалистичные цели и сделайте первый конкретный шаг к мечте.',
        },
        reversed: {
          keywords: ['откладывание', 'отсутствие прогресса', 'пустые мечты', 'сиюминутность'],
          meaning:
            'Возможно, вы мечтаете о целях, но не действуете. Разбейте план на маленькие практичные шаги и начните с самого простого.',
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
          keywords: ['hard work', 'routine', 'reliability', 'patience'],
          meaning:
            'Slow and steady wins here. Stick to your routine, keep your promises and trust that consistent effort will carry you where you want to go.',
        },
        reversed: {
          keywords: ['stagnation', 'boredom', 'rigid routine', 'overwork'],
          meaning:
            'Routine may have become a rut, or you may be working without rest. Add a little variety and check that your efforts still serve your goals.',
        },
      },
      ru: {
        name: 'Рыцарь Пентаклей',
        upright: {
          keywords: ['упорный труд', 'распорядок', 'надёжность', 'терпение'],
          meaning:
            'Сейчас выигрывает тот, кто идёт медленно, но верно. Придерживайтесь распорядка, держите слово и доверьтесь тому, что постоянные усилия приведут вас к цели.',
        },
        reversed: {
          keywords: ['застой', 'скука', 'жёсткая рутина', 'переработка'],
          meaning:
            'Распорядок мог превратиться в колею, или вы работаете без отдыха. Добавьте немного разнообразия и проверьте, служат ли ваши усилия вашим целям.',
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
          keywords: ['nurturing', 'practicality', 'comfort', 'resourcefulness'],
          meaning:
            'You bring warmth and practical care to everything you touch. Create a cozy, stable space, look after yourself and others, and enjoy simple comforts.',
        },
        reversed: {
          keywords: ['self-neglect', 'work-home imbalance', 'smothering', 'insecurity'],
          meaning:
            'You may be caring for everyone except yourself, or juggling home and work without balance. Give your own needs some attention today.',
        },
      },
      ru: {
        name: 'Королева Пентаклей',
        upright: {
          keywords: ['забота', 'практичность', 'уют', 'находчивость'],
          meaning:
            'Вы приносите тепло и практичную заботу во всё, к чему прикасаетесь. Создайте уютное, надёжное пространство, заботьтесь о себе и других и радуйтесь простым удовольствиям.',
        },
        reversed: {
          keywords: ['забвение себя', 'потеря баланса', 'гиперопека', 'неуверенность'],
          meaning:
            'Возможно, вы заботитесь обо всех, кроме себя, или разрываетесь между домом и работой. Уделите сегодня внимание собственным потребностям.',
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
          keywords: ['abundance', 'security', 'discipline', 'steady leadership'],
          meaning:
            'You have built something solid through discipline and wise choices. Lead with steadiness and generosity, and enjoy the security you have earned.',
        },
        reversed: {
          keywords: ['stubbornness', 'materialism', 'rigidity', 'overcontrol'],
          meaning:
            'A focus on security may be turning into stubbornness or a need for control. Remember that true stability includes flexibility, rest and relationships.',
        },
      },
      ru: {
        name: 'Король Пентаклей',
        upright: {
          keywords: ['изобилие', 'надёжность', 'дисциплина', 'уверенное лидерство'],
          meaning:
            'Благодаря дисциплине и мудрым решениям вы создали нечто прочное. Ведите других спокойно и щедро и наслаждайтесь заслуженной стабильностью.',
        },
        reversed: {
          keywords: ['упрямство', 'материализм', 'негибкость', 'чрезмерный контроль'],
          meaning:
            'Стремление к надёжности может превращаться в упрямство или потребность всё контролировать. Помните: настоящая стабильность включает гибкость, отдых и отношения.',
        },
      },
    },
  },
];
