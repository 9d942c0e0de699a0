import { setStarsRenewal, starsInvoiceOf, starsSubscriptionView, subscriptionOf } from '@app/application';
import type { StarsSubscriptionView } from '@app/application';
import { DEFAULT_PRICE_TABLE, offerById } from '@app/domain';
import type { Language, Offer, PriceTable } from '@app/domain';
import { StarsPayments, withRetryAfter } from '@app/infrastructure';
import type { AggregateRunner, Commands, Logger } from '@app/infrastructure';
import { Composer, Markup } from 'telegraf';
import type { InlineKeyboardButton } from 'telegraf/types';
import type { BotContext } from '../context';
import { requireUser } from '../reply';
import { formatUsd, paymentText, planDate, t, tierName } from '@app/texts';

export interface BuyDeps {
  commands: Commands;
  runner: AggregateRunner;
  logger: Logger;
  prices?: PriceTable;
  /** A card checkout (Stripe) for an offer: the URL the 💳 button opens. Absent, only Stars are offered. */
  cardCheckout?: (userId: string, offerId: string) => Promise<string>;
  /** Where a card subscription is managed (Stripe's Customer Portal), for /billing. */
  cardPortal?: (userId: string) => Promise<string>;
}

/**
 * /buy (credit packs), /subscribe (monthly plans) and /billing (the user's subscription, with
 * cancel / re-enable for Stars). Prices come from our price table; a pack's ⭐ button sends its
 * Stars invoice, a plan's is a Stars subscription link; 💳 buttons appear when a card checkout is
 * configured.
 */
export function buyFeature(deps: BuyDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const table = deps.prices ?? DEFAULT_PRICE_TABLE;

  /** The card checkout URLs of these offers (an offer whose URL could not be made gets no 💳 button). */
  const cardUrls = async (userId: string, offers: readonly Offer[]): Promise<(string | undefined)[]> => {
    const checkout = deps.cardCheckout;
    if (!checkout) return offers.map(() => undefined);
    return Promise.all(
      offers.map((offer) =>
        checkout(userId, offer.id).catch((error: unknown) => {
          deps.logger.warn({ err: error, offer: offer.id }, 'card checkout link not made');
          return undefined;
        }),
      ),
    );
  };

  feature.command('buy', async (ctx) => {
    if (!requireUser(ctx, deps.logger)) return;
    const lang = ctx.account.lang;
    const urls = await cardUrls(ctx.account.userId, table.packs);
    const card = urls.some(Boolean);
    const packs = table.packs
      .map((p) => paymentText(lang, 'packLine', { credits: p.credits, stars: p.prices.XTR, usd: card ? paymentText(lang, 'packLineUsd', { usd: formatUsd(lang, p.prices.USD) }) : '' }))
      .join('\n');
    const rows: InlineKeyboardButton[][] = table.packs.map((p, i) => [
      Markup.button.callback(paymentText(lang, 'packStarsButton', { credits: p.credits, stars: p.prices.XTR }), `buy:${p.id}`),
      ...(urls[i] ? [Markup.button.url(paymentText(lang, 'packCardButton', { credits: p.credits, usd: formatUsd(lang, p.prices.USD) }), urls[i]!)] : []),
    ]);
    const text = paymentText(lang, 'buyIntro', { packs, card: card ? paymentText(lang, 'buyCard') : '' });
    await withRetryAfter(() => ctx.reply(text, Markup.inlineKeyboard(rows)));
  });

  feature.action(/^buy:(pack:\d+)$/, async (ctx) => {
    if (!requireUser(ctx, deps.logger)) return;
    const lang = ctx.account.lang;
    const offer = offerById(ctx.match[1]!, table);
    if (!offer || offer.kind !== 'pack' || !ctx.chat) {
      await ctx.answerCbQuery(t(lang, 'buttonExpired')).catch(() => undefined);
      return;
    }
    const invoice = starsInvoiceOf(offer, ctx.account.userId, {
      title: paymentText(lang, 'packTitle', { credits: offer.credits }),
      description: paymentText(lang, 'packDescription', { credits: offer.credits }),
    });
    await ctx.answerCbQuery().catch(() => undefined);
    const chatId = ctx.chat.id;
    await withRetryAfter(() => new StarsPayments(ctx.telegram).sendInvoice(chatId, invoice));
  });

  feature.command('subscribe', async (ctx) => {
    if (!requireUser(ctx, deps.logger)) return;
    const lang = ctx.account.lang;
    const userId = ctx.account.userId;
    const state = await subscriptionOf(deps, userId);
    if ((state.status === 'active' || state.status === 'past_due') && state.tier && state.periodEnd) {
      return withRetryAfter(() => ctx.reply(paymentText(lang, 'alreadySubscribed', { tier: tierName(lang, state.tier!), date: planDate(lang, state.periodEnd!) })));
    }
    const stars = new StarsPayments(ctx.telegram);
    const [links, urls] = await Promise.all([
      Promise.all(
        table.plans.map((plan) => {
          const words = {
            title: paymentText(lang, 'planTitle', { tier: tierName(lang, plan.tier) }),
            description: paymentText(lang, 'planDescription', { allowance: plan.allowance }),
          };
          return withRetryAfter(() => stars.createInvoiceLink(starsInvoiceOf(plan, userId, words), { subscription: true }));
        }),
      ),
      cardUrls(userId, table.plans),
    ]);
    const card = urls.some(Boolean);
    const plans = table.plans
      .map((plan) =>
        paymentText(lang, 'planLine', {
          tier: tierName(lang, plan.tier),
          allowance: plan.allowance,
          stars: plan.prices.XTR,
          usd: card ? paymentText(lang, 'packLineUsd', { usd: formatUsd(lang, plan.prices.USD) }) : '',
        }),
      )
      .join('\n');
    const rows: InlineKeyboardButton[][] = table.plans.map((plan, i) => [
      Markup.button.url(paymentText(lang, 'planStarsButton', { tier: tierName(lang, plan.tier), stars: plan.prices.XTR }), links[i]!),
      ...(urls[i] ? [Markup.button.url(paymentText(lang, 'planCardButton', { tier: tierName(lang, plan.tier), usd: formatUsd(lang, plan.prices.USD) }), urls[i]!)] : []),
    ]);
    await withRetryAfter(() => ctx.reply(paymentText(lang, 'subscribeIntro', { plans, card: card ? paymentText(lang, 'buyCard') : '' }), Markup.inlineKeyboard(rows)));
  });

  feature.command('billing', async (ctx) => {
    if (!requireUser(ctx, deps.logger)) return;
    const lang = ctx.account.lang;
    const state = await subscriptionOf(deps, ctx.account.userId);
    const view = starsSubscriptionView(state);
    if (view) return withRetryAfter(() => ctx.reply(billingText(lang, view, table), billingKeyboard(lang, view)));
    if (state.provider === 'stripe' && state.tier && (state.status === 'active' || state.status === 'past_due' || state.status === 'canceled')) {
      const portal = await deps.cardPortal?.(ctx.account.userId).catch((error: unknown) => void deps.logger.warn({ err: error }, 'portal link not made'));
      return withRetryAfter(() => ctx.reply(paymentText(lang, 'billingCard', { tier: tierName(lang, state.tier!) }), portal ? Markup.inlineKeyboard([[Markup.button.url('💳', portal)]]) : undefined));
    }
    return withRetryAfter(() => ctx.reply(paymentText(lang, 'billingNone')));
  });

  feature.action(/^bill:(cancel|resume)$/, async (ctx) => {
    if (!requireUser(ctx, deps.logger)) return;
    const lang = ctx.account.lang;
    const cancel = ctx.match[1] === 'cancel';
    const telegramId = ctx.from!.id;
    const stars = new StarsPayments(ctx.telegram);
    const view = await setStarsRenewal(
      deps,
      { userId: ctx.account.userId, cancel, requestId: ctx.callbackQuery.id, edit: (subscriptionId, canceled) => stars.editUserStarSubscription(telegramId, subscriptionId, canceled) },
      { actor: { kind: 'user', id: ctx.account.userId } },
    );
    if (!view) {
      await ctx.answerCbQuery(paymentText(lang, 'billingNone')).catch(() => undefined);
      return;
    }
    const values = { tier: tierName(lang, view.tier), date: planDate(lang, view.periodEnd) };
    await ctx.answerCbQuery(paymentText(lang, view.canceled ? 'renewalCanceled' : 'renewalResumed', values)).catch(() => undefined);
    await withRetryAfter(() => ctx.editMessageText(billingText(lang, view, table), billingKeyboard(lang, view))).catch(() => undefined);
  });

  return feature;
}

function billingText(lang: Language, view: StarsSubscriptionView, table: PriceTable): string {
  const stars = table.plans.find((p) => p.tier === view.tier)?.prices.XTR ?? 0;
  const values = { tier: tierName(lang, view.tier), date: planDate(lang, view.periodEnd), stars };
  return paymentText(lang, view.canceled ? 'billingCanceled' : 'billingActive', values);
}

function billingKeyboard(lang: Language, view: StarsSubscriptionView) {
  return Markup.inlineKeyboard([[view.canceled ? Markup.button.callback(paymentText(lang, 'resumeButton'), 'bill:resume') : Markup.button.callback(paymentText(lang, 'cancelButton'), 'bill:cancel')]]);
}
