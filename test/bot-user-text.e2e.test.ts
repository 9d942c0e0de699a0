import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotSystem, READING, startBotSystem, TestUser } from './support/bot-harness';

const EMPTY_EN = /no readable text/;
const EMPTY_RU = /нет читаемого текста/;

let sys: BotSystem;
beforeAll(async () => {
  sys = await startBotSystem('bot_user_text');
});
afterAll(async () => sys?.close());

/** /start and a spread press, up to the question prompt. */
async function atQuestion(telegramId: number, options: { languageCode?: string; firstName?: string } = {}): Promise<TestUser> {
  const user = sys.user(telegramId, options);
  await user.command('/start');
  await user.waitFor((m) => m.length >= 1);
  await user.click('spread:one_card');
  await user.waitFor((m) => m.length >= 2);
  return user;
}

/** Sends `text` and waits for the first reply to it matching `expected` (or anything, to fail on). */
async function answer(user: TestUser, text: string, expected: RegExp): Promise<string> {
  const before = user.messages().length;
  await user.send(text);
  const replies = await user.waitFor((m) => m.length > 0, { after: before });
  expect(replies[0]!.text).toMatch(expected);
  return replies[0]!.text;
}

describe('what a user types is normalised before anything is reserved', () => {
  it('a question of only control characters, or only zero-width ones, is refused with a message: nothing reserved, no event', async () => {
    const user = await atQuestion(8001);
    await answer(user, '\u0000\u0001\u0002\u0003\u0007\u001b\u007f', EMPTY_EN);
    await answer(user, '\u200b\u200c\u200d\u2060\ufeff', EMPTY_EN);
    await answer(user, ' \u200b \u0000 \u00ad ', EMPTY_EN);
    await sys.settle();
    expect(await sys.eventsOf(8001, 'CreditsReserved')).toBe(0);
    expect(await sys.eventsOf(8001, 'ReadingRequested')).toBe(0);
    const { rows } = await sys.db.pool.query(
      `SELECT count(*)::int AS n FROM es_events WHERE stream_name LIKE 'reading-%' AND (data->>'userId') = (SELECT user_id FROM users WHERE telegram_id = 8001)`,
    );
    expect(rows[0].n).toBe(0);
    expect(await sys.available(8001)).toBe(20);

    // The step stays: a real question after the refusals is read.
    const before = user.messages().length;
    await user.send('Will I find a new job this spring?');
    await user.waitFor((m) => m.some((x) => READING.test(x.text)), { after: before });
  });

  it('in Russian too', async () => {
    const user = await atQuestion(8002, { languageCode: 'ru' });
    await answer(user, '\u200b\u200b\u200b', EMPTY_RU);
    await answer(user, '\u0000\u0000', EMPTY_RU);
    await sys.settle();
    expect(await sys.eventsOf(8002, 'CreditsReserved')).toBe(0);
  });

  it('a question with an embedded NUL (and zero-width characters) is read and stored without them', async () => {
    const user = await atQuestion(8003);
    const before = user.messages().length;
    await user.send('Will I\u0000 find\u200b love\u0007 this year?');
    await user.waitFor((m) => m.some((x) => READING.test(x.text)), { after: before });
    await sys.settle();
    const { rows } = await sys.db.pool.query(`SELECT r.question, r.status FROM readings r JOIN users u USING (user_id) WHERE u.telegram_id = 8003`);
    expect(rows).toEqual([{ question: 'Will I find love this year?', status: expect.stringMatching(/delivered|generated/) }]);
    const events = await sys.db.pool.query(
      `SELECT data->>'question' AS question FROM es_events WHERE event_type = 'ReadingRequested' AND (data->>'userId') = (SELECT user_id FROM users WHERE telegram_id = 8003)`,
    );
    expect(events.rows).toEqual([{ question: 'Will I find love this year?' }]);
  });

  it('a name of control and zero-width characters registers the user under their username', async () => {
    const user = sys.user(8004, { firstName: '\u0000\u200b\u0007' });
    await user.command('/start');
    const [welcome] = await user.waitFor((m) => m.length >= 1);
    expect(welcome!.text).toMatch(/Welcome, user8004!/);
    await sys.settle();
    expect(await sys.eventsOf(8004, 'UserRegistered')).toBe(1);
  });
});
