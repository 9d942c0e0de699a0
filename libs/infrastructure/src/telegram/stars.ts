/**
 * Telegram Stars over telegraf: the methods and fields telegraf 4.16's types (@telegraf/types 7.1)
 * lack, typed here once. telegraf sends and receives all of it at runtime; only its typings are
 * behind, so every call goes through `callApi` with the casts kept in this file.
 */

/** Telegram's currency code for Stars. */
export const STARS_CURRENCY = 'XTR';
/** The only subscription period Telegram accepts (30 days, in seconds). */
export const STARS_SUBSCRIPTION_PERIOD = 2_592_000;

/** What a Stars invoice offers: Telegram's limits are checked before anything is sent. */
export interface StarsOffer {
  /** 1–32 characters. */
  title: string;
  /** 1–255 characters. */
  description: string;
  /** 1–128 bytes; ours (an order or command id), handed back in pre-checkout and payment. */
  payload: string;
  /** Whole Stars, a positive integer. */
  stars: number;
  /** The label of the one price line (default: the title). */
  label?: string;
  photoUrl?: string;
}

export interface StarsInvoiceOptions {
  /** A keyboard whose first button must be a `pay: true` button, as Telegram requires. */
  reply_markup?: { inline_keyboard: ({ text: string; pay: true } | { text: string; callback_data: string } | { text: string; url: string })[][] };
  message_thread_id?: number;
}

/** The `pre_checkout_query` update field. */
export interface StarsPreCheckoutQuery {
  id: string;
  from: { id: number; is_bot?: boolean; first_name?: string; username?: string; language_code?: string };
  currency: string;
  total_amount: number;
  invoice_payload: string;
  shipping_option_id?: string;
}

/** `message.successful_payment`, with the subscription fields of newer Bot API versions. */
export interface StarsSuccessfulPayment {
  currency: string;
  total_amount: number;
  invoice_payload: string;
  /** The refund key; also the id of the matching StarTransaction. */
  telegram_payment_charge_id: string;
  provider_payment_charge_id: string;
  /** Unix time the paid subscription period ends. */
  subscription_expiration_date?: number;
  /** True for a subscription payment (the first one and each renewal). */
  is_recurring?: true;
  /** True for the first payment of a subscription. */
  is_first_recurring?: true;
}

/** `message.refunded_payment`: a Stars payment was refunded (by us or by Telegram). */
export interface StarsRefundedPayment {
  currency: string;
  total_amount: number;
  invoice_payload: string;
  telegram_payment_charge_id: string;
  provider_payment_charge_id?: string;
}

export interface StarsTransactionPartnerUser {
  type: 'user';
  user: { id: number; is_bot?: boolean; first_name?: string; username?: string };
  invoice_payload?: string;
  subscription_period?: number;
}

export type StarsTransactionPartner = StarsTransactionPartnerUser | { type: string; [field: string]: unknown };

export interface StarsTransaction {
  /** The charge id; a refund carries the id of the payment it refunds. */
  id: string;
  amount: number;
  date: number;
  /** Set for incoming transactions (payments). */
  source?: StarsTransactionPartner;
  /** Set for outgoing transactions (refunds). */
  receiver?: StarsTransactionPartner;
}

export interface StarsMessageRef {
  message_id: number;
  chat: { id: number };
  date: number;
  invoice?: { title: string; description: string; start_parameter: string; currency: string; total_amount: number };
}

/** What of telegraf's `Telegram` (or `ctx.telegram`) the adapter uses. */
export interface CallApi {
  callApi(method: never, payload: never): Promise<unknown>;
}

/** The one typed way the bot calls Telegram's Stars methods. */
export class StarsPayments {
  constructor(private readonly telegram: CallApi) {}

  /** Sends a Stars invoice into a chat (currency XTR, empty provider token, exactly one price). */
  async sendInvoice(chatId: number, offer: StarsOffer, options: StarsInvoiceOptions = {}): Promise<StarsMessageRef> {
    return this.call<StarsMessageRef>('sendInvoice', { chat_id: chatId, ...invoiceFields(offer), ...options });
  }

  /**
   * A link to a Stars invoice (`https://t.me/$…`); with `subscription` the link starts a 30-day
   * Stars subscription whose renewals arrive as payments with `is_recurring`.
   */
  async createInvoiceLink(offer: StarsOffer, options: { subscription?: boolean } = {}): Promise<string> {
    return this.call<string>('createInvoiceLink', {
      ...invoiceFields(offer),
      ...(options.subscription ? { subscription_period: STARS_SUBSCRIPTION_PERIOD } : {}),
    });
  }

  /** Must reach Telegram within 10 s of the query; `errorMessage` is what the user sees on refusal. */
  answerPreCheckoutQuery(queryId: string, ok: true): Promise<true>;
  answerPreCheckoutQuery(queryId: string, ok: false, errorMessage: string): Promise<true>;
  async answerPreCheckoutQuery(queryId: string, ok: boolean, errorMessage?: string): Promise<true> {
    if (!ok && !errorMessage) throw new RangeError('a refused pre-checkout query needs an error message for the user');
    return this.call<true>('answerPreCheckoutQuery', { pre_checkout_query_id: queryId, ok, ...(ok ? {} : { error_message: errorMessage }) });
  }

  /** Refunds a Stars payment; a repeat fails with Telegram's `CHARGE_ALREADY_REFUNDED`. */
  refundStarPayment(userId: number, chargeId: string): Promise<true> {
    return this.call<true>('refundStarPayment', { user_id: userId, telegram_payment_charge_id: chargeId });
  }

  /** The bot's Stars transactions in chronological order; `limit` 1–100. */
  async getStarTransactions(offset = 0, limit = 100): Promise<StarsTransaction[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new RangeError('limit must be 1–100');
    const result = await this.call<{ transactions: StarsTransaction[] }>('getStarTransactions', { offset, limit });
    return result.transactions;
  }

  /** Cancels (`true`) or re-enables (`false`) the extension of a user's Stars subscription. */
  editUserStarSubscription(userId: number, chargeId: string, isCanceled: boolean): Promise<true> {
    return this.call<true>('editUserStarSubscription', { user_id: userId, telegram_payment_charge_id: chargeId, is_canceled: isCanceled });
  }

  async getMyStarBalance(): Promise<number> {
    return (await this.call<{ amount: number }>('getMyStarBalance', {})).amount;
  }

  private call<T>(method: string, payload: Record<string, unknown>): Promise<T> {
    return this.telegram.callApi(method as never, payload as never) as Promise<T>;
  }
}

function invoiceFields(offer: StarsOffer): Record<string, unknown> {
  const { title, description, payload, stars } = offer;
  if (title.length < 1 || title.length > 32) throw new RangeError('invoice title must be 1–32 characters');
  if (description.length < 1 || description.length > 255) throw new RangeError('invoice description must be 1–255 characters');
  const payloadBytes = Buffer.byteLength(payload, 'utf8');
  if (payloadBytes < 1 || payloadBytes > 128) throw new RangeError('invoice payload must be 1–128 bytes');
  if (!Number.isSafeInteger(stars) || stars < 1) throw new RangeError('a Stars price is a positive whole number of Stars');
  return {
    title,
    description,
    payload,
    provider_token: '',
    currency: STARS_CURRENCY,
    prices: [{ label: offer.label ?? title, amount: stars }],
    ...(offer.photoUrl ? { photo_url: offer.photoUrl } : {}),
  };
}

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null;

/** The pre-checkout query in an update (`ctx.update`), if it is one. */
export function preCheckoutQueryOf(update: unknown): StarsPreCheckoutQuery | undefined {
  const query = isObj(update) ? update.pre_checkout_query : undefined;
  if (!isObj(query) || typeof query.id !== 'string' || !isObj(query.from) || typeof query.from.id !== 'number') return undefined;
  if (typeof query.currency !== 'string' || typeof query.total_amount !== 'number' || typeof query.invoice_payload !== 'string') return undefined;
  return query as unknown as StarsPreCheckoutQuery;
}

export interface StarsPaymentMessage<P> {
  payment: P;
  /** The payer. */
  userId: number;
  chatId: number;
  messageId: number;
  updateId?: number;
}

function paymentMessageOf<P>(update: unknown, field: string): StarsPaymentMessage<P> | undefined {
  const message = isObj(update) ? update.message : undefined;
  if (!isObj(message)) return undefined;
  const payment = message[field];
  if (!isObj(payment) || typeof payment.telegram_payment_charge_id !== 'string' || typeof payment.total_amount !== 'number') return undefined;
  if (typeof payment.currency !== 'string' || typeof payment.invoice_payload !== 'string') return undefined;
  const from = isObj(message.from) && typeof message.from.id === 'number' ? message.from.id : undefined;
  const chat = isObj(message.chat) && typeof message.chat.id === 'number' ? message.chat.id : undefined;
  if (from === undefined || chat === undefined) return undefined;
  const updateId = isObj(update) && typeof update.update_id === 'number' ? update.update_id : undefined;
  return { payment: payment as P, userId: from, chatId: chat, messageId: Number(message.message_id), ...(updateId !== undefined ? { updateId } : {}) };
}

/** The successful payment in an update (`ctx.update`), if it is one. */
export function successfulPaymentOf(update: unknown): StarsPaymentMessage<StarsSuccessfulPayment> | undefined {
  return paymentMessageOf<StarsSuccessfulPayment>(update, 'successful_payment');
}

/** The refunded payment in an update (`ctx.update`), if it is one. */
export function refundedPaymentOf(update: unknown): StarsPaymentMessage<StarsRefundedPayment> | undefined {
  return paymentMessageOf<StarsRefundedPayment>(update, 'refunded_payment');
}
