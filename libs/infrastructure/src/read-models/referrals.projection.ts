import { CreditsGranted, CreditsRefunded, FirstPaymentRecorded, ReferralRefused, referralGrantKeys, ReferralSide, UserRegistered } from '@app/domain';
import { RecordedEvent } from '../event-store/event-store.port';
import { Projection } from '../projections/projection';

/**
 * The pair and side a referral grant key names (`referral:<referrer>:<referee>:<side>`, see
 * `referralGrantKeys`), told apart with the ledger's own user id so ids containing ':' parse too.
 */
export function referralPairOf(userId: string, grantKey: string): { referrerId: string; refereeId: string; side: ReferralSide } | undefined {
  for (const side of ['referrer', 'referee'] as const) {
    const suffix = side === 'referrer' ? ':referrer' : `:${userId}:referee`;
    const prefix = side === 'referrer' ? `referral:${userId}:` : 'referral:';
    if (!grantKey.startsWith(prefix) || !grantKey.endsWith(suffix) || grantKey.length <= prefix.length + suffix.length) continue;
    const other = grantKey.slice(prefix.length, grantKey.length - suffix.length);
    const pair = side === 'referrer' ? { referrerId: userId, refereeId: other } : { referrerId: other, refereeId: userId };
    if (referralGrantKeys(pair.referrerId, pair.refereeId)[side] === grantKey) return { ...pair, side };
  }
  return undefined;
}

/**
 * `referrals`: one row per referee (who invited them, when they joined, their first payment and
 * the credits each side was granted for it, from the ledger's referral grants and any clawback);
 * `referral_refusals`: referrals refused with their reason (self-referral, an existing account,
 * a second referrer), for the audit view.
 */
export const referralsProjection: Projection = {
  name: 'referrals',
  filter: { eventTypes: ['UserRegistered', 'FirstPaymentRecorded', 'ReferralRefused', 'CreditsGranted', 'CreditsRefunded'] },
  tables: [
    {
      name: 'referrals',
      ddl: (t) => [
        `CREATE TABLE ${t} (
           referee_id text PRIMARY KEY,
           referrer_id text NOT NULL,
           joined_at timestamptz,
           -- The log position of the registration: orders referees who joined in the same millisecond.
           joined_position bigint,
           first_payment_id text,
           first_paid_at timestamptz,
           referrer_credits int NOT NULL DEFAULT 0,
           referee_credits int NOT NULL DEFAULT 0,
           referrer_clawed_back int NOT NULL DEFAULT 0,
           referee_clawed_back int NOT NULL DEFAULT 0,
           updated_at timestamptz NOT NULL)`,
        `CREATE INDEX ON ${t} (referrer_id, joined_at DESC)`,
      ],
    },
    {
      name: 'referral_refusals',
      ddl: (t) => [
        `CREATE TABLE ${t} (
           referee_id text NOT NULL,
           referrer_id text NOT NULL,
           reason text NOT NULL,
           refused_at timestamptz NOT NULL,
           PRIMARY KEY (referee_id, referrer_id))`,
        `CREATE INDEX ON ${t} (referrer_id)`,
      ],
    },
  ],
  // Every write sets a value from one event (never adds to one), so an event applied twice changes nothing.
  async handle(events, { client, table }) {
    const t = table('referrals');
    const refusals = table('referral_refusals');
    for (const event of events) {
      const at = event.metadata.occurredAt;
      switch (event.type) {
        case 'UserRegistered': {
          const d = (event as RecordedEvent<UserRegistered['data']>).data;
          if (!d.referredBy || d.referredBy === d.userId) break;
          await client.query(
            `INSERT INTO ${t} (referee_id, referrer_id, joined_at, joined_position, updated_at) VALUES ($1, $2, $3, $4, $3)
             ON CONFLICT (referee_id) DO UPDATE SET joined_at = $3, joined_position = $4, updated_at = greatest(${t}.updated_at, $3)`,
            [d.userId, d.referredBy, at, event.position],
          );
          break;
        }
        case 'FirstPaymentRecorded': {
          const d = (event as RecordedEvent<FirstPaymentRecorded['data']>).data;
          if (!d.referredBy) break;
          await client.query(
            `INSERT INTO ${t} (referee_id, referrer_id, first_payment_id, first_paid_at, updated_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (referee_id) DO UPDATE SET first_payment_id = $3, first_paid_at = $4, updated_at = greatest(${t}.updated_at, $5)`,
            [d.userId, d.referredBy, d.paymentId, d.paidAt, at],
          );
          break;
        }
        case 'ReferralRefused': {
          const d = (event as RecordedEvent<ReferralRefused['data']>).data;
          await client.query(
            `INSERT INTO ${refusals} (referee_id, referrer_id, reason, refused_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
            [d.userId, d.referrerId, d.reason, at],
          );
          break;
        }
        case 'CreditsGranted':
        case 'CreditsRefunded': {
          const d = event.data as CreditsGranted['data'] | CreditsRefunded['data'];
          const grantKey = 'source' in d ? (d.source === 'referral' ? d.grantKey : undefined) : d.grantKey;
          const pair = grantKey?.startsWith('referral:') ? referralPairOf(d.userId, grantKey) : undefined;
          if (!pair) break;
          const granted = event.type === 'CreditsGranted';
          const column = `${pair.side}_${granted ? 'credits' : 'clawed_back'}`;
          // A clawback takes back the whole grant: what it recovered and the shortfall already spent.
          const amount = granted ? (d as CreditsGranted['data']).amount : (d as CreditsRefunded['data']).amount + (d as CreditsRefunded['data']).shortfall;
          await client.query(
            `INSERT INTO ${t} (referee_id, referrer_id, ${column}, updated_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (referee_id) DO UPDATE SET ${column} = $3, updated_at = greatest(${t}.updated_at, $4)`,
            [pair.refereeId, pair.referrerId, amount, at],
          );
          break;
        }
      }
    }
  },
};
