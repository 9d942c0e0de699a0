import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLongVideo, makeMediaFixtures, MediaFixtures, probeMedia } from '../tools/media/media-fixtures';
import { MediaServer, startMediaServer } from '../tools/media/media-server';

const execFileP = promisify(execFile);

type Info = Record<string, unknown>;

/** The real yt-dlp (generic extractor): one JSON document per stdout line. */
async function ytDlp(args: string[], timeoutMs = 30_000): Promise<{ json: Info[]; stderr: string }> {
  const { stdout, stderr } = await execFileP('yt-dlp', ['--no-config', '--no-cache-dir', ...args], { timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024 });
  const json = stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Info);
  return { json, stderr };
}

const FIELDS = ['extractor_key', 'id', 'title', 'duration', 'ext', 'filesize', 'filesize_approx', 'webpage_url', 'thumbnail', 'url', 'protocol', 'is_live'];
const pick = (info: Info, fields = FIELDS) => Object.fromEntries(fields.map((f) => [f, info[f] ?? null]));

/** Status, headers and the first `maxBytes` of a GET, then the connection is dropped. */
function firstBytes(url: string, maxBytes: number, quietMs: number): Promise<{ status: number; headers: http.IncomingHttpHeaders; received: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false }, (res) => {
      let received = 0;
      let timer: NodeJS.Timeout | undefined;
      const finish = () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, received });
      };
      const quiet = () => {
        clearTimeout(timer);
        timer = setTimeout(finish, quietMs);
      };
      res.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received >= maxBytes) finish();
        else quiet();
      });
      res.on('end', finish);
      quiet();
    });
    req.on('error', reject);
  });
}

async function until(predicate: () => boolean, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('media fixtures and the local media server', () => {
  let fx: MediaFixtures;
  let server: MediaServer;
  let scratch: string;

  beforeAll(async () => {
    const started = performance.now();
    fx = await makeMediaFixtures();
    console.log(
      `media fixtures in ${fx.dir}: ${fx.cached ? 'reused' : 'generated'} in ${Math.round(performance.now() - started)} ms`,
      fx.cached ? '' : JSON.stringify(fx.timings),
    );
    server = await startMediaServer(fx.dir);
    scratch = await mkdtemp(path.join(os.tmpdir(), 'arcana-media-test-'));
  });

  afterAll(async () => {
    await server?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('generates every fixture with the expected streams and durations', async () => {
    const [clip, webm, noAudio, clean, noisy, stereo, speechMp4, long, thumb, segment] = await Promise.all(
      [fx.clipMp4, fx.clipWebm, fx.noAudioMp4, fx.speechCleanWav, fx.speechNoiseWav, fx.speechNoiseStereoWav, fx.speechNoiseMp4, fx.longMp4, fx.thumbJpg, fx.liveSegmentTs].map(
        (f) => probeMedia(f.path),
      ),
    );
    const kinds = (p: typeof clip) => p.streams.map((s) => `${s.codecType}:${s.codecName}`).sort();

    expect(kinds(clip)).toEqual(['audio:aac', 'video:h264']);
    expect(clip.duration).toBeCloseTo(8, 1);
    expect(clip.tags).toMatchObject({ title: 'Test Clip', artist: 'Arcana Test' });
    expect(clip.streams.find((s) => s.codecType === 'video')).toMatchObject({ width: 320, height: 240 });
    expect(clip.streams.find((s) => s.codecType === 'audio')).toMatchObject({ channels: 2, sampleRate: 48000 });

    expect(kinds(webm)).toEqual(['audio:opus', 'video:vp9']);
    expect(webm.duration).toBeCloseTo(6, 1);

    expect(kinds(noAudio)).toEqual(['video:h264']);
    expect(noAudio.duration).toBeCloseTo(5, 1);

    for (const [probe, channels] of [[clean, 1], [noisy, 1], [stereo, 2]] as const) {
      expect(kinds(probe)).toEqual(['audio:pcm_s16le']);
      expect(probe.streams[0]).toMatchObject({ channels, sampleRate: 48000 });
      expect(probe.duration).toBeCloseTo(12, 1);
    }
    expect(kinds(speechMp4)).toEqual(['audio:aac', 'video:h264']);
    expect(speechMp4.streams.find((s) => s.codecType === 'audio')).toMatchObject({ channels: 2, sampleRate: 48000 });
    expect(speechMp4.duration).toBeGreaterThan(11.9);

    expect(kinds(long)).toEqual(['audio:aac', 'video:h264']);
    expect(long.duration).toBeGreaterThan(600); // over the free tier's 10 minutes
    expect(long.duration).toBeCloseTo(660, 0);
    expect(fx.longMp4.bytes).toBeLessThan(8 * 1024 * 1024);

    expect(thumb.streams[0]).toMatchObject({ codecName: 'mjpeg', width: 320, height: 180 });
    expect(segment.formatName).toBe('mpegts');

    for (const f of fx.all) {
      expect((await stat(f.path)).size).toBe(f.bytes);
      if (f !== fx.thumbJpg) expect(f.duration).toBeGreaterThan(1);
    }
    expect(fx.clipMp4.duration).toBeCloseTo(8, 1);
  });

  it('memoises the set within the process', async () => {
    expect(await makeMediaFixtures()).toBe(fx);
  });

  it('serves /media with Content-Type, Content-Length, HEAD and byte ranges', async () => {
    const head = await fetch(server.url('/media/clip.mp4'), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('video/mp4');
    expect(Number(head.headers.get('content-length'))).toBe(fx.clipMp4.bytes);
    expect(head.headers.get('accept-ranges')).toBe('bytes');

    const types = await Promise.all(
      ['clip.webm', 'speech-noise.wav', 'thumb.jpg'].map(async (f) => (await fetch(server.url(`/media/${f}`), { method: 'HEAD' })).headers.get('content-type')),
    );
    expect(types).toEqual(['video/webm', 'audio/wav', 'image/jpeg']);

    const ranged = await fetch(server.url('/media/clip.mp4'), { headers: { Range: 'bytes=4-11' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(`bytes 4-11/${fx.clipMp4.bytes}`);
    expect(Buffer.from(await ranged.arrayBuffer()).toString('latin1')).toBe('ftypisom');

    const suffix = await fetch(server.url('/media/clip.mp4'), { headers: { Range: 'bytes=-100' } });
    expect(suffix.status).toBe(206);
    expect((await suffix.arrayBuffer()).byteLength).toBe(100);

    const beyond = await fetch(server.url('/media/clip.mp4'), { headers: { Range: `bytes=${fx.clipMp4.bytes}-` } });
    expect(beyond.status).toBe(416);
    await beyond.arrayBuffer();

    expect((await fetch(server.url('/media/missing.mp4'))).status).toBe(404);
    expect((await fetch(server.url('/media/..%2F..%2Fetc%2Fpasswd'))).status).toBe(404);
    expect(server.requestsFor('/media/clip.mp4').map((r) => r.headers.range ?? null)).toEqual([null, 'bytes=4-11', 'bytes=-100', `bytes=${fx.clipMp4.bytes}-`]);
  });

  it('lets ffprobe read a served file over HTTP', async () => {
    const probed = await probeMedia(server.url('/media/clip.mp4'));
    expect(probed.duration).toBeCloseTo(8, 1);
    expect(probed.tags.title).toBe('Test Clip');
  });

  it('answers /status/<code> and /redirect', async () => {
    for (const code of [403, 404, 410, 429, 500, 503]) expect((await fetch(server.url(`/status/${code}`))).status).toBe(code);
    const target = server.url('/media/clip.mp4');
    const hop = await fetch(server.url(`/redirect?to=${encodeURIComponent(target)}`), { redirect: 'manual' });
    expect(hop.status).toBe(302);
    expect(hop.headers.get('location')).toBe(target);
    const followed = await fetch(server.url(`/redirect?to=${encodeURIComponent('/media/clip.webm')}`), { method: 'HEAD' });
    expect(followed.url).toBe(server.url('/media/clip.webm'));
    expect(followed.headers.get('content-type')).toBe('video/webm');
  });

  it('stalls /stall/<file> after a few KB with the real Content-Length', async () => {
    const result = await firstBytes(server.url('/stall/clip.mp4'), Infinity, 400);
    expect(result.status).toBe(200);
    expect(result.headers['content-type']).toBe('video/mp4');
    expect(Number(result.headers['content-length'])).toBe(fx.clipMp4.bytes);
    expect(result.received).toBe(4096);
  });

  it('streams /big lazily up to its declared size and stops when the client goes', async () => {
    const big = await firstBytes(server.url('/big/clip.mp4'), 3 * 1024 * 1024, 2_000);
    expect(big.status).toBe(200);
    expect(Number(big.headers['content-length'])).toBe(200 * 1024 * 1024);
    expect(big.received).toBeGreaterThanOrEqual(3 * 1024 * 1024);
    const entry = server.requestsFor('/big/clip.mp4').at(-1)!;
    await until(() => entry.closed);
    expect(entry.completed).toBe(false);
    expect(entry.bytesSent).toBeLessThan(20 * 1024 * 1024);

    // The padding is the file repeated, so any range is predictable.
    const tail = await fetch(server.url('/big/clip.mp4'), { headers: { Range: `bytes=${fx.clipMp4.bytes + 4}-${fx.clipMp4.bytes + 11}` } });
    expect(tail.status).toBe(206);
    expect(tail.headers.get('content-range')).toBe(`bytes ${fx.clipMp4.bytes + 4}-${fx.clipMp4.bytes + 11}/${200 * 1024 * 1024}`);
    expect(Buffer.from(await tail.arrayBuffer()).toString('latin1')).toBe('ftypisom');

    const unknown = await firstBytes(server.url('/big-unknown/clip.mp4'), 2 * 1024 * 1024, 2_000);
    expect(unknown.headers['content-length']).toBeUndefined();
    expect(unknown.headers['transfer-encoding']).toBe('chunked');
    expect(unknown.received).toBeGreaterThanOrEqual(2 * 1024 * 1024);
  });

  it('renders /page/<file> with title, og:title, og:image and a <video>', async () => {
    const html = await (await fetch(server.url('/page/clip.mp4?title=Arcana%20demo'))).text();
    expect(html).toContain('<title>Arcana demo</title>');
    expect(html).toContain('<meta property="og:title" content="Arcana demo">');
    expect(html).toContain(`<meta property="og:image" content="${server.url('/media/thumb.jpg')}">`);
    expect(html).toContain('src="/media/clip.mp4"');
    expect((await fetch(server.url('/page/missing.mp4'))).status).toBe(404);
  });

  it('yt-dlp --dump-json: direct link and page (generic extractor)', async () => {
    const [direct, page] = await Promise.all([ytDlp(['--dump-json', server.url('/media/clip.mp4')]), ytDlp(['--dump-json', server.url('/page/clip.mp4')])]);
    const d = direct.json[0];
    const p = page.json[0];
    console.log('yt-dlp direct link:', JSON.stringify(pick(d)));
    console.log('yt-dlp page:       ', JSON.stringify(pick(p)));

    expect(d).toMatchObject({ extractor_key: 'Generic', id: 'clip', title: 'clip', ext: 'mp4', direct: true, webpage_url: server.url('/media/clip.mp4') });
    expect(d.url).toBe(server.url('/media/clip.mp4'));
    // The generic extractor never opens the media: no duration, no size, no thumbnail.
    expect(d.duration ?? null).toBeNull();
    expect(d.filesize ?? d.filesize_approx ?? null).toBeNull();
    expect(d.thumbnail ?? null).toBeNull();

    expect(p).toMatchObject({ extractor_key: 'HTML5MediaEmbed', id: 'clip-1', title: 'Test page for clip.mp4 (1)', ext: 'mp4', webpage_url: server.url('/page/clip.mp4') });
    expect(p.url).toBe(server.url('/media/clip.mp4'));
    expect(p.thumbnail).toBe(server.url('/media/thumb.jpg'));
    expect(p.duration ?? null).toBeNull();
  });

  it('yt-dlp reports /playlist as a playlist of the page videos', async () => {
    const { json } = await ytDlp(['--dump-single-json', '--flat-playlist', server.url('/playlist')]);
    const list = json[0];
    const entries = list.entries as Info[];
    console.log('yt-dlp playlist:', JSON.stringify({ ...pick(list, ['_type', 'extractor_key', 'id', 'title']), entries: entries.map((e) => pick(e, ['id', 'title', 'url', 'ext'])) }));
    expect(list).toMatchObject({ _type: 'playlist', extractor_key: 'Generic', id: 'playlist', title: 'Test playlist' });
    expect(entries.map((e) => e.url)).toEqual([server.url('/media/clip.mp4'), server.url('/media/clip.webm')]);
  });

  it('serves a live HLS playlist; yt-dlp 2023.03.04 sees m3u8 without duration (is_live unset)', async () => {
    const text = await (await fetch(server.url('/live.m3u8'))).text();
    expect(text).toMatch(/^#EXTM3U/);
    expect(text).not.toContain('#EXT-X-ENDLIST');
    const segment = text.split('\n').find((l) => l.endsWith('.ts'))!;
    expect((await fetch(server.url(segment), { method: 'HEAD' })).headers.get('content-type')).toBe('video/mp2t');

    const { json } = await ytDlp(['--dump-json', server.url('/live.m3u8')]);
    const info = json[0];
    console.log('yt-dlp live.m3u8:', JSON.stringify(pick(info)));
    expect(info).toMatchObject({ extractor_key: 'Generic', protocol: 'm3u8_native' });
    expect(info.duration ?? null).toBeNull();
    expect(info.is_live ?? null).not.toBe(false);
  });

  it('yt-dlp --max-filesize stops /big (Content-Length) but not /big-unknown (chunked)', async () => {
    const download = (url: string) =>
      execFileP('yt-dlp', ['--no-config', '--no-cache-dir', '--newline', '--max-filesize', '10M', '-o', path.join(scratch, '%(id)s.%(ext)s'), url], { timeout: 30_000 });
    const known = await download(server.url('/big/clip.mp4'));
    expect(known.stdout).toContain('File is larger than max-filesize (209715200 bytes > 10485760 bytes). Aborting.');
    // Without a declared length yt-dlp 2023.03.04 never checks the cap: it takes all 30 MB.
    const chunked = await download(server.url('/big-unknown/clip.mp4?bytes=30000000'));
    expect(chunked.stdout).toContain('100%');
    expect((await stat(path.join(scratch, 'clip.mp4'))).size).toBe(30_000_000);
  });

  it('makeLongVideo: 720p25 H.264 + AAC stereo, looped from a short segment', async () => {
    const started = performance.now();
    const file = await makeLongVideo(25, path.join(scratch, 'video720.mp4'));
    const took = Math.round(performance.now() - started);
    const probed = await probeMedia(file);
    console.log(`makeLongVideo(25 s) in ${took} ms: ${probed.bytes} bytes`);
    expect(probed.duration).toBeCloseTo(25, 0);
    expect(probed.streams.find((s) => s.codecType === 'video')).toMatchObject({ codecName: 'h264', width: 1280, height: 720 });
    expect(probed.streams.find((s) => s.codecType === 'audio')).toMatchObject({ codecName: 'aac', channels: 2, sampleRate: 48000 });
  });
});
