import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../libs/infrastructure/src';
import { ADMIN_TOKEN, registerUser, startSystem, SUPPORT_TOKEN, TestSystem } from './support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem('api_e2e');
});
afterAll(async () => sys?.close());

const json = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`${sys.url}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
};
const asAdmin = (token = ADMIN_TOKEN, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });
/** User data is staff-only: the support role reads it. */
const staff = (path: string) => json(path, { headers: asAdmin(SUPPORT_TOKEN) });

const eventCount = async (userId: string) =>
  Number((await sys.db.pool.query(`SELECT count(*) FROM es_events WHERE stream_name = $1`, [`credits-${userId}`])).rows[0].count);

describe('API end to end (real command handlers, event store and projector)', () => {
  it('registering a user grants the welcome credits, visible in the balance and ledger read models', async () => {
    const userId = await registerUser(sys);
    const balance = await staff(`/users/${userId}/balance`);
    expect(balance.status).toBe(200);
    expect(balance.body).toMatchObject({ userId, available: 20, reserved: 0, balance: 20, lifetime: { granted: 20 } });
    const ledger = await staff(`/users/${userId}/ledger`);
    expect(ledger.body).toHaveLength(1);
    expect(ledger.body[0]).toMatchObject({ type: 'CreditsGranted', amount: 20, detail: 'welcome', actor: { kind: 'system', id: 'welcome-credits' } });
    expect(ledger.body[0].position).toBeGreaterThan(0);
  });

  it('an admin grant records the admin as actor, with the reason, and moves the balance', async () => {
    const userId = await registerUser(sys);
    const grant = await json(`/admin/users/${userId}/credits/grant`, {
      method: 'POST',
      headers: asAdmin(),
      body: JSON.stringify({ amount: 15, reason: 'goodwill' }),
    });
    expect(grant.status).toBe(200);
    expect(grant.body).toMatchObject({ applied: true, available: 35 });
    await sys.settle();
    expect((await staff(`/users/${userId}/balance`)).body.available).toBe(35);
    const [entry] = (await staff(`/users/${userId}/ledger?limit=1`)).body;
    expect(entry).toMatchObject({ type: 'CreditsGranted', amount: 15, actor: { kind: 'admin', id: 'alice' }, reason: 'goodwill' });
  });

  it('a repeated Idempotency-Key changes nothing the second time', async () => {
    const userId = await registerUser(sys);
    const request = {
      method: 'POST',
      headers: asAdmin(ADMIN_TOKEN, { 'idempotency-key': 'ticket-42' }),
      body: JSON.stringify({ amount: -5, reason: 'duplicate grant' }),
    };
    expect((await json(`/admin/users/${userId}/credits/adjust`, request)).body).toMatchObject({ applied: true, available: 15 });
    const before = await eventCount(userId);
    expect((await json(`/admin/users/${userId}/credits/adjust`, request)).body).toMatchObject({ applied: false, available: 15 });
    expect(await eventCount(userId)).toBe(before);
  });

  it('refuses bad admin requests with a clear message and appends nothing', async () => {
    const userId = await registerUser(sys);
    const before = await eventCount(userId);
    const post = (path: string, body: unknown, headers: Record<string, string> = asAdmin()) =>
      json(`/admin/users/${userId}/credits/${path}`, { method: 'POST', headers, body: JSON.stringify(body) });

    expect((await post('grant', { amount: 5, reason: 'x' }, {})).status).toBe(401);
    expect((await post('grant', { amount: 5, reason: 'x' }, asAdmin('wrong-token-wrong-token-wrong'))).status).toBe(401);
    const support = await post('grant', { amount: 5, reason: 'x' }, asAdmin(SUPPORT_TOKEN));
    expect(support.status).toBe(403);
    expect(support.body.message).toMatch(/admin role/);
    const noReason = await post('grant', { amount: 5 });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toMatch(/reason/);
    expect((await post('grant', { amount: 0, reason: 'x' })).status).toBe(400);
    expect((await post('grant', { amount: 2.5, reason: 'x' })).status).toBe(400);
    expect((await post('grant', { amount: 5, reason: 'x', extra: true })).status).toBe(400);
    expect((await post('adjust', { amount: 0, reason: 'x' })).status).toBe(400);
    const overdraw = await post('adjust', { amount: -21, reason: 'too much' });
    expect(overdraw.status).toBe(409);
    expect(overdraw.body).toMatchObject({ error: 'insufficient_credits', details: { available: 20 } });
    expect((await json(`/admin/users/${randomUUID()}/credits/grant`, { method: 'POST', headers: asAdmin(), body: JSON.stringify({ amount: 1, reason: 'x' }) })).status).toBe(404);
    expect(await eventCount(userId)).toBe(before);
  });

  it('answers 404 for unknown users and 400 for bad paging', async () => {
    expect((await staff(`/users/${randomUUID()}/balance`)).status).toBe(404);
    expect((await staff(`/users/${randomUUID()}/ledger`)).status).toBe(404);
    const userId = await registerUser(sys);
    expect((await staff(`/users/${userId}/ledger?limit=0`)).status).toBe(400);
    expect((await staff(`/users/${userId}/ledger?limit=abc`)).status).toBe(400);
    expect((await staff(`/users/${userId}/ledger?before=-3`)).status).toBe(400);
  });

  it('reports health with each projection and serves the OpenAPI document', async () => {
    await sys.settle();
    const health = await json('/health');
    expect(health.status).toBe(200);
    expect(health.body.info.database.status).toBe('up');
    expect(health.body.info.eventStore).toMatchObject({ status: 'up', kind: 'postgres' });
    expect(Object.keys(health.body.info.projections)).toEqual(
      expect.arrayContaining(['users', 'balances', 'ledger_entries', 'open_reservations', 'welcome_credits']),
    );
    expect(health.body.info.projections.balances).toMatchObject({ status: 'running', lag: 0 });
    const docs = await json('/docs/openapi.json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/health', '/users/{id}/balance', '/users/{id}/ledger', '/admin/users/{id}/credits/grant', '/admin/users/{id}/credits/adjust']),
    );
    expect((await fetch(`${sys.url}/docs`)).status).toBe(200);
  });
});

const post = (path: string, body: unknown, headers: Record<string, string> = asAdmin()) =>
  json(path, { method: 'POST', headers, body: JSON.stringify(body) });

describe('user data is for staff only', () => {
  it('balance and ledger answer 401 without a valid staff token, in the one error shape, and 200 to support and admin', async () => {
    const userId = await registerUser(sys);
    for (const path of [`/users/${userId}/balance`, `/users/${userId}/ledger`]) {
      for (const headers of [{}, { authorization: 'Basic YWxpY2U6c2VjcmV0' }, asAdmin('wrong-token-wrong-token-wrong'), { authorization: `Bearer ${ADMIN_TOKEN}x` }]) {
        const answer = await json(path, { headers });
        expect(answer.status, `${path} ${JSON.stringify(headers)}`).toBe(401);
        expect(answer.body).toEqual({ error: 'unauthorized', message: expect.stringMatching(/bearer token/) });
      }
      expect((await json(path, { headers: asAdmin(SUPPORT_TOKEN) })).status).toBe(200);
      expect((await json(path, { headers: asAdmin(ADMIN_TOKEN) })).status).toBe(200);
    }
    // The support role reads; changing a user takes the admin role (403).
    const tier = await post(`/admin/users/${userId}/tier`, { tier: 'pro', reason: 'x' }, asAdmin(SUPPORT_TOKEN));
    expect(tier.status).toBe(403);
    expect(tier.body).toEqual({ error: 'forbidden', message: expect.stringMatching(/admin role/) });
  });

  it('GET /admin/users finds a user by Telegram id or username and names their streams', async () => {
    const userId = randomUUID();
    const telegramId = Math.floor(Math.random() * 1e9) + 1;
    const username = `Seeker_${telegramId}`;
    const context = { actor: systemActor('test') };
    await sys.commands.userAccount(
      { type: 'RegisterUser', commandId: randomUUID(), userId, telegramId, profile: { displayName: 'Ada', username } },
      context,
    );
    await sys.settle(); // the welcome credits
    const readingId = randomUUID();
    await sys.commands.ledger(
      { type: 'ReserveCredits', commandId: randomUUID(), userId, reservationId: readingId, amount: 1, purpose: `reading:${readingId}`, expiresAt: new Date(Date.now() + 3_600_000).toISOString() },
      context,
    );
    await sys.commands.tarotReading(
      {
        type: 'RequestReading', commandId: randomUUID(), readingId, userId, spreadId: 'one_card', question: 'Where next?', language: 'en', deck: 'full',
        reversals: false, reservationId: readingId, price: 1, cards: [{ position: 'focus', cardId: 'major-10', reversed: false }],
      },
      context,
    );
    const chargeId = `stx-${randomUUID()}`;
    await sys.commands.payment(
      { type: 'RecordPayment', commandId: randomUUID(), paymentId: `stars:${chargeId}`, provider: 'stars', providerIds: { chargeId }, userId, offerId: 'pack:50', amountMinor: 150, currency: 'XTR', paidAt: new Date().toISOString() },
      context,
    );
    await sys.settle();

    const byId = await json(`/admin/users?telegramId=${telegramId}`, { headers: asAdmin(SUPPORT_TOKEN) });
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual([
      expect.objectContaining({
        userId,
        telegramId,
        username,
        streams: {
          account: `user-${userId}`,
          credits: `credits-${userId}`,
          dailyCards: `daily-${userId}_<YYYY-MM-DD>`,
          readings: [`reading-${readingId}`],
          conversions: [],
          subscription: `subscription-${userId}`,
          payments: [`payment-stars:${chargeId}`],
        },
      }),
    ]);
    // Every stream of this user in the log is named (the daily pattern covers daily cards).
    const { rows } = await sys.db.pool.query<{ stream_name: string }>(
      `SELECT DISTINCT stream_name FROM es_events WHERE stream_name LIKE '%' || $1 || '%' OR data->>'userId' = $1`,
      [userId],
    );
    const named = [byId.body[0].streams.account, byId.body[0].streams.credits, ...byId.body[0].streams.readings, ...byId.body[0].streams.payments];
    for (const { stream_name } of rows) expect(named, stream_name).toContain(stream_name);

    const byName = await json(`/admin/users?username=${encodeURIComponent(`@${username.toLowerCase()}`)}`, { headers: asAdmin(ADMIN_TOKEN) });
    expect(byName.body.map((u: { userId: string }) => u.userId)).toEqual([userId]);
    expect((await json(`/admin/users?telegramId=${telegramId + 1}000`, { headers: asAdmin(SUPPORT_TOKEN) })).body).toEqual([]);

    for (const query of ['', `?telegramId=${telegramId}&username=${username}`, '?telegramId=-4', '?telegramId=abc', '?username=a%20b']) {
      const bad = await json(`/admin/users${query}`, { headers: asAdmin(SUPPORT_TOKEN) });
      expect(bad.status, query).toBe(400);
      expect(bad.body).toEqual({ error: 'invalid_query', message: expect.any(String) });
    }
    expect((await json(`/admin/users?telegramId=${telegramId}`)).status).toBe(401);
  });
});

describe('admin commands: Idempotency-Key and one error shape', () => {
  it('the same key with a different request is refused with 422 and appends nothing; the same request again is a no-op', async () => {
    const userId = await registerUser(sys);
    const other = await registerUser(sys);
    const withKey = (key: string) => asAdmin(ADMIN_TOKEN, { 'Idempotency-Key': key });
    const key = `ticket-${randomUUID()}`;
    expect((await post(`/admin/users/${userId}/credits/grant`, { amount: 5, reason: 'goodwill' }, withKey(key))).body).toMatchObject({ applied: true, available: 25 });
    const before = await eventCount(userId);
    // Key order in the body does not make another request.
    expect((await post(`/admin/users/${userId}/credits/grant`, { reason: 'goodwill', amount: 5 }, withKey(key))).body).toMatchObject({ applied: false, available: 25 });
    for (const [path, body] of [
      [`/admin/users/${userId}/credits/grant`, { amount: 7, reason: 'goodwill' }],
      [`/admin/users/${userId}/credits/grant`, { amount: 5, reason: 'other reason' }],
      [`/admin/users/${userId}/credits/adjust`, { amount: 5, reason: 'goodwill' }],
      [`/admin/users/${other}/credits/grant`, { amount: 5, reason: 'goodwill' }],
      [`/admin/users/${userId}/tier`, { tier: 'pro', reason: 'goodwill' }],
    ] as const) {
      const reused = await post(path, body, withKey(key));
      expect(reused.status, `${path} ${JSON.stringify(body)}`).toBe(422);
      expect(reused.body).toEqual({ error: 'idempotency_key_reused', message: expect.stringMatching(/Idempotency-Key was already used with a different request/) });
    }
    expect(await eventCount(userId)).toBe(before);
    expect(await eventCount(other)).toBe(1);
    // A key with spaces or too long is refused.
    for (const badKey of ['two words', 'k'.repeat(201)]) {
      const bad = await post(`/admin/users/${userId}/credits/grant`, { amount: 1, reason: 'x' }, withKey(badKey));
      expect(bad.status).toBe(400);
      expect(bad.body).toEqual({ error: 'invalid_idempotency_key', message: expect.stringMatching(/Idempotency-Key/) });
    }
    expect(await eventCount(userId)).toBe(before);
  });

  it('validation, domain, not-found and malformed-JSON errors all answer { error, message, details? }', async () => {
    const userId = await registerUser(sys);
    const shape = (body: Record<string, unknown>) => {
      expect(Object.keys(body).sort()).toEqual(expect.arrayContaining(['error', 'message']));
      expect(Object.keys(body).every((k) => ['error', 'message', 'details'].includes(k)), JSON.stringify(body)).toBe(true);
      expect(typeof body.error).toBe('string');
      expect(typeof body.message).toBe('string');
    };
    const validation = await post(`/admin/users/${userId}/credits/grant`, { amount: 0 });
    expect(validation.status).toBe(400);
    shape(validation.body);
    expect(validation.body).toMatchObject({ error: 'invalid_request', details: { fields: { amount: [expect.any(String)], reason: expect.any(Array) } } });
    expect(validation.body.message).toBe('amount must not be less than 1; reason is required');
    const extra = await post(`/admin/users/${userId}/credits/grant`, { amount: 1, reason: 'x', bonus: 1 });
    expect(extra.body).toMatchObject({ error: 'invalid_request', message: expect.stringMatching(/bonus/) });
    const domain = await post(`/admin/users/${userId}/credits/adjust`, { amount: -999, reason: 'too much' });
    expect(domain.status).toBe(409);
    shape(domain.body);
    expect(domain.body.error).toBe('insufficient_credits');
    const missing = await post(`/admin/users/${randomUUID()}/credits/grant`, { amount: 1, reason: 'x' });
    expect(missing.status).toBe(404);
    shape(missing.body);
    const route = await json('/no/such/route', { headers: asAdmin() });
    expect(route.status).toBe(404);
    shape(route.body);
    expect(route.body.error).toBe('not_found');
    const malformed = await json(`/admin/users/${userId}/credits/grant`, { method: 'POST', headers: asAdmin(), body: '{"amount": 1,' });
    expect(malformed.status).toBe(400);
    shape(malformed.body);
  });

  it('the OpenAPI document names the Idempotency-Key header one way, with its 422, and marks user data as bearer-protected', async () => {
    const docs = (await json('/docs/openapi.json')).body;
    const headerNames = new Set<string>();
    for (const [path, methods] of Object.entries(docs.paths as Record<string, Record<string, { parameters?: { in: string; name: string }[]; responses: Record<string, unknown> }>>)) {
      for (const [method, operation] of Object.entries(methods)) {
        const idempotency = (operation.parameters ?? []).filter((p) => p.in === 'header' && /idempotency/i.test(p.name));
        for (const p of idempotency) headerNames.add(p.name);
        // Every admin command on a user takes the key (reads such as GET …/payments do not).
        if (path.startsWith('/admin/users/{id}/') && method === 'post' && idempotency.length !== 1) throw new Error(`${path}: ${idempotency.length} Idempotency-Key headers`);
        if (idempotency.length) expect(operation.responses['422'], path).toBeDefined();
      }
    }
    expect([...headerNames]).toEqual(['Idempotency-Key']);
    expect(docs.paths['/users/{id}/balance'].get.security).toEqual([{ bearer: [] }]);
    expect(docs.paths['/admin/users'].get).toBeDefined();
  });
});

describe('a failing event (runs last: it stops the balances projection of this system)', () => {
  it('stops that projection, keeps the others, and reports it in /health and projection_status', async () => {
    const userId = await registerUser(sys);
    // An event an older, buggy release might have written: the amount is not a number.
    await sys.db.pool.query(`SELECT es_append($1, 'any', ARRAY[$2::uuid], ARRAY['CreditsGranted'], ARRAY[$3::jsonb], ARRAY[$4::jsonb])`, [
      `credits-${userId}`,
      randomUUID(),
      JSON.stringify({ userId, amount: 'lots', source: 'admin', grantKey: 'bad' }),
      JSON.stringify({ correlationId: 'x', causationId: 'x', actor: { kind: 'system', id: 'legacy' }, schemaVersion: 1, occurredAt: new Date().toISOString() }),
    ]);
    await expect
      .poll(async () => (await sys.db.pool.query(`SELECT status FROM projection_status WHERE name = 'balances'`)).rows[0].status, { timeout: 10_000 })
      .toBe('failed');
    const health = await json('/health');
    expect(health.status).toBe(503);
    expect(health.body.error.projections.balances).toMatchObject({ status: 'failed', error: expect.stringMatching(/CreditsGranted at position \d+/) });
    expect(health.body.details.projections.users.status).toBe('running');
    // Later events still reach the other projections.
    const other = await registerUser(sys);
    expect((await sys.db.pool.query('SELECT 1 FROM users WHERE user_id = $1', [other])).rowCount).toBe(1);
  });
});

describe('a failure of ours (runs last: it hides a read-model table for a moment)', () => {
  it('answers 500 in the one error shape, telling nothing of the cause', async () => {
    await sys.db.pool.query('ALTER TABLE users RENAME TO users_hidden');
    try {
      const answer = await json('/admin/users?telegramId=1', { headers: asAdmin(SUPPORT_TOKEN) });
      expect(answer.status).toBe(500);
      expect(answer.body).toEqual({ error: 'internal_error', message: expect.stringMatching(/on our side/) });
    } finally {
      await sys.db.pool.query('ALTER TABLE users_hidden RENAME TO users');
    }
  });
});
