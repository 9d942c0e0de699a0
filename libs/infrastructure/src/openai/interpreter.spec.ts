import { describe, expect, it } from 'vitest';
import { DECK } from '@app/domain';
import { undrawnCardNamed } from './interpreter';

const drawn = [
  { position: 'past', cardId: 'major-16', reversed: false }, // The Tower / Башня
  { position: 'present', cardId: 'cups-03', reversed: false }, // Three of Cups / Тройка Кубков
  { position: 'future', cardId: 'major-08', reversed: false }, // Strength / Сила
];
const check = (text: string, language: 'en' | 'ru') => undrawnCardNamed(text, drawn, DECK, language);

describe('the check that an answer names only the drawn cards', () => {
  it('passes an answer that names the drawn cards, in English and Russian', () => {
    expect(check('The Tower shakes the past; the Three of Cups brings friends; Strength asks for patience.', 'en')).toBeUndefined();
    expect(check('Башня потрясла прошлое. Сейчас Тройка Кубков собирает друзей, а карта Сила просит терпения.', 'ru')).toBeUndefined();
  });

  it('blocks a card of several words that was not drawn, written as a card is named', () => {
    expect(check('The Tower shakes things, and the Wheel of Fortune turns.', 'en')).toBe('Wheel of Fortune');
    expect(check('The Tower shakes things; the World opens up.', 'en')).toBe('The World');
    expect(check('Башня и Колесо Фортуны говорят о переменах.', 'ru')).toBe('Колесо Фортуны');
  });

  it('lets the same words through as ordinary speech (no card capitals)', () => {
    expect(check('The world around you is changing; the sun will come out, and the wheel of fortune turns for everyone.', 'en')).toBeUndefined();
    expect(check('Колесо фортуны поворачивается, и звезда удачи светит.', 'ru')).toBeUndefined();
  });

  it('while streaming, checks only the new tail and leaves a name at the very end for the next chunk', () => {
    const head = 'The Tower shakes the past, and the Wheel of Fortune turns. ';
    expect(undrawnCardNamed(head + 'Then', drawn, DECK, 'en', { from: head.length - 10, complete: false })).toBeUndefined();
    expect(undrawnCardNamed('Now the Sun', drawn, DECK, 'en', { complete: false })).toBeUndefined(); // "the Sunday"?
    expect(undrawnCardNamed('Now the Sun shines', drawn, DECK, 'en', { complete: false })).toBe('The Sun');
  });

  it('blocks a one-word card name written with a capital inside a sentence', () => {
    expect(check('Your future is shaped by the Death card.', 'en')).toBe('Death');
    expect(check('Here Justice weighs what you did.', 'en')).toBe('Justice');
    expect(check('В будущем вас ждёт карта Смерть.', 'ru')).toBe('Смерть');
    expect(check('Настоящее — Луна: не всё видно сразу.', 'ru')).toBe('Луна');
  });

  it('lets everyday words through: lower case, or at the start of a sentence or line', () => {
    expect(check('Death of an old habit is not what this is about. Take it with temperance and a sense of justice.', 'en')).toBeUndefined();
    expect(check('Мир вокруг вас меняется. Луна сегодня яркая, а мир — шире, чем кажется.\nСолнце встанет завтра.', 'ru')).toBeUndefined();
    expect(check('«Звезда» — так вы назвали мечту.', 'ru')).toBeUndefined();
    expect(check('Мирный путь и Солнечный день: лишь слова, что начинаются так же.', 'ru')).toBeUndefined();
  });
});
