import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import TelegramServer from 'telegram-test-api';
import { freePort } from '../postgres/embedded';
import { LocalStars, PayOutcome, STARS_METHODS, StarsUpdate, StarsUser } from './local-stars';

export interface StoredFile {
  fileId: string;
  kind: 'photo' | 'audio' | 'document';
  name: string;
  mime: string;
  bytes: Buffer;
  /** Where it was saved, when the stand-in has an inbox directory. */
  path?: string;
}

export interface Fault {
  method: string;
  status: number;
  description: string;
  retryAfter?: number;
  /** How many calls to fail (default 1). */
  times?: number;
}

export interface Reply {
  method: string;
  chatId: number;
  at: number;
  text?: string;
}

export interface LocalBotApiOptions {
  /** Save uploaded files here (local mode: ./.data/inbox). */
  inboxDir?: string;
  /** How long an empty getUpdates is held before answering (the stand-in itself answers at once). */
  holdPollMs?: number;
  /**
   * Keep the update, message and callback ids here so that they continue across restarts, as
   * Telegram's do (local mode: `localBotApiIdsFile(DATA_DIR)`). Without it they start from 1.
   */
  idsFile?: string;
  /** How long a bot has to answer a pre-checkout query before the payment is canceled (Telegram: 10 s). */
  preCheckoutTimeoutMs?: number;
}

/** telegram-test-api's counters (private in its typings): the next id of each kind it hands out. */
interface IdCounters {
  updateId: number;
  messageId: number;
  callbackId: number;
}
const COUNTERS: (keyof IdCounters)[] = ['updateId', 'messageId', 'callbackId'];

/** Ids reserved ahead with each write of the ids file: a restart skips at most this many. */
const ID_BLOCK = 1000;
/** 2025-01-01T00:00:00Z in seconds: ids start no lower than the seconds since, should the ids file be lost. */
const ID_EPOCH_SECONDS = 1_735_689_600;

/** Replies kept for inspection; older ones are dropped so a long local session does not grow forever. */
const MAX_REPLIES = 10_000;

const UPLOAD_METHODS: Record<string, StoredFile['kind']> = { sendPhoto: 'photo', sendAudio: 'audio', sendDocument: 'document' };
const ACCEPTED_SILENTLY = new Set(['setMyCommands', 'sendChatAction', 'deleteMyCommands', 'setChatMenuButton']);

/**
 * A local Telegram Bot API: `telegram-test-api` (which implements the text methods, callbacks and
 * the client side) behind a small front of ours that adds what it lacks — uploads (`sendPhoto`,
 * `sendAudio`, `sendDocument`), `setMyCommands`, `sendChatAction`, held idle polls, injected
 * faults such as 429 with `retry_after`, and re-delivery of an update. Messages the bot sends or
 * edits go into telegram-test-api's store through the same calls its own routes make.
 */
export class LocalBotApi {
  readonly files = new Map<string, StoredFile>();
  readonly commands = new Map<string, unknown>();
  /** Times (ms, performance.now) each bot reply reached the stand-in, by method, for benchmarks. */
  readonly replies: Reply[] = [];
  /**
   * Emits `reply` with each Reply as it arrives, `delivered` (update id, time) as updates are
   * handed out, and `webhook` (token) when a bot sets its webhook.
   */
  readonly events = new EventEmitter().setMaxListeners(0);
  private readonly faults: Fault[] = [];
  /** Injected faults as they fired: method and time (ms, performance.now, like `replies`). */
  readonly faultsFired: { method: string; at: number }[] = [];
  /**
   * Callback queries answered by bots, in order, with the toast text if any (an alert when
   * `showAlert`) and the user who pressed (known once the query was handed to the bot).
   */
  readonly callbackAnswers: { queryId: string; text?: string; showAlert?: boolean; userId?: number }[] = [];
  /** Who pressed each callback query handed out (query id → user id), so that answers can name them. */
  private readonly callbackUsers = new Map<string, number>();
  private readonly redeliveries: unknown[] = [];
  /** Updates of kinds telegram-test-api cannot hold (pre-checkout queries, payments), per token, not yet handed out. */
  private readonly rawUpdates = new Map<string, StarsUpdate[]>();
  /**
   * Telegram Stars: invoices, pre-checkout, payments, refunds, subscriptions, transactions. Its
   * `pay`, `renew` and `paymentUpdate` are the user-side controls (see also `pay` below).
   */
  readonly stars: LocalStars;
  /** Updates handed out but not yet confirmed by a later offset, per token (Telegram's semantics). */
  private readonly unconfirmed = new Map<string, { update_id: number }[]>();
  /** Webhooks set by bots (url and secret token), served by us instead of the stand-in. */
  private readonly webhooks = new Map<string, { url: string; secret?: string }>();
  private pushing = Promise.resolve();
  private front?: http.Server;
  private backendUrl = '';
  /** What the ids file promises the next start: every id handed out so far is below it. */
  private reservedIds?: IdCounters;
  url = '';

  private constructor(
    readonly server: TelegramServer,
    private readonly options: LocalBotApiOptions,
  ) {
    this.stars = new LocalStars(
      {
        addBotMessage: (token, message) => {
          const stored = this.server.addBotMessage(message as never, token) as unknown as { message_id: number; date: number; chat: { id: number } };
          this.reserveIds();
          return stored;
        },
        pushUpdate: (token, update) => this.pushUpdate(token, update),
        nextMessageId: () => {
          const counters = this.server as unknown as IdCounters;
          const id = counters.messageId++;
          this.reserveIds();
          return id;
        },
      },
      { preCheckoutTimeoutMs: options.preCheckoutTimeoutMs },
    );
  }

  static async start(options: LocalBotApiOptions = {}): Promise<LocalBotApi> {
    const backendPort = await freePort();
    const server = new TelegramServer({ port: backendPort, host: '127.0.0.1', storeTimeout: 3600 });
    await server.start();
    const api = new LocalBotApi(server, options);
    if (options.idsFile) api.continueIds(options.idsFile);
    api.backendUrl = `http://127.0.0.1:${backendPort}`;
    await api.listen();
    return api;
  }

  /** A client acting as one Telegram user (see telegram-test-api's TelegramClient). */
  client(botToken: string, user: { userId: number; firstName?: string; userName?: string; chatId?: number }) {
    return this.server.getClient(botToken, {
      userId: user.userId,
      chatId: user.chatId ?? user.userId,
      firstName: user.firstName ?? 'Test',
      userName: user.userName ?? `user${user.userId}`,
      timeout: 10_000,
      interval: 50,
    });
  }

  /** Fails the next call(s) of a method with this error (e.g. 429 with retry_after). */
  injectFault(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  /** Injected faults not yet triggered. */
  pendingFaults(): number {
    return this.faults.length;
  }

  /**
   * The user pays an invoice (a sendInvoice message id, or a createInvoiceLink link): the bot gets
   * a pre_checkout_query, and only an ok answer within the deadline makes the payment, delivered
   * as a successful_payment message with a fresh charge id.
   */
  pay(botToken: string, user: StarsUser, invoice: number | string, options: { answerWithinMs?: number } = {}): Promise<PayOutcome> {
    return this.stars.pay(botToken, user, invoice, options);
  }

  /** Delivers a new update of any kind to the bot, with the next update id. */
  pushUpdate(botToken: string, update: Record<string, unknown>): StarsUpdate {
    const counters = this.server as unknown as IdCounters;
    const full = { update_id: counters.updateId++, ...update };
    this.reserveIds();
    let queue = this.rawUpdates.get(botToken);
    if (!queue) this.rawUpdates.set(botToken, (queue = []));
    queue.push(full);
    this.server.emit('AddedUserMessage');
    return full;
  }

  /** Hands an already-delivered update to the bot again, as Telegram does after a timeout. */
  redeliver(update: unknown): void {
    this.redeliveries.push(update);
    this.server.emit('AddedUserMessage');
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.front ? this.front.close(() => resolve()) : resolve()));
    this.front?.closeAllConnections?.();
    await this.server.stop();
  }

  /**
   * The bot remembers the update ids it handled (to drop Telegram's re-deliveries) and derives
   * command and reading ids from them, so a restarted stand-in must never hand out an id again.
   * Starts the counters above the ids file (and above the seconds since ID_EPOCH_SECONDS, for
   * a lost file), and reserves a block ahead: the file is rewritten only when a block runs out,
   * always before an id past it is handed out, so even a killed process leaves a file above
   * every id it gave away.
   */
  private continueIds(file: string): void {
    const counters = this.server as unknown as IdCounters;
    let saved: Partial<IdCounters> = {};
    if (existsSync(file)) {
      try {
        saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<IdCounters>;
      } catch {
        // unreadable: the time floor below still starts the ids high
      }
    }
    const floor = Math.max(1, Math.floor(Date.now() / 1000) - ID_EPOCH_SECONDS);
    for (const key of COUNTERS) {
      const value = saved[key];
      counters[key] = Math.max(floor, Number.isSafeInteger(value) ? value! : 1, counters[key]);
    }
    this.reserveIds(true);
  }

  /** Before ids are handed out: makes sure the ids file is above all of them. */
  private reserveIds(force = false): void {
    const file = this.options.idsFile;
    if (!file) return;
    const counters = this.server as unknown as IdCounters;
    if (!force && COUNTERS.every((key) => counters[key] <= this.reservedIds![key])) return;
    const reserved = Object.fromEntries(COUNTERS.map((key) => [key, counters[key] + ID_BLOCK])) as unknown as IdCounters;
    mkdirSync(path.dirname(file), { recursive: true });
    const staging = `${file}.${process.pid}`;
    writeFileSync(staging, JSON.stringify(reserved));
    renameSync(staging, file);
    this.reservedIds = reserved;
  }

  private async listen(): Promise<void> {
    const port = await freePort();
    this.front = http.createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error_code: 500, description: String(error) }));
      });
    });
    this.front.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve) => this.front!.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${port}`;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // The answers to one user's button presses, for `npm run chat` (Telegram shows them as toasts).
    const answers = /^\/local\/callbackAnswers\/(\d+)$/.exec(req.url ?? '');
    if (answers) return json(res, 200, { ok: true, result: this.callbackAnswers.filter((a) => a.userId === Number(answers[1])) });
    // `npm run chat` pays an invoice as its user: { token, userId, firstName?, invoice: message id or link }.
    if (req.url === '/local/pay' && req.method === 'POST') return this.payRoute(req, res);
    const file = /^\/local\/files\/([\w-]+)$/.exec(req.url ?? '');
    if (file) {
      const stored = this.files.get(file[1]!);
      if (!stored) return json(res, 404, { ok: false, description: 'no such file' });
      return json(res, 200, { ok: true, result: { path: stored.path ?? null, name: stored.name, kind: stored.kind } });
    }
    const match = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? '');
    if (!match) return this.proxy(req, res);
    const [, token, method] = match as unknown as [string, string, string];

    const fault = this.faults.find((f) => f.method === method);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      this.faultsFired.push({ method, at: performance.now() });
      req.resume();
      return json(res, fault.status, {
        ok: false,
        error_code: fault.status,
        description: fault.description,
        ...(fault.retryAfter !== undefined ? { parameters: { retry_after: fault.retryAfter } } : {}),
      });
    }

    if (method === 'setWebhook' || method === 'deleteWebhook') {
      const body = await readFields(req);
      if (method === 'setWebhook' && body.url) {
        this.webhooks.set(token, { url: String(body.url), ...(body.secret_token ? { secret: String(body.secret_token) } : {}) });
        this.listenForPushes();
        this.events.emit('webhook', token);
      } else {
        this.webhooks.delete(token);
      }
      return json(res, 200, { ok: true, result: true });
    }
    if (method === 'getUpdates') {
      const body = await readFields(req);
      return this.getUpdates(token, Number(body.offset ?? 0), res);
    }
    if (ACCEPTED_SILENTLY.has(method)) {
      const body = await readFields(req);
      if (method === 'setMyCommands') this.commands.set(token, parseJson(body.commands));
      return json(res, 200, { ok: true, result: true });
    }
    const kind = UPLOAD_METHODS[method];
    if (kind) return this.upload(token, method, kind, req, res);
    if (method === 'sendMessage' || method === 'editMessageText') {
      const body = await readFields(req);
      // Like Telegram: an edit that names no keyboard removes the one the message had.
      if (method === 'editMessageText' && body.reply_markup === undefined) body.reply_markup = { inline_keyboard: [] };
      this.recordReply({ method, chatId: Number(body.chat_id), at: performance.now(), text: String(body.text ?? '') });
      // telegram-test-api's own handlers for these two are one call each into its server object:
      // made here directly, they spare every message a second HTTP hop through its express app.
      if (method === 'sendMessage') {
        const result = this.server.addBotMessage(body as never, token);
        this.reserveIds();
        return json(res, 200, { ok: true, result });
      }
      this.server.editMessageText(body as never);
      return json(res, 200, { ok: true, result: null });
    }
    if (STARS_METHODS.has(method)) {
      const reply = this.stars.call(token, method, await readFields(req));
      if (method === 'sendInvoice' && reply.body.ok) this.recordReply({ method, chatId: Number((reply.body.result as { chat: { id: number } }).chat.id), at: performance.now() });
      return json(res, reply.status, reply.body);
    }
    if (method === 'answerCallbackQuery') {
      const body = await readFields(req);
      // (The toast a user sees; it names no chat, only the query.)
      const queryId = String(body.callback_query_id ?? '');
      this.callbackAnswers.push({
        queryId,
        text: body.text === undefined ? undefined : String(body.text),
        ...(body.show_alert === true || body.show_alert === 'true' ? { showAlert: true } : {}),
        ...(this.callbackUsers.has(queryId) ? { userId: this.callbackUsers.get(queryId) } : {}),
      });
      if (this.callbackAnswers.length > MAX_REPLIES) this.callbackAnswers.splice(0, this.callbackAnswers.length - MAX_REPLIES);
      return json(res, 200, { ok: true, result: null });
    }
    return this.proxy(req, res);
  }

  /**
   * Like Telegram: an update stays pending until a later call's `offset` confirms it, so a bot
   * that stops while holding a poll gets it again on its next start.
   */
  private listeningForPushes = false;

  /** Webhook mode: POST each new update to the bot's URL with its secret token header, in order. */
  private listenForPushes(): void {
    if (this.listeningForPushes) return;
    this.listeningForPushes = true;
    const push = () => {
      this.pushing = this.pushing.then(async () => {
        for (const [token, hook] of this.webhooks) {
          const updates = this.freshUpdates(token);
          if (updates.length > 0) this.reserveIds();
          this.noteCallbackUsers(updates);
          for (const update of updates) {
            await fetch(hook.url, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...(hook.secret ? { 'x-telegram-bot-api-secret-token': hook.secret } : {}) },
              body: JSON.stringify(update),
            }).catch(() => undefined);
          }
        }
      });
    };
    for (const e of ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery']) this.server.on(e, push);
  }

  private async getUpdates(token: string, offset: number, res: http.ServerResponse): Promise<void> {
    let pending = this.unconfirmed.get(token);
    if (!pending) this.unconfirmed.set(token, (pending = []));
    // Confirmed by this offset: drop them (in place, so concurrent polls share one queue).
    for (let i = pending.length - 1; i >= 0; i--) if (pending[i]!.update_id < offset) pending.splice(i, 1);
    const take = () => {
      const fresh = this.freshUpdates(token);
      pending!.push(...fresh);
      return [...pending!, ...this.redeliveries.splice(0)];
    };
    let updates = take();
    if (updates.length === 0) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          for (const e of ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery']) this.server.off(e, done);
          resolve();
        };
        const timer = setTimeout(done, this.options.holdPollMs ?? 1000);
        for (const e of ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery']) this.server.on(e, done);
      });
      updates = take();
    }
    this.reserveIds();
    this.noteCallbackUsers(updates);
    const now = performance.now();
    for (const update of updates as { update_id?: number }[]) {
      if (update.update_id !== undefined) this.events.emit('delivered', update.update_id, now);
    }
    json(res, 200, { ok: true, result: updates });
  }

  /** The user updates not yet handed out: telegram-test-api's and our own kinds, in update id order. */
  private freshUpdates(token: string): { update_id: number }[] {
    const stored = this.server.getUpdates(token) as { update_id: number }[];
    const raw = this.rawUpdates.get(token)?.splice(0) ?? [];
    return raw.length === 0 ? stored : [...stored, ...raw].sort((a, b) => a.update_id - b.update_id);
  }

  /** Remembers who pressed each callback query being handed out (its answer names only the query). */
  private noteCallbackUsers(updates: unknown[]): void {
    for (const update of updates as { callback_query?: { id?: unknown; from?: { id?: unknown } } }[]) {
      const query = update.callback_query;
      if (query?.id === undefined || typeof query.from?.id !== 'number') continue;
      this.callbackUsers.set(String(query.id), query.from.id);
      if (this.callbackUsers.size > MAX_REPLIES) this.callbackUsers.delete(this.callbackUsers.keys().next().value!);
    }
  }

  private async payRoute(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readFields(req);
    const userId = Number(body.userId);
    const invoice = typeof body.invoice === 'number' || typeof body.invoice === 'string' ? body.invoice : undefined;
    if (typeof body.token !== 'string' || !Number.isSafeInteger(userId) || invoice === undefined) {
      return json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: token, userId and invoice are required' });
    }
    const user: StarsUser = { userId, ...(typeof body.firstName === 'string' ? { firstName: body.firstName } : {}), ...(typeof body.userName === 'string' ? { userName: body.userName } : {}) };
    if (!this.stars.invoice(body.token, invoice)) return json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: no such invoice' });
    const outcome = await this.stars.pay(body.token, user, invoice);
    json(res, 200, { ok: true, result: outcome.status === 'paid' ? { status: outcome.status, chargeId: outcome.chargeId, amount: outcome.amount } : outcome });
  }

  private recordReply(reply: Reply): void {
    this.replies.push(reply);
    if (this.replies.length > MAX_REPLIES) this.replies.splice(0, this.replies.length - MAX_REPLIES);
    this.events.emit('reply', reply);
  }

  private async upload(token: string, method: string, kind: StoredFile['kind'], req: http.IncomingMessage, res: http.ServerResponse) {
    const fields = await readFields(req);
    const fileField = fields[kind];
    const fileId = `${kind}_${randomBytes(8).toString('hex')}`;
    let stored: StoredFile;
    if (fileField instanceof File) {
      stored = { fileId, kind, name: fileField.name || `${fileId}.bin`, mime: fileField.type, bytes: Buffer.from(await fileField.arrayBuffer()) };
    } else {
      // Re-sending a known file id (Telegram's cache) uploads nothing.
      const known = this.files.get(String(fileField));
      if (!known) return json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: wrong file identifier' });
      stored = { ...known, fileId: known.fileId };
    }
    if (this.options.inboxDir && fileField instanceof File) {
      mkdirSync(this.options.inboxDir, { recursive: true });
      stored.path = path.join(this.options.inboxDir, `${Date.now()}-${stored.name.replace(/[^\w.-]/g, '_')}`);
      writeFileSync(stored.path, stored.bytes);
    }
    this.files.set(stored.fileId, stored);
    this.recordReply({ method, chatId: Number(fields.chat_id), at: performance.now() });
    const media =
      kind === 'photo'
        ? { photo: [{ file_id: stored.fileId, file_unique_id: stored.fileId, width: 0, height: 0, file_size: stored.bytes.length }] }
        : {
            [kind]: {
              file_id: stored.fileId,
              file_unique_id: stored.fileId,
              file_name: stored.name,
              mime_type: stored.mime,
              file_size: stored.bytes.length,
              // What sendAudio said about the track, as Telegram shows it.
              ...(typeof fields.title === 'string' ? { title: fields.title } : {}),
              ...(typeof fields.performer === 'string' ? { performer: fields.performer } : {}),
              ...(fields.duration !== undefined ? { duration: Number(fields.duration) } : {}),
              ...(attachedFile(fields, 'thumbnail') ? { thumbnail: { file_size: attachedFile(fields, 'thumbnail')!.size } } : {}),
            },
          };
    const message = this.server.addBotMessage(
      {
        chat_id: Number(fields.chat_id),
        text: typeof fields.caption === 'string' ? fields.caption : '',
        ...(typeof fields.reply_markup === 'string' ? { reply_markup: JSON.parse(fields.reply_markup) } : {}),
        ...media,
      } as never,
      token,
    );
    this.reserveIds();
    json(res, 200, { ok: true, result: { ...message, ...media, caption: fields.caption } });
  }

  private async proxy(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = req.method === 'GET' ? undefined : await new Response(Readable.toWeb(req) as ReadableStream).arrayBuffer();
    const headers: Record<string, string> = {};
    if (req.headers['content-type']) headers['content-type'] = req.headers['content-type'];
    const upstream = await fetch(`${this.backendUrl}${req.url}`, { method: req.method, headers, body });
    const text = await upstream.text();
    this.reserveIds();
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(text);
  }
}

/** A file sent in a field directly, or (as Telegraf does for thumbnails) as `attach://<part name>`. */
function attachedFile(fields: Record<string, unknown>, name: string): File | undefined {
  const value = fields[name];
  if (value instanceof File) return value;
  if (typeof value === 'string' && value.startsWith('attach://')) {
    const part = fields[value.slice('attach://'.length)];
    return part instanceof File ? part : undefined;
  }
  return undefined;
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function parseJson(value: unknown): unknown {
  try {
    return typeof value === 'string' ? JSON.parse(value) : value;
  } catch {
    return value;
  }
}

/** Reads JSON, urlencoded or multipart bodies into a field map (files stay `File` objects). */
async function readFields(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    if (type.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }
  const request = new Request('http://local/', {
    method: 'POST',
    headers: { 'content-type': type },
    body: Readable.toWeb(req) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  const form = await request.formData();
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) fields[key] = value;
  return fields;
}
