import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';
import type { Canvas } from '@napi-rs/canvas';

const deflateAsync = promisify(deflate);

export type Rgb = readonly [number, number, number];

/** The index a layer uses for pixels it does not cover (never a colour of the palette). */
export const TRANSPARENT = 255;

export const hex = (color: string): Rgb => [parseInt(color.slice(1, 3), 16), parseInt(color.slice(3, 5), 16), parseInt(color.slice(5, 7), 16)];

/**
 * A fixed palette of at most 255 colours: the pictures' flat colours and, for each pair of them
 * that meet on a picture (text on a face, a frame's edge on the background…), the blends between
 * them that anti-aliasing makes. Any other colour is mapped to the nearest entry, always the same
 * way, so a picture's pixels depend on nothing but what is drawn.
 */
export class Palette {
  readonly colors: Rgb[] = [];
  private readonly nearest = new Map<number, number>();

  /** `ramps`: [foreground, background, steps between them]. */
  constructor(flat: readonly Rgb[], ramps: readonly [Rgb, Rgb, number][]) {
    const add = (color: Rgb) => {
      const key = (color[0] << 16) | (color[1] << 8) | color[2];
      if (this.nearest.has(key)) return;
      this.nearest.set(key, this.colors.length);
      this.colors.push(color);
    };
    flat.forEach(add);
    for (const [fg, bg, steps] of ramps) {
      for (let i = 1; i <= steps; i++) {
        const t = i / (steps + 1);
        add([0, 1, 2].map((c) => Math.round(fg[c]! * t + bg[c]! * (1 - t))) as unknown as Rgb);
      }
    }
    if (this.colors.length > 255) throw new Error(`a palette holds at most 255 colours, not ${this.colors.length}`);
  }

  index(r: number, g: number, b: number): number {
    const key = (r << 16) | (g << 8) | b;
    let found = this.nearest.get(key);
    if (found !== undefined) return found;
    let best = Infinity;
    found = 0;
    this.colors.forEach(([pr, pg, pb], i) => {
      // Weighted towards green, as the eye is.
      const d = 2 * (pr - r) ** 2 + 4 * (pg - g) ** 2 + 3 * (pb - b) ** 2;
      if (d < best) [best, found] = [d, i];
    });
    this.nearest.set(key, found);
    return found;
  }
}

/**
 * A picture (or a part of one) in palette indices, rows as PNG stores them: a filter byte (0),
 * then one index per pixel. Parts drawn once (card faces, a spread's labels) are copied into a
 * picture, and the picture is one deflate away from a PNG.
 */
export class IndexedImage {
  readonly stride: number;
  readonly pixels: Buffer;
  /** Per row, [start, end) pairs of covered pixels: computed once, for copying. */
  private runs?: number[][];

  constructor(
    readonly width: number,
    readonly height: number,
    fill: number,
  ) {
    this.stride = width + 1;
    this.pixels = Buffer.alloc(this.stride * height, fill);
    for (let y = 0; y < height; y++) this.pixels[y * this.stride] = 0;
  }

  /** Makes `into` (of the same size; a new image if absent) a copy of this one's pixels, to draw on. */
  copyTo(into?: IndexedImage): IndexedImage {
    const out = into ?? new IndexedImage(this.width, this.height, 0);
    if (out.width !== this.width || out.height !== this.height) throw new Error('copyTo needs an image of the same size');
    this.pixels.copy(out.pixels);
    out.runs = undefined;
    return out;
  }

  /**
   * Reads what a canvas drew into palette indices. Pixels left clear become TRANSPARENT; partly
   * covered ones are taken over `under` (what they will be laid on).
   */
  static fromCanvas(canvas: Canvas, palette: Palette, under: Rgb): IndexedImage {
    const { width, height } = canvas;
    const data = canvas.getContext('2d').getImageData(0, 0, width, height).data;
    const image = new IndexedImage(width, height, TRANSPARENT);
    // Neighbouring pixels are mostly alike: the last pixel's index is kept and reused.
    const words = new Uint32Array(data.buffer, data.byteOffset, width * height);
    let lastWord = -1;
    let lastIndex = TRANSPARENT;
    for (let y = 0; y < height; y++) {
      const row = y * image.stride + 1;
      for (let x = 0; x < width; x++) {
        const word = words[y * width + x]!;
        if (word !== lastWord) {
          lastWord = word;
          const i = (y * width + x) * 4;
          const a = data[i + 3]!;
          const over = (c: number) => Math.round((data[i + c]! * a + under[c]! * (255 - a)) / 255);
          lastIndex = a === 0 ? TRANSPARENT : palette.index(over(0), over(1), over(2));
        }
        image.pixels[row + x] = lastIndex;
      }
    }
    return image;
  }

  /** Copies `src` with its top-left at (x, y), skipping its TRANSPARENT pixels: one copy per run. */
  blit(src: IndexedImage, x: number, y: number): void {
    const runs = src.opaqueRuns();
    for (let sy = 0; sy < src.height; sy++) {
      const ty = y + sy;
      if (ty < 0 || ty >= this.height) continue;
      const row = runs[sy]!;
      for (let i = 0; i < row.length; i += 2) {
        const from = Math.max(row[i]!, -x);
        const to = Math.min(row[i + 1]!, this.width - x);
        if (from < to) src.pixels.copy(this.pixels, ty * this.stride + 1 + x + from, sy * src.stride + 1 + from, sy * src.stride + 1 + to);
      }
    }
  }

  private opaqueRuns(): number[][] {
    if (this.runs) return this.runs;
    const rows: number[][] = [];
    for (let y = 0; y < this.height; y++) {
      const row: number[] = [];
      let start = -1;
      for (let x = 0; x <= this.width; x++) {
        const covered = x < this.width && this.pixels[y * this.stride + 1 + x] !== TRANSPARENT;
        if (covered && start < 0) start = x;
        if (!covered && start >= 0) {
          row.push(start, x);
          start = -1;
        }
      }
      rows.push(row);
    }
    this.runs = rows;
    return rows;
  }

  /** An 8-bit palette PNG; the compression runs on libuv's thread pool, off the event loop. */
  async png(palette: Palette, level = 6): Promise<Buffer> {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.set([8, 3, 0, 0, 0], 8); // 8-bit palette indices, no interlace
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('PLTE', Buffer.from(palette.colors.flat())),
      chunk('IDAT', await deflateAsync(this.pixels, { level })),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0, 0);
  return Buffer.concat([length, body, crc]);
}
