import { UserRegistered } from '@app/domain';
import { RecordedEvent } from '../event-store/event-store.port';
import { columns, Projection } from '../projections/projection';

/** `users`: one row per registered account. */
export const usersProjection: Projection = {
  name: 'users',
  filter: { eventTypes: ['UserRegistered'] },
  tables: [
    {
      name: 'users',
      ddl: (t) => [
        `CREATE TABLE ${t} (
           user_id text PRIMARY KEY,
           telegram_id bigint UNIQUE,
           display_name text NOT NULL,
           username text,
           language_code text,
           referred_by text,
           registered_at timestamptz NOT NULL,
           position bigint NOT NULL)`,
      ],
    },
  ],
  async handle(events, { client, table }) {
    const rows = (events as RecordedEvent<UserRegistered['data']>[]).map((e) => ({ e, d: e.data }));
    await client.query(
      `INSERT INTO ${table('users')} (user_id, telegram_id, display_name, username, language_code, referred_by, registered_at, position)
       SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::bigint[])
       ON CONFLICT (user_id) DO NOTHING`,
      columns(rows, [
        (r) => r.d.userId,
        (r) => r.d.telegramId ?? null,
        (r) => r.d.profile.displayName,
        (r) => r.d.profile.username ?? null,
        (r) => r.d.profile.languageCode ?? null,
        (r) => r.d.referredBy ?? null,
        (r) => r.e.metadata.occurredAt,
        (r) => r.e.position,
      ]),
    );
  },
};
