import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';

/**
 * A local stand-in for "a website with a video on it", for yt-dlp's generic extractor and ffmpeg:
 * plain Node `http` on 127.0.0.1, a random free port, every request logged.
 *
 * | route | what |
 * |---|---|
 * | `/media/<file>` | static file from `root`: Content-Type by extension, Content-Length, Last-Modified, HEAD, `Range` (206/416) |
 * | `/page/<file>[?title=…]` | HTML page with `<video src="/media/<file>">`, `<title>`, og:title, og:image → `/media/thumb.jpg` |
 * | `/playlist[?files=a.mp4,b.webm]` | HTML page with two (or the listed) `<video>` elements: yt-dlp reports `_type: "playlist"` |
 * | `/live.m3u8` | live HLS media playlist (sliding window of 2 s segments, no `#EXT-X-ENDLIST`) |
 * | `/live/<n>.ts` | every live segment: `root/live-segment.ts` |
 * | `/status/<code>` | answers with that status (200–599) |
 * | `/stall/<file>` | 200 with the real Content-Length, sends `stallAfterBytes`, then nothing until close() |
 * | `/redirect?to=<url-encoded>` | 302 to `to` |
 * | `/refresh?to=<url-encoded>` | HTML page whose `<meta http-equiv="refresh">` sends the browser (and yt-dlp's generic extractor) to `to` |
 * | `/big/<file>[?bytes=n][&fill=zero]` | declares `bigBytes` (default 200 MB) and streams the file's bytes (at most its first 16 MiB) over and over, or the file once then zeros, made lazily; ranges work |
 * | `/big-unknown/<file>[?bytes=n][&fill=zero]` | the same without Content-Length (chunked), up to `bigUnknownBytes` (default 64 GiB) |
 *
 * Over a repeated MP4, ffprobe/ffmpeg walk every copy's top-level boxes (one range request each);
 * `fill=zero` ends the box list after the first copy (a zero-size box runs to the end of the file).
 */

export interface MediaRequest {
  method: string;
  /** Path with query string, as requested. */
  path: string;
  headers: http.IncomingHttpHeaders;
  /** Status sent (0 until the headers go out). */
  status: number;
  /** Body bytes handed to the socket so far (what the client got, plus at most the socket buffers). */
  bytesSent: number;
  /** True once the whole response was sent; false while running or when the client went away first. */
  completed: boolean;
  /** True once the response is over, either way (sent in full, or the connection went away). */
  closed: boolean;
}

export interface MediaServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Absolute URL for a server path: `url('/media/clip.mp4')`. */
  url(pathAndQuery: string): string;
  /** Every request, in arrival order. */
  requests: MediaRequest[];
  /** The requests whose path starts with `pathPrefix`. */
  requestsFor(pathPrefix: string): MediaRequest[];
  /**
   * Points `/alias/<name>` at another route (`'/media/clip.mp4'`, `'/stall/clip.mp4'`, …): a site
   * that changes between the preview and the download.
   */
  alias(name: string, target: string): void;
  /** Destroys open sockets (stalled and streaming responses included) and stops listening. */
  close(): Promise<void>;
}

export interface MediaServerOptions {
  /** Declared and streamed size of `/big/<file>`; default 200 MB. */
  bigBytes?: number;
  /** How much `/big-unknown/<file>` sends before ending; default 64 GiB ("forever" for a test). */
  bigUnknownBytes?: number;
  /** How much `/stall/<file>` sends before stalling; default 4 KiB. */
  stallAfterBytes?: number;
  /** Seconds per live HLS segment; default 2 (the length of live-segment.ts). */
  liveSegmentSeconds?: number;
}

const CONTENT_TYPES: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.webm': 'video/webm',
  '.mkv': 'video/x-matroska',
  '.mov': 'video/quicktime',
  '.ts': 'video/mp2t',
  '.m4a': 'audio/mp4',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.flac': 'audio/flac',
  '.aac': 'audio/aac',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.mpd': 'application/dash+xml',
  '.m4s': 'video/iso.segment',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type Range = { start: number; end: number } | 'unsatisfiable' | undefined;

/** The first range of a `bytes=` header, clamped to `size` (end inclusive); undefined when absent or not bytes. */
function parseRange(header: string | undefined, size: number): Range {
  if (!header) return undefined;
  const m = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*(?:,|$)/.exec(header.trim());
  if (!m) return undefined;
  const [, from, to] = m;
  if (from === '' && to === '') return undefined;
  let start: number;
  let end: number;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(from);
    end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}

const ZEROS = Buffer.alloc(64 * 1024);
/** At most this much of a file is held in memory as the `/big` pattern. */
const PATTERN_LIMIT = 16 * 1024 * 1024;

/**
 * Bytes `start` to `end` (exclusive) of `pattern` repeated forever (or, with `zeroFill`, of
 * `pattern` followed by zeros), made as they are read: nothing larger than 64 KiB is ever buffered.
 */
function padded(pattern: Buffer, start: number, end: number, zeroFill = false): Readable {
  let position = start;
  return new Readable({
    highWaterMark: 256 * 1024,
    read() {
      while (position < end) {
        let chunk: Buffer;
        if (zeroFill && position >= pattern.length) {
          chunk = ZEROS.subarray(0, Math.min(ZEROS.length, end - position));
        } else {
          const offset = position % pattern.length;
          chunk = pattern.subarray(offset, offset + Math.min(pattern.length - offset, end - position, 64 * 1024));
        }
        position += chunk.length;
        if (!this.push(chunk)) return;
      }
      this.push(null);
    },
  });
}

export async function startMediaServer(root: string, options: MediaServerOptions = {}): Promise<MediaServer> {
  const rootDir = path.resolve(root);
  const bigBytes = options.bigBytes ?? 200 * 1024 * 1024;
  const bigUnknownBytes = options.bigUnknownBytes ?? 64 * 1024 ** 3;
  const stallAfterBytes = options.stallAfterBytes ?? 4096;
  const segmentSeconds = options.liveSegmentSeconds ?? 2;
  const liveStartedAt = Date.now();
  const requests: MediaRequest[] = [];
  const sockets = new Set<Socket>();
  const patterns = new Map<string, Promise<Buffer>>();
  let origin = '';

  /** A file under root, or undefined when the name escapes root or the file does not exist. */
  const resolveFile = async (name: string): Promise<{ file: string; size: number; mtime: Date } | undefined> => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(name);
    } catch {
      return undefined;
    }
    const file = path.resolve(rootDir, decoded);
    if (!file.startsWith(rootDir + path.sep)) return undefined;
    const stat = await fs.stat(file).catch(() => undefined);
    return stat?.isFile() ? { file, size: stat.size, mtime: stat.mtime } : undefined;
  };

  /** The bytes `/big` repeats: the file, or its first PATTERN_LIMIT bytes for a large one. */
  const patternOf = (file: string) => {
    let p = patterns.get(file);
    if (!p) {
      p = (async () => {
        const handle = await fs.open(file, 'r');
        try {
          const buffer = Buffer.alloc(Math.min((await handle.stat()).size, PATTERN_LIMIT));
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
          return buffer.subarray(0, bytesRead);
        } finally {
          await handle.close();
        }
      })();
      patterns.set(file, p);
    }
    return p;
  };

  const text = (res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') => {
    const bodyless = status === 204 || status === 304 || (status >= 100 && status < 200);
    res.writeHead(status, bodyless ? {} : { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    res.end(bodyless || res.req.method === 'HEAD' ? undefined : body);
  };

  const notFound = (res: http.ServerResponse) => text(res, 404, 'not found\n');

  /** Pipes `body` into `res`, counting bytes into the log entry. */
  const stream = (res: http.ServerResponse, entry: MediaRequest, body: Readable) => {
    body.on('data', (chunk: Buffer) => (entry.bytesSent += chunk.length));
    body.on('error', () => res.destroy());
    res.on('close', () => body.destroy());
    body.pipe(res);
  };

  /** Static or padded content of `size` bytes with HEAD and Range support. */
  const sendRanged = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    entry: MediaRequest,
    size: number,
    headers: http.OutgoingHttpHeaders,
    body: (start: number, endInclusive: number) => Readable,
  ) => {
    const range = parseRange(req.headers.range, size);
    if (range === 'unsatisfiable') {
      res.writeHead(416, { 'Content-Range': `bytes */${size}`, 'Accept-Ranges': 'bytes', 'Content-Length': 0 });
      res.end();
      return;
    }
    const start = range?.start ?? 0;
    const end = range?.end ?? size - 1;
    res.writeHead(range ? 206 : 200, {
      ...headers,
      'Accept-Ranges': 'bytes',
      'Content-Length': Math.max(0, end - start + 1),
      ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
    });
    if (req.method === 'HEAD' || size === 0) {
      res.end();
      return;
    }
    stream(res, entry, body(start, end));
  };

  const pageHtml = (title: string, videos: string[]) => {
    const t = escapeHtml(title);
    return [
      '<!DOCTYPE html>',
      '<html lang="en"><head><meta charset="utf-8">',
      `<title>${t}</title>`,
      `<meta property="og:title" content="${t}">`,
      `<meta property="og:type" content="video.other">`,
      `<meta property="og:image" content="${origin}/media/thumb.jpg">`,
      `<meta property="og:description" content="A test page served by the local media server.">`,
      '</head><body>',
      `<h1>${t}</h1>`,
      ...videos.map((v) => `<video controls preload="metadata" poster="/media/thumb.jpg" src="/media/${escapeHtml(encodeURIComponent(v))}"></video>`),
      '</body></html>',
      '',
    ].join('\n');
  };

  const livePlaylist = () => {
    const current = Math.floor((Date.now() - liveStartedAt) / (segmentSeconds * 1000));
    const first = Math.max(0, current - 2);
    const lines = ['#EXTM3U', '#EXT-X-VERSION:3', `#EXT-X-TARGETDURATION:${Math.ceil(segmentSeconds)}`, `#EXT-X-MEDIA-SEQUENCE:${first}`];
    for (let n = first; n <= current; n++) {
      // Every segment is the same file, so each one restarts the timestamps.
      if (n > first) lines.push('#EXT-X-DISCONTINUITY');
      lines.push(`#EXTINF:${segmentSeconds.toFixed(3)},`, `/live/${n}.ts`);
    }
    return lines.join('\n') + '\n';
  };

  const aliases = new Map<string, string>();
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse, entry: MediaRequest) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const p = url.pathname;
    let m: RegExpExecArray | null;

    if ((m = /^\/media\/(.+)$/.exec(p))) {
      const found = await resolveFile(m[1]);
      if (!found) return notFound(res);
      const headers = { 'Content-Type': contentTypeOf(found.file), 'Last-Modified': found.mtime.toUTCString() };
      return sendRanged(req, res, entry, found.size, headers, (start, end) => createReadStream(found.file, { start, end }));
    }

    if ((m = /^\/page\/(.+)$/.exec(p))) {
      const found = await resolveFile(m[1]);
      if (!found) return notFound(res);
      const name = path.relative(rootDir, found.file);
      return text(res, 200, pageHtml(url.searchParams.get('title') ?? `Test page for ${name}`, [name]), 'text/html; charset=utf-8');
    }

    if (p === '/playlist') {
      const files = (url.searchParams.get('files') ?? 'clip.mp4,clip.webm').split(',').filter(Boolean);
      for (const f of files) if (!(await resolveFile(f))) return notFound(res);
      return text(res, 200, pageHtml(url.searchParams.get('title') ?? 'Test playlist', files), 'text/html; charset=utf-8');
    }

    if (p === '/live.m3u8') {
      res.setHeader('Cache-Control', 'no-cache');
      return text(res, 200, livePlaylist(), 'application/vnd.apple.mpegurl');
    }

    if ((m = /^\/live\/(\d+)\.ts$/.exec(p))) {
      const found = await resolveFile('live-segment.ts');
      if (!found) return notFound(res);
      return sendRanged(req, res, entry, found.size, { 'Content-Type': 'video/mp2t' }, (start, end) => createReadStream(found.file, { start, end }));
    }

    if ((m = /^\/status\/(\d{3})$/.exec(p))) {
      const code = Number(m[1]);
      // 1xx are not final answers: a client would wait for another one.
      if (code < 200 || code > 599) return text(res, 400, 'bad status\n');
      return text(res, code, `${code} ${http.STATUS_CODES[code] ?? ''}\n`);
    }

    if (p === '/redirect') {
      const to = url.searchParams.get('to');
      if (!to) return text(res, 400, 'missing ?to=\n');
      res.writeHead(302, { Location: to, 'Content-Length': 0 });
      return res.end();
    }

    if (p === '/refresh') {
      const to = url.searchParams.get('to');
      if (!to) return text(res, 400, 'missing ?to=\n');
      const page = `<!DOCTYPE html>\n<html><head><meta http-equiv="refresh" content="0; url=${escapeHtml(to)}"><title>Moved</title></head><body></body></html>\n`;
      return text(res, 200, page, 'text/html; charset=utf-8');
    }

    if ((m = /^\/stall\/(.+)$/.exec(p))) {
      const found = await resolveFile(m[1]);
      if (!found) return notFound(res);
      res.writeHead(200, { 'Content-Type': 'video/mp4', 'Content-Length': found.size });
      if (req.method === 'HEAD') return res.end();
      const head = (await patternOf(found.file)).subarray(0, Math.min(stallAfterBytes, found.size));
      entry.bytesSent += head.length;
      res.write(head);
      return; // and never end: close() destroys the socket
    }

    if ((m = /^\/big\/(.+)$/.exec(p))) {
      const found = await resolveFile(m[1]);
      if (!found || found.size === 0) return notFound(res);
      const pattern = await patternOf(found.file);
      const size = Number(url.searchParams.get('bytes') ?? bigBytes);
      if (!Number.isSafeInteger(size) || size < 0) return text(res, 400, 'bad ?bytes=\n');
      const zero = url.searchParams.get('fill') === 'zero';
      return sendRanged(req, res, entry, size, { 'Content-Type': contentTypeOf(found.file) }, (start, end) => padded(pattern, start, end + 1, zero));
    }

    if ((m = /^\/big-unknown\/(.+)$/.exec(p))) {
      const found = await resolveFile(m[1]);
      if (!found || found.size === 0) return notFound(res);
      const pattern = await patternOf(found.file);
      const size = Number(url.searchParams.get('bytes') ?? bigUnknownBytes);
      if (!Number.isSafeInteger(size) || size < 0) return text(res, 400, 'bad ?bytes=\n');
      // No Content-Length: Node sends Transfer-Encoding: chunked.
      res.writeHead(200, { 'Content-Type': contentTypeOf(found.file) });
      if (req.method === 'HEAD') return res.end();
      return stream(res, entry, padded(pattern, 0, size, url.searchParams.get('fill') === 'zero'));
    }

    return notFound(res);
  };

  const server = http.createServer((req, res) => {
    const entry: MediaRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, status: 0, bytesSent: 0, completed: false, closed: false };
    requests.push(entry);
    res.on('finish', () => (entry.completed = true));
    res.on('close', () => (entry.closed = true));
    const writeHead = res.writeHead;
    res.writeHead = function (this: http.ServerResponse, ...args: Parameters<typeof writeHead>) {
      entry.status = args[0];
      return writeHead.apply(this, args);
    } as typeof res.writeHead;
    req.resume();
    // `/alias/<name>` behaves like whatever route the test points the alias at right now.
    const alias = /^\/alias\/([\w-]+)$/.exec((req.url ?? '').split('?')[0]!);
    if (alias) req.url = aliases.get(alias[1]!) ?? '/status/404';
    handle(req, res, entry).catch((error: unknown) => {
      if (!res.headersSent) text(res, 500, `${String(error)}\n`);
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // Nothing times out on our side: a stall lasts until the client gives up or close() runs.
  server.requestTimeout = 0;
  server.timeout = 0;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    alias: (name, target) => void aliases.set(name, target),
    url: (pathAndQuery) => `${origin}${pathAndQuery.startsWith('/') ? '' : '/'}${pathAndQuery}`,
    requests,
    requestsFor: (prefix) => requests.filter((r) => r.path.startsWith(prefix)),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      }),
  };
}
