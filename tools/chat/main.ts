import { readFileSync } from 'node:fs';
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { localBotApiFile } from '@app/infrastructure/telegram/local-mode';

/**
 * `npm run chat`: talk to the bot running in local mode (no TELEGRAM_BOT_TOKEN) as a test user.
 * Typed lines are messages (or /commands), buttons show as numbered choices, the bot's answer to a
 * button press (Telegram's toast or alert) is printed, pictures and files the bot sends are saved
 * under ./.data/inbox and their paths printed. An invoice (Telegram Stars) shows with its price and
 * a pay button; pressing it pays as this user, through the bot's pre-checkout answer, and the
 * outcome is printed (paid, refused with the bot's reason, or not confirmed in time). When the system stops
 * (or is not started yet) it says so once and waits; it carries on when the system is back.
 */

interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
  pay?: boolean;
}

/** A Stars invoice link (createInvoiceLink): the chat pays it like an invoice message. */
const INVOICE_LINK = /https:\/\/t\.me\/\$[\w-]+/g;

interface StoredBotMessage {
  messageId: number;
  message: {
    chat_id: number | string;
    text?: string;
    photo?: { file_id: string }[];
    audio?: { file_id: string };
    document?: { file_id: string };
    invoice?: { title: string; description: string; currency: string; total_amount: number };
    reply_markup?: { inline_keyboard?: InlineButton[][] };
  };
}

const USAGE = 'usage: npm run chat -- [--user <telegram id>] [--name <first name>] [--lang en|ru]\n  talks to the bot that "npm start" runs on its local Telegram stand-in';
const { values } = (() => {
  try {
    return parseArgs({ options: { user: { type: 'string', default: '424242' }, name: { type: 'string', default: 'You' }, lang: { type: 'string', default: 'en' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(64);
  }
})();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const dataDir = process.env.DATA_DIR ?? './.data';
const infoFile = localBotApiFile(dataDir);
const userId = Number(values.user);
if (!Number.isSafeInteger(userId) || userId <= 0) {
  process.stderr.write('--user must be a positive number (your pretend Telegram id)\n');
  process.exit(2);
}
const from = { id: userId, first_name: values.name, username: `user${userId}`, is_bot: false, language_code: values.lang };
const chat = { id: userId, first_name: values.name, username: from.username, type: 'private' };
/** How often the bot's messages are looked at, and a stopped system looked for. */
const POLL_MS = 400;

/** The stand-in's address: re-read at every connection, since each start listens on a new port. */
let server: { url: string; token: string } | undefined;
/** Set while the system cannot be reached: the one notice is printed, errors are not. */
let away: string | undefined;
/** Where the last stand-in listened: another address means the system was restarted. */
let lastUrl: string | undefined;

/** The bot cannot be reached: no stand-in described, or nothing listening where it was. */
class Unreachable extends Error {}

function connect(): { url: string; token: string } {
  if (server) return server;
  try {
    const info = JSON.parse(readFileSync(infoFile, 'utf8')) as { url?: unknown; token?: unknown };
    if (typeof info.url !== 'string' || typeof info.token !== 'string') throw new Error('incomplete');
    if (lastUrl !== undefined && info.url !== lastUrl) restarted();
    lastUrl = info.url;
    return (server = { url: info.url, token: info.token });
  } catch {
    throw new Unreachable(`no local bot described in ${infoFile}`);
  }
}

async function request(path: string, init?: RequestInit, timeoutMs = 10_000): Promise<Response> {
  const { url } = connect();
  try {
    return await fetch(`${url}/${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    server = undefined; // the next attempt reads where a restarted system listens
    throw new Unreachable(error instanceof Error ? error.message : String(error));
  }
}

async function post(route: string, body: unknown, timeoutMs?: number): Promise<{ result?: unknown }> {
  const response = await request(route, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, timeoutMs);
  if (!response.ok) throw new Error(`${route}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as { result?: unknown };
}

/** A restarted stand-in knows no message from before: their buttons cannot be pressed any more. */
function restarted(): void {
  if (buttons.length === 0) return;
  buttons = [];
  process.stdout.write('\n(the bot was restarted: buttons shown before are gone; ask again, e.g. /settings)\n');
}

/** Reports a lost connection once, and its return once. */
function reachable(ok: boolean, reason?: string): void {
  if (ok && away !== undefined) {
    away = undefined;
    process.stdout.write('\n(connected to the bot again)\n');
  } else if (!ok && away === undefined) {
    away = reason;
    process.stdout.write('\n(the bot is not running — start it with "npm start"; waiting for it, your messages are not sent meanwhile)\n');
  }
}

const meta = () => ({ botToken: connect().token, date: Math.floor(Date.now() / 1000) });
/** A button shown: a callback, a link, or paying an invoice (its message id or invoice link). */
let buttons: { text: string; data?: string; url?: string; invoice?: number | string; messageId: number }[] = [];

/** The numbered choices of one message: its keyboard, and a pay choice for each invoice link in its text. */
function choicesOf(messageId: number, message: StoredBotMessage['message']): typeof buttons {
  const keyboard = (message.reply_markup?.inline_keyboard ?? []).flat();
  const choices: typeof buttons = keyboard.map((b) => {
    if (b.pay) return { text: b.text, invoice: messageId, messageId };
    const link = b.url?.match(INVOICE_LINK)?.[0];
    if (link) return { text: b.text, invoice: link, messageId };
    if (b.url) return { text: `${b.text} (link)`, url: b.url, messageId };
    return { text: b.text, data: b.callback_data, messageId };
  });
  const linked = new Set(choices.map((c) => c.invoice));
  for (const link of message.text?.match(INVOICE_LINK) ?? []) {
    if (!linked.has(link)) choices.push({ text: 'Pay the invoice link', invoice: link, messageId }), linked.add(link);
  }
  return choices;
}

/** Telegram's pay sheet: the bot has 10 s to confirm the pre-checkout query, so the wait here is longer. */
async function pay(invoice: number | string, label: string): Promise<void> {
  process.stdout.write(`   ⏳ ${label}: waiting for the bot to confirm…\n`);
  const { result } = await post('local/pay', { token: connect().token, userId, firstName: values.name, userName: from.username, invoice }, 30_000);
  const outcome = result as { status: string; amount?: number; chargeId?: string; errorMessage?: string };
  if (outcome.status === 'paid') process.stdout.write(`   ✅ Paid ⭐${outcome.amount} (charge ${outcome.chargeId})\n`);
  else if (outcome.status === 'refused') process.stdout.write(`   ❌ Payment refused: ${outcome.errorMessage}\n`);
  else process.stdout.write('   ⌛ The bot did not confirm in time: no payment was made\n');
}

async function send(line: string): Promise<void> {
  connect();
  const choice = /^\d+$/.test(line) ? buttons[Number(line) - 1] : undefined;
  if (choice?.invoice !== undefined) {
    await pay(choice.invoice, choice.text);
  } else if (choice?.url !== undefined) {
    process.stdout.write(`   🔗 ${choice.url}\n`);
  } else if (choice) {
    await post('sendCallback', { ...meta(), from, message: { message_id: choice.messageId, chat, from }, data: choice.data });
  } else if (line.startsWith('/')) {
    const length = line.includes(' ') ? line.indexOf(' ') : line.length;
    await post('sendCommand', { ...meta(), from, chat, text: line, entities: [{ offset: 0, length, type: 'bot_command' }] });
  } else {
    await post('sendMessage', { ...meta(), from, chat, text: line });
  }
}

/** What was last shown of each bot message: its text, files and buttons (labels included). */
const seen = new Map<number, { text: string; files: string; keyboard: string }>();

/** Answers to button presses already printed (query ids; they continue across restarts), and whether any were read yet. */
const answered = new Set<string>();
let answersRead = false;

/**
 * Prints the bot's answers to this user's button presses: Telegram shows them as a toast (or an
 * alert that must be dismissed), so without them a press could look like it did nothing.
 * Answers to presses from before this chat started are not printed.
 */
async function showAnswers(): Promise<void> {
  const response = await request(`local/callbackAnswers/${userId}`);
  if (!response.ok) return; // a stand-in without the route: nothing to show
  const { result } = (await response.json()) as { result?: { queryId: string; text?: string; showAlert?: boolean }[] };
  for (const answer of result ?? []) {
    if (answered.has(answer.queryId)) continue;
    answered.add(answer.queryId);
    if (answersRead && answer.text) process.stdout.write(`\n${answer.showAlert ? '🔔 (alert)' : '🔔'} ${answer.text}\n`);
  }
  answersRead = true;
}

async function show(): Promise<void> {
  await showAnswers();
  const { result } = await post('getUpdatesHistory', { token: connect().token });
  const mine = ((result ?? []) as StoredBotMessage[]).filter((m) => m.message && String(m.message.chat_id) === String(userId));
  for (const { messageId, message } of mine) {
    const files = [message.photo?.at(-1)?.file_id, message.audio?.file_id, message.document?.file_id].filter(Boolean) as string[];
    const choices = choicesOf(messageId, message);
    const invoice = message.invoice ? `🧾 ${message.invoice.title} — ${message.invoice.description} (⭐${message.invoice.total_amount})` : '';
    const now = { text: message.text || invoice, files: files.join(), keyboard: JSON.stringify(choices.map((b) => [b.text, b.data, b.url, b.invoice])) };
    const previous = seen.get(messageId);
    if (previous && previous.text === now.text && previous.files === now.files && previous.keyboard === now.keyboard) continue;
    seen.set(messageId, now);
    if (now.text && now.text !== previous?.text) process.stdout.write(`\n${previous === undefined ? '🤖' : '🤖 (edited)'} ${now.text}\n`);
    else if (previous && now.keyboard !== previous.keyboard) process.stdout.write(`\n🤖 (buttons changed)\n`);
    if (now.files !== previous?.files) {
      for (const fileId of files) {
        const info = (await (await request(`local/files/${fileId}`)).json()) as { result?: { path: string | null; kind: string } };
        process.stdout.write(`   📎 ${info.result?.kind ?? 'file'} saved: ${info.result?.path ?? '(not saved)'}\n`);
      }
    }
    if (choices.length > 0 && (now.keyboard !== previous?.keyboard || now.text !== previous?.text)) {
      buttons = choices;
      process.stdout.write(buttons.map((b, i) => `   [${i + 1}] ${b.text}`).join('\n') + '\n   (type a number to press a button)\n');
    }
  }
}

/** Looks at the bot's messages until stopped; a lost system is reported once and waited for. */
async function watch(stopped: () => boolean): Promise<void> {
  while (!stopped()) {
    try {
      await show();
      reachable(true);
    } catch (error) {
      if (error instanceof Unreachable) reachable(false, error.message);
      else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

async function main(): Promise<void> {
  process.stdout.write(`Chatting with the local bot as Telegram user ${userId} (${values.name}). Try /start, /tarot, /daily, /help. Ctrl+D to quit.\n`);
  let done = false;
  const watching = watch(() => done);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) continue;
    await send(line).then(
      () => reachable(true),
      (error: Error) => {
        if (error instanceof Unreachable) {
          reachable(false, error.message);
          process.stdout.write('(not sent: the bot is not running)\n');
        } else process.stderr.write(`could not send: ${error.message}\n`);
      },
    );
  }
  await new Promise((r) => setTimeout(r, 1500));
  done = true;
  await watching;
  process.exit(0);
}

void main();
