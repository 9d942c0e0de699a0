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
            self: 'Момент прозрения показывает, что вы на самом деле думаете. Доверьтесь ему настолько, чтобы начать действовать.',
          },
        },
        reversed: {
          keywords: ['сумбур в мыслях', 'ранящие слова', 'скороспелые суждения', 'упущенная суть'],
          meaning:
            'Острота есть, но направлена не туда: мысли разбегаются, фактов не хватает, а слова ранят сильнее, чем вы хотели. Не выносите приговор ни другим, ни себе, пока картина не сложилась целиком.',
          facets: {
            love: 'Недопонимание или резкие слова осложняют отношения. Прежде чем отвечать на услышанное, уточните, что имелось в виду.',
            work: 'Путаные указания или поспешное решение создают проблемы на работе. Соберите факты, прежде чем брать на себя обязательства.',
            money: 'Решения, принятые на основе половины сведений, сейчас рискованны. Подождите, пока цифры не станут ясны.',
            self: 'Мысли ходят по кругу, и ясность не приходит по заказу. Дайте голове тишину, прежде чем что-то решать.',
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
            'Два варианта застыли в напряжённом равновесии, а повязка на глазах отчасти добровольная: не выбирать кажется безопаснее, чем увидеть. Такое перемирие не вечно. То, что вы уже знаете, требует внимания.',
          facets: {
            love: 'Кто-то из вас сдерживает чувство или решение, и спокойствие между вами — скорее перемирие, чем близость.',
            work: 'Выбор между двумя путями застопорился, потому что ни один не кажется надёжным. Запишите, что именно вы боитесь узнать.',
            money: 'Откладывать финансовое решение — тоже выбор, и у него есть цена. Сравните оба варианта на бумаге.',
            self: 'Вы защищаетесь от чувства тем, что ничего не решаете. Путь дальше — понемногу опустить щит.',
          },
        },
        reversed: {
          keywords: ['вынужденный выбор', 'спавшая повязка', 'хор чужих мнений', 'перегрузка'],
          meaning:
            'Тупик рушится, готовы вы к этому или нет. Факты, которых вы избегали, выходят наружу, а советы сыплются со всех сторон. Выбирайте по своим ценностям, а не по самому громкому голосу.',
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
            'Больно, и обойти это нельзя: потеря, предательство или слова, которые бьют как клинки. Эта боль настоящая, её нужно прожить, а не объяснять. Горе, которому позволили пройти, оставляет меньше шрамов.',
          facets: {
            love: 'Горькая правда, отказ или расставание сейчас ранят. Дайте горю место, прежде чем решать, что дальше.',
            work: 'Критика, упущенная возможность или ссора с коллегами задевают за живое. Отнеситесь к удару серьёзно, но не как к приговору вашим способностям.',
            money: 'Денежное разочарование бьёт больно. Честно признайте потерю, прежде чем строить новые планы.',
            self: 'Печаль просит, чтобы её прожили. Откровенный разговор с близким человеком поможет больше, чем попытки делать вид, что всё в порядке.',
          },
        },
        reversed: {
          keywords: ['медленное заживление', 'старая рана', 'отпущенная печаль', 'прощение'],
          meaning:
            'Самая острая боль позади, хотя рана ещё ноет, если её задеть. Заживление уже идёт, если ему не мешать, а постоянные мысли об обиде не дают ей затянуться.',
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
            love: 'Либо за словами о личном пространстве прячется избегание, либо усталость делает вас раздражительными друг с другом. Назовите, что из этого происходит.',
            work: 'Вы близки к выгоранию или с трудом возвращаетесь после перерыва. Выберите темп, который сможете выдержать.',
            money: 'Денежные дела, надолго заброшенные, требуют внимания. Возвращайтесь к ним шаг за шагом.',
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
            self: 'Вы готовы отпустить старую обиду. Простить не значит согласиться — это значит перестать её носить.',
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
          keywords: ['transition', 'moving on', 'leaving behind', 'calmer waters'],
          meaning:
            'You are moving away from turbulence toward calmer waters. Take the lessons with you and trust that the journey ahead is gentler.',
        },
        reversed: {
          keywords: ['unfinished business', 'resisting transition', 'emotional baggage', 'feeling stuck'],
          meaning:
            'You may be reluctant to leave something behind, or carrying old baggage into the new. Resolve what you can and lighten your load before moving on.',
        },
      },
      ru: {
        name: 'Шестёрка Мечей',
        upright: {
          keywords: ['переход', 'движение дальше', 'оставленное позади', 'спокойные воды'],
          meaning:
            'Вы уходите от бурь к более спокойным водам. Возьмите с собой полученные уроки и доверьтесь тому, что путь впереди будет мягче.',
        },
        reversed: {
          keywords: ['незаконченные дела', 'сопротивление переходу', 'эмоциональный багаж', 'застревание'],
          meaning:
            'Возможно, вам трудно что-то оставить, или вы несёте старый багаж в новую жизнь. Решите то, что можете, и облегчите ношу, прежде чем двигаться дальше.',
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
          keywords: ['strategy', 'resourcefulness', 'secrecy', 'going it alone'],
          meaning:
            'You may need to act strategically or work quietly on your own terms. Be clever, but make sure you stay honest with others and yourself.',
        },
        reversed: {
          keywords: ['coming clean', 'conscience', 'revealed secrets', 'self-deception'],
          meaning:
            'Hidden plans or half-truths may be surfacing. This is a chance to come clean, stop fooling yourself and choose a more open path.',
        },
      },
      ru: {
        name: 'Семёрка Мечей',
        upright: {
          keywords: ['стратегия', 'находчивость', 'скрытность', 'самостоятельность'],
          meaning:
            'Возможно, вам придётся действовать стратегически или тихо, на своих условиях. Проявляйте смекалку, но не теряйте честности перед другими и перед собой.',
        },
        reversed: {
          keywords: ['признание', 'голос совести', 'раскрытые тайны', 'самообман'],
          meaning:
            'Скрытые планы или полуправда могут выйти на свет. Это шанс признаться, перестать обманывать себя и выбрать более открытый путь.',
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
          keywords: ['restriction', 'feeling trapped', 'limiting beliefs', 'helplessness'],
          meaning:
            'You may feel boxed in, but many limits are made of fearful thoughts. Question the story you are telling yourself; a way out is closer than it seems.',
        },
        reversed: {
          keywords: ['release', 'new perspective', 'self-acceptance', 'freedom'],
          meaning:
            'You are starting to loosen the restrictions you placed on yourself. With a fresh perspective, you can take steps toward the freedom you want.',
        },
      },
      ru: {
        name: 'Восьмёрка Мечей',
        upright: {
          keywords: ['ограничения', 'ощущение ловушки', 'сковывающие убеждения', 'беспомощность'],
          meaning:
            'Вам может казаться, что выхода нет, но многие ограничения сотканы из тревожных мыслей. Усомнитесь в своей истории: выход ближе, чем кажется.',
        },
        reversed: {
          keywords: ['освобождение', 'новый взгляд', 'принятие себя', 'свобода'],
          meaning:
            'Вы начинаете ослаблять ограничения, которые сами себе поставили. Свежий взгляд поможет вам сделать шаги к желанной свободе.',
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
          keywords: ['worry', 'overthinking', 'restless nights', 'fear'],
          meaning:
            'Worries may be looping in your mind, especially at night. Share them with someone you trust; fears often shrink once they are spoken aloud.',
        },
        reversed: {
          keywords: ['easing worry', 'hope', 'reaching out', 'inner turmoil'],
          meaning:
            'The weight of worry is beginning to lift. Reach out for support, challenge your darkest thoughts and let a little hope back in.',
        },
      },
      ru: {
        name: 'Девятка Мечей',
        upright: {
          keywords: ['тревога', 'прокручивание мыслей', 'беспокойные ночи', 'страх'],
          meaning:
            'Тревоги могут крутиться в голове, особенно по ночам. Поделитесь ими с тем, кому доверяете: страхи часто уменьшаются, когда их произносят вслух.',
        },
        reversed: {
          keywords: ['ослабление тревоги', 'надежда', 'поиск поддержки', 'внутреннее смятение'],
          meaning:
            'Груз беспокойства начинает ослабевать. Обратитесь за поддержкой, оспорьте самые мрачные мысли и впустите в сердце немного надежды.',
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
          keywords: ['hard ending', 'letting go', 'rock bottom', 'new dawn'],
          meaning:
            'A difficult chapter is reaching its end. It may feel heavy, but the hardest part is behind you, and from here the only way is up.',
        },
        reversed: {
          keywords: ['recovery', 'renewal', 'resisting an ending', 'slow rise'],
          meaning:
            'You are slowly getting back on your feet. Let go of what has already ended, and allow yourself time to regain strength and hope.',
        },
      },
      ru: {
        name: 'Десятка Мечей',
        upright: {
          keywords: ['трудное завершение', 'отпускание', 'предел', 'новый рассвет'],
          meaning:
            'Трудная глава подходит к концу. Пусть сейчас тяжело, самое сложное уже позади, и дальше путь ведёт только вверх.',
        },
        reversed: {
          keywords: ['восстановление', 'возрождение', 'нежелание отпускать', 'медленный подъём'],
          meaning:
            'Вы понемногу встаёте на ноги. Отпустите то, что уже закончилось, и дайте себе время вернуть силы и надежду.',
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
          keywords: ['curiosity', 'new ideas', 'vigilance', 'eagerness to learn'],
          meaning:
            'Your mind is curious and alert. Ask questions, gather information and speak up with your fresh ideas, while staying open to learning.',
        },
        reversed: {
          keywords: ['hasty words', 'gossip', 'all talk', 'scattered thinking'],
          meaning:
            'You may be talking more than listening or jumping to conclusions. Think before you speak and back your ideas with real effort.',
        },
      },
      ru: {
        name: 'Паж Мечей',
        upright: {
          keywords: ['любознательность', 'новые идеи', 'бдительность', 'жажда знаний'],
          meaning:
            'Ваш ум любопытен и бодр. Задавайте вопросы, собирайте информацию и смело делитесь свежими идеями, сохраняя готовность учиться.',
        },
        reversed: {
          keywords: ['поспешные слова', 'сплетни', 'слова без дела', 'рассеянность'],
          meaning:
            'Возможно, вы больше говорите, чем слушаете, или спешите с выводами. Подумайте, прежде чем сказать, и подкрепляйте идеи реальными делами.',
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
          keywords: ['ambition', 'quick thinking', 'drive', 'directness'],
          meaning:
            'You are charging ahead with clear ideas and strong opinions. Act decisively, but make sure your speed does not leave others behind.',
        },
        reversed: {
          keywords: ['haste', 'bluntness', 'impatience', 'scattered focus'],
          meaning:
            'Your words or actions may be too rushed or sharp. Slow down, consider the impact on others and pick one direction at a time.',
        },
      },
      ru: {
        name: 'Рыцарь Мечей',
        upright: {
          keywords: ['амбиции', 'быстрый ум', 'напор', 'прямота'],
          meaning:
            'Вы стремительно движетесь вперёд с ясными идеями и твёрдыми взглядами. Действуйте решительно, но следите, чтобы скорость не оставила других позади.',
        },
        reversed: {
          keywords: ['поспешность', 'резкость', 'нетерпение', 'разбросанность'],
          meaning:
            'Возможно, ваши слова или действия слишком поспешны и резки. Замедлитесь, подумайте, как это отразится на других, и выберите одно направление.',
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
          keywords: ['clear boundaries', 'independence', 'honesty', 'perception'],
          meaning:
            'Clear thinking and honest words are your strengths now. Set firm boundaries, speak directly and trust your ability to see through confusion.',
        },
        reversed: {
          keywords: ['coldness', 'harsh judgment', 'bitterness', 'guardedness'],
          meaning:
            'Clarity may be turning into harshness or distance. Soften your words, let a little warmth in and remember that honesty can be kind.',
        },
      },
      ru: {
        name: 'Королева Мечей',
        upright: {
          keywords: ['чёткие границы', 'независимость', 'честность', 'проницательность'],
          meaning:
            'Ясность мысли и честные слова — ваши сильные стороны. Устанавливайте твёрдые границы, говорите прямо и доверяйте своей способности видеть суть.',
        },
        reversed: {
          keywords: ['холодность', 'резкие суждения', 'горечь', 'закрытость'],
          meaning:
            'Ясность может превращаться в резкость или отстранённость. Смягчите слова, впустите немного тепла и помните: честность бывает доброй.',
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
          keywords: ['intellectual authority', 'truth', 'fairness', 'clear judgment'],
          meaning:
            'Lead with logic, fairness and integrity. Your clear judgment helps you make sound decisions and explain them in a way others respect.',
        },
        reversed: {
          keywords: ['rigid thinking', 'misused authority', 'coldness', 'manipulation'],
          meaning:
            'Logic may be hardening into rigidity or control. Stay open to other viewpoints and use your sharp mind to support rather than overpower.',
        },
      },
      ru: {
        name: 'Король Мечей',
        upright: {
          keywords: ['авторитет', 'истина', 'справедливость', 'ясное суждение'],
          meaning:
            'Опирайтесь на логику, справедливость и честность. Ясность суждений поможет вам принимать взвешенные решения и объяснять их так, чтобы другие их уважали.',
        },
        reversed: {
          keywords: ['негибкое мышление', 'злоупотребление властью', 'холодность', 'манипуляции'],
          meaning:
            'Логика может застывать в жёсткости или контроле. Будьте открыты другим точкам зрения и используйте острый ум, чтобы поддерживать, а не подавлять.',
        },
      },
    },
  },
];
