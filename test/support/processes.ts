import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/** Compiled entry points: the test command builds them first (`npm test` runs `npm run build`). */
export function distEntry(relative: string): string {
  const file = path.join(ROOT, 'dist', relative);
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first`);
  return file;
}

export interface Child {
  process: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startNode(entry: string, args: string[], env: Record<string, string>): Child {
  let output = '';
  const child = spawn(process.execPath, [distEntry(entry), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { process: child, output: () => output, exited };
}

/** Waits until `child`'s output matches `pattern` (a start line, a log line) and returns the match; throws if it exits first or takes too long. */
export async function waitForOutput(child: Child, pattern: RegExp, what: string, timeoutMs = 30_000): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = pattern.exec(child.output());
    if (match) return match;
    if (child.process.exitCode !== null || Date.now() > deadline) throw new Error(`${what} did not show:\n${child.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function runNode(entry: string, args: string[], env: Record<string, string>, timeoutMs = 60_000) {
  const child = startNode(entry, args, env);
  const timer = setTimeout(() => child.process.kill('SIGKILL'), timeoutMs);
  const { code } = await child.exited;
  clearTimeout(timer);
  return { code, output: child.output() };
}

export interface RaceResult {
  /** Commands that appended their event. */
  appended: number;
  /** Commands refused, by error code (or error name when it has none). */
  refused: Record<string, number>;
}

/**
 * Races ledger commands on one user's stream from `processes` OS processes (test/support/
 * ledger-racer.cjs, on the compiled command path in dist/): each folds the stream first, then all
 * are released at once, each sending `perProcess` commands. Within a process the runner queues a
 * stream's commands one after another; across processes only the store's expected-revision check
 * keeps them apart.
 */
export async function raceLedgerCommands(options: {
  databaseUrl: string;
  userId: string;
  kind: 'reserve' | 'adjust';
  processes: number;
  perProcess: number;
  maxAttempts?: number;
  timeoutMs?: number;
}): Promise<RaceResult[]> {
  distEntry('libs/infrastructure/src/index.js');
  const racers = Array.from({ length: options.processes }, () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'test/support/ledger-racer.cjs')], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        USER_ID: options.userId,
        COUNT: String(options.perProcess),
        KIND: options.kind,
        MAX_ATTEMPTS: String(options.maxAttempts ?? 8),
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, exited, stdout: () => stdout, stderr: () => stderr };
  });
  const timer = setTimeout(() => racers.forEach((r) => r.child.kill('SIGKILL')), options.timeoutMs ?? 60_000);
  try {
    const deadline = Date.now() + (options.timeoutMs ?? 60_000);
    while (!racers.every((r) => r.stdout().startsWith('ready\n'))) {
      const dead = racers.find((r) => r.child.exitCode !== null);
      if (dead || Date.now() > deadline) throw new Error(`a racer did not get ready:\n${dead?.stderr() ?? ''}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    for (const racer of racers) racer.child.stdin!.end('go\n');
    const codes = await Promise.all(racers.map((r) => r.exited));
    return racers.map((racer, i) => {
      if (codes[i] !== 0) throw new Error(`racer ${i} exited with ${codes[i]}:\n${racer.stderr()}`);
      return JSON.parse(racer.stdout().split('\n')[1]!) as RaceResult;
    });
  } finally {
    clearTimeout(timer);
  }
}
