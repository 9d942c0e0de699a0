import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import Stripe from 'stripe';
import { STRIPE_API_VERSION } from '../stripe/stripe-client';

/**
 * A stateful local Stripe for tests and local mode, spoken to by the official SDK over HTTP
 * (`createStripe({ baseUrl: localStripe.url })`). It keeps the objects payments touch — customers,
 * Checkout Sessions, subscriptions, invoices and their payments, PaymentIntents and charges,
 * refunds, disputes, events, test clocks — in the shapes of the pinned API version; honours
 * Idempotency-Key; answers with Stripe's error shape and a `request-id`; serves small hosted
 * Checkout, Portal and invoice pages; and sends signed webhooks that can be duplicated, held,
 * shuffled, delivered late and retried. Test controls are methods here and `/__control/…` routes.
 */

type Obj = Record<string, any>;
type Params = Record<string, any>;

export type TestCard = 'success' | 'declined' | 'renewals_fail' | 'dispute';
/** Stripe's test card numbers and what this stand-in does with them. */
export const TEST_CARDS: Record<string, TestCard> = {
  '4242424242424242': 'success',
  '4000000000000002': 'declined',
  '4000000000000341': 'renewals_fail',
  '4000000000000259': 'dispute',
};

export type LocalStripeFault =
  /** Applies the call, stores its response under the idempotency key, then answers 500 (a lost reply). */
  | 'error_after_apply'
  /** Answers 500 without applying. */
  | 'error'
  /** Answers 429 rate_limit without applying. */
  | 'rate_limit';

export interface LocalStripeOptions {
  /** Where webhooks go (also settable later with `setWebhook`). */
  webhookUrl?: string;
  /** The endpoint's signing secret (`whsec_…`); default a random one, see `webhookSecret`. */
  webhookSecret?: string;
  /** Webhook attempts per event before giving up (default 4, like a short version of Stripe's 3 days). */
  maxDeliveryAttempts?: number;
  /** Backoff before retry n (ms), default 50, 100, 200…; bounded at 1 s. */
  retryBaseMs?: number;
  /** Recurring prices the portal offers for a plan switch, with a label. */
  portalPlans?: { price: string; label: string }[];
  /** Prices known up front (ids as in a Dashboard), e.g. price_basic. */
  prices?: { id: string; unit_amount: number; currency: string; product: string; recurring?: boolean; nickname?: string }[];
  /** Port on 127.0.0.1; default 0 (any free one). Local mode may want a fixed one for bookmarked pages. */
  port?: number;
}

export interface Delivery {
  eventId: string;
  type: string;
  attempt: number;
  status: number;
  at: number;
}

interface Route {
  method: string;
  pattern: RegExp;
  op: string;
  handler: (params: Params, match: string[], ctx: RequestContext) => Obj | Promise<Obj>;
}

interface RequestContext {
  requestId: string;
  idempotencyKey?: string;
}

class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly code?: string,
    readonly param?: string,
  ) {
    super(message);
  }
}

const PREFIX = {
  customer: 'cus',
  session: 'cs_test',
  portal: 'bps',
  subscription: 'sub',
  item: 'si',
  invoice: 'in',
  invoicePayment: 'inpay',
  paymentIntent: 'pi',
  charge: 'ch',
  refund: 're',
  dispute: 'dp',
  event: 'evt',
  clock: 'clock',
  price: 'price',
  product: 'prod',
  request: 'req',
  paymentMethod: 'pm',
} as const;

const DAY = 86_400;

export class LocalStripe {
  url = '';
  readonly webhookSecret: string;
  /** Every webhook attempt, in order. */
  readonly deliveries: Delivery[] = [];
  /** Emits `delivery` (Delivery) after each attempt and `idle` when the webhook queue drains. */
  readonly emitter = new EventEmitter().setMaxListeners(0);
  /** Stripe-Version headers seen, to assert the client pins the version. */
  readonly apiVersionsSeen = new Set<string>();
  /** Requests that carried the SDK's timing telemetry header (our client turns it off). */
  telemetryRequests = 0;

  private webhookUrl?: string;
  private server?: http.Server;
  private counter = 0;
  private readonly objects = {
    customers: new Map<string, Obj>(),
    sessions: new Map<string, Obj>(),
    portals: new Map<string, Obj>(),
    subscriptions: new Map<string, Obj>(),
    invoices: new Map<string, Obj>(),
    invoicePayments: new Map<string, Obj>(),
    paymentIntents: new Map<string, Obj>(),
    charges: new Map<string, Obj>(),
    refunds: new Map<string, Obj>(),
    disputes: new Map<string, Obj>(),
    events: new Map<string, Obj>(),
    clocks: new Map<string, Obj>(),
    prices: new Map<string, Obj>(),
  };
  /** Card on file per customer (test behaviour, not a Stripe field). */
  private readonly cards = new Map<string, TestCard>();
  private readonly idempotency = new Map<string, { fingerprint: string; status: number; body: string }>();
  private readonly faults: { op: string; fault: LocalStripeFault }[] = [];
  private readonly routes: Route[] = [];
  private readonly sockets = new Set<import('node:net').Socket>();

  private held = false;
  private readonly heldEvents: Obj[] = [];
  private readonly queue: Obj[] = [];
  private inFlight = 0;
  private pumping = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private deliveryTicket = Promise.resolve();

  private constructor(private readonly options: LocalStripeOptions) {
    this.webhookSecret = options.webhookSecret ?? `whsec_local_${randomBytes(16).toString('hex')}`;
    this.webhookUrl = options.webhookUrl;
    for (const p of options.prices ?? []) this.definePrice(p);
    this.defineRoutes();
  }

  static async start(options: LocalStripeOptions = {}): Promise<LocalStripe> {
    const stand = new LocalStripe(options);
    await stand.listen();
    return stand;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    for (const socket of this.sockets) socket.destroy();
  }

  /** A secret key the stand-in accepts. */
  get secretKey(): string {
    return 'sk_test_local_stripe';
  }

  setWebhook(url: string | undefined): void {
    this.webhookUrl = url;
    if (url) this.pump();
  }

  // ---------------------------------------------------------------- controls (tests, local mode)

  /** Completes a Checkout Session as the hosted page does when the card is entered and "Pay" pressed. */
  completeCheckout(sessionId: string, cardNumber = '4242424242424242'): Obj {
    return this.payCheckout(this.must(this.objects.sessions, sessionId, 'checkout session'), cardNumber);
  }

  /** Opens a dispute on a charge (or on a PaymentIntent's charge), as a cardholder's bank would. */
  openDispute(target: { charge?: string; paymentIntent?: string }, options: { amount?: number; reason?: string } = {}): Obj {
    const chargeId = target.charge ?? this.must(this.objects.paymentIntents, target.paymentIntent!, 'payment_intent').latest_charge;
    const charge = this.must(this.objects.charges, chargeId, 'charge');
    const now = this.nowFor(charge.customer);
    const dispute = this.obj('dispute', PREFIX.dispute, {
      amount: options.amount ?? charge.amount - charge.amount_refunded,
      balance_transactions: [],
      charge: charge.id,
      currency: charge.currency,
      enhanced_eligibility_types: [],
      evidence: emptyEvidence(),
      evidence_details: {
        due_by: now + 7 * DAY,
        enhanced_eligibility: {},
        has_evidence: false,
        past_due: false,
        submission_count: 0,
        submission_method: 'not_submitted',
      },
      is_charge_refundable: false,
      metadata: {},
      network_reason_code: '10.4',
      payment_intent: charge.payment_intent,
      payment_method_details: { type: 'card', card: { brand: 'visa', network_reason_code: '10.4', case_type: 'chargeback' } },
      reason: options.reason ?? 'fraudulent',
      status: 'needs_response',
    }, now);
    this.objects.disputes.set(dispute.id, dispute);
    const before = { disputed: charge.disputed };
    charge.disputed = true;
    this.emit('charge.dispute.created', dispute, now);
    this.emit('charge.dispute.funds_withdrawn', dispute, now);
    this.emit('charge.updated', charge, now, before);
    return clone(dispute);
  }

  /** Closes a dispute as the card network decides. */
  closeDispute(disputeId: string, outcome: 'won' | 'lost'): Obj {
    const dispute = this.must(this.objects.disputes, disputeId, 'dispute');
    const now = this.nowFor(this.objects.charges.get(dispute.charge)?.customer);
    const before = { status: dispute.status };
    dispute.status = outcome;
    this.emit('charge.dispute.closed', dispute, now, before);
    if (outcome === 'won') this.emit('charge.dispute.funds_reinstated', dispute, now);
    return clone(dispute);
  }

  /** Sends a stored event again, `times` more times (Stripe re-sends after a timeout or a lost 2xx). */
  redeliver(eventId: string, times = 1): void {
    const event = this.must(this.objects.events, eventId, 'event');
    for (let i = 0; i < times; i++) this.enqueue(event);
  }

  /** Sends a stored event once, after `delayMs` (a late delivery, e.g. after a later event). */
  deliverLate(eventId: string, delayMs: number): void {
    const event = this.must(this.objects.events, eventId, 'event');
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.enqueue(event);
    }, delayMs);
    this.timers.add(timer);
  }

  /** Keeps new events back (they are stored and listed, not sent) until `release`. */
  hold(): void {
    this.held = true;
  }

  /** Sends the held events in the order asked: as created, reversed, or shuffled. */
  release(order: 'created' | 'reversed' | 'shuffled' = 'created'): void {
    this.held = false;
    const events = this.heldEvents.splice(0);
    if (order === 'reversed') events.reverse();
    if (order === 'shuffled') shuffle(events);
    for (const event of events) this.enqueue(event);
  }

  /** Fails the next call of an operation (`refunds.create`, `checkout.sessions.create`…). */
  injectFault(op: string, fault: LocalStripeFault): void {
    this.faults.push({ op, fault });
  }

  /** Resolves once no webhook is queued, in flight or waiting for a retry. */
  async idle(): Promise<void> {
    while (!this.isIdle()) await new Promise((resolve) => this.emitter.once('idle', resolve));
  }

  /** Events in creation order (oldest first), optionally of some types. */
  eventsOf(...types: string[]): Obj[] {
    return [...this.objects.events.values()].filter((e) => types.length === 0 || types.includes(e.type)).map(clone);
  }

  /** A Price usable in Checkout line items and portal switches. */
  definePrice(p: { id?: string; unit_amount: number; currency: string; product: string; recurring?: boolean; nickname?: string }): Obj {
    const price = this.obj('price', PREFIX.price, {
      active: true,
      billing_scheme: 'per_unit',
      currency: p.currency.toLowerCase(),
      lookup_key: null,
      metadata: {},
      nickname: p.nickname ?? null,
      product: p.product,
      recurring: p.recurring ? { interval: 'month', interval_count: 1, usage_type: 'licensed', meter: null, trial_period_days: null } : null,
      tax_behavior: 'unspecified',
      type: p.recurring ? 'recurring' : 'one_time',
      unit_amount: p.unit_amount,
      unit_amount_decimal: String(p.unit_amount),
    });
    if (p.id) price.id = p.id;
    this.objects.prices.set(price.id, price);
    return price;
  }

  // ---------------------------------------------------------------- HTTP

  private async listen(): Promise<void> {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { type: 'api_error', message: String(error) } }));
      });
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(this.options.port ?? 0, '127.0.0.1', resolve));
    const address = this.server.address() as import('node:net').AddressInfo;
    this.url = `http://127.0.0.1:${address.port}`;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', this.url);
    const path = url.pathname;
    if (path.startsWith('/__control/')) return this.handleControl(req.method ?? 'GET', path, body, res);
    if (path.startsWith('/v1/')) return this.handleApi(req, url, body, res);
    return this.handlePage(req.method ?? 'GET', path, body, res);
  }

  private async handleApi(req: http.IncomingMessage, url: URL, body: string, res: http.ServerResponse): Promise<void> {
    const requestId = this.id(PREFIX.request);
    const method = req.method ?? 'GET';
    const send = (status: number, payload: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': requestId, 'stripe-version': STRIPE_API_VERSION, ...extra });
      res.end(payload);
    };
    const version = header(req, 'stripe-version');
    if (version) this.apiVersionsSeen.add(version);
    if (header(req, 'x-stripe-client-telemetry')) this.telemetryRequests += 1;
    const auth = header(req, 'authorization');
    if (!auth || !/^Bearer (sk|rk)_test_\S+$/.test(auth)) {
      return send(401, errorBody(new StripeApiError(401, 'invalid_request_error', 'Invalid API Key provided.', 'api_key_invalid')));
    }
    const route = this.routes.find((r) => r.method === method && r.pattern.test(url.pathname));
    if (!route) {
      return send(404, errorBody(new StripeApiError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${url.pathname}).`)));
    }
    const key = header(req, 'idempotency-key');
    const fingerprint = `${method} ${url.pathname} ${body}`;
    if (key && method === 'POST') {
      const seen = this.idempotency.get(key);
      if (seen && seen.fingerprint !== fingerprint) {
        return send(
          400,
          errorBody(
            new StripeApiError(
              400,
              'idempotency_error',
              `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
            ),
          ),
        );
      }
      if (seen) return send(seen.status, seen.body, { 'idempotent-replayed': 'true', 'original-request': requestId });
    }
    const faultIndex = this.faults.findIndex((f) => f.op === route.op);
    const fault = faultIndex >= 0 ? this.faults.splice(faultIndex, 1)[0]!.fault : undefined;
    if (fault === 'rate_limit') {
      return send(429, errorBody(new StripeApiError(429, 'invalid_request_error', 'Too many requests hit the API too quickly.', 'rate_limit')));
    }
    if (fault === 'error') return send(500, errorBody(new StripeApiError(500, 'api_error', 'An unknown error occurred (injected).')));

    const params = parseForm(method === 'GET' || method === 'DELETE' ? url.search.slice(1) : body);
    let status = 200;
    let payload: string;
    try {
      const match = route.pattern.exec(url.pathname)!;
      payload = JSON.stringify(await route.handler(params, match.slice(1), { requestId, idempotencyKey: key }));
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error;
      status = error.status;
      payload = errorBody(error);
    }
    // Stripe stores the result of a request that ran, errors included; not one refused before running.
    if (key && method === 'POST') this.idempotency.set(key, { fingerprint, status, body: payload });
    if (fault === 'error_after_apply') {
      return send(500, errorBody(new StripeApiError(500, 'api_error', 'An unknown error occurred (injected after applying).')), {
        'stripe-should-retry': 'true',
      });
    }
    send(status, payload);
  }

  private handleControl(method: string, path: string, body: string, res: http.ServerResponse): void {
    const input = body ? (JSON.parse(body) as Obj) : {};
    const reply = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value ?? null));
    };
    try {
      let m: RegExpExecArray | null;
      if (method === 'POST' && (m = /^\/__control\/checkout\/([^/]+)\/complete$/.exec(path))) {
        return reply(200, this.completeCheckout(m[1]!, input.card));
      }
      if (method === 'POST' && path === '/__control/disputes') {
        return reply(200, this.openDispute({ charge: input.charge, paymentIntent: input.payment_intent }, input));
      }
      if (method === 'POST' && (m = /^\/__control\/disputes\/([^/]+)\/close$/.exec(path))) {
        return reply(200, this.closeDispute(m[1]!, input.status));
      }
      if (method === 'POST' && (m = /^\/__control\/events\/([^/]+)\/redeliver$/.exec(path))) {
        this.redeliver(m[1]!, Number(input.times ?? 1));
        return reply(200, { ok: true });
      }
      if (method === 'POST' && (m = /^\/__control\/events\/([^/]+)\/late$/.exec(path))) {
        this.deliverLate(m[1]!, Number(input.delay_ms ?? 1000));
        return reply(200, { ok: true });
      }
      if (method === 'POST' && path === '/__control/hold') {
        this.hold();
        return reply(200, { ok: true });
      }
      if (method === 'POST' && path === '/__control/release') {
        this.release(input.order);
        return reply(200, { ok: true });
      }
      if (method === 'POST' && path === '/__control/faults') {
        this.injectFault(String(input.operation), input.fault);
        return reply(200, { ok: true });
      }
      if (method === 'POST' && path === '/__control/webhook') {
        this.setWebhook(input.url);
        return reply(200, { ok: true });
      }
      if (method === 'GET' && path === '/__control/deliveries') return reply(200, this.deliveries);
      if (method === 'GET' && path === '/__control/events') return reply(200, this.eventsOf());
      return reply(404, { error: 'unknown control' });
    } catch (error) {
      if (error instanceof StripeApiError) return reply(error.status, JSON.parse(errorBody(error)));
      throw error;
    }
  }

  // ---------------------------------------------------------------- hosted pages

  private handlePage(method: string, path: string, body: string, res: http.ServerResponse): void {
    const html = (status: number, content: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><head><meta charset="utf-8"><title>Local Stripe</title></head><body>${content}</body></html>`);
    };
    const redirect = (location: string) => {
      res.writeHead(303, { location });
      res.end();
    };
    const form = Object.fromEntries(new URLSearchParams(body));
    let m: RegExpExecArray | null;
    if ((m = /^\/checkout\/pay\/([^/]+)$/.exec(path))) {
      const session = this.objects.sessions.get(m[1]!);
      if (!session) return html(404, '<p>No such Checkout Session.</p>');
      if (method === 'GET') return html(200, checkoutPage(session));
      if (form.action === 'cancel') return redirect(session.cancel_url);
      try {
        this.payCheckout(session, form.card ?? '');
      } catch (error) {
        if (error instanceof StripeApiError) return html(402, checkoutPage(session, error.message));
        throw error;
      }
      return redirect(String(session.success_url).replaceAll('{CHECKOUT_SESSION_ID}', session.id));
    }
    if ((m = /^\/portal\/([^/]+)$/.exec(path))) {
      const portal = this.objects.portals.get(m[1]!);
      if (!portal) return html(404, '<p>No such portal session.</p>');
      const subscription = this.activeSubscriptionOf(portal.customer);
      if (method === 'GET') return html(200, portalPage(portal, subscription, this.portalPlans(subscription)));
      try {
        if (form.action === 'cancel' && subscription) this.updateSubscription(subscription, { cancel_at_period_end: 'true' });
        if (form.action === 'switch' && subscription && form.price) {
          this.updateSubscription(subscription, { items: [{ id: subscription.items.data[0].id, price: form.price }] });
        }
        if (form.action === 'card') this.updateCard(portal.customer, form.card ?? '');
      } catch (error) {
        if (error instanceof StripeApiError) return html(402, portalPage(portal, subscription, this.portalPlans(subscription), error.message));
        throw error;
      }
      return redirect(portal.return_url);
    }
    if ((m = /^\/invoices\/([^/]+)\/pdf$/.exec(path))) {
      const invoice = this.objects.invoices.get(m[1]!);
      if (!invoice) return html(404, '<p>No such invoice.</p>');
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${invoice.number}.pdf"` });
      return void res.end(tinyPdf(`Invoice ${invoice.number}: ${(invoice.amount_paid / 100).toFixed(2)} ${invoice.currency.toUpperCase()}`));
    }
    if ((m = /^\/invoices\/([^/]+)$/.exec(path))) {
      const invoice = this.objects.invoices.get(m[1]!);
      if (!invoice) return html(404, '<p>No such invoice.</p>');
      return html(
        200,
        `<h1>Invoice ${esc(invoice.number)}</h1><p>Status: ${esc(invoice.status)}</p><p>Amount paid: ${money(invoice.amount_paid, invoice.currency)}</p>` +
          `<p><a href="${esc(invoice.invoice_pdf)}">Download PDF</a></p>`,
      );
    }
    html(404, '<p>Not found.</p>');
  }

  private portalPlans(subscription: Obj | undefined): { price: string; label: string }[] {
    const current = subscription?.items.data[0].price.id;
    const plans =
      this.options.portalPlans ??
      [...this.objects.prices.values()].filter((p) => p.recurring && p.active).map((p) => ({ price: p.id, label: p.nickname ?? `${money(p.unit_amount, p.currency)}/month` }));
    return plans.filter((p) => p.price !== current);
  }

  // ---------------------------------------------------------------- API routes

  private defineRoutes(): void {
    const r = (method: string, path: string, op: string, handler: Route['handler']) => {
      const pattern = new RegExp(`^${path.replace(/:[a-z]+/g, '([^/]+)')}$`);
      this.routes.push({ method, pattern, op, handler });
    };
    const o = this.objects;

    r('POST', '/v1/customers', 'customers.create', (p) => this.createCustomer(p));
    r('GET', '/v1/customers/:id', 'customers.retrieve', (_, [id]) => clone(this.must(o.customers, id!, 'customer')));
    r('POST', '/v1/customers/:id', 'customers.update', (p, [id]) => {
      const customer = this.must(o.customers, id!, 'customer');
      for (const field of ['email', 'name']) if (p[field] !== undefined) customer[field] = p[field];
      if (p.metadata) customer.metadata = { ...customer.metadata, ...p.metadata };
      this.emit('customer.updated', customer, this.nowFor(customer.id));
      return clone(customer);
    });

    r('POST', '/v1/checkout/sessions', 'checkout.sessions.create', (p) => this.createSession(p));
    r('GET', '/v1/checkout/sessions/:id', 'checkout.sessions.retrieve', (_, [id]) => clone(this.must(o.sessions, id!, 'checkout session')));
    r('GET', '/v1/checkout/sessions/:id/line_items', 'checkout.sessions.listLineItems', (_, [id]) =>
      list(`/v1/checkout/sessions/${id}/line_items`, this.must(o.sessions, id!, 'checkout session')._lineItems),
    );
    r('POST', '/v1/checkout/sessions/:id/expire', 'checkout.sessions.expire', (_, [id]) => {
      const session = this.must(o.sessions, id!, 'checkout session');
      if (session.status !== 'open') throw invalid(`Only Checkout Sessions with a status in [open] can be expired. This Checkout Session has a status of ${session.status}.`);
      session.status = 'expired';
      session.url = null;
      this.emit('checkout.session.expired', session, this.nowFor(session.customer));
      return publicSession(session);
    });

    r('POST', '/v1/billing_portal/sessions', 'billingPortal.sessions.create', (p) => {
      const customer = this.must(o.customers, required(p, 'customer'), 'customer');
      const portal = this.obj('billing_portal.session', PREFIX.portal, {
        configuration: 'bpc_local',
        customer: customer.id,
        flow: null,
        locale: null,
        on_behalf_of: null,
        return_url: p.return_url ?? null,
      });
      portal.url = `${this.url}/portal/${portal.id}`;
      o.portals.set(portal.id, portal);
      return clone(portal);
    });

    r('GET', '/v1/subscriptions', 'subscriptions.list', (p) =>
      list('/v1/subscriptions', [...o.subscriptions.values()].filter((s) => (!p.customer || s.customer === p.customer) && (!p.status || p.status === 'all' || s.status === p.status)).reverse()),
    );
    r('GET', '/v1/subscriptions/:id', 'subscriptions.retrieve', (_, [id]) => clone(this.must(o.subscriptions, id!, 'subscription')));
    r('POST', '/v1/subscriptions/:id', 'subscriptions.update', (p, [id]) => clone(this.updateSubscription(this.must(o.subscriptions, id!, 'subscription'), p)));
    r('DELETE', '/v1/subscriptions/:id', 'subscriptions.cancel', (_, [id]) => {
      const subscription = this.must(o.subscriptions, id!, 'subscription');
      if (subscription.status === 'canceled') throw invalid(`No such subscription: '${id}'`, 404, 'resource_missing');
      this.endSubscription(subscription, this.nowFor(subscription.customer), 'cancellation_requested');
      return clone(subscription);
    });

    r('GET', '/v1/invoices', 'invoices.list', (p) =>
      list(
        '/v1/invoices',
        [...o.invoices.values()]
          .filter((i) => (!p.customer || i.customer === p.customer) && (!p.subscription || i.parent?.subscription_details?.subscription === p.subscription))
          .reverse(),
      ),
    );
    r('GET', '/v1/invoices/:id', 'invoices.retrieve', (_, [id]) => clone(this.must(o.invoices, id!, 'invoice')));
    r('GET', '/v1/invoice_payments', 'invoicePayments.list', (p) =>
      list('/v1/invoice_payments', [...o.invoicePayments.values()].filter((ip) => !p.invoice || ip.invoice === p.invoice).reverse()),
    );
    r('GET', '/v1/invoice_payments/:id', 'invoicePayments.retrieve', (_, [id]) => clone(this.must(o.invoicePayments, id!, 'invoice payment')));
    r('GET', '/v1/payment_intents/:id', 'paymentIntents.retrieve', (_, [id]) => clone(this.must(o.paymentIntents, id!, 'payment_intent')));
    r('GET', '/v1/charges/:id', 'charges.retrieve', (_, [id]) => clone(this.must(o.charges, id!, 'charge')));

    r('POST', '/v1/refunds', 'refunds.create', (p) => this.createRefund(p));
    r('GET', '/v1/refunds/:id', 'refunds.retrieve', (_, [id]) => clone(this.must(o.refunds, id!, 'refund')));

    r('GET', '/v1/disputes/:id', 'disputes.retrieve', (_, [id]) => clone(this.must(o.disputes, id!, 'dispute')));
    r('POST', '/v1/disputes/:id', 'disputes.update', (p, [id]) => this.updateDispute(this.must(o.disputes, id!, 'dispute'), p));
    r('POST', '/v1/disputes/:id/close', 'disputes.close', (_, [id]) => {
      const dispute = this.must(o.disputes, id!, 'dispute');
      if (!['needs_response', 'warning_needs_response', 'under_review'].includes(dispute.status)) throw invalid('This dispute is already closed.');
      return this.closeDispute(dispute.id, 'lost');
    });

    r('GET', '/v1/events', 'events.list', (p) => this.listEvents(p));
    r('GET', '/v1/events/:id', 'events.retrieve', (_, [id]) => clone(this.must(o.events, id!, 'event')));

    r('POST', '/v1/test_helpers/test_clocks', 'testHelpers.testClocks.create', (p) => {
      const frozen = Number(required(p, 'frozen_time'));
      const clock = this.obj('test_helpers.test_clock', PREFIX.clock, {
        deletes_after: frozen + 30 * DAY,
        frozen_time: frozen,
        name: p.name ?? null,
        status: 'ready',
        status_details: {},
      });
      o.clocks.set(clock.id, clock);
      return clone(clock);
    });
    r('GET', '/v1/test_helpers/test_clocks/:id', 'testHelpers.testClocks.retrieve', (_, [id]) => clone(this.must(o.clocks, id!, 'test_clock')));
    r('POST', '/v1/test_helpers/test_clocks/:id/advance', 'testHelpers.testClocks.advance', (p, [id]) =>
      this.advanceClock(this.must(o.clocks, id!, 'test_clock'), Number(required(p, 'frozen_time'))),
    );
  }

  // ---------------------------------------------------------------- behaviour

  private createCustomer(p: Params): Obj {
    if (p.test_clock) this.must(this.objects.clocks, p.test_clock, 'test_clock');
    const now = p.test_clock ? this.objects.clocks.get(p.test_clock)!.frozen_time : nowSeconds();
    const customer = this.obj('customer', PREFIX.customer, {
      address: null,
      balance: 0,
      currency: null,
      default_source: null,
      delinquent: false,
      description: p.description ?? null,
      email: p.email ?? null,
      invoice_prefix: randomBytes(4).toString('hex').toUpperCase(),
      invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
      metadata: p.metadata ?? {},
      name: p.name ?? null,
      phone: null,
      preferred_locales: [],
      shipping: null,
      tax_exempt: 'none',
      test_clock: p.test_clock ?? null,
    }, now);
    this.objects.customers.set(customer.id, customer);
    this.emit('customer.created', customer, now);
    return clone(customer);
  }

  private createSession(p: Params): Obj {
    if (p.payment_method_types !== undefined) {
      throw invalid('Received unknown parameter: payment_method_types', 400, 'parameter_unknown', 'payment_method_types');
    }
    const mode = required(p, 'mode');
    if (mode !== 'payment' && mode !== 'subscription') throw invalid(`Invalid mode: ${mode}`, 400, 'parameter_invalid_string', 'mode');
    const successUrl = required(p, 'success_url');
    if (p.invoice_creation && mode !== 'payment') {
      throw invalid('invoice_creation can only be used in payment mode.', 400, 'parameter_invalid', 'invoice_creation');
    }
    const customer = p.customer ? this.must(this.objects.customers, p.customer, 'customer') : undefined;
    const items = (p.line_items ?? []) as Params[];
    if (items.length === 0) throw invalid('Missing required param: line_items.', 400, 'parameter_missing', 'line_items');
    const lineItems = items.map((item, index) => {
      const price = this.priceOf(item, index);
      if (mode === 'subscription' && !price.recurring) throw invalid('You must provide at least one recurring price in `subscription` mode.', 400, 'parameter_invalid', `line_items[${index}]`);
      if (mode === 'payment' && price.recurring) throw invalid('You specified `payment` mode but passed a recurring price.', 400, 'parameter_invalid', `line_items[${index}]`);
      const quantity = Number(item.quantity ?? 1);
      return {
        id: this.id('li'),
        object: 'item',
        amount_discount: 0,
        amount_subtotal: price.unit_amount * quantity,
        amount_tax: 0,
        amount_total: price.unit_amount * quantity,
        currency: price.currency,
        description: price._productName ?? price.nickname ?? price.product,
        price,
        quantity,
      };
    });
    const currency = lineItems[0]!.currency;
    if (lineItems.some((li) => li.currency !== currency)) throw invalid('All line items must have the same currency.', 400, 'parameter_invalid', 'line_items');
    const total = lineItems.reduce((sum, li) => sum + li.amount_total, 0);
    const now = this.nowFor(customer?.id);
    const session = this.obj('checkout.session', PREFIX.session, {
      allow_promotion_codes: null,
      amount_subtotal: total,
      amount_total: total,
      automatic_tax: { enabled: false, liability: null, status: null },
      billing_address_collection: null,
      cancel_url: p.cancel_url ?? null,
      client_reference_id: p.client_reference_id ?? null,
      currency,
      customer: customer?.id ?? null,
      customer_creation: customer ? null : mode === 'payment' ? 'if_required' : 'always',
      customer_details: null,
      customer_email: p.customer_email ?? null,
      expires_at: now + DAY,
      invoice: null,
      invoice_creation: mode === 'payment' ? { enabled: bool(p.invoice_creation?.enabled), invoice_data: { metadata: p.invoice_creation?.invoice_data?.metadata ?? {} } } : null,
      locale: p.locale ?? null,
      metadata: p.metadata ?? {},
      mode,
      payment_intent: null,
      payment_status: 'unpaid',
      status: 'open',
      subscription: null,
      success_url: successUrl,
      ui_mode: 'hosted',
      url: null,
    }, now);
    session.url = `${this.url}/checkout/pay/${session.id}`;
    session._lineItems = lineItems;
    session._paymentIntentMetadata = p.payment_intent_data?.metadata ?? {};
    session._subscriptionMetadata = p.subscription_data?.metadata ?? {};
    this.objects.sessions.set(session.id, session);
    return publicSession(session);
  }

  private priceOf(item: Params, index: number): Obj {
    if (item.price) {
      const price = this.objects.prices.get(item.price);
      if (!price) throw invalid(`No such price: '${item.price}'`, 400, 'resource_missing', `line_items[${index}][price]`);
      return clone(price);
    }
    const data = item.price_data;
    if (!data) throw invalid('You must specify either `price` or `price_data` for each line item.', 400, 'parameter_missing', `line_items[${index}]`);
    const amount = Number(data.unit_amount);
    if (!Number.isSafeInteger(amount) || amount < 0) throw invalid('Invalid integer: unit_amount', 400, 'parameter_invalid_integer', `line_items[${index}][price_data][unit_amount]`);
    const price = this.definePrice({
      unit_amount: amount,
      currency: required(data, 'currency'),
      product: data.product ?? this.id(PREFIX.product),
      recurring: Boolean(data.recurring),
      nickname: data.product_data?.name,
    });
    price.active = false; // inline prices are not offered in the portal
    price._productName = data.product_data?.name;
    this.objects.prices.delete(price.id);
    this.objects.prices.set(price.id, price);
    return clone(price);
  }

  private payCheckout(session: Obj, cardNumber: string): Obj {
    if (session.status !== 'open') throw invalid(`This Checkout Session is no longer active (status ${session.status}).`, 400, 'checkout_session_inactive');
    const card = TEST_CARDS[cardNumber.replace(/\s+/g, '')];
    if (!card) throw new StripeApiError(402, 'card_error', 'Your card number is incorrect.', 'incorrect_number', 'number');
    if (card === 'declined') throw new StripeApiError(402, 'card_error', 'Your card was declined.', 'card_declined');
    let customer = session.customer ? this.objects.customers.get(session.customer)! : undefined;
    if (!customer && (session.mode === 'subscription' || session.invoice_creation?.enabled)) {
      customer = this.objects.customers.get(this.createCustomer({ email: session.customer_email ?? undefined }).id)!;
      session.customer = customer.id;
    }
    if (customer) this.cards.set(customer.id, card);
    const now = this.nowFor(customer?.id);
    const before = { status: session.status, payment_status: session.payment_status };
    session.status = 'complete';
    session.payment_status = 'paid';
    session.url = null;
    session.customer_details = { email: customer?.email ?? session.customer_email ?? null, name: customer?.name ?? null, address: null, phone: null, tax_exempt: 'none', tax_ids: [] };
    let chargeId: string;
    if (session.mode === 'payment') {
      const { intent, charge } = this.charge(customer?.id ?? null, session.amount_total, session.currency, session._paymentIntentMetadata, now, 'Checkout');
      session.payment_intent = intent.id;
      chargeId = charge.id;
      if (session.invoice_creation?.enabled) {
        const invoice = this.createInvoice({
          customer: customer!.id,
          billingReason: 'manual',
          lines: session._lineItems.map((li: Obj) => ({ amount: li.amount_total, currency: li.currency, description: li.description, price: li.price, period: { start: now, end: now } })),
          metadata: session.invoice_creation.invoice_data.metadata,
          now,
        });
        this.payInvoice(invoice, now, intent);
        session.invoice = invoice.id;
        this.emit('checkout.session.completed', publicSession(session), now, before);
        this.emitInvoicePaid(invoice, now);
      } else {
        this.emit('checkout.session.completed', publicSession(session), now, before);
      }
    } else {
      const price = session._lineItems[0].price;
      const subscription = this.startSubscription(customer!, price, session._subscriptionMetadata, now);
      session.subscription = subscription.id;
      const invoice = this.objects.invoices.get(subscription.latest_invoice)!;
      session.invoice = invoice.id;
      chargeId = this.objects.paymentIntents.get(this.paymentIntentOf(invoice)!)!.latest_charge;
      this.emit('checkout.session.completed', publicSession(session), now, before);
      this.emit('customer.subscription.created', subscription, now);
      this.emitInvoicePaid(invoice, now);
    }
    if (card === 'dispute') this.openDispute({ charge: chargeId });
    return publicSession(session);
  }

  /** A PaymentIntent and its charge, both succeeded. */
  private charge(customer: string | null, amount: number, currency: string, metadata: Obj, now: number, description: string): { intent: Obj; charge: Obj } {
    const intent = this.obj('payment_intent', PREFIX.paymentIntent, {
      amount,
      amount_capturable: 0,
      amount_received: amount,
      automatic_payment_methods: { enabled: true },
      capture_method: 'automatic',
      client_secret: null,
      currency,
      customer,
      description,
      latest_charge: null,
      metadata,
      payment_method: this.id(PREFIX.paymentMethod),
      payment_method_types: ['card'],
      status: 'succeeded',
    }, now);
    const charge = this.obj('charge', PREFIX.charge, {
      amount,
      amount_captured: amount,
      amount_refunded: 0,
      balance_transaction: this.id('txn'),
      captured: true,
      currency,
      customer,
      description,
      disputed: false,
      failure_code: null,
      failure_message: null,
      metadata,
      outcome: { network_status: 'approved_by_network', reason: null, risk_level: 'normal', seller_message: 'Payment complete.', type: 'authorized' },
      paid: true,
      payment_intent: intent.id,
      payment_method: intent.payment_method,
      payment_method_details: { type: 'card', card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2034, country: 'US' } },
      receipt_url: `${this.url}/receipts/${intent.id}`,
      refunded: false,
      status: 'succeeded',
    }, now);
    intent.latest_charge = charge.id;
    this.objects.paymentIntents.set(intent.id, intent);
    this.objects.charges.set(charge.id, charge);
    this.emit('payment_intent.created', { ...intent, status: 'requires_payment_method', latest_charge: null, amount_received: 0 }, now);
    this.emit('charge.succeeded', charge, now);
    this.emit('payment_intent.succeeded', intent, now);
    return { intent, charge };
  }

  private createInvoice(input: { customer: string; billingReason: string; lines: Obj[]; metadata?: Obj; subscription?: Obj; now: number }): Obj {
    const customer = this.objects.customers.get(input.customer)!;
    const amount = input.lines.reduce((sum, l) => sum + l.amount, 0);
    const currency = input.lines[0]!.currency;
    const count = [...this.objects.invoices.values()].filter((i) => i.customer === customer.id).length + 1;
    const period = input.lines[0]!.period;
    const invoice = this.obj('invoice', PREFIX.invoice, {
      account_country: 'US',
      amount_due: amount,
      amount_overpaid: 0,
      amount_paid: 0,
      amount_remaining: amount,
      amount_shipping: 0,
      attempt_count: 0,
      attempted: false,
      auto_advance: true,
      automatically_finalizes_at: null,
      billing_reason: input.billingReason,
      collection_method: 'charge_automatically',
      currency,
      customer: customer.id,
      customer_email: customer.email,
      customer_name: customer.name,
      description: null,
      due_date: null,
      hosted_invoice_url: null,
      invoice_pdf: null,
      lines: null,
      metadata: input.metadata ?? {},
      next_payment_attempt: null,
      number: `${customer.invoice_prefix}-${String(count).padStart(4, '0')}`,
      parent: input.subscription
        ? {
            type: 'subscription_details',
            quote_details: null,
            subscription_details: { metadata: input.subscription.metadata, subscription: input.subscription.id },
          }
        : null,
      period_end: period.end,
      period_start: period.start,
      status: 'draft',
      status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
      subtotal: amount,
      total: amount,
      test_clock: customer.test_clock,
    }, input.now);
    invoice.lines = list(
      `/v1/invoices/${invoice.id}/lines`,
      input.lines.map((l) => ({
        id: this.id('il'),
        object: 'line_item',
        amount: l.amount,
        currency: l.currency,
        description: l.description ?? null,
        invoice: invoice.id,
        livemode: false,
        metadata: {},
        parent: input.subscription
          ? { type: 'subscription_item_details', subscription_item_details: { subscription: input.subscription.id, subscription_item: input.subscription.items.data[0].id, proration: false }, invoice_item_details: null }
          : null,
        period: l.period,
        pricing: { type: 'price_details', price_details: { price: l.price.id, product: l.price.product }, unit_amount_decimal: String(l.amount) },
        quantity: 1,
      })),
    );
    this.objects.invoices.set(invoice.id, invoice);
    this.emit('invoice.created', invoice, input.now);
    invoice.status = 'open';
    invoice.status_transitions.finalized_at = input.now;
    invoice.hosted_invoice_url = `${this.url}/invoices/${invoice.id}`;
    invoice.invoice_pdf = `${this.url}/invoices/${invoice.id}/pdf`;
    this.emit('invoice.finalized', invoice, input.now, { status: 'draft' });
    return invoice;
  }

  /** Marks an invoice paid by a (new or given) PaymentIntent and records its InvoicePayment. */
  private payInvoice(invoice: Obj, now: number, intent?: Obj): void {
    const paidBy = intent ?? this.charge(invoice.customer, invoice.amount_due, invoice.currency, {}, now, `Invoice ${invoice.number}`).intent;
    invoice.status = 'paid';
    invoice.attempted = true;
    invoice.attempt_count += 1;
    invoice.amount_paid = invoice.amount_due;
    invoice.amount_remaining = 0;
    invoice.next_payment_attempt = null;
    invoice.status_transitions.paid_at = now;
    const payment = this.obj('invoice_payment', PREFIX.invoicePayment, {
      amount_paid: invoice.amount_due,
      amount_requested: invoice.amount_due,
      currency: invoice.currency,
      invoice: invoice.id,
      is_default: true,
      payment: { type: 'payment_intent', payment_intent: paidBy.id },
      status: 'paid',
      status_transitions: { canceled_at: null, paid_at: now },
    }, now);
    this.objects.invoicePayments.set(payment.id, payment);
  }

  private emitInvoicePaid(invoice: Obj, now: number): void {
    const before = { status: 'open', amount_paid: 0, amount_remaining: invoice.amount_due };
    this.emit('invoice.paid', invoice, now, before);
    this.emit('invoice.payment_succeeded', invoice, now, before);
    const payment = [...this.objects.invoicePayments.values()].find((p) => p.invoice === invoice.id && p.status === 'paid');
    if (payment) this.emit('invoice_payment.paid', payment, now);
  }

  private paymentIntentOf(invoice: Obj): string | undefined {
    return [...this.objects.invoicePayments.values()].find((p) => p.invoice === invoice.id && p.status === 'paid')?.payment.payment_intent;
  }

  private startSubscription(customer: Obj, price: Obj, metadata: Obj, now: number): Obj {
    const end = addMonth(now);
    const subscription = this.obj('subscription', PREFIX.subscription, {
      application: null,
      billing_cycle_anchor: now,
      billing_mode: { type: 'flexible', flexible: { proration_discounts: 'included' }, updated_at: now },
      cancel_at: null,
      cancel_at_period_end: false,
      canceled_at: null,
      cancellation_details: { comment: null, feedback: null, reason: null },
      collection_method: 'charge_automatically',
      currency: price.currency,
      customer: customer.id,
      default_payment_method: null,
      ended_at: null,
      items: null,
      latest_invoice: null,
      metadata,
      start_date: now,
      status: 'active',
      test_clock: customer.test_clock,
    }, now);
    subscription.items = list(`/v1/subscription_items?subscription=${subscription.id}`, [
      {
        id: this.id(PREFIX.item),
        object: 'subscription_item',
        created: now,
        current_period_end: end,
        current_period_start: now,
        metadata: {},
        price,
        quantity: 1,
        subscription: subscription.id,
      },
    ]);
    this.objects.subscriptions.set(subscription.id, subscription);
    const invoice = this.createInvoice({
      customer: customer.id,
      billingReason: 'subscription_create',
      lines: [{ amount: price.unit_amount, currency: price.currency, description: `1 × ${price.nickname ?? price.product} (at ${money(price.unit_amount, price.currency)} / month)`, price, period: { start: now, end } }],
      subscription,
      now,
    });
    this.payInvoice(invoice, now);
    subscription.latest_invoice = invoice.id;
    return subscription;
  }

  private updateSubscription(subscription: Obj, p: Params): Obj {
    if (subscription.status === 'canceled') throw invalid('A canceled subscription can only update its cancellation_details and metadata.');
    const now = this.nowFor(subscription.customer);
    const before: Obj = {};
    if (p.metadata) {
      before.metadata = subscription.metadata;
      subscription.metadata = { ...subscription.metadata, ...p.metadata };
    }
    if (p.cancel_at_period_end !== undefined) {
      const cancel = bool(p.cancel_at_period_end);
      if (cancel !== subscription.cancel_at_period_end) {
        Object.assign(before, { cancel_at_period_end: subscription.cancel_at_period_end, cancel_at: subscription.cancel_at, canceled_at: subscription.canceled_at });
        subscription.cancel_at_period_end = cancel;
        subscription.cancel_at = cancel ? subscription.items.data[0].current_period_end : null;
        subscription.canceled_at = cancel ? now : null;
        subscription.cancellation_details.reason = cancel ? 'cancellation_requested' : null;
      }
    }
    let upgradeInvoice: Obj | undefined;
    const newPriceId = p.items?.[0]?.price;
    if (newPriceId) {
      const item = subscription.items.data[0];
      const price = this.objects.prices.get(newPriceId);
      if (!price || !price.recurring) throw invalid(`No such price: '${newPriceId}'`, 400, 'resource_missing', 'items[0][price]');
      if (price.id !== item.price.id) {
        before.items = clone(subscription.items);
        const difference = price.unit_amount - item.price.unit_amount;
        item.price = clone(price);
        // Upgrades are charged at once (the difference, for the rest of this period); downgrades
        // take effect without a charge. A simplification of flexible billing's proration.
        if (difference > 0 && p.proration_behavior !== 'none') {
          upgradeInvoice = this.createInvoice({
            customer: subscription.customer,
            billingReason: 'subscription_update',
            lines: [{ amount: difference, currency: price.currency, description: `Upgrade to ${price.nickname ?? price.product}`, price, period: { start: now, end: item.current_period_end } }],
            subscription,
            now,
          });
          if (this.cards.get(subscription.customer) === 'renewals_fail') this.failInvoice(upgradeInvoice, subscription, now);
          else {
            this.payInvoice(upgradeInvoice, now);
            subscription.latest_invoice = upgradeInvoice.id;
          }
        }
      }
    }
    if (Object.keys(before).length > 0) this.emit('customer.subscription.updated', subscription, now, before);
    if (upgradeInvoice?.status === 'paid') this.emitInvoicePaid(upgradeInvoice, now);
    return subscription;
  }

  private updateCard(customerId: string, cardNumber: string): void {
    const card = TEST_CARDS[cardNumber.replace(/\s+/g, '')];
    if (!card) throw new StripeApiError(402, 'card_error', 'Your card number is incorrect.', 'incorrect_number', 'number');
    if (card === 'declined') throw new StripeApiError(402, 'card_error', 'Your card was declined.', 'card_declined');
    this.cards.set(customerId, card);
    const now = this.nowFor(customerId);
    this.emit('payment_method.attached', { id: this.id(PREFIX.paymentMethod), object: 'payment_method', customer: customerId, type: 'card', created: now, livemode: false, metadata: {} }, now);
    if (card === 'renewals_fail') return;
    // A working card pays what is outstanding, as Stripe's retry after a card update does.
    for (const subscription of this.objects.subscriptions.values()) {
      if (subscription.customer !== customerId || subscription.status !== 'past_due') continue;
      const invoice = this.objects.invoices.get(subscription.latest_invoice)!;
      if (invoice.status !== 'open') continue;
      this.payInvoice(invoice, now);
      const before = { status: subscription.status };
      subscription.status = 'active';
      this.emitInvoicePaid(invoice, now);
      this.emit('customer.subscription.updated', subscription, now, before);
    }
  }

  private failInvoice(invoice: Obj, subscription: Obj, now: number): void {
    invoice.attempted = true;
    invoice.attempt_count += 1;
    invoice.next_payment_attempt = now + 3 * DAY;
    const intent = this.obj('payment_intent', PREFIX.paymentIntent, {
      amount: invoice.amount_due,
      currency: invoice.currency,
      customer: invoice.customer,
      last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' },
      latest_charge: null,
      metadata: {},
      status: 'requires_payment_method',
    }, now);
    this.objects.paymentIntents.set(intent.id, intent);
    const payment = this.obj('invoice_payment', PREFIX.invoicePayment, {
      amount_paid: null,
      amount_requested: invoice.amount_due,
      currency: invoice.currency,
      invoice: invoice.id,
      is_default: true,
      payment: { type: 'payment_intent', payment_intent: intent.id },
      status: 'open',
      status_transitions: { canceled_at: null, paid_at: null },
    }, now);
    this.objects.invoicePayments.set(payment.id, payment);
    subscription.latest_invoice = invoice.id;
    this.emit('payment_intent.payment_failed', intent, now);
    this.emit('invoice.payment_failed', invoice, now, { attempt_count: invoice.attempt_count - 1, attempted: false });
    if (subscription.status !== 'past_due') {
      const before = { status: subscription.status };
      subscription.status = 'past_due';
      this.emit('customer.subscription.updated', subscription, now, before);
    }
  }

  private endSubscription(subscription: Obj, now: number, reason: string): void {
    subscription.status = 'canceled';
    subscription.ended_at = now;
    subscription.canceled_at = subscription.canceled_at ?? now;
    subscription.cancellation_details.reason = reason;
    this.emit('customer.subscription.deleted', subscription, now);
  }

  /** Moves a test clock and plays out, in time order, what Stripe would do meanwhile. */
  private advanceClock(clock: Obj, target: number): Obj {
    if (!Number.isSafeInteger(target) || target <= clock.frozen_time) {
      throw invalid('The frozen_time must be after the current frozen_time of the test clock.', 400, 'parameter_invalid_integer', 'frozen_time');
    }
    this.emit('test_helpers.test_clock.advancing', { ...clock, status: 'advancing' }, clock.frozen_time);
    const customers = new Set([...this.objects.customers.values()].filter((c) => c.test_clock === clock.id).map((c) => c.id));
    for (;;) {
      // The earliest period end still due among this clock's live subscriptions.
      const due = [...this.objects.subscriptions.values()]
        .filter((s) => customers.has(s.customer) && s.status !== 'canceled' && s.items.data[0].current_period_end <= target)
        .filter((s) => s.status === 'active' || (s.status === 'past_due' && s.items.data[0].current_period_end + 0 <= target && !s._dunningDone))
        .sort((a, b) => a.items.data[0].current_period_end - b.items.data[0].current_period_end)[0];
      if (!due) break;
      const item = due.items.data[0];
      const at = item.current_period_end;
      clock.frozen_time = at;
      if (due.cancel_at_period_end) {
        this.endSubscription(due, at, 'cancellation_requested');
        continue;
      }
      if (due.status === 'past_due') {
        // Past due through a whole period: Stripe's default dunning setting cancels it.
        due._dunningDone = true;
        this.endSubscription(due, at, 'payment_failed');
        continue;
      }
      const before = { items: clone(due.items) };
      const end = addMonth(at);
      item.current_period_start = at;
      item.current_period_end = end;
      const invoice = this.createInvoice({
        customer: due.customer,
        billingReason: 'subscription_cycle',
        lines: [{ amount: item.price.unit_amount, currency: item.price.currency, description: `1 × ${item.price.nickname ?? item.price.product}`, price: item.price, period: { start: at, end } }],
        subscription: due,
        now: at,
      });
      due.latest_invoice = invoice.id;
      this.emit('customer.subscription.updated', due, at, before);
      if (this.cards.get(due.customer) === 'renewals_fail') {
        this.failInvoice(invoice, due, at);
      } else {
        this.payInvoice(invoice, at);
        this.emitInvoicePaid(invoice, at);
      }
    }
    clock.frozen_time = target;
    clock.status = 'ready';
    this.emit('test_helpers.test_clock.ready', clock, target);
    return clone(clock);
  }

  private createRefund(p: Params): Obj {
    let charge: Obj;
    if (p.charge) charge = this.must(this.objects.charges, p.charge, 'charge');
    else if (p.payment_intent) {
      const intent = this.must(this.objects.paymentIntents, p.payment_intent, 'payment_intent');
      if (!intent.latest_charge) throw invalid(`PaymentIntent ${intent.id} does not have a successful charge to refund.`, 400, 'charge_not_refundable');
      charge = this.objects.charges.get(intent.latest_charge)!;
    } else throw invalid('One of the following params should be provided for this request: payment_intent or charge.', 400, 'parameter_missing');
    const remaining = charge.amount - charge.amount_refunded;
    if (remaining <= 0) throw invalid(`Charge ${charge.id} has already been refunded.`, 400, 'charge_already_refunded');
    if (charge.disputed && [...this.objects.disputes.values()].some((d) => d.charge === charge.id && !['won', 'lost'].includes(d.status))) {
      throw invalid(`Charge ${charge.id} has been charged back; refunds are not possible while it is disputed.`, 400, 'charge_disputed');
    }
    const amount = p.amount !== undefined ? Number(p.amount) : remaining;
    if (!Number.isSafeInteger(amount) || amount <= 0) throw invalid('Invalid positive integer', 400, 'parameter_invalid_integer', 'amount');
    if (amount > remaining) {
      throw invalid(`Refund amount (${money(amount, charge.currency)}) is greater than unrefunded amount on charge (${money(remaining, charge.currency)})`, 400, 'amount_too_large', 'amount');
    }
    const now = this.nowFor(charge.customer);
    const refund = this.obj('refund', PREFIX.refund, {
      amount,
      balance_transaction: this.id('txn'),
      charge: charge.id,
      currency: charge.currency,
      destination_details: { type: 'card', card: { type: 'refund', reference_status: 'available' } },
      metadata: p.metadata ?? {},
      payment_intent: charge.payment_intent,
      reason: p.reason ?? null,
      receipt_number: null,
      status: 'succeeded',
    }, now);
    this.objects.refunds.set(refund.id, refund);
    const before = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    this.emit('refund.created', refund, now);
    this.emit('charge.refunded', charge, now, before);
    this.emit('charge.refund.updated', refund, now);
    return clone(refund);
  }

  private updateDispute(dispute: Obj, p: Params): Obj {
    if (!['needs_response', 'warning_needs_response'].includes(dispute.status)) {
      throw invalid(`This dispute is in status ${dispute.status} and can no longer be updated.`, 400, 'dispute_already_submitted');
    }
    const now = this.nowFor(this.objects.charges.get(dispute.charge)?.customer);
    const before: Obj = {};
    if (p.evidence) {
      const unknown = Object.keys(p.evidence).filter((k) => !(k in dispute.evidence));
      if (unknown.length) throw invalid(`Received unknown parameter: evidence[${unknown[0]}]`, 400, 'parameter_unknown', `evidence[${unknown[0]}]`);
      const text = Object.values({ ...dispute.evidence, ...p.evidence }).filter((v) => typeof v === 'string').join('');
      if (text.length > 150_000) throw invalid('The combined character count of all evidence fields exceeds 150,000.', 400, 'dispute_evidence_too_large', 'evidence');
      before.evidence = clone(dispute.evidence);
      Object.assign(dispute.evidence, p.evidence);
      dispute.evidence_details.has_evidence = true;
    }
    if (p.metadata) {
      before.metadata = dispute.metadata;
      dispute.metadata = { ...dispute.metadata, ...p.metadata };
    }
    const submit = p.submit === undefined ? true : bool(p.submit);
    if (submit) {
      before.status = dispute.status;
      dispute.status = dispute.status === 'warning_needs_response' ? 'warning_under_review' : 'under_review';
      dispute.evidence_details.submission_count += 1;
      dispute.evidence_details.submission_method = 'manual';
    }
    if (Object.keys(before).length > 0) this.emit('charge.dispute.updated', dispute, now, before);
    return clone(dispute);
  }

  private listEvents(p: Params): Obj {
    let events = [...this.objects.events.values()].reverse();
    const types: string[] | undefined = p.types ?? (p.type ? [p.type] : undefined);
    if (types) events = events.filter((e) => types.some((t) => (t.endsWith('.*') ? e.type.startsWith(t.slice(0, -1)) : e.type === t)));
    const created = p.created;
    if (created !== undefined) {
      const range: Obj = typeof created === 'object' ? created : { eq: created };
      events = events.filter(
        (e) =>
          (range.eq === undefined || e.created === Number(range.eq)) &&
          (range.gte === undefined || e.created >= Number(range.gte)) &&
          (range.gt === undefined || e.created > Number(range.gt)) &&
          (range.lte === undefined || e.created <= Number(range.lte)) &&
          (range.lt === undefined || e.created < Number(range.lt)),
      );
    }
    if (p.delivery_success !== undefined) {
      const wanted = bool(p.delivery_success);
      events = events.filter((e) => (e._delivered === true) === wanted && (wanted || e._attempted));
    }
    if (p.starting_after) {
      const index = events.findIndex((e) => e.id === p.starting_after);
      events = index >= 0 ? events.slice(index + 1) : events;
    }
    const limit = Math.min(100, Math.max(1, Number(p.limit ?? 10)));
    return { object: 'list', data: events.slice(0, limit).map(publicEvent), has_more: events.length > limit, url: '/v1/events' };
  }

  private activeSubscriptionOf(customer: string): Obj | undefined {
    return [...this.objects.subscriptions.values()].reverse().find((s) => s.customer === customer && s.status !== 'canceled');
  }

  // ---------------------------------------------------------------- events and webhooks

  private emit(type: string, object: Obj, created: number, previous?: Obj): Obj {
    const event: Obj = {
      id: this.id(PREFIX.event),
      object: 'event',
      api_version: STRIPE_API_VERSION,
      created,
      data: { object: publicObject(object), ...(previous ? { previous_attributes: clone(previous) } : {}) },
      livemode: false,
      pending_webhooks: this.webhookUrl ? 1 : 0,
      request: { id: null, idempotency_key: null },
      type,
    };
    this.objects.events.set(event.id, event);
    if (this.held) this.heldEvents.push(event);
    else this.enqueue(event);
    return event;
  }

  private enqueue(event: Obj): void {
    // Like Stripe without an endpoint: stored and listed, never sent (not even once one is set).
    if (!this.webhookUrl) return;
    this.queue.push(event);
    this.pump();
  }

  private pump(): void {
    if (this.pumping || !this.webhookUrl) {
      if (!this.webhookUrl) this.emitIdleIfIdle();
      return;
    }
    this.pumping = true;
    // One delivery at a time: each burst arrives in the order it was made unless shuffled, and
    // every retry waits its backoff without blocking later events.
    const next = () => {
      const event = this.queue.shift();
      if (!event) {
        this.pumping = false;
        this.emitIdleIfIdle();
        return;
      }
      this.inFlight += 1;
      this.attempt(event, 1)
        .finally(() => {
          this.inFlight -= 1;
        })
        .then(next, next);
    };
    queueMicrotask(next);
  }

  private async attempt(event: Obj, attempt: number): Promise<void> {
    const url = this.webhookUrl;
    if (!url) return;
    const payload = JSON.stringify(publicEvent(event), null, 2);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: this.webhookSecret });
    let status = 0;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature, 'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)' },
        body: payload,
        signal: AbortSignal.timeout(10_000),
      });
      status = response.status;
      await response.arrayBuffer();
    } catch {
      status = 0;
    }
    event._attempted = true;
    const delivery: Delivery = { eventId: event.id, type: event.type, attempt, status, at: Date.now() };
    this.deliveries.push(delivery);
    this.emitter.emit('delivery', delivery);
    if (status >= 200 && status < 300) {
      event._delivered = true;
      event.pending_webhooks = 0;
      return;
    }
    const max = this.options.maxDeliveryAttempts ?? 4;
    if (attempt >= max) return;
    const delay = Math.min(1000, (this.options.retryBaseMs ?? 50) * 2 ** (attempt - 1));
    this.inFlight += 1;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.attempt(event, attempt + 1).finally(() => {
        this.inFlight -= 1;
        this.emitIdleIfIdle();
      });
    }, delay);
    this.timers.add(timer);
  }

  private isIdle(): boolean {
    return this.queue.length === 0 && this.inFlight === 0 && !this.pumping && [...this.timers].length === 0;
  }

  private emitIdleIfIdle(): void {
    if (this.isIdle()) this.emitter.emit('idle');
  }

  // ---------------------------------------------------------------- helpers

  private nowFor(customerId: string | null | undefined): number {
    const clockId = customerId ? this.objects.customers.get(customerId)?.test_clock : undefined;
    return clockId ? this.objects.clocks.get(clockId)!.frozen_time : nowSeconds();
  }

  private id(prefix: string): string {
    this.counter += 1;
    return `${prefix}_${randomBytes(8).toString('hex')}${this.counter.toString(36).padStart(4, '0')}`;
  }

  private obj(object: string, prefix: string, fields: Obj, created = nowSeconds()): Obj {
    return { id: this.id(prefix), object, created, livemode: false, ...fields };
  }

  private must(map: Map<string, Obj>, id: string, what: string): Obj {
    const found = map.get(id);
    if (!found) throw invalid(`No such ${what}: '${id}'`, 404, 'resource_missing', 'id');
    return found;
  }
}

// ---------------------------------------------------------------- module helpers

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function addMonth(seconds: number): number {
  const date = new Date(seconds * 1000);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + 1);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return Math.floor(date.getTime() / 1000);
}

function invalid(message: string, status = 400, code?: string, param?: string): StripeApiError {
  return new StripeApiError(status, 'invalid_request_error', message, code, param);
}

function errorBody(error: StripeApiError): string {
  return JSON.stringify({
    error: {
      type: error.type,
      message: error.message,
      ...(error.code ? { code: error.code, doc_url: `https://docs.stripe.com/error-codes/${error.code.replaceAll('_', '-')}` } : {}),
      ...(error.param ? { param: error.param } : {}),
    },
  });
}

function required(p: Params, name: string): any {
  if (p[name] === undefined || p[name] === '') throw invalid(`Missing required param: ${name}.`, 400, 'parameter_missing', name);
  return p[name];
}

function bool(value: unknown): boolean {
  return value === true || value === 'true';
}

/** Internal fields start with `_` and never leave the stand-in. */
function publicObject(object: Obj): Obj {
  return JSON.parse(JSON.stringify(object, (key, value) => (key.startsWith('_') ? undefined : value)));
}

const clone = publicObject;
const publicSession = publicObject;
const publicEvent = publicObject;

function list(url: string, data: Obj[]): Obj {
  return { object: 'list', data: data.map(publicObject), has_more: false, url };
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Stripe's form encoding (`a[b][0][c]=v`) into nested objects and arrays; what the SDK sends.
 * Objects whose keys are all indexes become arrays.
 */
export function parseForm(body: string): Params {
  const root: Params = {};
  if (!body) return root;
  for (const pair of body.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawKey = decodeURIComponent((eq >= 0 ? pair.slice(0, eq) : pair).replace(/\+/g, ' '));
    const value = eq >= 0 ? decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' ')) : '';
    const parts = rawKey.split('[').map((p, i) => (i === 0 ? p : p.replace(/\]$/, '')));
    let node: Params = root;
    parts.forEach((part, i) => {
      const key = part === '' ? String(Object.keys(node).length) : part;
      if (i === parts.length - 1) node[key] = value;
      else node = node[key] ??= {};
    });
  }
  return arrays(root) as Params;
}

function arrays(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Params).map(([k, v]) => [k, arrays(v)] as const);
  if (entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
  }
  return Object.fromEntries(entries);
}

function shuffle<T>(items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

const EVIDENCE_FIELDS = [
  'access_activity_log', 'billing_address', 'cancellation_policy', 'cancellation_policy_disclosure', 'cancellation_rebuttal',
  'customer_communication', 'customer_email_address', 'customer_name', 'customer_purchase_ip', 'customer_signature',
  'duplicate_charge_documentation', 'duplicate_charge_explanation', 'duplicate_charge_id', 'product_description', 'receipt',
  'refund_policy', 'refund_policy_disclosure', 'refund_refusal_explanation', 'service_date', 'service_documentation',
  'shipping_address', 'shipping_carrier', 'shipping_date', 'shipping_documentation', 'shipping_tracking_number',
  'uncategorized_file', 'uncategorized_text',
];

function emptyEvidence(): Obj {
  return { ...Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f, null])), enhanced_evidence: {} };
}

function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function money(amount: number, currency: string): string {
  return `${(amount / 100).toFixed(2)} ${currency.toUpperCase()}`;
}

function checkoutPage(session: Obj, error?: string): string {
  const items = (session._lineItems as Obj[]).map((li) => `<li>${esc(li.description)} — ${money(li.amount_total, li.currency)}</li>`).join('');
  if (session.status !== 'open') return `<h1>Checkout</h1><p>This session is ${esc(session.status)}.</p>`;
  return (
    `<h1>Checkout (local Stripe)</h1><ul>${items}</ul><p>Total: <strong>${money(session.amount_total, session.currency)}</strong>` +
    `${session.mode === 'subscription' ? ' per month' : ''}</p>` +
    (error ? `<p role="alert" class="error">${esc(error)}</p>` : '') +
    `<form method="post"><label>Card number <input name="card" value="4242 4242 4242 4242" autocomplete="cc-number"></label>` +
    `<button name="action" value="pay">Pay</button> <button name="action" value="cancel">Cancel</button></form>` +
    `<p><small>Test cards: 4242 4242 4242 4242 succeeds; 4000 0000 0000 0002 is declined; ` +
    `4000 0000 0000 0341 pays now, renewals fail; 4000 0000 0000 0259 is disputed after payment.</small></p>`
  );
}

function portalPage(portal: Obj, subscription: Obj | undefined, plans: { price: string; label: string }[], error?: string): string {
  const sub = subscription
    ? `<p>Plan: ${esc(subscription.items.data[0].price.nickname ?? subscription.items.data[0].price.product)}, status ${esc(subscription.status)}` +
      `${subscription.cancel_at_period_end ? ', cancels at period end' : ''}.</p>` +
      `<form method="post"><button name="action" value="cancel">Cancel plan</button></form>` +
      plans
        .map((p) => `<form method="post"><input type="hidden" name="price" value="${esc(p.price)}"><button name="action" value="switch">Switch to ${esc(p.label)}</button></form>`)
        .join('')
    : '<p>No active subscription.</p>';
  return (
    `<h1>Billing (local Stripe)</h1>${error ? `<p role="alert" class="error">${esc(error)}</p>` : ''}${sub}` +
    `<form method="post"><label>New card <input name="card" value=""></label><button name="action" value="card">Update card</button></form>` +
    `<p><a href="${esc(portal.return_url)}">Return</a></p>`
  );
}

/** A valid one-page PDF with one line of text. */
function tinyPdf(text: string): Buffer {
  const safe = text.replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 72 720 Td (${safe}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
