import { existsSync, readFileSync } from 'node:fs';
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { localBotApiFile } from '@app/infrastructure/telegram/local-bot-api';

/**
 * `npm run chat`: talk to the bot running in local mode (no TELEGRAM_BOT_TOKEN) as a test user.
 * Typed lines are messages (or /commands), buttons show as numbered choices, pictures and files
 * the bot sends are saved under ./.data/inbox and their paths printed.
 */

interface StoredBotMessage {
  messageId: number;
  message: {
    chat_id: number | string;
    text?: string;
    photo?: { file_id: string }[];
    audio?: { file_id: string };
    document?: { file_id: string };
    reply_markup?: { inline_keyboard?: { text: string; callback_data: string }[][] };
  };
}

const { values } = parseArgs({ options: { user: { type: 'string', default: '424242' }, name: { type: 'string', default: 'You' }, lang: { type: 'string', default: 'en' } } });
const dataDir = process.env.DATA_DIR ?? './.data';
const infoFile = localBotApiFile(dataDir);
if (!existsSync(infoFile)) {
  process.stderr.write(`No local bot found (${infoFile}). Start the system first with "npm start" and no TELEGRAM_BOT_TOKEN.\n`);
  process.exit(2);
}
const { url, token } = JSON.parse(readFileSync(infoFile, 'utf8')) as { url: string; token: string };
const userId = Number(values.user);
if (!Number.isSafeInteger(userId) || userId <= 0) {
  process.stderr.write('--user must be a positive number (your pretend Telegram id)\n');
  process.exit(2);
}
const from = { id: userId, first_name: values.name, username: `user${userId}`, is_bot: false, language_code: values.lang };
const chat = { id: userId, first_name: values.name, username: from.username, type: 'private' };

async function post(route: string, body: unknown): Promise<{ result?: unknown }> {
  const response = await fetch(`${url}/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${route}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as { result?: unknown };
}

const meta = () => ({ botToken: token, date: Math.floor(Date.now() / 1000) });
let buttons: { text: string; data: string; messageId: number }[] = [];

async function send(line: string): Promise<void> {
  const choice = /^\d+$/.test(line) ? buttons[Number(line) - 1] : undefined;
  if (choice) {
    await post('sendCallback', { ...meta(), from, message: { message_id: choice.messageId, chat, from }, data: choice.data });
  } else if (line.startsWith('/')) {
    const length = line.includes(' ') ? line.indexOf(' ') : line.length;
    await post('sendCommand', { ...meta(), from, chat, text: line, entities: [{ offset: 0, length, type: 'bot_command' }] });
  } else {
    await post('sendMessage', { ...meta(), from, chat, text: line });
  }
}

const seen = new Map<number, string>();

async function show(): Promise<void> {
  const { result } = await post('getUpdatesHistory', { token });
  const mine = ((result ?? []) as StoredBotMessage[]).filter((m) => m.message && String(m.message.chat_id) === String(userId));
  for (const { messageId, message } of mine) {
    const files = [message.photo?.at(-1)?.file_id, message.audio?.file_id, message.document?.file_id].filter(Boolean) as string[];
    const keyboard = (message.reply_markup?.inline_keyboard ?? []).flat();
    const signature = `${message.text ?? ''}|${files.join()}|${keyboard.map((b) => b.callback_data).join()}`;
    const previous = seen.get(messageId);
    if (previous === signature) continue;
    seen.set(messageId, signature);
    if (message.text) process.stdout.write(`\n${previous === undefined ? '🤖' : '🤖 (edited)'} ${message.text}\n`);
    for (const fileId of files) {
      const info = (await fetch(`${url}/local/files/${fileId}`).then((r) => r.json())) as { result?: { path: string | null; kind: string } };
      process.stdout.write(`   📎 ${info.result?.kind ?? 'file'} saved: ${info.result?.path ?? '(not saved)'}\n`);
    }
    if (keyboard.length > 0) {
      buttons = keyboard.map((b) => ({ text: b.text, data: b.callback_data, messageId }));
      process.stdout.write(buttons.map((b, i) => `   [${i + 1}] ${b.text}`).join('\n') + '\n   (type a number to press a button)\n');
    }
  }
}

async function main(): Promise<void> {
  process.stdout.write(`Chatting with the local bot as Telegram user ${userId} (${values.name}). Try /start, /tarot, /daily, /help. Ctrl+D to quit.\n`);
  await show();
  const timer = setInterval(() => void show().catch((error: Error) => process.stderr.write(`${error.message}\n`)), 400);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  for await (const raw of rl) {
    const line = raw.trim();
    if (line) await send(line).catch((error: Error) => process.stderr.write(`could not send: ${error.message}\n`));
  }
  clearInterval(timer);
  await new Promise((r) => setTimeout(r, 1500));
  await show();
  process.exit(0);
}

void main();
