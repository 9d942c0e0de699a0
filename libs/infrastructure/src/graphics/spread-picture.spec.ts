import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SPREADS, spreadById } from '@app/domain';
import { prepareSpreadPictures, renderSpread } from './spread-picture';

/** Decodes our own PNGs (8-bit palette, filter 0) into RGB, enough to compare pixels. */
function decode(png: Buffer): { width: number; height: number; rgb: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([png[24], png[25]]).toEqual([8, 3]);
  let offset = 8;
  const idat: Buffer[] = [];
  let palette: Buffer = Buffer.alloc(0);
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    if (type === 'IDAT') idat.push(data);
    if (type === 'PLTE') palette = data;
    offset += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe((width + 1) * height);
  const rgb = Buffer.alloc(width * height * 3);
  let filters = 0;
  let highest = 0;
  for (let y = 0; y < height; y++) {
    filters |= raw[y * (width + 1)]!;
    for (let x = 0; x < width; x++) {
      const index = raw[y * (width + 1) + 1 + x]!;
      highest = Math.max(highest, index);
      palette.copy(rgb, (y * width + x) * 3, index * 3, index * 3 + 3);
    }
  }
  expect(filters).toBe(0);
  expect(highest * 3 + 2).toBeLessThan(palette.length);
  return { width, height, rgb };
}

describe('spread pictures', () => {
  it('renders every spread as a valid PNG', async () => {
    for (const spread of SPREADS) {
      const cards = spread.positions.map((_, i) => ({ cardId: i % 2 ? `major-${String(i).padStart(2, '0')}` : `cups-${String(i + 1).padStart(2, '0')}`, reversed: false }));
      const { width, height, rgb } = decode(await renderSpread(spread, cards));
      expect(width).toBeGreaterThan(150);
      expect(height).toBeGreaterThan(200);
      expect(rgb.length).toBe(width * height * 3);
    }
  });

  it('draws a reversed card as the upright one turned upside down', async () => {
    const one = spreadById('one_card')!;
    const upright = decode(await renderSpread(one, [{ cardId: 'swords-07', reversed: false }]));
    const reversed = decode(await renderSpread(one, [{ cardId: 'swords-07', reversed: true }]));
    expect(reversed.width).toBe(upright.width);
    expect(reversed.rgb.equals(upright.rgb)).toBe(false);
    // Compare the card region rotated by 180°: nearly every pixel matches (edges may differ by rounding).
    const { width, height } = upright;
    let same = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const a = (y * width + x) * 3;
        const b = ((height - 1 - y) * width + (width - 1 - x)) * 3;
        if (upright.rgb[a] === reversed.rgb[b] && upright.rgb[a + 1] === reversed.rgb[b + 1]) same++;
      }
    }
    expect(same / (width * height)).toBeGreaterThan(0.97);
  });

  it('lays the Celtic Cross out as a cross with a staff of four beside it', async () => {
    const celtic = spreadById('celtic_cross')!;
    const cards = Array.from({ length: 10 }, (_, i) => ({ cardId: `wands-${String(i + 1).padStart(2, '0')}`, reversed: false }));
    const { width, height } = decode(await renderSpread(celtic, cards));
    expect(width).toBeGreaterThan(height * 0.8);
    expect(height).toBeGreaterThan(4 * 180);
  });

  it('puts each Celtic Cross card in its place, by position: crown above, foundation below, past left, future right, staff rising', async () => {
    const celtic = spreadById('celtic_cross')!;
    const base = celtic.positions.map((p, i) => ({ position: p.id, cardId: `wands-${String(i + 1).padStart(2, '0')}`, reversed: false }));
    const plain = decode(await renderSpread(celtic, base));
    /** The centre of the pixels that change when the card at `position` is swapped for another. */
    const centre = async (position: string) => {
      const swapped = decode(await renderSpread(celtic, base.map((c) => (c.position === position ? { ...c, cardId: 'major-00' } : c))));
      let [sx, sy, n] = [0, 0, 0];
      for (let y = 0; y < plain.height; y++) {
        for (let x = 0; x < plain.width; x++) {
          const i = (y * plain.width + x) * 3;
          if (plain.rgb[i] !== swapped.rgb[i] || plain.rgb[i + 1] !== swapped.rgb[i + 1] || plain.rgb[i + 2] !== swapped.rgb[i + 2]) [sx, sy, n] = [sx + x, sy + y, n + 1];
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
    expect(decode(await renderSpread(celtic, [...base].reverse())).rgb.equals(plain.rgb)).toBe(true);
  });

  it('draws the same cards the same way every time (rasters are reused between readings)', async () => {
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
    const [a, b] = await Promise.all([renderSpread(three, first), renderSpread(three, other)]);
    const again = await renderSpread(three, first);
    expect(decode(again).rgb.equals(decode(a).rgb)).toBe(true);
    expect(decode(b).rgb.equals(decode(a).rgb)).toBe(false);
  });

  it('prepares every card face ahead of the first reading without holding up the event loop', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await prepareSpreadPictures();
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(3);
  });
});
