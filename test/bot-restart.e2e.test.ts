import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, LocalBotApi, loadConfig } from '../libs/infrastructure/src';
import { ProjectorModule } from '../apps/projector/src/projector.module';
import { BOT_TOKEN, testUser } from './support/bot-harness';
import { createTestDatabase, TestDatabase } from './support/database';
import { Child, startNode } from './support/processes';
import { settle } from './support/system';
import { takenUpdateIds, updatesFrom } from './support/updates';

const READING = /Take what resonates|Let this be a mirror|Sit with the card/;

/**
 * The bot as it runs in production: its own OS process (`apps/bot`), killed without warning in
 * the middle of a conversation and started again. Its sessions live in PostgreSQL and Telegram
 * keeps what it had not confirmed, so the conversation carries on.
 */
describe('bot process restart', () => {
  let db: TestDatabase;
  let api: LocalBotApi;
  let projector: INestApplicationContext;
  let bot: Child | undefined;
  const env = () => ({ DATABASE_URL: db.url, TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: api.url, LOG_LEVEL: 'info' });

  const startBot = async (): Promise<Child> => {
    const child = startNode('apps/bot/src/main.js', [], env());
    const deadline = Date.now() + 30_000;
    while (!/bot @\S+ running/.test(child.output())) {
      if (child.process.exitCode !== null || Date.now() > deadline) throw new Error(`bot did not start:\n${child.output()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return child;
  };

  beforeAll(async () => {
    db = await createTestDatabase('bot-restart');
    api = await LocalBotApi.start({ holdPollMs: 300 });
    const config = loadConfig({ LOG_LEVEL: 'silent', TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: api.url });
    projector = await NestFactory.createApplicationContext(
      ProjectorModule.forRoot({ config, databaseUrl: db.url, logger: createLogger('silent', 'projector'), appName: 'projector' }),
      { logger: false },
    );
    bot = await startBot();
  });

  afterAll(async () => {
    bot?.process.kill('SIGKILL');
    await bot?.exited;
    await projector?.close();
    await api?.stop();
    await db?.drop();
  });

  it('a bot process killed mid-conversation is started again and the conversation carries on', async () => {
    const user = testUser(api, 2001);
    await user.command('/start');
    await user.waitFor((m) => m.some((x) => /Welcome/.test(x.text)));
    await user.click('spread:three_past_present_future');
    await user.waitFor((m) => m.some((x) => /type your question/.test(x.text)), { after: 1 });

    // SIGKILL: no shutdown hook runs. The question is sent while no bot is there to take it.
    bot!.process.kill('SIGKILL');
    expect((await bot!.exited).signal).toBe('SIGKILL');
    await user.send('Where should my energy go this month?');
    // The stand-in holds the question; no bot has taken it (a bot records each update it takes
    // before anything else), so nothing has answered it.
    const question = updatesFrom(api, 2001).at(-1)!;
    expect(question.message?.text).toBe('Where should my energy go this month?');
    expect(await takenUpdateIds(db.pool, [question.updateId])).toEqual([]);
    expect(user.messages()).toHaveLength(2);

    bot = await startBot();
    const [reading] = await user.waitFor((m) => m.some((x) => READING.test(x.text)), { after: 2 });
    expect(reading).toBeDefined();
    expect(await takenUpdateIds(db.pool, [question.updateId])).toEqual([question.updateId]);
    await settle(db);
    const { rows } = await db.pool.query(
      `SELECT r.question, r.spread_id, r.status, b.available::int AS available
         FROM readings r JOIN users u USING (user_id) JOIN balances b USING (user_id) WHERE u.telegram_id = 2001`,
    );
    expect(rows).toEqual([{ question: 'Where should my energy go this month?', spread_id: 'three_past_present_future', status: 'delivered', available: 18 }]);
  });
});
