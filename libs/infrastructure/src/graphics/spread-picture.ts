import { createRequire } from 'node:module';
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { cardById, DECK, Language, SPREADS, Spread, SpreadId, Suit, TarotCard } from '@app/domain';
import { hex, IndexedImage, Palette, Rgb } from './indexed';

/**
 * The one typeface of every picture: PT Serif (ParaType, SIL Open Font License 1.1), shipped as
 * .ttf by the `@expo-google-fonts/pt-serif` package and registered under a name of our own, so no
 * system font is ever picked instead (the Docker image has none) and pictures look the same on
 * every machine. Resolved through the module system, it is found from any working directory.
 */
const FAMILY = 'Arcana PT Serif';
const fontFiles = ['700Bold/PTSerif_700Bold.ttf', '400Regular/PTSerif_400Regular.ttf', '400Regular_Italic/PTSerif_400Regular_Italic.ttf', '700Bold_Italic/PTSerif_700Bold_Italic.ttf'];
const requireHere = createRequire(__filename);
let canvasLibrary: typeof import('@napi-rs/canvas') | undefined;

/**
 * A canvas, the library (a native module) loaded and the font registered on first use: the apps
 * that never draw a picture (the API, the worker) share this package without paying for either.
 */
function createCanvas(width: number, height: number): Canvas {
  if (!canvasLibrary) {
    const library = requireHere('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
    for (const file of fontFiles) {
      if (!library.GlobalFonts.registerFromPath(requireHere.resolve(`@expo-google-fonts/pt-serif/${file}`), FAMILY)) throw new Error(`spread pictures: cannot load the font ${file}`);
    }
    canvasLibrary = library;
  }
  return canvasLibrary.createCanvas(width, height);
}

/** A card face, portrait. Sizes are chosen for Telegram's preview (~360 px wide): see docs/architecture.md. */
const CARD_W = 156;
const CARD_H = 280;
const BORDER = 6;
/** The band at the top of a face holding the number. */
const NUMBER_BAND = 34;
/** The band at the foot of a face: the name on one or two lines, then the reversal tag. */
const NAME_BAND = 78;
const NAME_FONT = 27;
const NAME_FONT_MIN = 16;
const NAME_LINE = 28;
const TAG_FONT = 17;
const NUMBER_FONT = 23;
/** Position labels under (or beside) the cards. */
const LABEL_FONT = 23;
const LABEL_LINE = 25;
const LABEL_H = 2 * LABEL_LINE + 8;
const GAP_X = 20;
const GAP_Y = 12;
const MARGIN = 24;
/**
 * Where the Celtic Cross's crossing card lies, from the centre of the card it crosses (negative:
 * above): its lower edge on the top of that card's name, so that card's number and name both show.
 */
const CROSS_Y = CARD_H / 2 - BORDER - NAME_BAND - CARD_W / 2;

const COLORS = {
  background: '#161830',
  face: '#f6eedc',
  ink: '#28223c',
  gold: '#d6aa3c',
  label: '#eadbb4',
  reversed: '#a8322a',
  frame: { major: '#b08428', wands: '#c4562c', cups: '#3468b0', swords: '#707888', pentacles: '#3a824c' } as Record<'major' | Suit, string>,
};

const SUIT_COLORS = Object.values(COLORS.frame).map(hex);
const [BACKGROUND, FACE, INK, GOLD, LABEL, RED, LEAF] = [COLORS.background, COLORS.face, COLORS.ink, COLORS.gold, COLORS.label, COLORS.reversed, '#5a9646'].map(hex) as Rgb[];
/** Every colour drawn, and the blends anti-aliasing makes where two of them meet (text gets the finest steps). */
const PALETTE = new Palette(
  [BACKGROUND!, FACE!, INK!, GOLD!, LABEL!, RED!, LEAF!, ...SUIT_COLORS],
  [
    [INK!, FACE!, 15],
    [LABEL!, BACKGROUND!, 15],
    [RED!, FACE!, 11],
    [GOLD!, FACE!, 9],
    [LEAF!, FACE!, 5],
    [GOLD!, hex(COLORS.frame.wands), 5],
    [LEAF!, hex(COLORS.frame.wands), 5],
    [INK!, GOLD!, 5],
    ...SUIT_COLORS.flatMap((frame) => [
      [frame, FACE!, 9] as [Rgb, Rgb, number],
      [frame, BACKGROUND!, 9] as [Rgb, Rgb, number],
      [FACE!, frame, 7] as [Rgb, Rgb, number],
    ]),
  ],
);

/** The word marking a reversed card, agreeing in Russian with the card name's gender. */
const REVERSED = {
  en: () => 'reversed',
  ru: (card: TarotCard) => ({ m: 'перевёрнут', f: 'перевёрнута', n: 'перевёрнуто', pl: 'перевёрнуты' })[card.text.ru.forms?.gender ?? 'f'],
} satisfies Record<Language, (card: TarotCard) => string>;

interface Slot {
  x: number;
  y: number;
  /** 90 for the Celtic Cross's crossing card. */
  angle: number;
  /** Where the position's label goes: under the card (the default), beside it on the right, or nowhere (the crossing card's goes under the card it crosses). */
  label?: 'under' | 'right' | 'none';
  /** The index of the crossing card whose position is named under this card, after its own. */
  crossedBy?: number;
}

const unitX = CARD_W + GAP_X;
const unitY = CARD_H + LABEL_H + GAP_Y;
/** Staff cards carry their labels on the right, so the staff of four is not taller than it must be. */
const staffY = CARD_H + GAP_Y;
const RIGHT_LABEL_W = 150;

/** Where each position's card lies, in pixels around the centre. */
const LAYOUTS: Record<SpreadId, Slot[]> = {
  one_card: [{ x: 0, y: 0, angle: 0, label: 'none' }],
  three_past_present_future: [-1, 0, 1].map((x) => ({ x: x * unitX, y: 0, angle: 0 })),
  three_situation_action_outcome: [-1, 0, 1].map((x) => ({ x: x * unitX, y: 0, angle: 0 })),
  // You and them either side of what lives between you.
  relationship: [
    { x: -unitX, y: 0, angle: 0 },
    { x: unitX, y: 0, angle: 0 },
    { x: 0, y: 0, angle: 0 },
  ],
  // The same row, with what draws the two together under you, what stands between you under them
  // and where it is heading under the connection.
  relationship_extended: [
    { x: -unitX, y: 0, angle: 0 },
    { x: unitX, y: 0, angle: 0 },
    { x: 0, y: 0, angle: 0 },
    { x: -unitX, y: unitY, angle: 0 },
    { x: unitX, y: unitY, angle: 0 },
    { x: 0, y: unitY, angle: 0 },
  ],
  // An arch of seven: up the left side, over the top, down the right.
  horseshoe: [
    [-2, 2],
    [-2, 1],
    [-1, 0.3],
    [0, 0],
    [1, 0.3],
    [2, 1],
    [2, 2],
  ].map(([x, y]) => ({ x: x! * unitX, y: y! * unitY, angle: 0 })),
  // Waite's order: the cross (what covers, crosses, crowns, is beneath, behind and before) and the
  // staff of four, bottom to top.
  celtic_cross: (() => {
    const side = CARD_W / 2 + CARD_H / 2 + GAP_X;
    const staff = side + unitX + GAP_X;
    return [
      { x: 0, y: 0, angle: 0, crossedBy: 1 },
      { x: 0, y: CROSS_Y, angle: 90, label: 'none' as const },
      { x: 0, y: -unitY, angle: 0 },
      { x: 0, y: unitY, angle: 0 },
      { x: -side, y: 0, angle: 0 },
      { x: side, y: 0, angle: 0 },
      ...[1.5, 0.5, -0.5, -1.5].map((y) => ({ x: staff, y: y * staffY - LABEL_H / 2, angle: 0, label: 'right' as const })),
    ];
  })(),
};

export interface PictureCard {
  cardId: string;
  reversed: boolean;
  position?: string;
}

/**
 * Draws a spread as a PNG: card faces of our own design (suit-coloured frame, pips, a crown for
 * court cards, a star for the major arcana) with each card's number and name in the reader's
 * language, and each position named beside its card (except for the one-card spread). The text
 * stays upright on a reversed card: its emblem is turned upside down and a tag says it is reversed.
 * The Celtic Cross's crossing card lies across the covered one, its text horizontal.
 */
export async function renderSpread(spread: Spread, cards: PictureCard[], language: Language): Promise<Buffer> {
  // A card goes to its position's slot (a reading recorded under an older order of positions is
  // drawn as its positions say); a card without a known position takes the slot of its index.
  // Cards are laid in the order of their slots, so the crossing card lies on the covered one.
  const { layout, scale, origin } = geometry(spread);
  const placed = cards
    .map((drawn, i) => {
      const at = drawn.position === undefined ? -1 : spread.positions.findIndex((p) => p.id === drawn.position);
      return { drawn, index: at >= 0 ? at : i };
    })
    .filter((p) => layout[p.index] !== undefined)
    .sort((a, b) => a.index - b.index);
  // The backdrop (background and position labels) and each face are drawn once per process, then
  // copied: what is left per picture is a few copies and one deflate off the event loop.
  const base = backdrop(spread, language);
  const key = `${base.width}x${base.height}`;
  // Pictures are reused (a spread's size never changes): readings come in hundreds a second, and
  // a fresh buffer of a few hundred KB for each is garbage the collector then has to chase.
  const picture = base.copyTo(spare.get(key)?.pop());
  for (const { drawn, index } of placed) {
    const card = cardById(drawn.cardId);
    if (!card) continue;
    const slot = layout[index]!;
    const lying = slot.angle === 90;
    const [hw, hh] = lying ? [CARD_H / 2, CARD_W / 2] : [CARD_W / 2, CARD_H / 2];
    picture.blit(face(card, drawn.reversed, language, lying, scale), Math.round((origin.x + slot.x - hw) * scale), Math.round((origin.y + slot.y - hh) * scale));
  }
  try {
    // Fast compression: these are small images of few colours, and latency matters more than bytes.
    return await picture.png(PALETTE, 1);
  } finally {
    const spares = spare.get(key) ?? [];
    if (spares.length < 16) spares.push(picture);
    spare.set(key, spares);
  }
}

const spare = new Map<string, IndexedImage[]>();

const faces = new Map<string, IndexedImage>();

/** A card's face as it lies in a picture (drawn once per card, language, orientation, lie and scale). */
function face(card: TarotCard, reversed: boolean, language: Language, lying: boolean, scale: number): IndexedImage {
  const key = `${card.id}:${language}:${reversed ? 'r' : 'u'}:${lying ? 'l' : 'p'}:${scale}`;
  const cached = faces.get(key);
  if (cached) return cached;
  const [w, h] = lying ? [CARD_H, CARD_W] : [CARD_W, CARD_H];
  const canvas = createCanvas(Math.round(w * scale), Math.round(h * scale));
  const ctx = canvas.getContext('2d');
  ctx.scale(scale, scale);
  if (lying) drawLyingFace(ctx, card, reversed, language, w / 2, h / 2);
  else drawFace(ctx, card, reversed, language, w / 2, h / 2);
  // Edge pixels are blended as over the background (the crossing card's corners are a pixel or two).
  const image = IndexedImage.fromCanvas(canvas, PALETTE, BACKGROUND!);
  faces.set(key, image);
  return image;
}

const backdrops = new Map<string, IndexedImage>();

/** A spread's picture without its cards: the background and each position's name where its card's label goes. */
function backdrop(spread: Spread, language: Language): IndexedImage {
  const key = `${spread.id}:${language}:${spread.positions.map((p) => p.name[language]).join('|')}`;
  const cached = backdrops.get(key);
  if (cached) return cached;
  const { layout, labelled, width, height, scale, origin } = geometry(spread);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, width, height);
  ctx.scale(scale, scale);
  if (labelled) {
    layout.forEach((slot, index) => {
      const position = spread.positions[index];
      if (!position) return;
      const x = origin.x + slot.x;
      const y = origin.y + slot.y;
      const label = slot.label ?? 'under';
      // The crossing card's position is named under the card it crosses, after that card's own.
      const extra = slot.crossedBy === undefined ? undefined : spread.positions[slot.crossedBy];
      if (label === 'under') {
        const names = extra ? [position.name[language], extra.name[language]] : [position.name[language]];
        drawLabel(ctx, names, x, y + CARD_H / 2 + 6, unitX - 8, 'center', extra !== undefined);
      } else if (label === 'right') {
        drawLabel(ctx, [position.name[language]], x + CARD_W / 2 + GAP_X / 2, y - LABEL_LINE, RIGHT_LABEL_W, 'left', false);
      }
    });
  }
  const image = IndexedImage.fromCanvas(canvas, PALETTE, BACKGROUND!);
  backdrops.set(key, image);
  return image;
}

const geometries = new Map<string, ReturnType<typeof measure>>();

/** A spread's picture size (the same for every reading of it) and where its centre lies. */
function geometry(spread: Spread): ReturnType<typeof measure> {
  const key = `${spread.id}:${spread.positions.length}`;
  let found = geometries.get(key);
  if (!found) geometries.set(key, (found = measure(spread)));
  return found;
}

function measure(spread: Spread) {
  const layout = LAYOUTS[spread.id];
  const labelled = spread.positions.length > 1;
  const extent = (s: Slot) => {
    const [hw, hh] = s.angle === 90 ? [CARD_H / 2, CARD_W / 2] : [CARD_W / 2, CARD_H / 2];
    const label = labelled ? (s.label ?? 'under') : 'none';
    return { left: s.x - hw, right: s.x + hw + (label === 'right' ? GAP_X / 2 + RIGHT_LABEL_W : 0), top: s.y - hh, bottom: s.y + hh + (label === 'under' ? LABEL_H : 0) };
  };
  const boxes = layout.map(extent);
  const minX = Math.min(...boxes.map((b) => b.left));
  const minY = Math.min(...boxes.map((b) => b.top));
  // A lone card would be shown small: it is drawn half as large again.
  const scale = layout.length === 1 ? 1.5 : 1;
  const width = Math.ceil((Math.max(...boxes.map((b) => b.right)) - minX + 2 * MARGIN) * scale);
  const height = Math.ceil((Math.max(...boxes.map((b) => b.bottom)) - minY + 2 * MARGIN) * scale);
  return { layout, labelled, width, height, scale, origin: { x: MARGIN - minX, y: MARGIN - minY } };
}

export interface PictureRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where the parts of a position's card lie in its spread's picture, in pixels (for tests): the
 * whole card, its emblem, the name's lines, the reversal tag and the position's label. For the
 * crossing card, only `card`.
 */
export function regions(spread: Spread, index: number): { card: PictureRect; emblem: PictureRect; name: PictureRect; tag: PictureRect; label?: PictureRect } {
  const { layout, labelled, scale, origin } = geometry(spread);
  const slot = layout[index]!;
  const x = origin.x + slot.x;
  const y = origin.y + slot.y;
  const px = (left: number, top: number, right: number, bottom: number): PictureRect => ({
    left: Math.floor((x + left) * scale),
    top: Math.floor((y + top) * scale),
    right: Math.ceil((x + right) * scale),
    bottom: Math.ceil((y + bottom) * scale),
  });
  const [hw, hh] = slot.angle === 90 ? [CARD_H / 2, CARD_W / 2] : [CARD_W / 2, CARD_H / 2];
  // Inside the face, clear of its rounded corners (whose colour is the frame's).
  const inner = hw - BORDER - 8;
  const nameTop = CARD_H / 2 - BORDER - NAME_BAND;
  const tagTop = nameTop + 4 + 2 * NAME_LINE;
  const label = !labelled || slot.label === 'none' ? undefined : slot.label === 'right' ? px(hw + GAP_X / 2, -LABEL_LINE, hw + GAP_X / 2 + RIGHT_LABEL_W, 2 * LABEL_LINE) : px(-unitX / 2, hh, unitX / 2, hh + LABEL_H);
  return {
    card: px(-hw, -hh, hw, hh),
    emblem: px(-inner, -CARD_H / 2 + BORDER + NUMBER_BAND, inner, nameTop),
    name: px(-inner, nameTop + 2, inner, tagTop),
    tag: px(-inner, tagTop, inner, CARD_H / 2 - BORDER),
    ...(label ? { label } : {}),
  };
}

/**
 * Draws every spread's backdrop and every upright and reversed card face in both languages ahead
 * of the first reading, a few per turn of the event loop so nothing waits on it: otherwise the
 * first readings after a start draw them.
 */
export async function prepareSpreadPictures(): Promise<void> {
  const work: (() => unknown)[] = [];
  for (const language of ['en', 'ru'] as const) {
    for (const spread of SPREADS) work.push(() => backdrop(spread, language));
    for (const card of DECK) for (const reversed of [false, true]) work.push(() => face(card, reversed, language, false, 1));
  }
  for (let i = 0; i < work.length; i += 2) {
    await new Promise((resolve) => setImmediate(resolve));
    for (const draw of work.slice(i, i + 2)) draw();
  }
}

// ---------------------------------------------------------------- faces

const font = (weight: 'bold' | 'normal' | 'italic' | 'bold italic', size: number) => `${weight === 'normal' ? '' : `${weight} `}${size}px "${FAMILY}"`;

/** The number printed on a face: a Roman numeral for the majors (0 for the Fool), the pip count for the minors; court cards show their crown instead. */
function cardNumber(card: TarotCard): string | undefined {
  if (card.arcana === 'major') return card.number === 0 ? '0' : roman(card.number);
  return card.number <= 10 ? String(card.number) : undefined;
}

function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, text] of [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']] as const) {
    while (rest >= value) {
      out += text;
      rest -= value;
    }
  }
  return out;
}

function frame(ctx: SKRSContext2D, card: TarotCard, w: number, h: number): void {
  ctx.fillStyle = COLORS.frame[card.suit ?? 'major'];
  ctx.beginPath();
  ctx.roundRect(-w / 2, -h / 2, w, h, 12);
  ctx.fill();
  ctx.fillStyle = COLORS.face;
  ctx.beginPath();
  ctx.roundRect(-w / 2 + BORDER, -h / 2 + BORDER, w - 2 * BORDER, h - 2 * BORDER, 8);
  ctx.fill();
}

/** A portrait face centred on (x, y): number at the top, emblem, then the name and the reversal tag. */
function drawFace(ctx: SKRSContext2D, card: TarotCard, reversed: boolean, language: Language, x: number, y: number): void {
  ctx.save();
  ctx.translate(x, y);
  frame(ctx, card, CARD_W, CARD_H);
  const top = -CARD_H / 2 + BORDER;
  const nameTop = CARD_H / 2 - BORDER - NAME_BAND;
  // A thin rule between the emblem and the text.
  ctx.fillStyle = COLORS.frame[card.suit ?? 'major'];
  ctx.fillRect(-CARD_W / 2 + BORDER + 10, nameTop, CARD_W - 2 * BORDER - 20, 2);
  ctx.save();
  ctx.translate(0, (top + NUMBER_BAND + nameTop) / 2);
  if (reversed) ctx.rotate(Math.PI);
  emblem(ctx, card);
  ctx.restore();
  drawText(ctx, card, reversed, language, 0, top, nameTop, CARD_W - 2 * BORDER - 14);
  ctx.restore();
}

/** The crossing card, lying across: its emblem turned a quarter (three quarters if reversed), its text horizontal on the right. */
function drawLyingFace(ctx: SKRSContext2D, card: TarotCard, reversed: boolean, language: Language, x: number, y: number): void {
  ctx.save();
  ctx.translate(x, y);
  frame(ctx, card, CARD_H, CARD_W);
  const emblemW = 104;
  const left = -CARD_H / 2 + BORDER;
  ctx.fillStyle = COLORS.frame[card.suit ?? 'major'];
  ctx.fillRect(left + emblemW, -CARD_W / 2 + BORDER + 10, 2, CARD_W - 2 * BORDER - 20);
  ctx.save();
  ctx.translate(left + emblemW / 2, 0);
  ctx.rotate(reversed ? -Math.PI / 2 : Math.PI / 2);
  ctx.scale(0.62, 0.62);
  emblem(ctx, card);
  ctx.restore();
  const textX = (left + emblemW + CARD_H / 2 - BORDER) / 2;
  const textW = CARD_H / 2 - BORDER - (left + emblemW) - 10;
  const top = -CARD_W / 2 + BORDER - 4;
  drawText(ctx, card, reversed, language, textX, top, top + NUMBER_BAND, textW);
  ctx.restore();
}

/** The number (in its band from `top`) and, from `nameTop`, the name on up to two lines and the reversal tag. */
function drawText(ctx: SKRSContext2D, card: TarotCard, reversed: boolean, language: Language, cx: number, top: number, nameTop: number, width: number): void {
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = COLORS.ink;
  const number = cardNumber(card);
  if (number) {
    ctx.font = font('bold', NUMBER_FONT);
    ctx.fillText(number, cx, top + NUMBER_BAND - 8);
  }
  const fit = fitLines(ctx, card.text[language].name, 'bold', NAME_FONT, NAME_FONT_MIN, width, 2);
  ctx.font = font('bold', fit.size);
  // One line sits in the middle of the two lines' room.
  const first = nameTop + 4 + NAME_LINE - 6 + (fit.lines.length === 1 ? NAME_LINE / 2 : 0);
  fit.lines.forEach((line, i) => fillCondensed(ctx, line, cx, first + i * NAME_LINE, fit.squeeze));
  if (!reversed) return;
  const tag = REVERSED[language](card);
  ctx.font = font('bold italic', TAG_FONT);
  const tagW = ctx.measureText(tag).width;
  const baseline = nameTop + 4 + 2 * NAME_LINE + TAG_FONT - 2;
  ctx.fillStyle = COLORS.reversed;
  // A small arrow pointing down, then the word.
  const ax = cx - (tagW + 14) / 2;
  ctx.beginPath();
  ctx.moveTo(ax, baseline - 11);
  ctx.lineTo(ax + 10, baseline - 11);
  ctx.lineTo(ax + 5, baseline - 1);
  ctx.closePath();
  ctx.fill();
  ctx.textAlign = 'left';
  ctx.fillText(tag, ax + 14, baseline);
  ctx.textAlign = 'center';
}

/** Position labels: each name on its own line(s), centred under a card or left-aligned beside it. The second name (the crossing card's) gets a small mark of a card lying across. */
function drawLabel(ctx: SKRSContext2D, names: string[], x: number, top: number, width: number, align: 'center' | 'left', crossMark: boolean): void {
  ctx.fillStyle = COLORS.label;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = align;
  const lines: { text: string; size: number; squeeze: number; mark: boolean }[] = [];
  if (names.length === 1) {
    const fit = fitLines(ctx, names[0]!, 'italic', LABEL_FONT, 15, width, 2);
    for (const text of fit.lines) lines.push({ text, size: fit.size, squeeze: fit.squeeze, mark: false });
  } else {
    names.forEach((name, i) => {
      const fit = fitLines(ctx, name, 'italic', LABEL_FONT, 14, width - (crossMark && i > 0 ? 22 : 0), 1);
      lines.push({ text: fit.lines[0]!, size: fit.size, squeeze: fit.squeeze, mark: crossMark && i > 0 });
    });
  }
  lines.forEach((line, i) => {
    const baseline = top + LABEL_LINE * (i + 1) - 4;
    ctx.font = font('italic', line.size);
    if (!line.mark) return fillCondensed(ctx, line.text, x, baseline, line.squeeze);
    const textW = ctx.measureText(line.text).width * line.squeeze;
    const left = align === 'center' ? x - (textW + 22) / 2 : x;
    ctx.strokeStyle = COLORS.label;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(left + 1, baseline - 12, 16, 9);
    ctx.textAlign = 'left';
    fillCondensed(ctx, line.text, left + 22, baseline, line.squeeze);
    ctx.textAlign = align;
  });
}

/** Draws text narrowed horizontally by `squeeze` (1 = as designed) around its alignment point. */
function fillCondensed(ctx: SKRSContext2D, text: string, x: number, y: number, squeeze: number): void {
  if (squeeze >= 1) return ctx.fillText(text, x, y);
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(squeeze, 1);
  ctx.fillText(text, 0, 0);
  ctx.restore();
}

/**
 * Splits `text` into at most `maxLines` lines at spaces (two lines as even as they can be) at the
 * largest size from `size` down to `min` whose widest line fits `width`, or fits once narrowed by
 * at most a fifth; at `min` it is narrowed as much as it needs.
 */
function fitLines(ctx: SKRSContext2D, text: string, weight: 'bold' | 'italic', size: number, min: number, width: number, maxLines: 1 | 2): { lines: string[]; size: number; squeeze: number } {
  const words = text.split(' ');
  const splits: string[][] = [[text]];
  if (maxLines === 2) for (let i = 1; i < words.length; i++) splits.push([words.slice(0, i).join(' '), words.slice(i).join(' ')]);
  for (let s = size; s >= min; s--) {
    ctx.font = font(weight, s);
    let best: { lines: string[]; widest: number } | undefined;
    for (const lines of splits) {
      const widest = Math.max(...lines.map((l) => ctx.measureText(l).width));
      // One line is preferred whenever it fits.
      if (lines.length === 1 && widest <= width) return { lines, size: s, squeeze: 1 };
      if (!best || widest < best.widest) best = { lines, widest };
    }
    if (best!.widest <= width) return { lines: best!.lines, size: s, squeeze: 1 };
    if (best!.widest * 0.8 <= width || s === min) return { lines: best!.lines, size: s, squeeze: width / best!.widest };
  }
  throw new Error('unreachable');
}

// ---------------------------------------------------------------- emblems (drawn around 0, 0)

function emblem(ctx: SKRSContext2D, card: TarotCard): void {
  if (card.arcana === 'major') {
    star(ctx, 0, 0, 40, 16, 8, COLORS.gold);
    circle(ctx, 0, 0, 11, COLORS.face);
    circle(ctx, 0, 0, 5, COLORS.frame.major);
    return;
  }
  const suit = card.suit!;
  if (card.number <= 10) {
    for (const [x, y] of pipSpots(card.number)) pip(ctx, suit, x, y, card.number === 1 ? 2 : 0.95);
  } else {
    crown(ctx, card.number - 10, -52);
    pip(ctx, suit, 0, 18, 1.7);
  }
  // An orientation mark: a small triangle pointing up under the emblem (down on a reversed card).
  if (card.arcana === 'minor') polygon(ctx, [[0, 62], [-6, 70], [6, 70]], COLORS.frame[suit]);
}

/** Pip centres for 1–10, in two columns (and the middle for odd counts). */
function pipSpots(n: number): [number, number][] {
  if (n === 1) return [[0, 0]];
  const pairs = Math.floor(n / 2);
  const spots: [number, number][] = [];
  for (let i = 0; i < pairs; i++) {
    const y = pairs === 1 ? 0 : -50 + (100 * i) / (pairs - 1);
    spots.push([-28, y], [28, y]);
  }
  if (n % 2 === 1) spots.push([0, 0]);
  return spots;
}

function circle(ctx: SKRSContext2D, x: number, y: number, r: number, color: string): void {
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.fill();
}

function polygon(ctx: SKRSContext2D, points: [number, number][], color: string): void {
  ctx.fillStyle = color;
  ctx.beginPath();
  points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  ctx.closePath();
  ctx.fill();
}

function star(ctx: SKRSContext2D, x: number, y: number, outer: number, inner: number, points: number, color: string): void {
  const spots: [number, number][] = [];
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (Math.PI * i) / points;
    spots.push([x + r * Math.cos(a), y + r * Math.sin(a)]);
  }
  polygon(ctx, spots, color);
}

function pip(ctx: SKRSContext2D, suit: Suit, x: number, y: number, scale: number): void {
  const s = (v: number) => v * scale;
  const ink = COLORS.frame[suit];
  switch (suit) {
    case 'wands':
      ctx.fillStyle = ink;
      ctx.beginPath();
      ctx.roundRect(x - s(2.5), y - s(14), s(5), s(28), s(2));
      ctx.fill();
      circle(ctx, x, y - s(14), s(3.5), COLORS.gold);
      polygon(ctx, [[x - s(7), y - s(3)], [x, y - s(8)], [x + s(7), y - s(3)]], '#5a9646');
      break;
    case 'cups':
      polygon(ctx, [[x - s(10), y - s(12)], [x + s(10), y - s(12)], [x + s(6), y], [x - s(6), y]], ink);
      ctx.fillRect(x - s(1.5), y, s(3), s(8));
      ctx.fillRect(x - s(7), y + s(8), s(14), s(3));
      break;
    case 'swords':
      polygon(ctx, [[x, y - s(16)], [x + s(3), y - s(12)], [x + s(3), y + s(6)], [x - s(3), y + s(6)], [x - s(3), y - s(12)]], ink);
      ctx.fillStyle = COLORS.gold;
      ctx.fillRect(x - s(9), y + s(6), s(18), s(3));
      ctx.fillStyle = COLORS.ink;
      ctx.fillRect(x - s(1.5), y + s(9), s(3), s(7));
      break;
    case 'pentacles':
      circle(ctx, x, y, s(12), COLORS.gold);
      circle(ctx, x, y, s(9.5), COLORS.face);
      star(ctx, x, y, s(8.5), s(3.5), 5, ink);
      break;
  }
}

/** Court cards: a crown with 1 (page) to 4 (king) points. */
function crown(ctx: SKRSContext2D, points: number, y: number): void {
  const width = 20 + points * 12;
  const tips: [number, number][] = [];
  for (let i = 0; i <= points * 2; i++) tips.push([width / 2 - (width * i) / (points * 2), i % 2 === 0 ? y + 2 : y - 12]);
  polygon(ctx, [[-width / 2, y + 16], [width / 2, y + 16], ...tips], COLORS.gold);
  ctx.fillRect(-width / 2, y + 16, width, 6);
}
