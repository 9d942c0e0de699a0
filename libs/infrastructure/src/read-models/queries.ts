import { conversionStream, creditsStream, dailyStream, readingStream, userStream } from '@app/domain';
import type { Pool } from 'pg';
import { EventStore } from '../event-store/event-store.port';
import type { CreditActivity } from './ledger-effects';

export interface UserView {
  userId: string;
  telegramId: number | null;
  displayName: string;
  username: string | null;
  languageCode: string | null;
  referredBy: string | null;
  registeredAt: string;
}

/** A user found by an operator, with the event streams that hold their history. */
export interface UserLookupView extends UserView {
  streams: {
    /** Registration, profile, preferences, tier: `user-<userId>`. */
    account: string;
    /** The credit ledger: `credits-<userId>`. */
    credits: string;
    /** One stream per day with a daily card: `daily-<userId>_<YYYY-MM-DD>` (a pattern). */
    dailyCards: string;
    /** `reading-<readingId>`, newest first (up to 100). */
    readings: string[];
    /** `conversion-<conversionId>`, newest first (up to 100). */
    conversions: string[];
  };
}

export interface BalanceView {
  userId: string;
  available: number;
  reserved: number;
  balance: number;
  lifetime: { granted: number; purchased: number; spent: number; refunded: number };
  /** Log position the figures include; compare with the projection's lag in /health. */
  asOfPosition: number;
}

export interface LedgerEntryView {
  position: number;
  eventId: string;
  type: string;
  amount: number;
  balanceChange: number;
  reference: string;
  detail: string;
  actor: { kind: string; id: string };
  reason: string | null;
  occurredAt: string;
}

export interface ReadingSummaryView {
  readingId: string;
  spreadId: string;
  question: string;
  status: string;
  requestedAt: string;
}

export interface ConversionSummaryView {
  conversionId: string;
  title: string;
  format: string;
  enhance: boolean;
  status: string;
  failureReason: string | null;
  price: number;
  requestedAt: string;
}

/** A line of credit history with what it paid for, where the read models know it already. */
export interface CreditActivityView extends CreditActivity {
  /** A reading's spread. */
  spreadId?: string;
  /** A conversion's audio. */
  audio?: { title: string; format: string };
}

/** Conversions waiting in the queue, per tier. */
export interface QueueTierView {
  tier: string;
  waiting: number;
  running: number;
  oldestWaitSeconds: number | null;
}

export interface ProjectionStatusView {
  name: string;
  position: number;
  lag: number;
  status: 'running' | 'failed';
  eventsProcessed: number;
  error: string | null;
  failedEventId: string | null;
  failedPosition: number | null;
  updatedAt: string;
}

const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : value);

/** A `users` row (telegram_id read as float8) as its view. */
function userView(r: Record<string, any>): UserView {
  return {
    userId: r.user_id,
    telegramId: r.telegram_id,
    displayName: r.display_name,
    username: r.username,
    languageCode: r.language_code,
    referredBy: r.referred_by,
    registeredAt: iso(r.registered_at),
  };
}

/** The query side: plain SQL over read models, never the event log (except to measure lag). */
export class ReadModels {
  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
  ) {}

  async user(userId: string): Promise<UserView | undefined> {
    const { rows } = await this.pool.query(
      `SELECT user_id, telegram_id::float8 AS telegram_id, display_name, username, language_code, referred_by, registered_at
         FROM users WHERE user_id = $1`,
      [userId],
    );
    return rows[0] && userView(rows[0]);
  }

  /** Users by Telegram id, or by username (any case, with or without the leading @), with their streams. */
  async findUsers(query: { telegramId: number } | { username: string }): Promise<UserLookupView[]> {
    const byTelegram = 'telegramId' in query;
    const { rows } = await this.pool.query(
      `SELECT u.user_id, u.telegram_id::float8 AS telegram_id, u.display_name, u.username, u.language_code, u.referred_by, u.registered_at,
              ARRAY(SELECT reading_id FROM readings r WHERE r.user_id = u.user_id ORDER BY requested_at DESC LIMIT 100) AS readings,
              ARRAY(SELECT conversion_id FROM conversions c WHERE c.user_id = u.user_id ORDER BY requested_at DESC LIMIT 100) AS conversions
         FROM users u
        WHERE ${byTelegram ? 'u.telegram_id = $1' : 'lower(u.username) = lower($1)'}
        ORDER BY u.registered_at LIMIT 20`,
      [byTelegram ? query.telegramId : query.username.replace(/^@/, '')],
    );
    return rows.map((r) => ({
      ...userView(r),
      streams: {
        account: userStream(r.user_id),
        credits: creditsStream(r.user_id),
        dailyCards: dailyStream(r.user_id, '<YYYY-MM-DD>'),
        readings: (r.readings as string[]).map(readingStream),
        conversions: (r.conversions as string[]).map(conversionStream),
      },
    }));
  }

  async userIdByReferralCode(code: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ user_id: string }>('SELECT user_id FROM users WHERE referral_code = $1', [code]);
    return rows[0]?.user_id;
  }

  /** A user's latest readings, newest first. */
  async recentReadings(userId: string, limit: number): Promise<ReadingSummaryView[]> {
    const { rows } = await this.pool.query(
      `SELECT reading_id, spread_id, question, status, requested_at FROM readings WHERE user_id = $1 ORDER BY requested_at DESC LIMIT $2`,
      [userId, limit],
    );
    return rows.map((r) => ({ readingId: r.reading_id, spreadId: r.spread_id, question: r.question, status: r.status, requestedAt: iso(r.requested_at) }));
  }

  /** The text of one of the user's readings, when it was written. */
  async readingText(userId: string, readingId: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ text: string | null }>('SELECT text FROM readings WHERE reading_id = $1 AND user_id = $2', [readingId, userId]);
    return rows[0]?.text ?? undefined;
  }

  async balance(userId: string): Promise<BalanceView | undefined> {
    const { rows } = await this.pool.query(
      `SELECT balance::float8, reserved::float8, available::float8, lifetime_granted::float8, lifetime_purchased::float8,
              lifetime_spent::float8, lifetime_refunded::float8, position::float8
         FROM balances WHERE user_id = $1`,
      [userId],
    );
    const r = rows[0];
    if (!r) return undefined;
    return {
      userId,
      available: r.available,
      reserved: r.reserved,
      balance: r.balance,
      lifetime: { granted: r.lifetime_granted, purchased: r.lifetime_purchased, spent: r.lifetime_spent, refunded: r.lifetime_refunded },
      asOfPosition: r.position,
    };
  }

  /** Newest first; `before` pages back by log position. */
  async ledger(userId: string, options: { limit: number; before?: number }): Promise<LedgerEntryView[]> {
    const { rows } = await this.pool.query(
      `SELECT position::float8, event_id, event_type, amount::float8, balance_change::float8, reference, detail,
              actor_kind, actor_id, reason, occurred_at
         FROM ledger_entries
        WHERE user_id = $1 AND ($2::bigint IS NULL OR position < $2)
        ORDER BY position DESC LIMIT $3`,
      [userId, options.before ?? null, options.limit],
    );
    return rows.map((r) => ({
      position: r.position,
      eventId: r.event_id,
      type: r.event_type,
      amount: r.amount,
      balanceChange: r.balance_change,
      reference: r.reference,
      detail: r.detail,
      actor: { kind: r.actor_kind, id: r.actor_id },
      reason: r.reason,
      occurredAt: iso(r.occurred_at),
    }));
  }

  /** Names what the user's credits paid for: a reading's spread, a conversion's title and format. */
  async describeActivity(userId: string, activity: CreditActivity[]): Promise<CreditActivityView[]> {
    const ids = (kind: string) => activity.filter((a) => a.kind === kind && a.subjectId).map((a) => a.subjectId!);
    const rows = async <R extends object>(sql: string, wanted: string[]): Promise<{ rows: R[] }> =>
      wanted.length === 0 ? { rows: [] } : this.pool.query<R & { id: string }>(sql, [userId, wanted]);
    const [readings, conversions] = await Promise.all([
      rows<{ id: string; spread_id: string }>('SELECT reading_id AS id, spread_id FROM readings WHERE user_id = $1 AND reading_id = ANY($2)', ids('reading')),
      rows<{ id: string; title: string; format: string }>('SELECT conversion_id AS id, title, format FROM conversions WHERE user_id = $1 AND conversion_id = ANY($2)', ids('conversion')),
    ]);
    const spreads = new Map(readings.rows.map((r) => [r.id, r.spread_id]));
    const audio = new Map(conversions.rows.map((r) => [r.id, { title: r.title, format: r.format }]));
    return activity.map((a) => {
      const spreadId = a.kind === 'reading' && a.subjectId ? spreads.get(a.subjectId) : undefined;
      const file = a.kind === 'conversion' && a.subjectId ? audio.get(a.subjectId) : undefined;
      return { ...a, ...(spreadId ? { spreadId } : {}), ...(file ? { audio: file } : {}) };
    });
  }

  /** Status of every projection; lag counts events still to process, up to `lagCap`. */
  async projections(lagCap = 100_000): Promise<ProjectionStatusView[]> {
    const { rows } = await this.pool.query(
        `SELECT name, position::float8, status, events_processed::float8, error, failed_event_id,
                failed_position::float8, updated_at
           FROM projection_status ORDER BY name`,
    );
    const lags = await Promise.all(rows.map((r) => this.store.countAfter(r.position, lagCap)));
    return rows.map((r, i) => ({
      name: r.name,
      position: r.position,
      lag: lags[i]!,
      status: r.status,
      eventsProcessed: r.events_processed,
      error: r.error,
      failedEventId: r.failed_event_id,
      failedPosition: r.failed_position,
      updatedAt: iso(r.updated_at),
    }));
  }

  async recentConversions(userId: string, limit: number): Promise<ConversionSummaryView[]> {
    const { rows } = await this.pool.query(
      `SELECT conversion_id, title, format, enhance, status, failure_reason, price, requested_at
         FROM conversions WHERE user_id = $1 ORDER BY requested_at DESC LIMIT $2`,
      [userId, limit],
    );
    return rows.map((r) => ({
      conversionId: r.conversion_id,
      title: r.title,
      format: r.format,
      enhance: r.enhance,
      status: r.status,
      failureReason: r.failure_reason,
      price: r.price,
      requestedAt: iso(r.requested_at),
    }));
  }

  /** Telegram file ids of the same media already delivered in this format and enhancement. */
  async cachedAudio(mediaId: string, format: string, enhance: boolean): Promise<string[] | undefined> {
    const { rows } = await this.pool.query<{ file_ids: string[] }>(
      `SELECT file_ids FROM conversions WHERE media_id = $1 AND format = $2 AND enhance = $3 AND status = 'delivered'
        ORDER BY finished_at DESC LIMIT 1`,
      [mediaId, format, enhance],
    );
    return rows[0]?.file_ids;
  }

  /** The queue view: conversions waiting and running per tier, and the oldest wait. */
  async conversionQueue(): Promise<QueueTierView[]> {
    const { rows } = await this.pool.query(
      `SELECT tier,
              count(*) FILTER (WHERE status IN ('requested', 'queued'))::int AS waiting,
              count(*) FILTER (WHERE status IN ('running', 'converting', 'uploading'))::int AS running,
              extract(epoch FROM now() - min(coalesce(queued_at, requested_at)) FILTER (WHERE status IN ('requested', 'queued')))::float8 AS oldest
         FROM conversions WHERE status NOT IN ('delivered', 'failed') GROUP BY tier`,
    );
    const byTier = new Map(rows.map((r) => [r.tier as string, r]));
    return ['pro', 'basic', 'free'].map((tier) => {
      const r = byTier.get(tier);
      return { tier, waiting: r?.waiting ?? 0, running: r?.running ?? 0, oldestWaitSeconds: r?.oldest == null ? null : Math.round(r.oldest) };
    });
  }
}
