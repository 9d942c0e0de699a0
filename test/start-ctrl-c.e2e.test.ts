import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distEntry, ROOT } from './support/processes';

/**
 * Ctrl+C on `npm start` in a terminal signals the whole foreground process group, the embedded
 * PostgreSQL included: the server must still outlive the apps' orderly stop, and then stop.
 */
describe('npm start stopped with Ctrl+C', () => {
  it('stops every app before the embedded PostgreSQL, with no error, and leaves no server running', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'arcana-ctrl-c-'));
    const env = { ...process.env } as Record<string, string>;
    delete env.DATABASE_URL;
    delete env.TELEGRAM_BOT_TOKEN;
    // Its own process group, as a shell gives a foreground job.
    const child = spawn(process.execPath, [distEntry('launcher/main.js')], {
      cwd: ROOT,
      env: { ...env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let clusterDir: string | undefined;
    try {
      const deadline = Date.now() + 90_000;
      while (!/Ctrl\+C stops it/.test(output) && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(output).toMatch(/Ctrl\+C stops it/);
      clusterDir = /data in (\S+)/.exec(output)![1]!;
      expect(existsSync(path.join(clusterDir, 'postmaster.pid'))).toBe(true);

      process.kill(-child.pid!, 'SIGINT'); // the whole group, as the terminal does
      expect(await exited).toBe(0);
      const errors = output.split('\n').filter((line) => /"level":(50|60)/.test(line));
      expect(errors, output.slice(-3000)).toEqual([]);
      expect(output).not.toMatch(/terminating connection due to administrator command/);
      // The server stopped too (a stopped server removes its pid file).
      expect(existsSync(path.join(clusterDir, 'postmaster.pid'))).toBe(false);
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
      if (clusterDir && !clusterDir.startsWith(dataDir)) rmSync(path.dirname(clusterDir), { recursive: true, force: true });
    }
  }, 150_000);
});
