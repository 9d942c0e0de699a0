export {
  EnhanceError,
  enhanceAudio,
  normaliseTo,
  type EnhanceErrorCode,
  type EnhanceOptions,
  type EnhanceResult,
  type NormaliseOptions,
} from './enhance';
export {
  DEFAULT_LOUDNESS_TARGET,
  ENHANCED_SAMPLE_RATE,
  linearGainFits,
  loudnormMeasureFilter,
  loudnormPass2,
  loudnormTargetArgs,
  parseEbur128Summary,
  parseLoudnormOutput,
  peakLimiterFilter,
  type LoudnessMeasurement,
  type LoudnessPass2,
  type LoudnessTarget,
} from './loudness';
