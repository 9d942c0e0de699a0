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
          keywords: ['clarity', 'breakthrough', 'truth', 'new idea'],
          meaning:
            'A flash of clarity cuts through confusion. Speak the truth, trust your sharp thinking and use this insight to make a clean decision.',
        },
        reversed: {
          keywords: ['clouded thinking', 'miscommunication', 'hasty judgment', 'confusion'],
          meaning:
            'Your thoughts may feel clouded or your words may come out harsher than you intend. Pause, gather the facts and speak with care.',
        },
      },
      ru: {
        name: 'Туз Мечей',
        upright: {
          keywords: ['ясность', 'прорыв', 'истина', 'новая идея'],
          meaning:
            'Вспышка ясности рассекает путаницу. Говорите правду, доверяйте остроте своего ума и используйте это понимание для чёткого решения.',
        },
        reversed: {
          keywords: ['туман в голове', 'недопонимание', 'поспешные выводы', 'замешательство'],
          meaning:
            'Возможно, мысли путаются, а слова звучат резче, чем вам хотелось бы. Сделайте паузу, соберите факты и говорите бережно.',
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
          keywords: ['indecision', 'stalemate', 'difficult choice', 'avoidance'],
          meaning:
            'You are weighing two paths and hesitating to choose. Lower your guard a little, gather what you need to know and let your inner sense guide you.',
        },
        reversed: {
          keywords: ['information overload', 'decision fatigue', 'truth revealed', 'restless mind'],
          meaning:
            'You may feel overwhelmed by too many opinions. Set the noise aside, accept that no choice is perfect, and decide what feels most honest to you.',
        },
      },
      ru: {
        name: 'Двойка Мечей',
        upright: {
          keywords: ['нерешительность', 'тупик', 'трудный выбор', 'уклонение'],
          meaning:
            'Вы взвешиваете два пути и не решаетесь выбрать. Немного ослабьте защиту, узнайте то, чего не хватает, и позвольте внутреннему чутью подсказать.',
        },
        reversed: {
          keywords: ['избыток информации', 'усталость от решений', 'открывшаяся правда', 'беспокойный ум'],
          meaning:
            'Возможно, обилие чужих мнений сбивает вас с толку. Отложите шум в сторону, примите, что идеального выбора нет, и решите, что для вас честнее всего.',
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
          keywords: ['heartache', 'painful truth', 'sorrow', 'emotional release'],
          meaning:
            'A painful truth or hurtful words may sting right now. Let yourself feel it fully; acknowledging the hurt is the first step toward mending.',
        },
        reversed: {
          keywords: ['recovery', 'forgiveness', 'moving on', 'lingering hurt'],
          meaning:
            'The ache is slowly easing. Practice forgiveness at your own pace, release old resentments and let your heart begin to mend.',
        },
      },
      ru: {
        name: 'Тройка Мечей',
        upright: {
          keywords: ['сердечная боль', 'горькая правда', 'печаль', 'эмоциональная разрядка'],
          meaning:
            'Горькая правда или обидные слова могут сейчас ранить. Позвольте себе прожить это чувство: признать боль — первый шаг к тому, чтобы сердце успокоилось.',
        },
        reversed: {
          keywords: ['восстановление', 'прощение', 'движение дальше', 'затаённая обида'],
          meaning:
            'Боль понемногу утихает. Прощайте в своём темпе, отпускайте старые обиды и позвольте сердцу постепенно восстановиться.',
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
          keywords: ['rest', 'recharging', 'contemplation', 'pause'],
          meaning:
            'Your mind needs a break. Step back, rest and recharge; quiet time now will leave you clearer and stronger for what comes next.',
        },
        reversed: {
          keywords: ['restlessness', 'exhaustion', 'slow return', 'resisting rest'],
          meaning:
            'You may be pushing on without pausing, or slowly returning after a break. Honor your need for rest and ease back into activity gradually.',
        },
      },
      ru: {
        name: 'Четвёрка Мечей',
        upright: {
          keywords: ['отдых', 'восстановление сил', 'размышление', 'пауза'],
          meaning:
            'Вашему уму нужна передышка. Отойдите в сторону, отдохните и наберитесь сил: тишина сейчас подарит ясность и энергию для следующего этапа.',
        },
        reversed: {
          keywords: ['беспокойство', 'истощение', 'постепенное возвращение', 'отказ от отдыха'],
          meaning:
            'Возможно, вы продолжаете бежать без остановки или понемногу возвращаетесь после перерыва. Уважайте свою потребность в отдыхе и входите в ритм постепенно.',
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
          keywords: ['conflict', 'hollow victory', 'tension', 'ruthless competition'],
          meaning:
            'A disagreement may leave everyone feeling worse. Ask yourself whether winning is worth the cost, and choose your battles wisely.',
        },
        reversed: {
          keywords: ['reconciliation', 'making amends', 'letting go', 'lingering resentment'],
          meaning:
            'After tension, there is room for making peace. Let go of the need to be right, offer or accept amends and move forward feeling lighter.',
        },
      },
      ru: {
        name: 'Пятёрка Мечей',
        upright: {
          keywords: ['конфликт', 'пустая победа', 'напряжение', 'победа любой ценой'],
          meaning:
            'Спор может оставить всех в проигрыше. Спросите себя, стоит ли победа такой цены, и выбирайте свои битвы с умом.',
        },
        reversed: {
          keywords: ['примирение', 'заглаживание вины', 'отпускание', 'остаточная обида'],
          meaning:
            'После напряжения появляется место для мира. Перестаньте доказывать свою правоту, предложите или примите извинения и двигайтесь дальше налегке.',
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
