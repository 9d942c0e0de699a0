/** Product defaults (product.md); every figure is overridable through configuration. */
export type Tier = 'free' | 'basic' | 'pro';
export const TIERS = ['free', 'basic', 'pro'] as const satisfies readonly Tier[];

export const WELCOME_CREDITS = 20;

export interface TierLimits {
  /** Longest media a conversion accepts, in seconds. */
  maxDurationSeconds: number;
  /** Largest download a conversion accepts, in bytes. */
  maxBytes: number;
  /** Whether noise suppression + loudness normalisation may be asked for. */
  enhancement: boolean;
  /** Queue rank: lower runs first (pro 0, basic 1, free 2). */
  queueRank: number;
  /** Conversions of one user that may run at the same time. */
  concurrentJobs: number;
}

const MB = 1024 * 1024;

/**
 * product.md gives durations for every tier and sizes for free (50 MB) and pro (2 GB with a
 * local Bot API server); basic's size cap (500 MB) is our choice — an hour of 720p fits.
 */
export const DEFAULT_TIER_LIMITS: Readonly<Record<Tier, TierLimits>> = {
  free: { maxDurationSeconds: 10 * 60, maxBytes: 50 * MB, enhancement: false, queueRank: 2, concurrentJobs: 1 },
  basic: { maxDurationSeconds: 60 * 60, maxBytes: 500 * MB, enhancement: true, queueRank: 1, concurrentJobs: 1 },
  pro: { maxDurationSeconds: 3 * 60 * 60, maxBytes: 2000 * MB, enhancement: true, queueRank: 0, concurrentJobs: 2 },
};

export const isTier = (value: unknown): value is Tier => typeof value === 'string' && (TIERS as readonly string[]).includes(value);

/** Credits each paid period of a subscription grants (product.md: basic 200, pro 1000; free has no period). */
export const MONTHLY_CREDITS: Readonly<Record<Tier, number>> = { free: 0, basic: 200, pro: 1000 };
