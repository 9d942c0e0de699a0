import { DEFAULT_TIER_LIMITS, Tier, TierLimits } from '@app/domain';
import { z } from 'zod';
import type { MediaTools } from '../media/ffmpeg';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type AdminRole = 'admin' | 'support';
export interface AdminCredential {
  id: string;
  role: AdminRole;
  token: string;
}

/** A whole number in [min, max]; each way of missing says which (not "must be a number" for -3). */
const int = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v) && URL.canParse(v), 'must be a postgres:// or postgresql:// URL');

const adminTokens = z.string().transform((value, ctx): AdminCredential[] => {
  const entries = value.split(',').map((s) => s.trim()).filter(Boolean);
  const parsed: AdminCredential[] = [];
  for (const entry of entries) {
    const [id, role, token, ...rest] = entry.split(':');
    if (!id || !token || rest.length > 0 || (role !== 'admin' && role !== 'support')) {
      ctx.addIssue({ code: 'custom', message: 'entries must look like <id>:<admin|support>:<token>, separated by commas' });
      return z.NEVER;
    }
    if (token.length < 24) {
      ctx.addIssue({ code: 'custom', message: `token for ${id} must be at least 24 characters` });
      return z.NEVER;
    }
    parsed.push({ id, role, token });
  }
  return parsed;
});

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Absent: an embedded PostgreSQL is started under DATA_DIR. */
  DATABASE_URL: postgresUrl.optional(),
  /** Present: KurrentDB holds the event log instead of PostgreSQL. */
  EVENTSTORE_CONNECTION_STRING: z
    .string()
    .refine((v) => /^(kurrentdb|kdb|esdb)(\+discover)?:\/\/\S+$/.test(v), 'must be a kurrentdb://, kdb:// or esdb:// connection string')
    .optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65535).default(3000),
  DATA_DIR: z.string().min(1).default('./.data'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** `auto`: readable lines when stdout is a terminal, JSON lines otherwise. */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  /** `<id>:<admin|support>:<token>` entries, comma-separated. Absent: admin endpoints refuse everyone. */
  ADMIN_TOKENS: adminTokens.optional(),
  PROJECTOR_BATCH_SIZE: int(1, 20_000).default(500),
  RESERVATION_SWEEP_INTERVAL_MS: int(100, 3_600_000).default(5_000),
  /** Hours between payment reconciliations in the projector (Stars transactions, Stripe events); 0: off. */
  RECONCILE_INTERVAL_HOURS: int(0, 24 * 7).default(24),
  WELCOME_CREDITS: int(0, 10_000).default(20),
  /** Days a past-due subscription keeps its tier before the user is on free. */
  SUBSCRIPTION_GRACE_DAYS: int(0, 60).default(3),
  /** Credits the referrer and the new user each get when the new user's first payment succeeds. */
  REFERRER_CREDITS: int(0, 10_000).default(50),
  REFEREE_CREDITS: int(0, 10_000).default(20),
  /** `on`: a fully refunded (or lost-dispute) first payment takes the referral rewards back. */
  REFERRAL_CLAWBACK_ON_REFUND: z.enum(['on', 'off']).default('off'),

  /** Absent: `npm start` runs a local Stripe stand-in (refused with NODE_ENV=production). */
  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_\S+$/, 'must start with sk_test_, sk_live_, rk_test_ or rk_live_').optional(),
  /** The webhook endpoint's signing secret (`whsec_…`); POST /webhooks/stripe refuses every delivery without it. */
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_\S+$/, 'must start with whsec_').optional(),
  /** A Stripe-compatible API instead of api.stripe.com (the local stand-in; tests). */
  STRIPE_API_URL: z.url({ message: 'must be an http(s) URL' }).optional(),
  /** Where users reach the API from outside: the base of Checkout's success and cancel pages. Default: the API's own address. */
  PUBLIC_URL: z.url({ message: 'must be an http(s) URL' }).optional(),

  /** Absent: the bot talks to a local Bot API stand-in (telegram-test-api). */
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[\w-]{20,}$/, 'must look like 123456:ABC-token').optional(),
  /** A local Bot API server (uploads up to 2000 MB), or any compatible endpoint. */
  TELEGRAM_API_ROOT: z.url({ message: 'must be an http(s) URL' }).optional(),
  /** Present: webhook mode; our own HTTP server receives updates at this URL's path. */
  TELEGRAM_WEBHOOK_URL: z.url({ message: 'must be an http(s) URL' }).optional(),
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[\w-]{16,256}$/, 'must be 16-256 letters, digits, _ or -').optional(),
  TELEGRAM_WEBHOOK_PORT: int(0, 65535).default(8443),
  BOT_RATE_LIMIT_PER_MINUTE: int(1, 100_000).default(30),
  /** Send a picture of each spread before its reading. */
  BOT_SPREAD_PICTURES: z.enum(['on', 'off']).default('on'),
  /** Absent: the offline composer writes readings. */
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url({ message: 'must be an http(s) URL' }).optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: int(1000, 600_000).default(60_000),
  /** Present: rate limits live in Redis instead of PostgreSQL. */
  REDIS_URL: z.string().regex(/^rediss?:\/\/\S+$/, 'must be a redis:// URL').optional(),
  /** How long a reading's credits stay reserved before the sweeper releases them. */
  READING_RESERVATION_TTL_SECONDS: int(60, 86_400).default(900),

  // Conversions (video → audio)
  /** Paths of the system tools. */
  YTDLP_PATH: z.string().min(1).default('yt-dlp'),
  FFMPEG_PATH: z.string().min(1).default('ffmpeg'),
  FFPROBE_PATH: z.string().min(1).default('ffprobe'),
  /** Per-job temporary directories live here; leftovers are swept when a worker starts. */
  MEDIA_WORK_DIR: z.string().min(1).optional(),
  /** Destinations allowed despite the private-address rules (`host[:port]`, `ip[:port]`, CIDR; comma-separated). For tests. */
  FETCH_ALLOW: z.string().default(''),
  /** DNS servers (`ip[:port]`, comma-separated) for resolving links; absent: the system resolver. */
  DNS_SERVERS: z
    .string()
    .regex(/^[\w.:\[\]]+(,[\w.:\[\]]+)*$/, 'must be ip[:port] entries separated by commas')
    .optional(),
  WORKER_CONCURRENCY: int(1, 64).default(2),
  /** Attempts per conversion job; only transient errors and crashed workers retry. */
  CONVERSION_MAX_ATTEMPTS: int(1, 20).default(3),
  /** Wall-time cap for one download, and for one whole job. */
  DOWNLOAD_TIMEOUT_SECONDS: int(5, 86_400).default(900),
  JOB_TIMEOUT_SECONDS: int(10, 86_400).default(3 * 3600),
  /** Wall-time cap for the preview (yt-dlp metadata, ffprobe). */
  PROBE_TIMEOUT_SECONDS: int(2, 600).default(45),
  /** A worker not seen for this long is presumed dead; its jobs are unlocked and retried. */
  WORKER_STALE_AFTER_MS: int(1000, 3_600_000).default(30_000),
  /** A job waiting this long moves up one tier rank (so free jobs are never starved). */
  QUEUE_AGING_SECONDS: int(10, 86_400).default(900),
  /** Status messages are edited at most this often. */
  CONVERSION_PROGRESS_INTERVAL_MS: int(100, 60_000).default(3_000),
  /** Telegram's upload limit in MB: 50 for the public Bot API; default 2000 with TELEGRAM_API_ROOT (a local Bot API server). */
  TELEGRAM_UPLOAD_LIMIT_MB: int(1, 2000).optional(),
  /** How long a conversion's credits stay reserved (queue wait included) before the sweeper releases them. */
  CONVERSION_RESERVATION_TTL_SECONDS: int(600, 7 * 86_400).default(86_400),
  /** JSON overrides of the tier limits, e.g. {"free":{"maxBytes":1000000}}. */
  TIER_LIMITS_JSON: z
    .string()
    .refine((v) => {
      try {
        const parsed = JSON.parse(v) as unknown;
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
      } catch {
        return false;
      }
    }, 'must be a JSON object keyed by tier')
    .optional(),
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment once at start; empty variables count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const input = Object.fromEntries(
    Object.keys(configSchema.shape)
      .map((key) => [key, env[key]?.trim()] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = configSchema.safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? 'config');
        const secret = /TOKEN|SECRET|KEY|URL|CONNECTION/.test(key);
        const got = input[key] === undefined ? 'it is missing' : secret ? 'value hidden' : `got "${input[key]}"`;
        return `${key}: ${issue.message} (${got})`;
      }),
    );
  }
  // Rules across variables. A webhook without a secret would take updates from anyone who finds the URL.
  if (result.data.TELEGRAM_WEBHOOK_URL && !result.data.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError(['TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set (it is missing)']);
  }
  if (result.data.STRIPE_SECRET_KEY && !result.data.STRIPE_WEBHOOK_SECRET) {
    throw new ConfigError(['STRIPE_WEBHOOK_SECRET: required when STRIPE_SECRET_KEY is set: payments are only learnt from signed webhooks (it is missing)']);
  }
  // Checkout sends the payer's browser back to our pages: in production that must be an address the world can reach.
  if (result.data.STRIPE_SECRET_KEY && result.data.NODE_ENV === 'production' && !result.data.PUBLIC_URL) {
    throw new ConfigError(['PUBLIC_URL: required in production when STRIPE_SECRET_KEY is set: Stripe Checkout returns payers to its success and cancel pages (it is missing)']);
  }
  return result.data;
}

/** The base URL of the pages Stripe sends users back to: PUBLIC_URL, else the API's own address. */
export function publicUrlOf(config: Pick<AppConfig, 'PUBLIC_URL' | 'HOST' | 'PORT'>, listening?: string): string {
  if (config.PUBLIC_URL) return config.PUBLIC_URL.replace(/\/+$/, '');
  if (listening) return listening.replace(/\/+$/, '');
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.PORT}`;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The tier limits in force: product defaults with TIER_LIMITS_JSON applied. */
export function tierLimits(config: Pick<AppConfig, 'TIER_LIMITS_JSON'>): Record<Tier, TierLimits> {
  const overrides = config.TIER_LIMITS_JSON ? (JSON.parse(config.TIER_LIMITS_JSON) as Partial<Record<Tier, Partial<TierLimits>>>) : {};
  return {
    free: { ...DEFAULT_TIER_LIMITS.free, ...overrides.free },
    basic: { ...DEFAULT_TIER_LIMITS.basic, ...overrides.basic },
    pro: { ...DEFAULT_TIER_LIMITS.pro, ...overrides.pro },
  };
}

/** The system media tools as configured. */
export function mediaTools(config: Pick<AppConfig, 'FFMPEG_PATH' | 'FFPROBE_PATH' | 'YTDLP_PATH'>): MediaTools {
  return { ffmpeg: config.FFMPEG_PATH, ffprobe: config.FFPROBE_PATH, ytDlp: config.YTDLP_PATH };
}

/** Bytes one Telegram upload may carry. */
export function telegramUploadLimitBytes(config: Pick<AppConfig, 'TELEGRAM_UPLOAD_LIMIT_MB' | 'TELEGRAM_API_ROOT'>): number {
  return (config.TELEGRAM_UPLOAD_LIMIT_MB ?? (config.TELEGRAM_API_ROOT ? 2000 : 50)) * 1024 * 1024;
}
