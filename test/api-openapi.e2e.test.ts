import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, registerUser, startSystem, SUPPORT_TOKEN, TestSystem } from './support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem('api_openapi');
});
afterAll(async () => sys?.close());

const call = async (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) => {
  const response = await fetch(`${sys.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
};
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: { 'application/json'?: { schema?: { $ref?: string } } } }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { required?: string[]; properties: Record<string, { type?: string }> }>; securitySchemes?: Record<string, { type: string; scheme?: string }> };
}

/** Every staff operation of the document: under /admin and /users. */
const staffOperations = (doc: OpenApi) =>
  Object.entries(doc.paths)
    .filter(([path]) => /^\/(admin|users)\//.test(path))
    .flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation, name: `${method.toUpperCase()} ${path}` })));

describe('the OpenAPI document at /docs', () => {
  it('declares, on every route under /admin and /users, the bearer scheme and its error responses with the one error schema', async () => {
    const doc = (await call('GET', '/docs/openapi.json')).body as OpenApi;
    expect(doc.components.securitySchemes?.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const errorRef = '#/components/schemas/ApiErrorDto';
    const errorSchema = doc.components.schemas.ApiErrorDto!;
    expect(errorSchema.required?.sort()).toEqual(['error', 'message']);
    expect(Object.keys(errorSchema.properties).sort()).toEqual(['details', 'error', 'message']);
    expect(errorSchema.properties.details!.type).toBe('object');

    const operations = staffOperations(doc);
    // The routes the reviewer named, and every admin command, are among them.
    expect(operations.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'GET /users/{id}/balance',
        'GET /users/{id}/ledger',
        'GET /admin/users',
        'GET /admin/queue',
        'POST /admin/users/{id}/credits/grant',
        'POST /admin/users/{id}/credits/adjust',
        'POST /admin/users/{id}/tier',
      ]),
    );
    for (const { name, path, method, operation } of operations) {
      expect(operation.security, name).toEqual(expect.arrayContaining([{ bearer: [] }]));
      const declared = Object.keys(operation.responses);
      const expected = ['401', '500'];
      if (path.includes('{id}')) expected.push('404'); // an unknown user
      if (operation.requestBody || operation.parameters?.some((p) => p.in === 'query' || p.in === 'header')) expected.push('400');
      if (method === 'post') expected.push('403', '422', '503'); // admin role; Idempotency-Key reused; busy account
      expect(declared, name).toEqual(expect.arrayContaining(expected));
      for (const status of declared.filter((s) => Number(s) >= 400)) {
        expect(operation.responses[status]!.content?.['application/json']?.schema?.$ref, `${name} ${status}`).toBe(errorRef);
      }
    }
  });

  it('says what the API does: 401 without a token and 403 for the support role exactly where documented, in the documented shape', async () => {
    const doc = (await call('GET', '/docs/openapi.json')).body as OpenApi;
    const userId = await registerUser(sys);
    const shaped = (body: Record<string, unknown>) =>
      typeof body.error === 'string' && typeof body.message === 'string' && Object.keys(body).every((k) => ['error', 'message', 'details'].includes(k));
    for (const { name, path, method, operation } of staffOperations(doc)) {
      const url = path.replace('{id}', userId);
      const anonymous = await call(method.toUpperCase(), url, {}, method === 'post' ? {} : undefined);
      expect(anonymous.status, name).toBe(401);
      expect(shaped(anonymous.body), JSON.stringify(anonymous.body)).toBe(true);
      const support = await call(method.toUpperCase(), url, bearer(SUPPORT_TOKEN), method === 'post' ? {} : undefined);
      expect(support.status === 403, `${name}: support answered ${support.status}`).toBe('403' in operation.responses);
      expect(shaped(support.body) || support.status < 400, JSON.stringify(support.body)).toBe(true);
    }
  });
});

describe('admin body validation', () => {
  const post = (path: string, body: unknown) => call('POST', path, bearer(ADMIN_TOKEN), body);

  it('a missing or empty field is reported only as required; a present one by its first broken rule', async () => {
    const userId = await registerUser(sys);
    const grant = `/admin/users/${userId}/credits/grant`;
    const cases: [string, unknown, string, Record<string, string[]>][] = [
      [grant, { amount: 5 }, 'reason is required', { reason: ['reason is required'] }],
      [grant, { amount: 5, reason: '' }, 'reason is required', { reason: ['reason is required'] }],
      [grant, { amount: 5, reason: '   ' }, 'reason is required', { reason: ['reason is required'] }],
      [grant, { amount: 5, reason: null }, 'reason is required', { reason: ['reason is required'] }],
      [grant, {}, 'amount is required; reason is required', { amount: ['amount is required'], reason: ['reason is required'] }],
      [grant, { amount: 5, reason: 7 }, 'reason must be a string', { reason: ['reason must be a string'] }],
      [grant, { amount: 5, reason: 'r'.repeat(501) }, 'reason must be shorter than or equal to 500 characters', { reason: ['reason must be shorter than or equal to 500 characters'] }],
      [grant, { amount: 'ten', reason: 'x' }, 'amount must be an integer number', { amount: ['amount must be an integer number'] }],
      [grant, { amount: 0, reason: 'x' }, 'amount must not be less than 1', { amount: ['amount must not be less than 1'] }],
      [`/admin/users/${userId}/credits/adjust`, { reason: 'x' }, 'amount is required', { amount: ['amount is required'] }],
      [`/admin/users/${userId}/credits/adjust`, { amount: 0, reason: 'x' }, 'amount should not be equal to 0', { amount: ['amount should not be equal to 0'] }],
      [`/admin/users/${userId}/tier`, { reason: 'x' }, 'tier is required', { tier: ['tier is required'] }],
      [`/admin/users/${userId}/tier`, { tier: 'gold' }, 'tier must be one of the following values: free, basic, pro; reason is required', { tier: ['tier must be one of the following values: free, basic, pro'], reason: ['reason is required'] }],
    ];
    for (const [path, body, message, fields] of cases) {
      const answer = await post(path, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body, JSON.stringify(body)).toEqual({ error: 'invalid_request', message, details: { fields } });
    }
    const ledger = await sys.db.pool.query('SELECT count(*)::int AS n FROM es_events WHERE stream_name = $1', [`credits-${userId}`]);
    expect(ledger.rows[0].n).toBe(1); // the welcome grant only
  });
});
