import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);

export type Rgb = readonly [number, number, number];
export type Point = readonly [number, number];

/** Maps local drawing coordinates to image pixels (translate, then rotate about the origin). */
export interface Transform {
  x: number;
  y: number;
  /** Degrees, clockwise. */
  angle: number;
}

const identity: Transform = { x: 0, y: 0, angle: 0 };

/** The colours a family of rasters shares (at most 256), each an index into the list. */
export class Palette {
  readonly colors: Rgb[] = [];
  private readonly indices = new Map<string, number>();

  index(color: Rgb): number {
    const key = color.join(',');
    let index = this.indices.get(key);
    if (index === undefined) {
      if (this.colors.length === 256) throw new Error('a palette holds at most 256 colours');
      index = this.colors.length;
      this.colors.push(color);
      this.indices.set(key, index);
    }
    return index;
  }
}

/**
 * A tiny indexed-colour raster with filled polygons, which is all our card pictures need
 * (rectangles, circles, strokes and stars are polygons, drawn without anti-aliasing in a few flat
 * colours), and a PNG encoder over node:zlib. Each row is stored as PNG wants it (a filter byte,
 * then one palette index per pixel), so encoding is a single deflate of the pixel buffer.
 */
export class Raster {
  /** Rows of `stride` bytes: the PNG filter byte (0), then `width` palette indices. */
  readonly pixels: Buffer;
  readonly stride: number;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
    readonly palette = new Palette(),
  ) {
    this.stride = width + 1;
    this.pixels = Buffer.allocUnsafe(this.stride * height);
    this.clear(background);
  }

  /** Paints the whole raster `background` again (to draw it anew); returns it. */
  clear(background: Rgb): this {
    this.pixels.fill(this.palette.index(background));
    for (let y = 0; y < this.height; y++) this.pixels[y * this.stride] = 0;
    return this;
  }

  /** The palette index at (x, y). */
  at(x: number, y: number): number {
    return this.pixels[y * this.stride + 1 + x]!;
  }

  /** Fills a polygon (even-odd rule) given in local coordinates under `transform`. */
  polygon(points: readonly Point[], color: Rgb, transform: Transform = identity): void {
    const index = this.palette.index(color);
    const rad = (transform.angle * Math.PI) / 180;
    const cos = Math.cos(rad);
    const sin = Math.sin(rad);
    const pts = points.map(([x, y]) => [transform.x + x * cos - y * sin, transform.y + x * sin + y * cos] as const);
    const minY = Math.max(0, Math.floor(Math.min(...pts.map((p) => p[1]))));
    const maxY = Math.min(this.height - 1, Math.ceil(Math.max(...pts.map((p) => p[1]))));
    for (let y = minY; y <= maxY; y++) {
      const scan = y + 0.5;
      const crossings: number[] = [];
      for (let i = 0; i < pts.length; i++) {
        const [x1, y1] = pts[i]!;
        const [x2, y2] = pts[(i + 1) % pts.length]!;
        if (y1 <= scan !== y2 <= scan) crossings.push(x1 + ((scan - y1) / (y2 - y1)) * (x2 - x1));
      }
      crossings.sort((a, b) => a - b);
      const row = y * this.stride + 1;
      for (let i = 0; i + 1 < crossings.length; i += 2) {
        const from = Math.max(0, Math.round(crossings[i]!));
        const to = Math.min(this.width, Math.round(crossings[i + 1]!));
        if (from < to) this.pixels.fill(index, row + from, row + to);
      }
    }
  }

  rect(x: number, y: number, w: number, h: number, color: Rgb, transform?: Transform): void {
    this.polygon([[x, y], [x + w, y], [x + w, y + h], [x, y + h]], color, transform);
  }

  roundedRect(x: number, y: number, w: number, h: number, r: number, color: Rgb, transform?: Transform): void {
    const points: Point[] = [];
    const corners: [number, number, number][] = [[x + w - r, y + r, -90], [x + w - r, y + h - r, 0], [x + r, y + h - r, 90], [x + r, y + r, 180]];
    for (const [cx, cy, start] of corners) {
      for (let a = 0; a <= 90; a += 15) {
        const rad = ((start + a) * Math.PI) / 180;
        points.push([cx + r * Math.cos(rad), cy + r * Math.sin(rad)]);
      }
    }
    this.polygon(points, color, transform);
  }

  circle(cx: number, cy: number, r: number, color: Rgb, transform?: Transform): void {
    this.polygon(regular(cx, cy, r, 28, 0), color, transform);
  }

  /** A straight stroke of the given width. */
  line(x1: number, y1: number, x2: number, y2: number, width: number, color: Rgb, transform?: Transform): void {
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    const nx = (-(y2 - y1) / len) * (width / 2);
    const ny = ((x2 - x1) / len) * (width / 2);
    this.polygon([[x1 + nx, y1 + ny], [x2 + nx, y2 + ny], [x2 - nx, y2 - ny], [x1 - nx, y1 - ny]], color, transform);
  }

  star(cx: number, cy: number, outer: number, inner: number, points: number, color: Rgb, transform?: Transform): void {
    const vertices: Point[] = [];
    for (let i = 0; i < points * 2; i++) {
      const r = i % 2 === 0 ? outer : inner;
      const a = (Math.PI * i) / points - Math.PI / 2;
      vertices.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
    }
    this.polygon(vertices, color, transform);
  }

  /** A copy turned by a multiple of 90° clockwise (same palette). */
  turned(turns: 0 | 1 | 2 | 3): Raster {
    const w = turns % 2 === 0 ? this.width : this.height;
    const h = turns % 2 === 0 ? this.height : this.width;
    const out = new Raster(w, h, this.palette.colors[0]!, this.palette);
    for (let dy = 0; dy < h; dy++) {
      for (let dx = 0; dx < w; dx++) {
        // Source pixel for this destination pixel under the rotation.
        const sx = turns === 0 ? dx : turns === 1 ? dy : turns === 2 ? this.width - 1 - dx : this.width - 1 - dy;
        const sy = turns === 0 ? dy : turns === 1 ? this.height - 1 - dx : turns === 2 ? this.height - 1 - dy : dx;
        out.pixels[dy * out.stride + 1 + dx] = this.at(sx, sy);
      }
    }
    return out;
  }

  /**
   * Copies `src` (drawn with the same palette) with its top-left at (x, y), skipping pixels of the
   * `transparent` colour (so rounded corners stay see-through): one copy per run of opaque pixels.
   */
  blit(src: Raster, x: number, y: number, transparent: Rgb): void {
    if (src.palette !== this.palette) throw new Error('blit needs rasters that share a palette');
    const runs = src.opaqueRuns(this.palette.index(transparent));
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

  private runs?: { transparent: number; rows: number[][] };

  /** Per row, the [start, end) pairs of pixels not of the `transparent` index (kept for the next call). */
  private opaqueRuns(transparent: number): number[][] {
    if (this.runs?.transparent === transparent) return this.runs.rows;
    const rows: number[][] = [];
    for (let y = 0; y < this.height; y++) {
      const row: number[] = [];
      let start = -1;
      for (let x = 0; x <= this.width; x++) {
        const opaque = x < this.width && this.at(x, y) !== transparent;
        if (opaque && start < 0) start = x;
        if (!opaque && start >= 0) {
          row.push(start, x);
          start = -1;
        }
      }
      rows.push(row);
    }
    this.runs = { transparent, rows };
    return rows;
  }

  /** Encodes as an 8-bit palette PNG; the compression runs on libuv's thread pool, off the event loop. */
  async png(level = 6): Promise<Buffer> {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.set([8, 3, 0, 0, 0], 8); // 8-bit palette indices, no interlace
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('PLTE', Buffer.from(this.palette.colors.flat())),
      chunk('IDAT', await deflateAsync(this.pixels, { level })),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
}

export function regular(cx: number, cy: number, r: number, sides: number, rotation: number): Point[] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (2 * Math.PI * i) / sides;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as const;
  });
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0, 0);
  return Buffer.concat([length, body, crc]);
}
