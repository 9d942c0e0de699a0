import type { TarotCard } from '../card';

export const MAJOR_ARCANA: TarotCard[] = [
  {
    id: 'major-00',
    arcana: 'major',
    number: 0,
    text: {
      en: {
        name: 'The Fool',
        upright: {
          keywords: ['new beginnings', 'spontaneity', 'open heart', 'leap of faith'],
          meaning:
            'A fresh chapter is opening, and you do not need every answer before you step in. Trust your curiosity and let yourself begin lightly.',
        },
        reversed: {
          keywords: ['hesitation', 'recklessness', 'naivety', 'holding back'],
          meaning:
            'You may be stalling at the edge or jumping without looking. Pause long enough to check your footing, then move with both courage and care.',
        },
      },
      ru: {
        name: 'Шут',
        upright: {
          keywords: ['новое начало', 'спонтанность', 'доверие', 'открытость'],
          meaning:
            'Перед вами открывается новая глава, и не нужно знать всё заранее, чтобы сделать первый шаг. Доверьтесь любопытству и начните с лёгким сердцем.',
        },
        reversed: {
          keywords: ['нерешительность', 'безрассудство', 'наивность', 'страх шага'],
          meaning:
            'Возможно, вы застыли на пороге или, наоборот, спешите, не глядя под ноги. Остановитесь ненадолго, проверьте опору и двигайтесь смело, но бережно.',
        },
      },
    },
  },
  {
    id: 'major-01',
    arcana: 'major',
    number: 1,
    text: {
      en: {
        name: 'The Magician',
        upright: {
          keywords: ['willpower', 'skill', 'focus', 'manifestation'],
          meaning:
            'Everything you need is already within reach. Gather your tools, name your intention clearly and put your skills to work today.',
        },
        reversed: {
          keywords: ['scattered energy', 'untapped talent', 'manipulation', 'self-doubt'],
          meaning:
            'Your talents may be scattered or held back by doubt. Check whether your plans are honest and focused, then direct your energy to one clear goal.',
        },
      },
      ru: {
        name: 'Маг',
        upright: {
          keywords: ['воля', 'мастерство', 'концентрация', 'воплощение'],
          meaning:
            'Всё необходимое уже у вас под рукой. Соберите свои инструменты, ясно сформулируйте намерение и смело применяйте свои умения.',
        },
        reversed: {
          keywords: ['распылённость', 'нераскрытый талант', 'манипуляция', 'неуверенность'],
          meaning:
            'Ваши силы, возможно, распылены или скованы сомнениями. Проверьте, честны ли ваши замыслы, и направьте энергию на одну ясную цель.',
        },
      },
    },
  },
  {
    id: 'major-02',
    arcana: 'major',
    number: 2,
    text: {
      en: {
        name: 'The High Priestess',
        upright: {
          keywords: ['intuition', 'inner knowing', 'mystery', 'stillness'],
          meaning:
            'Quiet your mind and listen to what you already sense beneath the surface. Not everything needs to be said aloud; your intuition knows the way.',
        },
        reversed: {
          keywords: ['ignored intuition', 'secrets', 'disconnection', 'inner noise'],
          meaning:
            'You may be drowning out your inner voice with outside opinions. Make space for silence and notice what feels true before you decide.',
        },
      },
      ru: {
        name: 'Верховная Жрица',
        upright: {
          keywords: ['интуиция', 'внутреннее знание', 'тайна', 'тишина'],
          meaning:
            'Успокойте ум и прислушайтесь к тому, что вы уже чувствуете в глубине. Не всё нужно произносить вслух: интуиция подскажет путь.',
        },
        reversed: {
          keywords: ['заглушённая интуиция', 'секреты', 'оторванность', 'внутренний шум'],
          meaning:
            'Возможно, чужие мнения заглушают ваш внутренний голос. Найдите время для тишины и заметьте, что ощущается правдой, прежде чем решать.',
        },
      },
    },
  },
  {
    id: 'major-03',
    arcana: 'major',
    number: 3,
    text: {
      en: {
        name: 'The Empress',
        upright: {
          keywords: ['abundance', 'nurturing', 'creativity', 'sensuality', 'growth'],
          meaning:
            'This is a season of growth and care. Nurture your projects, your body and the people around you, and let beauty and comfort into your days.',
        },
        reversed: {
          keywords: ['creative block', 'self-neglect', 'smothering', 'dependence'],
          meaning:
            'You may be giving so much that you forget to refill your own cup, or holding on too tightly. Tend to yourself first and let things grow at their own pace.',
        },
      },
      ru: {
        name: 'Императрица',
        upright: {
          keywords: ['изобилие', 'забота', 'творчество', 'чувственность', 'рост'],
          meaning:
            'Наступает время роста и заботы. Питайте свои начинания, своё тело и близких, впустите в свои дни больше красоты и уюта.',
        },
        reversed: {
          keywords: ['творческий застой', 'забвение себя', 'гиперопека', 'зависимость'],
          meaning:
            'Возможно, вы отдаёте так много, что забываете о себе, или слишком крепко держите других. Позаботьтесь о себе и позвольте всему расти в своём темпе.',
        },
      },
    },
  },
  {
    id: 'major-04',
    arcana: 'major',
    number: 4,
    text: {
      en: {
        name: 'The Emperor',
        upright: {
          keywords: ['structure', 'authority', 'stability', 'leadership'],
          meaning:
            'Bring order to what feels chaotic. Clear rules, steady routines and calm leadership will give your plans a solid foundation.',
        },
        reversed: {
          keywords: ['rigidity', 'control', 'stubbornness', 'weak discipline'],
          meaning:
            'Structure may have turned into control, or discipline may be slipping away. Look for a balance between firm boundaries and flexibility.',
        },
      },
      ru: {
        name: 'Император',
        upright: {
          keywords: ['структура', 'власть', 'стабильность', 'лидерство'],
          meaning:
            'Наведите порядок там, где царит хаос. Ясные правила, устойчивый распорядок и спокойное лидерство дадут вашим планам прочную основу.',
        },
        reversed: {
          keywords: ['жёсткость', 'контроль', 'упрямство', 'слабая дисциплина'],
          meaning:
            'Порядок, возможно, превратился в контроль, или, напротив, дисциплина ослабла. Ищите равновесие между твёрдыми границами и гибкостью.',
        },
      },
    },
  },
  {
    id: 'major-05',
    arcana: 'major',
    number: 5,
    text: {
      en: {
        name: 'The Hierophant',
        upright: {
          keywords: ['tradition', 'guidance', 'shared values', 'learning'],
          meaning:
            'There is wisdom in tried and tested paths right now. Seek a mentor, a community or a tradition that can help you grow with support.',
        },
        reversed: {
          keywords: ['questioning rules', 'nonconformity', 'personal beliefs', 'rigid dogma'],
          meaning:
            'You may be outgrowing rules that no longer fit you. It is fine to question convention and find your own way of honoring what matters.',
        },
      },
      ru: {
        name: 'Иерофант',
        upright: {
          keywords: ['традиция', 'наставничество', 'общие ценности', 'обучение'],
          meaning:
            'Сейчас в проверенных путях много мудрости. Найдите наставника, сообщество или традицию, которые помогут вам расти при поддержке.',
        },
        reversed: {
          keywords: ['сомнение в правилах', 'нестандартность', 'личные убеждения', 'догматизм'],
          meaning:
            'Возможно, вы переросли правила, которые вам больше не подходят. Можно усомниться в привычном и найти собственный способ чтить то, что важно.',
        },
      },
    },
  },
  {
    id: 'major-06',
    arcana: 'major',
    number: 6,
    text: {
      en: {
        name: 'The Lovers',
        upright: {
          keywords: ['love', 'harmony', 'meaningful choice', 'alignment'],
          meaning:
            'A bond or a choice asks you to follow your true values. Choose what aligns with your heart, and let honesty deepen your connections.',
        },
        reversed: {
          keywords: ['imbalance', 'misalignment', 'inner conflict', 'avoiding choice'],
          meaning:
            'Something in a relationship or decision feels out of tune. Be honest about what you truly want, and let your choices match your values again.',
        },
      },
      ru: {
        name: 'Влюблённые',
        upright: {
          keywords: ['любовь', 'гармония', 'важный выбор', 'согласие'],
          meaning:
            'Отношения или выбор призывают вас следовать своим истинным ценностям. Выбирайте то, что созвучно сердцу, и пусть честность углубит ваши связи.',
        },
        reversed: {
          keywords: ['дисбаланс', 'разлад', 'внутренний конфликт', 'уход от выбора'],
          meaning:
            'Что-то в отношениях или в решении звучит фальшиво. Честно признайте, чего вы на самом деле хотите, и снова сверьте выбор со своими ценностями.',
        },
      },
    },
  },
  {
    id: 'major-07',
    arcana: 'major',
    number: 7,
    text: {
      en: {
        name: 'The Chariot',
        upright: {
          keywords: ['determination', 'momentum', 'self-control', 'victory'],
          meaning:
            'You can move forward with real momentum now. Hold your goal firmly in view and steer opposing impulses in one shared direction.',
        },
        reversed: {
          keywords: ['lost direction', 'scattered drive', 'frustration', 'forcing'],
          meaning:
            'You may feel pulled in different directions or be pushing too hard. Slow down, regain your focus and decide where you truly want to go.',
        },
      },
      ru: {
        name: 'Колесница',
        upright: {
          keywords: ['решимость', 'движение вперёд', 'самообладание', 'победа'],
          meaning:
            'Сейчас вы можете уверенно двигаться вперёд. Держите цель перед глазами и направьте противоречивые порывы в одну сторону.',
        },
        reversed: {
          keywords: ['потеря курса', 'распылённость', 'раздражение', 'напор'],
          meaning:
            'Возможно, вас тянет в разные стороны или вы слишком давите. Сбавьте темп, верните себе фокус и решите, куда на самом деле хотите прийти.',
        },
      },
    },
  },
  {
    id: 'major-08',
    arcana: 'major',
    number: 8,
    text: {
      en: {
        name: 'Strength',
        upright: {
          keywords: ['inner strength', 'courage', 'patience', 'compassion'],
          meaning:
            'Gentle persistence will achieve more than force. Meet challenges and strong emotions with calm courage and kindness, including toward yourself.',
        },
        reversed: {
          keywords: ['self-doubt', 'low energy', 'impatience', 'raw emotion'],
          meaning:
            'Your confidence may feel shaky or your temper short. Be patient with yourself; quiet strength returns when you treat your feelings with care.',
        },
      },
      ru: {
        name: 'Сила',
        upright: {
          keywords: ['внутренняя сила', 'мужество', 'терпение', 'сострадание'],
          meaning:
            'Мягкое упорство добьётся большего, чем напор. Встречайте трудности и сильные чувства со спокойной смелостью и добротой, в том числе к себе.',
        },
        reversed: {
          keywords: ['неуверенность', 'упадок сил', 'нетерпение', 'вспыльчивость'],
          meaning:
            'Возможно, уверенность пошатнулась или терпение на исходе. Будьте бережнее к себе: тихая сила вернётся, когда вы отнесётесь к своим чувствам с заботой.',
        },
      },
    },
  },
  {
    id: 'major-09',
    arcana: 'major',
    number: 9,
    text: {
      en: {
        name: 'The Hermit',
        upright: {
          keywords: ['introspection', 'solitude', 'inner guidance', 'wisdom'],
          meaning:
            'Step back from the noise for a while. Time alone to reflect will light up answers that busy days keep hidden from you.',
        },
        reversed: {
          keywords: ['isolation', 'loneliness', 'withdrawal', 'avoiding reflection'],
          meaning:
            'Solitude may be turning into isolation, or you may be avoiding time with your own thoughts. Find a balance between quiet reflection and connection.',
        },
      },
      ru: {
        name: 'Отшельник',
        upright: {
          keywords: ['самоанализ', 'уединение', 'внутренний свет', 'мудрость'],
          meaning:
            'Отойдите на время от суеты. Уединение и размышления высветят ответы, которые прячутся от вас в круговороте дел.',
        },
        reversed: {
          keywords: ['изоляция', 'одиночество', 'замкнутость', 'бегство от себя'],
          meaning:
            'Уединение, возможно, переходит в изоляцию, или вы избегаете встречи со своими мыслями. Ищите баланс между тишиной и общением.',
        },
      },
    },
  },
  {
    id: 'major-10',
    arcana: 'major',
    number: 10,
    text: {
      en: {
        name: 'Wheel of Fortune',
        upright: {
          keywords: ['cycles', 'change', 'turning point', 'luck'],
          meaning:
            'Life is turning, and a new cycle is beginning. Stay open and adaptable; an unexpected opportunity may be closer than it seems.',
        },
        reversed: {
          keywords: ['resisting change', 'delays', 'repeating patterns', 'feeling stuck'],
          meaning:
            'You may feel stuck in a loop or be resisting a natural change. Notice the pattern, accept what you cannot control and adjust what you can.',
        },
      },
      ru: {
        name: 'Колесо Фортуны',
        upright: {
          keywords: ['циклы', 'перемены', 'поворотный момент', 'удача'],
          meaning:
            'Колесо жизни поворачивается, и начинается новый цикл. Сохраняйте открытость и гибкость: неожиданная возможность может быть ближе, чем кажется.',
        },
        reversed: {
          keywords: ['сопротивление переменам', 'задержки', 'повторение сценариев', 'застой'],
          meaning:
            'Возможно, вы ходите по кругу или сопротивляетесь естественным переменам. Заметьте повторяющийся сценарий, примите неподвластное и измените то, что можете.',
        },
      },
    },
  },
  {
    id: 'major-11',
    arcana: 'major',
    number: 11,
    text: {
      en: {
        name: 'Justice',
        upright: {
          keywords: ['fairness', 'truth', 'balance', 'accountability'],
          meaning:
            'Clear, honest choices bring fair results now. Weigh the facts calmly, take responsibility for your part and act with integrity.',
        },
        reversed: {
          keywords: ['imbalance', 'avoiding responsibility', 'bias', 'dishonesty'],
          meaning:
            'Something may feel unfair, or you may be avoiding your share of responsibility. Look honestly at the whole picture and set things right where you can.',
        },
      },
      ru: {
        name: 'Справедливость',
        upright: {
          keywords: ['честность', 'истина', 'равновесие', 'ответственность'],
          meaning:
            'Ясные и честные решения сейчас приносят справедливый результат. Спокойно взвесьте факты, признайте свою долю ответственности и поступайте по совести.',
        },
        reversed: {
          keywords: ['несправедливость', 'уход от ответственности', 'предвзятость', 'нечестность'],
          meaning:
            'Возможно, что-то кажется вам несправедливым, или вы избегаете своей доли ответственности. Честно взгляните на картину целиком и исправьте то, что в ваших силах.',
        },
      },
    },
  },
  {
    id: 'major-12',
    arcana: 'major',
    number: 12,
    text: {
      en: {
        name: 'The Hanged Man',
        upright: {
          keywords: ['pause', 'surrender', 'new perspective', 'letting go'],
          meaning:
            'A pause is not a failure. Let go of the need to push, look at the situation from a new angle, and insight will come.',
        },
        reversed: {
          keywords: ['stalling', 'resistance', 'indecision', 'needless sacrifice'],
          meaning:
            'You may be stuck in waiting or holding on out of habit. Ask what you are really gaining from the delay, and make a choice that frees you.',
        },
      },
      ru: {
        name: 'Повешенный',
        upright: {
          keywords: ['пауза', 'смирение', 'новый взгляд', 'отпускание'],
          meaning:
            'Пауза — это не поражение. Перестаньте давить, посмотрите на ситуацию под новым углом, и понимание придёт само.',
        },
        reversed: {
          keywords: ['застой', 'сопротивление', 'нерешительность', 'напрасная жертва'],
          meaning:
            'Возможно, вы застряли в ожидании или держитесь за что-то по привычке. Спросите себя, что даёт вам эта задержка, и сделайте выбор, который освободит.',
        },
      },
    },
  },
  {
    id: 'major-13',
    arcana: 'major',
    number: 13,
    text: {
      en: {
        name: 'Death',
        upright: {
          keywords: ['endings', 'transformation', 'transition', 'release'],
          meaning:
            'A chapter is closing so that something new can take its place. Let go of what has run its course and welcome the change it makes room for.',
        },
        reversed: {
          keywords: ['resisting change', 'clinging', 'stagnation', 'slow transition'],
          meaning:
            'You may be holding on to something that has already ended. Gently release it; the sooner you allow the change, the sooner you can renew.',
        },
      },
      ru: {
        name: 'Смерть',
        upright: {
          keywords: ['завершение', 'трансформация', 'переход', 'освобождение'],
          meaning:
            'Одна глава заканчивается, чтобы освободить место для новой. Отпустите то, что исчерпало себя, и примите перемены, для которых открывается пространство.',
        },
        reversed: {
          keywords: ['сопротивление переменам', 'цепляние за прошлое', 'застой', 'затянувшийся переход'],
          meaning:
            'Возможно, вы держитесь за то, что уже завершилось. Бережно отпустите это: чем скорее вы позволите переменам случиться, тем скорее придёт обновление.',
        },
      },
    },
  },
  {
    id: 'major-14',
    arcana: 'major',
    number: 14,
    text: {
      en: {
        name: 'Temperance',
        upright: {
          keywords: ['balance', 'moderation', 'patience', 'blending'],
          meaning:
            'Find the middle path. Blend different parts of your life with patience, and small, steady adjustments will bring calm and harmony.',
        },
        reversed: {
          keywords: ['imbalance', 'excess', 'impatience', 'discord'],
          meaning:
            'Something in your life may be tipping into excess or haste. Slow down, notice where you overdo it and restore a gentler rhythm.',
        },
      },
      ru: {
        name: 'Умеренность',
        upright: {
          keywords: ['равновесие', 'умеренность', 'терпение', 'гармония'],
          meaning:
            'Ищите золотую середину. Терпеливо соединяйте разные стороны жизни, и маленькие постоянные шаги принесут спокойствие и гармонию.',
        },
        reversed: {
          keywords: ['дисбаланс', 'излишества', 'нетерпение', 'разлад'],
          meaning:
            'Возможно, что-то в вашей жизни склоняется к излишествам или спешке. Замедлитесь, заметьте, где вы перегибаете палку, и верните более мягкий ритм.',
        },
      },
    },
  },
  {
    id: 'major-15',
    arcana: 'major',
    number: 15,
    text: {
      en: {
        name: 'The Devil',
        upright: {
          keywords: ['attachment', 'temptation', 'habits', 'shadow self'],
          meaning:
            'Notice what holds you in its grip, whether a habit, a fear or a pattern. Naming it honestly is the first step to loosening its hold.',
        },
        reversed: {
          keywords: ['release', 'breaking free', 'awareness', 'reclaiming power'],
          meaning:
            'You are starting to see the chains that held you and realize they can be removed. Take one small step toward freedom and trust your growing strength.',
        },
      },
      ru: {
        name: 'Дьявол',
        upright: {
          keywords: ['привязанность', 'искушение', 'привычки', 'теневая сторона'],
          meaning:
            'Заметьте, что держит вас в плену: привычка, страх или старый сценарий. Честно назвать это — первый шаг к тому, чтобы ослабить его власть.',
        },
        reversed: {
          keywords: ['освобождение', 'разрыв оков', 'осознанность', 'возвращение силы'],
          meaning:
            'Вы начинаете видеть цепи, которые вас удерживали, и понимаете, что их можно снять. Сделайте маленький шаг к свободе и доверьтесь своей растущей силе.',
        },
      },
    },
  },
  {
    id: 'major-16',
    arcana: 'major',
    number: 16,
    text: {
      en: {
        name: 'The Tower',
        upright: {
          keywords: ['sudden change', 'revelation', 'release', 'breakthrough'],
          meaning:
            'Something built on shaky ground is shifting quickly. Though surprising, this change clears space for truth and a stronger foundation.',
        },
        reversed: {
          keywords: ['avoiding change', 'inner upheaval', 'delayed shift', 'fear of change'],
          meaning:
            'You may sense a change coming and be trying to hold it off. Let old structures go gradually, and the shift will feel gentler than you fear.',
        },
      },
      ru: {
        name: 'Башня',
        upright: {
          keywords: ['внезапные перемены', 'озарение', 'освобождение', 'прорыв'],
          meaning:
            'То, что стояло на шаткой основе, быстро меняется. Пусть это и неожиданно, перемены расчищают место для правды и более прочного фундамента.',
        },
        reversed: {
          keywords: ['избегание перемен', 'внутренний переворот', 'отсроченный сдвиг', 'страх нового'],
          meaning:
            'Возможно, вы чувствуете приближение перемен и пытаетесь их сдержать. Отпускайте старое постепенно, и сдвиг пройдёт мягче, чем вы опасаетесь.',
        },
      },
    },
  },
  {
    id: 'major-17',
    arcana: 'major',
    number: 17,
    text: {
      en: {
        name: 'The Star',
        upright: {
          keywords: ['hope', 'renewal', 'inspiration', 'serenity'],
          meaning:
            'After a hard stretch, hope returns. Let yourself rest, trust that things are improving and follow what quietly inspires you.',
        },
        reversed: {
          keywords: ['discouragement', 'lost faith', 'disconnection', 'low motivation'],
          meaning:
            'Your hope may be dimmed for now. Reconnect with small things that lift you, and remember that your light has only faded, not gone out.',
        },
      },
      ru: {
        name: 'Звезда',
        upright: {
          keywords: ['надежда', 'обновление', 'вдохновение', 'безмятежность'],
          meaning:
            'После трудного периода возвращается надежда. Позвольте себе отдохнуть, поверьте, что всё налаживается, и следуйте тому, что тихо вдохновляет вас.',
        },
        reversed: {
          keywords: ['уныние', 'потеря веры', 'оторванность', 'слабая мотивация'],
          meaning:
            'Ваша надежда, возможно, сейчас приглушена. Вернитесь к маленьким радостям, которые вас поддерживают, и помните: ваш свет лишь потускнел, но не погас.',
        },
      },
    },
  },
  {
    id: 'major-18',
    arcana: 'major',
    number: 18,
    text: {
      en: {
        name: 'The Moon',
        upright: {
          keywords: ['intuition', 'uncertainty', 'dreams', 'the unconscious'],
          meaning:
            'Not everything is as it seems right now. Move slowly, pay attention to your dreams and feelings, and let clarity come in its own time.',
        },
        reversed: {
          keywords: ['clearing confusion', 'released fears', 'truth surfacing', 'inner unease'],
          meaning:
            'The fog is beginning to lift. Fears that loomed large are shrinking, and you can now see more clearly what is real and what was imagined.',
        },
      },
      ru: {
        name: 'Луна',
        upright: {
          keywords: ['интуиция', 'неопределённость', 'сны', 'подсознание'],
          meaning:
            'Сейчас не всё таково, каким кажется. Двигайтесь неспешно, прислушивайтесь к снам и чувствам и позвольте ясности прийти в своё время.',
        },
        reversed: {
          keywords: ['рассеивание тумана', 'ослабление страхов', 'проявление правды', 'смутная тревога'],
          meaning:
            'Туман начинает рассеиваться. Страхи, казавшиеся огромными, уменьшаются, и вы яснее видите, что реально, а что лишь почудилось.',
        },
      },
    },
  },
  {
    id: 'major-19',
    arcana: 'major',
    number: 19,
    text: {
      en: {
        name: 'The Sun',
        upright: {
          keywords: ['joy', 'success', 'vitality', 'warmth', 'clarity'],
          meaning:
            'Warmth and clarity shine on your path. Enjoy this bright moment, share your happiness and let your natural confidence show.',
        },
        reversed: {
          keywords: ['dimmed joy', 'overconfidence', 'delayed success', 'inner child'],
          meaning:
            'Your joy may be clouded for a while, or enthusiasm may run ahead of reality. Look for simple pleasures; the sunshine is still there behind the clouds.',
        },
      },
      ru: {
        name: 'Солнце',
        upright: {
          keywords: ['радость', 'успех', 'жизненная сила', 'тепло', 'ясность'],
          meaning:
            'Ваш путь освещён теплом и ясностью. Наслаждайтесь этим светлым моментом, делитесь счастьем и позвольте своей уверенности проявиться.',
        },
        reversed: {
          keywords: ['приглушённая радость', 'самоуверенность', 'отложенный успех', 'внутренний ребёнок'],
          meaning:
            'Радость может ненадолго скрыться, а воодушевление — обгонять реальность. Ищите простые удовольствия: солнце по-прежнему светит за облаками.',
        },
      },
    },
  },
  {
    id: 'major-20',
    arcana: 'major',
    number: 20,
    text: {
      en: {
        name: 'Judgement',
        upright: {
          keywords: ['awakening', 'reflection', 'renewal', 'calling'],
          meaning:
            'An inner call invites you to rise to a new level. Review the past honestly, forgive what you can and step into a renewed version of yourself.',
        },
        reversed: {
          keywords: ['self-criticism', 'doubt', 'ignoring the call', 'hesitation'],
          meaning:
            'You may be judging yourself too harshly or ignoring a call to change. Be kind as you look back, and listen to what your inner voice is asking.',
        },
      },
      ru: {
        name: 'Суд',
        upright: {
          keywords: ['пробуждение', 'переосмысление', 'обновление', 'призвание'],
          meaning:
            'Внутренний зов приглашает вас подняться на новый уровень. Честно оцените прошлое, простите то, что сможете, и шагните в обновлённую версию себя.',
        },
        reversed: {
          keywords: ['самокритика', 'сомнения', 'глухота к зову', 'колебания'],
          meaning:
            'Возможно, вы судите себя слишком строго или не слышите зова к переменам. Оглядывайтесь назад с добротой и прислушайтесь к своему внутреннему голосу.',
        },
      },
    },
  },
  {
    id: 'major-21',
    arcana: 'major',
    number: 21,
    text: {
      en: {
        name: 'The World',
        upright: {
          keywords: ['completion', 'fulfillment', 'wholeness', 'achievement'],
          meaning:
            'A cycle is reaching a satisfying close. Celebrate how far you have come and enjoy the sense of wholeness before the next journey begins.',
        },
        reversed: {
          keywords: ['unfinished business', 'lack of closure', 'delays', 'shortcuts'],
          meaning:
            'Something is almost complete but not quite. Tie up loose ends and give the final steps your attention so you can truly move on.',
        },
      },
      ru: {
        name: 'Мир',
        upright: {
          keywords: ['завершённость', 'полнота', 'целостность', 'достижение'],
          meaning:
            'Цикл подходит к благополучному завершению. Отметьте, какой путь вы прошли, и насладитесь чувством целостности перед началом нового странствия.',
        },
        reversed: {
          keywords: ['незаконченные дела', 'отсутствие финала', 'задержки', 'поиск лёгких путей'],
          meaning:
            'Что-то почти готово, но ещё не завершено. Закройте оставшиеся вопросы и уделите внимание последним шагам, чтобы по-настоящему двинуться дальше.',
        },
      },
    },
  },
];
