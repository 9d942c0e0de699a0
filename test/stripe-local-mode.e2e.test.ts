import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStripe, StripeGateway } from '../libs/infrastructure/src';
import { createTestDatabase, TestDatabase } from './support/database';
import { Child, startNode } from './support/processes';
import { payOnHostedPage } from './support/stripe-system';

/**
 * Local mode for payments as `npm start` runs it (no STRIPE_SECRET_KEY, no TELEGRAM_BOT_TOKEN):
 * the bot's card buttons open the launcher's Stripe stand-in, its webhooks reach the API, and a
 * billing notice reaches the user on the launcher's local Bot API.
 */
let db: TestDatabase;
let dataDir: string;
let system: Child | undefined;

beforeAll(async () => {
  db = await createTestDatabase('stripe_local_mode');
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'arcana-stripe-local-'));
});
afterAll(async () => {
  if (system && system.process.exitCode === null) {
    system.process.kill('SIGTERM');
    await system.exited;
  }
  await db?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${system?.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('local mode for payments', () => {
  it('a pack bought with the bot’s card button is credited, and a failed renewal reaches the user on the local Bot API', async () => {
    const env = { ...process.env } as Record<string, string>;
    for (const key of ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_URL', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_API_URL']) delete env[key];
    system = startNode('launcher/main.js', [], { ...env, DATABASE_URL: db.url, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', WELCOME_CREDITS: '0' });
    await waitFor('the start line', () => /arcana is up/.test(system!.output()), 90_000);
    const stripeUrl = /payments\s+local Stripe stand-in at (http:\/\/\S+)/.exec(system.output())?.[1];
    expect(stripeUrl).toBeDefined();
    const bot = JSON.parse(readFileSync(path.join(dataDir, 'local-bot-api.json'), 'utf8')) as { url: string; token: string };
    const post = async (route: string, body: unknown) => {
      const response = await fetch(`${bot.url}/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return (await response.json()) as { result?: unknown };
    };

    // A user signs up in the bot.
    const telegramId = 424_242;
    const from = { id: telegramId, first_name: 'Ada', username: 'ada', is_bot: false, language_code: 'en' };
    await post('sendCommand', { botToken: bot.token, date: Math.floor(Date.now() / 1000), from, chat: { id: telegramId, type: 'private', first_name: 'Ada' }, text: '/start', entities: [{ offset: 0, length: 6, type: 'bot_command' }] });
    const userId = await waitFor('the account', async () => (await db.pool.query('SELECT user_id FROM users WHERE telegram_id = $1', [telegramId])).rows[0]?.user_id as string | undefined);

    // /buy offers each pack by card too: the button opens the stand-in's hosted Checkout, and the payment lands as credits.
    await post('sendCommand', { botToken: bot.token, date: Math.floor(Date.now() / 1000), from, chat: { id: telegramId, type: 'private', first_name: 'Ada' }, text: '/buy', entities: [{ offset: 0, length: 4, type: 'bot_command' }] });
    type Stored = { message?: { chat_id?: number; text?: string; reply_markup?: { inline_keyboard?: { text: string; url?: string }[][] } } };
    const cardUrls = await waitFor('the /buy card buttons', async () => {
      const { result } = await post('getUpdatesHistory', { token: bot.token });
      const offer = ((result ?? []) as Stored[]).find((m) => m.message?.chat_id === telegramId && m.message.reply_markup?.inline_keyboard?.some((row) => row.some((b) => b.url)));
      return offer?.message!.reply_markup!.inline_keyboard!.map((row) => row.find((b) => b.url)?.url);
    });
    expect(cardUrls).toHaveLength(3);
    expect(cardUrls[1]).toContain(`${stripeUrl}/checkout/pay/`);
    await payOnHostedPage(cardUrls[1]!);
    const balance = async () => Number((await db.pool.query('SELECT available FROM balances WHERE user_id = $1', [userId])).rows[0]?.available);
    await waitFor('the pack’s credits', async () => (await balance()) === 150);

    // They subscribe with a card whose renewals fail, on a test clock of the stand-in (through the official SDK).
    const gateway = new StripeGateway(createStripe({ secretKey: 'sk_test_local_mode', baseUrl: stripeUrl! }));
    const clock = await gateway.stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.now() / 1000) });
    const customer = await gateway.createCustomer({ userId, testClock: clock.id }, `local-${userId}`);
    const session = await gateway.createSubscriptionCheckout({
      userId,
      customerId: customer.id,
      tier: 'basic',
      price: { priceId: 'price_basic' },
      successUrl: 'http://127.0.0.1:1/ok',
      cancelUrl: 'http://127.0.0.1:1/no',
      idempotencyKey: `local-checkout-${userId}`,
      metadata: { offerId: 'sub:basic' },
    });
    await payOnHostedPage(session.url!, '4000000000000341');
    await waitFor('the allowance', async () => (await balance()) === 350);

    await gateway.stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: clock.frozen_time + 31 * 86_400 });
    const notice = await waitFor('the notice in the bot', async () => {
      const { result } = await post('getUpdatesHistory', { token: bot.token });
      return ((result ?? []) as { message?: { chat_id?: number; text?: string } }[]).find((m) => m.message?.chat_id === telegramId && /could not renew/.test(m.message.text ?? ''));
    });
    expect(notice.message!.text).toMatch(/We could not renew your Basic plan/);
  }, 180_000);
});
