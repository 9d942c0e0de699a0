import path from 'node:path';
import { runner } from 'node-pg-migrate';
import { Pool } from 'pg';
import { migrateJobQueue } from '../graphile-worker/queue';

export const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

/**
 * Applies pending SQL migrations (concurrent starters wait on node-pg-migrate's advisory lock),
 * then installs or upgrades graphile-worker's schema for the conversion queue.
 */
export async function migrate(databaseUrl: string, log: (message: string) => void = () => undefined): Promise<void> {
  await runner({
    databaseUrl,
    dir: MIGRATIONS_DIR,
    direction: 'up',
    migrationsTable: 'schema_migrations',
    advisoryLockMode: 'wait',
    singleTransaction: true,
    checkOrder: true,
    log,
    logger: { debug: () => undefined, info: log, warn: log, error: log },
  });
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    await migrateJobQueue(pool);
  } finally {
    await pool.end();
  }
}
