import type { TarotCard } from '../card';

export const SWORDS: TarotCard[] = [
  {
    id: 'swords-01',
    arcana: 'minor',
    suit: 'swords',
    number: 1,
    text: {
      en: {
        name: 'Ace of Swords',
        upright: {
          keywords: ['piercing insight', 'honest words', 'mental breakthrough', 'decisive clarity'],
          meaning:
            'A single clear thought cuts through the fog. The heart of the matter comes into view, and with it the power to name it, decide and act. Use that edge honestly.',
          facets: {
            love: 'An honest conversation clears the air; say plainly what you want and ask for the same in return.',
            work: 'A clear idea or a decisive call moves a stuck project forward; put it in writing and act on it.',
            money: 'Look at the numbers without wishful thinking; a clear view of what comes in and what goes out shows the next move.',
            self: 'A moment of insight shows you what you actually think; trust it enough to act on it.',
          },
        },
        reversed: {
          keywords: ['muddled thinking', 'words that wound', 'rushed verdicts', 'blocked insight'],
          meaning:
            'The edge is there but turned the wrong way: thoughts scatter, facts are missing, or words cut deeper than meant. Wait until the picture is complete before you pass judgment on anyone, yourself included.',
          facets: {
            love: 'Misunderstandings or sharp words strain the bond; check what was meant before reacting to what was heard.',
            work: 'Confused instructions or a hasty decision cause trouble at work; gather the facts before you commit.',
            money: 'Decisions made on half the information are risky now; hold off until the figures are clear.',
            self: 'Your thoughts run in circles and clarity will not come on demand; give the mind some quiet before deciding.',
          },
        },
      },
      ru: {
        name: 'Туз Мечей',
        forms: {
          gender: 'm',
          genitive: 'Туза Мечей',
          dative: 'Тузу Мечей',
          accusative: 'Туза Мечей',
          instrumental: 'Тузом Мечей',
          prepositional: 'Тузе Мечей',
        },
        upright: {
          keywords: ['острый ум', 'прямота', 'прозрение', 'твёрдое решение'],
          meaning:
            'Одна ясная мысль прорезает туман. Суть дела становится видна, а вместе с ней приходит сила назвать её вслух, решить и действовать. Пользуйтесь этой остротой честно.',
          facets: {
            love: 'Честный разговор разряжает обстановку. Скажите прямо, чего хотите, и попросите того же в ответ.',
            work: 'Ясная идея или твёрдое решение сдвинет застрявший проект. Запишите её и беритесь за дело.',
            money: 'Посмотрите на цифры без самообмана: когда видно, что приходит и что уходит, следующий шаг становится очевиден.',
            self: 'Момент прозрения показывает, что вы на самом деле думаете. Доверьтесь ему и действуйте.',
          },
        },
        reversed: {
          keywords: ['сумбур в мыслях', 'ранящие слова', 'скороспелые суждения', 'упущенная суть'],
          meaning:
            'Ум остёр, но лезвие повёрнуто не туда: мысли разбегаются, фактов не хватает, а слова ранят сильнее, чем вы хотели. Не выносите приговор ни другим, ни себе, пока картина не сложилась целиком.',
          facets: {
            love: 'Недопонимание или резкие слова осложняют отношения. Прежде чем отвечать на услышанное, уточните, что имелось в виду.',
            work: 'Путаные указания или поспешное решение создают проблемы на работе. Соберите факты, прежде чем брать на себя обязательства.',
            money: 'Решения, принятые на основе половины сведений, сейчас рискованны. Подождите, пока цифры не станут ясны.',
            self: 'Мысли ходят по кругу, и ясность не приходит по заказу. Дайте голове отдохнуть в тишине, прежде чем что-то решать.',
          },
        },
      },
    },
  },
  {
    id: 'swords-02',
    arcana: 'minor',
    suit: 'swords',
    number: 2,
    text: {
      en: {
        name: 'Two of Swords',
        upright: {
          keywords: ['deadlock', 'guarded heart', 'refusing to look', 'uneasy truce'],
          meaning:
            'Two options are held in tense balance, and the blindfold is partly chosen: not deciding feels safer than seeing. The truce will not hold forever. Something you already know needs to be looked at.',
          facets: {
            love: 'One of you is holding back a feeling or a decision; the calm between you is a truce rather than closeness.',
            work: 'A choice between two paths has stalled because neither looks safe; write down what you are avoiding finding out.',
            money: 'Putting off a financial decision is itself a choice, and it has costs; set both options side by side on paper.',
            self: 'You are shielding yourself from a feeling by refusing to decide; lowering the guard a little is the way through.',
          },
        },
        reversed: {
          keywords: ['forced choice', 'slipping blindfold', 'too many voices', 'overload'],
          meaning:
            'The stalemate is breaking, ready or not. Facts you avoided come into view while advice pours in from every side. Choose by your own values, not by the loudest voice in the room.',
          facets: {
            love: 'A long-postponed conversation about where the relationship stands can no longer wait.',
            work: 'Events force a decision you delayed; take the information you now have and commit to one path.',
            money: 'Conflicting advice about money leaves you frozen; settle on the one or two facts that matter most.',
            self: 'Other people’s opinions crowd out your own; step away from them long enough to hear what you think.',
          },
        },
      },
      ru: {
        name: 'Двойка Мечей',
        forms: {
          gender: 'f',
          genitive: 'Двойки Мечей',
          dative: 'Двойке Мечей',
          accusative: 'Двойку Мечей',
          instrumental: 'Двойкой Мечей',
          prepositional: 'Двойке Мечей',
        },
        upright: {
          keywords: ['патовая ситуация', 'закрытое сердце', 'нежелание видеть', 'хрупкое перемирие'],
          meaning:
            'Два варианта застыли в напряжённом равновесии, а повязка на глазах отчасти добровольная: не выбирать кажется безопаснее, чем увидеть. Такое перемирие не вечно. На то, что вы уже знаете, пора посмотреть прямо.',
          facets: {
            love: 'Кто-то из вас сдерживает чувство или решение, и спокойствие между вами — скорее перемирие, чем близость.',
            work: 'Выбор между двумя путями застопорился, потому что ни один не кажется надёжным. Запишите, что именно вы боитесь узнать.',
            money: 'Откладывать финансовое решение — тоже выбор, и у него есть цена. Сравните оба варианта на бумаге.',
            self: 'Вы защищаетесь от чувства тем, что ничего не решаете. Выход — понемногу опустить щит.',
          },
        },
        reversed: {
          keywords: ['вынужденный выбор', 'спавшая повязка', 'хор чужих мнений', 'перегрузка'],
          meaning:
            'Шаткое равновесие рушится, готовы вы к этому или нет. Факты, которых вы избегали, выходят наружу, а советы сыплются со всех сторон. Выбирайте по своим ценностям, а не по тому, кто громче всех говорит.',
          facets: {
            love: 'Давно отложенный разговор о том, что между вами происходит, больше ждать не может.',
            work: 'Обстоятельства вынуждают принять решение, которое вы откладывали. Опирайтесь на то, что уже известно, и выберите один путь.',
            money: 'Противоречивые советы о деньгах вас парализуют. Выделите один-два факта, которые действительно важны.',
            self: 'Чужие мнения заглушают ваше собственное. Отойдите от них ненадолго, чтобы услышать себя.',
          },
        },
      },
    },
  },
  {
    id: 'swords-03',
    arcana: 'minor',
    suit: 'swords',
    number: 3,
    text: {
      en: {
        name: 'Three of Swords',
        upright: {
          keywords: ['heartbreak', 'grief', 'wounding truth', 'separation'],
          meaning:
            'Something hurts, and there is no way around it: a loss, a betrayal or words that land like blades. The pain is real and deserves to be felt rather than explained away. Grief that is allowed to move through leaves fewer scars.',
          facets: {
            love: 'A painful truth, a rejection or a separation hurts now; give the grief room before deciding what comes next.',
            work: 'Criticism, a lost opportunity or a falling-out with colleagues stings; take the blow seriously, but not as a verdict on your worth.',
            money: 'A financial disappointment cuts deep; name the loss plainly before making any new plans.',
            self: 'Sorrow is asking to be felt; honest words to someone you trust help more than pretending it does not hurt.',
          },
        },
        reversed: {
          keywords: ['slow healing', 'old wound', 'sorrow released', 'forgiving'],
          meaning:
            'The sharpest pain has passed, though the wound still aches when touched. Healing is underway if you let it be; replaying the story of the hurt keeps it open longer.',
          facets: {
            love: 'The hurt between you is easing; forgiveness is possible, but only if the wound is talked about rather than buried.',
            work: 'You are getting over a setback at work; keep the lesson and let the resentment go.',
            money: 'The shock of a loss is fading, and you can now look at what happened with a steadier eye.',
            self: 'An old sorrow is loosening its grip; notice where you still replay it and ask whether that helps you.',
          },
        },
      },
      ru: {
        name: 'Тройка Мечей',
        forms: {
          gender: 'f',
          genitive: 'Тройки Мечей',
          dative: 'Тройке Мечей',
          accusative: 'Тройку Мечей',
          instrumental: 'Тройкой Мечей',
          prepositional: 'Тройке Мечей',
        },
        upright: {
          keywords: ['разбитое сердце', 'горе', 'ранящая правда', 'разлука'],
          meaning:
            'Больно, и обойти это нельзя: потеря, предательство или слова, которые бьют как клинки. Эта боль настоящая: её нужно пережить, а не заговаривать объяснениями. Горе, которому позволили пройти, оставляет меньше шрамов.',
          facets: {
            love: 'Горькая правда, отказ или расставание сейчас ранят. Сначала дайте себе выплакаться, а потом решайте, что дальше.',
            work: 'Критика, упущенная возможность или ссора с коллегами задевают за живое. Отнеситесь к удару серьёзно, но не как к приговору вашим способностям.',
            money: 'Денежное разочарование бьёт больно. Честно признайте потерю, прежде чем строить новые планы.',
            self: 'Не прячьте печаль: откровенный разговор с близким человеком поможет больше, чем попытки делать вид, что всё в порядке.',
          },
        },
        reversed: {
          keywords: ['медленное заживление', 'старая рана', 'отпущенная печаль', 'прощение'],
          meaning:
            'Самая острая боль позади, хотя рана ещё ноет, если её задеть. Заживление идёт само, если ему не мешать, а если снова и снова прокручивать обиду, рана затягивается дольше.',
          facets: {
            love: 'Боль между вами стихает. Прощение возможно, но только если о ране говорить, а не прятать её.',
            work: 'Вы приходите в себя после неудачи на работе. Сохраните урок и отпустите обиду.',
            money: 'Шок от потери проходит, и теперь можно спокойнее разобраться, что произошло.',
            self: 'Старая печаль ослабляет хватку. Заметьте, где вы всё ещё возвращаетесь к ней мыслями, и спросите себя, помогает ли вам это.',
          },
        },
      },
    },
  },
  {
    id: 'swords-04',
    arcana: 'minor',
    suit: 'swords',
    number: 4,
    text: {
      en: {
        name: 'Four of Swords',
        upright: {
          keywords: ['recuperation', 'stillness', 'retreat', 'quiet reflection'],
          meaning:
            'After strain comes a necessary stillness. This is a time to withdraw, rest and let the mind settle, not a time to push. What looks like doing nothing is how strength returns.',
          facets: {
            love: 'The relationship needs a quieter spell; calm time together or a little space does more than another intense talk.',
            work: 'Step back from the project for a while; a real break will serve the work better than overtime.',
            money: 'Hold off on big financial moves; a period of review and consolidation is wiser than action.',
            self: 'Your mind asks for rest; plan real downtime and protect it as you would an important appointment.',
          },
        },
        reversed: {
          keywords: ['burnout', 'restless return', 'refusing to stop', 'stagnation'],
          meaning:
            'Either rest is refused until body and mind insist, or the pause has lasted so long it has become stagnation. Notice which one this is: the first calls for stopping, the second for a gentle restart.',
          facets: {
            love: 'Avoidance is passing itself off as needing space, or tiredness makes you short with each other; say which it is.',
            work: 'You are close to burnout or struggling to return after a break; set a pace you can actually keep.',
            money: 'Money matters left untouched for too long need attention; pick them up again one step at a time.',
            self: 'Restlessness keeps you from resting, or rest has turned into withdrawal; find one small step that breaks the pattern.',
          },
        },
      },
      ru: {
        name: 'Четвёрка Мечей',
        forms: {
          gender: 'f',
          genitive: 'Четвёрки Мечей',
          dative: 'Четвёрке Мечей',
          accusative: 'Четвёрку Мечей',
          instrumental: 'Четвёркой Мечей',
          prepositional: 'Четвёрке Мечей',
        },
        upright: {
          keywords: ['передышка', 'тишина', 'уединение', 'спокойное обдумывание'],
          meaning:
            'После напряжения нужна тишина. Сейчас время отступить, отдохнуть и дать мыслям улечься, а не давить на себя. То, что выглядит бездействием, на деле возвращает силы.',
          facets: {
            love: 'Отношениям нужен период потише: спокойные вечера вдвоём или немного свободы дадут больше, чем ещё один тяжёлый разговор.',
            work: 'Отойдите от проекта на время. Настоящий перерыв пойдёт делу на пользу больше, чем переработки.',
            money: 'Повремените с крупными финансовыми шагами. Сейчас разумнее пересмотреть и упорядочить то, что есть.',
            self: 'Голова просит отдыха. Запланируйте настоящий отдых и берегите это время, как важную встречу.',
          },
        },
        reversed: {
          keywords: ['выгорание', 'беспокойное возвращение', 'жизнь без остановок', 'застой'],
          meaning:
            'Либо вы не даёте себе отдыха, пока тело и голова не заставят остановиться, либо пауза затянулась и обернулась застоем. Разберитесь, что из этого про вас: в первом случае нужно остановиться, во втором — мягко начать снова.',
          facets: {
            love: 'Либо за словами о личном пространстве прячется избегание, либо от усталости вы срываетесь друг на друге. Скажите прямо, в чём дело.',
            work: 'Вы близки к выгоранию или с трудом возвращаетесь после перерыва. Выберите темп, который сможете выдержать.',
            money: 'Заброшенные денежные дела требуют внимания. Возвращайтесь к ним шаг за шагом.',
            self: 'Беспокойство не даёт отдохнуть, или отдых превратился в уход от жизни. Найдите один маленький шаг, который разорвёт этот круг.',
          },
        },
      },
    },
  },
  {
    id: 'swords-05',
    arcana: 'minor',
    suit: 'swords',
    number: 5,
    text: {
      en: {
        name: 'Five of Swords',
        upright: {
          keywords: ['pyrrhic win', 'cutting words', 'self-interest', 'humiliation'],
          meaning:
            'A fight has been won in a way that costs more than it gains: someone walks off with the swords while others nurse wounded pride. You may be on either side of it. Ask what the victory is really worth and who is still standing beside you.',
          facets: {
            love: 'Arguments have become about winning, not understanding; one more point scored may cost the closeness itself.',
            work: 'Office politics or a ruthless rival sour the workplace; decide which battles matter before you join them.',
            money: 'A deal where one side takes everything rarely lasts; watch for sharp practice and do not use it yourself.',
            self: 'Being right is costing you peace; notice where pride keeps a wound open.',
          },
        },
        reversed: {
          keywords: ['truce', 'walking away', 'amends', 'fading grudge'],
          meaning:
            'The quarrel is winding down. There is a chance to make amends, or simply to leave a fight that cannot be won, though resentment may linger for a while. Giving up the need to be right frees more than it costs.',
          facets: {
            love: 'After a clash, one of you can reach out; an apology or a calm talk matters more than who started it.',
            work: 'A conflict at work is cooling; settle it fairly or walk away from a fight that is not worth having.',
            money: 'In a dispute over money, cutting your losses beats chasing a win that drains you.',
            self: 'You are ready to drop an old grudge; forgiving does not mean agreeing, only no longer carrying it.',
          },
        },
      },
      ru: {
        name: 'Пятёрка Мечей',
        forms: {
          gender: 'f',
          genitive: 'Пятёрки Мечей',
          dative: 'Пятёрке Мечей',
          accusative: 'Пятёрку Мечей',
          instrumental: 'Пятёркой Мечей',
          prepositional: 'Пятёрке Мечей',
        },
        upright: {
          keywords: ['пиррова победа', 'колкие слова', 'корысть', 'унижение'],
          meaning:
            'Спор выигран так, что потерь больше, чем пользы: кто-то уносит мечи, а у других задета гордость. Вы можете оказаться на любой из сторон. Спросите себя, чего на самом деле стоит эта победа и кто остался рядом.',
          facets: {
            love: 'В спорах важнее победить, чем понять. Ещё одно очко в вашу пользу может стоить самой близости.',
            work: 'Интриги или беспощадный соперник отравляют атмосферу на работе. Решите, за что действительно стоит бороться, прежде чем ввязываться.',
            money: 'Сделка, в которой одна сторона забирает всё, редко бывает долгой. Остерегайтесь нечестных приёмов и не пользуйтесь ими сами.',
            self: 'Стремление быть правым отнимает у вас покой. Посмотрите, где гордость не даёт ране затянуться.',
          },
        },
        reversed: {
          keywords: ['перемирие', 'выход из спора', 'заглаживание вины', 'стихающая обида'],
          meaning:
            'Ссора идёт на спад. Можно загладить вину или просто выйти из борьбы, в которой не победить, хотя обида ещё какое-то время останется. Отказ от желания быть правым освобождает больше, чем отнимает.',
          facets: {
            love: 'После ссоры кто-то из вас может сделать первый шаг. Извинение или спокойный разговор важнее, чем выяснять, кто начал.',
            work: 'Конфликт на работе остывает. Уладьте его по-честному или выйдите из борьбы, которая того не стоит.',
            money: 'В денежном споре лучше смириться с потерями, чем гнаться за победой, которая вас истощает.',
            self: 'Вы готовы отпустить старую обиду. Простить не значит согласиться — это значит перестать носить её в себе.',
          },
        },
      },
    },
  },
  {
    id: 'swords-06',
    arcana: 'minor',
    suit: 'swords',
    number: 6,
    text: {
      en: {
        name: 'Six of Swords',
        upright: {
          keywords: ['passage', 'leaving trouble behind', 'quiet sadness', 'steadier ground'],
          meaning:
            'You are leaving a hard situation behind, not in triumph but with quiet relief and some sorrow. The crossing is slow and the load is heavy, yet the direction is right. If someone offers to help steer, let them.',
          facets: {
            love: 'A relationship is moving out of a stormy phase, or you are leaving one that hurt; the shift is sad but brings relief.',
            work: 'A change of job, team or approach takes you away from a draining situation toward steadier work.',
            money: 'Finances move slowly from a rough patch toward stability; keep going in the same direction.',
            self: 'You are moving on from a painful chapter; allow yourself both the sadness of leaving and the relief.',
          },
        },
        reversed: {
          keywords: ['stalled departure', 'rough crossing', 'old baggage', 'pulled back'],
          meaning:
            'The move away from trouble stalls: the old situation pulls you back, or what you carry is too heavy to travel with. Settle what you can, then set off again.',
          facets: {
            love: 'Old hurts travel with you into the relationship, or you cannot quite leave what is over; face what is still unresolved.',
            work: 'A planned move is delayed or the new role repeats old problems; find out what keeps following you.',
            money: 'Old debts or habits slow the way to stability; deal with what weighs most before expecting calm.',
            self: 'Part of you stays on the old shore; name what you are not ready to leave, and why.',
          },
        },
      },
      ru: {
        name: 'Шестёрка Мечей',
        forms: {
          gender: 'f',
          genitive: 'Шестёрки Мечей',
          dative: 'Шестёрке Мечей',
          accusative: 'Шестёрку Мечей',
          instrumental: 'Шестёркой Мечей',
          prepositional: 'Шестёрке Мечей',
        },
        upright: {
          keywords: ['переправа', 'уход от бед', 'тихая грусть', 'твёрдая почва'],
          meaning:
            'Вы оставляете тяжёлую ситуацию позади — не с торжеством, а с тихим облегчением и долей грусти. Переправа медленная, груз тяжёлый, но направление верное. Если кто-то предлагает помочь держать курс, не отказывайтесь.',
          facets: {
            love: 'Отношения выходят из бурной полосы, или вы уходите из тех, что причиняли боль. Перемена грустная, но приносит облегчение.',
            work: 'Смена работы, команды или подхода уводит вас из изматывающей обстановки к более спокойному делу.',
            money: 'Финансы медленно выправляются после трудного периода. Продолжайте двигаться в том же направлении.',
            self: 'Вы оставляете позади болезненную главу жизни. Не запрещайте себе ни грусти расставания, ни облегчения.',
          },
        },
        reversed: {
          keywords: ['застрявший отъезд', 'бурная переправа', 'груз прошлого', 'тяга назад'],
          meaning:
            'Уход от бед застопорился: прежняя ситуация тянет назад, или то, что вы несёте, слишком тяжело для дороги. Уладьте то, что можно уладить, и отправляйтесь снова.',
          facets: {
            love: 'Старые обиды едут с вами в новые отношения, или вы никак не отпустите то, что закончилось. Разберитесь с тем, что не решено.',
            work: 'Запланированный переход откладывается, или на новом месте повторяются старые проблемы. Выясните, что тянется за вами.',
            money: 'Старые долги или привычки мешают прийти к стабильности. Сначала займитесь тем, что тяготит больше всего.',
            self: 'Часть вас осталась на старом берегу. Назовите, с чем вы не готовы расстаться, и почему.',
          },
        },
      },
    },
  },
  {
    id: 'swords-07',
    arcana: 'minor',
    suit: 'swords',
    number: 7,
    text: {
      en: {
        name: 'Seven of Swords',
        upright: {
          keywords: ['deception', 'stealth', 'getting away with it', 'hidden motives', 'betrayal'],
          meaning:
            'Someone is acting behind others’ backs: taking more than their share, bending the truth or slipping away from an obligation. It may be another person, or it may be you, calling it mere strategy. Cunning can win a round, but trust spent in secret is hard to earn back.',
          facets: {
            love: 'Something is being kept hidden: a secret, a half-truth or a feeling one partner will not admit. Trust is at stake, so watch actions more than words.',
            work: 'Watch for someone taking credit, cutting corners or pursuing an agenda they have not disclosed, and do not be tempted to do the same.',
            money: 'Be alert to deals that look too clever, hidden fees, or anyone who is not straight with you about money.',
            self: 'Notice where you dodge responsibility or tell yourself a convenient story; the person most deceived may be you.',
          },
        },
        reversed: {
          keywords: ['caught out', 'confession', 'guilty conscience', 'exposed scheme'],
          meaning:
            'What was hidden is coming out. A scheme unravels, a lie is caught, or your own conscience will not stay quiet. Owning up now costs less than being found out later.',
          facets: {
            love: 'A secret between you comes to light, or one of you is ready to confess; honesty now is painful but can save what is worth saving.',
            work: 'A hidden problem or a dishonest practice at work is exposed; be the one who speaks plainly about it.',
            money: 'Something concealed about money surfaces; face it directly and put things right where you can.',
            self: 'Your conscience is asking to be heard; admitting what you did or avoided brings relief.',
          },
        },
      },
      ru: {
        name: 'Семёрка Мечей',
        forms: {
          gender: 'f',
          genitive: 'Семёрки Мечей',
          dative: 'Семёрке Мечей',
          accusative: 'Семёрку Мечей',
          instrumental: 'Семёркой Мечей',
          prepositional: 'Семёрке Мечей',
        },
        upright: {
          keywords: ['обман', 'скрытность', 'хитрость', 'тайные мотивы', 'предательство'],
          meaning:
            'Кто-то действует за спиной у других: берёт больше, чем положено, искажает правду или тихо уходит от обязательств. Это может быть другой человек, а может — и вы сами, если называете это просто стратегией. Хитрость способна выиграть раунд, но доверие, растраченное тайком, вернуть трудно.',
          facets: {
            love: 'Что-то скрывают: тайну, полуправду или чувство, в котором один из вас не признаётся. На кону доверие, так что смотрите на поступки больше, чем на слова.',
            work: 'Остерегайтесь того, кто присваивает чужие заслуги, действует в обход правил или преследует скрытые цели, и сами не поддавайтесь соблазну.',
            money: 'Будьте внимательны к слишком хитрым сделкам, скрытым платежам и к тем, кто говорит вам о деньгах не всё.',
            self: 'Присмотритесь, где вы уходите от ответственности или успокаиваете себя удобным объяснением. Возможно, сильнее всех вы обманываете себя.',
          },
        },
        reversed: {
          keywords: ['разоблачение', 'признание', 'нечистая совесть', 'раскрытый замысел'],
          meaning:
            'Скрытое выходит наружу. Замысел рушится, ложь раскрывается, или собственная совесть не даёт покоя. Признаться сейчас обойдётся дешевле, чем попасться потом.',
          facets: {
            love: 'Тайна между вами выходит на свет, или кто-то из вас готов признаться. Честность сейчас болезненна, но может сохранить то, что стоит сохранить.',
            work: 'Скрытая проблема или нечестная практика на работе раскрывается. Не отмалчивайтесь и говорите о ней прямо.',
            money: 'Что-то утаённое в денежных делах выходит наружу. Не уходите от этого и исправьте то, что можно.',
            self: 'Совесть требует своего. Признав, что вы сделали или от чего уклонились, вы почувствуете облегчение.',
          },
        },
      },
    },
  },
  {
    id: 'swords-08',
    arcana: 'minor',
    suit: 'swords',
    number: 8,
    text: {
      en: {
        name: 'Eight of Swords',
        upright: {
          keywords: ['self-imposed limits', 'bound by fear', 'powerlessness', 'tunnel vision'],
          meaning:
            'You feel hemmed in, with no good move available. Much of the binding is made of fear and of the story that nothing can change. A way out exists, but first you have to believe it is worth looking for.',
          facets: {
            love: 'You feel stuck in a situation with someone and powerless to change it; ask which limits are real and which are fear.',
            work: 'A job or project feels like a trap; list the options you have dismissed too quickly.',
            money: 'Money worries make every path look closed; break the problem into small parts and find one that can move.',
            self: 'Anxious thoughts build a cage around you; an outside view can show where it is open.',
          },
        },
        reversed: {
          keywords: ['breaking free', 'blindfold removed', 'regained agency', 'first step out'],
          meaning:
            'The bonds loosen. You begin to see choices where there seemed to be none and take back some of your power. Move slowly, but move.',
          facets: {
            love: 'You are finding a way out of a pattern that held you; say what you need instead of waiting to be rescued.',
            work: 'A fresh view of your situation shows an exit or a chance to renegotiate; take the first concrete step.',
            money: 'You begin to see how to get out of a tight spot; act on the first realistic option.',
            self: 'Fearful stories lose their hold, and you start trusting yourself enough to act.',
          },
        },
      },
      ru: {
        name: 'Восьмёрка Мечей',
        forms: {
          gender: 'f',
          genitive: 'Восьмёрки Мечей',
          dative: 'Восьмёрке Мечей',
          accusative: 'Восьмёрку Мечей',
          instrumental: 'Восьмёркой Мечей',
          prepositional: 'Восьмёрке Мечей',
        },
        upright: {
          keywords: ['самоограничения', 'скованность страхом', 'бессилие', 'узкий взгляд'],
          meaning:
            'Вам кажется, что вы зажаты со всех сторон и хорошего хода нет. Но многие путы сотканы из страха и уверенности, что ничего нельзя изменить. Выход есть, однако сначала нужно поверить, что его стоит искать.',
          facets: {
            love: 'Вы чувствуете себя в ловушке отношений и не видите, как что-то изменить. Спросите себя, какие ограничения настоящие, а какие — от страха.',
            work: 'Работа или проект кажутся западнёй. Выпишите варианты, которые вы слишком быстро отбросили.',
            money: 'Из-за денежных тревог все пути кажутся закрытыми. Разбейте задачу на части и найдите ту, с которой можно начать.',
            self: 'Тревожные мысли строят вокруг вас клетку. Взгляд со стороны поможет увидеть, где она открыта.',
          },
        },
        reversed: {
          keywords: ['освобождение от пут', 'снятая повязка', 'возвращённая воля', 'первый шаг наружу'],
          meaning:
            'Путы ослабевают. Вы начинаете видеть выбор там, где его будто не было, и возвращаете себе силу. Двигайтесь медленно, но двигайтесь.',
          facets: {
            love: 'Вы находите выход из сценария, который вас держал. Скажите, что вам нужно, а не ждите, что вас спасут.',
            work: 'Свежий взгляд на ситуацию показывает выход или возможность пересмотреть условия. Сделайте первый конкретный шаг.',
            money: 'Вы начинаете понимать, как выбраться из трудного положения. Начните с первого реального варианта.',
            self: 'Страшные мысли теряют над вами власть, и вы снова решаетесь действовать.',
          },
        },
      },
    },
  },
  {
    id: 'swords-09',
    arcana: 'minor',
    suit: 'swords',
    number: 9,
    text: {
      en: {
        name: 'Nine of Swords',
        upright: {
          keywords: ['anxiety', 'sleepless nights', 'guilt', 'dread'],
          meaning:
            'Fear and guilt are loudest in the dark, and right now they are working the night shift. The mind replays the worst case until it feels like fact. The suffering is real, even if much of what you fear has not happened.',
          facets: {
            love: 'Worry about the relationship keeps you awake; fears of losing someone or of having hurt them grow in silence, so check them in conversation.',
            work: 'Anxiety about a mistake or a deadline feels overwhelming; write down what is actually at stake and what is only feared.',
            money: 'Money fears loom largest at night; look at the real figures in daylight and make one small plan.',
            self: 'Guilt and dread are wearing you down; share them with someone you trust instead of carrying them alone.',
          },
        },
        reversed: {
          keywords: ['dawn after worry', 'facing fears', 'asking for help', 'hidden anguish'],
          meaning:
            'Either the worst of the night is passing, or the anguish has gone underground, kept from everyone. The remedy starts the same way in both cases: say it out loud to someone and test each fear against what you actually know.',
          facets: {
            love: 'Fears about the relationship begin to ease once they are spoken; a frank talk lifts more than it risks.',
            work: 'The dreaded outcome at work turns out smaller than imagined, or you are ready to face it; ask for support.',
            money: 'Financial worry loosens as you face the numbers; keep going, step by step.',
            self: 'Sleep and hope slowly return; if the dread persists, reaching out to someone you trust is a strength, not a failure.',
          },
        },
      },
      ru: {
        name: 'Девятка Мечей',
        forms: {
          gender: 'f',
          genitive: 'Девятки Мечей',
          dative: 'Девятке Мечей',
          accusative: 'Девятку Мечей',
          instrumental: 'Девяткой Мечей',
          prepositional: 'Девятке Мечей',
        },
        upright: {
          keywords: ['бессонница', 'чувство вины', 'мрачные мысли', 'ночные страхи'],
          meaning:
            'Страх и чувство вины громче всего звучат в темноте, и сейчас они хозяйничают по ночам. Голова прокручивает худший сценарий, пока он не начинает казаться фактом. Страдание настоящее, даже если многое из того, чего вы боитесь, не случилось.',
          facets: {
            love: 'Тревога за отношения не даёт спать. Страх потерять человека или мысль, что вы его ранили, растут в молчании, так что лучше обсудить их вслух.',
            work: 'Тревога из-за ошибки или сроков кажется невыносимой. Запишите, что на самом деле на кону, а что лишь пугает.',
            money: 'Денежные страхи сильнее всего по ночам. Посмотрите на реальные цифры днём и составьте один небольшой план.',
            self: 'Вина и страх изматывают вас. Поделитесь ими с тем, кому доверяете, вместо того чтобы нести их в одиночку.',
          },
        },
        reversed: {
          keywords: ['рассвет после тревоги', 'встреча со страхом', 'просьба о помощи', 'скрытое отчаяние'],
          meaning:
            'Ночь либо идёт на убыль, либо отчаяние ушло вглубь и спрятано ото всех. В обоих случаях помогает одно и то же: скажите об этом кому-нибудь вслух и сверьте каждый страх с тем, что вы знаете наверняка.',
          facets: {
            love: 'Страхи за отношения ослабевают, когда о них говорят. Откровенный разговор облегчит больше, чем может навредить.',
            work: 'То, чего вы боялись на работе, оказывается не так страшно, или вы готовы посмотреть этому в лицо. Попросите поддержки.',
            money: 'Денежная тревога отступает, когда вы смотрите на цифры прямо. Продолжайте шаг за шагом.',
            self: 'Сон и надежда понемногу возвращаются. Если страх не уходит, обратиться к близкому человеку — это сила, а не слабость.',
          },
        },
      },
    },
  },
  {
    id: 'swords-10',
    arcana: 'minor',
    suit: 'swords',
    number: 10,
    text: {
      en: {
        name: 'Ten of Swords',
        upright: {
          keywords: ['painful ending', 'rock bottom', 'collapse', 'betrayal'],
          meaning:
            'Something has come to a painful and final end: a plan, a bond or a way of living has collapsed, perhaps through betrayal. It hurts, and there is no use pretending otherwise or trying to revive it. This is the bottom; let it be over before looking for what comes next.',
          facets: {
            love: 'A relationship, or a hope within it, has ended painfully, perhaps through betrayal; accept that this chapter is closed before trying to fix anything.',
            work: 'A project, job or plan has collapsed; it is over, and the priority now is to take stock without blaming yourself for everything.',
            money: 'A financial low point has been reached; see the full extent of it honestly and ask for practical support.',
            self: 'You feel flattened and drained; let yourself grieve and lean on others rather than forcing a brave face.',
          },
        },
        reversed: {
          keywords: ['the worst is over', 'getting back up', 'survival', 'strength returning'],
          meaning:
            'The worst is behind you. You are still bruised, but you survived what felt unsurvivable and are starting to stand again. Resist the urge to go back to what ended.',
          facets: {
            love: 'The worst of a breakup or crisis is over; healing is slow, and going back to what ended would reopen the wound.',
            work: 'After a setback you are back on your feet; rebuild steadily and take the lessons with you.',
            money: 'Finances start to recover from a low point; stay cautious and keep to small, sure steps.',
            self: 'Your strength is coming back after a hard fall; each small step counts, however modest it looks.',
          },
        },
      },
      ru: {
        name: 'Десятка Мечей',
        forms: {
          gender: 'f',
          genitive: 'Десятки Мечей',
          dative: 'Десятке Мечей',
          accusative: 'Десятку Мечей',
          instrumental: 'Десяткой Мечей',
          prepositional: 'Десятке Мечей',
        },
        upright: {
          keywords: ['болезненный конец', 'дно', 'крушение', 'удар в спину'],
          meaning:
            'Что-то закончилось больно и окончательно: план, связь или привычный уклад рухнули, возможно, из-за предательства. Это тяжело, и нет смысла делать вид, что всё иначе, или пытаться всё вернуть. Ниже падать некуда: дайте концу состояться, прежде чем искать, что дальше.',
          facets: {
            love: 'Отношения или надежда, связанная с ними, закончились болезненно, возможно, из-за предательства. Примите, что эта глава закрыта, прежде чем пытаться что-то исправить.',
            work: 'Проект, работа или план рухнули. Это конец, и сейчас важно трезво оценить положение и не винить во всём только себя.',
            money: 'Финансы опустились до самой низкой отметки. Честно оцените масштаб потерь и попросите о практической помощи.',
            self: 'Вы чувствуете себя разбитыми и опустошёнными. Не стыдитесь горевать и опирайтесь на других, вместо того чтобы через силу держаться бодро.',
          },
        },
        reversed: {
          keywords: ['худшее позади', 'подъём после падения', 'выживание', 'возвращение сил'],
          meaning:
            'Худшее позади. Вы ещё не оправились, но пережили то, что казалось невозможно пережить, и начинаете подниматься. Не поддавайтесь желанию вернуться к тому, что закончилось.',
          facets: {
            love: 'Самое тяжёлое в расставании или кризисе позади. Заживление идёт медленно, а возвращение к прошлому снова откроет рану.',
            work: 'После неудачи вы снова на ногах. Восстанавливайтесь постепенно и не забывайте полученных уроков.',
            money: 'Финансы начинают выправляться после спада. Оставайтесь осторожными и делайте небольшие надёжные шаги.',
            self: 'После тяжёлого падения к вам возвращаются силы. Каждый маленький шаг имеет значение, каким бы скромным он ни казался.',
          },
        },
      },
    },
  },
  {
    id: 'swords-11',
    arcana: 'minor',
    suit: 'swords',
    number: 11,
    text: {
      en: {
        name: 'Page of Swords',
        upright: {
          keywords: ['inquiring mind', 'watchfulness', 'eager questions', 'quick wit'],
          meaning:
            'A sharp, restless curiosity wants to know how things really work. This is the energy of a student or a newcomer: alert, talkative, quick to spot what others miss. Channel it into learning and honest questions rather than point-scoring.',
          facets: {
            love: 'Curiosity and open questions bring fresh energy; talk honestly about what you want to learn about each other.',
            work: 'A good time to learn, research or pitch a new idea; a new role or project suits your alertness.',
            money: 'Study before you spend: read the terms, compare the options and ask the awkward questions.',
            self: 'Your mind wants something new to chew on; a course, a book or a new skill would feed it.',
          },
        },
        reversed: {
          keywords: ['gossip', 'idle talk', 'prying', 'careless words'],
          meaning:
            'Quick words outrun careful thought. Gossip, prying or promises with nothing behind them stir up trouble; for a while, listen more than you speak.',
          facets: {
            love: 'Careless words, teasing that stings or talk behind a partner’s back cause friction; say things to their face, and kindly.',
            work: 'Gossip or overpromising at work backfires; check your facts and deliver before you announce.',
            money: 'Rumours and hot tips are unreliable now; do not act on hearsay.',
            self: 'A scattered, jumpy mind leaves you tired; pick one thing, focus on it and finish it.',
          },
        },
      },
      ru: {
        name: 'Паж Мечей',
        forms: {
          gender: 'm',
          genitive: 'Пажа Мечей',
          dative: 'Пажу Мечей',
          accusative: 'Пажа Мечей',
          instrumental: 'Пажом Мечей',
          prepositional: 'Паже Мечей',
        },
        upright: {
          keywords: ['пытливый ум', 'настороженность', 'смелые вопросы', 'остроумие'],
          meaning:
            'Острое, беспокойное любопытство хочет знать, как всё устроено на самом деле. Это энергия ученика или новичка: внимательного, разговорчивого, замечающего то, что упустили другие. Направьте её на учёбу и честные вопросы, а не на то, чтобы взять верх в споре.',
          facets: {
            love: 'Любопытство и открытые вопросы приносят в отношения свежесть. Поговорите честно о том, что вам хочется узнать друг о друге.',
            work: 'Хорошее время учиться, исследовать или предложить новую идею. Вашей внимательности подойдёт новая роль или новый проект.',
            money: 'Прежде чем тратить, разберитесь: прочитайте условия, сравните варианты и задайте неудобные вопросы.',
            self: 'Уму хочется новой пищи. Курс, книга или новый навык дадут ему то, что нужно.',
          },
        },
        reversed: {
          keywords: ['сплетни', 'пустая болтовня', 'вмешательство в чужие дела', 'необдуманные слова'],
          meaning:
            'Быстрые слова опережают мысли. Сплетни, вмешательство в чужие дела или обещания, за которыми ничего нет, создают проблемы; какое-то время лучше больше слушать, чем говорить.',
          facets: {
            love: 'Неосторожные слова, колкие шутки или разговоры за спиной партнёра вызывают трения. Говорите всё в лицо и по-доброму.',
            work: 'Сплетни или громкие обещания на работе оборачиваются против вас. Проверяйте факты и сначала делайте, а потом объявляйте.',
            money: 'Слухам и «верным советам» сейчас доверять нельзя. Не принимайте решений с чужих слов.',
            self: 'Рассеянный, скачущий ум утомляет. Выберите одно дело, сосредоточьтесь на нём и доведите до конца.',
          },
        },
      },
    },
  },
  {
    id: 'swords-12',
    arcana: 'minor',
    suit: 'swords',
    number: 12,
    text: {
      en: {
        name: 'Knight of Swords',
        upright: {
          keywords: ['headlong drive', 'bold argument', 'speed', 'single-minded push'],
          meaning:
            'Full speed toward a goal, armed with conviction and sharp arguments. Things move fast and obstacles are swept aside. The drive is real; so is the risk of trampling people and details along the way.',
          facets: {
            love: 'Things move quickly and someone speaks their mind bluntly; enjoy the directness, but leave room for the other person’s pace.',
            work: 'Push the project hard and argue your case with confidence; just make sure the details keep up with you.',
            money: 'A bold, quick move can pay off if you have done the homework; do not skip that part in the rush.',
            self: 'You are driven and impatient to act; use the energy, and check now and then that you are still heading where you meant to.',
          },
        },
        reversed: {
          keywords: ['recklessness', 'aggression', 'rushing in blind', 'spent force'],
          meaning:
            'Speed without aim. Arguments turn aggressive, decisions are made on impulse, and the charge burns out before it arrives anywhere. Rein in, pick a target and check who stands in the way before you move again.',
          facets: {
            love: 'Harsh words or rushed decisions hurt the relationship; slow down before saying what cannot be taken back.',
            work: 'Charging ahead without a plan causes conflict or mistakes; stop, reset the goal and bring others along.',
            money: 'Impulsive spending or rash investments are risky now; let any big decision wait a few days.',
            self: 'Restless energy spills over into irritability; find an outlet for it that costs neither you nor anyone else.',
          },
        },
      },
      ru: {
        name: 'Рыцарь Мечей',
        forms: {
          gender: 'm',
          genitive: 'Рыцаря Мечей',
          dative: 'Рыцарю Мечей',
          accusative: 'Рыцаря Мечей',
          instrumental: 'Рыцарем Мечей',
          prepositional: 'Рыцаре Мечей',
        },
        upright: {
          keywords: ['стремительность', 'напористые доводы', 'скорость', 'целеустремлённость'],
          meaning:
            'Полный вперёд к цели — с уверенностью и острыми доводами. Всё движется быстро, препятствия сметаются с пути. Напор настоящий, но столь же реален риск по дороге растоптать людей и упустить детали.',
          facets: {
            love: 'Всё развивается быстро, и кто-то говорит то, что думает, без обиняков. Цените прямоту, но дайте другому человеку двигаться в своём темпе.',
            work: 'Продвигайте проект энергично и уверенно отстаивайте свою позицию, только следите, чтобы детали за вами поспевали.',
            money: 'Смелый быстрый шаг может окупиться, если вы всё изучили заранее. Не жертвуйте подготовкой ради скорости.',
            self: 'Вам не терпится действовать. Используйте эту энергию, но время от времени проверяйте, туда ли вы движетесь.',
          },
        },
        reversed: {
          keywords: ['безрассудство', 'агрессия', 'бросок вслепую', 'растраченный запал'],
          meaning:
            'Скорость без цели. Споры становятся агрессивными, решения принимаются сгоряча, а порыв выдыхается, так ничего и не достигнув. Придержите коня, выберите цель и посмотрите, кто стоит на пути, прежде чем снова двинуться вперёд.',
          facets: {
            love: 'Резкие слова или поспешные решения ранят отношения. Притормозите, прежде чем сказать то, чего уже не вернёшь.',
            work: 'Рывок без плана ведёт к конфликтам или ошибкам. Остановитесь, уточните цель и заручитесь поддержкой остальных.',
            money: 'Импульсивные траты или опрометчивые вложения сейчас рискованны. Пусть крупное решение подождёт несколько дней.',
            self: 'Беспокойная энергия выливается в раздражительность. Найдите ей выход, который не навредит ни вам, ни другим.',
          },
        },
      },
    },
  },
  {
    id: 'swords-13',
    arcana: 'minor',
    suit: 'swords',
    number: 13,
    text: {
      en: {
        name: 'Queen of Swords',
        upright: {
          keywords: ['discernment', 'candour', 'self-reliance', 'hard-won wisdom'],
          meaning:
            'Clear sight earned through experience, painful experience included, is your strength now. Be fair, direct and independent, and cut through flattery and wishful thinking. Tell the truth, keep firm boundaries and do not apologise for either.',
          facets: {
            love: 'Honest, clear communication and self-respect guide the relationship; say what you will and will not accept.',
            work: 'Sound judgment and plain speaking earn respect; you are the one who can see the flaw in the plan and name it.',
            money: 'Be clear-eyed and independent with money; rely on facts and your own judgment rather than on persuasion.',
            self: 'You can look at your own story without illusions; that honesty, held with compassion, makes you strong.',
          },
        },
        reversed: {
          keywords: ['cold shoulder', 'bitterness', 'cutting remarks', 'unforgiving judgment'],
          meaning:
            'Sharpness has lost its kindness. Old hurt hardens into coldness, and criticism becomes a way of keeping everyone at a distance. Honesty still matters, but so does the warmth that lets it be heard.',
          facets: {
            love: 'Coldness or harsh criticism pushes a partner away; old hurt may be speaking, so notice when you wound in order to protect yourself.',
            work: 'Icy or overly critical behaviour, yours or a colleague’s, damages cooperation; aim to be fair rather than merely right.',
            money: 'Distrust or rigid control over money creates tension with others; keep the standards and drop the suspicion.',
            self: 'Bitterness from the past colours how you see everything; let some of it go before it shapes who you become.',
          },
        },
      },
      ru: {
        name: 'Королева Мечей',
        forms: {
          gender: 'f',
          genitive: 'Королевы Мечей',
          dative: 'Королеве Мечей',
          accusative: 'Королеву Мечей',
          instrumental: 'Королевой Мечей',
          prepositional: 'Королеве Мечей',
        },
        upright: {
          keywords: ['трезвый взгляд', 'откровенность', 'опора на себя', 'мудрость опыта'],
          meaning:
            'Ваша сила сейчас — ясный взгляд, добытый опытом, в том числе болезненным. Будьте справедливы, прямы и независимы, отсекайте лесть и самообман. Говорите правду, держите твёрдые границы и не извиняйтесь ни за то, ни за другое.',
          facets: {
            love: 'Отношения держатся на честном, ясном разговоре и самоуважении. Скажите, что вы готовы принять, а что нет.',
            work: 'Здравое суждение и прямота вызывают уважение. Именно вы можете увидеть изъян в плане и назвать его.',
            money: 'В денежных делах будьте трезвы и независимы. Опирайтесь на факты и своё суждение, а не на уговоры.',
            self: 'Вы способны смотреть на свою историю без иллюзий. Эта честность вместе с сочувствием к себе делает вас сильнее.',
          },
        },
        reversed: {
          keywords: ['ледяная отстранённость', 'ожесточение', 'язвительность', 'беспощадная критика'],
          meaning:
            'Острота утратила доброту. Старая обида застывает холодом, а критика становится способом держать всех на расстоянии. Честность по-прежнему важна, но важно и тепло, без которого её не услышат.',
          facets: {
            love: 'Холодность или резкая критика отталкивают партнёра. Возможно, в вас говорит старая обида, так что замечайте, когда вы раните, чтобы защититься.',
            work: 'Излишне критичное или ледяное поведение — ваше или коллеги — мешает работать вместе. Стремитесь быть справедливыми, а не просто правыми.',
            money: 'Недоверие или жёсткий контроль над деньгами создают напряжение с близкими. Требовательность оставьте, а от подозрительности откажитесь.',
            self: 'Горечь прошлого ложится тенью на всё, что вы видите. Отпустите хотя бы часть её, пока она не определила, каким человеком вы станете.',
          },
        },
      },
    },
  },
  {
    id: 'swords-14',
    arcana: 'minor',
    suit: 'swords',
    number: 14,
    text: {
      en: {
        name: 'King of Swords',
        upright: {
          keywords: ['principled authority', 'sound reasoning', 'impartiality', 'ethical judgment'],
          meaning:
            'Authority that rests on reason and principle. Decisions are made on the evidence, explained plainly and applied fairly, without letting feelings tilt the scale. Be the calm, clear head in the room, or seek out someone who can be.',
          facets: {
            love: 'Clear agreements and fairness steady the relationship; talk things through calmly, even when feelings run high.',
            work: 'Act as the fair, rational authority: set clear standards, decide on the evidence and explain your reasoning.',
            money: 'Decide about money by analysis, not mood; a clear, principled plan serves you best, and an expert’s view can help.',
            self: 'Your reasoning mind is an ally; use it to set your own rules and keep them with integrity.',
          },
        },
        reversed: {
          keywords: ['cold control', 'twisted arguments', 'abuse of power', 'cruel logic'],
          meaning:
            'A brilliant mind used as a weapon. Rules bend to suit whoever holds power, arguments are twisted to win, and cool reason becomes cold disregard. Guard against it in others and in yourself.',
          facets: {
            love: 'One partner uses logic or control to dominate; name the manipulation and insist on a conversation between equals.',
            work: 'A manager or colleague misuses authority or twists the rules; keep a record of the facts and your own conduct clean.',
            money: 'Be wary of someone persuasive who bends the rules about money; insist on clear terms in writing.',
            self: 'Detachment has hardened into coldness toward yourself or others; let feeling back into your judgments.',
          },
        },
      },
      ru: {
        name: 'Король Мечей',
        forms: {
          gender: 'm',
          genitive: 'Короля Мечей',
          dative: 'Королю Мечей',
          accusative: 'Короля Мечей',
          instrumental: 'Королём Мечей',
          prepositional: 'Короле Мечей',
        },
        upright: {
          keywords: ['авторитет разума', 'трезвый расчёт', 'беспристрастность', 'верность принципам'],
          meaning:
            'Власть, которая держится на разуме и принципах. Решения принимаются по фактам, объясняются просто и применяются ко всем одинаково, а чувства не перевешивают чашу весов. Сохраняйте ясную голову, когда другие её теряют, или найдите того, кто на это способен.',
          facets: {
            love: 'Отношения укрепляют ясные договорённости и справедливость. Обсуждайте всё спокойно, даже когда чувства накалены.',
            work: 'Будьте справедливым и рассудительным руководителем: установите ясные требования, решайте по фактам и объясняйте свои доводы.',
            money: 'Решайте денежные вопросы на основе анализа, а не настроения. Лучше всего сработает ясный план с твёрдыми правилами, а взгляд специалиста может помочь.',
            self: 'Рассудок — ваш союзник. Пользуйтесь им, чтобы установить себе правила и честно их соблюдать.',
          },
        },
        reversed: {
          keywords: ['деспотизм', 'манипуляции', 'жестокая логика', 'холодный контроль'],
          meaning:
            'Блестящий ум становится оружием. Правила гнутся в пользу того, у кого власть, доводы искажаются ради победы, а трезвый рассудок оборачивается бессердечием. Остерегайтесь этого в других и в себе.',
          facets: {
            love: 'Один из партнёров подавляет другого логикой или контролем. Называйте манипуляцию манипуляцией и настаивайте на разговоре на равных.',
            work: 'Начальник или коллега злоупотребляет властью или подгоняет правила под себя. Фиксируйте факты и сами ведите себя безупречно.',
            money: 'Остерегайтесь убедительного человека, который вольно обращается с правилами в денежных делах. Настаивайте на ясных письменных условиях.',
            self: 'Отстранённость обернулась холодностью к себе или к другим. Дайте чувствам снова право голоса в ваших решениях.',
          },
        },
      },
    },
  },
];
