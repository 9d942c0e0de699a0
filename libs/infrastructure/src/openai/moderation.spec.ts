import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenAiModeration } from '..';
import { startModerationStandIn } from '../../../../test/support/llm-stand-ins';

/** The moderation adapter through the real `openai` SDK, against our stand-in on 127.0.0.1. */
describe('OpenAI moderation adapter', () => {
  let standIn: Awaited<ReturnType<typeof startModerationStandIn>>;
  let moderation: OpenAiModeration;

  beforeAll(async () => {
    standIn = await startModerationStandIn({ slowMs: 10_000 });
    moderation = new OpenAiModeration({ apiKey: 'test-key', baseURL: standIn.url });
  });
  afterAll(() => standIn.close());

  it('asks omni-moderation-latest about the question as written', async () => {
    await moderation.flagsSelfHarm('Will it get better? mod-sh');
    expect(standIn.moderations.at(-1)).toMatchObject({ model: 'omni-moderation-latest', input: 'Will it get better? mod-sh' });
  });

  it('counts self-harm categories only', async () => {
    expect(await moderation.flagsSelfHarm('mod-sh')).toBe(true);
    expect(await moderation.flagsSelfHarm('mod-violence')).toBe(false);
    expect(await moderation.flagsSelfHarm('Will I get the job?')).toBe(false);
  });

  it('a server error or an unreadable answer leaves the decision to the local check', async () => {
    expect(await moderation.flagsSelfHarm('mod-500')).toBe(false);
    expect(await moderation.flagsSelfHarm('mod-malformed')).toBe(false);
  });

  it('gives up after 1.5 s (an answer that would flag comes too late)', async () => {
    const started = Date.now();
    expect(await moderation.flagsSelfHarm('mod-slow')).toBe(false);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(4000);
  });

  it('an unreachable server leaves the decision to the local check', async () => {
    const closed = await startModerationStandIn();
    await closed.close();
    expect(await new OpenAiModeration({ apiKey: 'test-key', baseURL: closed.url }).flagsSelfHarm('mod-sh')).toBe(false);
  });
});
