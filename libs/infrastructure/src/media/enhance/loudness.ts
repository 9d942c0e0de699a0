/** EBU R128 target of the two-pass `loudnorm`: integrated loudness, true peak, loudness range. */
export interface LoudnessTarget {
  /** Integrated loudness, LUFS. */
  integrated: number;
  /** Maximum true peak, dBTP. */
  truePeak: number;
  /** Loudness range, LU. */
  range: number;
}

/** Spoken-word default: -16 LUFS, -1.5 dBTP, 11 LU. */
export const DEFAULT_LOUDNESS_TARGET: LoudnessTarget = { integrated: -16, truePeak: -1.5, range: 11 };

/** What pass 1 of `loudnorm` measured (`print_format=json`), plus the target it measured against. */
export interface LoudnessMeasurement {
  inputI: number;
  inputTp: number;
  inputLra: number;
  inputThresh: number;
  targetOffset: number;
  target: LoudnessTarget;
  /**
   * Set when pass 2 must run a peak limiter at this ceiling (dBFS) before loudnorm; the values
   * above then describe the limited signal. See `fitPeaksForLinearGain` in enhance.ts.
   */
  peakLimitDb?: number;
}

/** Sample rate of everything the enhancement produces (RNNoise works at 48 kHz). */
export const ENHANCED_SAMPLE_RATE = 48_000;

/**
 * Below this integrated loudness the input is treated as silence: loudnorm's gating threshold is
 * -70 LUFS, and normalising near-silence up to -16 LUFS would only amplify residual noise.
 */
const SILENCE_LUFS = -70;

/** `loudnorm=I=..:TP=..:LRA=..` for a target (numbers as ffmpeg expects them). */
export function loudnormTargetArgs(target: LoudnessTarget = DEFAULT_LOUDNESS_TARGET): string {
  return `I=${num(target.integrated)}:TP=${num(target.truePeak)}:LRA=${num(target.range)}`;
}

/** The pass-1 (measurement) filter. */
export function loudnormMeasureFilter(target: LoudnessTarget = DEFAULT_LOUDNESS_TARGET): string {
  return `loudnorm=${loudnormTargetArgs(target)}:print_format=json`;
}

/** A loudnorm JSON value: a decimal string, or "-inf"/"inf"/"nan" for silent or too short input. */
function parseLoudnormNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return Number.NaN;
  const text = value.trim().toLowerCase();
  if (text === '-inf') return Number.NEGATIVE_INFINITY;
  if (text === 'inf' || text === '+inf') return Number.POSITIVE_INFINITY;
  if (text === '' || text === 'nan' || text === '-nan') return Number.NaN;
  return Number(text);
}

/**
 * Finds loudnorm's JSON block in ffmpeg's stderr (the last `{ ... }` after a `Parsed_loudnorm`
 * line) and turns it into a measurement. Returns null when the audio is silent or too short to
 * measure (`-inf` loudness, loudness at or below the -70 LUFS gate, or a non-finite offset, which
 * loudnorm reports for inputs shorter than its 400 ms gating block): such audio is not normalised.
 * Throws when there is no loudnorm output at all.
 */
export function parseLoudnormOutput(stderr: string, target: LoudnessTarget = DEFAULT_LOUDNESS_TARGET): LoudnessMeasurement | null {
  const marker = stderr.lastIndexOf('Parsed_loudnorm');
  const from = stderr.indexOf('{', marker === -1 ? 0 : marker);
  const to = from === -1 ? -1 : stderr.indexOf('}', from);
  if (from === -1 || to === -1) throw new Error('loudnorm printed no measurement');
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(stderr.slice(from, to + 1)) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`loudnorm measurement is not valid JSON: ${(error as Error).message}`);
  }
  const measurement: LoudnessMeasurement = {
    inputI: parseLoudnormNumber(raw.input_i),
    inputTp: parseLoudnormNumber(raw.input_tp),
    inputLra: parseLoudnormNumber(raw.input_lra),
    inputThresh: parseLoudnormNumber(raw.input_thresh),
    targetOffset: parseLoudnormNumber(raw.target_offset),
    target,
  };
  const values = [measurement.inputI, measurement.inputTp, measurement.inputLra, measurement.inputThresh, measurement.targetOffset];
  if (values.some((v) => !Number.isFinite(v))) return null;
  if (measurement.inputI <= SILENCE_LUFS) return null;
  return measurement;
}

/**
 * Whether loudnorm can normalise linearly (one constant gain): the gain that brings the measured
 * loudness to the target must not push the true peak over the target's ceiling. If it would,
 * loudnorm silently falls back to its dynamic mode, which lands about 1 LU under the target on
 * peaky speech (its limiter eats loudness).
 */
export function linearGainFits(measured: LoudnessMeasurement): boolean {
  const gain = measured.target.integrated - measured.inputI;
  return measured.inputTp + gain <= measured.target.truePeak;
}

/**
 * Lookahead limiter used before pass 2 when the peaks do not allow a linear gain: `level=false`
 * (no auto make-up gain), `latency=true` (lookahead delay compensated, length unchanged).
 */
export function peakLimiterFilter(ceilingDb: number): string {
  const limit = Math.min(1, Math.max(0.0625, 10 ** (ceilingDb / 20)));
  return `alimiter=limit=${limit.toFixed(5)}:attack=5:release=50:level=false:latency=true`;
}

/**
 * Reads ffmpeg's `ebur128=peak=true` summary (integrated loudness, its gate threshold, LRA, true
 * peak) into a measurement; the offset is the gain to the target (loudnorm ignores it in linear
 * mode). Returns null when it shows silence (same rule as the loudnorm parser).
 */
export function parseEbur128Summary(stderr: string, target: LoudnessTarget, peakLimitDb?: number): LoudnessMeasurement | null {
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
  const pick = (pattern: RegExp): number => {
    const match = pattern.exec(summary);
    if (!match) throw new Error(`ebur128 summary lacks ${pattern.source}`);
    return parseLoudnormNumber(match[1]);
  };
  const inputI = pick(/I:\s+(\S+) LUFS/);
  const measurement: LoudnessMeasurement = {
    inputI,
    inputTp: pick(/Peak:\s+(\S+) dBFS/),
    inputLra: pick(/LRA:\s+(\S+) LU/),
    inputThresh: pick(/Threshold:\s+(\S+) LUFS/),
    targetOffset: target.integrated - inputI,
    target,
    ...(peakLimitDb === undefined ? {} : { peakLimitDb }),
  };
  const values = [measurement.inputI, measurement.inputTp, measurement.inputLra, measurement.inputThresh];
  if (values.some((v) => !Number.isFinite(v)) || measurement.inputI <= SILENCE_LUFS) return null;
  return measurement;
}

/** How the final encode applies pass 2: an audio filter (absent when not normalising) and output args. */
export interface LoudnessPass2 {
  /**
   * `loudnorm=...:measured_I=...:linear=true:print_format=summary` (preceded by
   * `alimiter=...,` when the measurement carries `peakLimitDb`), or undefined for silent or
   * unmeasurable audio. To combine with other filters, put it last in the caller's `-af` chain.
   */
  filter?: string;
  /**
   * Ready-made output arguments: `-af <filter> -ar 48000`, or just `-ar 48000`. The `-ar` matters:
   * loudnorm upsamples to 192 kHz internally and outputs at that rate unless told otherwise.
   */
  outputArgs: string[];
}

/**
 * The pass-2 chain for the final encode (mp3/m4a/opus, done elsewhere) reading the enhanced
 * intermediate: linear normalisation with the values pass 1 measured, resampled back to 48 kHz.
 * With `null` (silence) it is only `-ar 48000`.
 */
export function loudnormPass2(measured: LoudnessMeasurement | null): LoudnessPass2 {
  const rate = ['-ar', String(ENHANCED_SAMPLE_RATE)];
  if (!measured) return { outputArgs: rate };
  const loudnorm = [
    `loudnorm=${loudnormTargetArgs(measured.target)}`,
    // Clamped to the ranges loudnorm accepts (it refuses to start otherwise).
    `measured_I=${num(clamp(measured.inputI, -99, 0))}`,
    `measured_TP=${num(clamp(measured.inputTp, -99, 99))}`,
    `measured_LRA=${num(clamp(measured.inputLra, 0, 99))}`,
    `measured_thresh=${num(clamp(measured.inputThresh, -99, 0))}`,
    `offset=${num(clamp(measured.targetOffset, -99, 99))}`,
    'linear=true',
    'print_format=summary',
  ].join(':');
  const filter = measured.peakLimitDb === undefined ? loudnorm : `${peakLimiterFilter(measured.peakLimitDb)},${loudnorm}`;
  return { filter, outputArgs: ['-af', filter, ...rate] };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Shortest plain decimal (ffmpeg's option parser wants no exponent). */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}
