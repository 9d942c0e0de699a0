import { cardById, DECK, Spread, SpreadId, Suit, TarotCard } from '@app/domain';
import { Palette, Raster, Rgb, Transform } from './raster';

const CARD_W = 110;
const CARD_H = 180;
const GAP = 24;
const MARGIN = 36;

const COLORS = {
  background: [22, 24, 48] as Rgb,
  face: [246, 238, 220] as Rgb,
  ink: [40, 34, 60] as Rgb,
  gold: [214, 170, 60] as Rgb,
  frame: { major: [176, 132, 40], wands: [196, 86, 44], cups: [52, 104, 176], swords: [112, 120, 136], pentacles: [58, 130, 76] } as Record<
    'major' | Suit,
    Rgb
  >,
};

interface Slot {
  x: number;
  y: number;
  /** 90 for the Celtic Cross's crossing card. */
  angle: number;
}

const unitX = CARD_W + GAP;
const unitY = CARD_H + GAP;

const RELATIONSHIP: Slot[] = [
  { x: -0.6 * unitX, y: 0, angle: 0 },
  { x: 0.6 * unitX, y: 0, angle: 0 },
  { x: 0, y: unitY, angle: 0 },
];

/** Where each position's card lies, in card units around the centre. */
const LAYOUTS: Record<SpreadId, Slot[]> = {
  one_card: [{ x: 0, y: 0, angle: 0 }],
  three_past_present_future: [-1, 0, 1].map((x) => ({ x: x * unitX, y: 0, angle: 0 })),
  three_situation_action_outcome: [-1, 0, 1].map((x) => ({ x: x * unitX, y: 0, angle: 0 })),
  relationship: RELATIONSHIP,
  // The same three, flanked by what draws the two together and what stands between them, with
  // where it is heading below.
  relationship_extended: [
    ...RELATIONSHIP,
    { x: -1.2 * unitX, y: unitY, angle: 0 },
    { x: 1.2 * unitX, y: unitY, angle: 0 },
    { x: 0, y: 2 * unitY, angle: 0 },
  ],
  horseshoe: [0, 0.55, 0.85, 1, 0.85, 0.55, 0].map((lift, i) => ({ x: (i - 3) * unitX, y: -lift * unitY * 0.7, angle: 0 })),
  // Waite's order: the cross (what covers, crosses, crowns, is beneath, behind and before) and the
  // staff of four, bottom to top.
  celtic_cross: [
    { x: 0, y: 0, angle: 0 },
    { x: 0, y: 0, angle: 90 },
    { x: 0, y: -unitY, angle: 0 },
    { x: 0, y: unitY, angle: 0 },
    { x: -1.35 * unitX, y: 0, angle: 0 },
    { x: 1.35 * unitX, y: 0, angle: 0 },
    ...[1.5, 0.5, -0.5, -1.5].map((y) => ({ x: 2.9 * unitX, y: y * unitY, angle: 0 })),
  ],
};

/**
 * Draws a spread as a PNG: card faces of our own design (suit-coloured frame, pips, a crown for
 * court cards, roman numerals and a star for the major arcana), reversed cards upside down.
 */
export async function renderSpread(spread: Spread, cards: { cardId: string; reversed: boolean; position?: string }[]): Promise<Buffer> {
  // A card goes to its position's slot (a reading recorded under an older order of positions is
  // drawn as its positions say); a card without a known position takes the slot of its index.
  // Cards are drawn in the order of their slots, so the crossing card lies on the covered one.
  const layout = LAYOUTS[spread.id];
  const placed = cards
    .map((drawn, i) => {
      const at = drawn.position === undefined ? -1 : spread.positions.findIndex((p) => p.id === drawn.position);
      return { drawn, index: at >= 0 ? at : i };
    })
    .sort((a, b) => a.index - b.index);
  const slots = placed.map((p) => layout[p.index]!);
  const half = (s: Slot) => (s.angle === 90 ? [CARD_H / 2, CARD_W / 2] : [CARD_W / 2, CARD_H / 2]);
  const minX = Math.min(...slots.map((s) => s.x - half(s)[0]!));
  const maxX = Math.max(...slots.map((s) => s.x + half(s)[0]!));
  const minY = Math.min(...slots.map((s) => s.y - half(s)[1]!));
  const maxY = Math.max(...slots.map((s) => s.y + half(s)[1]!));
  const width = Math.ceil(maxX - minX + 2 * MARGIN);
  const height = Math.ceil(maxY - minY + 2 * MARGIN);
  // Rasters are reused (a spread's size never changes): readings come in hundreds a second, and a
  // fresh 100 KB buffer for each is garbage the collector then has to chase.
  const key = `${width}x${height}`;
  const raster = spareRasters.get(key)?.pop()?.clear(COLORS.background) ?? new Raster(width, height, COLORS.background, PALETTE);
  placed.forEach(({ drawn }, i) => {
    const slot = slots[i]!;
    const turns = (((slot.angle + (drawn.reversed ? 180 : 0)) / 90) % 4) as 0 | 1 | 2 | 3;
    const face = cardFace(drawn.cardId, turns);
    if (!face) return;
    const [hw, hh] = half(slot);
    raster.blit(face, Math.round(slot.x - minX + MARGIN - hw!), Math.round(slot.y - minY + MARGIN - hh!), COLORS.background);
  });
  try {
    // Fast compression: these are small flat-colour images, and latency matters more than bytes.
    return await raster.png(1);
  } finally {
    const spares = spareRasters.get(key) ?? [];
    if (spares.length < 16) spares.push(raster);
    spareRasters.set(key, spares);
  }
}

const spareRasters = new Map<string, Raster[]>();

/**
 * Draws every card face (upright and upside down) ahead of the first reading, a few per turn of the
 * event loop so nothing waits on it: otherwise the first readings after a start draw them.
 */
export async function prepareSpreadPictures(): Promise<void> {
  const work = DECK.flatMap((card) => [0, 2].map((turns) => () => cardFace(card.id, turns as 0 | 2)));
  for (let i = 0; i < work.length; i += 8) {
    for (const draw of work.slice(i, i + 8)) draw();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Every picture and card face shares one palette (the background first), so faces copy byte for byte. */
const PALETTE = new Palette();
PALETTE.index(COLORS.background);
const faces = new Map<string, Raster>();

/** Each card face is drawn once per process (and turned once per orientation), then copied into spreads. */
function cardFace(cardId: string, turns: 0 | 1 | 2 | 3): Raster | undefined {
  const key = `${cardId}:${turns}`;
  const cached = faces.get(key);
  if (cached) return cached;
  const card = cardById(cardId);
  if (!card) return undefined;
  let face: Raster;
  if (turns === 0) {
    face = new Raster(CARD_W, CARD_H, COLORS.background, PALETTE);
    drawCard(face, card, { x: CARD_W / 2, y: CARD_H / 2, angle: 0 });
  } else {
    face = cardFace(cardId, 0)!.turned(turns);
  }
  faces.set(key, face);
  return face;
}

function drawCard(r: Raster, card: TarotCard, at: Transform): void {
  const frame = COLORS.frame[card.suit ?? 'major'];
  r.roundedRect(-CARD_W / 2, -CARD_H / 2, CARD_W, CARD_H, 10, frame, at);
  r.roundedRect(-CARD_W / 2 + 6, -CARD_H / 2 + 6, CARD_W - 12, CARD_H - 12, 7, COLORS.face, at);
  // Orientation mark: a small triangle pointing up at the foot of an upright card.
  r.polygon([[0, CARD_H / 2 - 22], [-7, CARD_H / 2 - 12], [7, CARD_H / 2 - 12]], frame, at);
  if (card.arcana === 'major') {
    numeral(r, card.number, -CARD_H / 2 + 16, at);
    r.star(0, 8, 30, 12, 8, COLORS.gold, at);
    r.circle(0, 8, 8, COLORS.face, at);
    return;
  }
  const suit = card.suit!;
  if (card.number <= 10) {
    const spots = pipSpots(card.number);
    for (const [x, y] of spots) pip(r, suit, x, y, card.number === 1 ? 1.8 : 0.85, at);
  } else {
    crown(r, card.number - 10, -CARD_H / 2 + 20, at);
    pip(r, suit, 0, 14, 1.5, at);
  }
}

/** Pip centres for 1–10, in two columns (and the middle for odd counts). */
function pipSpots(n: number): [number, number][] {
  if (n === 1) return [[0, 0]];
  const pairs = Math.floor(n / 2);
  const spots: [number, number][] = [];
  for (let i = 0; i < pairs; i++) {
    const y = pairs === 1 ? 0 : -56 + (112 * i) / (pairs - 1);
    spots.push([-22, y], [22, y]);
  }
  if (n % 2 === 1) spots.push([0, 0]);
  return spots;
}

function pip(r: Raster, suit: Suit, x: number, y: number, scale: number, at: Transform): void {
  const s = (v: number) => v * scale;
  const ink = COLORS.frame[suit];
  switch (suit) {
    case 'wands':
      r.line(x, y - s(14), x, y + s(14), s(4), ink, at);
      r.circle(x, y - s(14), s(3.5), COLORS.gold, at);
      r.polygon([[x - s(6), y - s(4)], [x, y - s(8)], [x + s(6), y - s(4)]], [90, 150, 70], at);
      break;
    case 'cups':
      r.polygon([[x - s(10), y - s(12)], [x + s(10), y - s(12)], [x + s(6), y], [x - s(6), y]], ink, at);
      r.rect(x - s(1.5), y, s(3), s(8), ink, at);
      r.rect(x - s(7), y + s(8), s(14), s(3), ink, at);
      break;
    case 'swords':
      r.polygon([[x, y - s(16)], [x + s(3), y - s(12)], [x + s(3), y + s(6)], [x - s(3), y + s(6)], [x - s(3), y - s(12)]], ink, at);
      r.rect(x - s(9), y + s(6), s(18), s(3), COLORS.gold, at);
      r.rect(x - s(1.5), y + s(9), s(3), s(7), COLORS.ink, at);
      break;
    case 'pentacles':
      r.circle(x, y, s(12), COLORS.gold, at);
      r.circle(x, y, s(9.5), COLORS.face, at);
      r.star(x, y, s(8.5), s(3.5), 5, ink, at);
      break;
  }
}

/** Court cards: a crown with 1 (page) to 4 (king) points. */
function crown(r: Raster, points: number, y: number, at: Transform): void {
  const width = 16 + points * 10;
  const base: [number, number][] = [[-width / 2, y + 14], [width / 2, y + 14]];
  const tips: [number, number][] = [];
  for (let i = 0; i <= points * 2; i++) tips.push([width / 2 - (width * i) / (points * 2), i % 2 === 0 ? y + 4 : y - 8]);
  r.polygon([...base, ...tips], COLORS.gold, at);
  r.rect(-width / 2, y + 14, width, 5, COLORS.gold, at);
}

/** Roman numerals 0–21 drawn with strokes (0 is a small circle, for the Fool). */
function numeral(r: Raster, n: number, y: number, at: Transform): void {
  if (n === 0) {
    r.circle(0, y + 6, 7, COLORS.ink, at);
    r.circle(0, y + 6, 4, COLORS.face, at);
    return;
  }
  const glyphs: string[] = [];
  let rest = n;
  for (const [value, text] of [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']] as const) {
    while (rest >= value) {
      glyphs.push(...text);
      rest -= value;
    }
  }
  const widths = glyphs.map((g) => (g === 'I' ? 6 : 12));
  let x = -(widths.reduce((a, b) => a + b, 0) + 3 * (glyphs.length - 1)) / 2;
  glyphs.forEach((g, i) => {
    const w = widths[i]!;
    if (g === 'I') r.line(x + w / 2, y, x + w / 2, y + 14, 3, COLORS.ink, at);
    if (g === 'V') {
      r.line(x, y, x + w / 2, y + 14, 3, COLORS.ink, at);
      r.line(x + w, y, x + w / 2, y + 14, 3, COLORS.ink, at);
    }
    if (g === 'X') {
      r.line(x, y, x + w, y + 14, 3, COLORS.ink, at);
      r.line(x + w, y, x, y + 14, 3, COLORS.ink, at);
    }
    x += w + 3;
  });
}
