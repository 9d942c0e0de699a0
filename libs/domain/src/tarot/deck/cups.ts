import type { TarotCard } from '../card';

export const CUPS: TarotCard[] = [
  {
    id: 'cups-01',
    arcana: 'minor',
    suit: 'cups',
    number: 1,
    text: {
      en: {
        name: 'Ace of Cups',
        upright: {
          keywords: ['new love', 'emotional openness', 'compassion', 'creativity'],
          meaning:
            'Your heart is opening to new feelings. Welcome love, kindness and creativity, and let yourself receive as freely as you give.',
        },
        reversed: {
          keywords: ['blocked feelings', 'holding back', 'self-love', 'inner focus'],
          meaning:
            'Your feelings may be bottled up or turned inward. Start by offering kindness to yourself, and the emotional flow will return.',
        },
      },
      ru: {
        name: 'Туз Кубков',
        upright: {
          keywords: ['новая любовь', 'открытость', 'сострадание', 'творчество'],
          meaning:
            'Ваше сердце открывается новым чувствам. Впустите любовь, доброту и творчество и позвольте себе принимать так же щедро, как отдаёте.',
        },
        reversed: {
          keywords: ['сдержанные чувства', 'закрытость', 'любовь к себе', 'взгляд внутрь'],
          meaning:
            'Возможно, ваши чувства заперты или обращены внутрь. Начните с доброты к самим себе, и поток эмоций снова оживёт.',
        },
      },
    },
  },
  {
    id: 'cups-02',
    arcana: 'minor',
    suit: 'cups',
    number: 2,
    text: {
      en: {
        name: 'Two of Cups',
        upright: {
          keywords: ['partnership', 'mutual attraction', 'connection', 'unity'],
          meaning:
            'A meaningful connection is forming or deepening. Meet the other person halfway, share openly and enjoy the balance of giving and receiving.',
        },
        reversed: {
          keywords: ['imbalance', 'miscommunication', 'distance', 'tension'],
          meaning:
            'A relationship may feel out of balance or distant. Talk honestly about what each of you needs, and be willing to listen as much as you speak.',
        },
      },
      ru: {
        name: 'Двойка Кубков',
        upright: {
          keywords: ['партнёрство', 'взаимная симпатия', 'связь', 'единство'],
          meaning:
            'Зарождается или углубляется важная связь. Идите навстречу друг другу, делитесь открыто и радуйтесь взаимности, в которой каждый и дарит, и получает.',
        },
        reversed: {
          keywords: ['дисбаланс', 'недопонимание', 'отдаление', 'напряжение'],
          meaning:
            'Возможно, в отношениях нарушилось равновесие или появилась дистанция. Честно обсудите, что нужно каждому, и слушайте не меньше, чем говорите.',
        },
      },
    },
  },
  {
    id: 'cups-03',
    arcana: 'minor',
    suit: 'cups',
    number: 3,
    text: {
      en: {
        name: 'Three of Cups',
        upright: {
          keywords: ['friendship', 'celebration', 'community', 'joy'],
          meaning:
            'Good times with friends are calling. Celebrate together, lean on your community and enjoy the warmth of shared laughter.',
        },
        reversed: {
          keywords: ['overindulgence', 'gossip', 'social fatigue', 'time alone'],
          meaning:
            'Social life may feel draining or tangled in gossip. Step back when you need to, and choose the company that truly lifts you up.',
        },
      },
      ru: {
        name: 'Тройка Кубков',
        upright: {
          keywords: ['дружба', 'праздник', 'общение', 'радость'],
          meaning:
            'Вас ждут весёлые встречи с друзьями. Празднуйте вместе, опирайтесь на своё окружение и наслаждайтесь теплом общего смеха.',
        },
        reversed: {
          keywords: ['излишества', 'сплетни', 'усталость от людей', 'время для себя'],
          meaning:
            'Общение может утомлять или запутываться в сплетнях. Отступите, когда это нужно, и выбирайте компанию, которая действительно вас поддерживает.',
        },
      },
    },
  },
  {
    id: 'cups-04',
    arcana: 'minor',
    suit: 'cups',
    number: 4,
    text: {
      en: {
        name: 'Four of Cups',
        upright: {
          keywords: ['apathy', 'contemplation', 'reevaluation', 'overlooked offers'],
          meaning:
            'You may feel unmoved by what is in front of you. Take time to reflect, but stay open: a new offer might be waiting just outside your view.',
        },
        reversed: {
          keywords: ['renewed interest', 'clarity', 'saying yes', 'moving on'],
          meaning:
            'You are coming out of a withdrawn mood. Interest is returning, and you feel ready to say yes to opportunities you once overlooked.',
        },
      },
      ru: {
        name: 'Четвёрка Кубков',
        upright: {
          keywords: ['апатия', 'созерцание', 'переоценка', 'незамеченные предложения'],
          meaning:
            'Возможно, то, что перед вами, сейчас не трогает вас. Дайте себе время подумать, но не закрывайтесь: новое предложение может ждать совсем рядом.',
        },
        reversed: {
          keywords: ['возвращение интереса', 'ясность', 'готовность', 'движение вперёд'],
          meaning:
            'Вы выходите из замкнутого состояния. Интерес возвращается, и вы готовы откликнуться на возможности, которые прежде не замечали.',
        },
      },
    },
  },
  {
    id: 'cups-05',
    arcana: 'minor',
    suit: 'cups',
    number: 5,
    text: {
      en: {
        name: 'Five of Cups',
        upright: {
          keywords: ['disappointment', 'regret', 'focus on loss', 'sorrow'],
          meaning:
            'Something did not turn out as you hoped, and it is okay to feel sad. When you are ready, turn around: not everything is lost, and support remains.',
        },
        reversed: {
          keywords: ['acceptance', 'moving on', 'forgiveness', 'recovery'],
          meaning:
            'The heaviness is starting to lift. You are learning to accept what happened, forgive where you can and notice what is still good in your life.',
        },
      },
      ru: {
        name: 'Пятёрка Кубков',
        upright: {
          keywords: ['разочарование', 'сожаление', 'фокус на потере', 'печаль'],
          meaning:
            'Что-то сложилось не так, как вы надеялись, и грустить — это нормально. Когда будете готовы, оглянитесь: не всё потеряно, и поддержка рядом.',
        },
        reversed: {
          keywords: ['принятие', 'движение дальше', 'прощение', 'восстановление'],
          meaning:
            'Тяжесть начинает отступать. Вы учитесь принимать случившееся, прощать, где это возможно, и замечать то хорошее, что остаётся в вашей жизни.',
        },
      },
    },
  },
  {
    id: 'cups-06',
    arcana: 'minor',
    suit: 'cups',
    number: 6,
    text: {
      en: {
        name: 'Six of Cups',
        upright: {
          keywords: ['nostalgia', 'childhood memories', 'innocence', 'kindness'],
          meaning:
            'Sweet memories and simple kindness warm your heart. Reconnect with old friends or a childhood joy, and share a generous gesture.',
        },
        reversed: {
          keywords: ['stuck in nostalgia', 'idealizing', 'letting go', 'looking ahead'],
          meaning:
            'You may be holding on to the past or seeing it through rose-tinted glasses. Honor your memories, then turn your attention to the present.',
        },
      },
      ru: {
        name: 'Шестёрка Кубков',
        upright: {
          keywords: ['ностальгия', 'детские воспоминания', 'невинность', 'доброта'],
          meaning:
            'Тёплые воспоминания и простая доброта согревают ваше сердце. Свяжитесь со старыми друзьями, вспомните детскую радость и сделайте щедрый жест.',
        },
        reversed: {
          keywords: ['жизнь прошлым', 'идеализация', 'отпускание', 'взгляд вперёд'],
          meaning:
            'Возможно, вы держитесь за прошлое или смотрите на него сквозь розовые очки. Поблагодарите свои воспоминания и обратите внимание на настоящее.',
        },
      },
    },
  },
  {
    id: 'cups-07',
    arcana: 'minor',
    suit: 'cups',
    number: 7,
    text: {
      en: {
        name: 'Seven of Cups',
        upright: {
          keywords: ['choices', 'illusion', 'daydreaming', 'many options'],
          meaning:
            'Many tempting options are in front of you, and not all are what they seem. Dream freely, then look closely and choose what is real and achievable.',
        },
        reversed: {
          keywords: ['clarity', 'decisiveness', 'alignment', 'focus'],
          meaning:
            'The fog of options is clearing. You are ready to set aside fantasies, pick what truly matters and commit to a realistic path.',
        },
      },
      ru: {
        name: 'Семёрка Кубков',
        upright: {
          keywords: ['выбор', 'иллюзии', 'мечтательность', 'множество вариантов'],
          meaning:
            'Перед вами много заманчивых вариантов, и не все они таковы, какими кажутся. Мечтайте свободно, а затем присмотритесь и выберите реальное и достижимое.',
        },
        reversed: {
          keywords: ['ясность', 'решительность', 'согласие с собой', 'фокус'],
          meaning:
            'Туман из вариантов рассеивается. Вы готовы оставить фантазии, выбрать по-настоящему важное и пойти реалистичным путём.',
        },
      },
    },
  },
  {
    id: 'cups-08',
    arcana: 'minor',
    suit: 'cups',
    number: 8,
    text: {
      en: {
        name: 'Eight of Cups',
        upright: {
          keywords: ['walking away', 'seeking meaning', 'moving on', 'withdrawal'],
          meaning:
            'Something no longer fulfills you, and you feel called to search for deeper meaning. It takes courage to walk away, and it may be the right move.',
        },
        reversed: {
          keywords: ['fear of leaving', 'staying too long', 'aimless drifting', 'hesitation'],
          meaning:
            'You may sense it is time to move on but feel unsure or afraid. Ask what you truly seek, so you neither stay out of habit nor wander without aim.',
        },
      },
      ru: {
        name: 'Восьмёрка Кубков',
        upright: {
          keywords: ['уход', 'поиск смысла', 'движение дальше', 'отстранение'],
          meaning:
            'Что-то перестало вас наполнять, и вас тянет к более глубокому смыслу. Чтобы уйти, нужна смелость, и, возможно, это верный шаг.',
        },
        reversed: {
          keywords: ['страх ухода', 'привычка оставаться', 'блуждание', 'колебания'],
          meaning:
            'Возможно, вы чувствуете, что пора двигаться дальше, но вам страшно. Спросите себя, что вы ищете, чтобы не оставаться по привычке и не блуждать без цели.',
        },
      },
    },
  },
  {
    id: 'cups-09',
    arcana: 'minor',
    suit: 'cups',
    number: 9,
    text: {
      en: {
        name: 'Nine of Cups',
        upright: {
          keywords: ['contentment', 'wish fulfilled', 'satisfaction', 'gratitude'],
          meaning:
            'A wish may be coming true, and you have good reason to feel satisfied. Enjoy the pleasure of this moment and let gratitude deepen it.',
        },
        reversed: {
          keywords: ['unmet expectations', 'smugness', 'inner happiness', 'dissatisfaction'],
          meaning:
            'What you wished for may not feel as fulfilling as you expected. Look inward to discover what would truly make you content.',
        },
      },
      ru: {
        name: 'Девятка Кубков',
        upright: {
          keywords: ['удовлетворение', 'исполнение желаний', 'довольство', 'благодарность'],
          meaning:
            'Желание может вот-вот сбыться, и у вас есть все поводы для радости. Насладитесь этим моментом, и пусть благодарность сделает его ещё глубже.',
        },
        reversed: {
          keywords: ['несбывшиеся ожидания', 'самодовольство', 'внутреннее счастье', 'неудовлетворённость'],
          meaning:
            'Возможно, желаемое радует не так, как вы ожидали. Загляните внутрь себя и поймите, что действительно принесёт вам удовлетворение.',
        },
      },
    },
  },
  {
    id: 'cups-10',
    arcana: 'minor',
    suit: 'cups',
    number: 10,
    text: {
      en: {
        name: 'Ten of Cups',
        upright: {
          keywords: ['harmony', 'family', 'emotional fulfillment', 'lasting happiness'],
          meaning:
            'Love and harmony fill your home and relationships. Appreciate the people who make you feel you belong, and nurture this shared happiness.',
        },
        reversed: {
          keywords: ['family tension', 'disconnection', 'unrealistic ideals', 'clashing values'],
          meaning:
            'Home life may feel strained or not match the picture you hoped for. Let go of perfect ideals and focus on honest, caring conversations.',
        },
      },
      ru: {
        name: 'Десятка Кубков',
        upright: {
          keywords: ['гармония', 'семья', 'душевная полнота', 'прочное счастье'],
          meaning:
            'Любовь и гармония наполняют ваш дом и отношения. Цените людей, рядом с которыми вы чувствуете себя на своём месте, и берегите это общее счастье.',
        },
        reversed: {
          keywords: ['семейное напряжение', 'отчуждение', 'нереальные идеалы', 'разные ценности'],
          meaning:
            'Домашняя жизнь может казаться напряжённой или не совпадать с картинкой, о которой вы мечтали. Отпустите идеал и выбирайте честные, заботливые разговоры.',
        },
      },
    },
  },
  {
    id: 'cups-11',
    arcana: 'minor',
    suit: 'cups',
    number: 11,
    text: {
      en: {
        name: 'Page of Cups',
        upright: {
          keywords: ['creative opportunity', 'intuition', 'curiosity', 'sensitivity'],
          meaning:
            'A gentle, playful message from your heart wants your attention. Stay curious about your feelings and welcome a creative or tender surprise.',
        },
        reversed: {
          keywords: ['emotional immaturity', 'creative block', 'escapism', 'insecurity'],
          meaning:
            'Your feelings may swing quickly or your creativity may feel stuck. Allow yourself to feel without judgment, and try expressing it through a small creative act.',
        },
      },
      ru: {
        name: 'Паж Кубков',
        upright: {
          keywords: ['творческая возможность', 'интуиция', 'любопытство', 'чуткость'],
          meaning:
            'Нежное, игривое послание вашего сердца просит внимания. Прислушайтесь к своим чувствам с интересом и впустите творческий или трогательный сюрприз.',
        },
        reversed: {
          keywords: ['эмоциональная незрелость', 'творческий блок', 'бегство от реальности', 'неуверенность'],
          meaning:
            'Ваши чувства могут быстро меняться, а творчество — буксовать. Позвольте себе чувствовать без осуждения и выразите это в небольшом творческом деле.',
        },
      },
    },
  },
  {
    id: 'cups-12',
    arcana: 'minor',
    suit: 'cups',
    number: 12,
    text: {
      en: {
        name: 'Knight of Cups',
        upright: {
          keywords: ['romance', 'charm', 'following the heart', 'idealism'],
          meaning:
            'Follow your heart with grace and charm. A romantic gesture, a creative offer or an invitation may arrive, so let yourself be moved.',
        },
        reversed: {
          keywords: ['moodiness', 'unrealistic ideals', 'empty promises', 'escapism'],
          meaning:
            'You may be chasing a fantasy or getting swept away by moods. Keep your ideals, but check whether actions match the sweet words.',
        },
      },
      ru: {
        name: 'Рыцарь Кубков',
        upright: {
          keywords: ['романтика', 'обаяние', 'зов сердца', 'идеализм'],
          meaning:
            'Следуйте зову сердца с изяществом и обаянием. Возможно, придёт романтический жест, творческое предложение или приглашение — позвольте себе откликнуться.',
        },
        reversed: {
          keywords: ['перепады настроения', 'нереальные идеалы', 'пустые обещания', 'бегство от реальности'],
          meaning:
            'Возможно, вы гонитесь за мечтой или поддаётесь перепадам настроения. Сохраняйте идеалы, но проверяйте, совпадают ли поступки с красивыми словами.',
        },
      },
    },
  },
  {
    id: 'cups-13',
    arcana: 'minor',
    suit: 'cups',
    number: 13,
    text: {
      en: {
        name: 'Queen of Cups',
        upright: {
          keywords: ['compassion', 'emotional security', 'intuition', 'calm'],
          meaning:
            'Your empathy and intuition are strong. Offer care to others while staying grounded in your own feelings, and trust the quiet wisdom of your heart.',
        },
        reversed: {
          keywords: ['over-giving', 'emotional overwhelm', 'inner feelings', 'codependency'],
          meaning:
            'You may be absorbing other people’s emotions and losing track of your own. Set gentle boundaries and give yourself the compassion you offer others.',
        },
      },
      ru: {
        name: 'Королева Кубков',
        upright: {
          keywords: ['сострадание', 'эмоциональная устойчивость', 'интуиция', 'спокойствие'],
          meaning:
            'Ваши эмпатия и интуиция сильны. Заботьтесь о других, сохраняя опору в собственных чувствах, и доверяйте тихой мудрости сердца.',
        },
        reversed: {
          keywords: ['жертвенность', 'эмоциональная перегрузка', 'внутренние переживания', 'созависимость'],
          meaning:
            'Возможно, вы впитываете чужие эмоции и теряете связь со своими. Установите мягкие границы и дарите себе то же сострадание, что и другим.',
        },
      },
    },
  },
  {
    id: 'cups-14',
    arcana: 'minor',
    suit: 'cups',
    number: 14,
    text: {
      en: {
        name: 'King of Cups',
        upright: {
          keywords: ['emotional balance', 'diplomacy', 'composure', 'generosity'],
          meaning:
            'Stay calm and kind even when emotions run high. Your balanced heart and steady presence help you guide others through difficult waters.',
        },
        reversed: {
          keywords: ['suppressed feelings', 'moodiness', 'manipulation', 'coldness'],
          meaning:
            'You may be hiding your feelings behind control or letting them spill over. Acknowledge what you feel honestly, then respond rather than react.',
        },
      },
      ru: {
        name: 'Король Кубков',
        upright: {
          keywords: ['эмоциональное равновесие', 'дипломатия', 'самообладание', 'щедрость'],
          meaning:
            'Сохраняйте спокойствие и доброту, даже когда эмоции бурлят. Ваше уравновешенное сердце и надёжное присутствие помогают провести других через бурные воды.',
        },
        reversed: {
          keywords: ['подавленные чувства', 'переменчивость', 'манипуляции', 'холодность'],
          meaning:
            'Возможно, вы прячете чувства за контролем или позволяете им выплёскиваться. Честно признайте, что чувствуете, и отвечайте обдуманно, а не сгоряча.',
        },
      },
    },
  },
];
