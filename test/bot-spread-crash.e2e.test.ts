import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalBotApi, Reply } from '../libs/infrastructure/src/testing';
import { READING, testUser } from './support/bot-harness';
import { BotProcessSystem, startBotProcessSystem } from './support/bot-process';
import type { TestDatabase } from './support/database';
import type { Child } from './support/processes';
import { settle } from './support/system';


/**
 * The bot as its own OS process, SIGKILLed at the worst moment of the spread press: the prompt
 * "type your question" has reached Telegram (the stand-in holds it) and the bot is still waiting
 * for the answer to that sendMessage, so its handler has not returned. The step must already be
 * saved: after a restart, the question the user types is read.
 */
describe('a bot killed right after the spread prompt', () => {
  let system: BotProcessSystem;
  let db: TestDatabase;
  let api: LocalBotApi;
  let bot: Child | undefined;

  beforeAll(async () => {
    system = await startBotProcessSystem('bot-spread-crash');
    ({ db, api } = system);
    bot = await system.startBot();
  });

  afterAll(async () => {
    await system?.close();
  });

  it('keeps the spread: after a restart the typed question gets its reading, charged once', async () => {
    const telegramId = 2101;
    const user = testUser(api, telegramId);
    await user.command('/start');
    await user.waitFor((m) => m.some((x) => /Welcome/.test(x.text)));

    // Killed in the stand-in's hands: the prompt has arrived, its sendMessage is not answered yet.
    const victim = bot!;
    const killed = new Promise<void>((resolve) => {
      const onReply = (reply: Reply) => {
        if (reply.chatId !== telegramId || !/type your question/.test(reply.text ?? '')) return;
        victim.process.kill('SIGKILL');
        api.events.off('reply', onReply);
        resolve();
      };
      api.events.on('reply', onReply);
    });
    await user.click('spread:three_past_present_future');
    await killed;
    expect((await victim.exited).signal).toBe('SIGKILL');
    await user.waitFor((m) => m.some((x) => /type your question/.test(x.text)), { after: 1 });

    bot = await system.startBot();
    const before = user.messages().length;
    await user.send('Where should my energy go this month?');
    const replies = await user.waitFor((m) => m.some((x) => READING.test(x.text) || /did not understand/.test(x.text)), { after: before, timeoutMs: 30_000 });
    expect(replies.map((m) => m.text).join('\n')).toMatch(READING);
    // The reply reaches the stand-in before the bot's sendMessage returns and the reading is marked
    // delivered, so the read models are polled until delivery and capture have been projected.
    const reading = async () => {
      await settle(db);
      const { rows } = await db.pool.query(
        `SELECT r.question, r.spread_id, r.status, b.available::int AS available
           FROM readings r JOIN users u USING (user_id) JOIN balances b USING (user_id) WHERE u.telegram_id = $1`,
        [telegramId],
      );
      return rows;
    };
    await expect
      .poll(reading, { timeout: 15_000, interval: 100 })
      .toEqual([{ question: 'Where should my energy go this month?', spread_id: 'three_past_present_future', status: 'delivered', available: 18 }]);
  });
});
