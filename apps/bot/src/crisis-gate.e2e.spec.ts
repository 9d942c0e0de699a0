import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCrisisText } from '../../../libs/domain/src';
import { deterministicId } from '../../../libs/infrastructure/src';
import { makeMediaFixtures } from '../../../tools/media/media-fixtures';
import { MediaServer, startMediaServer } from '../../../tools/media/media-server';
import { BotSystem, startBotSystem, TestUser } from '../../../test/support/bot-harness';
import type { TestDatabase } from '../../../test/support/database';
import { startMockLlm, startModerationStandIn } from '../../../test/support/llm-stand-ins';

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
  let media: MediaServer;
  beforeAll(async () => {
    llm = await startMockLlm({ chunkSize: 200, chunkIntervalMs: 10 });
    moderation = await startModerationStandIn({ upstream: llm.url, slowMs: 6000 });
    media = await startMediaServer((await makeMediaFixtures()).dir);
    sys = await startBotSystem('bot_crisis', {
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: moderation.url,
      OPENAI_MODEL: 'mock-model',
      FETCH_ALLOW: `127.0.0.1:${media.port}`,
    });
  }, 120_000);
  afterAll(async () => {
    await sys?.close();
    await media?.close();
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

  it('both languages are checked whatever the user’s setting, and the answer is in the language of the message', async () => {
    const russianUser = await sys.ask(4002, 'kms zqlang1', 'one_card', { languageCode: 'ru' });
    const [en] = await russianUser.waitFor((m) => m.length >= 1, { after: 2 });
    expect(en!.text).toMatch(CHARGED_NOTHING_EN);
    expect(en!.text).toMatch(/988/);
    const englishUser = await sys.ask(4003, 'хочу сдохнуть zqlang2');
    const [ru] = await englishUser.waitFor((m) => m.length >= 1, { after: 2 });
    expect(ru!.text).toMatch(CHARGED_NOTHING_RU);
    expect(ru!.text).toMatch(/8-800-2000-122/);
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
    await user.waitFor((m) => m.some((x) => x.text === llm.answerTo('zqviolence')), { after: 2, timeoutMs: 15_000 });
    expect(user.messages().some((m) => CHARGED_NOTHING_EN.test(m.text))).toBe(false);
  });

  it('moderation failing (500): the local check alone decides, and an ordinary question is read and charged (its text is recorded, as readings are)', async () => {
    const marker = 'zqfail1';
    const user = await sys.ask(4006, `Will I get the job? mod-500 ${marker}`);
    await user.waitFor((m) => m.some((x) => x.text === llm.answerTo(marker)), { after: 2, timeoutMs: 15_000 });
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
    await user.waitFor((m) => m.some((x) => x.text === llm.answerTo(marker)), { after: 2, timeoutMs: 15_000 });
    const asked = moderation.moderations.find((m) => m.input.includes(marker))!;
    const interpreted = moderation.others.find((at) => at >= asked.at)!;
    expect(interpreted - asked.at).toBeGreaterThanOrEqual(1400);
    expect(interpreted - asked.at).toBeLessThan(4000);
    expect(user.messages().some((m) => CHARGED_NOTHING_EN.test(m.text))).toBe(false);
    await expect.poll(() => sys.eventsOf(4007, 'CreditsCaptured'), { timeout: 10_000 }).toBe(1);
  });

  describe('outside the question step: any free text or command argument', () => {
    /** Every event that names this Telegram user (by our derived user id), once the projector has caught up. */
    const eventsNaming = async (telegramId: number) => {
      await sys.settle();
      const userId = deterministicId(`telegram:${telegramId}`);
      const { rows } = await sys.db.pool.query(`SELECT count(*)::int AS n FROM es_events WHERE data->>'userId' = $1 OR stream_name LIKE $2`, [userId, `%${userId}%`]);
      return rows[0].n as number;
    };
    /** Sends `text` (a message or a command) and returns the one reply it gets, with the user's events before and after. */
    const exchange = async (user: TestUser, text: string) => {
      const before = await eventsNaming(user.telegramId);
      const after = user.messages().length;
      await (text.startsWith('/') ? user.command(text) : user.send(text));
      const [reply] = await user.waitFor((m) => m.length >= 1, { after });
      return { reply: reply!, appended: (await eventsNaming(user.telegramId)) - before, sent: after };
    };
    const expectSupportOnly = async (user: TestUser, result: Awaited<ReturnType<typeof exchange>>, language: 'en' | 'ru', marker: string) => {
      expect(result.reply.text).toMatch(language === 'en' ? CHARGED_NOTHING_EN : CHARGED_NOTHING_RU);
      expect(result.reply.text).toMatch(language === 'en' ? /988/ : /8-800-2000-122/);
      expect(result.reply.buttons).toEqual([]);
      expect(result.appended).toBe(0);
      expect(await sys.eventsOf(user.telegramId, 'CreditsReserved')).toBe(0);
      expect(await sys.available(user.telegramId)).toBe(20);
      expect(await tablesContaining(sys.db, marker)).toEqual([]);
      // Nothing else was answered (a menu, a preview, the default reply) by the time a later update was handled.
      await user.command('/help');
      await user.waitFor((m) => m.length >= 2, { after: result.sent });
      expect(user.messages().slice(result.sent + 1, -1)).toEqual([]);
    };

    it('free text with no flow open gets support, in English or Russian, and local matches are not sent to moderation', async () => {
      const user = await sys.registered(4101);
      await expectSupportOnly(user, await exchange(user, 'I wanna die zqfree1'), 'en', 'zqfree1');
      // The UI is English; the message is Russian: so is the answer.
      await expectSupportOnly(user, await exchange(user, 'хочу уйти из жизни zqfree2'), 'ru', 'zqfree2');
      expect(moderation.moderations.some((m) => /zqfree/.test(m.input))).toBe(false);
    });

    it('an English message under a Russian UI is answered in English', async () => {
      const user = await sys.registered(4102, 'ru');
      expect(user.messages()[0]!.text).toMatch(/[а-я]/);
      await expectSupportOnly(user, await exchange(user, 'I want to kill myself zqfree3'), 'en', 'zqfree3');
    });

    it('/tarot <crisis> gets support, not the spread menu', async () => {
      const user = await sys.registered(4103);
      await expectSupportOnly(user, await exchange(user, '/tarot I want to kill myself zqtarot1'), 'en', 'zqtarot1');
    });

    it('/convert <crisis> gets support, not "not a valid link"', async () => {
      const user = await sys.registered(4104, 'ru');
      await expectSupportOnly(user, await exchange(user, '/convert I want to die zqconvert1'), 'en', 'zqconvert1');
      await expectSupportOnly(user, await exchange(user, '/convert повеситься хочу zqconvert2'), 'ru', 'zqconvert2');
    });

    it('someone not registered yet gets support, not "send /start first", and is not registered by it', async () => {
      const user = sys.user(4105);
      const result = await exchange(user, 'no point in living. zqnew1');
      expect(result.reply.text).toMatch(CHARGED_NOTHING_EN);
      expect(result.appended).toBe(0);
      expect(await tablesContaining(sys.db, 'zqnew1')).toEqual([]);
    });

    it('ordinary free text still gets the default reply, after moderation’s second opinion; what moderation flags gets support', async () => {
      const user = await sys.registered(4106);
      const plain = await exchange(user, 'hello there zqplain1');
      expect(plain.reply.text).toBe('I did not understand that. Try /tarot, /daily or /help.');
      expect(plain.appended).toBe(0);
      expect(moderation.moderations.filter((m) => m.input.includes('zqplain1'))).toHaveLength(1);
      const flagged = await exchange(user, 'what is the point mod-sh zqplain2');
      expect(isCrisisText('what is the point mod-sh zqplain2')).toBe(false);
      await expectSupportOnly(user, flagged, 'en', 'zqplain2');
      expect(moderation.moderations.filter((m) => m.input.includes('zqplain2'))).toHaveLength(1);
    });

    it('an ordinary link still gets a preview, and neither it nor a bare command is sent to moderation', async () => {
      const user = await sys.registered(4107);
      const before = user.messages().length;
      await user.send(`convert this please ${media.url('/media/clip.mp4')} zqlink1`);
      await user.waitFor((m) => m.some((x) => x.buttons.some((b) => b.data.startsWith('cv:ok:'))), { after: before, timeoutMs: 30_000 });
      const menu = await exchange(user, '/tarot');
      expect(menu.reply.buttons.some((b) => b.data.startsWith('spread:'))).toBe(true);
      expect(moderation.moderations.filter((m) => /zqlink1|clip\.mp4/.test(m.input) || m.input.startsWith('/') || m.input.trim() === '')).toEqual([]);
    }, 45_000);

    it('a link is the site’s words, not the user’s: a slug that reads as crisis language still gets a preview', async () => {
      const user = await sys.registered(4108);
      media.alias('i-wanna-die-official-video', '/media/clip.mp4');
      const before = user.messages().length;
      await user.send(media.url('/alias/i-wanna-die-official-video'));
      await user.waitFor((m) => m.some((x) => x.buttons.some((b) => b.data.startsWith('cv:ok:'))), { after: before, timeoutMs: 30_000 });
      expect(user.messages().slice(before).some((m) => /988|8-800-2000-122/.test(m.text))).toBe(false);
    }, 45_000);
  });
});
