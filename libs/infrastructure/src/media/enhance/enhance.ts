import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
import { MediaTools, probeMedia, runFfmpeg } from '../ffmpeg';
import { ProcessError, runProcess } from '../process-runner';
import {
  DEFAULT_LOUDNESS_TARGET,
  ENHANCED_SAMPLE_RATE,
  LoudnessMeasurement,
  LoudnessPass2,
  LoudnessTarget,
  linearGainFits,
  loudnormMeasureFilter,
  loudnormPass2,
  parseEbur128Summary,
  parseLoudnormOutput,
  peakLimiterFilter,
} from './loudness';

export type EnhanceErrorCode = 'no_audio' | 'aborted' | 'timeout' | 'failed';

/** Why an enhancement did not complete; `cause` holds the underlying ProcessError/Error if any. */
export class EnhanceError extends Error {
  constructor(
    readonly code: EnhanceErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EnhanceError';
  }
}

export interface EnhanceOptions {
  /** Source media (any container ffmpeg reads); its first audio stream is used. */
  input: string;
  /** Directory for the intermediate (created if missing; the caller owns its cleanup). */
  workDir: string;
  /** The lossless intermediate (FLAC, 48 kHz); default `<workDir>/enhanced.flac`. */
  outputPath?: string;
  /** 1 or 2; default: the source's layout, mono stays mono, stereo stays stereo, more is downmixed to 2. */
  channels?: 1 | 2;
  /** Source duration for progress; default: what ffprobe reports. */
  durationSeconds?: number;
  signal?: AbortSignal;
  /** Wall-time cap for the whole step (probe included). */
  timeoutMs?: number;
  /** Fraction of the source duration denoised so far, 0..1. */
  onProgress?: (fraction: number) => void;
  /** Loudness target pass 1 measures against (pass 2 must use the same); default -16 LUFS / -1.5 dBTP / 11 LU. */
  target?: LoudnessTarget;
  /** Each ffmpeg process started (observability, tests). */
  onSpawn?: (child: { role: 'decoder' | 'encoder'; pid: number }) => void;
}

export interface EnhanceResult {
  /** The denoised lossless intermediate (FLAC, 48 kHz, `channels` channels). */
  outputPath: string;
  channels: 1 | 2;
  sampleRate: number;
  /** Samples per channel written to the intermediate / 48000. */
  durationSeconds: number;
  /** Pass-1 loudness of the denoised audio, or null for silent / unmeasurable (too short) audio. */
  measured: LoudnessMeasurement | null;
  /** What the final encode adds to apply pass 2 (see `loudnormPass2`). */
  pass2: LoudnessPass2;
  /** Wall time of the step, for speed reporting. */
  elapsedMs: number;
}

/** Chunks handed to the worker before the decoder is held back (64 KiB each from the pipe). */
const MAX_CHUNKS_IN_FLIGHT = 4;

/**
 * Locates the worker script. It is plain CommonJS (`rnnoise-worker.cjs`): swc's `--copy-files`
 * copies it next to the compiled enhance.js in dist, and under vitest (sources run through SWC,
 * CommonJS `__dirname` still provided) it sits next to this file, so one lookup serves both.
 */
function workerScript(): string {
  const file = path.join(__dirname, 'rnnoise-worker.cjs');
  if (!existsSync(file)) throw new EnhanceError('failed', `RNNoise worker script missing: ${file}`);
  return file;
}

/**
 * Stream stage that hands interleaved f32le chunks to the RNNoise worker and pushes what comes
 * back, in order. At most MAX_CHUNKS_IN_FLIGHT chunks are in the worker; beyond that the write
 * callback is held, and Transform's own readable-side backpressure holds it while the encoder's
 * stdin is full. So memory stays bounded whatever the input length.
 */
class DenoiseStage extends Transform {
  private inFlight = 0;
  private heldWrite?: () => void;
  private flushed?: TransformCallback;
  /** Samples per channel that came back from the worker. */
  framesOut = 0;

  constructor(
    private readonly worker: Worker,
    private readonly channels: number,
    private readonly onFrames: (framesOut: number) => void,
  ) {
    super();
    worker.on('message', (message: { type: string; data?: ArrayBuffer; message?: string }) => {
      if (message.type === 'chunk' || message.type === 'done') this.receive(message.data!, message.type === 'done');
      else if (message.type === 'error') this.destroy(new Error(`RNNoise worker failed: ${message.message}`));
    });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    // A copy with an ArrayBuffer of its own, so it can be transferred (pipe chunks may share memory).
    const copy = new Uint8Array(chunk.byteLength);
    copy.set(chunk);
    this.worker.postMessage({ type: 'chunk', data: copy.buffer }, [copy.buffer]);
    this.inFlight++;
    if (this.inFlight < MAX_CHUNKS_IN_FLIGHT) callback();
    else this.heldWrite = callback;
  }

  override _flush(callback: TransformCallback): void {
    this.flushed = callback;
    this.worker.postMessage({ type: 'end' });
  }

  private receive(data: ArrayBuffer, last: boolean): void {
    if (this.destroyed) return;
    if (data.byteLength) {
      this.framesOut += data.byteLength / (4 * this.channels);
      this.push(Buffer.from(data));
      this.onFrames(this.framesOut);
    }
    if (last) {
      const done = this.flushed;
      this.flushed = undefined;
      done?.();
      return;
    }
    this.inFlight--;
    const held = this.heldWrite;
    if (held && this.inFlight < MAX_CHUNKS_IN_FLIGHT) {
      this.heldWrite = undefined;
      held();
    }
  }
}

/**
 * Denoises the source's first audio stream with RNNoise and measures its loudness, in one
 * streaming pass:
 *
 *   ffmpeg (decode → f32le 48 kHz, 1 or 2 ch) ─stdout→ worker thread (RNNoise per channel)
 *     → ffmpeg stdin ─asplit→ FLAC intermediate in workDir
 *                           └→ loudnorm pass 1 (print_format=json) → null
 *
 * If the measured peaks would not allow a linear pass 2, a limiter ceiling is fitted with one to
 * three quick ebur128 reads of the intermediate (see fitPeaksForLinearGain).
 * Resolves with the intermediate and the measurement; the final encode applies `result.pass2`
 * (`-af pass2.filter` when present, and `-ar 48000`) while encoding from the intermediate.
 * Progress covers the denoising pass (1 is reported once everything is done).
 * Rejects with EnhanceError: `no_audio` (source has no audio stream), `aborted`, `timeout`, or
 * `failed` (cause attached). On any failure both ffmpeg processes are killed (process groups),
 * the worker is terminated, and the partial intermediate is removed before the promise settles.
 */
export async function enhanceAudio(tools: MediaTools, options: EnhanceOptions): Promise<EnhanceResult> {
  const started = Date.now();
  const target = options.target ?? DEFAULT_LOUDNESS_TARGET;
  const outputPath = options.outputPath ?? path.join(options.workDir, 'enhanced.flac');

  // One controller stops everything: the caller's abort, the timeout, or the first failure.
  const stop = new AbortController();
  let timedOut = false;
  const onCallerAbort = () => stop.abort();
  if (options.signal?.aborted) throw new EnhanceError('aborted', 'audio enhancement aborted');
  options.signal?.addEventListener('abort', onCallerAbort, { once: true });
  const timer = options.timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        stop.abort();
      }, options.timeoutMs)
    : undefined;

  const describeStop = (cause?: unknown): EnhanceError | undefined => {
    if (options.signal?.aborted) return new EnhanceError('aborted', 'audio enhancement aborted', { cause });
    if (timedOut) return new EnhanceError('timeout', `audio enhancement ran over ${options.timeoutMs} ms`, { cause });
    return undefined;
  };

  try {
    let probe;
    try {
      // Its own cap only guards a hung ffprobe; the overall timeoutMs acts through `stop`.
      probe = await probeMedia(tools, options.input, { signal: stop.signal, timeoutMs: 30_000 });
    } catch (error) {
      throw describeStop(error) ?? new EnhanceError('failed', `could not probe the source: ${(error as Error).message}`, { cause: error });
    }
    if (!probe.audio) throw new EnhanceError('no_audio', 'the source has no audio stream');
    const channels: 1 | 2 = options.channels ?? (probe.audio.channels === 1 ? 1 : 2);
    const durationSeconds = options.durationSeconds ?? probe.durationSeconds;
    await mkdir(path.dirname(outputPath), { recursive: true });
    await mkdir(options.workDir, { recursive: true });

    const { framesOut, measured: raw } = await denoiseAndMeasure(tools, {
      input: options.input,
      outputPath,
      channels,
      target,
      durationSeconds,
      signal: stop.signal,
      onProgress: options.onProgress,
      onSpawn: options.onSpawn,
      describeStop,
    });
    let measured: LoudnessMeasurement | null;
    try {
      measured = await fitPeaksForLinearGain(tools, outputPath, raw, stop.signal);
    } catch (error) {
      await rm(outputPath, { force: true }).catch(() => undefined);
      throw describeStop(error) ?? new EnhanceError('failed', `peak fitting failed: ${describe(error)}`, { cause: error });
    }
    options.onProgress?.(1);
    return {
      outputPath,
      channels,
      sampleRate: ENHANCED_SAMPLE_RATE,
      durationSeconds: framesOut / ENHANCED_SAMPLE_RATE,
      measured,
      pass2: loudnormPass2(measured),
      elapsedMs: Date.now() - started,
    };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCallerAbort);
  }
}

interface RunSpec {
  input: string;
  outputPath: string;
  channels: 1 | 2;
  target: LoudnessTarget;
  durationSeconds?: number;
  signal: AbortSignal;
  onProgress?: (fraction: number) => void;
  onSpawn?: EnhanceOptions['onSpawn'];
  describeStop: (cause?: unknown) => EnhanceError | undefined;
}

async function denoiseAndMeasure(tools: MediaTools, spec: RunSpec): Promise<{ framesOut: number; measured: LoudnessMeasurement | null }> {
  // Failures inside this run abort `local`, which kills both processes and tears the streams down.
  const local = new AbortController();
  const relay = () => local.abort();
  if (spec.signal.aborted) local.abort();
  spec.signal.addEventListener('abort', relay, { once: true });
  let firstError: unknown;
  let brokenPipe: unknown;
  const fail = (error: unknown) => {
    firstError ??= error;
    local.abort();
  };

  const worker = new Worker(workerScript(), { workerData: { channels: spec.channels } });
  let workerDone = false;
  worker.on('error', (error) => fail(new Error(`RNNoise worker crashed: ${error.message}`, { cause: error })));
  worker.on('exit', (code) => {
    if (!workerDone && !local.signal.aborted) fail(new Error(`RNNoise worker exited early (code ${code})`));
  });
  worker.on('message', (message: { type: string }) => {
    if (message.type === 'done') workerDone = true;
  });

  const totalFrames = spec.durationSeconds ? spec.durationSeconds * ENHANCED_SAMPLE_RATE : 0;
  let lastReported = -1;
  const stage = new DenoiseStage(worker, spec.channels, (framesOut) => {
    if (!spec.onProgress || !totalFrames) return;
    const fraction = Math.min(1, framesOut / totalFrames);
    if (fraction - lastReported >= 0.005) {
      lastReported = fraction;
      spec.onProgress(fraction);
    }
  });

  let decoder: ChildProcess | undefined;
  let encoder: ChildProcess | undefined;
  let markDecoder!: (child: ChildProcess) => void;
  let markEncoder!: (child: ChildProcess) => void;
  const decoderSpawned = new Promise<ChildProcess>((resolve) => (markDecoder = resolve));
  const encoderSpawned = new Promise<ChildProcess>((resolve) => (markEncoder = resolve));
  // Unpiped stdio would keep a killed child's 'close' from firing: destroy it on abort.
  local.signal.addEventListener(
    'abort',
    () => {
      decoder?.stdout?.destroy();
      encoder?.stdin?.destroy();
      stage.destroy();
    },
    { once: true },
  );

  const decoderRun = runProcess(tools.ffmpeg, {
    args: [
      '-hide_banner', '-nostdin', '-loglevel', 'error', '-nostats',
      '-i', spec.input,
      '-map', '0:a:0', '-vn', '-sn', '-dn',
      '-ac', String(spec.channels), '-ar', String(ENHANCED_SAMPLE_RATE),
      '-c:a', 'pcm_f32le', '-f', 'f32le', 'pipe:1',
    ],
    signal: local.signal,
    onSpawn: (child) => {
      // runProcess collects stdout as text (capped at 8 MB); this stdout is the audio stream, so
      // its collector is detached and the stream paused until the pipeline takes it over. 'spawn'
      // fires before any stdout data can be read, so nothing is lost.
      child.stdout!.removeAllListeners('data');
      child.stdout!.pause();
      child.stdout!.on('error', () => {}); // reported through the pipeline
      decoder = child;
      if (child.pid) spec.onSpawn?.({ role: 'decoder', pid: child.pid });
      markDecoder(child);
    },
  }).catch((error: unknown) => fail(error));

  // loudnorm prints its JSON at info level on stderr after the stream ends; keep what follows the
  // `Parsed_loudnorm` line (bounded), since the stderr tail may be crowded by other info lines.
  const loudnormLines: string[] = [];
  let inLoudnorm = false;
  const encoderRun = runProcess(tools.ffmpeg, {
    args: [
      '-hide_banner', '-y', '-loglevel', 'info', '-nostats',
      '-f', 'f32le', '-ar', String(ENHANCED_SAMPLE_RATE), '-ac', String(spec.channels), '-i', 'pipe:0',
      '-filter_complex', `[0:a]asplit=2[keep][measure];[measure]${loudnormMeasureFilter(spec.target)}[measured]`,
      '-map', '[keep]', '-c:a', 'flac', '-f', 'flac', spec.outputPath,
      '-map', '[measured]', '-f', 'null', '-',
    ],
    signal: local.signal,
    stdin: 'pipe',
    onStderrLine: (line) => {
      if (line.includes('Parsed_loudnorm')) {
        inLoudnorm = true;
        loudnormLines.length = 0;
      }
      if (inLoudnorm && loudnormLines.length < 64) loudnormLines.push(line);
    },
    onSpawn: (child) => {
      child.stdin!.on('error', () => {}); // EPIPE if ffmpeg dies: reported by its exit
      encoder = child;
      if (child.pid) spec.onSpawn?.({ role: 'encoder', pid: child.pid });
      markEncoder(child);
    },
  }).catch((error: unknown) => fail(error));

  const stopped = new Promise<void>((resolve) => {
    if (local.signal.aborted) resolve();
    else local.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  const flow = (async () => {
    const both = await Promise.race([Promise.all([decoderSpawned, encoderSpawned]), stopped]);
    if (!both) return;
    const [dec, enc] = both;
    await pipeline(dec.stdout!, stage, enc.stdin!, { signal: local.signal });
  })().catch((error: unknown) => {
    // A broken pipe (EPIPE, or the stream closed under the pipeline, depending on timing) means a
    // process went away: its own exit (the real reason) fails the run.
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE') brokenPipe ??= error;
    else fail(error);
  });

  try {
    // Every branch catches into `fail`, so these settle without unhandled rejections; by the time
    // they have, both processes are gone (runProcess settles on 'close').
    await Promise.all([decoderRun, encoderRun, flow]);
  } finally {
    spec.signal.removeEventListener('abort', relay);
    await worker.terminate().catch(() => undefined);
  }

  firstError ??= brokenPipe;
  const stoppedError = spec.describeStop(firstError);
  if (stoppedError || firstError !== undefined) {
    await rm(spec.outputPath, { force: true }).catch(() => undefined);
    if (stoppedError) throw stoppedError;
    throw new EnhanceError('failed', `audio enhancement failed: ${describe(firstError)}`, { cause: firstError });
  }

  let measured: LoudnessMeasurement | null;
  try {
    measured = parseLoudnormOutput(loudnormLines.join('\n'), spec.target);
  } catch (error) {
    // No samples at all (an empty audio stream): nothing to measure, nothing to normalise.
    if (stage.framesOut === 0) measured = null;
    else {
      await rm(spec.outputPath, { force: true }).catch(() => undefined);
      throw new EnhanceError('failed', `loudness measurement failed: ${(error as Error).message}`, { cause: error });
    }
  }
  return { framesOut: stage.framesOut, measured };
}

/** Most peak reduction the limiter may apply; beyond it loudnorm's dynamic mode is left to cope. */
const MAX_PEAK_REDUCTION_DB = 12;
/** Safety margin under the true-peak ceiling when choosing the limiter's level. */
const PEAK_MARGIN_DB = 0.3;
/** Measurement passes at most (each a fast ebur128 read of the intermediate). */
const PEAK_FIT_PASSES = 3;

/**
 * Makes linear pass-2 normalisation possible for peaky speech. When gaining the measured audio up
 * to the target would push its true peak over the ceiling (typical for raw speech: peak-to-loudness
 * ratio 18-22 dB against the 14.5 dB that -16 LUFS / -1.5 dBTP allow), loudnorm would fall back to
 * its dynamic mode and land about 1 LU short. Instead, pick a limiter ceiling that brings the
 * peaks down far enough, measure the limited intermediate again (ebur128 with true peak), and
 * return that measurement with `peakLimitDb`, so pass 2 runs the same limiter and then a linear
 * gain. Limiting also lowers the loudness a little (measured, not assumed: the ceiling is refined
 * from the observed loss per dB over at most PEAK_FIT_PASSES passes). Returns the input unchanged
 * when no limiting is needed, or when more than MAX_PEAK_REDUCTION_DB would be (dynamic mode then).
 */
async function fitPeaksForLinearGain(
  tools: MediaTools,
  intermediate: string,
  measured: LoudnessMeasurement | null,
  signal: AbortSignal,
): Promise<LoudnessMeasurement | null> {
  if (!measured || linearGainFits(measured)) return measured;
  const target = measured.target;
  let current = measured;
  let ceiling = measured.inputTp;
  let lossPerDb = 0.3; // first guess of loudness lost per dB of limiting; refined from measurements
  for (let pass = 0; pass < PEAK_FIT_PASSES; pass++) {
    const excess = current.inputTp + (target.integrated - current.inputI) - target.truePeak;
    const next = ceiling - (excess + PEAK_MARGIN_DB) / (1 - lossPerDb);
    if (measured.inputTp - next > MAX_PEAK_REDUCTION_DB) return measured;
    const stderr = await runFfmpeg(
      tools,
      ['-i', intermediate, '-loglevel', 'info', '-af', `${peakLimiterFilter(next)},ebur128=peak=true:framelog=verbose`, '-f', 'null', '-'],
      { signal },
    );
    const limited = parseEbur128Summary(stderr, target, next);
    if (!limited) return measured;
    if (linearGainFits(limited)) return limited;
    lossPerDb = Math.min(0.8, Math.max(0, (current.inputI - limited.inputI) / (ceiling - next)));
    current = limited;
    ceiling = next;
  }
  return measured;
}

function describe(error: unknown): string {
  if (error instanceof ProcessError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

export interface NormaliseOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  durationSeconds?: number;
  onProgress?: (fraction: number) => void;
}

/**
 * Pass 2 to a 16-bit WAV at 48 kHz: linear loudnorm with the measured values (or no gain change for
 * silent audio). The real product applies `loudnormPass2(measured)` in its final mp3/m4a/opus
 * encode instead; this is the same chain for tests and tools.
 */
export async function normaliseTo(
  tools: MediaTools,
  intermediate: string,
  measured: LoudnessMeasurement | null,
  outputWav: string,
  options: NormaliseOptions = {},
): Promise<void> {
  const { outputArgs } = loudnormPass2(measured);
  await runFfmpeg(tools, ['-i', intermediate, '-map', '0:a:0', ...outputArgs, '-c:a', 'pcm_s16le', '-f', 'wav', outputWav], options);
}
