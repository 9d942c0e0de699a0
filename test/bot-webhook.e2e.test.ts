import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../libs/infrastructure/src';
import { BotSystem, startBotSystem } from './support/bot-harness';
import { takenUpdateIds } from './support/updates';

let sys: BotSystem;
let webhookUrl: string;
beforeAll(async () => {
  const port = await freePort();
  webhookUrl = `http://127.0.0.1:${port}/telegram/hook-7f3a`;
  sys = await startBotSystem('bot_webhook', {
    TELEGRAM_WEBHOOK_URL: webhookUrl,
    TELEGRAM_WEBHOOK_PORT: String(port),
    TELEGRAM_WEBHOOK_SECRET: 'webhook-secret-0123456789',
  });
});
afterAll(async () => sys?.close());

describe('bot in webhook mode (our own HTTP server with webhookCallback)', () => {
  it('receives updates by webhook with the secret token', async () => {
    const user = sys.user(3001);
    await user.command('/start');
    const [welcome] = await user.waitFor((m) => m.length >= 1);
    expect(welcome!.text).toMatch(/Welcome, User3001/);
  });

  it('refuses a webhook call without the right secret token, and nothing happens', async () => {
    const update = {
      update_id: 999_001,
      message: { message_id: 1, date: 0, chat: { id: 3002, type: 'private' }, from: { id: 3002, is_bot: false, first_name: 'Eve' }, text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] },
    };
    const wrong = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'nope' }, body: JSON.stringify(update) });
    expect(wrong.status).toBeGreaterThanOrEqual(400);
    const missing = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(update) });
    expect(missing.status).toBeGreaterThanOrEqual(400);
    // A signed update from the same chat afterwards is taken and answered (the webhook answers
    // once the bot has handled it): the bot is there, and the refused one never reached it.
    const help = { update_id: 999_002, message: { ...update.message, message_id: 2, text: '/help', entities: [{ type: 'bot_command', offset: 0, length: 5 }] } };
    const signed = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'webhook-secret-0123456789' }, body: JSON.stringify(help) });
    expect(signed.status).toBe(200);
    await sys.user(3002).waitFor((m) => m.length >= 1);
    expect(await takenUpdateIds(sys.db.pool, [999_001, 999_002])).toEqual([999_002]);
    const { rows } = await sys.db.pool.query(`SELECT count(*)::int AS n FROM es_events WHERE event_type = 'UserRegistered' AND (data->>'telegramId')::bigint = 3002`);
    expect(rows[0].n).toBe(0);
  });
});
