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
          keywords: ['fresh start', 'curiosity', 'trust in the road', 'lightness', 'first step'],
          meaning:
            'A new road opens before you know where it leads, and that is part of its gift. Step forward with curiosity and an open hand; the freedom is real, though it asks you to keep one eye on the ground.',
          facets: {
            love: 'A new romance or a fresh, playful phase in an existing bond. Let it stay light and unplanned for a while.',
            work: "A new job, project or direction is worth starting even without a full plan. A beginner's eyes are an asset here.",
            money: 'A fresh start with money is possible, but keep impulses in check. Enjoy the new and still hold a little in reserve.',
            self: 'You are ready to try something you have never done. Curiosity, not certainty, is the fuel you need now.',
          },
        },
        reversed: {
          keywords: ['careless leap', 'frozen at the edge', 'ignored warnings', 'naive risk'],
          meaning:
            'The urge to begin is there, but it is either stuck at the threshold or rushing past every warning sign. Look at the risk you are waving away, or the fear that keeps you still, and decide with open eyes.',
          facets: {
            love: 'Either hesitation to commit or a rash jump into something you barely know. Slow down enough to see the other person clearly.',
            work: 'A project started on impulse may lack groundwork, or fear is blocking a move you want. Check the facts before you leap or stay.',
            money: 'Impulsive spending or a gamble dressed up as an opportunity. Read the terms and sleep on any sudden decision.',
            self: 'Part of you wants freedom without consequences, another part will not move at all. Be honest about which one is steering today.',
          },
        },
      },
      ru: {
        name: 'Шут',
        forms: { gender: 'm', genitive: 'Шута', dative: 'Шуту', accusative: 'Шута', instrumental: 'Шутом', prepositional: 'Шуте' },
        upright: {
          keywords: ['чистый лист', 'любопытство', 'лёгкость', 'первый шаг', 'свобода'],
          meaning:
            'Начинается путь, конец которого пока не виден, и в этом его дар. Идите вперёд с любопытством и открытым сердцем: свобода настоящая, но под ноги всё же стоит поглядывать.',
          facets: {
            love: 'Новое знакомство или свежий, игривый период в отношениях. Пусть какое-то время всё идёт легко и без планов.',
            work: 'За новую работу, проект или направление стоит взяться даже без полного плана. Взгляд новичка здесь только помогает.',
            money: 'С деньгами можно начать заново, но порывы лучше придерживать. Радуйтесь новому и оставьте себе небольшой запас.',
            self: 'Вы готовы попробовать то, чего никогда не делали. Сейчас нужна не уверенность, а любопытство.',
          },
        },
        reversed: {
          keywords: ['прыжок вслепую', 'застывание на пороге', 'беспечность', 'пропущенные сигналы'],
          meaning:
            'Желание начать есть, но оно либо застряло на пороге, либо несётся мимо всех предупреждений. Присмотритесь к риску, от которого вы отмахиваетесь, или к страху, который держит вас на месте, и решайте с открытыми глазами.',
          facets: {
            love: 'Либо боязнь сделать шаг навстречу, либо поспешный роман с человеком, которого вы почти не знаете. Не торопитесь и разглядите партнёра.',
            work: 'Проект, начатый на порыве, может не иметь опоры, или страх мешает желанному переходу. Сначала проверьте факты, а потом решайте.',
            money: 'Импульсивные траты или авантюра под видом удачного шанса. Прочитайте условия и отложите внезапное решение хотя бы на день.',
            self: 'Одна ваша часть хочет свободы без последствий, другая вообще не двигается. Честно посмотрите, какая из них сегодня принимает решения.',
          },
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
          keywords: ['resourcefulness', 'clear intent', 'skill in action', 'initiative'],
          meaning:
            'You have the tools, the know-how and the moment. Name what you want in plain words and act on it; results come from focused effort now, not from waiting for better conditions.',
          facets: {
            love: 'You can shape this connection actively. Say what you want, make the invitation and show up with intention.',
            work: 'A strong moment to pitch, launch or take the lead. Your skills match the task, and others will notice.',
            money: 'Your own initiative can bring in income: a skill you can sell or a plan you can set in motion this week.',
            self: 'You are more capable than you feel. Pick one goal and put your attention and energy behind it.',
          },
        },
        reversed: {
          keywords: ['wasted talent', 'trickery', 'scattered focus', 'empty promises'],
          meaning:
            'Ability is present but misdirected: spread across too many things, held back by doubt, or used to dazzle rather than deliver. Watch for manipulation, your own or someone else\'s, and bring your energy back to one honest aim.',
          facets: {
            love: 'Charm without substance, or someone saying what you want to hear. Judge by actions, including your own.',
            work: 'Big talk with little follow-through, or a colleague spinning the facts. Narrow your focus and put agreements in writing.',
            money: 'Be wary of slick offers and clever schemes. If it sounds too easy, there is a cost hidden somewhere.',
            self: 'Self-doubt is keeping real talent idle. Choose one small task and finish it to rebuild trust in yourself.',
          },
        },
      },
      ru: {
        name: 'Маг',
        forms: { gender: 'm', genitive: 'Мага', dative: 'Магу', accusative: 'Мага', instrumental: 'Магом', prepositional: 'Маге' },
        upright: {
          keywords: ['находчивость', 'ясное намерение', 'умение', 'инициатива'],
          meaning:
            'Инструменты, знания и подходящий момент — всё при вас. Назовите цель простыми словами и действуйте: сейчас результат даёт сосредоточенное усилие, а не ожидание лучших условий.',
          facets: {
            love: 'Вы можете сами влиять на эту связь. Скажите, чего хотите, пригласите, проявите инициативу.',
            work: 'Удачное время, чтобы предложить идею, запустить проект или взять руководство на себя. Ваши навыки как раз под эту задачу.',
            money: 'Доход может принести ваша собственная инициатива: навык, который можно продать, или план, который пора запустить.',
            self: 'Вы способны на большее, чем вам кажется. Выберите одну цель и вложите в неё внимание и силы.',
          },
        },
        reversed: {
          keywords: ['растраченный дар', 'обман', 'разбросанность', 'пустые обещания'],
          meaning:
            'Способности есть, но уходят не туда: распылены на многое, скованы сомнениями или служат тому, чтобы пустить пыль в глаза. Остерегайтесь манипуляций — чужих и своих — и верните силы одной честной цели.',
          facets: {
            love: 'Обаяние без содержания или человек, который говорит то, что вы хотите услышать. Судите по поступкам, в том числе по своим.',
            work: 'Много слов и мало дела или коллега, который ловко подаёт факты. Сузьте фокус и фиксируйте договорённости письменно.',
            money: 'Осторожнее с заманчивыми предложениями и хитрыми схемами. Если всё слишком просто, где-то спрятана цена.',
            self: 'Неуверенность держит настоящий талант без дела. Возьмите одну небольшую задачу и доведите её до конца.',
          },
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
          keywords: ['inner voice', 'hidden knowledge', 'quiet watching', 'patience', 'the unsaid'],
          meaning:
            'Something important lies below the surface and will not be rushed into the open. Be still, watch, and trust what you sense before you can prove it. Answers come through listening, not pushing.',
          facets: {
            love: 'There is more in this bond than either of you has said. Let feelings show themselves and trust your quiet read of the other person.',
            work: 'Hold back from acting or announcing. Gather information, observe the dynamics and keep your plans private for now.',
            money: 'Not all the facts are on the table yet. Wait for a fuller picture before committing, and heed a hunch that something is off.',
            self: 'Time alone, dreams and reflection have something to tell you. Make room for silence.',
          },
        },
        reversed: {
          keywords: ['ignored instinct', 'secrets', 'inner noise', 'disconnection'],
          meaning:
            "The inner voice is drowned out by other people's opinions or by your own busy mind. Hidden agendas or withheld truths may be at play. Step away from the noise and ask what your gut has been saying all along.",
          facets: {
            love: 'Something is being kept back, by you or by them. Unspoken feelings or secrets are creating distance.',
            work: 'Office politics, or information kept from you. Do not rely only on what is said in meetings; trust your sense of the undercurrents.',
            money: 'A detail you already felt uneasy about is being overlooked. Go back to it before it grows.',
            self: "You have been following others' advice over your own intuition. Reconnect through quiet time, a journal or a walk alone.",
          },
        },
      },
      ru: {
        name: 'Верховная Жрица',
        forms: {
          gender: 'f',
          genitive: 'Верховной Жрицы',
          dative: 'Верховной Жрице',
          accusative: 'Верховную Жрицу',
          instrumental: 'Верховной Жрицей',
          prepositional: 'Верховной Жрице',
        },
        upright: {
          keywords: ['внутренний голос', 'тайное знание', 'тишина', 'терпение', 'недосказанность'],
          meaning:
            'Самое важное скрыто под поверхностью и не выйдет наружу по первому требованию. Сохраняйте спокойствие, наблюдайте и доверяйте тому, что чувствуете, даже если пока не можете этого доказать.',
          facets: {
            love: 'В этой связи больше, чем вы оба успели сказать. Дайте чувствам проявиться и доверьтесь своему тихому впечатлению о человеке.',
            work: 'Пока не спешите действовать и объявлять о планах. Собирайте сведения, наблюдайте за расстановкой сил и держите замыслы при себе.',
            money: 'Не все факты ещё известны. Дождитесь полной картины, прежде чем брать обязательства, и прислушайтесь к ощущению, что что-то не так.',
            self: 'Уединение, сны и размышления хотят вам что-то сказать. Оставьте в жизни место для тишины.',
          },
        },
        reversed: {
          keywords: ['заглушённое чутьё', 'секреты', 'внутренний шум', 'оторванность от себя'],
          meaning:
            'Внутренний голос тонет в чужих мнениях и собственной суете. Рядом могут быть скрытые мотивы или утаённая правда. Отойдите от шума и вспомните, о чём всё это время говорило вам чутьё.',
          facets: {
            love: 'Что-то недоговаривается — вами или партнёром. Невысказанные чувства и тайны создают дистанцию.',
            work: 'Подковёрные игры или сведения, которые от вас скрывают. Не полагайтесь только на то, что звучит на совещаниях.',
            money: 'Вы, похоже, упускаете деталь, которая вас уже настораживала. Вернитесь к ней, пока проблема не выросла.',
            self: 'Вы слишком долго слушали чужие советы вместо себя. Восстановите связь с собой через тишину, дневник или прогулку в одиночестве.',
          },
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
          keywords: ['abundance', 'nurture', 'sensual comfort', 'growth', 'creativity'],
          meaning:
            'Life is fertile ground right now: what you tend, grows. Care for your body, your senses and the people and projects you love, and let comfort and beauty be part of the work rather than a reward for it.',
          facets: {
            love: 'Warmth, affection and a caring, sensual bond. A good time to deepen closeness and simply enjoy being together.',
            work: 'Creative projects flourish and patient tending pays off. The work grows steadily when you nurture it rather than force it.',
            money: 'Resources grow when they are looked after. A period of comfort and steady gains, with room to enjoy some of it.',
            self: 'Treat yourself with the care you give others: rest, good food, time in nature and something beautiful made by hand.',
          },
        },
        reversed: {
          keywords: ['smothering', 'creative drought', 'self-neglect', 'dependence'],
          meaning:
            'The flow of care is out of balance. Either you pour everything into others and run dry, or growth has stalled for lack of attention. Smothering, neglect and a blocked creative streak all point back to one need: tend your own roots first.',
          facets: {
            love: 'Care has tipped into smothering or dependence, or one partner gives far more than they receive.',
            work: 'A creative block, or a project starved of attention. Growth resumes when you go back to basics and tend it regularly.',
            money: 'Overspending on comfort or on other people, or a nagging fear of scarcity. Bring spending back to what truly nourishes you.',
            self: 'You are running on empty after caring for everyone else. Refill your own reserves before you give more.',
          },
        },
      },
      ru: {
        name: 'Императрица',
        forms: {
          gender: 'f',
          genitive: 'Императрицы',
          dative: 'Императрице',
          accusative: 'Императрицу',
          instrumental: 'Императрицей',
          prepositional: 'Императрице',
        },
        upright: {
          keywords: ['изобилие', 'забота', 'чувственность', 'рост', 'созидание'],
          meaning:
            'Сейчас жизнь — плодородная почва: то, о чём вы заботитесь, растёт. Берегите тело, радуйте чувства, окружайте теплом любимых людей и дела, и пусть удовольствие и красота будут частью работы, а не наградой за неё.',
          facets: {
            love: 'Тепло, нежность и чувственная близость. Хорошее время, чтобы стать ближе и просто радоваться друг другу.',
            work: 'Творческие проекты растут, а терпеливая забота окупается. Дело развивается, когда его питают, а не подгоняют.',
            money: 'Ресурсы прирастают, если за ними ухаживать. Период достатка и спокойного роста, в котором можно позволить себе немного радости.',
            self: 'Отнеситесь к себе так же бережно, как к другим: отдых, вкусная еда, природа и что-нибудь красивое, сделанное своими руками.',
          },
        },
        reversed: {
          keywords: ['удушающая опека', 'творческий застой', 'забвение себя', 'зависимость'],
          meaning:
            'Забота течёт не туда: либо вы отдаёте всё другим и иссякаете, либо рост остановился без внимания. Чрезмерная опека, запущенность и творческий ступор говорят об одном — сначала позаботьтесь о собственных корнях.',
          facets: {
            love: 'Забота превратилась в опеку или зависимость, либо один из партнёров отдаёт гораздо больше, чем получает.',
            work: 'Творческий ступор или проект, которому не хватает внимания. Рост вернётся, когда вы вернётесь к основам и начнёте заниматься им регулярно.',
            money: 'Лишние траты на комфорт или на других людей либо тревога о нехватке. Сверяйте расходы с тем, что действительно вас питает.',
            self: 'Вы выдохлись, заботясь обо всех вокруг. Пора восполнить собственные силы, прежде чем отдавать дальше.',
          },
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
          keywords: ['structure', 'authority', 'firm boundaries', 'discipline', 'protection'],
          meaning:
            'Order and steady leadership are called for. Set clear rules, take responsibility and build something that holds. Strength here means reliability, not control for its own sake.',
          facets: {
            love: 'Stability and commitment from a partner who protects and provides, though feelings may show in deeds more than words.',
            work: 'Take charge, set up systems and make the decisions. A boss, a clear structure or your own discipline moves things forward.',
            money: 'Budgets, plans and firm rules serve you well. Long-term security comes from structure rather than luck.',
            self: 'Build routines that hold you up and draw boundaries others can see. Self-respect grows from keeping your word to yourself.',
          },
        },
        reversed: {
          keywords: ['rigid control', 'power struggle', 'no discipline', 'domineering'],
          meaning:
            'Authority has gone wrong in one of two directions: rigid control and stubbornness, or no structure at all. A domineering figure, or your own need to control everything, may sit at the centre. Ask where firmness serves and where it only suffocates.',
          facets: {
            love: 'One partner dominates or controls, or there is a struggle over who leads. Respect cannot be ordered into being.',
            work: 'A rigid, overbearing boss or a team with no clear leadership. Push for fair rules rather than fighting the person.',
            money: 'Chaotic finances with no plan, or control over money used as power in a household or partnership.',
            self: 'Either too hard on yourself or living with no structure at all. Look for discipline that supports rather than punishes.',
          },
        },
      },
      ru: {
        name: 'Император',
        forms: {
          gender: 'm',
          genitive: 'Императора',
          dative: 'Императору',
          accusative: 'Императора',
          instrumental: 'Императором',
          prepositional: 'Императоре',
        },
        upright: {
          keywords: ['порядок', 'власть', 'чёткие границы', 'дисциплина', 'опора'],
          meaning:
            'Нужны порядок и твёрдое руководство. Установите ясные правила, возьмите ответственность и стройте то, что выдержит нагрузку. Сила здесь — это надёжность, а не контроль ради контроля.',
          facets: {
            love: 'Стабильность и серьёзные намерения партнёра, который защищает и обеспечивает, хотя чувства он выражает скорее делами, чем словами.',
            work: 'Берите управление на себя, выстраивайте систему и принимайте решения. Дело двигают начальник, чёткая структура или ваша собственная дисциплина.',
            money: 'Бюджет, планы и твёрдые правила идут на пользу. Долгосрочная устойчивость строится на порядке, а не на везении.',
            self: 'Заведите распорядок, на который можно опереться, и обозначьте границы, понятные другим. Самоуважение растёт, когда вы держите слово, данное себе.',
          },
        },
        reversed: {
          keywords: ['жёсткий контроль', 'борьба за власть', 'безволие', 'деспотизм'],
          meaning:
            'Власть сбилась в одну из двух сторон: жёсткость и упрямство или полное отсутствие порядка. В центре может оказаться властный человек или ваше собственное желание всё контролировать. Спросите себя, где твёрдость помогает, а где только душит.',
          facets: {
            love: 'Один партнёр подавляет или контролирует другого, или идёт борьба за главенство. Уважения приказом не добиться.',
            work: 'Жёсткий, давящий начальник или команда без внятного руководства. Добивайтесь честных правил, а не войны с человеком.',
            money: 'Хаос в финансах без всякого плана или деньги как рычаг власти в семье или паре.',
            self: 'Вы либо слишком строги к себе, либо живёте совсем без опоры. Ищите дисциплину, которая поддерживает, а не наказывает.',
          },
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
          keywords: ['tradition', 'shared values', 'mentorship', 'institutions', 'learning'],
          meaning:
            'Established ways have wisdom to offer now. A teacher, a community or a time-tested practice can take you further than going it alone. Learn the rules well, even if one day you choose to change them.',
          facets: {
            love: 'Commitment in a traditional form, shared values and perhaps the blessing of family. A relationship that follows a recognised path.',
            work: 'Working within an institution, following procedure or learning from a mentor brings progress. Formal training is favoured.',
            money: 'Conventional, proven approaches serve better than experiments. Seek the view of a qualified, trusted person.',
            self: 'A practice, a faith or a teacher can give your life shape and meaning. Belonging to a group supports your growth.',
          },
        },
        reversed: {
          keywords: ['rebellion', 'dogma', 'questioning the rules', 'own path'],
          meaning:
            'Rules and expectations no longer fit, and you feel the pull to challenge them. This can be healthy independence or a reaction against stale dogma. Either way, find out which beliefs are truly yours.',
          facets: {
            love: 'A script pressed on you by family or society clashes with what the two of you actually want. An unconventional bond may suit you better.',
            work: 'Rigid procedures or an outdated hierarchy chafe. A less conventional path, or challenging a rule that no longer works, may be needed.',
            money: 'Standard advice may not fit your situation. Question received wisdom, but test unconventional ideas carefully.',
            self: 'You are outgrowing beliefs you were handed. Explore what you believe when no one is telling you what to think.',
          },
        },
      },
      ru: {
        name: 'Иерофант',
        forms: {
          gender: 'm',
          genitive: 'Иерофанта',
          dative: 'Иерофанту',
          accusative: 'Иерофанта',
          instrumental: 'Иерофантом',
          prepositional: 'Иерофанте',
        },
        upright: {
          keywords: ['традиция', 'общие ценности', 'наставничество', 'институты', 'обучение'],
          meaning:
            'Проверенные временем пути сейчас могут многому научить. Учитель, сообщество или давняя практика поведут дальше, чем попытки справиться в одиночку. Изучите правила как следует — даже если однажды решите их изменить.',
          facets: {
            love: 'Серьёзные обязательства в традиционной форме, общие ценности, возможно, одобрение семьи. Отношения, которые идут по привычному пути.',
            work: 'Вперёд ведут работа внутри организации, следование процедурам и опытный наставник. Удачное время для учёбы и повышения квалификации.',
            money: 'Привычные, проверенные подходы надёжнее экспериментов. Советуйтесь с компетентным человеком, которому доверяете.',
            self: 'Практика, вера или учитель могут придать жизни порядок и смысл. Принадлежность к общине поддерживает ваш рост.',
          },
        },
        reversed: {
          keywords: ['бунт', 'догма', 'сомнение в правилах', 'свой путь'],
          meaning:
            'Правила и ожидания больше не подходят, и хочется их оспорить. Это может быть здоровая самостоятельность или протест против закостеневших догм. В любом случае разберитесь, какие убеждения действительно ваши.',
          facets: {
            love: 'Сценарий, который навязывают семья или общество, расходится с тем, чего хотите вы двое. Вам может подойти и нестандартный союз.',
            work: 'Жёсткие регламенты или устаревшая иерархия мешают. Возможно, стоит искать нестандартный путь или оспорить правило, которое больше не работает.',
            money: 'Стандартные советы могут не подходить к вашей ситуации. Сомневайтесь в общепринятом, но и необычные идеи тщательно проверяйте.',
            self: 'Вы перерастаете убеждения, доставшиеся по наследству. Выясните, во что верите сами, когда никто не подсказывает.',
          },
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
