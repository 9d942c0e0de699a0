import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotSystem, startBotSystem } from './support/bot-harness';
import { LLM_READING, startMockLlm, startStallingLlm } from './support/llm-stand-ins';

describe('bot: readings written by an LLM (openai SDK against @dwmkerr/mock-llm, streamed)', () => {
  let sys: BotSystem;
  let llm: Awaited<ReturnType<typeof startMockLlm>>;
  beforeAll(async () => {
    llm = await startMockLlm();
    sys = await startBotSystem('bot_llm', { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: llm.url, OPENAI_MODEL: 'mock-model' });
  });
  afterAll(async () => {
    await sys?.close();
    await llm?.close();
  });

  it('streams the interpretation into one message, edited at most about once per 1.2 s, then captures', async () => {
    const user = await sys.ask(2001, 'How can I make this month calmer?');
    const messages = await user.waitFor((m) => m.some((x) => x.text === LLM_READING), { after: 2, timeoutMs: 20_000 });
    expect(messages.some((m) => m.photo)).toBe(true);
    const edits = sys.api.replies.filter((r) => r.method === 'editMessageText' && r.chatId === 2001).map((r) => r.at);
    expect(edits.length).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < edits.length; i++) expect(edits[i]! - edits[i - 1]!).toBeGreaterThanOrEqual(1100);
    await expect.poll(() => sys.available(2001), { timeout: 10_000 }).toBe(19);
    const generated = await sys.db.pool.query(`SELECT data FROM es_events WHERE event_type = 'ReadingGenerated' AND data->>'userId' = (SELECT user_id FROM users WHERE telegram_id = 2001)`);
    expect(generated.rows[0].data).toMatchObject({ source: 'llm', model: 'mock-model', text: LLM_READING });
  });

  it('an LLM 500 fails the reading, releases the credits and says so', async () => {
    const user = await sys.ask(2002, 'llm-500 will this work?');
    const [reply] = await user.waitFor((m) => m.some((x) => /could not be written/.test(x.text)), { after: 2, timeoutMs: 15_000 });
    expect(reply).toBeDefined();
    await sys.settle();
    expect(await sys.eventsOf(2002, 'ReadingFailed')).toBe(1);
    expect(await sys.eventsOf(2002, 'CreditsReleased')).toBe(1);
    expect(await sys.eventsOf(2002, 'CreditsCaptured')).toBe(0);
    expect(await sys.available(2002)).toBe(20);
  });

  it('an answer naming cards that were not drawn is blocked and nothing is charged', async () => {
    const user = await sys.ask(2003, 'llm-stray what now?');
    await user.waitFor((m) => m.some((x) => /did not pass our checks/.test(x.text)), { after: 2, timeoutMs: 15_000 });
    await sys.settle();
    const failed = await sys.db.pool.query(`SELECT data FROM es_events WHERE event_type = 'ReadingFailed' AND data->>'userId' = (SELECT user_id FROM users WHERE telegram_id = 2003)`);
    expect(failed.rows[0].data.reason).toBe('llm_blocked');
    expect(await sys.available(2003)).toBe(20);
  });

  it('a 429 with retry_after on an edit is waited out and the reading still arrives', async () => {
    sys.api.injectFault({ method: 'editMessageText', status: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 });
    const user = await sys.ask(2004, 'What helps me rest?');
    await user.waitFor((m) => m.some((x) => x.text === LLM_READING), { after: 2, timeoutMs: 20_000 });
    expect(sys.api.pendingFaults()).toBe(0);
    await expect.poll(() => sys.available(2004), { timeout: 10_000 }).toBe(19);
  });
});

describe('bot: LLM timeout', () => {
  let sys: BotSystem;
  let llm: Awaited<ReturnType<typeof startStallingLlm>>;
  beforeAll(async () => {
    llm = await startStallingLlm();
    sys = await startBotSystem('bot_llm_timeout', { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: llm.url, OPENAI_TIMEOUT_MS: '1500' });
  });
  afterAll(async () => {
    await sys?.close();
    await llm?.close();
  });

  it('releases the credits and tells the user when the LLM does not answer in time', async () => {
    const user = await sys.ask(2101, 'Will the answer come?');
    await user.waitFor((m) => m.some((x) => /took too long/.test(x.text)), { after: 2, timeoutMs: 15_000 });
    await sys.settle();
    expect(await sys.eventsOf(2101, 'CreditsReleased')).toBe(1);
    const failed = await sys.db.pool.query(`SELECT data FROM es_events WHERE event_type = 'ReadingFailed' AND data->>'userId' = (SELECT user_id FROM users WHERE telegram_id = 2101)`);
    expect(failed.rows[0].data.reason).toBe('llm_timeout');
    expect(await sys.available(2101)).toBe(20);
  });
});
