import { Pool, PoolClient, PoolConfig } from 'pg';

export interface PoolOptions {
  /** Shows in pg_stat_activity, so an operator can tell the processes apart. */
  applicationName: string;
  max?: number;
  /**
   * Commit without waiting for the WAL flush. Only for state that a PostgreSQL crash may lose
   * without harm (the last ~0.2 s of commits; an application crash loses nothing): bot sessions,
   * update dedupe, rate limits — never the event log.
   */
  asyncCommit?: boolean;
}

export function createPool(connectionString: string, options: PoolOptions): Pool {
  const config: PoolConfig = {
    connectionString,
    application_name: options.applicationName,
    max: options.max ?? 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    ...(options.asyncCommit ? { options: '-c synchronous_commit=off' } : {}),
  };
  const pool = new Pool(config);
  // An idle client that loses its connection emits here; without a listener it would crash the process.
  pool.on('error', () => undefined);
  // A checked-out client whose connection drops emits on itself; the query in flight rejects anyway.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/** Runs `work` on one client of the pool; if it throws, whatever transaction it opened is rolled back. */
export async function onClient<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await work(client);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Runs `work` in a transaction on one client, rolling back on any error. */
export function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return onClient(pool, async (client) => {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  });
}

/** Quotes an SQL identifier (table names chosen at run time, e.g. during rebuilds). */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
