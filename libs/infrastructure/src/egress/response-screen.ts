import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { EgressGuard, EgressRefused } from './egress-guard';

/**
 * What the egress proxy checks in a response before a child sees it: where a redirect points, and
 * which URLs a media playlist (HLS `.m3u8`, DASH `.mpd`) tells the client to fetch next. A client
 * would fetch those through the proxy too, but only for the schemes it proxies; refusing the
 * response itself means no child ever holds a URL that is not http(s) to an allowed address.
 */

export type PlaylistKind = 'hls' | 'dash';

/** Playlists are buffered to be read whole; a larger one (or larger markup that may be one) is refused. */
export const MAX_SCREENED_BYTES = 16 * 1024 * 1024;
/** A playlist naming more distinct origins than this is refused rather than resolved host by host. */
const MAX_ORIGINS = 32;

const HLS_TYPES = /mpegurl/i;
const DASH_TYPES = /dash\+xml/i;
const TEXT_START = /^(?:\uFEFF)?\s*/;

/** Whether a response body may be a playlist, from its Content-Type, its path and its first bytes. */
export function suspectedKind(contentType: string | undefined, path: string, prefix: Buffer): PlaylistKind | 'markup' | undefined {
  const head = prefix.subarray(0, 1024).toString('utf8').replace(TEXT_START, '');
  if (HLS_TYPES.test(contentType ?? '') || /\.m3u8?$/i.test(path) || head.startsWith('#EXTM3U')) return 'hls';
  if (DASH_TYPES.test(contentType ?? '') || /\.mpd$/i.test(path)) return 'dash';
  // XML (or HTML) whose root may come after a long prologue: read it whole, then look for an MPD root.
  if (head.startsWith('<')) return 'markup';
  return undefined;
}

/** A markup body that is a DASH manifest (its root element is MPD, with or without a prefix). */
export function isDashManifest(text: string): boolean {
  return /<(?:[\w.-]+:)?MPD[\s>/]/.test(text);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/**
 * Every URL reference in a playlist, as written: HLS URI lines and `URI="…"` attributes of tags
 * (keys, maps, renditions, i-frame and preload hints); DASH `BaseURL`/`Location`/`PatchLocation`
 * text and `media`, `initialization`, `sourceURL` and `href` attributes (segment templates included).
 */
export function playlistReferences(kind: PlaylistKind, text: string): string[] {
  const refs: string[] = [];
  if (kind === 'hls') {
    for (const raw of text.split(/\r\n|\r|\n/)) {
      const line = raw.trim();
      if (line === '') continue;
      if (!line.startsWith('#')) refs.push(line);
      else for (const m of line.matchAll(/\bURI\s*=\s*"([^"]*)"/gi)) refs.push(m[1]);
    }
    return refs;
  }
  const body = text.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of body.matchAll(/<(?:[\w.-]+:)?(BaseURL|Location|PatchLocation)\b[^>]*>([^<]*)</g)) refs.push(unescapeXml(m[2]).trim());
  for (const m of body.matchAll(/\s(?:[\w.-]+:)?(media|initialization|sourceURL|href)\s*=\s*("([^"]*)"|'([^']*)')/g)) refs.push(unescapeXml(m[3] ?? m[4] ?? '').trim());
  return refs.filter((r) => r !== '');
}

/**
 * Checks what a client would fetch from `refs` (each resolved against `base`, DASH template
 * identifiers filled in): http(s) only, every host's addresses allowed. Undefined when all pass,
 * else the first refusal.
 */
export async function screenReferences(guard: EgressGuard, base: URL, refs: readonly string[]): Promise<EgressRefused | undefined> {
  const origins = new Map<string, URL>();
  for (const ref of refs) {
    let url: URL;
    try {
      url = new URL(ref.replace(/\$[^$/]*\$/g, '0'), base);
    } catch {
      return new EgressRefused('bad_url', `playlist entry is not a URL: ${ref.slice(0, 200)}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return new EgressRefused('scheme', `playlist entry ${url.protocol}//${url.host}: ${url.protocol.replace(/:$/, '')} URLs are not fetched`);
    }
    origins.set(url.origin, url);
    if (origins.size > MAX_ORIGINS) return new EgressRefused('bad_url', `playlist names more than ${MAX_ORIGINS} origins`);
  }
  for (const url of origins.values()) {
    const check = await guard.check(url);
    if (!check.ok) return new EgressRefused(check.reason, `playlist entry ${url.origin}: ${check.detail}`);
  }
  return undefined;
}

/** Where a redirect from `from` leads, refused unless it is http(s) to an allowed host. */
export async function screenRedirect(guard: EgressGuard, from: URL, location: string): Promise<{ url?: URL; refusal?: EgressRefused }> {
  let url: URL;
  try {
    url = new URL(location, from);
  } catch {
    return { refusal: new EgressRefused('bad_url', `redirect to a malformed URL: ${location.slice(0, 200)}`) };
  }
  const check = await guard.check(url);
  return check.ok ? { url } : { url, refusal: new EgressRefused(check.reason, `redirect to ${url.protocol}//${url.host}: ${check.detail}`) };
}

/** A decoder for a Content-Encoding the proxy can read through, or undefined for one it cannot. */
export function decoderFor(encoding: string): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | undefined {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return undefined;
  }
}

/**
 * Reads from `stream` until at least `atLeast` bytes (or the end) and pauses it there; the bytes
 * read come back, to be written before piping the rest. Rejects when `limit` is passed first
 * or the stream fails or closes before its end.
 */
export function readSome(stream: Readable, atLeast: number, limit = Infinity): Promise<{ bytes: Buffer; ended: boolean }> {
  return new Promise((resolve, reject) => {
    if (stream.readableEnded) return resolve({ bytes: Buffer.alloc(0), ended: true });
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
    };
    const done = (ended: boolean) => {
      cleanup();
      if (!ended) stream.pause();
      if (ended) return resolve({ bytes: Buffer.concat(chunks), ended });
      // The last chunk's 'end' may follow it at once, before anyone listens again: say so, or a pipe would wait forever.
      setImmediate(() => resolve({ bytes: Buffer.concat(chunks), ended: stream.readableEnded }));
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) {
        cleanup();
        stream.pause();
        reject(new Error(`more than ${limit} bytes`));
      } else if (size >= atLeast) done(false);
    };
    const onEnd = () => done(true);
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      reject(new Error('the response ended early'));
    };
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
    stream.once('close', onClose);
    stream.resume(); // a 'data' listener alone does not restart a stream paused by an earlier read
  });
}
