import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EventStore,
  EventToAppend,
  IdempotencyConflictError,
  RecordedEvent,
  WrongExpectedRevisionError,
} from './event-store.port';

/** A pending append held open by the test, for adapters that have transactions. */
export interface HeldAppend {
  commit(): Promise<void>;
}

export interface ContractHarness {
  store: EventStore;
  /** Appends inside a transaction that stays open until `commit()`; omitted where unsupported. */
  holdAppend?(streamName: string, events: EventToAppend[]): Promise<HeldAppend>;
  /** Writes an event as an older release would have, bypassing the current schema. */
  appendRaw(streamName: string, event: EventToAppend): Promise<void>;
  teardown(): Promise<void>;
}

const event = (type = 'Thing', data: unknown = { n: 1 }, schemaVersion = 1): EventToAppend => ({
  id: randomUUID(),
  type,
  data,
  metadata: {
    correlationId: 'corr-1',
    causationId: 'cause-1',
    actor: { kind: 'system', id: 'contract' },
    schemaVersion,
    occurredAt: new Date().toISOString(),
  },
});

async function collect(iterable: AsyncIterable<RecordedEvent>, count: number, timeoutMs = 10_000): Promise<RecordedEvent[]> {
  const seen: RecordedEvent[] = [];
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs));
  const iterator = iterable[Symbol.asyncIterator]();
  while (seen.length < count) {
    const next = await Promise.race([iterator.next(), timeout]);
    if (next === 'timeout' || next.done) break;
    seen.push(next.value);
  }
  return seen;
}

const uniqueStream = (category = 'contract') => `${category}-${randomUUID()}`;

/**
 * Waits until readers can see everything up to `position` (PostgreSQL shows an append only once
 * every transaction that started before it has ended, and other tests share the server).
 */
async function visible(store: EventStore, position: number): Promise<void> {
  await expect.poll(() => store.headPosition(), { timeout: 10_000, interval: 20 }).toBeGreaterThanOrEqual(position);
}

/** The behaviour every EventStore adapter must show; run once per adapter. */
export function describeEventStoreContract(name: string, makeHarness: () => Promise<ContractHarness>, enabled = true): void {
  describe.skipIf(!enabled)(`EventStore contract: ${name}`, () => {
    let h: ContractHarness;
    beforeAll(async () => {
      h = await makeHarness();
    });
    afterAll(async () => {
      await h?.teardown();
    });

    describe('append and optimistic concurrency', () => {
      it('appends to a new stream with revisions counted from 0 and increasing global positions', async () => {
        const stream = uniqueStream();
        const r1 = await h.store.appendToStream(stream, [event(), event()], { expectedRevision: 'no_stream' });
        expect(r1.nextExpectedRevision).toBe(1);
        expect(r1.appended).toBe(true);
        const r2 = await h.store.appendToStream(stream, [event()], { expectedRevision: 1 });
        expect(r2.nextExpectedRevision).toBe(2);
        expect(r2.position).toBeGreaterThan(r1.position);
        const read = await h.store.readStream(stream);
        expect(read.map((e) => e.revision)).toEqual([0, 1, 2]);
        expect(read[2]!.position).toBe(r2.position);
      });

      it('enforces no_stream', async () => {
        const stream = uniqueStream();
        await h.store.appendToStream(stream, [event()], { expectedRevision: 'no_stream' });
        const error = await h.store.appendToStream(stream, [event()], { expectedRevision: 'no_stream' }).catch((e) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error.actual).toBe(0);
      });

      it('enforces stream_exists', async () => {
        const stream = uniqueStream();
        const error = await h.store.appendToStream(stream, [event()], { expectedRevision: 'stream_exists' }).catch((e) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error.actual).toBe('no_stream');
        await h.store.appendToStream(stream, [event()]);
        await expect(h.store.appendToStream(stream, [event()], { expectedRevision: 'stream_exists' })).resolves.toMatchObject({
          nextExpectedRevision: 1,
        });
      });

      it('enforces an exact revision', async () => {
        const stream = uniqueStream();
        await h.store.appendToStream(stream, [event(), event()]);
        const error = await h.store.appendToStream(stream, [event()], { expectedRevision: 0 }).catch((e) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error.actual).toBe(1);
        expect(await h.store.readStream(stream)).toHaveLength(2);
      });

      it('accepts any revision with any', async () => {
        const stream = uniqueStream();
        await h.store.appendToStream(stream, [event()], { expectedRevision: 'any' });
        await h.store.appendToStream(stream, [event()], { expectedRevision: 'any' });
        expect(await h.store.readStream(stream)).toHaveLength(2);
      });

      it('lets exactly one of several racing appends at the same revision win', async () => {
        const stream = uniqueStream();
        await h.store.appendToStream(stream, [event()]);
        const results = await Promise.allSettled(
          Array.from({ length: 8 }, () => h.store.appendToStream(stream, [event()], { expectedRevision: 0 })),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(WrongExpectedRevisionError);
        expect(await h.store.readStream(stream)).toHaveLength(2);
      });
    });

    describe('idempotency', () => {
      it('treats appending the same event ids again as a no-op', async () => {
        const stream = uniqueStream();
        const events = [event(), event()];
        const first = await h.store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
        const again = await h.store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
        expect(again.appended).toBe(false);
        expect(again.nextExpectedRevision).toBe(first.nextExpectedRevision);
        const anyAgain = await h.store.appendToStream(stream, events);
        expect(anyAgain.appended).toBe(false);
        expect(await h.store.readStream(stream)).toHaveLength(2);
      });

      it('keeps concurrent appends to other streams apart from one that fails', async () => {
        const repeated = event();
        const bad = uniqueStream();
        await h.store.appendToStream(bad, [repeated]);
        const others = Array.from({ length: 6 }, () => uniqueStream());
        const results = await Promise.allSettled([
          h.store.appendToStream(bad, [repeated, event()]),
          h.store.appendToStream(bad, [event()], { expectedRevision: 5 }),
          ...others.map((s) => h.store.appendToStream(s, [event(), event()], { expectedRevision: 'no_stream' })),
        ]);
        expect(results[0]).toMatchObject({ status: 'rejected', reason: expect.any(IdempotencyConflictError) });
        expect(results[1]).toMatchObject({ status: 'rejected', reason: expect.any(WrongExpectedRevisionError) });
        for (const r of results.slice(2)) expect(r.status).toBe('fulfilled');
        for (const s of others) expect(await h.store.readStream(s)).toHaveLength(2);
        expect(await h.store.readStream(bad)).toHaveLength(1);
      });

      it('finds a repeated event id however deep in the stream, even at the head revision', async () => {
        const stream = uniqueStream();
        const old = event();
        const oldPair = [event(), event()];
        await h.store.appendToStream(stream, [old], { expectedRevision: 'no_stream' });
        await h.store.appendToStream(stream, oldPair, { expectedRevision: 0 });
        for (let n = 0; n < 20; n++) await h.store.appendToStream(stream, [event()], { expectedRevision: n + 2 });
        const head = 22;
        const atHead = await h.store.appendToStream(stream, [old], { expectedRevision: head });
        expect(atHead).toMatchObject({ appended: false, nextExpectedRevision: head });
        expect((await h.store.readStream(stream, { fromRevision: 0, maxCount: 1 }))[0]!.position).toBe(atHead.position);
        expect(await h.store.appendToStream(stream, oldPair)).toMatchObject({ appended: false, nextExpectedRevision: head });
        expect(await h.store.appendToStream(stream, [old], { expectedRevision: 'stream_exists' })).toMatchObject({ appended: false });
        await expect(h.store.appendToStream(stream, [oldPair[1]!, event()], { expectedRevision: head })).rejects.toBeInstanceOf(
          IdempotencyConflictError,
        );
        const read = await h.store.readStream(stream);
        expect(read).toHaveLength(head + 1);
        expect(new Set(read.map((e) => e.id)).size).toBe(head + 1);
      });

      it('answers appended: true to exactly one of several identical appends racing', async () => {
        for (const expectedRevision of [0, 'any', 'stream_exists'] as const) {
          const stream = uniqueStream();
          await h.store.appendToStream(stream, [event()], { expectedRevision: 'no_stream' });
          const events = [event(), event()];
          const results = await Promise.all(Array.from({ length: 4 }, () => h.store.appendToStream(stream, events, { expectedRevision })));
          expect(results.filter((r) => r.appended)).toHaveLength(1);
          for (const r of results) expect(r.nextExpectedRevision).toBe(2);
          expect((await h.store.readStream(stream)).map((e) => e.id).slice(1)).toEqual(events.map((e) => e.id));
        }
      });

      it('refuses event ids that are already in another stream', async (ctx) => {
        // KurrentDB keeps no index by event id (see EventStore.appendToStream): PostgreSQL's promise only.
        if (h.store.kind === 'kurrentdb') ctx.skip();
        const first = uniqueStream();
        const other = uniqueStream();
        const shared = event();
        await h.store.appendToStream(first, [shared]);
        await expect(h.store.appendToStream(other, [shared])).rejects.toBeInstanceOf(IdempotencyConflictError);
        await expect(h.store.appendToStream(other, [shared], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(IdempotencyConflictError);
        await expect(h.store.appendToStream(other, [event(), shared])).rejects.toBeInstanceOf(IdempotencyConflictError);
        expect(await h.store.readStream(other)).toEqual([]);
        expect(await h.store.readStream(first)).toHaveLength(1);
      });

      it('refuses a batch that only partly repeats earlier event ids', async () => {
        const stream = uniqueStream();
        const first = event();
        await h.store.appendToStream(stream, [first]);
        await expect(h.store.appendToStream(stream, [first, event()])).rejects.toBeInstanceOf(IdempotencyConflictError);
        expect(await h.store.readStream(stream)).toHaveLength(1);
      });
    });

    describe('reading', () => {
      it('reads a stream forwards and backwards, from a revision, with a limit', async () => {
        const stream = uniqueStream();
        await h.store.appendToStream(stream, [0, 1, 2, 3, 4].map((n) => event('Thing', { n })));
        expect((await h.store.readStream(stream, { fromRevision: 2 })).map((e) => (e.data as { n: number }).n)).toEqual([2, 3, 4]);
        expect((await h.store.readStream(stream, { direction: 'backwards', maxCount: 2 })).map((e) => e.revision)).toEqual([4, 3]);
        expect((await h.store.readStream(stream, { direction: 'backwards', fromRevision: 1 })).map((e) => e.revision)).toEqual([1, 0]);
        expect(await h.store.readStream(uniqueStream())).toEqual([]);
      });

      it('round-trips data and metadata', async () => {
        const stream = uniqueStream();
        const e = event('Thing', { nested: { list: [1, 'two'] }, text: 'ünïcødé ✓' });
        e.metadata.reason = 'because';
        await h.store.appendToStream(stream, [e]);
        const [read] = await h.store.readStream(stream);
        expect(read).toMatchObject({ id: e.id, type: 'Thing', streamName: stream, revision: 0, data: e.data });
        expect(read!.metadata).toMatchObject(e.metadata);
      });

      it('reads all from a position, filtered by category or event type', async () => {
        const head = await h.store.headPosition();
        const category = `cat${randomUUID().replace(/-/g, '').slice(0, 8)}`;
        const a = `${category}-1`;
        await h.store.appendToStream(a, [event('Alpha'), event('Beta')]);
        await visible(h.store, (await h.store.appendToStream(uniqueStream(), [event('Alpha')])).position);
        const all = await h.store.readAll({ fromPosition: head, maxCount: 100 });
        expect(all.events.length).toBeGreaterThanOrEqual(3);
        const positions = all.events.map((e) => e.position);
        expect(positions).toEqual([...positions].sort((x, y) => x - y));
        expect(positions.every((p) => p > head)).toBe(true);

        const byCategory = await h.store.readAll({ fromPosition: head, filter: { categories: [category] } });
        expect(byCategory.events.map((e) => e.type)).toEqual(['Alpha', 'Beta']);
        const byType = await h.store.readAll({ fromPosition: head, filter: { eventTypes: ['Beta'] } });
        expect(byType.events.every((e) => e.type === 'Beta')).toBe(true);
        expect(byType.events.map((e) => e.streamName)).toContain(a);
        expect(byType.lastPosition).toBeGreaterThanOrEqual(all.lastPosition);
      });

      it('pages through the log in small windows, every event once and in order, until the position stops', async () => {
        const head = await h.store.headPosition();
        const category = `page${randomUUID().replace(/-/g, '').slice(0, 8)}`;
        const ours: string[] = [];
        const noise: string[] = [];
        // 25 events of one category in batches of 1 to 4, with 12 events of others between them.
        const sizes = [1, 4, 2, 3, 1, 4, 2, 1, 3, 4];
        let last = 0;
        for (const [i, size] of sizes.entries()) {
          const batch = Array.from({ length: size }, () => event('Paged'));
          last = (await h.store.appendToStream(`${category}-${i % 3}`, batch)).position;
          ours.push(...batch.map((e) => e.id));
          const other = [event('Noise'), ...(i % 2 ? [event('Noise')] : [])];
          if (i < 8) {
            await h.store.appendToStream(uniqueStream(), other);
            noise.push(...other.map((e) => e.id));
          }
        }
        expect(ours).toHaveLength(25);
        expect(noise).toHaveLength(12);
        await visible(h.store, last);

        const page = async (filter?: { categories: string[] }) => {
          const seen: RecordedEvent[] = [];
          let position = head;
          for (let reads = 0; reads < 100; reads++) {
            const window = await h.store.readAll({ fromPosition: position, maxCount: 10, filter });
            expect(window.events.length).toBeLessThanOrEqual(10);
            for (const e of window.events) expect(e.position).toBeGreaterThan(position);
            if (window.events.length) expect(window.lastPosition).toBeGreaterThanOrEqual(window.events.at(-1)!.position);
            seen.push(...window.events);
            if (window.lastPosition <= position) break;
            position = window.lastPosition;
          }
          return seen;
        };
        const all = await page();
        const everything = new Set([...ours, ...noise]);
        expect(all.map((e) => e.id).filter((id) => everything.has(id))).toEqual(
          [...all].sort((a, b) => a.position - b.position).map((e) => e.id).filter((id) => everything.has(id)),
        );
        expect(all.map((e) => e.id).filter((id) => everything.has(id))).toHaveLength(37);
        expect(all.map((e) => e.id).filter((id) => ours.includes(id))).toEqual(ours);
        const byCategory = await page({ categories: [category] });
        expect(byCategory.map((e) => e.id)).toEqual(ours);
      });

      it('upcasts older event versions on read', async () => {
        const stream = uniqueStream('user');
        await h.appendRaw(stream, event('UserRegistered', { userId: 'u-old', firstName: 'Ada', lastName: 'Lovelace', username: 'ada' }, 1));
        const [read] = await h.store.readStream(stream);
        expect(read!.data).toEqual({ userId: 'u-old', profile: { displayName: 'Ada Lovelace', username: 'ada' } });
        expect(read!.metadata.upcastFromVersion).toBe(1);
      });
    });

    describe('subscriptions', () => {
      it('catches up, then delivers live events, filtered by category', async () => {
        const head = await h.store.headPosition();
        const category = `sub${randomUUID().replace(/-/g, '').slice(0, 8)}`;
        await h.store.appendToStream(`${category}-1`, [event('A'), event('B')]);
        await h.store.appendToStream(uniqueStream(), [event('Noise')]);
        const subscription = h.store.subscribe({ fromPosition: head, filter: { categories: [category] } });
        const received = collect(subscription, 4);
        await new Promise((r) => setTimeout(r, 100));
        await h.store.appendToStream(`${category}-2`, [event('C')]);
        await h.store.appendToStream(`${category}-1`, [event('D')]);
        const events = await received;
        await subscription.close();
        expect(events.map((e) => e.type)).toEqual(['A', 'B', 'C', 'D']);
      });

      it('filters by event type', async () => {
        const head = await h.store.headPosition();
        const type = `Special${randomUUID().slice(0, 8)}`;
        const subscription = h.store.subscribe({ fromPosition: head, filter: { eventTypes: [type] } });
        const received = collect(subscription, 2);
        await h.store.appendToStream(uniqueStream(), [event('Other'), event(type, { k: 1 })]);
        await h.store.appendToStream(uniqueStream(), [event(type, { k: 2 })]);
        const events = await received;
        await subscription.close();
        expect(events.map((e) => (e.data as { k: number }).k)).toEqual([1, 2]);
      });

      it('never skips an event that a slower transaction commits late', async (ctx) => {
        if (!h.holdAppend) ctx.skip();
        const head = await h.store.headPosition();
        const category = `late${randomUUID().replace(/-/g, '').slice(0, 8)}`;
        const subscription = h.store.subscribe({ fromPosition: head, filter: { categories: [category] } });
        const received = collect(subscription, 4);

        // The slow transaction takes its position first, then stays open...
        const held = await h.holdAppend!(`${category}-slow`, [event('Slow')]);
        // ...while later appends commit.
        await h.store.appendToStream(`${category}-fast`, [event('Fast1')]);
        await h.store.appendToStream(`${category}-fast`, [event('Fast2')]);
        await new Promise((r) => setTimeout(r, 300));
        await held.commit();
        await h.store.appendToStream(`${category}-fast`, [event('Fast3')]);

        const events = await received;
        await subscription.close();
        expect(events.map((e) => e.type)).toEqual(['Slow', 'Fast1', 'Fast2', 'Fast3']);
        const positions = events.map((e) => e.position);
        expect(positions).toEqual([...positions].sort((x, y) => x - y));
      });
    });
  });
}
