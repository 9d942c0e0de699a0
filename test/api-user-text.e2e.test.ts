import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, registerUser, startSystem, TestSystem } from './support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem('api_user_text', { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' });
});
afterAll(async () => sys?.close());

const post = async (path: string, body: unknown) => {
  const response = await fetch(`${sys.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
};

/** An operator's reason is text a person typed: normalised like a user's (the same rule, in libs/domain). */
describe('admin reasons are normalised before anything is recorded', () => {
  it('a reason with NUL and zero-width characters is recorded without them, in the event and its metadata', async () => {
    const userId = await registerUser(sys, { telegramId: 424242, displayName: 'Ada' });
    const grant = await post(`/admin/users/${userId}/credits/grant`, { amount: 3, reason: 'good\u0000will\u200b' });
    expect(grant.status, JSON.stringify(grant.body)).toBe(200);
    const tier = await post(`/admin/users/${userId}/tier`, { tier: 'pro', reason: 'up\u0000grade' });
    expect(tier.status).toBe(200);
    const { rows } = await sys.db.pool.query(
      `SELECT event_type, data->>'reason' AS reason, metadata->>'reason' AS meta FROM es_events
        WHERE event_type IN ('CreditsGranted', 'UserTierChanged') AND data->>'userId' = $1 AND metadata->'actor'->>'kind' = 'admin' ORDER BY global_position`,
      [userId],
    );
    expect(rows).toEqual([
      { event_type: 'CreditsGranted', reason: 'goodwill', meta: 'goodwill' },
      { event_type: 'UserTierChanged', reason: 'upgrade', meta: 'upgrade' },
    ]);
  });

  it('a reason of only control or zero-width characters is no reason: refused, nothing recorded', async () => {
    const userId = await registerUser(sys, { telegramId: 434343, displayName: 'Bo' });
    const before = (await sys.db.pool.query(`SELECT count(*)::int AS n FROM es_events WHERE data->>'userId' = $1`, [userId])).rows[0].n;
    const grant = await post(`/admin/users/${userId}/credits/grant`, { amount: 3, reason: '\u0000\u200b\u200d' });
    expect(grant.status).toBeGreaterThanOrEqual(400);
    expect(grant.status).toBeLessThan(500);
    const tier = await post(`/admin/users/${userId}/tier`, { tier: 'pro', reason: '\u200b\u0007' });
    expect(tier.status).toBeGreaterThanOrEqual(400);
    expect(tier.status).toBeLessThan(500);
    const after = (await sys.db.pool.query(`SELECT count(*)::int AS n FROM es_events WHERE data->>'userId' = $1`, [userId])).rows[0].n;
    expect(after).toBe(before);
  });
});
