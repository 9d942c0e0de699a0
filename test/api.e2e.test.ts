import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../libs/infrastructure/src';
import { ADMIN_TOKEN, startSystem, SUPPORT_TOKEN, TestSystem } from './support/system';

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

async function registerUser(): Promise<string> {
  const userId = randomUUID();
  await sys.commands.userAccount(
    { type: 'RegisterUser', commandId: randomUUID(), userId, telegramId: Math.floor(Math.random() * 1e9) + 1, profile: { displayName: 'Ada' } },
    { actor: systemActor('test') },
  );
  await sys.settle();
  return userId;
}

const eventCount = async (userId: string) =>
  Number((await sys.db.pool.query(`SELECT count(*) FROM es_events WHERE stream_name = $1`, [`credits-${userId}`])).rows[0].count);

describe('API end to end (real command handlers, event store and projector)', () => {
  it('registering a user grants the welcome credits, visible in the balance and ledger read models', async () => {
    const userId = await registerUser();
    const balance = await json(`/users/${userId}/balance`);
    expect(balance.status).toBe(200);
    expect(balance.body).toMatchObject({ userId, available: 20, reserved: 0, balance: 20, lifetime: { granted: 20 } });
    const ledger = await json(`/users/${userId}/ledger`);
    expect(ledger.body).toHaveLength(1);
    expect(ledger.body[0]).toMatchObject({ type: 'CreditsGranted', amount: 20, detail: 'welcome', actor: { kind: 'system', id: 'welcome-credits' } });
    expect(ledger.body[0].position).toBeGreaterThan(0);
  });

  it('an admin grant records the admin as actor, with the reason, and moves the balance', async () => {
    const userId = await registerUser();
    const grant = await json(`/admin/users/${userId}/credits/grant`, {
      method: 'POST',
      headers: asAdmin(),
      body: JSON.stringify({ amount: 15, reason: 'goodwill' }),
    });
    expect(grant.status).toBe(200);
    expect(grant.body).toMatchObject({ applied: true, available: 35 });
    await sys.settle();
    expect((await json(`/users/${userId}/balance`)).body.available).toBe(35);
    const [entry] = (await json(`/users/${userId}/ledger?limit=1`)).body;
    expect(entry).toMatchObject({ type: 'CreditsGranted', amount: 15, actor: { kind: 'admin', id: 'alice' }, reason: 'goodwill' });
  });

  it('a repeated Idempotency-Key changes nothing the second time', async () => {
    const userId = await registerUser();
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
    const userId = await registerUser();
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
    expect((await json(`/users/${randomUUID()}/balance`)).status).toBe(404);
    expect((await json(`/users/${randomUUID()}/ledger`)).status).toBe(404);
    const userId = await registerUser();
    expect((await json(`/users/${userId}/ledger?limit=0`)).status).toBe(400);
    expect((await json(`/users/${userId}/ledger?limit=abc`)).status).toBe(400);
    expect((await json(`/users/${userId}/ledger?before=-3`)).status).toBe(400);
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

describe('a failing event (runs last: it stops the balances projection of this system)', () => {
  it('stops that projection, keeps the others, and reports it in /health and projection_status', async () => {
    const userId = await registerUser();
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
    const other = await registerUser();
    expect((await sys.db.pool.query('SELECT 1 FROM users WHERE user_id = $1', [other])).rowCount).toBe(1);
  });
});
