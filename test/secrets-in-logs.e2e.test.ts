import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, loadConfig } from '../libs/infrastructure/src';
import { ProjectorModule } from '../apps/projector/src/projector.module';
import { createTestDatabase, TestDatabase } from './support/database';
import { Child, runNode, startNode, waitForOutput } from './support/processes';

/**
 * Secrets never reach a log. The API and the bot run as their own OS processes at debug level;
 * every secret we hand them carries the marker SECRET, and none of the marker may appear in
 * anything either process writes.
 */
const BOT_TOKEN = '7012345678:AAF-botSECRET-token-abcdef12';
const ADMIN_TOKEN = 'adm1n-SECRET-token-0123456789abcdef';
const SUPPORT_TOKEN = 'supp0rt-SECRET-token-0123456789abcdef';
const SECRETS = {
  wrongBearer: 'wrong-SECRET-bearer-0123456789',
  idempotencyKey: 'idem-SECRET-4242',
  queryToken: 'qtoken-SECRET-777',
  querySignature: 'qsig-SECRET-778',
  cookie: 'sid=cookie-SECRET-1',
  telegramSecret: 'tgsecret-SECRET-99',
  stripeSignature: 't=1,v1=stripesig-SECRET-5',
  stripeWebhookSecret: 'whsec_SECRET-webhook-6',
};

/**
 * A Bot API stand-in that starts the bot (getMe, setMyCommands, polling) and hands it one /start,
 * then answers every send with a 401 HTML page: telegraf's error then names the URL, bot token included.
 */
async function brokenBotApi(options: { failGetMe?: boolean } = {}) {
  const calls: string[] = [];
  let delivered = false;
  const server = http.createServer((req, res) => {
    const method = /\/bot[^/]+\/(\w+)/.exec(req.url ?? '')?.[1] ?? '';
    calls.push(method);
    req.resume();
    const ok = (result: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, result }));
    };
    if (method === 'getMe' && !options.failGetMe) return ok({ id: 7012345678, is_bot: true, first_name: 'Arcana', username: 'arcana_test_bot' });
    if (method === 'setMyCommands' || method === 'deleteWebhook') return ok(true);
    if (method === 'getUpdates') {
      if (delivered) return void setTimeout(() => ok([]), 200);
      delivered = true;
      const from = { id: 4242, is_bot: false, first_name: 'Ada', language_code: 'en' };
      return ok([
        {
          update_id: 1,
          message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: 4242, type: 'private' }, from, text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] },
        },
      ]);
    }
    res.writeHead(401, { 'content-type': 'text/html' });
    res.end('<html><body>401 Unauthorized</body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function stop(child: Child | undefined): Promise<void> {
  if (!child || child.process.exitCode !== null) return;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), 15_000);
  await child.exited;
  clearTimeout(timer);
}

describe('secrets in logs', () => {
  let db: TestDatabase;
  let projector: INestApplicationContext;
  let stand: Awaited<ReturnType<typeof brokenBotApi>>;
  let api: Child | undefined;
  let bot: Child | undefined;

  beforeAll(async () => {
    db = await createTestDatabase('secrets_in_logs');
    stand = await brokenBotApi();
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    projector = await NestFactory.createApplicationContext(
      ProjectorModule.forRoot({ config, databaseUrl: db.url, logger: createLogger('silent', 'projector'), appName: 'projector' }),
      { logger: false },
    );
  });

  afterAll(async () => {
    await stop(api);
    await stop(bot);
    await projector?.close();
    await stand?.stop();
    await db?.drop();
  });

  it('the API and the bot, driven with known secrets, write none of them', async () => {
    const common = { DATABASE_URL: db.url, LOG_LEVEL: 'debug', LOG_FORMAT: 'json' };
    api = startNode('apps/api/src/main.js', [], { ...common, PORT: '0', HOST: '127.0.0.1', ADMIN_TOKENS: `alice:admin:${ADMIN_TOKEN},sam:support:${SUPPORT_TOKEN}`, STRIPE_WEBHOOK_SECRET: SECRETS.stripeWebhookSecret });
    bot = startNode('apps/bot/src/main.js', [], { ...common, TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: stand.url, BOT_SPREAD_PICTURES: 'off' });
    const url = (await waitForOutput(api, /api listening on (http:\/\/\S+)/, 'the API start line'))[1]!.replace('[::1]', '127.0.0.1');

    // The bot: its reply to /start fails with an error that carries the Bot API URL.
    await waitForOutput(bot, /bot handler failed|background task failed|reply failed/, 'the failed reply');
    await waitForOutput(bot, /invalid json response body at \S*sendMessage/, 'the error naming the URL');
    expect(stand.calls).toContain('sendMessage');

    // The API: each request tagged so that its log line can be waited for.
    const userId = randomUUID();
    const requests: [string, RequestInit][] = [
      [`/users/${userId}/balance?n=1&token=${SECRETS.queryToken}`, { headers: { authorization: `Bearer ${SUPPORT_TOKEN}`, cookie: SECRETS.cookie } }],
      [`/users/${userId}/ledger?n=2&limit=5&api_key=${SECRETS.queryToken}&sig=${SECRETS.querySignature}`, { headers: { authorization: `Bearer ${SECRETS.wrongBearer}` } }],
      [
        `/admin/users/${userId}/credits/grant?n=3`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${ADMIN_TOKEN}`,
            'content-type': 'application/json',
            'idempotency-key': SECRETS.idempotencyKey,
            'x-telegram-bot-api-secret-token': SECRETS.telegramSecret,
            'stripe-signature': SECRETS.stripeSignature,
          },
          body: JSON.stringify({ amount: 5, reason: 'goodwill' }),
        },
      ],
      [`/admin/users?n=4&telegramId=4242&access_token=${SECRETS.queryToken}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }],
      // A webhook whose signature does not match: refused, and neither the signature nor our secret is logged.
      [`/webhooks/stripe?n=5`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': SECRETS.stripeSignature }, body: '{"id":"evt_1","object":"event"}' }],
    ];
    for (const [path, init] of requests) {
      const response = await fetch(`${url}${path}`, init);
      await response.text();
    }
    for (let n = 1; n <= requests.length; n++) await waitForOutput(api, new RegExp(`"url":"[^"]*\\?n=${n}&?[^"]*"`), `the log line of request ${n}`);

    await stop(api);
    await stop(bot);
    const output = { api: api.output(), bot: bot.output() };
    const leaks = (text: string) => text.split('\n').filter((line) => line.includes('SECRET'));
    expect({ api: leaks(output.api), bot: leaks(output.bot) }).toEqual({ api: [], bot: [] });
    // What the lines do show: the request and the failing call, with the secrets cut out.
    expect(output.api).toMatch(/"authorization":"\[redacted\]"/);
    expect(output.api).toMatch(/token=\[redacted\]/);
    expect(output.bot).toMatch(/\/bot\[redacted\]\/sendMessage/);
  });

  it('a bot that fails to start (its Bot API answers getMe with an HTML page) names no token', async () => {
    const failing = await brokenBotApi({ failGetMe: true });
    try {
      const { code, output } = await runNode('apps/bot/src/main.js', [], {
        DATABASE_URL: db.url,
        LOG_LEVEL: 'debug',
        TELEGRAM_BOT_TOKEN: BOT_TOKEN,
        TELEGRAM_API_ROOT: failing.url,
        BOT_SPREAD_PICTURES: 'off',
      });
      expect(code).toBe(1);
      expect(output).toMatch(/bot failed to start: FetchError: invalid json response body at \S+\/bot\[redacted\]\/getMe/);
      expect(output.split('\n').filter((line) => line.includes('SECRET'))).toEqual([]);
    } finally {
      await failing.stop();
    }
  });
});
