import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './support/database';
import { distEntry, ROOT, startNode, waitForOutput } from './support/processes';

/** A process that logs one line through the one logger factory, as every process does at start. */
const SCRIPT = `require(${JSON.stringify(distEntry('libs/infrastructure/src/index.js'))}).createLogger('info', 'demo').info({ userId: 'u1', req: { method: 'GET', headers: { authorization: 'Bearer abcdefghijklmnop' } } }, 'hello there')`;

const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 30_000 });

const hasScript = run('script', ['--version']).status === 0;

describe('log format', () => {
  it('stdout not a terminal (a pipe, a file, a collector): JSON lines', () => {
    const result = run(process.execPath, ['-e', SCRIPT]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ level: 30, app: 'demo', msg: 'hello there', userId: 'u1' });
  });

  it.runIf(hasScript)('stdout a terminal (util-linux `script` gives it a pseudo-terminal): one readable line', () => {
    const result = run('script', ['-qec', `${JSON.stringify(process.execPath)} -e ${JSON.stringify(SCRIPT)}`, '/dev/null']);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.replace(/\r/g, '').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO  demo: hello there  userId=u1 req\.method=GET$/);
  });

  it('LOG_FORMAT=pretty turns readable lines on for a process whose stdout is a pipe (the runtime passes it on)', async () => {
    const db = await createTestDatabase('log_format');
    const api = startNode('apps/api/src/main.js', [], { DATABASE_URL: db.url, PORT: '0', HOST: '127.0.0.1', LOG_FORMAT: 'pretty', LOG_LEVEL: 'info' });
    try {
      await waitForOutput(api, /api listening on/, 'the API start line');
      expect(api.output()).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO  api: api listening on http:\/\/\S+ \(postgres at /m);
      expect(api.output()).not.toMatch(/^\{"level"/m);
    } finally {
      api.process.kill('SIGTERM');
      await api.exited;
      await db.drop();
    }
  });
});
