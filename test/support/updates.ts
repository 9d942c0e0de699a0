import type { Pool } from 'pg';
import { ReservationSweeper } from '../../libs/application/src';
import { createLogger, ExpiredReservations, PostgresEventStore } from '../../libs/infrastructure/src';
import type { Commands } from '../../libs/infrastructure/src';
import type { LocalBotApi } from '../../libs/infrastructure/src/testing';

/**
 * Positive signs that something was processed, so a test can assert that something did NOT
 * happen without sleeping first and hoping it would have happened by then.
 */

interface Tracker {
  /** getUpdates calls the stand-in has served so far. */
  polls: number;
  /** Updates handed out so far, counted (the same id handed out again counts again). */
  deliveries: number;
  /** For each update id: each time it was handed out (delivery number, and the poll count then). */
  handedOut: Map<number, { delivery: number; poll: number }[]>;
}

const trackers = new WeakMap<LocalBotApi, Tracker>();

/**
 * Starts watching the stand-in's getUpdates traffic (call it before the bot polls). Telegraf's
 * polling loop handles a whole batch (`Promise.all` of its updates' middleware) before it asks
 * for the next one, so a getUpdates call that arrives after update N was handed out means the
 * bot has finished handling N. Every getUpdates call of the stand-in reads the telegram-test-api
 * store first; that read is what is counted (behaviour unchanged).
 */
export function trackUpdates(api: LocalBotApi): void {
  if (trackers.has(api)) return;
  const tracker: Tracker = { polls: 0, deliveries: 0, handedOut: new Map() };
  trackers.set(api, tracker);
  const server = api.server as unknown as { getUpdates(token: string): unknown[] };
  const read = server.getUpdates.bind(server);
  server.getUpdates = (token: string) => {
    tracker.polls++;
    return read(token);
  };
  api.events.on('delivered', (updateId: number) => {
    const list = tracker.handedOut.get(updateId) ?? [];
    list.push({ delivery: ++tracker.deliveries, poll: tracker.polls });
    tracker.handedOut.set(updateId, list);
  });
}

function trackerOf(api: LocalBotApi): Tracker {
  const tracker = trackers.get(api);
  if (!tracker) throw new Error('trackUpdates(api) was not called before the bot started polling');
  return tracker;
}

/** A mark to pass as `since`: only hand-outs after it count (for an update handed out again). */
export function deliveryMark(api: LocalBotApi): number {
  return trackerOf(api).deliveries;
}

/** Whether update `updateId` was handed out (after `since`) and the bot polled again since (so its handler finished). */
export function updateHandled(api: LocalBotApi, updateId: number, since = 0): boolean {
  const tracker = trackerOf(api);
  return (tracker.handedOut.get(updateId) ?? []).some((d) => d.delivery > since && tracker.polls > d.poll);
}

/**
 * Waits until a polling bot has handled update `updateId` (see `trackUpdates`): its middleware
 * and handlers have returned. With `since` (a `deliveryMark`), only a hand-out after the mark
 * counts: a re-delivered update. Work a handler leaves running in the background is not covered.
 */
export async function waitUntilHandled(api: LocalBotApi, updateId: number, options: { since?: number; timeoutMs?: number } = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const deadline = Date.now() + timeoutMs;
  while (!updateHandled(api, updateId, options.since)) {
    if (Date.now() > deadline) throw new Error(`the bot did not handle update ${updateId} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Hands an update out again (as Telegram does after a timeout) and waits until the bot has handled it. */
export async function redeliverAndWait(api: LocalBotApi, update: { update_id: number } & Record<string, unknown>): Promise<void> {
  const since = deliveryMark(api);
  api.redeliver(update);
  await waitUntilHandled(api, update.update_id, { since });
}

interface StoredUpdate {
  updateId: number;
  messageId: number;
  message?: { from?: { id: number }; text?: string } & Record<string, unknown>;
  callbackQuery?: { from?: { id: number }; data?: string; message?: unknown };
  callbackId?: number;
}

/** A stored update as the Bot API hands it out (telegram-test-api's own format), for re-delivery. */
export function asBotUpdate(stored: StoredUpdate): { update_id: number } & Record<string, unknown> {
  if (stored.callbackQuery) {
    const { from, message, data } = stored.callbackQuery;
    return { update_id: stored.updateId, callback_query: { id: String(stored.callbackId), from, message, data } };
  }
  return { update_id: stored.updateId, message: { ...stored.message, message_id: stored.messageId } };
}

/** Updates a Telegram user sent through the stand-in, oldest first. */
export function updatesFrom(api: LocalBotApi, telegramId: number): StoredUpdate[] {
  return (api.server.storage.userMessages as unknown as StoredUpdate[]).filter(
    (u) => (u.message?.from?.id ?? u.callbackQuery?.from?.id) === telegramId,
  );
}

/** The id of the last update a Telegram user sent through the stand-in. */
export function lastUpdateId(api: LocalBotApi, telegramId: number): number {
  const last = updatesFrom(api, telegramId).at(-1);
  if (!last) throw new Error(`user ${telegramId} sent no update`);
  return last.updateId;
}

/** Update ids the bot has taken (its dedupe table records each update it admits, first thing). */
export async function takenUpdateIds(pool: Pool, updateIds: number[]): Promise<number[]> {
  const { rows } = await pool.query<{ update_id: string }>(
    'SELECT update_id FROM bot_processed_updates WHERE update_id = ANY ($1::bigint[]) ORDER BY update_id',
    [updateIds],
  );
  return rows.map((r) => Number(r.update_id));
}

/** The position every projection has read to (the slowest running one), -1 when none runs. */
export async function projectorPosition(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ position: number }>(
    `SELECT coalesce(min(position), -1)::float8 AS position FROM projection_status WHERE status = 'running'`,
  );
  return rows[0]!.position;
}

/** Waits until every running projection has read the log at least to `position` (an event's position). */
export async function waitForProjector(pool: Pool, position: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reached = await projectorPosition(pool);
    if (reached >= position) return;
    if (Date.now() > deadline) throw new Error(`the projector did not reach position ${position} within ${timeoutMs} ms (at ${reached})`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * One full sweep of the reservation-expiry sweeper (a real one, of our own) once the projector has
 * caught up: the first tick marks the log, the second releases what had expired at the mark. Its
 * return is a positive sign that a sweep has run over everything expired before the call.
 */
export async function sweepNow(pool: Pool, commands: Commands, settle: () => Promise<void>): Promise<number> {
  const store = new PostgresEventStore(pool);
  const sweeper = new ReservationSweeper(new ExpiredReservations(pool), store, commands, createLogger('silent', 'test-sweeper'), {
    intervalMs: 100,
    watched: ['open_reservations', 'reading_settlement', 'conversion_settlement'],
  });
  try {
    await settle();
    let released = await sweeper.tick();
    await settle();
    released += await sweeper.tick();
    return released;
  } finally {
    await store.close();
  }
}
