import type { Pool, PoolClient } from 'pg';
import { EventStore } from '../event-store/event-store.port';
import { ident, onClient } from '../postgres/pool';
import { Projection, ProjectionContext } from './projection';
import { ensureProjection } from './projection-tables';

export interface RebuildProgress {
  projection: string;
  position: number;
  head: number;
  events: number;
}

export interface RebuildResult {
  projection: string;
  events: number;
  position: number;
  millis: number;
}

const REBUILD_SUFFIX = '__rebuild';
const OLD_SUFFIX = '__old';

function rebuildContext(client: PoolClient): ProjectionContext {
  return { client, table: (name) => ident(`${name}${REBUILD_SUFFIX}`) };
}

/**
 * Replays a projection from position 0 into fresh tables, then swaps them in atomically. Readers
 * keep querying the old tables until the swap commits; the live projector keeps running on them
 * and, after the swap, continues from the rebuilt checkpoint (each of its batches checks, under the
 * row lock, that the checkpoint is still the one it holds, and reads it again when it is not).
 */
export async function rebuildProjection(
  pool: Pool,
  store: EventStore,
  projection: Projection,
  options: { batchSize?: number; onProgress?: (progress: RebuildProgress) => void } = {},
): Promise<RebuildResult> {
  if (projection.tables.length === 0) throw new Error(`projection ${projection.name} has no tables to rebuild`);
  const started = Date.now();
  const batchSize = options.batchSize ?? 2000;
  await ensureProjection(pool, projection);

  // A failure anywhere rolls back whatever transaction was open (the final step's above all).
  return onClient(pool, async (client) => {
    for (const table of projection.tables) {
      const fresh = ident(`${table.name}${REBUILD_SUFFIX}`);
      await client.query(`DROP TABLE IF EXISTS ${fresh}`);
      for (const statement of table.ddl(fresh)) await client.query(statement);
    }

    let inFinalStep = false;
    // Phase one commits batch by batch; in the final step everything joins the swap transaction.
    const inOwnTransaction = async (work: () => Promise<void>) => {
      if (inFinalStep) return work();
      await client.query('BEGIN');
      await work();
      await client.query('COMMIT');
    };
    let position = 0;
    let events = 0;
    const head = await store.headPosition();
    const copyUntil = async (limit: number) => {
      for (;;) {
        const batch = await store.readAll({ fromPosition: position, maxCount: batchSize, filter: projection.filter });
        if (batch.lastPosition <= position) return;
        if (batch.events.length > 0) await inOwnTransaction(() => projection.handle(batch.events, rebuildContext(client)));
        position = batch.lastPosition;
        events += batch.events.length;
        options.onProgress?.({ projection: projection.name, position, head: Math.max(head, position), events });
        if (position >= limit) return;
      }
    };

    // Bulk of the work, outside any long transaction (each statement commits on its own).
    await copyUntil(head);

    // Short final step: block the live instance, catch up the tail, swap, move the checkpoint.
    inFinalStep = true;
    await client.query('BEGIN');
    await client.query('SELECT 1 FROM projection_status WHERE name = $1 FOR UPDATE', [projection.name]);
    await copyUntil(Number.POSITIVE_INFINITY);
    for (const table of projection.tables) {
      const live = ident(table.name);
      const old = ident(`${table.name}${OLD_SUFFIX}`);
      await client.query(`DROP TABLE IF EXISTS ${old}`);
      await client.query(`ALTER TABLE IF EXISTS ${live} RENAME TO ${ident(`${table.name}${OLD_SUFFIX}`)}`);
      await client.query(`ALTER TABLE ${ident(`${table.name}${REBUILD_SUFFIX}`)} RENAME TO ${ident(table.name)}`);
      await client.query(`DROP TABLE IF EXISTS ${old}`);
    }
    await client.query(
      `UPDATE projection_status
          SET position = $2, last_event_id = NULL, events_processed = $3, status = 'running', error = NULL,
              failed_event_id = NULL, failed_position = NULL, version = $4, updated_at = now()
        WHERE name = $1`,
      [projection.name, position, events, projection.version ?? 1],
    );
    await client.query('COMMIT');
    return { projection: projection.name, events, position, millis: Date.now() - started };
  });
}
