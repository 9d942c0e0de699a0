import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MEDIA_TOOLS } from '../ffmpeg';
import { processAlive } from '../process-runner';
import {
  EnhanceError,
  enhanceAudio,
  loudnormPass2,
  normaliseTo,
  parseLoudnormOutput,
  type EnhanceResult,
} from '.';

const run = promisify(execFile);
const tools = DEFAULT_MEDIA_TOOLS;

const SENTENCES =
  'Good morning. This is a short recording made to test the audio enhancement. ' +
  'The weather today is calm, with a light wind from the west. ' +
  'Please remember to bring your notes to the meeting. We will start at nine o clock, and finish before lunch.';

let dir: string;
let speech: string; // clean speech, 12 s, mono 48 kHz
let noisyMono: string; // speech + pink noise, mono WAV
let noisyStereo: string; // speech + independent pink noise per side, stereo FLAC in MKV with a video stream
let long: string; // 60 s of the noisy mono source
let longStereo: string;

async function ffmpeg(...args: string[]): Promise<string> {
  const { stderr } = await run('ffmpeg', ['-hide_banner', '-nostdin', '-nostats', '-y', ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stderr;
}

async function probeDuration(file: string): Promise<number> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]);
  return Number(stdout.trim());
}

async function probeChannels(file: string): Promise<number> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-select_streams', 'a:0', '-show_entries', 'stream=channels', '-of', 'csv=p=0', file]);
  return Number(stdout.trim());
}

/** Integrated loudness and true peak by a separate analysis (ebur128 filter's summary). */
async function loudness(file: string): Promise<{ lufs: number; truePeak: number }> {
  const stderr = await ffmpeg('-i', file, '-af', 'ebur128=peak=true:framelog=verbose', '-f', 'null', '-');
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
  return { lufs: Number(/I:\s+(\S+) LUFS/.exec(summary)![1]), truePeak: Number(/Peak:\s+(\S+) dBFS/.exec(summary)![1]) };
}

/** RMS level (dBFS, all channels) of consecutive 50 ms windows. Digital silence is floored at -120 dB. */
async function windowRms(file: string): Promise<number[]> {
  const { stdout } = await run(
    'ffmpeg',
    [
      '-hide_banner', '-nostdin', '-nostats', '-loglevel', 'error', '-i', file,
      '-af', 'aresample=48000,asetnsamples=n=2400:p=0,astats=metadata=1:reset=1:measure_perchannel=none:measure_overall=RMS_level,ametadata=mode=print:key=lavfi.astats.Overall.RMS_level:file=-',
      '-f', 'null', '-',
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return [...stdout.matchAll(/RMS_level=(\S+)/g)].map((m) => {
    const value = Number(m[1]);
    return Number.isFinite(value) ? Math.max(value, -120) : -120;
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Speech-to-floor ratio: the loud windows (90th percentile: speech) against the quiet ones (10th
 * percentile: the gaps between words, i.e. the noise floor). A ratio is independent of any gain,
 * so it compares honestly across the loudness normalisation.
 */
async function speechToFloor(file: string): Promise<{ speech: number; floor: number; ratio: number }> {
  const levels = await windowRms(file);
  const speechLevel = percentile(levels, 90);
  const floor = percentile(levels, 10);
  return { speech: speechLevel, floor, ratio: speechLevel - floor };
}

async function decodeMono(file: string): Promise<Float32Array> {
  const { stdout } = await run('ffmpeg', ['-hide_banner', '-nostdin', '-loglevel', 'error', '-i', file, '-ac', '1', '-ar', '48000', '-f', 'f32le', 'pipe:1'], {
    encoding: 'buffer',
    maxBuffer: 256 * 1024 * 1024,
  });
  const bytes = new Uint8Array(stdout.byteLength);
  bytes.set(stdout);
  return new Float32Array(bytes.buffer);
}

/**
 * Scale-invariant SNR (dB) of `estimate` against the clean `reference`: project the estimate on the
 * reference, everything else counts as noise or distortion. Rewards removing noise only as long as
 * the speech itself survives (and is time-aligned).
 */
function siSnr(reference: Float32Array, estimate: Float32Array): number {
  const n = Math.min(reference.length, estimate.length);
  let dot = 0;
  let refEnergy = 0;
  for (let i = 0; i < n; i++) {
    dot += reference[i]! * estimate[i]!;
    refEnergy += reference[i]! * reference[i]!;
  }
  const alpha = dot / refEnergy;
  let signal = 0;
  let residual = 0;
  for (let i = 0; i < n; i++) {
    const target = alpha * reference[i]!;
    signal += target * target;
    residual += (estimate[i]! - target) ** 2;
  }
  return 10 * Math.log10(signal / residual);
}


function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'arcana-enhance-'));
  const raw = path.join(dir, 'speech-raw.wav');
  await run('espeak-ng', ['-g', '8', '-w', raw, SENTENCES]);
  speech = path.join(dir, 'speech.wav');
  // Repeat (if ever shorter) and cut to 12 s, 48 kHz mono.
  await ffmpeg('-stream_loop', '3', '-i', raw, '-t', '12', '-ar', '48000', '-ac', '1', '-c:a', 'pcm_s16le', speech);

  // Pink noise at RMS ≈ -32 dBFS against speech at ≈ -21 dBFS: about 11 dB SNR.
  noisyMono = path.join(dir, 'noisy-mono.wav');
  await ffmpeg(
    '-i', speech,
    '-f', 'lavfi', '-i', 'anoisesrc=color=pink:amplitude=0.12:r=48000:seed=11',
    '-filter_complex', '[0:a][1:a]amix=inputs=2:duration=first:normalize=0[a]',
    '-map', '[a]', '-c:a', 'pcm_s16le', noisyMono,
  );

  noisyStereo = path.join(dir, 'noisy-stereo.mkv');
  await ffmpeg(
    '-i', speech,
    '-f', 'lavfi', '-i', 'anoisesrc=color=pink:amplitude=0.12:r=48000:seed=21',
    '-f', 'lavfi', '-i', 'anoisesrc=color=pink:amplitude=0.10:r=48000:seed=22',
    '-f', 'lavfi', '-i', 'color=c=black:s=64x64:r=5',
    '-filter_complex',
    '[0:a]pan=stereo|c0=1.0*c0|c1=0.8*c0[s];[1:a][2:a]join=inputs=2:channel_layout=stereo[n];[s][n]amix=inputs=2:duration=first:normalize=0[a]',
    '-map', '3:v', '-map', '[a]', '-shortest', '-c:v', 'mpeg4', '-c:a', 'flac', noisyStereo,
  );

  long = path.join(dir, 'long-mono.wav');
  await ffmpeg('-stream_loop', '5', '-i', noisyMono, '-t', '60', '-c:a', 'pcm_s16le', long);
  longStereo = path.join(dir, 'long-stereo.wav');
  await ffmpeg('-stream_loop', '5', '-i', noisyStereo, '-map', '0:a', '-t', '60', '-c:a', 'pcm_s16le', longStereo);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('audio enhancement (RNNoise + two-pass loudnorm)', () => {
  async function enhanceAndNormalise(input: string, name: string): Promise<{ result: EnhanceResult; output: string }> {
    const workDir = path.join(dir, `work-${name}`);
    const progress: number[] = [];
    const result = await enhanceAudio(tools, { input, workDir, timeoutMs: 60_000, onProgress: (f) => progress.push(f) });
    expect(readdirSync(workDir)).toEqual([path.basename(result.outputPath)]);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= progress[i - 1]!))).toBe(true);
    expect(progress[progress.length - 1]).toBe(1);
    const output = path.join(dir, `${name}-normalised.wav`);
    await normaliseTo(tools, result.outputPath, result.measured, output, { timeoutMs: 60_000 });
    return { result, output };
  }

  it('denoises mono speech: -16 LUFS, noise floor down ≥ 6 dB relative to speech, duration kept', async () => {
    const { result, output } = await enhanceAndNormalise(noisyMono, 'mono');
    expect(result.channels).toBe(1);
    expect(result.measured).not.toBeNull();
    // Espeak's speech is peaky (true peak ≈ -1.7 dBTP at ≈ -21 LUFS): a linear +5 dB would clip the
    // -1.5 dBTP ceiling, so the step adds a peak limiter ahead of the linear loudnorm.
    expect(result.pass2.filter).toMatch(/^(alimiter=[^,]+,)?loudnorm=I=-16:TP=-1.5:LRA=11:measured_I=-?[\d.]+:measured_TP=-?[\d.]+:measured_LRA=[\d.]+:measured_thresh=-?[\d.]+:offset=-?[\d.]+:linear=true:print_format=summary$/);
    expect(result.pass2.outputArgs.slice(-2)).toEqual(['-ar', '48000']);

    const { lufs, truePeak } = await loudness(output);
    expect(Math.abs(lufs - -16)).toBeLessThanOrEqual(1);
    expect(truePeak).toBeLessThanOrEqual(-1);

    const before = await speechToFloor(noisyMono);
    const after = await speechToFloor(output);
    const improvement = after.ratio - before.ratio;
    console.log(
      `[enhance] mono: output ${lufs.toFixed(1)} LUFS, ${truePeak.toFixed(1)} dBTP (peak limiter ${result.measured?.peakLimitDb?.toFixed(1) ?? 'none'}); speech-to-floor ${before.ratio.toFixed(1)} dB → ${after.ratio.toFixed(1)} dB ` +
        `(improvement ${improvement.toFixed(1)} dB; floor ${before.floor.toFixed(1)} → ${after.floor.toFixed(1)} dBFS, speech P90 ${before.speech.toFixed(1)} → ${after.speech.toFixed(1)} dBFS)`,
    );
    expect(improvement).toBeGreaterThanOrEqual(6);

    // Speech kept, not just gaps gated: SI-SNR against the clean speech, before and after.
    const clean = await decodeMono(speech);
    const snrBefore = siSnr(clean, await decodeMono(noisyMono));
    const snrAfter = siSnr(clean, await decodeMono(result.outputPath));
    console.log(`[enhance] mono: SI-SNR against clean speech ${snrBefore.toFixed(1)} dB → ${snrAfter.toFixed(1)} dB`);
    // A sanity floor, not a quality target: espeak's synthetic voice is not what RNNoise was trained on.
    expect(snrAfter - snrBefore).toBeGreaterThanOrEqual(2);

    expect(await probeChannels(output)).toBe(1);
    expect(Math.abs((await probeDuration(output)) - (await probeDuration(noisyMono)))).toBeLessThanOrEqual(0.1);
    expect(Math.abs(result.durationSeconds - 12)).toBeLessThanOrEqual(0.1);
  }, 60_000);

  it('keeps stereo as stereo (one RNNoise state per channel) from a video container', async () => {
    const { result, output } = await enhanceAndNormalise(noisyStereo, 'stereo');
    expect(result.channels).toBe(2);
    expect(await probeChannels(result.outputPath)).toBe(2);
    expect(await probeChannels(output)).toBe(2);

    const { lufs, truePeak } = await loudness(output);
    expect(Math.abs(lufs - -16)).toBeLessThanOrEqual(1);
    expect(truePeak).toBeLessThanOrEqual(-1);
    const before = await speechToFloor(noisyStereo);
    const after = await speechToFloor(output);
    console.log(`[enhance] stereo: output ${lufs.toFixed(1)} LUFS, ${truePeak.toFixed(1)} dBTP (peak limiter ${result.measured?.peakLimitDb?.toFixed(1) ?? 'none'}); speech-to-floor ${before.ratio.toFixed(1)} dB → ${after.ratio.toFixed(1)} dB (improvement ${(after.ratio - before.ratio).toFixed(1)} dB)`);
    expect(after.ratio - before.ratio).toBeGreaterThanOrEqual(6);

    const audioDuration = async (file: string) => {
      const { stdout } = await run('ffprobe', ['-v', 'error', '-select_streams', 'a:0', '-show_entries', 'stream=duration:format=duration', '-of', 'json', file]);
      const parsed = JSON.parse(stdout) as { streams: { duration?: string }[]; format: { duration: string } };
      return Number(parsed.streams[0]?.duration ?? parsed.format.duration);
    };
    expect(Math.abs((await probeDuration(output)) - 12)).toBeLessThanOrEqual(0.1);
    expect(Math.abs((await audioDuration(output)) - result.durationSeconds)).toBeLessThanOrEqual(0.1);
  }, 60_000);

  it('measures speed on 60 s inputs (× realtime, logged, not asserted)', async () => {
    for (const [name, input] of [['mono', long], ['stereo', longStereo]] as const) {
      const workDir = path.join(dir, `work-speed-${name}`);
      const result = await enhanceAudio(tools, { input, workDir, timeoutMs: 120_000 });
      const factor = result.durationSeconds / (result.elapsedMs / 1000);
      console.log(`[enhance] speed ${name}: ${result.durationSeconds.toFixed(1)} s of audio in ${(result.elapsedMs / 1000).toFixed(2)} s = ${factor.toFixed(1)}× realtime`);
      expect(Math.abs(result.durationSeconds - 60)).toBeLessThanOrEqual(0.1);
      rmSync(workDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('aborts mid-way promptly, kills both ffmpeg processes and leaves no files', async () => {
    const workDir = path.join(dir, 'work-abort');
    const pids: number[] = [];
    const controller = new AbortController();
    let abortedAt = 0;
    const running = enhanceAudio(tools, {
      input: long,
      workDir,
      signal: controller.signal,
      onSpawn: ({ pid }) => pids.push(pid),
      onProgress: (fraction) => {
        if (fraction >= 0.1 && !abortedAt) {
          abortedAt = Date.now();
          controller.abort();
        }
      },
    });
    const error = await running.then(
      () => undefined,
      (e: unknown) => e,
    );
    const latency = Date.now() - abortedAt;
    expect(abortedAt).toBeGreaterThan(0);
    expect(error).toBeInstanceOf(EnhanceError);
    expect((error as EnhanceError).code).toBe('aborted');
    console.log(`[enhance] abort at 10% progress: rejected ${latency} ms later`);
    expect(latency).toBeLessThan(2000);
    expect(pids).toHaveLength(2);
    for (const pid of pids) {
      expect(processAlive(pid)).toBe(false);
      expect(groupAlive(pid)).toBe(false);
    }
    expect(readdirSync(workDir)).toEqual([]);
  }, 30_000);

  it('fails with timeout when it runs over timeoutMs, again leaving nothing behind', async () => {
    const workDir = path.join(dir, 'work-timeout');
    const pids: number[] = [];
    const error = await enhanceAudio(tools, { input: long, workDir, timeoutMs: 400, onSpawn: ({ pid }) => pids.push(pid) }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as EnhanceError).code).toBe('timeout');
    for (const pid of pids) expect(processAlive(pid)).toBe(false);
    expect(readdirSync(workDir).length === 0).toBe(true);
  }, 30_000);

  it('surfaces ffmpeg failures as EnhanceError failed (missing binary; unwritable output)', async () => {
    const missing = await enhanceAudio({ ...tools, ffmpeg: 'ffmpeg-that-does-not-exist' }, { input: noisyMono, workDir: path.join(dir, 'work-missing') }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((missing as EnhanceError).code).toBe('failed');
    expect(readdirSync(path.join(dir, 'work-missing'))).toEqual([]);

    // The output path is a directory: the encoder fails at start while the decoder is streaming.
    const workDir = path.join(dir, 'work-unwritable');
    const pids: number[] = [];
    const unwritable = await enhanceAudio(tools, { input: long, workDir, outputPath: workDir, onSpawn: ({ pid }) => pids.push(pid) }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((unwritable as EnhanceError).code).toBe('failed');
    expect((unwritable as Error).message).toMatch(/ffmpeg/);
    for (const pid of pids) expect(processAlive(pid)).toBe(false);
  });

  it('rejects a source without an audio stream with code no_audio', async () => {
    const videoOnly = path.join(dir, 'video-only.mp4');
    await ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=64x64:rate=5', '-t', '1', '-c:v', 'mpeg4', videoOnly);
    const error = await enhanceAudio(tools, { input: videoOnly, workDir: path.join(dir, 'work-novideo') }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EnhanceError);
    expect((error as EnhanceError).code).toBe('no_audio');
  });

  it('silent input: no measurement, pass 2 is only -ar 48000, and normalising still works', async () => {
    const silent = path.join(dir, 'silent.wav');
    await ffmpeg('-f', 'lavfi', '-i', 'anullsrc=r=44100:cl=stereo', '-t', '3', '-c:a', 'pcm_s16le', silent);
    const result = await enhanceAudio(tools, { input: silent, workDir: path.join(dir, 'work-silent') });
    expect(result.measured).toBeNull();
    expect(result.pass2).toEqual({ outputArgs: ['-ar', '48000'] });
    expect(result.channels).toBe(2);
    expect(Math.abs(result.durationSeconds - 3)).toBeLessThanOrEqual(0.01);
    const output = path.join(dir, 'silent-out.wav');
    await normaliseTo(tools, result.outputPath, result.measured, output);
    expect(Math.abs((await probeDuration(output)) - 3)).toBeLessThanOrEqual(0.1);
  });

  it('very short input (less than one 10 ms RNNoise frame) keeps its exact length', async () => {
    const short = path.join(dir, 'short.wav');
    await ffmpeg('-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000', '-t', '0.005', '-c:a', 'pcm_s16le', short);
    const result = await enhanceAudio(tools, { input: short, workDir: path.join(dir, 'work-short') });
    expect(Math.round(result.durationSeconds * 48_000)).toBe(240);
    expect(result.measured).toBeNull(); // too short for loudnorm's 400 ms gating blocks
    const { stdout } = await run('ffprobe', ['-v', 'error', '-select_streams', 'a:0', '-count_packets', '-show_entries', 'stream=duration_ts,sample_rate', '-of', 'csv=p=0', result.outputPath]);
    expect(stdout).toContain('48000');
  });
});

describe('loudnorm helpers', () => {
  it('parses loudnorm JSON, including -inf for silence', () => {
    const loud = `[Parsed_loudnorm_1 @ 0x1]\n{\n\t"input_i" : "-27.61",\n\t"input_tp" : "-4.47",\n\t"input_lra" : "18.06",\n\t"input_thresh" : "-39.20",\n\t"output_i" : "-16.58",\n\t"output_tp" : "-1.50",\n\t"output_lra" : "14.78",\n\t"output_thresh" : "-27.71",\n\t"normalization_type" : "dynamic",\n\t"target_offset" : "0.58"\n}`;
    const measured = parseLoudnormOutput(loud);
    expect(measured).toMatchObject({ inputI: -27.61, inputTp: -4.47, inputLra: 18.06, inputThresh: -39.2, targetOffset: 0.58 });
    expect(loudnormPass2(measured).filter).toBe(
      'loudnorm=I=-16:TP=-1.5:LRA=11:measured_I=-27.61:measured_TP=-4.47:measured_LRA=18.06:measured_thresh=-39.2:offset=0.58:linear=true:print_format=summary',
    );
    expect(loudnormPass2(measured).outputArgs).toEqual(['-af', loudnormPass2(measured).filter, '-ar', '48000']);

    const silent = loud.replace('"-27.61"', '"-inf"').replace('"-4.47"', '"-inf"').replace('"0.58"', '"inf"');
    expect(parseLoudnormOutput(silent)).toBeNull();
    expect(loudnormPass2(null)).toEqual({ outputArgs: ['-ar', '48000'] });
    expect(() => parseLoudnormOutput('no json here')).toThrow(/no measurement/);
  });
});
