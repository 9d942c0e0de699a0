import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Tier } from '../libs/domain/src';
import { ReadModels } from '../libs/infrastructure/src';
import { BOT_TOKEN, BotSystem, startBotSystem, TestUser } from './support/bot-harness';
import { makeMediaFixtures } from '../tools/media/media-fixtures';
import { MediaServer, startMediaServer } from '../tools/media/media-server';
import { startNode } from './support/processes';

let sys: BotSystem;
let media: MediaServer;
let workDir: string;

const env = (port: number, dir: string) => ({
  FETCH_ALLOW: `127.0.0.1:${port}`,
  MEDIA_WORK_DIR: dir,
  CONVERSION_PROGRESS_INTERVAL_MS: '300',
  WORKER_CONCURRENCY: '1',
  WORKER_STALE_AFTER_MS: '1500',
  CONVERSION_MAX_ATTEMPTS: '3',
});

beforeAll(async () => {
  const fixtures = await makeMediaFixtures();
  media = await startMediaServer(fixtures.dir);
  workDir = await mkdtemp(path.join(os.tmpdir(), 'arcana-queue-work-'));
  // No worker yet: jobs wait in the queue until a test starts one.
  sys = await startBotSystem('conversion_queue', env(media.port, workDir));
}, 120_000);

afterAll(async () => {
  await sys?.close();
  await media?.close();
  await rm(workDir, { recursive: true, force: true });
});

async function userWithTier(telegramId: number, tier: Tier): Promise<TestUser> {
  const user = sys.user(telegramId);
  await user.command('/start');
  await user.waitFor((m) => m.length >= 1);
  if (tier !== 'free') await sys.setTier(telegramId, tier);
  return user;
}

/** Sends a (distinct) link and confirms it; returns the conversion id. */
async function convert(user: TestUser, name: string): Promise<string> {
  media.alias(name, '/media/clip.mp4');
  const before = user.messages().length;
  await user.send(media.url(`/alias/${name}`));
  const preview = await user.waitFor((m) => m.some((x) => x.buttons.some((b) => b.data.startsWith('cv:ok:'))), { after: before, timeoutMs: 30_000 });
  const ok = preview.flatMap((m) => m.buttons).find((b) => b.data.startsWith('cv:ok:'))!;
  await user.click(ok.data);
  const status = await user.waitFor((m) => m.some((x) => x.buttons.some((b) => b.data.startsWith('cv:x:'))), { after: before });
  return status.flatMap((m) => m.buttons).find((b) => b.data.startsWith('cv:x:'))!.data.slice(5);
}

async function startOrder(ids: string[]): Promise<string[]> {
  const { rows } = await sys.db.pool.query(
    `SELECT data->>'conversionId' AS id FROM es_events WHERE event_type = 'ConversionStarted' AND data->>'conversionId' = ANY($1) ORDER BY global_position`,
    [ids],
  );
  return rows.map((r) => r.id);
}

describe('conversion queue', () => {
  it('pro runs before basic before free, and one user’s burst does not hold back another user’s single job', async () => {
    const burst = await userWithTier(8001, 'free');
    const single = await userWithTier(8002, 'free');
    const basic = await userWithTier(8003, 'basic');
    const pro = await userWithTier(8004, 'pro');
    const a1 = await convert(burst, 'a1');
    const a2 = await convert(burst, 'a2');
    const a3 = await convert(burst, 'a3');
    const b1 = await convert(single, 'b1');
    const c1 = await convert(basic, 'c1');
    const d1 = await convert(pro, 'd1');
    await sys.settle();
    const ids = [a1, a2, a3, b1, c1, d1];
    const { rows } = await sys.db.pool.query(`SELECT count(*)::int AS n FROM es_events WHERE event_type = 'ConversionQueued' AND data->>'conversionId' = ANY($1)`, [ids]);
    expect(rows[0].n).toBe(6);
    // The queue view (read model) shows what waits, per tier.
    const view = await sys.bot.get(ReadModels).conversionQueue();
    expect(view.map((t) => [t.tier, t.waiting, t.running])).toEqual([
      ['pro', 1, 0],
      ['basic', 1, 0],
      ['free', 4, 0],
    ]);
    expect(view.every((t) => t.oldestWaitSeconds !== null && t.oldestWaitSeconds >= 0)).toBe(true);

    await sys.startWorker(); // concurrency 1
    for (const user of [burst, single, basic, pro]) await user.waitFor((m) => m.some((x) => x.audio), { timeoutMs: 60_000 });
    await burst.waitFor((m) => m.filter((x) => x.audio).length === 3, { timeoutMs: 60_000 });
    expect(await startOrder(ids)).toEqual([d1, c1, a1, b1, a2, a3]);
    await sys.stopWorker();
  }, 180_000);

  it('a worker killed mid-job: the job is retried elsewhere, the user is charged once, no temp dir is left', async () => {
    const user = await userWithTier(8101, 'free');
    await sys.settle();
    const balance = await sys.available(8101);
    media.alias('kill', '/media/clip.mp4');
    const before = user.messages().length;
    await user.send(media.url('/alias/kill'));
    const preview = await user.waitFor((m) => m.some((x) => x.buttons.some((b) => b.data.startsWith('cv:ok:'))), { after: before, timeoutMs: 30_000 });
    // The first attempt's download stalls, so the kill lands mid-job.
    media.alias('kill', '/stall/clip.mp4');
    await user.click(preview.flatMap((m) => m.buttons).find((b) => b.data.startsWith('cv:ok:'))!.data);

    const child = startNode('apps/worker/src/main.js', [], {
      ...env(media.port, workDir),
      DOWNLOAD_TIMEOUT_SECONDS: '600',
      DATABASE_URL: sys.db.url,
      TELEGRAM_BOT_TOKEN: BOT_TOKEN,
      TELEGRAM_API_ROOT: sys.api.url,
      LOG_LEVEL: 'silent',
    });
    const deadline = Date.now() + 30_000;
    while (!media.requestsFor('/alias/kill').some((r) => r.path === '/alias/kill' && r.status === 200 && !r.closed && r.method === 'GET' && r.bytesSent > 0 && !r.headers.range)) {
      if (Date.now() > deadline) throw new Error(`the child worker never started downloading:\n${child.output()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const { rows: running } = await sys.db.pool.query("SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE locked_by IS NOT NULL");
    expect(running[0].n).toBe(1);
    const leftovers = (await readdir(workDir)).filter((d) => d.startsWith(`w-${child.process.pid}-`));
    if (leftovers.length !== 1) console.log(child.process.pid, await readdir(workDir), child.output());
    expect(leftovers).toHaveLength(1);
    child.process.kill('SIGKILL');
    await child.exited;

    media.alias('kill', '/media/clip.mp4');
    await sys.startWorker(); // sweeps the dead worker's directory, then unlocks and retries its job
    await user.waitFor((m) => m.some((x) => x.audio), { timeoutMs: 60_000 });
    await sys.settle();
    expect(await sys.eventsOf(8101, 'ConversionStarted')).toBe(2);
    expect(await sys.eventsOf(8101, 'AudioDelivered')).toBe(1);
    expect(await sys.eventsOf(8101, 'CreditsCaptured')).toBe(1);
    expect(await sys.available(8101)).toBe(balance - 1);
    expect((await readdir(workDir)).filter((d) => d.startsWith(`w-${child.process.pid}-`))).toEqual([]);
    await sys.stopWorker();
    expect(await readdir(workDir)).toEqual([]);
  }, 120_000);
});
