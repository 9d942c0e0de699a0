import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECK } from '../../../../libs/domain/src';
import { BOT_TOKEN, BotSystem, READING, startBotSystem } from '../../../../test/support/bot-harness';
import { asBotUpdate, lastUpdateId, redeliverAndWait, updatesFrom, waitForProjector, waitUntilHandled } from '../../../../test/support/updates';


let sys: BotSystem;
beforeAll(async () => {
  sys = await startBotSystem('bot_tarot');
});
afterAll(async () => sys?.close());

describe('bot: sign-up and tarot readings through the Bot API stand-in (offline composer)', () => {
  it('/start registers the user with welcome credits; a second /start changes nothing', async () => {
    const user = sys.user(1001);
    await user.command('/start');
    const [welcome] = await user.waitFor((m) => m.length >= 1);
    expect(welcome!.text).toMatch(/Welcome, User1001!.*20 welcome credits/s);
    await sys.settle();
    expect(await sys.available(1001)).toBe(20);

    await user.command('/start');
    await user.waitFor((m) => m.length >= 1, { after: 1 });
    expect(user.messages()[1]!.text).toMatch(/Welcome back.*20 credits available/s);
    await sys.settle();
    expect(await sys.eventsOf(1001, 'UserRegistered')).toBe(1);
    expect(await sys.eventsOf(1001, 'CreditsGranted')).toBe(1);
    expect(sys.api.commands.get('1234567:TEST-token-for-the-local-stand-in')).toEqual(
      expect.arrayContaining([expect.objectContaining({ command: 'tarot' }), expect.objectContaining({ command: 'daily' })]),
    );
  });

  it('/tarot → three-card spread → question: a picture and a reading arrive, credits move, history has it', async () => {
    const user = sys.user(1002);
    await user.command('/start');
    await user.waitFor((m) => m.length >= 1);
    await user.command('/tarot');
    const [menu] = await user.waitFor((m) => m.some((x) => x.buttons.length > 0), { after: 1 });
    expect(menu!.buttons.map((b) => b.data)).toEqual([
      'spread:one_card',
      'spread:three_past_present_future',
      'spread:three_situation_action_outcome',
      'spread:relationship',
      'spread:horseshoe',
      'spread:celtic_cross',
    ]);
    await user.click('spread:three_past_present_future');
    await user.waitFor((m) => m.some((x) => /type your question/.test(x.text)), { after: 2 });
    await user.send('What should I focus on at work this month?');
    const reading = await user.waitFor((m) => m.some((x) => x.photo) && m.some((x) => /Across the spread/.test(x.text)), { after: 3 });
    const photo = reading.find((m) => m.photo)!;
    const text = reading.find((m) => /Across the spread/.test(m.text))!;
    expect(reading.indexOf(photo)).toBeLessThan(reading.indexOf(text));
    expect(text.text).toMatch(/1\. Past — .+\n/);
    expect(text.text).toMatch(/3\. Future — /);
    const names = DECK.map((c) => c.text.en.name).filter((n) => text.text.includes(`— ${n}`));
    expect(names).toHaveLength(3);
    const png = [...sys.api.files.values()].at(-1)!;
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');

    // Delivered, then captured: wait for the read models to show both.
    const readingRow = async () =>
      (
        await sys.db.pool.query(
          `SELECT r.status, r.spread_id, jsonb_array_length(r.cards) AS cards FROM readings r JOIN users u USING (user_id) WHERE u.telegram_id = 1002`,
        )
      ).rows;
    await expect.poll(readingRow, { timeout: 10_000 }).toEqual([{ status: 'delivered', spread_id: 'three_past_present_future', cards: 3 }]);
    await expect.poll(() => sys.eventsOf(1002, 'CreditsCaptured'), { timeout: 10_000 }).toBe(1);
    // The capture is in the log; the balances projection reads it a moment later.
    const { rows: [capture] } = await sys.db.pool.query(
      `SELECT global_position::float8 AS position FROM es_events WHERE event_type = 'CreditsCaptured' AND data->>'userId' = (SELECT user_id FROM users WHERE telegram_id = 1002)`,
    );
    await waitForProjector(sys.db.pool, capture.position);
    expect(await sys.available(1002)).toBe(18);

    const before = user.messages().length;
    await user.command('/history');
    const [history] = await user.waitFor((m) => m.some((x) => x.buttons.length > 0), { after: before });
    expect(history!.buttons).toHaveLength(1);
    await user.click(history!.buttons[0]!.data);
    const [reopened] = await user.waitFor((m) => m.length >= 2, { after: before });
    expect(user.messages().at(-1)!.text).toBe(text.text);
    expect(reopened).toBeDefined();
  });

  it('insufficient credits: says how many are needed, reserves and records nothing', async () => {
    const user = sys.user(1003);
    await user.command('/start');
    await user.waitFor((m) => m.length >= 1);
    await user.command('/tarot');
    await user.waitFor((m) => m.length >= 2);
    // Four Celtic Crosses (5 credits each) spend the 20 welcome credits; the fifth cannot be paid,
    // which the press of its button says (no question is asked).
    for (let i = 0; i < 4; i++) {
      const before = user.messages().length;
      await user.click('spread:celtic_cross');
      await user.waitFor((m) => m.some((x) => /type your question/.test(x.text)), { after: before });
      await user.send(`Question number ${i}`);
      await user.waitFor((m) => m.some((x) => /Across the spread/.test(x.text)), { after: before, timeoutMs: 20_000 });
    }
    const before = user.messages().length;
    await user.click('spread:celtic_cross');
    const [last] = await user.waitFor((m) => m.length >= 1, { after: before });
    expect(last!.text).toMatch(/^Celtic Cross costs 5 credits, and you have 0\. /);
    await sys.settle();
    expect(await sys.eventsOf(1003, 'CreditsReserved')).toBe(4);
    expect(await sys.eventsOf(1003, 'ReadingRequested')).toBe(4);
    expect(await sys.eventsOf(1003, 'CreditsCaptured')).toBe(4);
    expect(await sys.available(1003)).toBe(0);
  });

  it('a crisis question gets support and helplines, with no charge and no draw', async () => {
    const user = await sys.ask(1004, 'I want to end my life, will it get better?');
    const [reply] = await user.waitFor((m) => m.length >= 1, { after: 2 });
    expect(reply!.text).toMatch(/haven’t been charged/);
    expect(reply!.text).toMatch(/988|findahelpline/);
    await sys.settle();
    expect(await sys.eventsOf(1004, 'CreditsReserved')).toBe(0);
    expect(await sys.eventsOf(1004, 'ReadingRequested')).toBe(0);
  });

  it('a crisis question in Russian gets support and Russian helplines, with no charge and no draw', async () => {
    const user = await sys.ask(1024, 'Я больше не хочу жить, что меня ждёт?', 'one_card', { languageCode: 'ru' });
    const [reply] = await user.waitFor((m) => m.length >= 1, { after: 2 });
    expect(reply!.text).toMatch(/кредиты не списаны/);
    expect(reply!.text).toMatch(/8-800-2000-122/);
    await sys.settle();
    expect(await sys.eventsOf(1024, 'CreditsReserved')).toBe(0);
    expect(await sys.eventsOf(1024, 'ReadingRequested')).toBe(0);
  });

  it('anything else gets an answer and changes nothing: a sticker, an edit, a made-up button', async () => {
    const user = sys.user(1025);
    await user.command('/start');
    await user.waitFor((m) => m.length >= 1);
    await sys.settle();
    const events = async () => Number((await sys.db.pool.query(`SELECT count(*)::int AS n FROM es_events WHERE stream_name LIKE '%' || (SELECT user_id FROM users WHERE telegram_id = 1025)`)).rows[0].n);
    const before = await events();
    expect(before).toBeGreaterThan(0); // registered, welcome credits granted
    const from = { id: 1025, is_bot: false, first_name: 'User1025' };
    const chat = { id: 1025, type: 'private', first_name: 'User1025' };
    const date = Math.floor(Date.now() / 1000);
    sys.api.redeliver({ update_id: 990_001, message: { message_id: 9001, from, chat, date, sticker: { file_id: 'st', file_unique_id: 'st', width: 512, height: 512, is_animated: false, is_video: false, type: 'regular' } } });
    await user.waitFor((m) => m.some((x) => /only read text/.test(x.text)), { after: 1 });
    sys.api.redeliver({ update_id: 990_002, edited_message: { message_id: 9002, from, chat, date, edit_date: date, text: 'What about my job?' } });
    await user.waitFor((m) => m.some((x) => /not edits/.test(x.text)), { after: 1 });
    await user.click('spread:no_such_spread');
    await user.waitFor((m) => m.some((x) => /button no longer works/.test(x.text)), { after: 1 });
    const answered = sys.api.callbackAnswers.length;
    await user.click('set:reversals:sideways');
    await expect.poll(() => sys.api.callbackAnswers.slice(answered).map((a) => a.text)).toEqual(['That button no longer works. See /help.']);
    await sys.settle();
    expect(await events()).toBe(before);
    const prefs = await sys.db.pool.query(`SELECT data FROM es_events WHERE event_type = 'UserPreferencesChanged' AND data->>'userId' = (SELECT user_id FROM users WHERE telegram_id = 1025)`);
    expect(prefs.rows).toEqual([]);
  });

  it('a question over 500 characters gets a clear message and changes nothing', async () => {
    const user = await sys.ask(1005, 'x'.repeat(501));
    const [reply] = await user.waitFor((m) => m.length >= 1, { after: 2 });
    expect(reply!.text).toMatch(/501 characters; please keep it between 1 and 500/);
    await sys.settle();
    expect(await sys.eventsOf(1005, 'CreditsReserved')).toBe(0);
    // Still asking: a valid question now goes through, as one reading charged once.
    await user.send('Will the trip go well?');
    const reading = await user.waitFor((m) => m.some((x) => READING.test(x.text)), { after: 3 });
    expect(reading.some((x) => x.photo)).toBe(true);
    await expect.poll(() => sys.eventsOf(1005, 'CreditsCaptured'), { timeout: 10_000 }).toBe(1);
    await sys.settle();
    const { rows } = await sys.db.pool.query(`SELECT r.question, r.status FROM readings r JOIN users u USING (user_id) WHERE u.telegram_id = 1005`);
    expect(rows).toEqual([{ question: 'Will the trip go well?', status: 'delivered' }]);
    expect(await sys.eventsOf(1005, 'CreditsReserved')).toBe(1);
    expect(await sys.available(1005)).toBe(19);
  });

  it('/daily twice the same day shows the same card, one event, no charge', async () => {
    const user = sys.user(1006);
    await user.command('/start');
    await user.waitFor((m) => m.length >= 1);
    await user.command('/daily');
    const first = await user.waitFor((m) => m.some((x) => /Your card for/.test(x.text)), { after: 1 });
    await user.command('/daily');
    const second = await user.waitFor((m) => m.some((x) => /already drew today/.test(x.text)), { after: 1 + first.length });
    const card = (m: { text: string }[]) => m.find((x) => /Your card for/.test(x.text))!.text.split('\n')[2];
    expect(card(second)).toBe(card(first));
    await sys.settle();
    expect(await sys.eventsOf(1006, 'DailyCardDrawn')).toBe(1);
    expect(await sys.available(1006)).toBe(20);
  });

  it('the relationship spread can be extended to six cards before the question, at its own price', async () => {
    // (The spread menu itself does not list the extension: see the first test.)
    const user = sys.user(1014);
    await user.command('/start');
    await user.waitFor((m) => m.length >= 1);
    await user.click('spread:relationship');
    const [offer] = await user.waitFor((m) => m.some((x) => /type your question/.test(x.text)), { after: 1 });
    expect(offer!.text).toMatch(/extend it to 6 cards first, adding: what draws you together, what stands between you, where it is heading/);
    expect(offer!.buttons).toEqual([{ text: 'Extend to 6 cards · 4 cr.', data: 'spread:relationship_extended' }]);
    await user.click('spread:relationship_extended');
    await user.waitFor((m) => m.some((x) => /Relationship, extended: type your question/.test(x.text)), { after: 2 });
    await user.send('Where are we going, the two of us?');
    const reading = await user.waitFor((m) => m.some((x) => READING.test(x.text)), { after: 3 });
    expect(reading.some((x) => x.photo)).toBe(true);
    const text = reading.find((x) => READING.test(x.text))!.text;
    for (const position of ['You', 'Them', 'The connection', 'What draws you together', 'What stands between you', 'Where it is heading']) expect(text).toContain(position);
    await sys.settle();
    const { rows } = await sys.db.pool.query(
      `SELECT r.spread_id, r.price, jsonb_array_length(r.cards) AS cards FROM readings r JOIN users u USING (user_id) WHERE u.telegram_id = 1014`,
    );
    expect(rows).toEqual([{ spread_id: 'relationship_extended', price: 4, cards: 6 }]);
    expect(await sys.available(1014)).toBe(16);
  });

  it('a re-delivered question produces one reading', async () => {
    const user = await sys.ask(1007, 'Is now a good time to move?');
    await user.waitFor((m) => m.some((x) => READING.test(x.text)), { after: 2 });
    const stored = updatesFrom(sys.api, 1007).filter((u) => u.message?.text === 'Is now a good time to move?').at(-1)!;
    const before = user.messages().length;
    await redeliverAndWait(sys.api, asBotUpdate(stored));
    await sys.settle();
    expect(user.messages().length).toBe(before);
    expect(await sys.eventsOf(1007, 'ReadingRequested')).toBe(1);
    expect(await sys.eventsOf(1007, 'CreditsCaptured')).toBe(1);
    expect(await sys.available(1007)).toBe(19);
  });

  it('a re-delivered update is skipped even where handling it again would answer again: /help, a spread press, /balance', async () => {
    // None of these is idempotent of itself: each copy handled would send its reply again. Only
    // the update dedupe (one update id, one handling) keeps the user from seeing a second answer.
    const user = sys.user(1015);
    await user.command('/start');
    await user.waitFor((m) => m.length >= 1);
    const steps: [() => Promise<void>, RegExp][] = [
      [() => user.command('/help'), /What I can do/],
      [() => user.click('spread:one_card'), /type your question/],
      [() => user.command('/balance'), /Available/],
    ];
    for (const [act, answer] of steps) {
      const before = user.messages().length;
      await act();
      await user.waitFor((m) => m.some((x) => answer.test(x.text)), { after: before });
      const updateId = lastUpdateId(sys.api, 1015);
      await waitUntilHandled(sys.api, updateId);
      const answered = user.messages().length;
      expect(answered).toBe(before + 1);
      // Telegram hands the same update out again, in a later batch.
      await redeliverAndWait(sys.api, asBotUpdate(updatesFrom(sys.api, 1015).at(-1)!));
      expect(user.messages().length, String(answer)).toBe(answered);
    }
  });

  it('an update handed out twice in the same batch is answered once', async () => {
    const user = sys.user(1012);
    await user.command('/start');
    await user.waitFor((m) => m.length >= 1);
    // /help arrives and, before the bot's next poll, Telegram hands the same update out again:
    // both copies reach the bot in one getUpdates answer.
    const person = { id: 1012, is_bot: false, first_name: 'User1012' };
    const chat = { id: 1012, type: 'private', first_name: 'User1012' };
    void sys.api.server.addUserCommand({ botToken: BOT_TOKEN, date: Math.floor(Date.now() / 1000), from: person, chat, text: '/help', entities: [{ offset: 0, length: 5, type: 'bot_command' }] } as never);
    const stored = sys.api.server.storage.userMessages.at(-1) as unknown as { updateId: number; messageId: number; message: object };
    sys.api.redeliver({ update_id: stored.updateId, message: { ...stored.message, message_id: stored.messageId } });
    await user.waitFor((m) => m.some((x) => /What I can do/.test(x.text)), { after: 1 });
    // Both copies were handed out (and, the bot having polled since, handled): one answer.
    await waitUntilHandled(sys.api, stored.updateId);
    expect(user.messages().filter((x) => /What I can do/.test(x.text))).toHaveLength(1);
  });

  it('a command typed while the bot waits for a question is not taken as the question', async () => {
    const user = sys.user(1013);
    await user.command('/start');
    await user.waitFor((m) => m.length >= 1);
    await user.click('spread:one_card');
    await user.waitFor((m) => m.length >= 2);
    await user.command('/whatever');
    await user.command('/balance');
    await user.waitFor((m) => m.some((x) => /Available/.test(x.text)), { after: 2 });
    await user.send('So what is the question after all?');
    await user.waitFor((m) => m.some((x) => READING.test(x.text)), { after: 2 });
    await sys.settle();
    const { rows } = await sys.db.pool.query(`SELECT question FROM readings r JOIN users u USING (user_id) WHERE u.telegram_id = 1013`);
    expect(rows).toEqual([{ question: 'So what is the question after all?' }]);
  });

  it('the conversation survives a bot restart (sessions live in PostgreSQL)', async () => {
    const user = sys.user(1008);
    await user.command('/start');
    await user.waitFor((m) => m.length >= 1);
    await user.click('spread:one_card');
    await user.waitFor((m) => m.length >= 2);
    await sys.restartBot();
    await user.send('What do I need to hear today?');
    const replies = await user.waitFor((m) => m.some((x) => READING.test(x.text)), { after: 2 });
    // Taken as the question of the spread chosen before the restart, not as a new conversation.
    expect(replies.some((x) => /type your question|Choose a spread/.test(x.text))).toBe(false);
    await expect.poll(() => sys.eventsOf(1008, 'CreditsCaptured'), { timeout: 10_000 }).toBe(1);
    await sys.settle();
    const { rows } = await sys.db.pool.query(`SELECT r.question, r.spread_id, r.status FROM readings r JOIN users u USING (user_id) WHERE u.telegram_id = 1008`);
    expect(rows).toEqual([{ question: 'What do I need to hear today?', spread_id: 'one_card', status: 'delivered' }]);
    expect(await sys.available(1008)).toBe(19);
  });

  it('/settings switches to Russian and turns reversals off; preferences are events', async () => {
    const user = sys.user(1009, { languageCode: 'en' });
    await user.command('/start');
    await user.waitFor((m) => m.length >= 1);
    await user.command('/settings');
    await user.waitFor((m) => m.some((x) => x.buttons.length > 0), { after: 1 });
    await user.click('set:language:ru');
    await user.waitFor((m) => m.some((x) => /Настройки/.test(x.text)), { after: 1 });
    await user.click('set:reversals:off');
    await user.waitFor((m) => m.some((x) => /Перевёрнутые карты: выкл/.test(x.text)), { after: 1 });
    await sys.settle();
    expect(await sys.eventsOf(1009, 'UserPreferencesChanged')).toBe(2);
    const before = user.messages().length;
    await user.command('/help');
    const [help] = await user.waitFor((m) => m.length >= 1, { after: before });
    expect(help!.text).toMatch(/Что я умею/);
    const { rows } = await sys.db.pool.query('SELECT language, reversals FROM users WHERE telegram_id = 1009');
    expect(rows[0]).toEqual({ language: 'ru', reversals: false });
  });
});
