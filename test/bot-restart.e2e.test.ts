import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBotApi } from '../libs/infrastructure/src/testing';
import { READING, testUser } from './support/bot-harness';
import { BotProcessSystem, startBotProcessSystem } from './support/bot-process';
import type { TestDatabase } from './support/database';
import type { Child } from './support/processes';
import { settle } from './support/system';
import { takenUpdateIds, updatesFrom } from './support/updates';


/**
 * The bot as it runs in production: its own OS process (`apps/bot`), killed without warning in
 * the middle of a conversation and started again. Its sessions live in PostgreSQL and Telegram
 * keeps what it had not confirmed, so the conversation carries on.
 */
describe('bot process restart', () => {
  let system: BotProcessSystem;
  let db: TestDatabase;
  let api: LocalBotApi;
  let bot: Child | undefined;

  beforeAll(async () => {
    system = await startBotProcessSystem('bot-restart');
    ({ db, api } = system);
    bot = await system.startBot();
  });

  afterAll(async () => {
    await system?.close();
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

    bot = await system.startBot();
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
