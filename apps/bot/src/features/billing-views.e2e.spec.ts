import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountIdOf } from '@app/application';
import { paymentIdOf } from '@app/domain';
import { Commands, StarsPayments } from '@app/infrastructure';
import { BOT_TOKEN, BotService, BotSystem, startBotSystem, TestUser } from '../../../../test/support/bot-harness';
import { packInvoice } from '../../../../test/support/stars';

/**
 * /invoices and /referrals through the real bot on the local Bot API, down to the `payments` and
 * `referrals` read models: payments made with Stars (and refunded) show with their status and
 * charge id, a page at a time, to their owner only; a referral shows its link and, once the
 * friend who joined through it pays, who paid and what was earned.
 */

let sys: BotSystem;
let stars: StarsPayments;
let commands: Commands;

beforeAll(async () => {
  sys = await startBotSystem('bot_billing_views', { WELCOME_CREDITS: '0', BOT_RATE_LIMIT_PER_MINUTE: '1000' });
  stars = new StarsPayments(sys.bot.get(BotService).bot!.telegram);
  commands = sys.bot.get(Commands);
});
afterAll(async () => sys?.close());

const userIdOf = (telegramId: number) => accountIdOf({ channel: 'telegram', id: telegramId });


/** /buy, the pack's ⭐ button, pay the invoice: the Telegram charge id once the bot has thanked. */
async function payPack(user: TestUser, credits: number): Promise<string> {
  const invoice = await packInvoice(sys, user, credits);
  const before = user.messages().length;
  const outcome = await sys.api.pay(BOT_TOKEN, { userId: user.telegramId }, invoice.messageId!);
  if (outcome.status !== 'paid') throw new Error(`payment not made: ${JSON.stringify(outcome)}`);
  await user.waitFor((m) => m.some((x) => /Thank you/.test(x.text)), { after: before });
  return outcome.chargeId;
}

/** Sends `command` and returns the bot's first answer to it. */
async function ask(user: TestUser, command: string) {
  await sys.settle();
  const before = user.messages().length;
  await user.command(command);
  const [reply] = await user.waitFor((m) => m.length >= 1, { after: before });
  return reply!;
}

describe('bot: /invoices', () => {
  it('after a Stars pack payment and a refunded one: both, with their status in words and their Telegram charge ids', async () => {
    const user = await sys.registered(8101);
    const kept = await payPack(user, 50);
    const refunded = await payPack(user, 150);
    const before = user.messages().length;
    await stars.refundStarPayment(8101, refunded);
    await user.waitFor((m) => m.some((x) => /refunded/.test(x.text)), { after: before });

    const reply = await ask(user, '/invoices');
    expect(reply.text).toMatch(/^Your payments, newest first:\n\n/);
    expect(reply.text).toMatch(new RegExp(`\\d\\. \\d{1,2} \\w{3} \\d{4} · 50 credits · 150 Stars · paid\\n   Telegram charge: ${kept}(\\n|$)`));
    expect(reply.text).toMatch(new RegExp(`\\d\\. \\d{1,2} \\w{3} \\d{4} · 150 credits · 350 Stars · refunded\\n   Telegram charge: ${refunded}(\\n|$)`));
    // One page: no paging buttons, and Stars payments have no invoice links.
    expect(reply.buttons).toEqual([]);
  });

  it('another user sees none of it, not even by pressing a page button of their own making', async () => {
    const other = await sys.registered(8102);
    const reply = await ask(other, '/invoices');
    expect(reply.text).toBe('You have no payments yet. Credits and plans are in /buy and /subscribe.');
    const before = other.messages().length;
    await other.click('inv:0');
    const [page] = await other.waitFor((m) => m.length >= 1, { after: before });
    expect(page!.text).toBe('You have no payments yet. Credits and plans are in /buy and /subscribe.');
    expect(other.messages().map((m) => m.text).join('\n')).not.toMatch(/Telegram charge|credits ·/);
  });

  it('pages: five at a time, newest first, with older / newer buttons; card payments link their invoice and PDF and read as dollars', async () => {
    const user = await sys.registered(8103);
    const userId = userIdOf(8103);
    // Seven card payments on seven days, recorded as the Stripe webhook path records them.
    for (let day = 1; day <= 7; day++) {
      const session = `cs_test_views_${day}`;
      await commands.payment(
        {
          type: 'RecordPayment',
          commandId: `views:${session}`,
          paymentId: paymentIdOf('stripe', session),
          provider: 'stripe',
          providerIds: { checkoutSessionId: session, hostedInvoiceUrl: `https://invoice.example.test/${day}`, invoicePdf: `https://invoice.example.test/${day}.pdf` },
          userId,
          offerId: 'pack:50',
          amountMinor: 299,
          currency: 'USD',
          paidAt: `2026-11-0${day}T12:00:00.000Z`,
        },
        { actor: { kind: 'system', id: 'test' } },
      );
    }
    const first = await ask(user, '/invoices');
    expect(first.text.split('\n')).toEqual([
      'Your payments, newest first (1–5):',
      '',
      '1. 7 Nov 2026 · 50 credits · $2.99 · paid',
      '2. 6 Nov 2026 · 50 credits · $2.99 · paid',
      '3. 5 Nov 2026 · 50 credits · $2.99 · paid',
      '4. 4 Nov 2026 · 50 credits · $2.99 · paid',
      '5. 3 Nov 2026 · 50 credits · $2.99 · paid',
    ]);
    expect(first.buttons.filter((b) => b.url).slice(0, 2)).toEqual([
      { text: '🧾 1 · Invoice', data: undefined, url: 'https://invoice.example.test/7' },
      { text: '📄 1 · PDF', data: undefined, url: 'https://invoice.example.test/7.pdf' },
    ]);
    expect(first.buttons.filter((b) => b.data).map((b) => [b.text, b.data])).toEqual([['Older ›', 'inv:5']]);

    await user.click('inv:5');
    const [older] = await user.waitFor(() => user.messages().some((m) => m.messageId === first.messageId && m.text.startsWith('Your payments, newest first (6–7)')));
    const second = user.messages().find((m) => m.messageId === first.messageId)!;
    expect(older).toBeDefined();
    expect(second.text.split('\n').slice(2)).toEqual(['6. 2 Nov 2026 · 50 credits · $2.99 · paid', '7. 1 Nov 2026 · 50 credits · $2.99 · paid']);
    expect(second.buttons.filter((b) => b.url).map((b) => b.url)).toEqual(['https://invoice.example.test/2', 'https://invoice.example.test/2.pdf', 'https://invoice.example.test/1', 'https://invoice.example.test/1.pdf']);
    expect(second.buttons.filter((b) => b.data).map((b) => [b.text, b.data])).toEqual([['‹ Newer', 'inv:0']]);

    await user.click('inv:0');
    await user.waitFor(() => user.messages().some((m) => m.messageId === first.messageId && m.text.startsWith('Your payments, newest first (1–5)')));
  });
  it('in Russian: every other status in words, a plan by name, dollars as Russians write them, a partial refund with its amount', async () => {
    const user = await sys.registered(8104, 'ru');
    const userId = userIdOf(8104);
    const context = { actor: { kind: 'system' as const, id: 'test' } };
    const record = (session: string, day: number, offerId: string, amountMinor: number) =>
      commands.payment(
        { type: 'RecordPayment', commandId: `views:${session}`, paymentId: paymentIdOf('stripe', session), provider: 'stripe', providerIds: { checkoutSessionId: session }, userId, offerId, amountMinor, currency: 'USD', paidAt: `2026-10-0${day}T12:00:00.000Z` },
        context,
      );
    const id = (session: string) => paymentIdOf('stripe', session);
    await record('cs_ru_1', 1, 'pack:500', 1999);
    await commands.payment({ type: 'RefundPayment', commandId: 'views:re_ru_1', paymentId: id('cs_ru_1'), refundId: 're_ru_1', amountMinor: 500, refundedAt: '2026-10-02T00:00:00.000Z' }, context);
    await record('cs_ru_2', 2, 'pack:150', 699);
    await commands.payment({ type: 'OpenDispute', commandId: 'views:dp_ru_2', paymentId: id('cs_ru_2'), disputeId: 'dp_ru_2', amountMinor: 699, reason: 'fraudulent', openedAt: '2026-10-03T00:00:00.000Z' }, context);
    await record('cs_ru_3', 3, 'pack:50', 299);
    await commands.payment({ type: 'CloseDispute', commandId: 'views:dp_ru_3', paymentId: id('cs_ru_3'), disputeId: 'dp_ru_3', outcome: 'won', amountMinor: 299, reason: 'fraudulent', closedAt: '2026-10-04T00:00:00.000Z' }, context);
    await record('cs_ru_4', 4, 'pack:50', 299);
    await commands.payment({ type: 'CloseDispute', commandId: 'views:dp_ru_4', paymentId: id('cs_ru_4'), disputeId: 'dp_ru_4', outcome: 'lost', amountMinor: 299, reason: 'fraudulent', closedAt: '2026-10-05T00:00:00.000Z' }, context);
    await record('cs_ru_5', 5, 'pack:50', 1);
    await record('cs_ru_6', 6, 'sub:basic', 499);
    const reply = await ask(user, '/invoices');
    expect(reply.text.split('\n').slice(2)).toEqual([
      '1. 6 окт. 2026 · тариф Basic на месяц · 4,99 $ · оплачено',
      '2. 5 окт. 2026 · 50 кредитов · 0,01 $ · не начислено: сумма не совпала',
      '3. 4 окт. 2026 · 50 кредитов · 2,99 $ · спор закрыт, деньги возвращены банком',
      '4. 3 окт. 2026 · 50 кредитов · 2,99 $ · спор закрыт, платёж в силе',
      '5. 2 окт. 2026 · 150 кредитов · 6,99 $ · оспаривается',
    ].map((line) => line.replaceAll(' $', '\u00a0$')));
    expect(reply.buttons.map((b) => [b.text, b.data])).toEqual([['Раньше ›', 'inv:5']]);
    await user.click('inv:5');
    await user.waitFor(() => user.messages().some((m) => m.messageId === reply.messageId && m.text.startsWith('Ваши платежи, сначала новые (6–6)')));
    expect(user.messages().find((m) => m.messageId === reply.messageId)!.text.split('\n').slice(2)).toEqual(
      ['6. 1 окт. 2026 · 500 кредитов · 19,99 $ · частично возвращено', '   Возвращено: 5,00 $'].map((line) => line.replaceAll(' $', '\u00a0$')),
    );
  });
});

describe('bot: /referrals', () => {
  it('shows the link /start reads and the rewards; after the friend who joined through it pays with Stars: 1 invited, 1 paid, 50 earned (the friend got 20)', async () => {
    const alice = await sys.registered(8201);
    await sys.settle();
    const { rows } = await sys.db.pool.query('SELECT referral_code FROM users WHERE telegram_id = 8201');
    const code = rows[0].referral_code as string;

    const empty = await ask(alice, '/referrals');
    const link = `https://t.me/TestNameBot?start=ref_${code}`;
    expect(empty.text.split('\n')).toEqual([
      'Invite friends with your link:',
      link,
      '',
      'When a friend joins through it and makes their first payment, you get 50 credits and your friend gets 20 credits.',
      '',
      'Joined through your link: 0 people',
      'Of them paid: 0',
      'You earned: 0 credits',
    ]);

    // The friend follows the link: Telegram sends the bot "/start ref_<code>".
    const boris = sys.user(8202, { firstName: 'Boris Petrov' });
    await boris.command(`/start ${new URL(link).searchParams.get('start')}`);
    await boris.waitFor((m) => m.some((x) => /invitation/.test(x.text)));
    const joined = await ask(alice, '/referrals');
    expect(joined.text).toMatch(/Joined through your link: 1 person\nOf them paid: 0\nYou earned: 0 credits\n\nRecently joined:\n• Boris · joined \d{1,2} \w{3} \d{4} · no payment yet$/);

    await payPack(boris, 50);
    await sys.settle();
    const paid = await ask(alice, '/referrals');
    expect(paid.text).toMatch(/Joined through your link: 1 person\nOf them paid: 1\nYou earned: 50 credits\n\nRecently joined:\n• Boris · joined \d{1,2} \w{3} \d{4} · paid$/);
    // A display name, no more: not the family name, not the Telegram id.
    expect(paid.text).not.toMatch(/Petrov|8202/);
    expect(await sys.available(8201)).toBe(50);
    expect(await sys.available(8202)).toBe(50 + 20);
  });

});

describe('bot: /referrals with other rewards configured', () => {
  let other: BotSystem;
  beforeAll(async () => {
    other = await startBotSystem('bot_referral_settings', { WELCOME_CREDITS: '0', REFERRER_CREDITS: '7', REFEREE_CREDITS: '3' });
  });
  afterAll(async () => other?.close());

  it('says the configured rewards (REFERRER_CREDITS, REFEREE_CREDITS), in Russian with the plural forms', async () => {
    const user = await other.registered(8203, 'ru');
    await other.settle();
    const before = user.messages().length;
    await user.command('/referrals');
    const [reply] = await user.waitFor((m) => m.length >= 1, { after: before });
    expect(reply!.text).toMatch(/^Приглашайте друзей по своей ссылке:\nhttps:\/\/t\.me\/TestNameBot\?start=ref_[\w-]+\n/);
    expect(reply!.text).toContain('вы получите 7 кредитов, а друг — 3 кредита.');
    expect(reply!.text).toMatch(/Пришли по вашей ссылке: 0 человек\nИз них оплатили: 0\nВы заработали: 0 кредитов$/);
  });
});

describe('bot: /help and the command menu', () => {
  it('name /invoices and /referrals', async () => {
    const user = await sys.registered(8301);
    expect((await ask(user, '/help')).text).toContain('/invoices — your payments · /referrals — invite friends, see what you earned');
    // The stand-in keeps the last list registered: the Russian one (registered with the English).
    const menu = sys.api.commands.get(BOT_TOKEN) as { command: string; description: string }[];
    expect(menu).toEqual(expect.arrayContaining([{ command: 'invoices', description: 'Ваши платежи' }, { command: 'referrals', description: 'Пригласить друзей' }]));
  });
});
