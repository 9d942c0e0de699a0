import { describe, expect, it } from 'vitest';
import { crisisSignals, isCrisisText } from './crisis';
import { clausesOf, stemRussian, tokenOf } from './crisis-text';

const flags = (text: string) => expect(isCrisisText(text), text).toBe(true);
const passes = (text: string) => expect(isCrisisText(text), `${text} [${crisisSignals(text).join(', ')}]`).toBe(false);

describe('crisis check: what the normaliser takes out', () => {
  it.each(['I don’t want to live', 'I dont want to live', 'I don t want to live', 'i cant go on', 'I can not go on', 'I cannot go on'])(
    'apostrophes, missing or typed as a space: "%s"',
    flags,
  );
  it.each(['I want to diiiie', 'kiiilll myself', 'хочу умереееть', 'сдохнууу хочу'])('repeated letters: "%s"', flags);
  it.each(['xочу умeреть', 'kіll myself', 'sui\u0441ide', 'ХОЧУ УМEРЕТЬ'])('Latin and Cyrillic look-alikes in one word: "%s"', flags);
  it.each(['k1ll myself', 'su1c1de', 'wanna d1e'])('digits for letters: "%s"', flags);
  it.each(['хочу быть мёртвой', 'свести счёты с жизнью', 'вздёрнуться'])('ё written for е: "%s"', flags);
  it.each(['kil\u200bl myself', 'I want to\u00a0die', 'ｓｕｉｃｉｄｅ'])('format characters and compatibility forms: "%s"', flags);
  it.each(['suicde', 'kill myslef', 'самоубиство', 'я хочу повесится', 'здохнуть хочу', 'хочу умиреть'])('one typo in a long word: "%s"', flags);
  it.each(['повесилась бы', 'повешусь', 'вешается', 'хотела бы сдохнуть', 'умру, хочу этого', 'выпрыгну из окна', 'спрыгнула бы с моста'])('Russian inflection: "%s"', flags);
  it.each(['умереть хочу', 'жить не хочется', 'с собой покончу', 'to die is all I want', 'из окна выпрыгнуть хочу'])('word order: "%s"', flags);
  it.each(['kms', 'kys', 'unalive myself', 'sewerslide', 'хочу выпилиться', 'роскомнадзорнуться'])('slang: "%s"', flags);
  it.each(['thinkin bout killin myself', 'killng myself seems like the only option', 'wanna off myself lol'])('chat spellings: "%s"', flags);
  it.each(['покончу с сабой', 'хочу убить сибя'])('a misspelt unstressed vowel in a short word: "%s"', flags);
  it.each(['сдохнуть бы уже', 'умереть бы', 'карты, умереть или нет?'])('the Russian optative and a choice put to the cards: "%s"', flags);
  it.each(['i have the rope ready, should i do it', 'таблетки уже в руке, пить?', 'goodbye world', 'напишу прощальную записку и выпрыгну'])(
    'means at hand and farewells: "%s"',
    flags,
  );
  it.each(['отравлюсь чем нибудь', 'я больше не выдержу', 'открою газ и усну навсегда', 'лягу на рельсы', 'режусь лезвием каждую ночь'])(
    'Russian first-person futures and reflexives of a method: "%s"',
    flags,
  );
  it('reads both languages whatever the text mostly is', () => {
    flags('Question about love. Хочу сдохнуть.');
    flags('Вопрос про любовь. I want to kill myself.');
  });
});

describe('crisis check: ordinary questions with the same words pass', () => {
  it.each([
    'will my project die?', 'should I kill the side project?', 'умрёт ли мой проект?', 'end it with my boyfriend', 'I am killing it at work',
    'dying to know what he thinks', 'dead tired after the move', 'What does the Death card mean?', 'I drew the Tower', 'карта Смерть выпала снова',
    'I want to die my hair blue', 'I don’t want to die alone, will I find love?', 'Не хочу жить с родителями', 'killing myself laughing at this',
    'I shot myself in the foot at work', 'Хочу умереть со смеху', 'Should I jump at the offer?', 'Стоит ли прыгнуть с парашютом?',
    'will i end it all with my ex for good', 'отравлюсь ли я шаурмой', 'купила веревку и мыло для похода', 'я не выдержу эту сессию, сдам ли?',
    'открыть газ в новой квартире, вызвать мастера?', 'лягу на дорогу к успеху', 'порезалась ножом на кухне, заживет?', 'хочу уйти навсегда из этой компании',
    'i stopped eating sugar, will i die happier', 'i bought pills for my dog, should i do it', 'i looked at the bridge and jumped for joy',
  ])('"%s"', passes);
});

describe('crisis check: text handling', () => {
  it('splits sentences at . ! ? but not at an ellipsis or a comma', () => {
    expect(clausesOf('One two. Three! Four? Five... six, seven').map((c) => c.map((t) => t.form))).toEqual([['one', 'two'], ['three'], ['four'], ['five', 'six', 'seven']]);
  });
  it('marks a pause after a comma', () => {
    expect(clausesOf('live, then').flat().map((t) => t.pause)).toEqual([true, false]);
  });
  it('stems Russian with Snowball: inflected forms meet', () => {
    expect(new Set(['жизнь', 'жизни', 'жизнью'].map(stemRussian))).toEqual(new Set(['жизн']));
    expect(tokenOf('повеситься')).toMatchObject({ stem: 'повес', reflexive: true });
    expect(tokenOf('повесить')).toMatchObject({ stem: 'повес', reflexive: false });
  });
});
