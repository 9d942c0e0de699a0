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
          keywords: ['inspiration', 'new venture', 'creative spark', 'potential'],
          meaning:
            'A spark of inspiration is here. Act on that exciting idea while the energy is fresh, and let your enthusiasm light the way forward.',
        },
        reversed: {
          keywords: ['delays', 'unclear direction', 'fading motivation', 'false start'],
          meaning:
            'An idea may feel stalled or your enthusiasm may be flickering. Give it time, clarify what really excites you, and the spark can return.',
        },
      },
      ru: {
        name: 'Туз Жезлов',
        upright: {
          keywords: ['вдохновение', 'новое дело', 'творческая искра', 'потенциал'],
          meaning:
            'К вам приходит искра вдохновения. Действуйте, пока идея свежа и энергия на подъёме, и пусть ваш энтузиазм освещает путь.',
        },
        reversed: {
          keywords: ['задержки', 'размытая цель', 'угасающая мотивация', 'фальстарт'],
          meaning:
            'Возможно, идея буксует или воодушевление угасает. Дайте себе время, уточните, что вас по-настоящему зажигает, и искра вернётся.',
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
          keywords: ['planning', 'future vision', 'decisions', 'bold choices'],
          meaning:
            'You stand at the edge of something bigger. Map out your plans, weigh your options and dare to think beyond familiar territory.',
        },
        reversed: {
          keywords: ['fear of unknown', 'playing safe', 'indecision', 'weak planning'],
          meaning:
            'You may be staying in your comfort zone out of fear. Take a small step beyond it, or revisit your plans so they feel solid enough to act on.',
        },
      },
      ru: {
        name: 'Двойка Жезлов',
        upright: {
          keywords: ['планирование', 'взгляд в будущее', 'решения', 'смелый выбор'],
          meaning:
            'Вы стоите на пороге чего-то большего. Продумайте планы, взвесьте варианты и позвольте себе мыслить за пределами привычного.',
        },
        reversed: {
          keywords: ['страх неизвестности', 'излишняя осторожность', 'нерешительность', 'слабый план'],
          meaning:
            'Возможно, страх удерживает вас в зоне комфорта. Сделайте маленький шаг за её пределы или пересмотрите планы, чтобы они стали опорой для действий.',
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
          keywords: ['expansion', 'foresight', 'progress', 'new horizons'],
          meaning:
            'Your efforts are starting to bear fruit, and new horizons open up. Keep looking ahead, plan for growth and welcome the opportunities coming your way.',
        },
        reversed: {
          keywords: ['delays', 'frustration', 'narrow vision', 'obstacles'],
          meaning:
            'Progress may be slower than you hoped. Be patient, adjust your expectations and check whether your plans need a wider view.',
        },
      },
      ru: {
        name: 'Тройка Жезлов',
        upright: {
          keywords: ['расширение', 'дальновидность', 'прогресс', 'новые горизонты'],
          meaning:
            'Ваши усилия начинают приносить плоды, и открываются новые горизонты. Смотрите вперёд, планируйте рост и встречайте возможности, которые идут к вам.',
        },
        reversed: {
          keywords: ['задержки', 'разочарование', 'узкий взгляд', 'препятствия'],
          meaning:
            'Возможно, дела продвигаются медленнее, чем хотелось бы. Наберитесь терпения, скорректируйте ожидания и посмотрите на свои планы шире.',
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
          keywords: ['celebration', 'home', 'harmony', 'milestone'],
          meaning:
            'This is a moment to celebrate what you have built. Gather with people you love, enjoy the feeling of home and mark this happy milestone.',
        },
        reversed: {
          keywords: ['unsettled home', 'tension', 'postponed celebration', 'quiet joy'],
          meaning:
            'Harmony at home or among friends may feel a little shaky. Focus on small moments of togetherness, or find a quiet way to celebrate on your own.',
        },
      },
      ru: {
        name: 'Четвёрка Жезлов',
        upright: {
          keywords: ['праздник', 'дом', 'гармония', 'важный рубеж'],
          meaning:
            'Пришло время отметить то, что вы построили. Соберитесь с любимыми людьми, насладитесь чувством дома и отпразднуйте этот радостный рубеж.',
        },
        reversed: {
          keywords: ['неустроенность', 'напряжение', 'отложенный праздник', 'тихая радость'],
          meaning:
            'Гармония дома или в кругу друзей может пошатнуться. Цените маленькие моменты единения или найдите спокойный способ порадоваться наедине с собой.',
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
          keywords: ['competition', 'conflict', 'rivalry', 'clashing ideas'],
          meaning:
            'Different opinions and ambitions are clashing around you. Treat it as healthy competition, speak clearly and look for the idea worth keeping.',
        },
        reversed: {
          keywords: ['avoiding conflict', 'inner tension', 'resolution', 'easing tension'],
          meaning:
            'You may be avoiding a necessary disagreement, or a conflict is finally cooling down. Seek common ground and let go of battles that do not matter.',
        },
      },
      ru: {
        name: 'Пятёрка Жезлов',
        upright: {
          keywords: ['соперничество', 'споры', 'конкуренция', 'столкновение идей'],
          meaning:
            'Вокруг вас сталкиваются разные мнения и амбиции. Воспринимайте это как здоровое соперничество, говорите ясно и ищите идею, которая стоит внимания.',
        },
        reversed: {
          keywords: ['уход от конфликта', 'внутреннее напряжение', 'примирение', 'затишье'],
          meaning:
            'Возможно, вы избегаете нужного спора, или конфликт наконец утихает. Ищите точки соприкосновения и отпустите битвы, которые не имеют значения.',
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
