import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  createPool,
  DEFAULT_MEDIA_TOOLS,
  downloadMedia,
  EgressGuard,
  EgressProxy,
  finishFile,
  encodeAudio,
  extractCoverFrame,
  enhanceAudio,
  enqueueConversion,
  graphileLogger,
  MediaTools,
  probeMedia,
  runProcess,
  CONVERT_TASK,
} from '@app/infrastructure';
import { DEFAULT_TIER_LIMITS, Tier } from '@app/domain';
import { run } from 'graphile-worker';
import { makeLongVideo, makeMediaFixtures } from '../tools/media/media-fixtures';
import { startMediaServer } from '../tools/media/media-server';
import { benchDatabase, fmt, printTable } from './support';

const tools: MediaTools = {
  ffmpeg: process.env.FFMPEG_PATH ?? DEFAULT_MEDIA_TOOLS.ffmpeg,
  ffprobe: process.env.FFPROBE_PATH ?? DEFAULT_MEDIA_TOOLS.ffprobe,
  ytDlp: process.env.YTDLP_PATH ?? DEFAULT_MEDIA_TOOLS.ytDlp,
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/**
 * `npm run bench -- convert`: the conversion path against bare ffmpeg on the same 10-minute 720p
 * file, enhancement speed in × realtime pinned to one core, and the job queue's throughput with
 * p95 wait per tier for 1,000 tiny jobs under a mixed burst.
 */
export async function convertBench(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'arcana-bench-convert-'));
  try {
    // CONVERT_BENCH_PARTS=extraction,enhancement,queue (default all) runs a subset.
    const parts = (process.env.CONVERT_BENCH_PARTS ?? 'extraction,enhancement,queue').split(',');
    if (parts.includes('extraction')) await extractionBench(dir);
    if (parts.includes('enhancement')) await enhancementBench(dir);
    if (parts.includes('queue')) await queueBench();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function extractionBench(dir: string): Promise<void> {
  const video = await makeLongVideo(600, path.join(dir, 'video720.mp4'));
  const { size } = await stat(video);
  const server = await startMediaServer(dir);
  const proxy = await EgressProxy.start(new EgressGuard({ allow: `127.0.0.1:${server.port}` }), { requireToken: true });
  const runs = 5;
  const bare: number[] = [];
  const local: number[] = [];
  const downloaded: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const out = path.join(dir, `bare-${i}.mp3`);
      bare.push(await timed(() => runProcess(tools.ffmpeg, { args: ['-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-i', video, '-vn', '-c:a', 'libmp3lame', '-q:a', '2', out] })));
      await rm(out);

      // The worker's steps on a file already on disk: probe, cover frame, encode with progress, tags.
      local.push(await timed(() => workerSteps(video, path.join(dir, `job-local-${i}`))));

      // The same with the download: yt-dlp through the egress proxy from a local HTTP server.
      downloaded.push(
        await timed(async () => {
          const workDir = path.join(dir, `job-dl-${i}`);
          await rm(workDir, { recursive: true, force: true });
          await import('node:fs/promises').then((fs) => fs.mkdir(workDir, { recursive: true }));
          const file = await downloadMedia(tools, server.url('/media/video720.mp4'), { proxy: proxy.url(`b${i}`), workDir, maxBytes: 2000 * 1024 * 1024 });
          await workerSteps(file.file, workDir);
        }),
      );
    }
  } finally {
    await proxy.stop();
    await server.close();
  }
  const b = median(bare);
  printTable(`audio extraction, 10-minute 720p H.264/AAC (${fmt(size / 1048576, 1)} MB) → mp3 VBR q2, median of ${runs}`, [
    { path: 'bare ffmpeg -i video -vn (baseline)', seconds: fmt(b, 2), ratio: '1.00×' },
    { path: 'worker: probe + cover + encode with progress', seconds: fmt(median(local), 2), ratio: `${fmt(median(local) / b, 2)}×` },
    { path: 'worker incl. yt-dlp download via egress proxy', seconds: fmt(median(downloaded), 2), ratio: `${fmt(median(downloaded) / b, 2)}×` },
  ]);
}

async function workerSteps(input: string, workDir: string): Promise<void> {
  await import('node:fs/promises').then((fs) => fs.mkdir(workDir, { recursive: true }));
  // The same steps, in the same order and overlap, as ConversionJob: probe and cover frame beside
  // the encode, then the tagging pass.
  const probing = probeMedia(tools, input);
  const cover = path.join(workDir, 'cover.jpg');
  const coverReady = extractCoverFrame(tools, input, cover, 600);
  let last = 0;
  const encoded = path.join(workDir, 'encoded.mp3');
  await encodeAudio(tools, { input, output: encoded, format: 'mp3', title: 'bench' }, { durationSeconds: 600, onProgress: (f) => (last = f) });
  const probed = await probing;
  await coverReady;
  await finishFile(tools, 'mp3', encoded, path.join(workDir, 'audio.mp3'), { title: 'bench', ...(probed.tags.artist ? { artist: probed.tags.artist } : {}), cover });
  if (last < 1) throw new Error('no progress reported');
  await rm(workDir, { recursive: true, force: true });
}

/** Enhancement runs in a child pinned to one CPU (taskset) when available, so "× realtime" is per core. */
async function enhancementBench(dir: string): Promise<void> {
  const fixtures = await makeMediaFixtures();
  const rows: Record<string, string>[] = [];
  for (const [label, source] of [
    ['mono', fixtures.speechNoiseWav.path],
    ['stereo', fixtures.speechNoiseStereoWav.path],
  ] as const) {
    const input = path.join(dir, `speech-${label}-120s.wav`);
    await runProcess(tools.ffmpeg, { args: ['-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-stream_loop', '9', '-i', source, '-c', 'copy', input] });
    const result = await pinnedEnhance(input, path.join(dir, `enhance-${label}`));
    rows.push({
      input: `${label}, ${fmt(result.seconds, 0)} s speech + noise`,
      pinned: result.pinned ? 'one core (taskset -c 0)' : 'not pinned',
      'denoise + measure s': fmt(result.enhanceSeconds, 2),
      '× realtime (denoise + measure)': `${fmt(result.seconds / result.enhanceSeconds, 1)}×`,
      'incl. pass 2 encode s': fmt(result.totalSeconds, 2),
      '× realtime (whole enhancement)': `${fmt(result.seconds / result.totalSeconds, 1)}×`,
    });
  }
  printTable('enhancement: RNNoise (worker thread) + two-pass loudnorm to −16 LUFS, then an m4a encode', rows);
}

interface EnhanceRun {
  seconds: number;
  enhanceSeconds: number;
  totalSeconds: number;
  pinned: boolean;
}

async function pinnedEnhance(input: string, workDir: string): Promise<EnhanceRun> {
  const pinned = await runProcess('taskset', { args: ['--version'] }).then(() => true, () => false);
  const [command, args] = pinned ? ['taskset', ['-c', '0', process.execPath, __filename, input, workDir]] : [process.execPath, [__filename, input, workDir]];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ARCANA_ENHANCE_CHILD: '1' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`enhancement child exited with ${code}`))));
  });
  return { ...(JSON.parse(output) as Omit<EnhanceRun, 'pinned'>), pinned };
}

async function enhanceChild(input: string, workDir: string): Promise<void> {
  const probed = await probeMedia(tools, input);
  const started = performance.now();
  const enhanced = await enhanceAudio(tools, { input, workDir, durationSeconds: probed.durationSeconds });
  const enhanceSeconds = (performance.now() - started) / 1000;
  await encodeAudio(tools, {
    input: enhanced.outputPath,
    output: path.join(workDir, 'out.m4a'),
    format: 'm4a',
    title: 'bench',
    ...(enhanced.pass2.filter ? { audioFilter: enhanced.pass2.filter } : {}),
    sampleRate: enhanced.sampleRate,
  });
  const totalSeconds = (performance.now() - started) / 1000;
  await rm(workDir, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({ seconds: probed.durationSeconds, enhanceSeconds, totalSeconds }));
}

/** 1,000 tiny jobs from 100 users (10 pro, 30 basic, 60 free; 10 each, arriving in random order) through graphile-worker. */
async function queueBench(): Promise<void> {
  const db = await benchDatabase();
  const pool = createPool(db.url, { applicationName: 'bench-queue', max: 20 });
  try {
    // Baseline: the same number of plain INSERTs, one at a time, on the same pool.
    await pool.query('CREATE TABLE bench_plain (id bigserial PRIMARY KEY, payload json)');
    const insertSeconds = await timed(async () => {
      for (let i = 0; i < 1000; i++) await pool.query('INSERT INTO bench_plain (payload) VALUES ($1)', [JSON.stringify({ i })]);
    });

    const users = Array.from({ length: 100 }, (_, i) => ({ userId: randomUUID(), tier: (i < 10 ? 'pro' : i < 40 ? 'basic' : 'free') as Tier }));
    const tierOf = new Map<string, Tier>();
    // Mixed arrivals: the 1,000 links (10 per user) in random order, all tiers interleaved.
    const arrivals = users.flatMap((user) => Array.from({ length: 10 }, () => user));
    for (let i = arrivals.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [arrivals[i], arrivals[j]] = [arrivals[j]!, arrivals[i]!];
    }
    const enqueueSeconds = await timed(async () => {
      for (const user of arrivals) {
        const conversionId = randomUUID();
        tierOf.set(conversionId, user.tier);
        const limits = DEFAULT_TIER_LIMITS[user.tier];
        await enqueueConversion(pool, { conversionId, userId: user.userId, tier: user.tier, queueRank: limits.queueRank, concurrentJobs: limits.concurrentJobs, maxAttempts: 3 });
      }
    });

    const waits: Record<Tier, number[]> = { pro: [], basic: [], free: [] };
    let done = 0;
    let finish!: () => void;
    const allDone = new Promise<void>((resolve) => (finish = resolve));
    const concurrency = 4;
    // Waits count from the moment the whole burst is queued and the workers start.
    const started = Date.now();
    const runner = await run({
      pgPool: pool,
      concurrency,
      noHandleSignals: true,
      pollInterval: 1000,
      logger: graphileLogger(),
      taskList: {
        [CONVERT_TASK]: async (payload) => {
          const { conversionId } = payload as { conversionId: string };
          waits[tierOf.get(conversionId)!].push(Date.now() - started);
          if (++done === 1000) finish();
        },
      },
    });
    await allDone;
    const seconds = (Date.now() - started) / 1000;
    await runner.stop();
    const row = (tier: Tier) => {
      const sorted = waits[tier].sort((a, b) => a - b);
      return { tier, jobs: String(sorted.length), 'p50 wait ms': fmt(percentile(sorted, 50)), 'p95 wait ms': fmt(percentile(sorted, 95)) };
    };
    printTable(`job queue: a burst of 1,000 tiny jobs (100 users × 10, tiers interleaved), then graphile-worker at concurrency ${concurrency}; wait from the burst being queued (${db.label})`, [
      { tier: 'raw INSERT ×1000 (baseline)', jobs: '1000', 'p50 wait ms': '', 'p95 wait ms': `${fmt(1000 / insertSeconds)} rows/s` },
      { tier: 'enqueue (placement + add_job)', jobs: '1000', 'p50 wait ms': '', 'p95 wait ms': `${fmt(1000 / enqueueSeconds)} jobs/s (${fmt(insertSeconds / enqueueSeconds, 2)}× INSERT)` },
      { tier: 'run: all tiers', jobs: '1000', 'p50 wait ms': '', 'p95 wait ms': `${fmt(1000 / seconds)} jobs/s` },
      row('pro'),
      row('basic'),
      row('free'),
    ]);
  } finally {
    await pool.end();
    await db.close();
  }
}

if (process.env.ARCANA_ENHANCE_CHILD === '1') {
  void enhanceChild(process.argv[2]!, process.argv[3]!).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
