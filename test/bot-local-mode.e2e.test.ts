import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TestDatabase } from './support/database';
import { Child, ROOT, runNode, startNode, waitForOutput } from './support/processes';

/**
 * The bot on its own without TELEGRAM_BOT_TOKEN: `npm run start:bot` (launcher/bot.ts) runs it in
 * local mode on the Bot API stand-in, which production code (apps/bot/src/main.ts) does not
 * import; run directly, the bot's production entry asks for a token.
 */

let db: TestDatabase;
let dataDir: string;
let bot: Child | undefined;
const env = () => {
  const base = { ...process.env } as Record<string, string>;
  delete base.TELEGRAM_BOT_TOKEN;
  delete base.TELEGRAM_WEBHOOK_URL;
  return { ...base, DATABASE_URL: db.url, DATA_DIR: dataDir, LOG_LEVEL: 'info', BOT_SPREAD_PICTURES: 'off' };
};

beforeAll(async () => {
  db = await createTestDatabase('bot_local_mode');
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'arcana-bot-local-'));
});
afterAll(async () => {
  if (bot && bot.process.exitCode === null) {
    bot.process.kill('SIGKILL');
    await bot.exited;
  }
  await db?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the bot alone without a token', () => {
  it('npm run start:bot runs it in local mode: the stand-in described in DATA_DIR, /start answered', async () => {
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['start:bot']).toMatch(/node dist\/launcher\/bot\.js$/);

    bot = startNode('launcher/bot.js', [], env());
    const [, url] = await waitForOutput(bot, /bot running against the local Bot API stand-in at (http:\/\/[\d.:]+); talk to it with \\"npm run chat\\"/, 'the local-mode start line', 60_000);
    const described = JSON.parse(readFileSync(path.join(dataDir, 'local-bot-api.json'), 'utf8')) as { url: string; token: string };
    expect(described.url).toBe(url);

    const post = async (route: string, body: unknown) =>
      (await (await fetch(`${described.url}/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as {
        result?: { message?: { chat_id: number | string; text?: string } }[];
      };
    const from = { id: 777002, first_name: 'Local', username: 'local_user', language_code: 'en', is_bot: false };
    const chat = { id: 777002, type: 'private', first_name: 'Local' };
    await post('sendCommand', { botToken: described.token, date: Math.floor(Date.now() / 1000), from, chat, text: '/start', entities: [{ offset: 0, length: 6, type: 'bot_command' }] });
    const deadline = Date.now() + 30_000;
    let answer: string | undefined;
    while (!answer && Date.now() < deadline) {
      const { result } = await post('getUpdatesHistory', { token: described.token });
      answer = (result ?? []).find((m) => m.message && String(m.message.chat_id) === String(chat.id) && m.message.text)?.message?.text;
      if (!answer) await new Promise((r) => setTimeout(r, 100));
    }
    expect(answer, `no answer to /start:\n${bot.output()}`).toMatch(/^Welcome, Local!/);

    bot.process.kill('SIGINT');
    await bot.exited;
  }, 120_000);

  it('its production entry (apps/bot/src/main.js) asks for TELEGRAM_BOT_TOKEN instead', async () => {
    const { code, output } = await runNode('apps/bot/src/main.js', [], env());
    expect(code).toBe(78);
    expect(output).toContain('TELEGRAM_BOT_TOKEN is not set: set it, or run the bot in local mode with "npm run start:bot"');
  });
});
