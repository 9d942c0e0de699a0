import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrate, startEmbeddedPostgres } from '@app/infrastructure';

export interface BenchDatabase {
  url: string;
  label: string;
  close(): Promise<void>;
}

/** A fresh, migrated database: on BENCH_DATABASE_URL's server if set, else an embedded PostgreSQL (default settings). */
export async function benchDatabase(): Promise<BenchDatabase> {
  const name = `bench_${randomBytes(4).toString('hex')}`;
  let serverUrl = process.env.BENCH_DATABASE_URL;
  let stop = async () => undefined;
  let label = 'PostgreSQL at BENCH_DATABASE_URL';
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'arcana-bench-'));
    chmodSync(dir, 0o755);
    const db = await startEmbeddedPostgres({ dataDir: dir, settings: { max_connections: '200', ...(process.env.BENCH_SYNC_COMMIT ? { synchronous_commit: process.env.BENCH_SYNC_COMMIT } : {}) } });
    serverUrl = db.adminUrl;
    label = 'embedded PostgreSQL, default durability (fsync on)';
    stop = async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  return {
    url: url.toString(),
    label,
    async close() {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      await stop();
    },
  };
}

export interface RunStats {
  ops: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Runs `op` from `concurrency` workers for `seconds`, timing each call. */
export async function runFor(seconds: number, concurrency: number, op: (worker: number, i: number) => Promise<unknown>): Promise<RunStats> {
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  let i = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < until) {
        const t = performance.now();
        await op(worker, i++);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { ops: latencies.length, seconds: elapsed, perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

export function printTable(title: string, rows: Record<string, string | number>[]): void {
  const headers = Object.keys(rows[0]!);
  const cells = rows.map((r) => headers.map((h) => String(r[h] ?? '')));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: string[]) => `| ${values.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  process.stdout.write(`\n${title}\n${line(headers)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${cells.map(line).join('\n')}\n`);
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
