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
            'Начинается дорога, конца которой пока не видно, и в этом её прелесть. Идите вперёд с любопытством и открытым сердцем: свобода у вас не мнимая, но под ноги всё же поглядывайте.',
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
            work: 'Проект, начатый сгоряча, может оказаться без фундамента, или страх мешает сделать шаг, которого вам хочется. Прежде чем прыгать или оставаться на месте, проверьте факты.',
            money: 'Импульсивные траты или авантюра под видом удачного шанса. Прочитайте условия и отложите внезапное решение хотя бы на день.',
            self: 'Одна ваша часть хочет свободы без последствий, другая не желает сдвинуться с места. Признайтесь себе, какая из них сегодня у руля.',
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
            love: 'Вы можете сами влиять на эту связь. Скажите прямо, чего хотите, пригласите первыми и покажите, что настроены всерьёз.',
            work: 'Удачное время, чтобы предложить идею, запустить проект или взять руководство на себя. Ваши навыки как раз подходят для этой задачи, и это заметят.',
            money: 'Доход может принести ваша собственная инициатива: навык, который можно продать, или план, который пора запустить.',
            self: 'Вы способны на большее, чем вам кажется. Выберите одну цель и вложите в неё внимание и силы.',
          },
        },
        reversed: {
          keywords: ['растраченный дар', 'обман', 'разбросанность', 'пустые обещания'],
          meaning:
            'Способности есть, но уходят не туда: распылены на многое, скованы сомнениями или служат тому, чтобы пустить пыль в глаза. Остерегайтесь манипуляций, чужих и своих, и направьте силы на одну честную цель.',
          facets: {
            love: 'Обаяние без содержания или человек, который говорит то, что вы хотите услышать. Судите по поступкам, в том числе по своим.',
            work: 'Много слов и мало дела или коллега, который подтасовывает факты. Возьмите меньше задач и закрепляйте договорённости письменно.',
            money: 'Осторожнее с заманчивыми предложениями и хитрыми схемами. Если всё слишком просто, где-то спрятана цена.',
            self: 'Из-за неуверенности настоящий талант простаивает. Доведите до конца одну небольшую задачу, чтобы снова поверить в себя.',
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
            love: 'В этой связи больше, чем вы оба успели сказать. Дайте чувствам проявиться и доверьтесь своему тихому впечатлению об этом человеке.',
            work: 'Пока не спешите действовать и объявлять о планах. Собирайте сведения, наблюдайте за расстановкой сил и держите замыслы при себе.',
            money: 'Не все факты ещё известны. Дождитесь полной картины, прежде чем брать обязательства, и прислушайтесь к ощущению, что что-то не так.',
            self: 'В уединении, снах и размышлениях сейчас есть подсказка для вас. Оставьте место для тишины.',
          },
        },
        reversed: {
          keywords: ['заглушённое чутьё', 'секреты', 'внутренний шум', 'оторванность от себя'],
          meaning:
            'Внутренний голос тонет в чужих мнениях и собственной суете. Рядом могут быть скрытые мотивы или утаённая правда. Отойдите от шума и вспомните, о чём всё это время говорило вам чутьё.',
          facets: {
            love: 'Кто-то из вас что-то недоговаривает — вы или партнёр. Невысказанные чувства и тайны отдаляют вас друг от друга.',
            work: 'Подковёрные игры или сведения, которые от вас скрывают. Не полагайтесь только на то, что звучит на совещаниях: чутьё на подводные течения сейчас надёжнее.',
            money: 'Вы, похоже, упускаете деталь, которая вас уже настораживала. Вернитесь к ней, пока проблема не выросла.',
            self: 'Вы слишком долго слушали чужие советы, а не собственное чутьё. Вернуться к себе помогут тишина, дневник или прогулка в одиночестве.',
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
          keywords: ['plenty', 'nurture', 'sensual comfort', 'growth', 'creativity'],
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
            'Сейчас жизнь — плодородная почва: то, о чём вы заботитесь, растёт. Берегите тело, не отказывайте себе в простых удовольствиях, окружайте теплом любимых людей и дела, и пусть удовольствие и красота будут частью работы, а не наградой за неё.',
          facets: {
            love: 'Тепло, нежность и чувственная близость. Хорошее время, чтобы стать ближе и просто радоваться друг другу.',
            work: 'Творческие проекты растут, а терпеливая забота окупается. Дело развивается, когда о нём заботятся, а не подгоняют.',
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
            money: 'Лишние траты на комфорт или на других людей либо страх, что денег не хватит. Тратьте на то, что действительно поддерживает вас.',
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
          keywords: ['order', 'steady leadership', 'firm boundaries', 'discipline', 'protection'],
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
            'Власть ушла в одну из двух крайностей: жёсткость и упрямство или полное отсутствие порядка. В центре может оказаться властный человек или ваше собственное желание всё контролировать. Спросите себя, где твёрдость помогает, а где только душит.',
          facets: {
            love: 'Один партнёр подавляет или контролирует другого, или идёт борьба за главенство. Уважения приказом не добиться.',
            work: 'Жёсткий, давящий начальник или команда без внятного руководства. Добивайтесь честных правил, а не воюйте с самим человеком.',
            money: 'Хаос в финансах без всякого плана или деньги как рычаг власти в семье или паре.',
            self: 'Вы либо слишком строги к себе, либо живёте вовсе без распорядка. Ищите дисциплину, которая поддерживает, а не наказывает.',
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
          keywords: ['time-tested ways', 'shared values', 'mentorship', 'belonging', 'learning'],
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
            self: 'Практика, вера или учитель могут придать жизни порядок и смысл. Принадлежность к сообществу поддерживает ваш рост.',
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
          keywords: ['deep bond', 'heartfelt choice', 'mutual pull', 'values in tune'],
          meaning:
            'Two people, or two parts of your life, come into real alignment. The choice in front of you should follow what you truly value, not what is convenient.',
          facets: {
            love: 'Strong mutual attraction and a bond built on shared values. The relationship can move toward a deeper commitment.',
            work: 'A partnership or collaboration that fits well. If a career choice is pending, ask which option matches your values.',
            money: 'A money decision made together, or one that reflects your values. Joint plans work when both people truly agree.',
            self: 'Living in line with what you believe brings a sense of wholeness. Let your choices show who you are.',
          },
        },
        reversed: {
          keywords: ['misalignment', 'inner conflict', 'temptation', 'strained trust', 'dodged choice'],
          meaning:
            'Something has slipped out of tune: values no longer match, trust has been strained, or a choice is being dodged in the hope it will make itself. Temptation may be pulling against commitment. Honest conversation, with the other person and with yourself, is the only way back to solid ground.',
          facets: {
            love: 'Disharmony, mismatched values or a third party straining trust. The bond needs an honest talk about what each of you wants.',
            work: 'A partnership that no longer works, or a decision you keep postponing. Name the clash of values behind it.',
            money: 'Arguments about money in a couple, or spending that goes against what you say matters to you.',
            self: 'You are torn between what you want and what you believe in. Facing that split is better than pretending it is not there.',
          },
        },
      },
      ru: {
        name: 'Влюблённые',
        forms: {
          gender: 'pl',
          genitive: 'Влюблённых',
          dative: 'Влюблённым',
          accusative: 'Влюблённых',
          instrumental: 'Влюблёнными',
          prepositional: 'Влюблённых',
        },
        upright: {
          keywords: ['глубокая связь', 'выбор сердцем', 'гармония', 'созвучие ценностей'],
          meaning:
            'Два человека или две стороны вашей жизни приходят в настоящее согласие. Предстоящий выбор стоит делать, исходя из того, что вам по-настоящему дорого, а не из удобства.',
          facets: {
            love: 'Сильное взаимное притяжение и связь, построенная на общих ценностях. Отношения могут перейти на новый, более серьёзный уровень.',
            work: 'Удачное партнёрство или сотрудничество. Если предстоит выбор, берите тот вариант, который лучше согласуется с вашими ценностями.',
            money: 'Финансовое решение, принятое вместе, или выбор, отражающий ваши ценности. Общие планы удаются, когда оба действительно согласны.',
            self: 'Жизнь в согласии с собственными убеждениями даёт чувство цельности. Пусть по вашим решениям будет видно, кто вы есть.',
          },
        },
        reversed: {
          keywords: ['разлад', 'внутренний конфликт', 'искушение', 'подорванное доверие', 'уход от выбора'],
          meaning:
            'Что-то разладилось: ценности больше не совпадают, доверие подорвано или решение откладывается в надежде, что всё решится само. Искушение может тянуть в сторону от обязательств. Вернуть почву под ногами поможет только честный разговор — с другим человеком и с самим собой.',
          facets: {
            love: 'Разлад, несовпадение ценностей или третий человек, подтачивающий доверие. Паре нужен честный разговор о том, чего хочет каждый.',
            work: 'Партнёрство, которое перестало работать, или решение, которое вы всё откладываете. Назовите конфликт ценностей, который за этим стоит.',
            money: 'Споры о деньгах в паре или траты, которые расходятся с тем, что вы считаете важным.',
            self: 'Вас разрывает между желаемым и тем, во что вы верите. Лучше признать этот раскол, чем делать вид, что его нет.',
          },
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
          keywords: ['drive', 'resolve', 'hard-won victory', 'self-command', 'momentum'],
          meaning:
            'Willpower wins here. Hold opposing forces in check, keep your eyes on the goal and move; success comes to whoever keeps a firm grip on the reins.',
          facets: {
            love: 'Progress through effort and clear intent. You may need to steer the relationship forward or pursue someone with confidence.',
            work: 'A push toward a goal succeeds if you stay focused. A competition, a promotion or a hard deadline can be won.',
            money: 'Disciplined effort brings financial progress. Stay on course with your plan and resist distractions.',
            self: 'You are stronger than the conflicting pulls inside you. Decide where you are headed and hold the line.',
          },
        },
        reversed: {
          keywords: ['lost direction', 'aggression', 'stalled progress', 'slipping control'],
          meaning:
            'The drive is there but the steering has gone. Forces pull in different directions, frustration builds, and pushing harder may only make things worse. Stop, regain self-control and decide which way you actually want to go.',
          facets: {
            love: 'A power struggle or one partner forcing the pace, or a relationship drifting because nobody is steering it.',
            work: 'A project stalled by obstacles or a lack of direction, or impatience and aggression damaging cooperation.',
            money: 'Plans derailed, or reckless pushing for quick gains. Slow down and plot the route again.',
            self: 'Scattered willpower and mounting frustration. Regain your calm before you try to push forward again.',
          },
        },
      },
      ru: {
        name: 'Колесница',
        forms: {
          gender: 'f',
          genitive: 'Колесницы',
          dative: 'Колеснице',
          accusative: 'Колесницу',
          instrumental: 'Колесницей',
          prepositional: 'Колеснице',
        },
        upright: {
          keywords: ['напор', 'целеустремлённость', 'трудная победа', 'самообладание', 'движение вперёд'],
          meaning:
            'Здесь побеждает воля. Удерживайте противоположные силы в узде, не сводите глаз с цели и двигайтесь: успех достаётся тому, кто крепко держит поводья.',
          facets: {
            love: 'Продвижение благодаря усилиям и ясному намерению. Возможно, придётся самим направлять отношения или уверенно добиваться человека.',
            work: 'Рывок к цели удастся, если не терять сосредоточенности. Можно победить в конкурсе, добиться повышения или уложиться в жёсткий срок.',
            money: 'Дисциплинированные усилия дают финансовый рост. Держитесь плана и не отвлекайтесь на соблазны.',
            self: 'Вы сильнее противоречивых порывов внутри себя. Решите, куда движетесь, и держите курс.',
          },
        },
        reversed: {
          keywords: ['потеря курса', 'агрессия', 'пробуксовка', 'упущенный контроль'],
          meaning:
            'Напор остался, а управление потеряно. Силы тянут в разные стороны, раздражение копится, и чем сильнее давить, тем хуже может стать. Остановитесь, верните самообладание и решите, куда на самом деле хотите ехать.',
          facets: {
            love: 'Борьба за власть или один партнёр, который задаёт слишком быстрый темп. Либо отношения дрейфуют, потому что ими никто не управляет.',
            work: 'Проект застрял из-за препятствий или отсутствия направления, либо нетерпение и резкость мешают сотрудничеству.',
            money: 'Планы сорвались, или вы слишком рискованно гонитесь за быстрой выгодой. Сбавьте скорость и проложите маршрут заново.',
            self: 'Воля распылена, накопилась досада. Сначала успокойтесь, а потом снова пробуйте двигаться вперёд.',
          },
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
          keywords: ['quiet courage', 'gentle power', 'patience', 'tenderness', 'self-mastery'],
          meaning:
            'True power is quiet. Meet what is wild, in others or in yourself, with patience and warmth rather than force, and it will yield. Courage here looks like staying soft without giving way.',
          facets: {
            love: 'Patience and compassion carry the relationship through a difficult stretch. Gentle firmness works better than ultimatums.',
            work: 'Handle a tough person or situation with calm persistence. Quiet confidence earns respect.',
            money: 'Steady restraint over impulses keeps money in good shape. Resist decisions driven by fear.',
            self: 'You can hold strong feelings without being ruled by them. Your resilience is greater than you think.',
          },
        },
        reversed: {
          keywords: ['self-doubt', 'lost temper', 'fading courage', 'harshness', 'depletion'],
          meaning:
            'Confidence has worn thin. Fear, anger or exhaustion may be getting the upper hand, so you either snap or shrink. Be kind to yourself while you rebuild: courage returns through small brave acts, not through forcing.',
          facets: {
            love: 'Insecurity or jealousy surfaces, or tempers flare. Softness and reassurance are needed more than winning the argument.',
            work: 'Confidence or patience is slipping at work. Step back before reacting, and rebuild belief in your own ability.',
            money: 'Anxiety or impulse is driving money decisions. Pause until you can choose calmly.',
            self: 'You feel weaker than you are. Rest, self-compassion and one small brave act help you find your footing again.',
          },
        },
      },
      ru: {
        name: 'Сила',
        forms: {
          gender: 'f',
          genitive: 'Силы',
          dative: 'Силе',
          accusative: 'Силу',
          instrumental: 'Силой',
          prepositional: 'Силе',
        },
        upright: {
          keywords: ['тихая смелость', 'мягкая мощь', 'терпение', 'сострадание', 'владение собой'],
          meaning:
            'Дело решает не напор, а спокойствие. Встречайте необузданное — в других или в себе — терпением и теплом, и оно уступит. Смелость сейчас в том, чтобы оставаться мягким, не сдавая позиций.',
          facets: {
            love: 'Терпение и сочувствие помогут отношениям пройти трудный период. Мягкая твёрдость действует лучше ультиматумов.',
            work: 'Со сложным человеком или ситуацией справляйтесь спокойным упорством. Тихая уверенность вызывает уважение.',
            money: 'Умение сдерживать порывы держит финансы в порядке. Не принимайте решений под влиянием страха.',
            self: 'Вы способны выдерживать сильные чувства, не подчиняясь им. Ваша стойкость больше, чем кажется.',
          },
        },
        reversed: {
          keywords: ['неуверенность', 'вспыльчивость', 'угасшая смелость', 'резкость', 'упадок сил'],
          meaning:
            'Уверенность на исходе. Страх, гнев или усталость берут верх, и вы то срываетесь, то замыкаетесь в себе. Будьте к себе добрее, пока восстанавливаетесь: смелость возвращается с маленькими храбрыми поступками, а не через силу.',
          facets: {
            love: 'Проявляются неуверенность или ревность, вспыхивают ссоры. Сейчас важнее мягкость и поддержка, чем победа в споре.',
            work: 'На работе теряются уверенность или терпение. Сделайте паузу, прежде чем реагировать, и восстановите веру в свои способности.',
            money: 'Денежные решения диктуют тревога или порыв. Подождите, пока сможете выбирать спокойно.',
            self: 'Вы крепче, чем вам сейчас кажется. Отдых, сочувствие к себе и один маленький смелый шаг помогут вернуть опору.',
          },
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
          keywords: ['solitude', 'reflection', 'inner lantern', 'seeking truth'],
          meaning:
            'Step back from the crowd and look inward. The answer you need is found in quiet, honest reflection, and your own light will show the way in time.',
          facets: {
            love: 'A need for space or time alone to understand what you want. A slower, more thoughtful phase in love.',
            work: 'Focused independent work, research or study. Step back from the office noise and think the next move through.',
            money: 'A careful, sober review of your finances. Avoid following the crowd and think it through on your own.',
            self: 'Solitude is restoring rather than lonely right now. A retreat, a long walk or a wise mentor can shed light.',
          },
        },
        reversed: {
          keywords: ['isolation', 'withdrawal', 'loneliness', 'avoiding people'],
          meaning:
            'Time alone has turned into isolation, or you avoid the reflection you need by staying constantly busy. Either extreme cuts you off. Reach out to someone you trust, or give yourself an honest hour of quiet, whichever you have been avoiding.',
          facets: {
            love: 'Withdrawal or emotional distance leaves one partner feeling shut out. Loneliness, inside or outside a relationship.',
            work: 'Working in isolation has cut you off from feedback, or you rush on without stopping to reflect.',
            money: 'Avoiding a look at your finances, or refusing advice that would help.',
            self: 'Solitude has become loneliness. Reconnecting with people matters more than more time alone.',
          },
        },
      },
      ru: {
        name: 'Отшельник',
        forms: {
          gender: 'm',
          genitive: 'Отшельника',
          dative: 'Отшельнику',
          accusative: 'Отшельника',
          instrumental: 'Отшельником',
          prepositional: 'Отшельнике',
        },
        upright: {
          keywords: ['уединение', 'размышление', 'внутренний фонарь', 'поиск истины'],
          meaning:
            'Отойдите от толпы и загляните внутрь себя. Ответ найдётся в тишине и честных размышлениях, а собственный свет со временем укажет вам дорогу.',
          facets: {
            love: 'Потребность побыть одному и разобраться, чего вы хотите. Неспешный, вдумчивый период в любви.',
            work: 'Сосредоточенная самостоятельная работа, исследование или учёба. Отойдите от офисной суеты и обдумайте следующий шаг.',
            money: 'Время для трезвого и внимательного пересмотра финансов. Не идите за толпой, а всё обдумайте сами.',
            self: 'Уединение сейчас восстанавливает, а не угнетает. Поездка в тихое место, долгая прогулка или мудрый наставник помогут прояснить главное.',
          },
        },
        reversed: {
          keywords: ['изоляция', 'замкнутость', 'одиночество', 'бегство от людей'],
          meaning:
            'Уединение превратилось в изоляцию, или вы бежите от нужных размышлений в постоянную занятость. Обе крайности отрезают вас от жизни. Позвоните человеку, которому доверяете, или проведите час в тишине наедине с собой — смотря чего вы избегали.',
          facets: {
            love: 'Замкнутость или эмоциональная дистанция: один из партнёров чувствует себя отвергнутым. Одиночество — в паре или вне её.',
            work: 'Работа в изоляции лишила вас обратной связи, или вы несётесь дальше, не останавливаясь подумать.',
            money: 'Нежелание смотреть на свои финансы или отказ от совета, который мог бы помочь.',
            self: 'Уединение обернулось одиночеством. Сейчас важнее снова побыть среди людей, чем дольше оставаться одному.',
          },
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
          keywords: ['the turn', 'new phase', 'lucky break', 'change of fortune', 'timing'],
          meaning:
            'Life turns, and a new phase is arriving whether or not you planned it. Luck is moving your way; recognise the opening and ride the change rather than clinging to how things were.',
          facets: {
            love: 'A turning point: a chance meeting, or a new chapter in an existing bond, arrives in its own time.',
            work: 'Unexpected openings and a lucky break. Circumstances shift in your favour, so be ready to act.',
            money: 'Finances may take a turn for the better, but luck moves in cycles. Use the good times to build a cushion.',
            self: 'You are entering a new cycle. Accept what changes and look for the pattern in what keeps coming back.',
          },
        },
        reversed: {
          keywords: ['bad luck', 'resisting change', 'repeating patterns', 'setback'],
          meaning:
            'Luck has turned against you for now, or you are stuck repeating the same pattern. Setbacks outside your control happen; what you control is your response. Look at the cycle you keep returning to and break one link of it.',
          facets: {
            love: 'Old relationship patterns repeat, or outside events throw the bond off course.',
            work: 'A setback or delay you did not cause. Adapt rather than fight, and learn from the pattern.',
            money: 'A run of bad luck or unexpected expenses. Cautious choices help you ride it out.',
            self: 'You feel at the mercy of circumstances. Focus on the small part you can steer.',
          },
        },
      },
      ru: {
        name: 'Колесо Фортуны',
        forms: {
          gender: 'n',
          genitive: 'Колеса Фортуны',
          dative: 'Колесу Фортуны',
          accusative: 'Колесо Фортуны',
          instrumental: 'Колесом Фортуны',
          prepositional: 'Колесе Фортуны',
        },
        upright: {
          keywords: ['поворотный момент', 'циклы', 'счастливый случай', 'перемена участи', 'своевременность'],
          meaning:
            'Жизнь делает оборот, и новый этап наступает, планировали вы его или нет. Удача поворачивается к вам лицом: не упустите открывшуюся возможность и используйте перемену, а не цепляйтесь за то, как было раньше.',
          facets: {
            love: 'Поворотный момент: случайная встреча или новая глава в нынешних отношениях приходят в своё время.',
            work: 'Неожиданные возможности и счастливый случай. Обстоятельства складываются в вашу пользу, так что будьте готовы действовать.',
            money: 'Финансы могут пойти в гору, но удача ходит по кругу. Используйте хорошие времена, чтобы создать запас.',
            self: 'Вы вступаете в новый цикл. Примите перемены и присмотритесь к тому, что у вас раз за разом повторяется.',
          },
        },
        reversed: {
          keywords: ['невезение', 'сопротивление переменам', 'замкнутый круг', 'откат'],
          meaning:
            'Удача пока отвернулась от вас, или вы застряли, повторяя один и тот же сценарий. Неудачи, на которые вы не влияете, случаются; в вашей власти только то, как вы на них ответите. Найдите круг, по которому ходите, и разорвите хотя бы одно его звено.',
          facets: {
            love: 'Повторяются старые сценарии, или внешние события выбивают отношения из колеи.',
            work: 'Неудача или задержка не по вашей вине. Приспосабливайтесь, а не боритесь, и извлеките урок из повторяющейся ситуации.',
            money: 'Полоса невезения или непредвиденные расходы. Осторожные решения помогут её переждать.',
            self: 'Вам кажется, что вы во власти обстоятельств. Сосредоточьтесь на той небольшой части, которой можете управлять.',
          },
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
          keywords: ['fair dealing', 'plain facts', 'accountability', 'consequences', 'balanced judgement'],
          meaning:
            'What is fair will come to light. Decisions made now should rest on facts and honesty, because consequences will follow what was actually done. Own your part and expect others to own theirs.',
          facets: {
            love: 'Honesty and fairness between partners. A reckoning in the relationship where each person takes responsibility for their part.',
            work: 'Fair treatment, clear contracts and decisions based on merit. A good time for plain agreements and honest assessments.',
            money: 'Accounts balance out. Keep records straight and make choices you could explain to anyone.',
            self: 'Face the truth about your own actions without harshness. Accountability brings peace of mind.',
          },
        },
        reversed: {
          keywords: ['unfairness', 'dishonesty', 'dodged responsibility', 'bias'],
          meaning:
            'The scales are off: an unfair outcome, a hidden truth, or a refusal to own one\'s part. Blaming others will not restore the scales. Look honestly at your share, and where you were treated unjustly, calmly stand up for the facts.',
          facets: {
            love: 'Blame, imbalance or dishonesty. One partner is not owning their part.',
            work: 'An unfair decision, bias or a lack of accountability at work. Keep a clear record of the facts.',
            money: 'Unfair terms, or someone avoiding responsibility for a debt or shared cost. Check the details carefully.',
            self: 'Avoiding the truth about your own choices keeps you stuck. An honest look at yourself is the way forward.',
          },
        },
      },
      ru: {
        name: 'Справедливость',
        forms: {
          gender: 'f',
          genitive: 'Справедливости',
          dative: 'Справедливости',
          accusative: 'Справедливость',
          instrumental: 'Справедливостью',
          prepositional: 'Справедливости',
        },
        upright: {
          keywords: ['честность', 'правда', 'ответственность', 'причина и следствие', 'взвешенное решение'],
          meaning:
            'Всё встанет на свои места по справедливости. Решения сейчас должны опираться на факты и честность, ведь последствия будут зависеть от того, что было сделано на самом деле. Отвечайте за свою долю и ждите того же от других.',
          facets: {
            love: 'Честность и равновесие между партнёрами. Время разобраться в отношениях, и пусть каждый ответит за своё.',
            work: 'Беспристрастное отношение, ясные договоры и решения по заслугам. Хорошее время для чётких соглашений и честной оценки.',
            money: 'Счета сходятся. Ведите учёт аккуратно и принимайте решения, которые вы могли бы объяснить кому угодно.',
            self: 'Посмотрите правде о своих поступках в глаза, но без жестокости к себе. Ответственность приносит душевный покой.',
          },
        },
        reversed: {
          keywords: ['несправедливость', 'нечестность', 'уход от ответственности', 'предвзятость'],
          meaning:
            'Чаши весов перекошены: несправедливый исход, скрытая правда или нежелание признать свою долю вины. Обвинения в адрес других их не выровняют. Честно посмотрите на свою часть, а там, где с вами обошлись нечестно, спокойно отстаивайте факты.',
          facets: {
            love: 'Взаимные упрёки, перекос или нечестность. Один из партнёров не признаёт своей доли ответственности.',
            work: 'Предвзятое решение, несправедливость или безответственность на работе. Аккуратно фиксируйте факты.',
            money: 'Невыгодные условия или уклонение от ответственности за долг или общие расходы. Внимательно проверьте детали.',
            self: 'Нежелание признать правду о своих решениях держит вас на месте. Сдвинуться поможет честный взгляд на себя.',
          },
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
          keywords: ['suspension', 'deliberate waiting', 'shift in view', 'sacrifice', 'acceptance'],
          meaning:
            'Progress is on hold, and forcing it will not help. Use the stillness to see the situation from another angle; giving something up willingly may be what finally unlocks it.',
          facets: {
            love: 'The relationship is in limbo. Rather than pushing for an answer, look at the bond from the other person\'s side.',
            work: 'A project or career move is stalled for now. Use the wait to rethink your approach instead of pushing harder.',
            money: 'Hold off on big financial moves. A short-term sacrifice or delay can serve a longer-term aim.',
            self: 'Being still is not failure. A new way of seeing yourself is forming while outward progress waits.',
          },
        },
        reversed: {
          keywords: ['stalling', 'pointless sacrifice', 'resistance', 'indecision', 'martyrdom'],
          meaning:
            'The waiting has gone on too long and now serves no one. Sacrifices made without purpose breed resentment, and indecision keeps you hanging. Decide what you are holding out for, and if the answer is nothing, move.',
          facets: {
            love: 'Giving endlessly without return, or waiting for someone who is not changing. It is time to decide.',
            work: 'Delays drag on because nobody decides. Stop waiting for permission and take the next concrete step.',
            money: 'Putting off a needed financial decision is costing you. Face the numbers now.',
            self: 'Playing the martyr, or staying stuck out of fear. Ask yourself what you gain by not moving.',
          },
        },
      },
      ru: {
        name: 'Повешенный',
        forms: {
          gender: 'm',
          genitive: 'Повешенного',
          dative: 'Повешенному',
          accusative: 'Повешенного',
          instrumental: 'Повешенным',
          prepositional: 'Повешенном',
        },
        upright: {
          keywords: ['подвешенность', 'осознанное ожидание', 'смена взгляда', 'жертва', 'принятие'],
          meaning:
            'Движение остановилось, и силой его не вернуть. Используйте эту неподвижность, чтобы посмотреть на положение дел под другим углом: добровольный отказ от чего-то может оказаться ключом.',
          facets: {
            love: 'Отношения зависли в неопределённости. Вместо того чтобы требовать ответа, посмотрите на союз глазами другого человека.',
            work: 'Проект или карьерный шаг пока стоит на месте. Используйте ожидание, чтобы пересмотреть подход, а не давить сильнее.',
            money: 'С крупными финансовыми шагами лучше повременить. Небольшая жертва или отсрочка сейчас может послужить дальней цели.',
            self: 'Неподвижность — не поражение. Пока внешние дела ждут, внутри складывается новый взгляд на себя.',
          },
        },
        reversed: {
          keywords: ['затягивание', 'напрасная жертва', 'сопротивление', 'нерешительность', 'мученичество'],
          meaning:
            'Ожидание затянулось и уже никому не помогает. Жертвы без цели рождают обиду, а нерешительность оставляет вас в подвешенном состоянии. Решите, чего именно вы ждёте, и если ответа нет — двигайтесь.',
          facets: {
            love: 'Вы бесконечно отдаёте, ничего не получая, или ждёте человека, который не меняется. Пора принять решение.',
            work: 'Задержки тянутся, потому что никто не решается. Перестаньте ждать разрешения и сделайте следующий конкретный шаг.',
            money: 'Вы откладываете нужное финансовое решение, и это обходится дорого. Посмотрите на цифры прямо сейчас.',
            self: 'Вы строите из себя мученика или застряли из страха. Спросите себя, что вы выигрываете, оставаясь на месте.',
          },
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
          keywords: ['closure', 'deep change', 'clearing away', 'passage', 'release'],
          meaning:
            'A chapter is closing for good, and no amount of holding on will keep it open. The ending may hurt, yet it clears space for what comes next. Let what is finished be finished.',
          facets: {
            love: 'A relationship, or a way of relating, is ending or changing at the root. What follows cannot be the old version.',
            work: 'A job, role or project reaches its natural end. Close it properly and make room for a new direction.',
            money: 'An old financial arrangement or habit comes to an end. Letting it go makes room for a different footing.',
            self: 'An old identity or habit is falling away. Grieve it honestly and notice who you are becoming.',
          },
        },
        reversed: {
          keywords: ['clinging', 'dread of change', 'stagnation', 'delayed ending'],
          meaning:
            'The ending has already happened, but you are holding the door shut against the change. Resisting an ending prolongs the discomfort and keeps new life from arriving. The transition will come regardless; easing into it is kinder than being dragged.',
          facets: {
            love: 'Holding on to a relationship that has run its course, or repeating an old pattern out of fear of the unknown.',
            work: 'Staying in a role you have outgrown. The longer you delay the change, the harder it gets.',
            money: 'Clinging to a failing arrangement or an old money habit. Stagnation costs more than change.',
            self: 'Fear of change keeps you in an old role. Allow one small ending today.',
          },
        },
      },
      ru: {
        name: 'Смерть',
        forms: {
          gender: 'f',
          genitive: 'Смерти',
          dative: 'Смерти',
          accusative: 'Смерть',
          instrumental: 'Смертью',
          prepositional: 'Смерти',
        },
        upright: {
          keywords: ['завершение', 'преображение', 'расчистка', 'переход', 'освобождение'],
          meaning:
            'Глава закрывается окончательно, и как ни держись, открытой её не удержать. Конец может быть болезненным, но он освобождает место для нового. Пусть завершённое останется завершённым.',
          facets: {
            love: 'Отношения или привычный способ быть вместе заканчиваются либо меняются до основания. Прежними они уже не будут.',
            work: 'Работа, должность или проект подходят к естественному концу. Завершите всё как следует и освободите место для нового направления.',
            money: 'Старая финансовая договорённость или привычка уходит. Отпустив её, вы сможете выстроить финансы на новой основе.',
            self: 'Старая роль или привычка отпадает. Позвольте себе погрустить о ней и присмотритесь, кем вы становитесь.',
          },
        },
        reversed: {
          keywords: ['цепляние за прошлое', 'боязнь перемен', 'застой', 'отложенный финал'],
          meaning:
            'Конец уже наступил, но вы изо всех сил держите дверь, не пуская перемену. Сопротивление концу продлевает мучения и не даёт прийти новому. Переход всё равно случится, и лучше войти в него самому, чем ждать, пока вас втащат силой.',
          facets: {
            love: 'Вы держитесь за отношения, которые себя исчерпали, или повторяете старый сценарий из страха перед неизвестностью.',
            work: 'Вы остаётесь на месте, которое давно переросли. Чем дольше откладывать перемену, тем труднее она даётся.',
            money: 'Вы цепляетесь за невыгодную договорённость или старую денежную привычку. Застой обходится дороже перемен.',
            self: 'Страх перемен удерживает вас в прежней роли. Позвольте сегодня закончиться чему-то одному, пусть небольшому.',
          },
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
          keywords: ['equilibrium', 'measured pace', 'blending', 'calm persistence', 'middle way'],
          meaning:
            'Mix opposites with care and give the result time. Nothing here needs extremes; a patient, measured approach lets the different parts of your life work together instead of pulling apart.',
          facets: {
            love: 'A calm, balanced relationship where both adjust to each other. Compromise comes easily and feels fair.',
            work: 'Steady progress through cooperation and good judgement. Combine skills or people rather than rushing.',
            money: 'Moderate, balanced choices keep things stable. Avoid both overspending and excessive worry.',
            self: 'Find your middle ground: rest and effort, giving and receiving, in proportions you can sustain.',
          },
        },
        reversed: {
          keywords: ['excess', 'imbalance', 'impatience', 'clashing parts'],
          meaning:
            'The balance has tipped. Too much of something, whether work, spending, worry or indulgence, is throwing everything else off. Slow down and restore proportion before pushing further.',
          facets: {
            love: 'One partner gives or demands too much, or conflicts flare because neither will meet halfway.',
            work: 'Overwork, poor coordination or rushing causes friction. Get back to a steady pace.',
            money: 'Excess spending, or swinging between extremes. A simpler, steadier routine helps.',
            self: 'You are running on extremes. Bring back small habits that calm and steady you.',
          },
        },
      },
      ru: {
        name: 'Умеренность',
        forms: {
          gender: 'f',
          genitive: 'Умеренности',
          dative: 'Умеренности',
          accusative: 'Умеренность',
          instrumental: 'Умеренностью',
          prepositional: 'Умеренности',
        },
        upright: {
          keywords: ['равновесие', 'чувство меры', 'соединение', 'терпение', 'золотая середина'],
          meaning:
            'Соединяйте противоположности бережно и дайте результату время. Здесь не нужны крайности: терпеливый, взвешенный подход помогает сторонам вашей жизни действовать заодно, а не тянуть в разные стороны.',
          facets: {
            love: 'Спокойные, уравновешенные отношения, в которых оба подстраиваются друг под друга. Компромисс даётся легко и кажется честным.',
            work: 'Ровное продвижение благодаря сотрудничеству и здравому смыслу. Объединяйте навыки и людей, а не торопитесь.',
            money: 'Взвешенные решения сохраняют стабильность. Избегайте и лишних трат, и чрезмерного беспокойства.',
            self: 'Найдите свою середину между отдыхом и усилием, между тем, что отдаёте, и тем, что получаете, — в пропорциях, которые можно выдерживать долго.',
          },
        },
        reversed: {
          keywords: ['крайности', 'перекос', 'нетерпение', 'несовместимость'],
          meaning:
            'Чувство меры потеряно. Чего-то слишком много — работы, трат, тревоги или удовольствий, — и это сбивает всё остальное. Сбавьте темп и восстановите меру, прежде чем двигаться дальше.',
          facets: {
            love: 'Один партнёр отдаёт или требует слишком много, либо ссоры вспыхивают, потому что никто не хочет идти навстречу.',
            work: 'Переработки, несогласованность или спешка создают трения. Вернитесь к ровному темпу.',
            money: 'Лишние траты или метания из крайности в крайность. Поможет простой и ровный распорядок расходов.',
            self: 'Вы всё доводите до крайности. Верните небольшие привычки, которые успокаивают и возвращают равновесие.',
          },
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
          keywords: ['bondage', 'temptation', 'compulsion', 'materialism', 'chains of habit'],
          meaning:
            'Something has a hold on you: a habit, a desire, a person or a fear that feels impossible to refuse. The chains are looser than they look, but first you have to admit they are there. Name what controls you and what it costs.',
          facets: {
            love: 'Intense attraction with an unhealthy edge: obsession, jealousy, or a bond held together by dependence rather than choice.',
            work: 'Feeling trapped in a job for the money, or caught in a toxic dynamic. Ask what really keeps you there.',
            money: 'Debt, compulsive spending or a fixation on material gain. See the pattern clearly before it tightens.',
            self: 'A compulsion or self-defeating habit has power over you. Naming it honestly is the first step toward freedom.',
          },
        },
        reversed: {
          keywords: ['breaking free', 'facing the shadow', 'loosening grip', 'reclaimed power'],
          meaning:
            'The grip is loosening. You are starting to see the pattern that held you and to take back control, though old pulls may still tug. Keep choosing freedom, one decision at a time.',
          facets: {
            love: 'Detaching from an unhealthy dynamic or from jealousy. The bond either becomes freer or you walk away from it.',
            work: 'Breaking out of a draining job or a toxic pattern at work. Reclaim your time and your priorities.',
            money: 'Getting a grip on debt or spending. Each honest step loosens the hold.',
            self: 'Facing a habit or fear you have long avoided. Freedom returns as you stop hiding it.',
          },
        },
      },
      ru: {
        name: 'Дьявол',
        forms: {
          gender: 'm',
          genitive: 'Дьявола',
          dative: 'Дьяволу',
          accusative: 'Дьявола',
          instrumental: 'Дьяволом',
          prepositional: 'Дьяволе',
        },
        upright: {
          keywords: ['путы', 'искушение', 'одержимость', 'власть вещей', 'тёмная сторона'],
          meaning:
            'Что-то держит вас в своей власти: привычка, желание, человек или страх, от которого будто невозможно отказаться. Цепи слабее, чем кажутся, но сначала нужно признать, что они есть. Назовите то, что вами управляет, и то, чего это вам стоит.',
          facets: {
            love: 'Сильное влечение с нездоровым оттенком: одержимость, ревность или связь, которую держит зависимость, а не свободный выбор.',
            work: 'Ощущение ловушки на работе, где держат только деньги, или токсичная обстановка. Спросите себя, что на самом деле вас там удерживает.',
            money: 'Долги, навязчивые покупки или зацикленность на материальном. Разглядите эту схему, пока петля не затянулась.',
            self: 'Навязчивая привычка или саморазрушительный сценарий имеют над вами власть. Честно назвать это — первый шаг к свободе.',
          },
        },
        reversed: {
          keywords: ['освобождение', 'встреча с тенью', 'ослабшая хватка', 'возвращённая воля'],
          meaning:
            'Хватка слабеет. Вы начинаете видеть схему, которая вас держала, и возвращаете себе контроль, хотя старые соблазны ещё дают о себе знать. Продолжайте выбирать свободу — решение за решением.',
          facets: {
            love: 'Вы освобождаетесь от нездоровой зависимости или ревности. Связь либо становится свободнее, либо вы из неё уходите.',
            work: 'Выход из изматывающей работы или вредного сценария в коллективе. Верните себе время и собственные приоритеты.',
            money: 'Вы берёте под контроль долги или траты. Каждый честный шаг ослабляет хватку.',
            self: 'Вы смотрите в лицо привычке или страху, от которых долго бегали. Свобода возвращается, когда вы перестаёте их прятать.',
          },
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
          keywords: ['sudden upheaval', 'collapse', 'shock', 'hard truth exposed', 'crumbling illusions'],
          meaning:
            'Something built on a false footing comes down, suddenly and without asking permission. The shock is real and can be frightening. What falls now could not have stood; once the dust settles, the truth it reveals gives you firmer ground to rebuild on.',
          facets: {
            love: 'A sudden shake-up: a revelation, a blow-up or a break that exposes what was hidden in the relationship.',
            work: 'Abrupt change at work: a restructuring, a lost project or a plan that collapses. Stay calm and secure what matters most.',
            money: 'An unexpected expense or financial jolt. Keep your footing and avoid panicked decisions while things settle.',
            self: 'A belief about yourself or your life is shattered. Painful as it is, it clears the way for something truer.',
          },
        },
        reversed: {
          keywords: ['averted disaster', 'delayed collapse', 'fear of upheaval', 'inner shake-up'],
          meaning:
            'The upheaval is happening more quietly, or you are straining to stop it. Avoiding a necessary collapse only postpones it, while an inner shift can let you change before the outer crash arrives. Ask what you are propping up out of fear.',
          facets: {
            love: 'Avoiding a needed confrontation keeps tension simmering. Or a crisis is narrowly avoided, leaving a chance to rebuild honestly.',
            work: 'A threatened shake-up is delayed, or you resist a change that is overdue. Prepare rather than hope it passes.',
            money: 'A financial close call. Take it as a warning and shore up whatever is shaky.',
            self: 'A quiet inner upheaval is under way. Let old certainties go before circumstances force the issue.',
          },
        },
      },
      ru: {
        name: 'Башня',
        forms: {
          gender: 'f',
          genitive: 'Башни',
          dative: 'Башне',
          accusative: 'Башню',
          instrumental: 'Башней',
          prepositional: 'Башне',
        },
        upright: {
          keywords: ['внезапный переворот', 'крушение', 'потрясение', 'откровение', 'рухнувшие иллюзии'],
          meaning:
            'То, что стояло на ложном основании, рушится — внезапно и не спрашивая разрешения. Потрясение настоящее и может пугать. Но то, что падает сейчас, всё равно не устояло бы; когда пыль осядет, открывшаяся правда станет прочной опорой для нового.',
          facets: {
            love: 'Резкая встряска: признание, ссора или разрыв, который вскрывает то, что было скрыто в отношениях.',
            work: 'Внезапные перемены на работе: реорганизация, потерянный проект или рухнувший план. Сохраняйте спокойствие и защитите самое важное.',
            money: 'Неожиданный расход или финансовое потрясение. Сохраняйте устойчивость и не принимайте решений в панике, пока всё не уляжется.',
            self: 'Рушится прежнее представление о себе или о своей жизни. Как ни больно, это расчищает путь к чему-то более подлинному.',
          },
        },
        reversed: {
          keywords: ['отведённая беда', 'отложенное крушение', 'боязнь потрясений', 'внутренняя встряска'],
          meaning:
            'Переворот идёт тише, или вы изо всех сил пытаетесь его предотвратить. Если избегать неизбежного обрушения, оно лишь откладывается, а внутренний сдвиг позволяет измениться раньше, чем грянет внешний. Спросите себя, что вы подпираете из страха.',
          facets: {
            love: 'Необходимое объяснение откладывается, и напряжение продолжает тлеть. Или кризис удалось обойти, и теперь есть шанс честно всё перестроить.',
            work: 'Грозящая встряска откладывается, или вы сопротивляетесь давно назревшей перемене. Готовьтесь, а не надейтесь, что пронесёт.',
            money: 'Финансовая беда прошла совсем рядом. Воспримите это как предупреждение и укрепите то, что шатается.',
            self: 'Внутри идёт тихий переворот. Отпустите прежние убеждения, пока обстоятельства не заставили это сделать.',
          },
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
          keywords: ['quiet hope', 'recovery', 'calm faith', 'inspiration', 'openness'],
          meaning:
            'After a hard time, calm returns and hope feels possible again. Let yourself be open and generous; quiet faith in the future is justified now, and small steps toward it restore you.',
          facets: {
            love: 'Recovery after hurt and a gentle, hopeful connection. Trust and openness grow again.',
            work: 'Renewed inspiration and a sense of purpose. A project or goal feels meaningful and within reach.',
            money: 'Gradual improvement and real reasons for optimism. Steady choices now build lasting stability.',
            self: 'Renewal and peace. Reconnect with what inspires you and trust that things are getting better.',
          },
        },
        reversed: {
          keywords: ['discouragement', 'lost faith', 'disconnection', 'faint hope'],
          meaning:
            'Hope has dimmed, and it is hard to believe things will improve. The light has not gone out; it is only harder to see. Reconnect with one small source of meaning and let it grow back slowly.',
          facets: {
            love: 'Disappointment or doubt about love. Old hurts make it hard to trust again.',
            work: 'Feeling uninspired, or doubting that your effort matters. Reconnect with why you started.',
            money: 'Pessimism about money colours your choices. Look at the facts, which may be kinder than your fears.',
            self: 'Discouragement and self-doubt. Treat yourself gently and find one thing that still gives you hope.',
          },
        },
      },
      ru: {
        name: 'Звезда',
        forms: {
          gender: 'f',
          genitive: 'Звезды',
          dative: 'Звезде',
          accusative: 'Звезду',
          instrumental: 'Звездой',
          prepositional: 'Звезде',
        },
        upright: {
          keywords: ['надежда', 'обновление', 'спокойная вера', 'вдохновение', 'открытость'],
          meaning:
            'После трудного времени возвращаются покой и надежда. Откройтесь и будьте щедры: тихая вера в будущее сейчас оправдана, и даже маленькие шаги к нему восстанавливают силы.',
          facets: {
            love: 'Восстановление после обиды и нежная, полная надежды близость. Доверие и открытость снова растут.',
            work: 'Новое вдохновение и ощущение смысла. Проект или цель кажутся важными и достижимыми.',
            money: 'Постепенное улучшение и настоящие поводы для оптимизма. Последовательные решения сейчас создают прочную стабильность.',
            self: 'Обновление и душевный покой. Вернитесь к тому, что вас вдохновляет, и поверьте, что жизнь налаживается.',
          },
        },
        reversed: {
          keywords: ['уныние', 'утраченная вера', 'оторванность', 'слабая надежда'],
          meaning:
            'Надежда потускнела, и трудно поверить, что станет лучше. Свет не погас — его просто хуже видно. Найдите один небольшой источник смысла и дайте ему постепенно разгореться.',
          facets: {
            love: 'Разочарование или сомнения в любви. Старые обиды мешают снова довериться.',
            work: 'Вдохновения нет, и кажется, что ваши усилия ничего не значат. Вспомните, ради чего вы начинали.',
            money: 'Пессимизм мешает трезво решать денежные вопросы. Посмотрите на факты: они могут оказаться утешительнее ваших страхов.',
            self: 'Уныние и неуверенность в себе. Обходитесь с собой бережно и найдите хотя бы что-то одно, что ещё даёт надежду.',
          },
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
          keywords: ['fears in the dark', 'deceptive appearances', 'confusion', 'uncertain path', 'unsettled mind'],
          meaning:
            'Nothing is quite what it seems. Fears and half-truths distort the view, and the path ahead is lit only faintly. Make no big decisions on appearances: move slowly, question what you are told, and let anxiety point to what needs attention without letting it steer.',
          facets: {
            love: 'Uncertainty, suspicion or projection. You may not yet see the other person, or their intentions, clearly.',
            work: 'Unclear information, hidden agendas or anxiety about your position. Verify before you act.',
            money: 'Confusing terms, or a deal that is not what it looks like. Get everything in writing and wait for clarity.',
            self: 'Anxiety and vivid dreams stir up old fears. Name them, and separate what is real from what is imagined.',
          },
        },
        reversed: {
          keywords: ['clarity returning', 'released fear', 'truth surfacing', 'lifting fog'],
          meaning:
            'The fog is starting to lift. Fears lose their grip as you see them for what they are, and hidden things come into the open. Some confusion may linger, but you can trust your footing again.',
          facets: {
            love: 'Misunderstandings clear up or a secret comes out. You finally see where you stand.',
            work: 'A confusing situation resolves and the facts emerge. Decisions become easier to make.',
            money: 'Hidden costs or unclear terms come to light. Now you can plan on real numbers.',
            self: 'Anxiety eases and your judgement steadies. Trust what you can now see clearly.',
          },
        },
      },
      ru: {
        name: 'Луна',
        forms: {
          gender: 'f',
          genitive: 'Луны',
          dative: 'Луне',
          accusative: 'Луну',
          instrumental: 'Луной',
          prepositional: 'Луне',
        },
        upright: {
          keywords: ['иллюзия', 'страх', 'смятение', 'зыбкий путь', 'подсознание'],
          meaning:
            'Всё не совсем то, чем кажется. Страхи и полуправда искажают картину, а путь впереди освещён едва-едва. Не принимайте серьёзных решений по первому впечатлению: двигайтесь медленно, проверяйте услышанное, и пусть тревога подсказывает, что требует внимания, но не ведёт вас.',
          facets: {
            love: 'Неопределённость, подозрения или домыслы. Вы, возможно, пока не видите ясно ни самого человека, ни его намерений.',
            work: 'Неясные сведения, скрытые мотивы или тревога за своё место. Проверяйте, прежде чем действовать.',
            money: 'Запутанные условия или сделка, которая не то, чем кажется. Закрепите всё письменно и дождитесь ясности.',
            self: 'Тревога и яркие сны поднимают старые страхи. Назовите их и отделите реальное от воображаемого.',
          },
        },
        reversed: {
          keywords: ['возвращение ясности', 'отпущенный страх', 'всплывшая правда', 'рассеявшийся туман'],
          meaning:
            'Туман начинает рассеиваться. Страхи теряют власть, когда вы видите их такими, какие они есть, а скрытое выходит наружу. Какая-то путаница ещё может остаться, но опоре под ногами снова можно доверять.',
          facets: {
            love: 'Недоразумения проясняются, или выходит наружу тайна. Наконец становится ясно, как обстоят дела между вами.',
            work: 'Запутанная ситуация разрешается, факты всплывают. Решения начинают даваться легче.',
            money: 'Скрытые расходы или неясные условия выходят на свет. Теперь можно планировать, опираясь на настоящие цифры.',
            self: 'Тревога стихает, суждения становятся трезвее. Доверяйте тому, что теперь видите ясно.',
          },
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
          keywords: ['joy', 'deserved success', 'energy', 'clear sight', 'confidence'],
          meaning:
            'Things are going well, and you can let yourself enjoy it. Confidence, warmth and clear sight make this a bright, open time.',
          facets: {
            love: 'Happiness, warmth and openness. A relationship that feels easy and joyful, with nothing to hide.',
            work: 'Success and recognition. Your efforts pay off, and your enthusiasm wins people over.',
            money: 'A favourable period with clear gains and good prospects. Enjoy it while keeping sensible habits.',
            self: 'Energy, optimism and self-confidence. Let yourself be seen and celebrate what is going right.',
          },
        },
        reversed: {
          keywords: ['dimmed joy', 'overconfidence', 'delayed success', 'forced cheer'],
          meaning:
            'The light is there but partly clouded. Success may come more slowly than hoped, or joy feels muted by worry; overconfidence can also hide real problems. Look for the simple good that is still present.',
          facets: {
            love: 'Good feelings are clouded by small disappointments or unrealistic expectations. Keep things honest and simple.',
            work: 'Progress is slower than hoped, or recognition is delayed. Do not let overconfidence skip the details.',
            money: 'Gains are smaller or later than expected. Avoid counting on them too early.',
            self: 'Your usual spark feels dimmed. Small pleasures and time outdoors can bring it back.',
          },
        },
      },
      ru: {
        name: 'Солнце',
        forms: {
          gender: 'n',
          genitive: 'Солнца',
          dative: 'Солнцу',
          accusative: 'Солнце',
          instrumental: 'Солнцем',
          prepositional: 'Солнце',
        },
        upright: {
          keywords: ['радость', 'успех', 'жизненная сила', 'ясный взгляд', 'тепло'],
          meaning:
            'Дела идут хорошо, и этому можно радоваться. Уверенность, тепло и ясный взгляд делают это время светлым и открытым.',
          facets: {
            love: 'Счастье, тепло и открытость. Отношения даются легко и радостно, и скрывать нечего.',
            work: 'Успех и признание. Ваши усилия окупаются, а увлечённость располагает к вам людей.',
            money: 'Благоприятный период с ощутимой прибылью и хорошими перспективами. Радуйтесь, сохраняя разумные привычки.',
            self: 'Энергия, оптимизм и уверенность в себе. Не прячьтесь от чужих глаз и отметьте то, что получается.',
          },
        },
        reversed: {
          keywords: ['приглушённая радость', 'самонадеянность', 'отложенный успех', 'натянутый оптимизм'],
          meaning:
            'Свет есть, но его отчасти заслоняют облака. Успех приходит медленнее, чем хотелось бы, или радость глушат тревоги; самонадеянность тоже может скрыть настоящие проблемы. Замечайте простые радости, которые по-прежнему рядом.',
          facets: {
            love: 'Хорошие чувства омрачают мелкие разочарования или завышенные ожидания. Сохраняйте честность и простоту.',
            work: 'Продвижение идёт медленнее, чем ожидалось, или признание запаздывает. Не упустите детали из-за самоуверенности.',
            money: 'Доход оказывается меньше или приходит позже. Не распоряжайтесь им заранее.',
            self: 'Привычная искра приглушена. Вернуть её помогут маленькие радости и время на свежем воздухе.',
          },
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
          keywords: ['awakening', 'reckoning', 'calling', 'rising anew', 'honest review'],
          meaning:
            'A moment of reckoning has come: you see your past clearly and feel called to rise to something more. Forgive what needs forgiving, learn what there is to learn, and answer the call. This is a time to decide, not to drift.',
          facets: {
            love: 'A moment to review the relationship honestly. Old issues can be forgiven and the bond renewed, or a clear decision made.',
            work: 'A calling or a decisive career moment: an evaluation of your work, or the realisation of what you really want to do.',
            money: 'Time to take honest stock of your finances and settle old matters before starting fresh.',
            self: 'An inner awakening. You see your life with new eyes and feel ready to act on what matters.',
          },
        },
        reversed: {
          keywords: ['self-criticism', 'ignored calling', 'harsh verdict', 'avoided reckoning'],
          meaning:
            'Either the inner critic is too loud or the call is being ignored. Harsh self-blame keeps you from learning, while refusing to review the past lets old mistakes repeat. Look back with fairness, then decide.',
          facets: {
            love: 'Holding past mistakes against each other, or avoiding the conversation that would clear the air.',
            work: 'Fear of evaluation, or ignoring a pull toward different work. Doubt keeps you from a decision that is due.',
            money: 'Avoiding a long-overdue review of your finances. The reckoning only grows heavier with time.',
            self: 'Too hard on yourself, or not listening to an inner call. Go easier on yourself and listen more.',
          },
        },
      },
      ru: {
        name: 'Суд',
        forms: {
          gender: 'm',
          genitive: 'Суда',
          dative: 'Суду',
          accusative: 'Суд',
          instrumental: 'Судом',
          prepositional: 'Суде',
        },
        upright: {
          keywords: ['пробуждение', 'подведение итогов', 'призвание', 'возрождение', 'честный пересмотр'],
          meaning:
            'Настал момент подвести итоги: вы ясно видите своё прошлое и чувствуете, что пора подняться к чему-то большему. Простите то, что нужно простить, извлеките уроки и откликнитесь на зов. Сейчас время решать, а не плыть по течению.',
          facets: {
            love: 'Время честно пересмотреть отношения. Старые обиды можно простить и обновить союз — или принять ясное решение.',
            work: 'Призвание или решающий момент в карьере: оценка вашей работы или понимание того, чем вы на самом деле хотите заниматься.',
            money: 'Пора честно подвести финансовые итоги и закрыть старые вопросы, прежде чем начинать заново.',
            self: 'Внутреннее пробуждение. Вы смотрите на свою жизнь новыми глазами и готовы действовать ради главного.',
          },
        },
        reversed: {
          keywords: ['самокритика', 'заглушённый зов', 'жёсткий приговор себе', 'уход от итогов'],
          meaning:
            'Либо внутренний критик звучит слишком громко, либо зов остаётся без ответа. Жёсткие упрёки себе мешают учиться, а нежелание оглянуться на прошлое позволяет старым ошибкам повторяться. Посмотрите назад беспристрастно — и решайте.',
          facets: {
            love: 'Партнёры припоминают друг другу старые ошибки или избегают разговора, который разрядил бы обстановку.',
            work: 'Страх оценки или нежелание признать тягу к другому делу. Сомнения мешают принять назревшее решение.',
            money: 'Вы откладываете давно нужный пересмотр финансов. Чем дольше тянуть, тем тяжелее итог.',
            self: 'Вы слишком строги к себе или не слышите внутреннего зова. Будьте к себе мягче и внимательнее прислушивайтесь к внутреннему голосу.',
          },
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
          keywords: ['a cycle closed', 'fulfilment', 'wholeness', 'achievement', 'arrival'],
          meaning:
            'A cycle is complete, and you can feel it. Effort has come together into something whole; take time to recognise what you achieved before the next chapter opens. Success here is earned and lasting.',
          facets: {
            love: 'A deep sense of completeness together. The relationship reaches a fulfilling milestone.',
            work: 'A project or a stage of your career is successfully completed, bringing recognition and a sense of accomplishment.',
            money: 'A financial goal is reached. What you worked toward is now in place.',
            self: 'Feeling whole and at home in your life. Celebrate how far you have come.',
          },
        },
        reversed: {
          keywords: ['loose ends', 'unfinished business', 'shortcuts', 'almost there'],
          meaning:
            'You are close to the finish, yet something is left undone. A missing piece, a shortcut or reluctance to close the chapter keeps full completion out of reach. Tie up the loose ends before moving on.',
          facets: {
            love: 'Something unresolved keeps the relationship from feeling complete. Finish the conversation you started.',
            work: 'A project drags near its end or lacks a final piece. Focus on closing it properly.',
            money: 'A goal is almost reached but stalls. Check what is still missing rather than starting something new.',
            self: 'A sense of incompleteness. Closing one open chapter will bring more peace than opening another.',
          },
        },
      },
      ru: {
        name: 'Мир',
        forms: {
          gender: 'm',
          genitive: 'Мира',
          dative: 'Миру',
          accusative: 'Мир',
          instrumental: 'Миром',
          prepositional: 'Мире',
        },
        upright: {
          keywords: ['завершённость', 'полнота', 'цельность', 'достижение', 'гармония целого'],
          meaning:
            'Цикл завершён, и вы это чувствуете. Усилия сложились в единое целое; найдите время признать достигнутое, прежде чем откроется следующая глава. Успех здесь заслуженный и прочный.',
          facets: {
            love: 'Глубокое чувство, что вместе вы — одно целое. Отношения достигают важного и радостного рубежа.',
            work: 'Проект или этап карьеры успешно завершён. Приходят признание и ощущение выполненного дела.',
            money: 'Финансовая цель достигнута. То, к чему вы шли, теперь в ваших руках.',
            self: 'Ощущение цельности и того, что вы на своём месте в жизни. Отметьте, какой путь уже пройден.',
          },
        },
        reversed: {
          keywords: ['хвосты', 'незавершённое дело', 'обходные пути', 'почти у цели'],
          meaning:
            'Вы близки к финишу, но что-то осталось несделанным. Мешает недостающая деталь, что-то сделанное наспех или нежелание закрывать главу. Подтяните хвосты, прежде чем идти дальше.',
          facets: {
            love: 'Что-то нерешённое не даёт почувствовать, что в отношениях всё сложилось. Закончите разговор, который начали.',
            work: 'Проект буксует у самого финиша, или ему не хватает последнего элемента. Сосредоточьтесь на том, чтобы как следует его завершить.',
            money: 'Цель почти достигнута, но продвижение застопорилось. Проверьте, чего ещё не хватает, вместо того чтобы начинать новое.',
            self: 'Ощущение незавершённости. Закрыть одну открытую главу сейчас важнее, чем открыть новую.',
          },
        },
      },
    },
  },
];
