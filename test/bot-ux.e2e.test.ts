import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Commands, localBotApiFile } from '../libs/infrastructure/src';
import { BOT_TOKEN, BotSystem, previewLink, startBotSystem, TestUser } from './support/bot-harness';
import { distEntry, ROOT } from './support/processes';
import { makeMediaFixtures } from '../tools/media/media-fixtures';
import { MediaServer, startMediaServer } from '../tools/media/media-server';

/**
 * Rough edges a reviewer met using the bot (issue 9 follow-up): a conversion too dear for the
 * credits, a re-sent conversion, `/convert` alone, dates, settings, and button answers in the
 * terminal chat. Real bot, projector and worker over HTTP to the local Bot API stand-in.
 */

let sys: BotSystem;
let media: MediaServer;
let dataDir: string;
let chat: ChildProcess | undefined;

beforeAll(async () => {
  const fixtures = await makeMediaFixtures();
  media = await startMediaServer(fixtures.dir);
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'arcana-ux-'));
  sys = await startBotSystem(
    'bot_ux',
    { FETCH_ALLOW: `127.0.0.1:${media.port}`, WELCOME_CREDITS: '1', WORKER_CONCURRENCY: '1', BOT_SPREAD_PICTURES: 'off', CONVERSION_PROGRESS_INTERVAL_MS: '300' },
    { worker: true },
  );
}, 120_000);

afterAll(async () => {
  chat?.kill('SIGKILL');
  await sys?.close();
  await media?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const previewMessage = (user: TestUser, id: string) => user.messages().find((m) => m.buttons.some((b) => b.data === `cv:ok:${id}`));

async function grant(telegramId: number, amount: number): Promise<void> {
  await sys.settle();
  const { rows } = await sys.db.pool.query('SELECT user_id FROM users WHERE telegram_id = $1', [telegramId]);
  await sys.bot.get(Commands).ledger({ type: 'GrantCredits', commandId: randomUUID(), userId: rows[0].user_id, amount, source: 'admin', reason: 'test' }, { actor: { kind: 'admin', id: 'test' } });
}

describe('a conversion too dear for the credits', () => {
  it('keeps the preview open and usable, reserves nothing, and says the price without enhancement; then converts; the same again is re-sent and says it was charged', async () => {
    const user = await sys.registered(7901); // 1 welcome credit
    await sys.setTier(7901, 'pro');
    const id = (await previewLink(user, media.url('/media/clip.mp4'))).id;
    await user.click(`cv:fmt:${id}:m4a`);
    await user.waitFor(() => previewMessage(user, id)?.buttons.some((b) => b.text === '• m4a •') ?? false);
    await user.click(`cv:enh:${id}:on`);
    await user.waitFor(() => /💳 2 credits \(incl\. \+1 for enhancement\)/.test(previewMessage(user, id)?.text ?? ''));
    const before = user.messages().length;
    await user.click(`cv:ok:${id}`);
    const [refusal] = await user.waitFor((m) => m.length > 0, { after: before });
    expect(refusal!.text).toBe(
      'This conversion costs 2 credits, and you have 1. Without enhancement it costs 1 credit: switch enhancement off in the preview above and press Convert again.',
    );
    await sys.settle();
    expect(await sys.eventsOf(7901, 'CreditsReserved')).toBe(0);
    expect(await sys.eventsOf(7901, 'ConversionRequested')).toBe(0);

    // The preview still answers its buttons: enhancement off, then convert.
    await user.click(`cv:enh:${id}:off`);
    await user.waitFor(() => /💳 1 credit\n/.test(previewMessage(user, id)?.text ?? ''));
    expect(user.messages().some((m) => /expired|устарело/.test(m.text))).toBe(false);
    await user.click(`cv:ok:${id}`);
    await user.waitFor((m) => m.some((x) => x.audio), { timeoutMs: 60_000 });
    await sys.settle();
    expect(await sys.available(7901)).toBe(0);

    // The same media and format again: the stored file, charged like a conversion, and said so.
    await grant(7901, 1);
    const again = (await previewLink(user, media.url('/media/clip.mp4'))).id;
    await user.click(`cv:fmt:${again}:m4a`);
    await user.waitFor(() => previewMessage(user, again)?.buttons.some((b) => b.text === '• m4a •') ?? false);
    const status = previewMessage(user, again)!.messageId;
    await user.click(`cv:ok:${again}`);
    await user.waitFor((m) => /Already converted/.test(m.find((x) => x.messageId === status)?.text ?? ''), { timeoutMs: 15_000 });
    expect(user.messages().find((x) => x.messageId === status)!.text).toBe('✅ Already converted — here it is again: Test Clip\n1 credit charged.');
    await sys.settle();
    expect(await sys.available(7901)).toBe(0);
    expect(await sys.eventsOf(7901, 'CreditsCaptured')).toBe(2);
  }, 120_000);

  it('in Russian too', async () => {
    const user = await sys.registered(7902, 'ru');
    await sys.setTier(7902, 'pro');
    const id = (await previewLink(user, media.url('/media/clip.mp4'))).id;
    await user.click(`cv:enh:${id}:on`);
    await user.waitFor(() => /💳 2 кредита \(включая \+1 за улучшение\)/.test(previewMessage(user, id)?.text ?? ''));
    const before = user.messages().length;
    await user.click(`cv:ok:${id}`);
    const [refusal] = await user.waitFor((m) => m.length > 0, { after: before });
    expect(refusal!.text).toBe(
      'Конвертация стоит 2 кредита, а у вас 1 кредит. Без улучшения она стоит 1 кредит: выключите улучшение в превью выше и нажмите «Конвертировать» ещё раз.',
    );
  }, 60_000);
});

describe('commands and settings as a person reads them', () => {
  it('/convert alone says how to use it; an argument that is no link is refused as before', async () => {
    const user = await sys.registered(7903);
    let before = user.messages().length;
    await user.command('/convert');
    let [reply] = await user.waitFor((m) => m.length > 0, { after: before });
    expect(reply!.text).toMatch(/^Send me a link to a video/);
    before = user.messages().length;
    await user.command('/convert hello');
    [reply] = await user.waitFor((m) => m.length > 0, { after: before });
    expect(reply!.text).toBe('That does not look like a valid link.');
  }, 30_000);

  it('/daily names the day in the reader’s language, not as an ISO date', async () => {
    const user = await sys.registered(7904, 'ru');
    const before = user.messages().length;
    await user.command('/daily');
    const [card] = await user.waitFor((m) => m.length > 0, { after: before });
    expect(card!.text).toMatch(/^🌞 Ваша карта на \d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4}\n/);
    expect(card!.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  }, 30_000);

  it('/settings: ✓ on each current choice, buttons that say what they set; a press moves the ✓', async () => {
    const user = await sys.registered(7905, 'ru');
    const before = user.messages().length;
    await user.command('/settings');
    const [settings] = await user.waitFor((m) => m.some((x) => x.buttons.length > 0), { after: before });
    expect(settings!.buttons.map((b) => b.text)).toEqual([
      'English',
      '✓ Русский',
      '✓ Включать перевёрнутые карты',
      'Только прямые карты',
      '✓ Полная колода (78 карт)',
      'Только старшие арканы (22)',
    ]);
    await user.click('set:deck:major');
    await user.waitFor(() => user.messages().find((m) => m.messageId === settings!.messageId)!.buttons.some((b) => b.text === '✓ Только старшие арканы (22)'));
    expect(user.messages().find((m) => m.messageId === settings!.messageId)!.text).toMatch(/Колода: только старшие арканы \(22 карты\)/);
  }, 30_000);
});

describe('npm run chat', () => {
  it('prints the bot’s answer to a button press', async () => {
    writeFileSync(localBotApiFile(dataDir), JSON.stringify({ url: sys.api.url, token: BOT_TOKEN }));
    let output = '';
    chat = spawn(process.execPath, [distEntry('tools/chat/main.js'), '--user', '7906', '--name', 'Chat'], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir }, stdio: ['pipe', 'pipe', 'pipe'] });
    chat.stdout!.on('data', (d) => (output += d));
    chat.stderr!.on('data', (d) => (output += d));
    const waitFor = async (pattern: RegExp) => {
      const deadline = Date.now() + 20_000;
      while (!pattern.test(output)) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${output.slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    chat.stdin!.write('/start\n');
    await waitFor(/Welcome, Chat/);
    chat.stdin!.write('/settings\n');
    await waitFor(/\[1\] ✓ English/);
    expect(output).not.toMatch(/🔔/);
    chat.stdin!.write('4\n'); // "Upright cards only"
    await waitFor(/🔔 Saved\./);
    await waitFor(/\[4\] ✓ Upright cards only/);
  }, 60_000);
});
