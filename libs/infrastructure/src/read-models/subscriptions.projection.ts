import { SUBSCRIPTION_EVENT_TYPES, SubscriptionEvent } from '@app/domain';
import { RecordedEvent } from '../event-store/event-store.port';
import { Projection } from '../projections/projection';

/**
 * `subscriptions`: each user's current subscription (one row per user, as the stream is), with
 * its status and period, for the admin view and the bot's /billing. Its rules follow the
 * subscription decider's `evolve`; the tier in force is not stored here (it depends on the
 * clock and the admin-set tier: `tierInForce` reads the streams).
 */
export const subscriptionsProjection: Projection = {
  name: 'subscriptions',
  filter: { eventTypes: SUBSCRIPTION_EVENT_TYPES },
  tables: [
    {
      name: 'subscriptions',
      ddl: (t) => [
        `CREATE TABLE ${t} (
           user_id text PRIMARY KEY,
           provider text NOT NULL,
           subscription_id text NOT NULL,
           customer_id text,
           tier text NOT NULL,
           status text NOT NULL,
           current_period_start timestamptz NOT NULL,
           current_period_end timestamptz NOT NULL,
           cancel_at_period_end boolean NOT NULL DEFAULT false,
           past_due_since timestamptz,
           canceled_at timestamptz,
           ended_at timestamptz,
           started_at timestamptz NOT NULL,
           updated_at timestamptz NOT NULL,
           position bigint NOT NULL)`,
        `CREATE INDEX ON ${t} (subscription_id)`,
      ],
    },
  ],
  async handle(events, { client, table }) {
    const t = table('subscriptions');
    for (const event of events as RecordedEvent<SubscriptionEvent['data']>[]) {
      const e = event as unknown as SubscriptionEvent;
      const at = event.metadata.occurredAt;
      // `position < $3`: an event already applied (a replay) changes nothing.
      const set = (assignments: string, params: unknown[]) =>
        client.query(`UPDATE ${t} SET ${assignments}, updated_at = $2, position = $3 WHERE user_id = $1 AND position < $3`, [e.data.userId, at, event.position, ...params]);
      switch (e.type) {
        case 'SubscriptionStarted': {
          const d = e.data;
          await client.query(
            `INSERT INTO ${t} (user_id, provider, subscription_id, customer_id, tier, status, current_period_start, current_period_end, started_at, updated_at, position)
             VALUES ($1, $2, $3, $4, $5, 'active', $6, $7, $8, $8, $9)
             ON CONFLICT (user_id) DO UPDATE SET provider = $2, subscription_id = $3, customer_id = $4, tier = $5, status = 'active',
                current_period_start = $6, current_period_end = $7, cancel_at_period_end = false, past_due_since = NULL, canceled_at = NULL,
                ended_at = NULL, started_at = $8, updated_at = $8, position = $9
              WHERE ${t}.position < $9`,
            [d.userId, d.provider, d.subscriptionId, d.customerId ?? null, d.tier, d.periodStart, d.periodEnd, at, event.position],
          );
          break;
        }
        case 'SubscriptionRenewed':
          // A late invoice for an older period does not move the period back.
          await set(
            `status = 'active', tier = $4, cancel_at_period_end = false, past_due_since = NULL, canceled_at = NULL,
             current_period_start = CASE WHEN $6 > current_period_end THEN $5 ELSE current_period_start END,
             current_period_end = greatest(current_period_end, $6)`,
            [e.data.tier, e.data.periodStart, e.data.periodEnd],
          );
          break;
        case 'SubscriptionPastDue':
          await set(`status = 'past_due', past_due_since = $4`, [e.data.since]);
          break;
        case 'SubscriptionCanceled':
          await set(`status = 'canceled', cancel_at_period_end = $4, canceled_at = $5`, [e.data.atPeriodEnd, e.data.canceledAt]);
          break;
        case 'SubscriptionResumed':
          await set(`status = CASE WHEN past_due_since IS NULL THEN 'active' ELSE 'past_due' END, cancel_at_period_end = false, canceled_at = NULL`, []);
          break;
        case 'SubscriptionEnded':
          await set(`status = 'ended', ended_at = $4`, [e.data.endedAt]);
          break;
        case 'SubscriptionPlanChanged':
          await set(`tier = $4`, [e.data.to]);
          break;
      }
    }
  },
};
