import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TestDatabase } from './support/database';
import { Child, distEntry, ROOT, startNode } from './support/processes';

/**
 * Local mode as a person uses it: `npm start` (the launcher, no TELEGRAM_BOT_TOKEN) in one
 * process, `npm run chat` in another, the system stopped and started again under the chat.
 */

let db: TestDatabase;
let dataDir: string;
let system: Child | undefined;
let chat: { process: ChildProcess; output(): string; type(line: string): void } | undefined;

beforeAll(async () => {
  db = await createTestDatabase('local_restart');
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'arcana-local-'));
});
afterAll(async () => {
  chat?.process.kill('SIGKILL');
  if (system && system.process.exitCode === null) {
    system.process.kill('SIGKILL');
    await system.exited;
  }
  await db?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitFor<T>(what: string, probe: () => T | undefined | false, context: () => string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${context().slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts the whole system as `npm start` does, on the test database, and waits for its start line. */
async function start(): Promise<Child> {
  const env = { ...process.env } as Record<string, string>;
  delete env.TELEGRAM_BOT_TOKEN;
  delete env.TELEGRAM_WEBHOOK_URL;
  const child = startNode('launcher/main.js', [], {
    ...env,
    DATABASE_URL: db.url,
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'warn',
    BOT_RATE_LIMIT_PER_MINUTE: '1000',
  });
  let exited = false;
  void child.exited.then(() => (exited = true));
  await waitFor('the start line', () => exited || /arcana is up/.test(child.output()), child.output, 90_000);
  expect(child.output(), 'the system stopped during start-up').toMatch(/arcana is up/);
  return child;
}

function startChat() {
  let output = '';
  const child = spawn(process.execPath, [distEntry('tools/chat/main.js'), '--user', '777001', '--name', 'Restart'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return { process: child, output: () => output, type: (line: string) => child.stdin!.write(`${line}\n`) };
}

const answers = () => (chat!.output().match(/^🤖 /gm) ?? []).length;

/** Types a message and waits for the bot's answer to show in the chat. */
async function say(line: string): Promise<void> {
  const before = answers();
  chat!.type(line);
  await waitFor(`an answer to ${line}`, () => answers() > before, () => `${chat!.output()}\n--- system ---\n${system!.output()}`, 30_000);
}

describe('local mode across restarts', () => {
  it('answers every message after two restarts (one graceful, one killed), and the chat reconnects by itself', async () => {
    system = await start();
    chat = startChat();
    let sent = 0;
    await say('/start');
    sent++;
    for (let i = 0; i < 4; i++, sent++) await say('/balance');

    for (const signal of ['SIGINT', 'SIGKILL'] as const) {
      system.process.kill(signal);
      await system.exited;
      // The chat notices once, and waits.
      await waitFor('the chat to notice', () => chat!.output().includes('the bot is not running'), chat!.output);
      system = await start();
      await waitFor('the chat to reconnect', () => chat!.output().includes('connected to the bot again'), chat!.output);
      for (let i = 0; i < 5; i++, sent++) await say(i % 2 ? '/help' : '/balance');
    }

    expect(answers()).toBe(sent);
    const out = chat.output();
    expect(out.match(/the bot is not running/g)).toHaveLength(2);
    expect(out.match(/connected to the bot again/g)).toHaveLength(2);
    expect(out).not.toMatch(/fetch failed/);
  }, 300_000);

  it('shows a message again when only its button labels change (the chosen format marked)', async () => {
    const { url, token } = JSON.parse(readFileSync(path.join(dataDir, 'local-bot-api.json'), 'utf8')) as { url: string; token: string };
    // Acting as the bot, through the Bot API calls the bot makes.
    const call = async (method: string, body: unknown) => {
      const response = await fetch(`${url}/bot${token}/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return ((await response.json()) as { result: { message_id: number } }).result;
    };
    const keyboard = (chosen: string) => ({
      inline_keyboard: [['mp3', 'opus'].map((f) => ({ text: f === chosen ? `• ${f} •` : f, callback_data: `fmt:${f}` }))],
    });
    const sent = await call('sendMessage', { chat_id: 777001, text: 'Pick a format', reply_markup: keyboard('mp3') });
    await waitFor('the message', () => chat!.output().includes('[1] • mp3 •'), chat!.output);
    await call('editMessageText', { chat_id: 777001, message_id: sent.message_id, text: 'Pick a format', reply_markup: keyboard('opus') });
    await waitFor('the new labels', () => chat!.output().includes('[2] • opus •'), chat!.output, 15_000);
    expect(chat!.output().split('[2] • opus •')[0]).toMatch(/\(buttons changed\)\s*\n\s*\[1\] mp3\s*$/);
  }, 60_000);
});
