import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotSystem, startBotSystem } from './support/bot-harness';
import { lastUpdateId, waitUntilHandled } from './support/updates';

// The Redis store is the production path when REDIS_URL is set. A fresh machine has no Redis,
// so this runs only when TEST_REDIS_URL points at one (.ci/run sets it when a server answers).
const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)('bot: rate limit backed by Redis', () => {
  let sys: BotSystem;
  let redis: Redis;
  beforeAll(async () => {
    redis = new Redis(redisUrl!);
    sys = await startBotSystem('bot_rate_redis', { BOT_RATE_LIMIT_PER_MINUTE: '3', REDIS_URL: redisUrl! });
  });
  afterAll(async () => {
    await sys?.close();
    redis?.disconnect();
  });

  it('counts points in Redis, not in PostgreSQL, and answers the excess politely', async () => {
    const telegramId = 4000 + Math.floor(Math.random() * 1_000_000);
    await redis.del(`bot:${telegramId}`);
    const user = sys.user(telegramId);
    await user.command('/start');
    await user.waitFor((m) => m.length >= 1);
    for (let i = 0; i < 3; i++) await user.command('/balance');
    const replies = await user.waitFor((m) => m.some((x) => /too fast/.test(x.text)), { after: 1 });
    expect(replies.find((m) => /too fast/.test(m.text))!.text).toMatch(/wait \d+ s/);
    // Every /balance has been handled (the bot polled again after the last one was handed out).
    await waitUntilHandled(sys.api, lastUpdateId(sys.api, telegramId));
    expect(user.messages().filter((m) => /Available/.test(m.text)).length).toBe(2);
    expect(user.messages().filter((m) => /too fast/.test(m.text)).length).toBe(1);
    expect(Number(await redis.get(`bot:${telegramId}`))).toBe(4);
    const pg = await sys.db.pool.query('SELECT count(*)::int AS n FROM bot_rate_limits');
    expect(pg.rows[0].n).toBe(0);
  });
});
