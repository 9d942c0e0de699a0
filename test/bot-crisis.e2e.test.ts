import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCrisisText } from '../libs/domain/src';
import { BotSystem, startBotSystem } from './support/bot-harness';
import type { TestDatabase } from './support/database';
import { LLM_READING, startMockLlm, startModerationStandIn } from './support/llm-stand-ins';

/** The tables (any schema of ours) holding `needle` anywhere in a row. */
async function tablesContaining(db: TestDatabase, needle: string): Promise<string[]> {
  const { rows: tables } = await db.pool.query<{ schema: string; name: string }>(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
  );
  const found: string[] = [];
  for (const { schema, name } of tables) {
    const table = `"${schema.replace(/"/g, '""')}"."${name.replace(/"/g, '""')}"`;
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM ${table} AS r WHERE r::text LIKE $1`, [`%${needle}%`]);
    if (rows[0].n > 0) found.push(`${schema}.${name}`);
  }
  return found;
}

const CHARGED_NOTHING_EN = /haven’t been charged/;
const CHARGED_NOTHING_RU = /кредиты не списаны/;

describe('bot: the crisis gate runs before anything is reserved, drawn or recorded (local check, then moderation)', () => {
  let sys: BotSystem;
  let llm: Awaited<ReturnType<typeof startMockLlm>>;
  let moderation: Awaited<ReturnType<typeof startModerationStandIn>>;
  beforeAll(async () => {
    llm = await startMockLlm({ chunkSize: 200, chunkIntervalMs: 10 });
    moderation = await startModerationStandIn({ upstream: llm.url, slowMs: 6000 });
    sys = await startBotSystem('bot_crisis', { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: moderation.url, OPENAI_MODEL: 'mock-model' });
  });
  afterAll(async () => {
    await sys?.close();
    await moderation?.close();
    await llm?.close();
  });

  /** Nothing of a reading for this user: no reservation, no request, no cards, the balance whole. */
  const expectNothingRecorded = async (telegramId: number, marker: string) => {
    await sys.settle();
    for (const type of ['CreditsReserved', 'ReadingRequested', 'CardsDrawn', 'ReadingFailed', 'CreditsCaptured']) expect(await sys.eventsOf(telegramId, type), type).toBe(0);
    expect(await sys.available(telegramId)).toBe(20);
    expect(await tablesContaining(sys.db, marker)).toEqual([]);
  };

  it('crisis language the local check knows gets support at once: nothing reserved, drawn or recorded, and moderation is not asked', async () => {
    const marker = 'zqlocal1';
    const user = await sys.ask(4001, `I wanna die, what do the cards say ${marker}`);
    const [reply] = await user.waitFor((m) => m.length >= 1, { after: 2 });
    expect(reply!.text).toMatch(CHARGED_NOTHING_EN);
    expect(reply!.text).toMatch(/988|findahelpline/);
    expect(user.messages().some((m) => m.photo)).toBe(false);
    await expectNothingRecorded(4001, marker);
    expect(moderation.moderations.some((m) => m.input.includes(marker))).toBe(false);
  });

  it('both languages are checked whatever the user’s setting (the answer is in the user’s language)', async () => {
    const russianUser = await sys.ask(4002, 'kms zqlang1', 'one_card', { languageCode: 'ru' });
    const [ru] = await russianUser.waitFor((m) => m.length >= 1, { after: 2 });
    expect(ru!.text).toMatch(CHARGED_NOTHING_RU);
    const englishUser = await sys.ask(4003, 'хочу сдохнуть zqlang2');
    const [en] = await englishUser.waitFor((m) => m.length >= 1, { after: 2 });
    expect(en!.text).toMatch(CHARGED_NOTHING_EN);
    await expectNothingRecorded(4002, 'zqlang1');
    await expectNothingRecorded(4003, 'zqlang2');
  });

  it('a question moderation flags for self-harm gets the crisis answer although the local check passes it', async () => {
    const marker = 'zqmod1';
    const question = `What does next month hold for me? mod-sh ${marker}`;
    expect(isCrisisText(question)).toBe(false);
    const user = await sys.ask(4004, question);
    const [reply] = await user.waitFor((m) => m.length >= 1, { after: 2, timeoutMs: 10_000 });
    expect(reply!.text).toMatch(CHARGED_NOTHING_EN);
    expect(moderation.moderations.find((m) => m.input.includes(marker))).toMatchObject({ model: 'omni-moderation-latest', input: question });
    await expectNothingRecorded(4004, marker);
  });

  it('moderation flagging something other than self-harm does not stop the reading', async () => {
    const user = await sys.ask(4005, 'Will I win the argument? mod-violence zqviolence');
    await user.waitFor((m) => m.some((x) => x.text === LLM_READING), { after: 2, timeoutMs: 15_000 });
    expect(user.messages().some((m) => CHARGED_NOTHING_EN.test(m.text))).toBe(false);
  });

  it('moderation failing (500): the local check alone decides, and an ordinary question is read and charged (its text is recorded, as readings are)', async () => {
    const marker = 'zqfail1';
    const user = await sys.ask(4006, `Will I get the job? mod-500 ${marker}`);
    await user.waitFor((m) => m.some((x) => x.text === LLM_READING), { after: 2, timeoutMs: 15_000 });
    expect(moderation.moderations.some((m) => m.input.includes(marker))).toBe(true);
    await expect.poll(() => sys.eventsOf(4006, 'CreditsCaptured'), { timeout: 10_000 }).toBe(1);
    expect(user.messages().some((m) => CHARGED_NOTHING_EN.test(m.text))).toBe(false);
    // The search that finds no crisis question finds this one.
    await sys.settle();
    expect(await tablesContaining(sys.db, marker)).toContain('public.es_events');
  });

  it('moderation too slow: after 1.5 s the local check alone decides (its late "flagged" changes nothing)', async () => {
    const marker = 'zqslow1';
    const user = await sys.ask(4007, `Should I take the new offer? mod-slow ${marker}`);
    await user.waitFor((m) => m.some((x) => x.text === LLM_READING), { after: 2, timeoutMs: 15_000 });
    const asked = moderation.moderations.find((m) => m.input.includes(marker))!;
    const interpreted = moderation.others.find((at) => at >= asked.at)!;
    expect(interpreted - asked.at).toBeGreaterThanOrEqual(1400);
    expect(interpreted - asked.at).toBeLessThan(4000);
    expect(user.messages().some((m) => CHARGED_NOTHING_EN.test(m.text))).toBe(false);
    await expect.poll(() => sys.eventsOf(4007, 'CreditsCaptured'), { timeout: 10_000 }).toBe(1);
  });
});
