import { CREDIT_LEDGER_EVENT_TYPES, CreditLedgerEvent, ledgerEffect } from '@app/domain';
import { RecordedEvent } from '../event-store/event-store.port';
import { columns, Projection } from '../projections/projection';

/** `ledger_entries`: every credit movement per user, with its log position, actor and reason. */
export const ledgerEntriesProjection: Projection = {
  name: 'ledger_entries',
  filter: { eventTypes: CREDIT_LEDGER_EVENT_TYPES },
  tables: [
    {
      name: 'ledger_entries',
      ddl: (t) => [
        `CREATE TABLE ${t} (
           position bigint PRIMARY KEY,
           event_id uuid NOT NULL,
           user_id text NOT NULL,
           event_type text NOT NULL,
           amount bigint NOT NULL,
           balance_change bigint NOT NULL,
           reference text NOT NULL,
           detail text NOT NULL,
           actor_kind text NOT NULL,
           actor_id text NOT NULL,
           reason text,
           occurred_at timestamptz NOT NULL)`,
        `CREATE INDEX ON ${t} (user_id, position DESC)`,
      ],
    },
  ],
  async handle(events, { client, table }) {
    const rows = (events as RecordedEvent<CreditLedgerEvent['data']>[]).map((event) => ({
      event,
      effect: ledgerEffect(event as unknown as CreditLedgerEvent),
    }));
    await client.query(
      `INSERT INTO ${table('ledger_entries')}
         (position, event_id, user_id, event_type, amount, balance_change, reference, detail, actor_kind, actor_id, reason, occurred_at)
       SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::text[], $5::bigint[], $6::bigint[], $7::text[], $8::text[],
                            $9::text[], $10::text[], $11::text[], $12::timestamptz[])
       ON CONFLICT (position) DO NOTHING`,
      columns(rows, [
        (r) => r.event.position,
        (r) => r.event.id,
        (r) => r.event.data.userId,
        (r) => r.event.type,
        (r) => r.effect.available,
        (r) => r.effect.balance,
        (r) => r.effect.reference,
        (r) => r.effect.detail,
        (r) => r.event.metadata.actor?.kind ?? 'system',
        (r) => r.event.metadata.actor?.id ?? 'unknown',
        (r) => r.event.metadata.reason ?? null,
        (r) => r.event.metadata.occurredAt,
      ]),
    );
  },
};
