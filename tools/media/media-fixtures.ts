import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { processAlive } from '../../libs/infrastructure/src/media/process-runner';

/**
 * Media fixtures for the video → audio converter, generated locally with ffmpeg's lavfi sources and
 * espeak-ng (no network, nothing checked in). Generation is cached twice: in the process (so
 * several test files sharing a worker ask once) and on disk under os.tmpdir(), keyed by the recipe,
 * with a manifest written last (so an interrupted generation is never mistaken for a finished one)
 * and a lock file (so parallel workers do not generate the same set at the same time).
 */

const execFileP = promisify(execFile);

/** Bump whenever a recipe below changes: it is part of the on-disk cache key. */
const RECIPE_VERSION = 1;

export interface MediaFixture {
  /** File name inside the fixtures directory (what `/media/<name>` serves). */
  name: string;
  path: string;
  /** Seconds, from ffprobe's format duration; 0 for a still image. */
  duration: number;
  bytes: number;
}

export interface MediaFixtures {
  dir: string;
  /** 8 s, 320x240 testsrc2 25 fps H.264 + stereo 48 kHz AAC 440 Hz sine, faststart, title "Test Clip", artist "Arcana Test". */
  clipMp4: MediaFixture;
  /** 6 s, 320x240 VP9 + stereo Opus 660 Hz sine. */
  clipWebm: MediaFixture;
  /** 5 s, 320x240 H.264, no audio stream. */
  noAudioMp4: MediaFixture;
  /** 12 s of espeak-ng speech (four English sentences, looped), 48 kHz mono PCM: the reference for denoising checks. */
  speechCleanWav: MediaFixture;
  /** The same speech mixed with pink noise (speech RMS about -21 dBFS, noise about -33 dBFS: SNR ≈ 12 dB), 48 kHz mono PCM. */
  speechNoiseWav: MediaFixture;
  /** Speech in both channels with independent pink noise per channel, 48 kHz stereo PCM. */
  speechNoiseStereoWav: MediaFixture;
  /** speech-noise-stereo as 48 kHz stereo AAC under a small 320x240 10 fps H.264 picture. */
  speechNoiseMp4: MediaFixture;
  /** `longSeconds` (default 660 = 11 min) of 64x64 1 fps H.264 + 16 kHz mono 24 kbps AAC. */
  longMp4: MediaFixture;
  /** 320x180 JPEG cover (what `/page/<file>` advertises as og:image). */
  thumbJpg: MediaFixture;
  /** 2 s MPEG-TS (320x240 H.264 + AAC): the segment every `/live/<n>.ts` of the live HLS route serves. */
  liveSegmentTs: MediaFixture;
  /** Every fixture above, in generation-recipe order. */
  all: MediaFixture[];
  /** Milliseconds each fixture took to generate in this process (empty when taken from cache). */
  timings: Record<string, number>;
  /** True when the set came from an earlier generation (this or another process). */
  cached: boolean;
}

export interface MediaFixtureOptions {
  /** Length of long.mp4 in seconds; default 660 (one minute over the 10-minute free tier). */
  longSeconds?: number;
}

export interface ProbedStream {
  index: number;
  codecType: 'video' | 'audio' | 'subtitle' | 'data' | 'attachment';
  codecName: string;
  width?: number;
  height?: number;
  channels?: number;
  sampleRate?: number;
  duration?: number;
}

export interface ProbeResult {
  /** Seconds; 0 when ffprobe reports none (still images). */
  duration: number;
  formatName: string;
  bytes: number;
  bitRate?: number;
  tags: Record<string, string>;
  streams: ProbedStream[];
}

const num = (value: unknown): number | undefined => {
  const n = typeof value === 'string' ? Number(value) : typeof value === 'number' ? value : NaN;
  return Number.isFinite(n) ? n : undefined;
};

/** ffprobe's view of a file (or URL): format, duration, tags and streams. */
export async function probeMedia(input: string): Promise<ProbeResult> {
  const { stdout } = await execFileP('ffprobe', ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', input], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const json = JSON.parse(stdout) as {
    format?: Record<string, unknown> & { tags?: Record<string, string> };
    streams?: Array<Record<string, unknown>>;
  };
  const format = json.format ?? {};
  const lowerTags = Object.fromEntries(Object.entries(format.tags ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
  return {
    duration: num(format.duration) ?? 0,
    formatName: String(format.format_name ?? ''),
    bytes: num(format.size) ?? 0,
    bitRate: num(format.bit_rate),
    tags: lowerTags,
    streams: (json.streams ?? []).map((s) => ({
      index: Number(s.index),
      codecType: s.codec_type as ProbedStream['codecType'],
      codecName: String(s.codec_name ?? ''),
      width: num(s.width),
      height: num(s.height),
      channels: num(s.channels),
      sampleRate: num(s.sample_rate),
      duration: num(s.duration),
    })),
  };
}

async function run(command: string, args: string[], timeoutMs = 300_000): Promise<void> {
  try {
    await execFileP(command, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as Error & { stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed: ${e.stderr?.trim() || e.message}`);
  }
}

const ffmpeg = (args: string[]) => run('ffmpeg', ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', ...args]);

const SPEECH_TEXT =
  'The quick brown fox jumps over the lazy dog. ' +
  'Please turn this video into clear audio for me. ' +
  'Every tarot reading begins with a careful shuffle of the cards. ' +
  'This is a test of speech in noise.';

const SECONDS_SPEECH = 12;

/** Writes `out`; `dir` holds the fixtures made before it, `work` is scratch space. */
type Recipe = (out: string, dir: string, work: string) => Promise<void>;

function recipes(longSeconds: number): Array<{ key: keyof Omit<MediaFixtures, 'dir' | 'all' | 'timings' | 'cached'>; name: string; make: Recipe }> {
  const x264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];
  return [
    {
      key: 'clipMp4',
      name: 'clip.mp4',
      make: (out) =>
        ffmpeg([
          '-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=25:duration=8',
          '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=8',
          ...x264, '-c:a', 'aac', '-b:a', '128k', '-ac', '2',
          '-metadata', 'title=Test Clip', '-metadata', 'artist=Arcana Test',
          '-movflags', '+faststart', out,
        ]),
    },
    {
      key: 'clipWebm',
      name: 'clip.webm',
      make: (out) =>
        ffmpeg([
          '-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=25:duration=6',
          '-f', 'lavfi', '-i', 'sine=frequency=660:sample_rate=48000:duration=6',
          '-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-row-mt', '1', '-b:v', '300k',
          '-c:a', 'libopus', '-b:a', '64k', '-ac', '2', out,
        ]),
    },
    {
      key: 'noAudioMp4',
      name: 'noaudio.mp4',
      make: (out) => ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=25:duration=5', ...x264, '-an', '-movflags', '+faststart', out]),
    },
    {
      key: 'speechCleanWav',
      name: 'speech-clean.wav',
      make: async (out, _dir, work) => {
        const raw = path.join(work, 'espeak.wav');
        await run('espeak-ng', ['-v', 'en-us', '-s', '160', '-w', raw, SPEECH_TEXT]);
        // espeak-ng writes ~11 s of 22.05 kHz mono: loop it (repeat the sentences) and cut at 12 s.
        await ffmpeg(['-stream_loop', '-1', '-i', raw, '-af', 'aresample=48000', '-t', String(SECONDS_SPEECH), '-ac', '1', '-ar', '48000', '-c:a', 'pcm_s16le', out]);
      },
    },
    {
      key: 'speechNoiseWav',
      name: 'speech-noise.wav',
      make: (out, dir) =>
        ffmpeg([
          '-i', path.join(dir, 'speech-clean.wav'),
          '-filter_complex',
          `anoisesrc=color=pink:amplitude=0.12:sample_rate=48000:seed=11:duration=${SECONDS_SPEECH}[n];` +
            '[0:a][n]amix=inputs=2:duration=first:normalize=0[out]',
          '-map', '[out]', '-ac', '1', '-ar', '48000', '-c:a', 'pcm_s16le', out,
        ]),
    },
    {
      key: 'speechNoiseStereoWav',
      name: 'speech-noise-stereo.wav',
      make: (out, dir) =>
        ffmpeg([
          '-i', path.join(dir, 'speech-clean.wav'),
          '-filter_complex',
          `anoisesrc=color=pink:amplitude=0.12:sample_rate=48000:seed=21:duration=${SECONDS_SPEECH}[nl];` +
            `anoisesrc=color=pink:amplitude=0.12:sample_rate=48000:seed=22:duration=${SECONDS_SPEECH}[nr];` +
            '[nl][nr]amerge=inputs=2[noise];' +
            '[0:a]pan=stereo|c0=0.9*c0|c1=c0[speech];' +
            '[speech][noise]amix=inputs=2:duration=first:normalize=0[out]',
          '-map', '[out]', '-ac', '2', '-ar', '48000', '-c:a', 'pcm_s16le', out,
        ]),
    },
    {
      key: 'speechNoiseMp4',
      name: 'speech-noise.mp4',
      make: (out, dir) =>
        ffmpeg([
          '-f', 'lavfi', '-i', `testsrc2=size=320x240:rate=10:duration=${SECONDS_SPEECH}`,
          '-i', path.join(dir, 'speech-noise-stereo.wav'),
          '-map', '0:v', '-map', '1:a', ...x264, '-c:a', 'aac', '-b:a', '128k', '-ar', '48000', '-ac', '2',
          '-shortest', '-movflags', '+faststart', out,
        ]),
    },
    {
      key: 'longMp4',
      name: 'long.mp4',
      make: (out) =>
        ffmpeg([
          '-f', 'lavfi', '-i', `testsrc2=size=64x64:rate=1:duration=${longSeconds}`,
          '-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=16000:duration=${longSeconds}`,
          ...x264, '-c:a', 'aac', '-b:a', '24k', '-ac', '1', '-movflags', '+faststart', out,
        ]),
    },
    {
      key: 'thumbJpg',
      name: 'thumb.jpg',
      make: (out) => ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=size=320x180:rate=1', '-frames:v', '1', '-q:v', '4', out]),
    },
    {
      key: 'liveSegmentTs',
      name: 'live-segment.ts',
      make: (out) =>
        ffmpeg([
          '-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=25:duration=2',
          '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=2',
          ...x264, '-g', '50', '-c:a', 'aac', '-b:a', '96k', '-ac', '2', '-f', 'mpegts', out,
        ]),
    },
  ];
}

interface Manifest {
  cacheKey: string;
  fixtures: MediaFixture[];
  timings: Record<string, number>;
}

const MANIFEST = 'manifest.json';

async function readManifest(dir: string, cacheKey: string): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await fs.readFile(path.join(dir, MANIFEST), 'utf8')) as Manifest;
    if (manifest.cacheKey !== cacheKey) return undefined;
    for (const fixture of manifest.fixtures) {
      const stat = await fs.stat(path.join(dir, fixture.name));
      if (stat.size !== fixture.bytes) return undefined;
    }
    return manifest;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


/** Exclusive lock by O_EXCL file holding our pid; a dead or very old holder is taken over. */
async function withLock<T>(lockPath: string, work: () => Promise<T>, waitFor: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      const handle = await fs.open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      try {
        return await work();
      } finally {
        await fs.rm(lockPath, { force: true });
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const done = await waitFor();
    if (done !== undefined) return done;
    try {
      const [holder, stat] = await Promise.all([fs.readFile(lockPath, 'utf8'), fs.stat(lockPath)]);
      const pid = Number(holder);
      if ((pid > 0 && !processAlive(pid)) || Date.now() - stat.mtimeMs > 5 * 60_000) await fs.rm(lockPath, { force: true });
    } catch {
      // The lock went away between our attempts: just try again.
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${lockPath}`);
    await sleep(200);
  }
}

async function fixtureOf(dir: string, name: string): Promise<MediaFixture> {
  const file = path.join(dir, name);
  const [stat, probed] = await Promise.all([fs.stat(file), probeMedia(file)]);
  const duration = name.endsWith('.jpg') ? 0 : probed.duration;
  return { name, path: file, duration, bytes: stat.size };
}

async function generate(dir: string, longSeconds: number, cacheKey: string): Promise<Manifest> {
  await fs.mkdir(dir, { recursive: true });
  const work = path.join(dir, '.work');
  await fs.mkdir(work, { recursive: true });
  const timings: Record<string, number> = {};
  const list = recipes(longSeconds);
  const byName = new Map(list.map((r) => [r.name, r]));
  const make = async (name: string) => {
    const started = performance.now();
    await byName.get(name)!.make(path.join(dir, name), dir, work);
    timings[name] = Math.round(performance.now() - started);
  };
  // Two lanes for two cores; the speech chain is sequential (each step reads the previous file).
  await Promise.all([
    (async () => {
      for (const name of ['long.mp4', 'clip.webm', 'noaudio.mp4', 'live-segment.ts']) await make(name);
    })(),
    (async () => {
      for (const name of ['clip.mp4', 'speech-clean.wav', 'speech-noise.wav', 'speech-noise-stereo.wav', 'speech-noise.mp4', 'thumb.jpg']) await make(name);
    })(),
  ]);
  await fs.rm(work, { recursive: true, force: true });
  const fixtures = await Promise.all(list.map((r) => fixtureOf(dir, r.name)));
  const manifest: Manifest = { cacheKey, fixtures, timings };
  const tmp = path.join(dir, `${MANIFEST}.${process.pid}.tmp`);
  await fs.writeFile(tmp, JSON.stringify(manifest, null, 2));
  await fs.rename(tmp, path.join(dir, MANIFEST));
  return manifest;
}

function assemble(dir: string, manifest: Manifest, longSeconds: number, cached: boolean): MediaFixtures {
  const byName = new Map(manifest.fixtures.map((f) => [f.name, { ...f, path: path.join(dir, f.name) }]));
  const result: Partial<MediaFixtures> = { dir, all: [...byName.values()], timings: cached ? {} : manifest.timings, cached };
  for (const r of recipes(longSeconds)) (result as Record<string, unknown>)[r.key] = byName.get(r.name);
  return result as MediaFixtures;
}

const memo: Map<string, Promise<MediaFixtures>> = ((globalThis as Record<symbol, unknown>)[Symbol.for('arcana.test.mediaFixtures')] ??=
  new Map<string, Promise<MediaFixtures>>()) as Map<string, Promise<MediaFixtures>>;

/**
 * Generates (or reuses) the fixture set in `dir`, by default a directory under os.tmpdir() named
 * after the recipe. Safe to call from many test files and workers at once.
 */
export function makeMediaFixtures(dir?: string, options: MediaFixtureOptions = {}): Promise<MediaFixtures> {
  const longSeconds = options.longSeconds ?? 660;
  if (!(longSeconds > 0)) return Promise.reject(new Error(`longSeconds must be positive, got ${longSeconds}`));
  const cacheKey = `v${RECIPE_VERSION}:long=${longSeconds}`;
  const target = path.resolve(
    dir ?? path.join(os.tmpdir(), `arcana-media-fixtures-${createHash('sha1').update(cacheKey).digest('hex').slice(0, 10)}`),
  );
  const memoKey = `${target}|${cacheKey}`;
  let pending = memo.get(memoKey);
  if (!pending) {
    pending = (async () => {
      const existing = await readManifest(target, cacheKey);
      if (existing) return assemble(target, existing, longSeconds, true);
      await fs.mkdir(path.dirname(target), { recursive: true });
      let generatedHere = false;
      const manifest = await withLock(
        `${target}.lock`,
        async () => {
          const again = await readManifest(target, cacheKey);
          if (again) return again;
          generatedHere = true;
          return generate(target, longSeconds, cacheKey);
        },
        () => readManifest(target, cacheKey),
      );
      return assemble(target, manifest, longSeconds, !generatedHere);
    })();
    memo.set(memoKey, pending);
    pending.catch(() => memo.delete(memoKey));
  }
  return pending;
}

export interface LongVideoOptions {
  /** x264 preset; default 'veryfast' (about 1 Mbit/s at crf 30, a realistic 720p download size). */
  preset?: 'ultrafast' | 'superfast' | 'veryfast';
  crf?: number;
  /** Seconds of picture actually encoded, then repeated by stream copy; default 10. */
  segmentSeconds?: number;
}

const segments = new Map<string, Promise<string>>();

/**
 * A 1280x720 25 fps H.264 + 128 kbps stereo 48 kHz AAC MP4 of `seconds`, for benchmarks. Only a short
 * segment is encoded (cached under os.tmpdir()); the length comes from looping it with `-c copy`, so
 * an hour takes about as long as ten seconds. Returns `outPath`.
 */
export async function makeLongVideo(seconds: number, outPath: string, options: LongVideoOptions = {}): Promise<string> {
  if (!(seconds > 0)) throw new Error(`seconds must be positive, got ${seconds}`);
  const preset = options.preset ?? 'veryfast';
  const crf = options.crf ?? 30;
  // A whole number of seconds keeps the 440 Hz sine phase-continuous across the seams.
  const segmentSeconds = Math.max(1, Math.round(options.segmentSeconds ?? 10));
  const encode = (out: string, duration: number) =>
    ffmpeg([
      '-f', 'lavfi', '-i', `testsrc2=size=1280x720:rate=25:duration=${duration}`,
      '-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${duration}`,
      '-c:v', 'libx264', '-preset', preset, '-crf', String(crf), '-g', '50', '-pix_fmt', 'yuv420p',
      '-c:a', 'aac', '-b:a', '128k', '-ac', '2', '-movflags', '+faststart', out,
    ]);
  await fs.mkdir(path.dirname(path.resolve(outPath)), { recursive: true });
  if (seconds <= segmentSeconds) {
    await encode(outPath, seconds);
    return outPath;
  }
  const key = `v${RECIPE_VERSION}-${preset}-crf${crf}-${segmentSeconds}s`;
  const segmentPath = path.join(os.tmpdir(), `arcana-media-segment-${key}.mp4`);
  let segment = segments.get(key);
  if (!segment) {
    segment = (async () => {
      const ok = await fs.stat(segmentPath).then((s) => s.size > 0, () => false);
      if (!ok) {
        const tmp = `${segmentPath}.${process.pid}.${Date.now()}.mp4`;
        await encode(tmp, segmentSeconds);
        await fs.rename(tmp, segmentPath);
      }
      return segmentPath;
    })();
    segments.set(key, segment);
    segment.catch(() => segments.delete(key));
  }
  await ffmpeg(['-stream_loop', '-1', '-i', await segment, '-t', String(seconds), '-c', 'copy', '-movflags', '+faststart', outPath]);
  return outPath;
}
