import { CreditLedgerEvent } from '@app/domain';
import { RecordedEvent } from '../event-store/event-store.port';
import { columns, Projection } from '../projections/projection';

/** `open_reservations`: reservations neither captured nor released; the expiry sweeper reads it. */
export const openReservationsProjection: Projection = {
  name: 'open_reservations',
  filter: { eventTypes: ['CreditsReserved', 'CreditsCaptured', 'CreditsReleased'] },
  tables: [
    {
      name: 'open_reservations',
      ddl: (t) => [
        `CREATE TABLE ${t} (
           reservation_id text PRIMARY KEY,
           user_id text NOT NULL,
           amount bigint NOT NULL,
           purpose text NOT NULL,
           expires_at timestamptz NOT NULL,
           position bigint NOT NULL)`,
        `CREATE INDEX ON ${t} (expires_at)`,
      ],
    },
  ],
  async handle(events, { client, table }) {
    // Net effect of the batch: a reservation opened and settled inside it never touches the table.
    const opened = new Map<string, RecordedEvent<Extract<CreditLedgerEvent, { type: 'CreditsReserved' }>['data']>>();
    const closed = new Set<string>();
    for (const event of events as RecordedEvent<CreditLedgerEvent['data']>[]) {
      const id = (event.data as { reservationId: string }).reservationId;
      if (event.type === 'CreditsReserved') opened.set(id, event as never);
      else if (!opened.delete(id)) closed.add(id);
    }
    const t = table('open_reservations');
    if (closed.size > 0) await client.query(`DELETE FROM ${t} WHERE reservation_id = ANY ($1::text[])`, [[...closed]]);
    const rows = [...opened.values()];
    if (rows.length === 0) return;
    await client.query(
      `INSERT INTO ${t} (reservation_id, user_id, amount, purpose, expires_at, position)
       SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::timestamptz[], $6::bigint[])
       ON CONFLICT (reservation_id) DO NOTHING`,
      columns(rows, [
        (r) => r.data.reservationId,
        (r) => r.data.userId,
        (r) => r.data.amount,
        (r) => r.data.purpose,
        (r) => r.data.expiresAt,
        (r) => r.position,
      ]),
    );
  },
};
