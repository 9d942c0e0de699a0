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
          keywords: ['new opportunity', 'prosperity', 'manifestation', 'solid start'],
          meaning:
            'A practical opportunity is taking shape. Plant the seed with care, give it steady attention, and it can grow into something lasting.',
        },
        reversed: {
          keywords: ['missed chance', 'poor planning', 'delays', 'shaky foundation'],
          meaning:
            'An opportunity may feel out of reach or poorly grounded. Revisit your plans, build a firmer base, and stay alert for the next opening.',
        },
      },
      ru: {
        name: 'Туз Пентаклей',
        upright: {
          keywords: ['новая возможность', 'процветание', 'воплощение', 'надёжное начало'],
          meaning:
            'Складывается практическая возможность. Бережно посадите семя, уделяйте ему постоянное внимание, и оно может вырасти во что-то долговечное.',
        },
        reversed: {
          keywords: ['упущенный шанс', 'слабое планирование', 'задержки', 'шаткая основа'],
          meaning:
            'Возможность может казаться недосягаемой или плохо подкреплённой. Пересмотрите планы, создайте более прочную основу и будьте готовы к следующему шансу.',
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
          keywords: ['balance', 'juggling priorities', 'adaptability', 'time management'],
          meaning:
            'You are juggling several responsibilities at once. Stay flexible, keep your sense of humor and adjust your priorities as things shift.',
        },
        reversed: {
          keywords: ['overcommitment', 'disorganization', 'imbalance', 'dropped tasks'],
          meaning:
            'You may have taken on more than you can comfortably handle. Simplify, say no to something and restore a rhythm that works for you.',
        },
      },
      ru: {
        name: 'Двойка Пентаклей',
        upright: {
          keywords: ['баланс', 'жонглирование делами', 'гибкость', 'управление временем'],
          meaning:
            'Вы одновременно справляетесь с несколькими обязанностями. Сохраняйте гибкость и чувство юмора и меняйте приоритеты по мере необходимости.',
        },
        reversed: {
          keywords: ['перегруженность', 'неорганизованность', 'дисбаланс', 'упущенные дела'],
          meaning:
            'Возможно, вы взяли на себя больше, чем можете спокойно вынести. Упростите задачи, откажитесь от чего-то и верните удобный для вас ритм.',
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
          keywords: ['teamwork', 'collaboration', 'craftsmanship', 'learning'],
          meaning:
            'Working together brings out the best in everyone. Share your skills, value the input of others and take pride in quality work.',
        },
        reversed: {
          keywords: ['poor teamwork', 'misalignment', 'low effort', 'working alone'],
          meaning:
            'Collaboration may be stalling due to unclear roles or mismatched goals. Clarify expectations, listen to each other and recommit to shared standards.',
        },
      },
      ru: {
        name: 'Тройка Пентаклей',
        upright: {
          keywords: ['командная работа', 'сотрудничество', 'мастерство', 'обучение'],
          meaning:
            'Совместная работа раскрывает лучшее в каждом. Делитесь своими умениями, цените вклад других и гордитесь качественным результатом.',
        },
        reversed: {
          keywords: ['разлад в команде', 'несогласованность', 'недостаток усилий', 'работа в одиночку'],
          meaning:
            'Сотрудничество может буксовать из-за размытых ролей или разных целей. Проясните ожидания, прислушайтесь друг к другу и вновь договоритесь об общих стандартах.',
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
          keywords: ['stability', 'security', 'holding on', 'control'],
          meaning:
            'You are focused on keeping what you have safe and steady. Enjoy the sense of security, but make sure caution does not turn into clinging.',
        },
        reversed: {
          keywords: ['loosening grip', 'generosity', 'openness', 'insecurity'],
          meaning:
            'You may be learning to loosen your grip, or feeling unsettled about stability. Find a balance between protecting what matters and letting life flow.',
        },
      },
      ru: {
        name: 'Четвёрка Пентаклей',
        upright: {
          keywords: ['стабильность', 'безопасность', 'удержание', 'контроль'],
          meaning:
            'Вы сосредоточены на том, чтобы сберечь то, что у вас есть. Наслаждайтесь чувством защищённости, но следите, чтобы осторожность не превратилась в цепкость.',
        },
        reversed: {
          keywords: ['ослабление хватки', 'щедрость', 'открытость', 'неуверенность'],
          meaning:
            'Возможно, вы учитесь ослаблять хватку или чувствуете шаткость почвы под ногами. Ищите баланс между защитой важного и свободным течением жизни.',
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
          keywords: ['hard times', 'feeling left out', 'scarcity', 'isolation'],
          meaning:
            'Things may feel tight or lonely right now. Remember that help is often nearer than it looks; reach out and let others support you.',
        },
        reversed: {
          keywords: ['recovery', 'support', 'renewed hope', 'accepting help'],
          meaning:
            'A difficult stretch is easing. Support is appearing, and as you accept help and rebuild step by step, life begins to feel warmer.',
        },
      },
      ru: {
        name: 'Пятёрка Пентаклей',
        upright: {
          keywords: ['трудные времена', 'чувство отверженности', 'нехватка', 'одиночество'],
          meaning:
            'Сейчас может быть непросто или одиноко. Помните, что помощь часто ближе, чем кажется: обратитесь к людям и позвольте им поддержать вас.',
        },
        reversed: {
          keywords: ['восстановление', 'поддержка', 'новая надежда', 'принятие помощи'],
          meaning:
            'Трудный период отступает. Появляется поддержка, и, принимая помощь и шаг за шагом восстанавливаясь, вы снова чувствуете тепло.',
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
