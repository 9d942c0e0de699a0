import { randomUUID } from 'node:crypto';
import { jsonEvent } from '@kurrent/kurrentdb-client';
import { describe, expect, it } from 'vitest';
import { KurrentDbModel } from '../../../../test/support/kurrentdb-model';
import { describeEventStoreContract } from './event-store.contract';
import { EventToAppend } from './event-store.port';
import { DeletedStreamError, KurrentDbEventStore } from './kurrentdb-event-store';
import { domainUpcaster } from './upcasting';

// The adapter's own logic (paging, id checks, races) against a model of the server's behaviour,
// where no server can run; kurrentdb-event-store.spec.ts runs the same contract on a real server.
describeEventStoreContract('KurrentDB adapter on a model of the server', async () => {
  const model = new KurrentDbModel();
  const store = new KurrentDbEventStore(model.asClient(), { upcast: domainUpcaster });
  return {
    store,
    async appendRaw(streamName, event) {
      await model.appendToStream(streamName, jsonEvent({ id: event.id, type: event.type, data: event.data as never, metadata: event.metadata as never }));
    },
    async teardown() {
      await store.close();
    },
  };
});

const sample = (): EventToAppend => ({
  id: randomUUID(),
  type: 'Thing',
  data: { n: 1 },
  metadata: { correlationId: 'c', causationId: 'c', actor: { kind: 'system', id: 'test' }, schemaVersion: 1, occurredAt: new Date().toISOString() },
});

describe('KurrentDB adapter on a model of the server', () => {
  it('answers appended: true to exactly one of identical appends racing from two processes', async () => {
    const model = new KurrentDbModel();
    const one = new KurrentDbEventStore(model.asClient());
    const other = new KurrentDbEventStore(model.asClient());
    for (const expectedRevision of [0, 'any'] as const) {
      const stream = `credits-${randomUUID()}`;
      await one.appendToStream(stream, [sample()], { expectedRevision: 'no_stream' });
      await other.readStream(stream);
      const events = [sample(), sample()];
      const results = await Promise.all([one, other, one, other].map((s) => s.appendToStream(stream, events, { expectedRevision })));
      expect(results.filter((r) => r.appended)).toHaveLength(1);
      expect(await one.readStream(stream)).toHaveLength(3);
    }
    await one.close();
    await other.close();
  });

  it('reads a tombstoned stream as empty and refuses to append to it', async () => {
    const model = new KurrentDbModel();
    const store = new KurrentDbEventStore(model.asClient());
    const stream = `user-${randomUUID()}`;
    await store.appendToStream(stream, [sample()]);
    model.tombstone(stream);
    expect(await store.readStream(stream)).toEqual([]);
    await expect(store.appendToStream(stream, [sample()])).rejects.toBeInstanceOf(DeletedStreamError);
    await expect(store.appendToStream(stream, [sample()], { expectedRevision: 0 })).rejects.toBeInstanceOf(DeletedStreamError);
    await store.close();
  });

  it('opens the wake-up subscription again after it ends, and wakes waiting readers when it does', async () => {
    const model = new KurrentDbModel();
    const store = new KurrentDbEventStore(model.asClient());
    const waiting = store.waitForEvents(0, 60_000);
    expect(model.liveSubscriptions).toBe(1);
    model.endSubscriptions();
    await waiting;
    await expect
      .poll(async () => {
        await store.waitForEvents(Number.POSITIVE_INFINITY, 10);
        return model.liveSubscriptions;
      }, { timeout: 5000, interval: 100 })
      .toBe(1);
    const woken = store.waitForEvents(await store.headPosition(), 60_000);
    await store.appendToStream(`user-${randomUUID()}`, [sample()]);
    await woken;
    await store.close();
    expect(model.liveSubscriptions).toBe(0);
  });

  it('counts lag without reading a hundred thousand events: nothing at the head, at most 1,000 behind', async () => {
    const model = new KurrentDbModel();
    const store = new KurrentDbEventStore(model.asClient());
    const start = await store.headPosition();
    for (let i = 0; i < 3; i++) await store.appendToStream(`bulk-${i}`, Array.from({ length: 600 }, () => sample()));
    const head = await store.headPosition();
    let before = model.eventsRead;
    expect(await store.countAfter(head, 100_000)).toBe(0);
    expect(model.eventsRead - before).toBeLessThanOrEqual(2);
    before = model.eventsRead;
    expect(await store.countAfter(start, 100_000)).toBe(1000);
    expect(model.eventsRead - before).toBeLessThanOrEqual(1002);
    expect(await store.countAfter(start, 10)).toBe(10);
    await store.close();
  });

  it('reads from a position that is not an event\'s own as after it: nothing skipped, nothing twice', async () => {
    const model = new KurrentDbModel();
    const store = new KurrentDbEventStore(model.asClient());
    const start = await store.headPosition();
    for (let i = 0; i < 4; i++) await store.appendToStream(`gap-${i}`, Array.from({ length: 5 }, () => sample()));
    const all = (await store.readAll({ fromPosition: start, maxCount: 100 })).events;
    expect(all).toHaveLength(20);
    const [one] = (await store.readAll({ fromPosition: all[7]!.position - 1, maxCount: 1 })).events;
    expect(one!.id).toBe(all[7]!.id);
    const seen: string[] = [];
    let position = all[2]!.position + 1;
    for (;;) {
      const window = await store.readAll({ fromPosition: position, maxCount: 3 });
      expect(window.events.length).toBeLessThanOrEqual(3);
      seen.push(...window.events.map((e) => e.id));
      if (window.lastPosition <= position) break;
      position = window.lastPosition;
    }
    expect(seen).toEqual(all.slice(3).map((e) => e.id));
    await store.close();
  });
});
