import type { Pool, PoolClient } from 'pg';
import { ident, inTransaction } from '../postgres/pool';
import { Projection, ProjectionContext } from './projection';

/** Creates the projection's tables under their live names and its status row, if missing. */
export async function ensureProjection(pool: Pool, projection: Projection): Promise<void> {
  await inTransaction(pool, async (client) => {
    // Serialise first-time DDL between processes starting at once.
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`ddl:${projection.name}`]);
    for (const table of projection.tables) {
      const exists = await client.query('SELECT to_regclass($1) AS oid', [table.name]);
      if (exists.rows[0].oid === null) for (const statement of table.ddl(ident(table.name))) await client.query(statement);
    }
    await client.query('INSERT INTO projection_status (name, version) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
      projection.name,
      projection.version ?? 1,
    ]);
  });
}

export function liveContext(client: PoolClient): ProjectionContext {
  return { client, table: (name) => ident(name) };
}

