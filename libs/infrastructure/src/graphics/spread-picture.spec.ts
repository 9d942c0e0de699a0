import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { Language, SPREADS, Spread, spreadById } from '@app/domain';
import { PictureCard, prepareSpreadPictures, PictureRect, regions, renderSpread } from './spread-picture';

interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Decodes one of our PNGs into RGBA pixels (with the canvas library itself). */
async function decode(png: Buffer): Promise<Pixels> {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
}

async function pixels(spread: Spread, cards: PictureCard[], language: Language): Promise<Pixels> {
  return decode(await renderSpread(spread, cards, language));
}

/** How many pixels of `rect` differ between the two pictures. */
function differing(a: Pixels, b: Pixels, rect: PictureRect): number {
  let n = 0;
  for (let y = rect.top; y < rect.bottom; y++) {
    for (let x = rect.left; x < rect.right; x++) {
      const i = (y * a.width + x) * 4;
      if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) n++;
    }
  }
  return n;
}

/** Pixels of `rect` close to a colour (text is anti-aliased: its cores are the colour itself). */
function inked(p: Pixels, rect: PictureRect, [r, g, b]: [number, number, number]): number {
  let n = 0;
  for (let y = rect.top; y < rect.bottom; y++) {
    for (let x = rect.left; x < rect.right; x++) {
      const i = (y * p.width + x) * 4;
      if (Math.abs(p.data[i]! - r) + Math.abs(p.data[i + 1]! - g) + Math.abs(p.data[i + 2]! - b) < 60) n++;
    }
  }
  return n;
}

const INK: [number, number, number] = [0x28, 0x22, 0x3c];
const LABEL: [number, number, number] = [0xea, 0xdb, 0xb4];
const REVERSED_RED: [number, number, number] = [0xa8, 0x32, 0x2a];

const one = spreadById('one_card')!;
const celtic = spreadById('celtic_cross')!;
const celticCards = celtic.positions.map((p, i) => ({ position: p.id, cardId: `wands-${String(i + 1).padStart(2, '0')}`, reversed: false }));

describe('spread pictures', () => {
  it('renders every spread in both languages as a PNG of the size its layout gives, small enough for a 27 px name to read at 9 px in a 360 px preview', async () => {
    for (const spread of SPREADS) {
      for (const language of ['en', 'ru'] as const) {
        const cards = spread.positions.map((p, i) => ({ position: p.id, cardId: i % 2 ? `major-${String(i).padStart(2, '0')}` : `cups-${String(i + 1).padStart(2, '0')}`, reversed: i % 3 === 1 }));
        const png = await renderSpread(spread, cards, language);
        const decoded = await decode(png);
        // The palette PNG as written: 8-bit indices, and the size the layout gives.
        expect([png[24], png[25]]).toEqual([8, 3]);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([decoded.width, decoded.height]);
        expect(regions(spread, spread.positions.length - 1).card.right).toBeLessThanOrEqual(decoded.width);
        expect(decoded.width).toBeGreaterThan(200);
        expect(decoded.height).toBeGreaterThan(300);
        // Telegram scales a photo to 1280 px on its longest side; ours need no scaling.
        expect(Math.max(decoded.width, decoded.height)).toBeLessThanOrEqual(1280);
        expect(decoded.width).toBeLessThanOrEqual((27 * 360) / 9);
      }
    }
  });

  it("draws each card's name, in Latin and Cyrillic letters: real glyphs, different for different names", async () => {
    const face = regions(one, 0);
    // The Empress and the Emperor share their emblem; III and IV are in the number band, above the name.
    for (const language of ['en', 'ru'] as const) {
      const empress = await pixels(one, [{ cardId: 'major-03', reversed: false }], language);
      const emperor = await pixels(one, [{ cardId: 'major-04', reversed: false }], language);
      expect(inked(empress, face.name, INK)).toBeGreaterThan(300);
      expect(differing(empress, emperor, face.name)).toBeGreaterThan(300);
      expect(differing(empress, emperor, face.emblem)).toBe(0);
    }
    // The same card in the two languages differs only in its name.
    const en = await pixels(one, [{ cardId: 'major-03', reversed: false }], 'en');
    const ru = await pixels(one, [{ cardId: 'major-03', reversed: false }], 'ru');
    expect(differing(en, ru, face.name)).toBeGreaterThan(300);
    expect(differing(en, ru, { ...face.card, bottom: face.name.top })).toBe(0);
  });

  it('keeps the name upright on a reversed card: the emblem turns, the name stays, a tag says reversed', async () => {
    const face = regions(one, 0);
    for (const language of ['en', 'ru'] as const) {
      const upright = await pixels(one, [{ cardId: 'swords-07', reversed: false }], language);
      const reversed = await pixels(one, [{ cardId: 'swords-07', reversed: true }], language);
      expect(differing(upright, reversed, face.name)).toBe(0);
      expect(differing(upright, reversed, face.emblem)).toBeGreaterThan(200);
      expect(inked(upright, face.tag, REVERSED_RED)).toBe(0);
      expect(inked(reversed, face.tag, REVERSED_RED)).toBeGreaterThan(30);
      // The emblem is the upright one turned half a circle (edges may differ by anti-aliasing).
      const { left, top, right, bottom } = face.emblem;
      let same = 0;
      for (let y = top; y < bottom; y++) {
        for (let x = left; x < right; x++) {
          const a = (y * upright.width + x) * 4;
          const b = ((top + bottom - 1 - y) * upright.width + (left + right - 1 - x)) * 4;
          if (Math.abs(upright.data[a]! - reversed.data[b]!) + Math.abs(upright.data[a + 1]! - reversed.data[b + 1]!) < 40) same++;
        }
      }
      expect(same / ((right - left) * (bottom - top))).toBeGreaterThan(0.97);
    }
  });

  it('words the Russian reversal tag in the gender of the card’s name (перевёрнут, перевёрнута, перевёрнуты)', async () => {
    const tag = regions(one, 0).tag;
    const reversed = (cardId: string) => pixels(one, [{ cardId, reversed: true }], 'ru');
    // Королева Кубков and Королева Жезлов (f) carry the same tag; Король Кубков (m) and Влюблённые (pl) other ones.
    const [queenOfCups, queenOfWands, kingOfCups, lovers] = await Promise.all(['cups-13', 'wands-13', 'cups-14', 'major-06'].map(reversed));
    expect(differing(queenOfCups!, queenOfWands!, tag)).toBe(0);
    expect(differing(queenOfCups!, kingOfCups!, tag)).toBeGreaterThan(20);
    expect(differing(queenOfCups!, lovers!, tag)).toBeGreaterThan(20);
    expect(differing(kingOfCups!, lovers!, tag)).toBeGreaterThan(20);
  });

  it('names every Celtic Cross position beside its card, in the reader’s language; the crossing card’s under the card it crosses', async () => {
    const en = await pixels(celtic, celticCards, 'en');
    const ru = await pixels(celtic, celticCards, 'ru');
    celtic.positions.forEach((position, i) => {
      const label = regions(celtic, i).label;
      if (position.id === 'challenge') {
        expect(label).toBeUndefined();
        return;
      }
      expect(inked(en, label!, LABEL), position.id).toBeGreaterThan(40);
      expect(inked(ru, label!, LABEL), position.id).toBeGreaterThan(40);
      expect(differing(en, ru, label!), position.id).toBeGreaterThan(40);
    });
    // Under the present card: its own name's line, then the challenge's.
    const under = regions(celtic, 0).label!;
    const rows = (p: Pixels, from: number, to: number) => inked(p, { ...under, top: from, bottom: to }, LABEL);
    const middle = Math.round((under.top + under.bottom) / 2);
    expect(rows(en, under.top, middle)).toBeGreaterThan(40);
    expect(rows(en, middle, under.bottom)).toBeGreaterThan(40);
  });

  it('shows the name of the card under the crossing card, and the crossing card’s own name across it', async () => {
    const plain = await pixels(celtic, celticCards, 'en');
    const withCovered = await pixels(celtic, celticCards.map((c) => (c.position === 'present' ? { ...c, cardId: 'wands-03' } : c)), 'en');
    expect(differing(plain, withCovered, regions(celtic, 0).name)).toBeGreaterThan(300);
    // The crossing card's name is drawn horizontally: swapping its language changes rows across its width, on top of all else.
    const crossing = regions(celtic, 1).card;
    const ru = await pixels(celtic, celticCards, 'ru');
    expect(differing(plain, ru, crossing)).toBeGreaterThan(300);
    const crossed = await pixels(celtic, celticCards.map((c) => (c.position === 'challenge' ? { ...c, cardId: 'wands-12' } : c)), 'en');
    // Only the crossing card changes: nothing of it is hidden under another card.
    expect(differing(plain, crossed, { left: 0, top: 0, right: plain.width, bottom: crossing.top })).toBe(0);
    expect(differing(plain, crossed, { left: 0, top: crossing.bottom, right: plain.width, bottom: plain.height })).toBe(0);
  });

  it('puts each Celtic Cross card in its place, by position: crown above, foundation below, past left, future right, staff rising', async () => {
    const plain = await pixels(celtic, celticCards, 'en');
    /** The centre of the pixels that change when the card at `position` is swapped for another. */
    const centre = async (position: string) => {
      const swapped = await pixels(celtic, celticCards.map((c) => (c.position === position ? { ...c, cardId: 'major-00' } : c)), 'en');
      let [sx, sy, n] = [0, 0, 0];
      for (let y = 0; y < plain.height; y++) {
        for (let x = 0; x < plain.width; x++) {
          const i = (y * plain.width + x) * 4;
          if (plain.data[i] !== swapped.data[i] || plain.data[i + 1] !== swapped.data[i + 1] || plain.data[i + 2] !== swapped.data[i + 2]) [sx, sy, n] = [sx + x, sy + y, n + 1];
        }
      }
      expect(n).toBeGreaterThan(100);
      return { x: sx / n, y: sy / n };
    };
    const at = Object.fromEntries(await Promise.all(celtic.positions.map(async (p) => [p.id, await centre(p.id)] as const)));
    const middle = at.present!;
    expect(Math.abs(at.challenge!.x - middle.x)).toBeLessThan(20);
    expect(at.crown!.y).toBeLessThan(middle.y - 100);
    expect(at.foundation!.y).toBeGreaterThan(middle.y + 100);
    expect(at.recent_past!.x).toBeLessThan(middle.x - 100);
    expect(at.near_future!.x).toBeGreaterThan(middle.x + 100);
    const staff = ['self', 'environment', 'hopes_fears', 'outcome'].map((id) => at[id]!);
    for (const card of staff) expect(card.x).toBeGreaterThan(at.near_future!.x + 100);
    for (let i = 1; i < staff.length; i++) expect(staff[i]!.y).toBeLessThan(staff[i - 1]!.y - 100);
    // Cards are placed by their position, not by the order they come in.
    expect(Buffer.from((await pixels(celtic, [...celticCards].reverse(), 'en')).data).equals(Buffer.from(plain.data))).toBe(true);
  });

  it('draws the same cards the same way every time, byte for byte', async () => {
    const three = spreadById('three_past_present_future')!;
    const first = [
      { cardId: 'major-01', reversed: false },
      { cardId: 'cups-03', reversed: true },
      { cardId: 'swords-11', reversed: false },
    ];
    const other = [
      { cardId: 'pentacles-13', reversed: true },
      { cardId: 'wands-01', reversed: false },
      { cardId: 'major-21', reversed: true },
    ];
    for (const language of ['en', 'ru'] as const) {
      const [a, b] = await Promise.all([renderSpread(three, first, language), renderSpread(three, other, language)]);
      expect((await renderSpread(three, first, language)).equals(a)).toBe(true);
      expect(b.equals(a)).toBe(false);
    }
  });

  it('warms up without holding up the event loop: what was waiting runs first', async () => {
    let ran = false;
    setImmediate(() => (ran = true));
    const warming = prepareSpreadPictures();
    expect(ran).toBe(false);
    await warming;
    expect(ran).toBe(true);
  });
});
