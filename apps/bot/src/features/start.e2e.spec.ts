import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotSystem, startBotSystem } from '../../../../test/support/bot-harness';
import { lastUpdateId, waitUntilHandled } from '../../../../test/support/updates';

let sys: BotSystem;
beforeAll(async () => {
  sys = await startBotSystem('bot_accounts', { BOT_RATE_LIMIT_PER_MINUTE: '5' });
});
afterAll(async () => sys?.close());

describe('bot: referrals, languages and rate limits', () => {
  it('/start ref_<code> records who referred the user; a Russian Telegram user is answered in Russian', async () => {
    const alice = sys.user(4001);
    await alice.command('/start');
    await alice.waitFor((m) => m.length >= 1);
    await sys.settle();
    const { rows } = await sys.db.pool.query('SELECT user_id, referral_code FROM users WHERE telegram_id = 4001');
    const { user_id: aliceId, referral_code: code } = rows[0];
    expect(code).toMatch(/^[\w-]{6,}$/);

    const boris = sys.user(4002, { languageCode: 'ru', firstName: 'Борис' });
    await boris.command(`/start ref_${code}`);
    const replies = await boris.waitFor((m) => m.length >= 2);
    expect(replies[0]!.text).toMatch(/Добро пожаловать, Борис!/);
    expect(replies[1]!.text).toMatch(/по приглашению друга/);
    await sys.settle();
    const boris_ = await sys.db.pool.query('SELECT referred_by, language FROM users WHERE telegram_id = 4002');
    expect(boris_.rows[0]).toEqual({ referred_by: aliceId, language: 'ru' });

    const carol = sys.user(4003);
    await carol.command('/start ref_unknown-code');
    await carol.waitFor((m) => m.length >= 1);
    await sys.settle();
    expect((await sys.db.pool.query('SELECT referred_by FROM users WHERE telegram_id = 4003')).rows[0].referred_by).toBeNull();
  });

  it('answers politely when a user sends too much too fast, and does not act on the excess', async () => {
    const user = sys.user(4010);
    await user.command('/start');
    await user.waitFor((m) => m.length >= 1);
    for (let i = 0; i < 6; i++) await user.command('/balance');
    const replies = await user.waitFor((m) => m.some((x) => /too fast/.test(x.text)), { after: 1 });
    expect(replies.find((m) => /too fast/.test(m.text))!.text).toMatch(/wait \d+ s/);
    // Every /balance has been handled (the bot polled again after the last one was handed out).
    await waitUntilHandled(sys.api, lastUpdateId(sys.api, 4010));
    const all = user.messages().slice(1);
    expect(all.filter((m) => /Available/.test(m.text)).length).toBe(4);
    expect(all.filter((m) => /too fast/.test(m.text)).length).toBe(2);
  });
});
