import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountIdOf } from '@app/application';
import { availableOf, creditLedger, creditsStream, subscription, subscriptionStream } from '@app/domain';
import { AGGREGATE_RUNNER, StarsPayments } from '@app/infrastructure';
import type { AggregateRunner } from '@app/infrastructure';
import type { LocalInvoice, StarsUpdate } from '@app/infrastructure/testing';
import { BOT_TOKEN, BotService, BotSystem, startBotSystem, TestUser } from '../../../../test/support/bot-harness';
import { packInvoice as packInvoiceOf, until } from '../../../../test/support/stars';
import { redeliverAndWait, waitUntilHandled } from '../../../../test/support/updates';

/**
 * Buying with Telegram Stars through the real bot on the local Bot API: the invoice comes from our
 * price table, the payment is made only after the bot's ok at pre-checkout, credits arrive once
 * however often Telegram delivers the payment, and renewals, cancellation and refunds move credits
 * and the plan as the provider reports them.
 */

let sys: BotSystem;
let runner: AggregateRunner;
let stars: StarsPayments;
const cardUrl = (userId: string, offerId: string) => `https://checkout.example.test/${offerId}?u=${userId.slice(0, 8)}`;

beforeAll(async () => {
  sys = await startBotSystem('bot_stars', { WELCOME_CREDITS: '0', BOT_RATE_LIMIT_PER_MINUTE: '1000' }, { bot: { cardCheckout: async (userId, offerId) => cardUrl(userId, offerId) } });
  runner = sys.bot.get(AGGREGATE_RUNNER);
  // The bot's own Bot API client: what an admin refund or a hand-made invoice would send.
  stars = new StarsPayments(sys.bot.get(BotService).bot!.telegram);
});
afterAll(async () => sys?.close());

const userIdOf = (telegramId: number) => accountIdOf({ channel: 'telegram', id: telegramId });
async function available(telegramId: number): Promise<number> {
  await sys.settle();
  return availableOf((await runner.state(creditLedger, creditsStream(userIdOf(telegramId)))).state);
}
const subscriptionState = async (telegramId: number) => (await runner.state(subscription, subscriptionStream(userIdOf(telegramId)))).state;


const packInvoice = (user: TestUser, credits: number) => packInvoiceOf(sys, user, credits);

async function payPack(user: TestUser, credits: number): Promise<{ chargeId: string; update: StarsUpdate }> {
  const invoice = await packInvoice(user, credits);
  const before = user.messages().length;
  const outcome = await sys.api.pay(BOT_TOKEN, { userId: user.telegramId }, invoice.messageId!);
  if (outcome.status !== 'paid') throw new Error(`payment not made: ${JSON.stringify(outcome)}`);
  await user.waitFor((m) => m.some((x) => /Thank you/.test(x.text)), { after: before });
  return outcome;
}

/** Hands the same successful_payment message to the bot again: once under its own update id, twice as new updates. */
async function redeliverThrice(update: StarsUpdate): Promise<void> {
  await redeliverAndWait(sys.api, update);
  for (let i = 0; i < 2; i++) {
    const again = sys.api.pushUpdate(BOT_TOKEN, { message: update.message });
    await waitUntilHandled(sys.api, again.update_id);
  }
}

describe('bot: buying credits with Telegram Stars', () => {
  it('/buy lists the packs from our price table with ⭐ Stars and 💳 card buttons', async () => {
    const user = await sys.registered(7101);
    await user.command('/buy');
    const [menu] = await user.waitFor((m) => m.some((x) => x.buttons.length > 0), { after: 1 });
    expect(menu!.text).toMatch(/• 50 credits: 150 Stars or \$2\.99\n• 150 credits: 350 Stars or \$6\.99\n• 500 credits: 1000 Stars or \$19\.99/);
    expect(menu!.buttons.filter((b) => b.data?.startsWith('buy:')).map((b) => b.text)).toEqual(['⭐ 50 · 150 Stars', '⭐ 150 · 350 Stars', '⭐ 500 · 1000 Stars']);
    expect(menu!.buttons.filter((b) => b.url).map((b) => b.url)).toEqual(['pack:50', 'pack:150', 'pack:500'].map((id) => cardUrl(userIdOf(7101), id)));
  });

  it('pack: invoice → pre-checkout ok → payment → the credits on the ledger, confirmed to the user', async () => {
    const user = await sys.registered(7102);
    const invoice = await packInvoice(user, 150);
    expect(invoice).toMatchObject({ currency: 'XTR', amount: 350, title: '150 credits' });
    const before = user.messages().length;
    const outcome = await sys.api.pay(BOT_TOKEN, { userId: 7102 }, invoice.messageId!);
    expect(outcome.status).toBe('paid');
    expect(sys.api.stars.preCheckoutAnswers.at(-1)).toMatchObject({ ok: true, inTime: true });
    const [thanks] = await user.waitFor((m) => m.some((x) => /Thank you/.test(x.text)), { after: before });
    expect(thanks!.text).toBe('Thank you! 150 credits were added. Available now: 150 credits.');
    expect(await available(7102)).toBe(150);
    expect(await sys.eventsOf(7102, 'PaymentSucceeded')).toBe(1);
  });

  it('the successful_payment update delivered three more times grants once and confirms once', async () => {
    const user = await sys.registered(7103);
    const { update } = await payPack(user, 50);
    const messages = user.messages().length;
    await redeliverThrice(update);
    expect(await available(7103)).toBe(50);
    expect(await sys.eventsOf(7103, 'PaymentSucceeded')).toBe(1);
    expect(await sys.eventsOf(7103, 'CreditsPurchased')).toBe(1);
    expect(user.messages().length).toBe(messages);
  });

  it('a pre-checkout answer after the deadline: no payment, no credits', async () => {
    const user = await sys.registered(7104);
    const invoice = await packInvoice(user, 50);
    const answers = sys.api.stars.preCheckoutAnswers.length;
    const charges = sys.api.stars.charges.size;
    const outcome = await sys.api.pay(BOT_TOKEN, { userId: 7104 }, invoice.messageId!, { answerWithinMs: 1 });
    expect(outcome.status).toBe('expired');
    // The bot did answer (ok), too late: the stand-in refused it, as Telegram does.
    const late = await until('the late answer', () => sys.api.stars.preCheckoutAnswers.slice(answers).at(0));
    expect(late).toMatchObject({ ok: true, inTime: false });
    expect(sys.api.stars.charges.size).toBe(charges);
    expect(await available(7104)).toBe(0);
    expect(await sys.eventsOf(7104, 'PaymentSucceeded')).toBe(0);
  });

  it('pre-checkout refuses an unknown or changed offer, a wrong amount, another user and an unregistered one, with the reason in the user’s language', async () => {
    await sys.registered(7105);
    await sys.registered(7106, 'ru');
    const refusal = async (telegramId: number, payload: string, amount: number) => {
      const message = await stars.sendInvoice(telegramId, { title: 'Credits', description: 'Credits', payload, stars: amount });
      const outcome = await sys.api.pay(BOT_TOKEN, { userId: telegramId }, message.message_id);
      return outcome.status === 'refused' ? outcome.errorMessage : outcome.status;
    };
    const uid = userIdOf(7105);
    expect(await refusal(7105, `s1:pack:77:100:${uid}`, 100)).toBe('This offer is no longer available. Please open /buy or /subscribe again.');
    expect(await refusal(7105, `s1:pack:150:300:${uid}`, 300)).toBe('The price of this offer has changed. Please open /buy or /subscribe again for the current price.');
    expect(await refusal(7105, `s1:pack:150:350:${uid}`, 1)).toBe('This payment does not match our price for the offer. Please open /buy or /subscribe again.');
    expect(await refusal(7105, 'pack:150', 350)).toBe('This offer is no longer available. Please open /buy or /subscribe again.');
    expect(await refusal(7106, `s1:pack:150:350:${uid}`, 350)).toBe('Этот счёт выставлен другому аккаунту. Откройте /buy или /subscribe сами.');
    expect(await refusal(7106, `s1:pack:150:300:${userIdOf(7106)}`, 300)).toBe('Цена этого предложения изменилась. Откройте /buy или /subscribe ещё раз, чтобы увидеть текущую.');
    // Someone who never sent /start (an invoice forwarded to them, say).
    expect(await refusal(7108, `s1:pack:50:150:${userIdOf(7108)}`, 150)).toBe('Please send /start first, then buy.');
    expect(await available(7105)).toBe(0);
    expect(await available(7106)).toBe(0);
    expect(await sys.eventsOf(7105, 'PaymentSucceeded')).toBe(0);
  });

  it('refund → refunded_payment → the credits taken back once', async () => {
    const user = await sys.registered(7107);
    const { chargeId } = await payPack(user, 150);
    expect(await available(7107)).toBe(150);
    const before = user.messages().length;
    await stars.refundStarPayment(7107, chargeId);
    const [refunded] = await user.waitFor((m) => m.some((x) => /refunded/.test(x.text)), { after: before });
    expect(refunded!.text).toBe('Your payment of 350 Stars was refunded; what it added is taken back from your balance.');
    expect(await available(7107)).toBe(0);
    await expect(stars.refundStarPayment(7107, chargeId)).rejects.toThrow(/CHARGE_ALREADY_REFUNDED/);
    // The refund message handed over again (a new update for the same charge) changes nothing.
    const messages = user.messages().length;
    const again = sys.api.pushUpdate(BOT_TOKEN, {
      message: { message_id: 1, from: { id: 7107, is_bot: false, first_name: 'x' }, chat: { id: 7107, type: 'private' }, date: Math.floor(Date.now() / 1000), refunded_payment: { currency: 'XTR', total_amount: 350, invoice_payload: 'x', telegram_payment_charge_id: chargeId } },
    });
    await waitUntilHandled(sys.api, again.update_id);
    expect(await available(7107)).toBe(0);
    expect(await sys.eventsOf(7107, 'CreditsRefunded')).toBe(1);
    expect(user.messages().length).toBe(messages);
  });
});

describe('bot: Stars subscriptions', () => {
  it('subscribe → allowance; renewal → allowance once more (re-delivered too); /billing cancel → canceled, no renewal', async () => {
    const user = await sys.registered(7201);
    await user.command('/subscribe');
    const [offer] = await user.waitFor((m) => m.some((x) => x.buttons.length > 0), { after: 1 });
    expect(offer!.text).toMatch(/• Basic: 200 credits a month, 250 Stars a month or \$4\.99\n• Pro: 1000 credits a month, 750 Stars a month or \$14\.99/);
    const basic = offer!.buttons.find((b) => b.text.startsWith('⭐ Basic'))!;
    expect(basic.text).toBe('⭐ Basic · 250 Stars / month');
    expect(offer!.buttons.filter((b) => b.text.startsWith('💳')).map((b) => b.url)).toEqual([cardUrl(userIdOf(7201), 'sub:basic'), cardUrl(userIdOf(7201), 'sub:pro')]);
    expect(sys.api.stars.invoice(BOT_TOKEN, basic.url!)).toMatchObject({ amount: 250, subscriptionPeriod: 2_592_000 });

    let before = user.messages().length;
    const paid = await sys.api.pay(BOT_TOKEN, { userId: 7201 }, basic.url!);
    if (paid.status !== 'paid') throw new Error(`not paid: ${JSON.stringify(paid)}`);
    const [started] = await user.waitFor((m) => m.some((x) => /Thank you/.test(x.text)), { after: before });
    expect(started!.text).toMatch(/^Thank you! Your Basic plan is on until \d+ \w+ \d{4}, with 200 credits added\. Available now: 200 credits\.$/);
    expect(await available(7201)).toBe(200);
    expect(await subscriptionState(7201)).toMatchObject({ status: 'active', tier: 'basic', provider: 'stars', subscriptionId: paid.chargeId });

    // A second plan while this one runs is refused at pre-checkout.
    const pro = offer!.buttons.find((b) => b.text.startsWith('⭐ Pro'))!;
    expect(await sys.api.pay(BOT_TOKEN, { userId: 7201 }, pro.url!)).toEqual({ status: 'refused', errorMessage: 'You already have a plan running. See /billing.' });

    before = user.messages().length;
    const renewed = sys.api.stars.renew(paid.chargeId);
    if (renewed.status !== 'renewed') throw new Error('not renewed');
    const [renewal] = await user.waitFor((m) => m.some((x) => /renewed/.test(x.text)), { after: before });
    expect(renewal!.text).toMatch(/^Your Basic plan renewed until .+: 200 credits added\. Available now: 400 credits\.$/);
    await redeliverThrice(renewed.update);
    expect(await available(7201)).toBe(400);
    expect(await sys.eventsOf(7201, 'SubscriptionRenewed')).toBe(1);

    before = user.messages().length;
    await user.command('/billing');
    const [billing] = await user.waitFor((m) => m.some((x) => x.buttons.some((b) => b.data === 'bill:cancel')), { after: before });
    expect(billing!.text).toMatch(/^Your plan: Basic, paid with Telegram Stars \(250 Stars a month\)\.\nRenews on /);
    const answers = sys.api.callbackAnswers.length;
    await user.click('bill:cancel');
    const answer = await until('the cancel answer', () => sys.api.callbackAnswers.slice(answers).find((a) => a.text));
    expect(answer.text).toMatch(/^Renewal canceled\. Your Basic plan stays until /);
    expect(sys.api.stars.subscriptions.get(paid.chargeId)!.canceled).toBe(true);
    expect(await subscriptionState(7201)).toMatchObject({ status: 'canceled', cancelAtPeriodEnd: true });
    // Telegram does not charge a canceled subscription again: nothing more is granted.
    expect(sys.api.stars.renew(paid.chargeId)).toEqual({ status: 'ended' });
    expect(await available(7201)).toBe(400);
  });

  it('/billing with no subscription says so', async () => {
    const user = await sys.registered(7202);
    await user.command('/billing');
    const [reply] = await user.waitFor((m) => m.length >= 1, { after: 1 });
    expect(reply!.text).toBe('You have no subscription. See /subscribe for the plans.');
  });
});
