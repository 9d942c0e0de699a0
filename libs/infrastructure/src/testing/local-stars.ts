import { randomBytes } from 'node:crypto';

/**
 * The Telegram Stars side of the local Bot API: invoices, the pre-checkout handshake, payments,
 * refunds, subscriptions and the bot's transaction list, kept in memory. `LocalBotApi` routes the
 * bot's Stars methods here and exposes the user-side controls (pay, renew, re-deliver).
 */

/** What LocalStars needs from the Bot API stand-in around it. */
export interface StarsHost {
  /** Stores a message from the bot in a chat (as sendMessage does) and returns it as the Bot API would. */
  addBotMessage(token: string, message: Record<string, unknown>): { message_id: number; date: number; chat: { id: number } } & Record<string, unknown>;
  /** Hands an update to the bot (polling or webhook), with a fresh update id; returns it as delivered. */
  pushUpdate(token: string, update: Record<string, unknown>): StarsUpdate;
  /** A fresh message id (they are shared with the chat's other messages). */
  nextMessageId(): number;
}

export type StarsUpdate = { update_id: number } & Record<string, unknown>;

export interface StarsUser {
  userId: number;
  firstName?: string;
  userName?: string;
  chatId?: number;
}

export interface LocalInvoice {
  token: string;
  title: string;
  description: string;
  payload: string;
  currency: string;
  amount: number;
  /** Set for subscription links (always 2592000). */
  subscriptionPeriod?: number;
  /** The invoice message (sendInvoice). */
  chatId?: number;
  messageId?: number;
  /** The invoice link (createInvoiceLink). */
  link?: string;
}

export interface LocalCharge {
  chargeId: string;
  token: string;
  userId: number;
  amount: number;
  payload: string;
  date: number;
  refunded: boolean;
  subscriptionPeriod?: number;
  /** The successful_payment update as first delivered, for re-delivery. */
  update: StarsUpdate;
}

export interface LocalSubscription {
  /** The charge id of its first payment. */
  id: string;
  token: string;
  user: StarsUser;
  invoice: LocalInvoice;
  /** Unix time the paid period ends. */
  expiresAt: number;
  /** Set by editUserStarSubscription: the subscription is not extended at the end of its period. */
  canceled: boolean;
  ended: boolean;
  chargeIds: string[];
}

export interface PreCheckoutAnswer {
  queryId: string;
  ok: boolean;
  errorMessage?: string;
  /** Milliseconds after the query was pushed to the bot. */
  afterMs: number;
  /** Whether it came before the deadline (a late answer is refused, as Telegram does). */
  inTime: boolean;
}

export type PayOutcome =
  | { status: 'paid'; chargeId: string; amount: number; update: StarsUpdate }
  /** The bot answered ok:false: the user sees its error message. */
  | { status: 'refused'; errorMessage: string }
  /** No ok answer before the deadline: Telegram cancels the payment. */
  | { status: 'expired' };

export type RenewOutcome = { status: 'renewed'; chargeId: string; update: StarsUpdate } | { status: 'ended' };

export interface StarsReply {
  status: number;
  body: { ok: true; result: unknown } | { ok: false; error_code: number; description: string };
}

/** The Bot API methods served here. */
export const STARS_METHODS = new Set([
  'sendInvoice',
  'createInvoiceLink',
  'answerPreCheckoutQuery',
  'refundStarPayment',
  'getStarTransactions',
  'editUserStarSubscription',
  'getMyStarBalance',
]);

export const DEFAULT_PRE_CHECKOUT_TIMEOUT_MS = 10_000;
const SUBSCRIPTION_PERIOD = 2_592_000;

const ok = (result: unknown): StarsReply => ({ status: 200, body: { ok: true, result } });
const bad = (description: string): StarsReply => ({ status: 400, body: { ok: false, error_code: 400, description: `Bad Request: ${description}` } });
const now = () => Math.floor(Date.now() / 1000);

interface PendingQuery {
  sentAt: number;
  deadline: number;
  answered: boolean;
  resolve: (answer: { ok: boolean; errorMessage?: string } | undefined) => void;
}

interface LedgerEntry {
  id: string;
  token: string;
  amount: number;
  date: number;
  direction: 'in' | 'out';
  user: StarsUser;
  payload: string;
  subscriptionPeriod?: number;
}

export class LocalStars {
  /** How long the bot has to answer a pre-checkout query (Telegram: 10 s); settable for tests. */
  preCheckoutTimeoutMs: number;
  readonly invoices: LocalInvoice[] = [];
  readonly charges = new Map<string, LocalCharge>();
  readonly subscriptions = new Map<string, LocalSubscription>();
  readonly preCheckoutAnswers: PreCheckoutAnswer[] = [];
  private readonly ledger: LedgerEntry[] = [];
  private readonly pending = new Map<string, PendingQuery>();
  private queryCounter = 0;

  constructor(
    private readonly host: StarsHost,
    options: { preCheckoutTimeoutMs?: number } = {},
  ) {
    this.preCheckoutTimeoutMs = options.preCheckoutTimeoutMs ?? DEFAULT_PRE_CHECKOUT_TIMEOUT_MS;
  }

  /** A bot's call of one of STARS_METHODS. */
  call(token: string, method: string, body: Record<string, unknown>): StarsReply {
    switch (method) {
      case 'sendInvoice':
      case 'createInvoiceLink':
        return this.createInvoice(token, method, body);
      case 'answerPreCheckoutQuery':
        return this.answerPreCheckoutQuery(body);
      case 'refundStarPayment':
        return this.refund(token, body);
      case 'getStarTransactions':
        return this.transactions(token, body);
      case 'editUserStarSubscription':
        return this.editSubscription(token, body);
      case 'getMyStarBalance':
        return ok({ amount: this.ledger.filter((e) => e.token === token).reduce((sum, e) => sum + (e.direction === 'in' ? e.amount : -e.amount), 0) });
      default:
        return bad(`method ${method} not found`);
    }
  }

  private createInvoice(token: string, method: string, body: Record<string, unknown>): StarsReply {
    const title = String(body.title ?? '');
    const description = String(body.description ?? '');
    const payload = String(body.payload ?? '');
    if (title.length < 1 || title.length > 32) return bad('INVOICE_TITLE_EMPTY');
    if (description.length < 1 || description.length > 255) return bad('INVOICE_DESCRIPTION_EMPTY');
    const payloadBytes = Buffer.byteLength(payload, 'utf8');
    if (payloadBytes < 1 || payloadBytes > 128) return bad('INVOICE_PAYLOAD_INVALID');
    if (body.currency !== 'XTR') return bad('CURRENCY_INVALID (only XTR is served by the local stand-in)');
    // Stars invoices carry an empty provider token (older Bot API versions had it omitted).
    if (body.provider_token !== undefined && body.provider_token !== '') return bad('PROVIDER_TOKEN_INVALID: must be empty for payments in Telegram Stars');
    const prices = parse(body.prices);
    if (!Array.isArray(prices) || prices.length !== 1) return bad('prices must contain exactly one item for payments in Telegram Stars');
    const amount = Number((prices[0] as { amount?: unknown }).amount);
    if (!Number.isSafeInteger(amount) || amount < 1) return bad('CURRENCY_TOTAL_AMOUNT_INVALID');
    const invoice: LocalInvoice = { token, title, description, payload, currency: 'XTR', amount };
    if (body.subscription_period !== undefined) {
      if (method !== 'createInvoiceLink') return bad('subscription_period is only supported by createInvoiceLink');
      if (Number(body.subscription_period) !== SUBSCRIPTION_PERIOD) return bad('SUBSCRIPTION_PERIOD_INVALID');
      invoice.subscriptionPeriod = SUBSCRIPTION_PERIOD;
    }
    this.invoices.push(invoice);
    if (method === 'createInvoiceLink') {
      invoice.link = `https://t.me/$${randomBytes(9).toString('base64url')}`;
      return ok(invoice.link);
    }
    const chatId = Number(body.chat_id);
    if (!Number.isSafeInteger(chatId)) return bad('chat not found');
    const markup = parse(body.reply_markup);
    const message = this.host.addBotMessage(token, {
      chat_id: chatId,
      invoice: { title, description, start_parameter: String(body.start_parameter ?? ''), currency: 'XTR', total_amount: amount },
      // Telegram's default keyboard for an invoice is its one pay button.
      reply_markup: markup ?? { inline_keyboard: [[{ text: `Pay ⭐${amount}`, pay: true }]] },
    });
    invoice.chatId = chatId;
    invoice.messageId = message.message_id;
    return ok(message);
  }

  /** The invoice a sendInvoice message shows, or behind an invoice link. */
  invoice(token: string, ref: number | string): LocalInvoice | undefined {
    return this.invoices.find((i) => i.token === token && (typeof ref === 'number' ? i.messageId === ref : i.link === ref));
  }

  /**
   * The user pays an invoice: the bot gets a `pre_checkout_query` and must answer ok within the
   * deadline (Telegram's 10 s); only then is the payment made and `successful_payment` delivered.
   */
  async pay(token: string, user: StarsUser, ref: number | string, options: { answerWithinMs?: number } = {}): Promise<PayOutcome> {
    const invoice = this.invoice(token, ref);
    if (!invoice) throw new Error(`no invoice ${typeof ref === 'number' ? `message ${ref}` : ref} for this bot`);
    if (invoice.subscriptionPeriod) {
      const active = [...this.subscriptions.values()].find((s) => s.invoice === invoice && s.user.userId === user.userId && !s.ended);
      if (active) return { status: 'refused', errorMessage: 'You are already subscribed' };
    }
    const timeout = options.answerWithinMs ?? this.preCheckoutTimeoutMs;
    const queryId = `${Date.now()}${String(++this.queryCounter).padStart(6, '0')}`;
    const answer = new Promise<{ ok: boolean; errorMessage?: string } | undefined>((resolve) => {
      const sentAt = performance.now();
      const query: PendingQuery = { sentAt, deadline: sentAt + timeout, answered: false, resolve };
      this.pending.set(queryId, query);
      setTimeout(() => {
        if (!query.answered) resolve(undefined);
      }, timeout).unref?.();
    });
    this.host.pushUpdate(token, {
      pre_checkout_query: { id: queryId, from: userObject(user), currency: invoice.currency, total_amount: invoice.amount, invoice_payload: invoice.payload },
    });
    const answered = await answer;
    if (!answered) return { status: 'expired' };
    if (!answered.ok) return { status: 'refused', errorMessage: answered.errorMessage ?? '' };

    const chargeId = newChargeId();
    const date = now();
    let subscription: Partial<Record<'subscription_expiration_date' | 'is_recurring' | 'is_first_recurring', unknown>> = {};
    if (invoice.subscriptionPeriod) {
      const record: LocalSubscription = { id: chargeId, token, user, invoice, expiresAt: date + invoice.subscriptionPeriod, canceled: false, ended: false, chargeIds: [chargeId] };
      this.subscriptions.set(chargeId, record);
      subscription = { subscription_expiration_date: record.expiresAt, is_recurring: true, is_first_recurring: true };
    }
    const update = this.charge(token, user, invoice, chargeId, date, subscription);
    return { status: 'paid', chargeId, amount: invoice.amount, update };
  }

  /**
   * A Stars subscription reaches the end of its period: a canceled one ends, an active one is
   * charged again (no pre-checkout, as Telegram does) and delivered with `is_recurring`.
   */
  renew(subscriptionOrChargeId: string): RenewOutcome {
    const subscription = this.subscriptionOf(subscriptionOrChargeId);
    if (!subscription) throw new Error(`no subscription with charge ${subscriptionOrChargeId}`);
    if (subscription.ended) throw new Error(`subscription ${subscription.id} has ended`);
    if (subscription.canceled) {
      subscription.ended = true;
      return { status: 'ended' };
    }
    const chargeId = newChargeId();
    subscription.expiresAt += subscription.invoice.subscriptionPeriod!;
    subscription.chargeIds.push(chargeId);
    const update = this.charge(subscription.token, subscription.user, subscription.invoice, chargeId, now(), {
      subscription_expiration_date: subscription.expiresAt,
      is_recurring: true,
    });
    return { status: 'renewed', chargeId, update };
  }

  /** The `successful_payment` update of a charge, to hand it to the bot again. */
  paymentUpdate(chargeId: string): StarsUpdate {
    const charge = this.charges.get(chargeId);
    if (!charge) throw new Error(`no charge ${chargeId}`);
    return charge.update;
  }

  private subscriptionOf(chargeId: string): LocalSubscription | undefined {
    return this.subscriptions.get(chargeId) ?? [...this.subscriptions.values()].find((s) => s.chargeIds.includes(chargeId));
  }

  private charge(token: string, user: StarsUser, invoice: LocalInvoice, chargeId: string, date: number, extra: Record<string, unknown>): StarsUpdate {
    const update = this.host.pushUpdate(token, {
      message: {
        message_id: this.host.nextMessageId(),
        from: userObject(user),
        chat: chatObject(user),
        date,
        successful_payment: {
          currency: invoice.currency,
          total_amount: invoice.amount,
          invoice_payload: invoice.payload,
          telegram_payment_charge_id: chargeId,
          provider_payment_charge_id: '',
          ...extra,
        },
      },
    });
    this.charges.set(chargeId, {
      chargeId,
      token,
      userId: user.userId,
      amount: invoice.amount,
      payload: invoice.payload,
      date,
      refunded: false,
      ...(invoice.subscriptionPeriod ? { subscriptionPeriod: invoice.subscriptionPeriod } : {}),
      update,
    });
    this.ledger.push({
      id: chargeId,
      token,
      amount: invoice.amount,
      date,
      direction: 'in',
      user,
      payload: invoice.payload,
      ...(invoice.subscriptionPeriod ? { subscriptionPeriod: invoice.subscriptionPeriod } : {}),
    });
    return update;
  }

  private answerPreCheckoutQuery(body: Record<string, unknown>): StarsReply {
    const queryId = String(body.pre_checkout_query_id ?? '');
    const query = this.pending.get(queryId);
    if (!query) return bad('QUERY_ID_INVALID');
    const isOk = body.ok === true || body.ok === 'true';
    const errorMessage = body.error_message === undefined ? undefined : String(body.error_message);
    if (!isOk && !errorMessage) return bad('error_message must be non-empty when ok is false');
    const at = performance.now();
    const inTime = !query.answered && at <= query.deadline;
    this.preCheckoutAnswers.push({ queryId, ok: isOk, ...(errorMessage !== undefined ? { errorMessage } : {}), afterMs: Math.round(at - query.sentAt), inTime });
    if (!inTime) return bad('query is too old and response timeout expired or query ID is invalid');
    query.answered = true;
    query.resolve({ ok: isOk, ...(errorMessage !== undefined ? { errorMessage } : {}) });
    return ok(true);
  }

  private refund(token: string, body: Record<string, unknown>): StarsReply {
    const chargeId = String(body.telegram_payment_charge_id ?? '');
    if (!chargeId) return bad('CHARGE_ID_EMPTY');
    const charge = this.charges.get(chargeId);
    // (Telegram's text for an unknown charge is not documented; this one names the case.)
    if (!charge || charge.token !== token) return bad('CHARGE_NOT_FOUND');
    if (Number(body.user_id) !== charge.userId) return bad('USER_ID_INVALID');
    if (charge.refunded) return bad('CHARGE_ALREADY_REFUNDED');
    charge.refunded = true;
    const original = charge.update.message as { from: Record<string, unknown>; chat: Record<string, unknown> };
    const user = this.ledger.find((e) => e.id === chargeId && e.direction === 'in')!.user;
    this.ledger.push({ id: chargeId, token, amount: charge.amount, date: now(), direction: 'out', user, payload: charge.payload });
    this.host.pushUpdate(token, {
      message: {
        message_id: this.host.nextMessageId(),
        from: original.from,
        chat: original.chat,
        date: now(),
        refunded_payment: { currency: 'XTR', total_amount: charge.amount, invoice_payload: charge.payload, telegram_payment_charge_id: chargeId },
      },
    });
    return ok(true);
  }

  private transactions(token: string, body: Record<string, unknown>): StarsReply {
    const offset = body.offset === undefined ? 0 : Number(body.offset);
    const limit = body.limit === undefined ? 100 : Number(body.limit);
    if (!Number.isSafeInteger(offset) || offset < 0) return bad('offset must be a non-negative integer');
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > 100) return bad('limit must be between 1 and 100');
    const transactions = this.ledger
      .filter((e) => e.token === token)
      .slice(offset, offset + limit)
      .map((e) => {
        const partner = {
          type: 'user',
          user: userObject(e.user),
          ...(e.direction === 'in' ? { invoice_payload: e.payload } : {}),
          ...(e.subscriptionPeriod ? { subscription_period: e.subscriptionPeriod } : {}),
        };
        return { id: e.id, amount: e.amount, date: e.date, ...(e.direction === 'in' ? { source: partner } : { receiver: partner }) };
      });
    return ok({ transactions });
  }

  private editSubscription(token: string, body: Record<string, unknown>): StarsReply {
    const chargeId = String(body.telegram_payment_charge_id ?? '');
    if (!chargeId) return bad('CHARGE_ID_EMPTY');
    const subscription = this.subscriptionOf(chargeId);
    if (!subscription || subscription.token !== token) return bad('SUBSCRIPTION_NOT_FOUND');
    if (Number(body.user_id) !== subscription.user.userId) return bad('USER_ID_INVALID');
    if (subscription.ended) return bad('SUBSCRIPTION_EXPIRED');
    if (body.is_canceled === undefined) return bad('is_canceled is required');
    subscription.canceled = body.is_canceled === true || body.is_canceled === 'true';
    return ok(true);
  }
}

function newChargeId(): string {
  return `stxlocal${randomBytes(12).toString('hex')}`;
}

function userObject(user: StarsUser): Record<string, unknown> {
  return { id: user.userId, is_bot: false, first_name: user.firstName ?? 'Test', username: user.userName ?? `user${user.userId}` };
}

function chatObject(user: StarsUser): Record<string, unknown> {
  return { id: user.chatId ?? user.userId, type: 'private', first_name: user.firstName ?? 'Test', username: user.userName ?? `user${user.userId}` };
}

function parse(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
