import { defaultPreferences, UserAccountEvent, UserRegistered } from '@app/domain';
import { RecordedEvent } from '../event-store/event-store.port';
import { columns, Projection } from '../projections/projection';

/** `users`: one row per registered account, with its preferences and referral code. */
export const usersProjection: Projection = {
  name: 'users',
  version: 2,
  filter: { eventTypes: ['UserRegistered', 'UserPreferencesChanged'] },
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
           referral_code text UNIQUE,
           language text NOT NULL,
           reversals boolean NOT NULL,
           deck text NOT NULL,
           registered_at timestamptz NOT NULL,
           position bigint NOT NULL)`,
      ],
    },
  ],
  async handle(events, { client, table }) {
    const users = table('users');
    // Consecutive registrations go in one statement; a preference change applies in log order.
    let pending: RecordedEvent<UserRegistered['data']>[] = [];
    const flush = async () => {
      if (pending.length === 0) return;
      const rows = pending.map((e) => ({ e, d: e.data, p: defaultPreferences(e.data.profile.languageCode) }));
      pending = [];
      await client.query(
        `INSERT INTO ${users} (user_id, telegram_id, display_name, username, language_code, referred_by, referral_code,
                               language, reversals, deck, registered_at, position)
         SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                              $8::text[], $9::boolean[], $10::text[], $11::timestamptz[], $12::bigint[])
         ON CONFLICT (user_id) DO NOTHING`,
        columns(rows, [
          (r) => r.d.userId,
          (r) => r.d.telegramId ?? null,
          (r) => r.d.profile.displayName,
          (r) => r.d.profile.username ?? null,
          (r) => r.d.profile.languageCode ?? null,
          (r) => r.d.referredBy ?? null,
          (r) => r.d.referralCode ?? null,
          (r) => r.p.language,
          (r) => r.p.reversals,
          (r) => r.p.deck,
          (r) => r.e.metadata.occurredAt,
          (r) => r.e.position,
        ]),
      );
    };
    for (const event of events as RecordedEvent<UserAccountEvent['data']>[]) {
      if (event.type === 'UserRegistered') {
        pending.push(event as RecordedEvent<UserRegistered['data']>);
        continue;
      }
      await flush();
      const change = event.data as { userId: string; language?: string; reversals?: boolean; deck?: string };
      await client.query(
        `UPDATE ${users} SET language = coalesce($2, language), reversals = coalesce($3, reversals), deck = coalesce($4, deck),
                position = $5 WHERE user_id = $1`,
        [change.userId, change.language ?? null, change.reversals ?? null, change.deck ?? null, event.position],
      );
    }
    await flush();
  },
};
