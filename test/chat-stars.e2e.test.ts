import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Telegraf } from 'telegraf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localBotApiFile, preCheckoutQueryOf, StarsPayments, successfulPaymentOf } from '../libs/infrastructure/src';
import { LocalBotApi } from '../libs/infrastructure/src/testing';
import { distEntry, ROOT } from './support/processes';

/**
 * `npm run chat` pays Telegram Stars invoices: an invoice message shows with its price and a
 * numbered pay button, an invoice link too; paying goes through the bot's pre-checkout answer
 * and the outcome is printed. A small telegraf bot stands in for ours (its payment features come
 * separately); the chat and the local Bot API are the real ones.
 */

const TOKEN = '1000000003:chat-stars';
let api: LocalBotApi;
let bot: Telegraf;
let dataDir: string;
let chat: ChildProcess | undefined;

beforeAll(async () => {
  api = await LocalBotApi.start({ holdPollMs: 200 });
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'arcana-chat-stars-'));
  writeFileSync(localBotApiFile(dataDir), JSON.stringify({ url: api.url, token: TOKEN }));
  bot = new Telegraf(TOKEN, { telegram: { apiRoot: api.url } });
  const stars = new StarsPayments(bot.telegram);
  bot.command('buy', (ctx) => stars.sendInvoice(ctx.chat.id, { title: 'Pack of 50', description: '50 credits', payload: 'pack:50', stars: 75 }));
  bot.command('refuse', (ctx) => stars.sendInvoice(ctx.chat.id, { title: 'Stale offer', description: 'changed', payload: 'stale', stars: 10 }));
  bot.command('subscribe', async (ctx) => {
    const link = await stars.createInvoiceLink({ title: 'Basic', description: 'monthly', payload: 'tier:basic', stars: 250 }, { subscription: true });
    await ctx.reply('Subscribe with Stars:', { reply_markup: { inline_keyboard: [[{ text: '⭐ Subscribe 250/month', url: link }]] } });
  });
  bot.on('pre_checkout_query', async (ctx) => {
    const query = preCheckoutQueryOf(ctx.update)!;
    if (query.invoice_payload === 'stale') await stars.answerPreCheckoutQuery(query.id, false, 'This offer has changed');
    else await stars.answerPreCheckoutQuery(query.id, true);
  });
  bot.on('message', async (ctx) => {
    const paid = successfulPaymentOf(ctx.update);
    if (paid) await ctx.reply(`Thanks: ⭐${paid.payment.total_amount} for ${paid.payment.invoice_payload}`);
  });
  void bot.launch();
});

afterAll(async () => {
  chat?.kill('SIGKILL');
  bot?.stop();
  await api?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run chat with Telegram Stars', () => {
  it('shows an invoice with a numbered pay button, pays it through the pre-checkout, and prints a refusal with the bot’s reason', async () => {
    let output = '';
    chat = spawn(process.execPath, [distEntry('tools/chat/main.js'), '--user', '7907', '--name', 'Payer'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    chat.stdout!.on('data', (d) => (output += d));
    chat.stderr!.on('data', (d) => (output += d));
    // Waits on the chat's own output (a separate process): there is no event to wait on instead.
    const waitFor = async (pattern: RegExp) => {
      const deadline = Date.now() + 20_000;
      while (!pattern.test(output)) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${output.slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    chat.stdin!.write('/buy\n');
    await waitFor(/🧾 Pack of 50 — 50 credits \(⭐75\)/);
    await waitFor(/\[1\] Pay ⭐75/);
    chat.stdin!.write('1\n');
    await waitFor(/✅ Paid ⭐75 \(charge stxlocal\w+\)/);
    await waitFor(/Thanks: ⭐75 for pack:50/);
    expect(api.stars.charges.size).toBe(1);

    chat.stdin!.write('/refuse\n');
    await waitFor(/\[1\] Pay ⭐10/);
    chat.stdin!.write('1\n');
    await waitFor(/❌ Payment refused: This offer has changed/);
    expect(api.stars.charges.size).toBe(1);

    chat.stdin!.write('/subscribe\n');
    await waitFor(/\[1\] ⭐ Subscribe 250\/month/);
    chat.stdin!.write('1\n');
    await waitFor(/✅ Paid ⭐250/);
    await waitFor(/Thanks: ⭐250 for tier:basic/);
    expect(api.stars.subscriptions.size).toBe(1);
  }, 60_000);
});
