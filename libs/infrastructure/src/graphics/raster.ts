import { crc32, deflateSync } from 'node:zlib';

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

/**
 * A tiny RGB raster with filled polygons, which is all our card pictures need (rectangles,
 * circles, strokes and stars are polygons), and a PNG encoder over node:zlib.
 */
export class Raster {
  readonly pixels: Buffer;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = Buffer.alloc(width * height * 3);
    // One pixel, then double the filled span until the buffer is full.
    this.pixels.set(background, 0);
    for (let filled = 3; filled < this.pixels.length; filled *= 2) this.pixels.copyWithin(filled, 0, Math.min(filled, this.pixels.length - filled));
  }

  /** Fills a polygon (even-odd rule) given in local coordinates under `transform`. */
  polygon(points: readonly Point[], color: Rgb, transform: Transform = identity): void {
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
      for (let i = 0; i + 1 < crossings.length; i += 2) {
        const from = Math.max(0, Math.round(crossings[i]!));
        const to = Math.min(this.width, Math.round(crossings[i + 1]!));
        for (let x = from; x < to; x++) this.pixels.set(color, (y * this.width + x) * 3);
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

  /**
   * Copies `src` with its top-left at (x, y), turned by a multiple of 90° clockwise, skipping
   * pixels of the `transparent` colour (so rounded corners stay see-through).
   */
  blit(src: Raster, x: number, y: number, turns: 0 | 1 | 2 | 3, transparent: Rgb): void {
    const w = turns % 2 === 0 ? src.width : src.height;
    const h = turns % 2 === 0 ? src.height : src.width;
    for (let dy = 0; dy < h; dy++) {
      const ty = y + dy;
      if (ty < 0 || ty >= this.height) continue;
      for (let dx = 0; dx < w; dx++) {
        const tx = x + dx;
        if (tx < 0 || tx >= this.width) continue;
        // Source pixel for this destination pixel under the rotation.
        const [sx, sy] =
          turns === 0 ? [dx, dy] : turns === 1 ? [dy, src.height - 1 - dx] : turns === 2 ? [src.width - 1 - dx, src.height - 1 - dy] : [src.width - 1 - dy, dx];
        const from = (sy * src.width + sx) * 3;
        const r = src.pixels[from]!;
        const g = src.pixels[from + 1]!;
        const b = src.pixels[from + 2]!;
        if (r === transparent[0] && g === transparent[1] && b === transparent[2]) continue;
        const to = (ty * this.width + tx) * 3;
        this.pixels[to] = r;
        this.pixels[to + 1] = g;
        this.pixels[to + 2] = b;
      }
    }
  }

  png(level = 6): Buffer {
    const rowLength = this.width * 3 + 1;
    const raw = Buffer.alloc(rowLength * this.height);
    for (let y = 0; y < this.height; y++) this.pixels.copy(raw, y * rowLength + 1, y * this.width * 3, (y + 1) * this.width * 3);
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw, { level })),
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
