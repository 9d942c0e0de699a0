import { conversionStream, creditsStream, dailyStream, paymentStream, readingStream, subscriptionStream, userStream } from '@app/domain';
import type { Pool } from 'pg';
import type { ConversionQueries } from './conversions.queries';
import type { PaymentQueries } from './payments.queries';
import type { ReadingQueries } from './readings.queries';
import { iso } from './rows';

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
    /** The plan, whichever provider: `subscription-<userId>`. */
    subscription: string;
    /** `payment-<provider>:<id>`, newest first (up to 100). */
    payments: string[];
  };
}

/** Streams listed per kind when an operator looks a user up. */
const STREAMS_PER_KIND = 100;

const USER_COLUMNS = 'user_id, telegram_id::float8 AS telegram_id, display_name, username, language_code, referred_by, registered_at';

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

/** Queries on the `users` read model (users.projection.ts); the only code that reads it. */
export class UserQueries {
  constructor(
    private readonly pool: Pool,
    private readonly readings: Pick<ReadingQueries, 'recentIdsByUser'>,
    private readonly conversions: Pick<ConversionQueries, 'recentIdsByUser'>,
    private readonly payments: Pick<PaymentQueries, 'recentIdsByUser'>,
  ) {}

  async user(userId: string): Promise<UserView | undefined> {
    const { rows } = await this.pool.query(`SELECT ${USER_COLUMNS} FROM users WHERE user_id = $1`, [userId]);
    return rows[0] && userView(rows[0]);
  }

  /** Users by Telegram id, or by username (any case, with or without the leading @), with their streams. */
  async findUsers(query: { telegramId: number } | { username: string }): Promise<UserLookupView[]> {
    const byTelegram = 'telegramId' in query;
    const { rows } = await this.pool.query(
      `SELECT ${USER_COLUMNS}
         FROM users
        WHERE ${byTelegram ? 'telegram_id = $1' : 'lower(username) = lower($1)'}
        ORDER BY registered_at LIMIT 20`,
      [byTelegram ? query.telegramId : query.username.replace(/^@/, '')],
    );
    const userIds = rows.map((r) => r.user_id as string);
    const [readings, conversions, payments] = await Promise.all([
      this.readings.recentIdsByUser(userIds, STREAMS_PER_KIND),
      this.conversions.recentIdsByUser(userIds, STREAMS_PER_KIND),
      this.payments.recentIdsByUser(userIds, STREAMS_PER_KIND),
    ]);
    return rows.map((r) => ({
      ...userView(r),
      streams: {
        account: userStream(r.user_id),
        credits: creditsStream(r.user_id),
        dailyCards: dailyStream(r.user_id, '<YYYY-MM-DD>'),
        readings: (readings.get(r.user_id) ?? []).map(readingStream),
        conversions: (conversions.get(r.user_id) ?? []).map(conversionStream),
        subscription: subscriptionStream(r.user_id),
        payments: (payments.get(r.user_id) ?? []).map(paymentStream),
      },
    }));
  }

  async userIdByReferralCode(code: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ user_id: string }>('SELECT user_id FROM users WHERE referral_code = $1', [code]);
    return rows[0]?.user_id;
  }
}
