import { DEFAULT_PRICE_TABLE, offerById } from '@app/domain';
import type { Language, PriceTable } from '@app/domain';
import { withRetryAfter } from '@app/infrastructure';
import type { Logger, PaymentView, ReadModels } from '@app/infrastructure';
import { Composer, Markup } from 'telegraf';
import type { InlineKeyboardButton } from 'telegraf/types';
import type { BotContext } from '../context';
import { requireUser } from '../reply';
import { billingViewText, formatAmount, formatDate, tierName } from '@app/texts';
import type { BillingViewTextKey } from '@app/texts';

export interface InvoicesDeps {
  readModels: Pick<ReadModels, 'userPayments'>;
  logger: Logger;
  prices?: PriceTable;
  /** Payments per page (default 5). */
  pageSize?: number;
}

/**
 * /invoices: the user's own payments from the `payments` read model, newest first, a page at a
 * time. Pages are asked by offset from the user's own list (`inv:<offset>`), so a button names
 * no payment and cannot show anyone else's.
 */
export function invoicesFeature(deps: InvoicesDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const size = deps.pageSize ?? 5;
  const table = deps.prices ?? DEFAULT_PRICE_TABLE;

  /** A page from `offset`: one row more than shown tells whether there are older ones. */
  const page = async (userId: string, lang: Language, offset: number) => {
    const rows = await deps.readModels.userPayments(userId, { limit: size + 1, offset });
    const shown = rows.slice(0, size);
    if (shown.length === 0) return undefined;
    const lines = shown.flatMap((p, i) => paymentLines(lang, p, offset + i + 1, table));
    const onePage = offset === 0 && rows.length <= size;
    const title = onePage ? billingViewText(lang, 'invoicesTitleAll') : billingViewText(lang, 'invoicesTitle', { from: offset + 1, to: offset + shown.length });
    const text = [title, '', ...lines].join('\n');
    const links: InlineKeyboardButton[][] = shown.flatMap((p, i) => {
      const n = offset + i + 1;
      const row = [
        ...(p.hostedInvoiceUrl ? [Markup.button.url(billingViewText(lang, 'invoiceButton', { n }), p.hostedInvoiceUrl)] : []),
        ...(p.invoicePdf ? [Markup.button.url(billingViewText(lang, 'pdfButton', { n }), p.invoicePdf)] : []),
      ];
      return row.length > 0 ? [row] : [];
    });
    const paging = [
      ...(offset > 0 ? [Markup.button.callback(billingViewText(lang, 'newerButton'), `inv:${Math.max(0, offset - size)}`)] : []),
      ...(rows.length > size ? [Markup.button.callback(billingViewText(lang, 'olderButton'), `inv:${offset + size}`)] : []),
    ];
    const keyboard = [...links, ...(paging.length > 0 ? [paging] : [])];
    return { text, extra: keyboard.length > 0 ? Markup.inlineKeyboard(keyboard) : undefined };
  };

  feature.command('invoices', async (ctx) => {
    if (!requireUser(ctx, deps.logger)) return;
    const lang = ctx.account.lang;
    const shown = await page(ctx.account.userId, lang, 0);
    if (!shown) return withRetryAfter(() => ctx.reply(billingViewText(lang, 'invoicesEmpty')));
    return withRetryAfter(() => ctx.reply(shown.text, shown.extra));
  });

  feature.action(/^inv:(\d{1,6})$/, async (ctx) => {
    if (!requireUser(ctx, deps.logger)) return;
    const lang = ctx.account.lang;
    await ctx.answerCbQuery().catch(() => undefined);
    const shown = await page(ctx.account.userId, lang, Number(ctx.match[1]));
    if (!shown) return withRetryAfter(() => ctx.reply(billingViewText(lang, 'invoicesEmpty')));
    // The page replaces the one the button was on (pressed twice, it is already shown); a message
    // that can no longer be edited gets a new one.
    await withRetryAfter(() => ctx.editMessageText(shown.text, shown.extra)).catch((error: unknown) => {
      if (/message is not modified/.test(String((error as { description?: string }).description ?? error))) return;
      return withRetryAfter(() => ctx.reply(shown.text, shown.extra));
    });
  });

  return feature;
}

/** A payment's lines: what, when, how much and its status; a refunded amount; the Stars charge id for support. */
function paymentLines(lang: Language, p: PaymentView, n: number, table: PriceTable): string[] {
  const status = p.status === 'mismatch' ? mismatchText(lang, p.mismatchReason) : billingViewText(lang, `status.${p.status}` as BillingViewTextKey);
  const line = billingViewText(lang, 'invoiceLine', {
    n,
    date: formatDate(p.paidAt, lang, 'short'),
    what: whatWasBought(lang, p, table),
    amount: formatAmount(lang, p.amountMinor, p.currency),
    status,
  });
  const lines = [line];
  if (p.status === 'partially_refunded' && p.refundedMinor > 0) lines.push(billingViewText(lang, 'invoiceRefunded', { amount: formatAmount(lang, p.refundedMinor, p.currency) }));
  const charge = p.provider === 'stars' ? p.providerIds.telegramPaymentChargeId : undefined;
  if (charge) lines.push(billingViewText(lang, 'invoiceCharge', { charge }));
  return lines;
}

function mismatchText(lang: Language, reason: string | null): string {
  const known = reason === 'currency_mismatch' || reason === 'unknown_offer' ? reason : 'amount_mismatch';
  return billingViewText(lang, `mismatch.${known}`);
}

/** A pack's credits (as delivered; for a mismatch, as offered) or a plan's name. */
function whatWasBought(lang: Language, p: PaymentView, table: PriceTable): string {
  const offer = offerById(p.offerId, table);
  if (p.kind === 'subscription' || offer?.kind === 'subscription') {
    const tier = p.tier ?? (offer?.kind === 'subscription' ? offer.tier : undefined);
    if (tier) return billingViewText(lang, 'what.subscription', { tier: tierName(lang, tier) });
  }
  const credits = p.credits > 0 ? p.credits : offer?.kind === 'pack' ? offer.credits : 0;
  return credits > 0 ? billingViewText(lang, 'what.pack', { credits }) : billingViewText(lang, 'what.unknown');
}
