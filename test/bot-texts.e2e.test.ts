import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Commands, deterministicId } from '../libs/infrastructure/src';
import { formatDate } from '../libs/texts/src';
import { makeMediaFixtures } from '../tools/media/media-fixtures';
import { MediaServer, startMediaServer } from '../tools/media/media-server';
import { BotSystem, READING, startBotSystem, TestUser } from './support/bot-harness';

/** What a person reads on their own screen: /balance, /history and the spread press, in English and Russian. */
let sys: BotSystem;
let media: MediaServer;

beforeAll(async () => {
  const fixtures = await makeMediaFixtures();
  media = await startMediaServer(fixtures.dir);
  sys = await startBotSystem('bot_texts', { FETCH_ALLOW: `127.0.0.1:${media.port}`, WORKER_CONCURRENCY: '1' }, { worker: true });
}, 120_000);
afterAll(async () => {
  await sys?.close();
  await media?.close();
});

const LONG_QUESTION = 'Will my new project at work succeed this year, or should I look elsewhere?';

/** The bot's next message after `action`. */
async function reply(user: TestUser, action: () => Promise<void>, match: RegExp = /./) {
  const before = user.messages().length;
  await action();
  const messages = await user.waitFor((m) => m.some((x) => match.test(x.text)), { after: before, timeoutMs: 30_000 });
  return messages.find((x) => match.test(x.text))!;
}

/** Leaves the user `credits` available, the way support corrects a balance. */
async function leave(telegramId: number, credits: number) {
  await sys.settle();
  const { rows } = await sys.db.pool.query('SELECT user_id, available::int FROM balances JOIN users USING (user_id) WHERE telegram_id = $1', [telegramId]);
  await sys.bot.get(Commands).ledger(
    { type: 'AdjustCredits', commandId: deterministicId(`leave:${telegramId}:${credits}`), userId: rows[0].user_id, amount: credits - rows[0].available, reason: 'test' },
    { actor: { kind: 'admin', id: 'test' } },
  );
}

describe('what a person reads', () => {
  it('/balance lists what was bought, one line each: a reading and an audio, then the welcome credits (en, then ru)', async () => {
    const user = await sys.registered(9001);
    await reply(user, () => user.click('spread:celtic_cross'), /type your question/);
    await reply(user, () => user.send(LONG_QUESTION), READING);

    const previewed = await reply(user, () => user.send(media.url('/media/clip.mp4')), /💳/);
    const confirm = previewed.buttons.find((b) => b.data.startsWith('cv:ok:'))!;
    await user.click(confirm.data);
    await user.waitFor((m) => m.some((x) => x.audio), { timeoutMs: 60_000 });
    // Both settled (captured by the settlement process managers) and both named in the read models.
    await expect.poll(() => sys.eventsOf(9001, 'CreditsCaptured'), { timeout: 20_000 }).toBe(2);
    await sys.settle();

    const balance = await reply(user, () => user.command('/balance'), /Available/);
    expect(balance.text).toBe(
      [
        'Available: 14 credits',
        'Held for requests in progress: 0',
        '',
        'Recent:',
        `${today('en')} · Audio: Test Clip.mp3 −1`,
        `${today('en')} · Celtic Cross reading −5`,
        `${today('en')} · Welcome credits +20`,
      ].join('\n'),
    );

    await reply(user, () => user.command('/settings'), /Settings/);
    await user.click('set:language:ru'); // (edits the settings message, sends none)
    await expect.poll(() => sys.eventsOf(9001, 'UserPreferencesChanged'), { timeout: 10_000 }).toBe(1);
    const russian = await reply(user, () => user.command('/balance'), /Доступно/);
    expect(russian.text).toBe(
      [
        'Доступно: 14 кредитов',
        'Удерживается под незавершённые запросы: 0',
        '',
        'Последние операции:',
        `${today('ru')} · Аудио: Test Clip.mp3 −1`,
        `${today('ru')} · Расклад «Кельтский крест» −5`,
        `${today('ru')} · Приветственные кредиты +20`,
      ].join('\n'),
    );
    const history = await reply(user, () => user.command('/history'), /🎧/);
    expect(history.text).toBe(`🎧 ${today('ru')} · Test Clip · mp3 · доставлено`);
  }, 90_000);

  it('/history cuts a long question at a word boundary, with an ellipsis', async () => {
    const user = await sys.registered(9002);
    await reply(user, () => user.click('spread:one_card'), /type your question/);
    await reply(user, () => user.send(LONG_QUESTION), READING);
    await expect.poll(async () => (await sys.db.pool.query(`SELECT count(*)::int AS n FROM readings r JOIN users u USING (user_id) WHERE u.telegram_id = 9002`)).rows[0].n, { timeout: 10_000 }).toBe(1);
    const history = await reply(user, () => user.command('/history'), /last readings/);
    const label = history.buttons[0]!.text;
    expect(label).toBe(`${today('en')} · One card · Will my new project at work…`);
  });

  it('a spread the credits do not cover is said at its press, with what they do cover; nothing is reserved, no question is asked', async () => {
    const user = await sys.registered(9003);
    await leave(9003, 2);
    const refused = await reply(user, () => user.click('spread:celtic_cross'));
    expect(refused.text).toBe('Celtic Cross costs 5 credits, and you have 2. Buy credits with /buy, or get credits every month with a plan: /subscribe. The card of the day stays free: /daily\n\nSpreads within your credits:');
    expect(refused.buttons.map((b) => b.data)).toEqual(['spread:one_card', 'spread:three_past_present_future', 'spread:three_situation_action_outcome']);
    // No question is awaited: text now is just text. (Its answer is the sign the update was handled.)
    const unknown = await reply(user, () => user.send('Will I be happy?'));
    expect(unknown.text).toMatch(/I did not understand/);
    await sys.settle();
    expect(await sys.eventsOf(9003, 'CreditsReserved')).toBe(0);
    expect(await sys.eventsOf(9003, 'ReadingRequested')).toBe(0);

    // A spread within them asks for the question as before.
    await reply(user, () => user.click('spread:three_past_present_future'), /Past · Present · Future: type your question/);

    // The relationship spread at 3 credits: its 4-credit extension is not offered.
    await leave(9003, 3);
    const ask = await reply(user, () => user.click('spread:relationship'), /type your question/);
    expect(ask.text).not.toMatch(/extend/i);
    expect(ask.buttons).toEqual([]);
  });

  it('in Russian, with the right plural forms', async () => {
    const user = await sys.registered(9004, 'ru');
    await leave(9004, 2);
    const refused = await reply(user, () => user.click('spread:celtic_cross'));
    expect(refused.text).toMatch(/^Расклад «Кельтский крест» стоит 5 кредитов, а у вас 2 кредита\. Купить кредиты — \/buy, кредиты каждый месяц по тарифу — \/subscribe\./);
    await leave(9004, 1);
    const again = await reply(user, () => user.click('spread:horseshoe'));
    expect(again.text).toMatch(/ стоит 4 кредита, а у вас 1 кредит\./);
    await sys.settle();
    expect(await sys.eventsOf(9004, 'CreditsReserved')).toBe(0);
  });
});

/** Today as the bot writes a day in a list, in the reader's language ("1 Dec 2026" / "1 дек. 2026"). */
function today(language: 'en' | 'ru'): string {
  return formatDate(new Date(), language, 'short');
}
