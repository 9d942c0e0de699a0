import { CREDIT_LEDGER_EVENT_TYPES, CreditLedgerEvent, ledgerEffect } from '@app/domain';
import { RecordedEvent } from '../event-store/event-store.port';
import { columns, Projection } from '../projections/projection';

const SUMMED = ['balance', 'reserved', 'granted', 'purchased', 'spent', 'refunded'] as const;
type Totals = Record<(typeof SUMMED)[number], number> & { userId: string; position: number; at: string };

/** `balances`: per user available, reserved and lifetime totals; one upsert per user per batch. */
export const balancesProjection: Projection = {
  name: 'balances',
  filter: { eventTypes: CREDIT_LEDGER_EVENT_TYPES },
  tables: [
    {
      name: 'balances',
      ddl: (t) => [
        `CREATE TABLE ${t} (
           user_id text PRIMARY KEY,
           balance bigint NOT NULL,
           reserved bigint NOT NULL,
           available bigint GENERATED ALWAYS AS (balance - reserved) STORED,
           lifetime_granted bigint NOT NULL,
           lifetime_purchased bigint NOT NULL,
           lifetime_spent bigint NOT NULL,
           lifetime_refunded bigint NOT NULL,
           position bigint NOT NULL,
           updated_at timestamptz NOT NULL)`,
      ],
    },
  ],
  async handle(events, { client, table }) {
    const totals = new Map<string, Totals>();
    for (const event of events as RecordedEvent<CreditLedgerEvent['data']>[]) {
      const effect = ledgerEffect(event as unknown as CreditLedgerEvent);
      const userId = event.data.userId;
      let t = totals.get(userId);
      if (!t) {
        t = { userId, position: 0, at: '', balance: 0, reserved: 0, granted: 0, purchased: 0, spent: 0, refunded: 0 };
        totals.set(userId, t);
      }
      for (const key of SUMMED) t[key] += effect[key];
      t.position = event.position;
      t.at = event.metadata.occurredAt;
    }
    const rows = [...totals.values()];
    const b = table('balances');
    await client.query(
      `INSERT INTO ${b} AS b (user_id, balance, reserved, lifetime_granted, lifetime_purchased, lifetime_spent, lifetime_refunded, position, updated_at)
       SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[], $8::bigint[], $9::timestamptz[])
       ON CONFLICT (user_id) DO UPDATE SET
         balance = b.balance + excluded.balance,
         reserved = b.reserved + excluded.reserved,
         lifetime_granted = b.lifetime_granted + excluded.lifetime_granted,
         lifetime_purchased = b.lifetime_purchased + excluded.lifetime_purchased,
         lifetime_spent = b.lifetime_spent + excluded.lifetime_spent,
         lifetime_refunded = b.lifetime_refunded + excluded.lifetime_refunded,
         position = excluded.position,
         updated_at = excluded.updated_at`,
      columns(rows, [
        (r) => r.userId,
        (r) => r.balance,
        (r) => r.reserved,
        (r) => r.granted,
        (r) => r.purchased,
        (r) => r.spent,
        (r) => r.refunded,
        (r) => r.position,
        (r) => r.at,
      ]),
    );
  },
};
