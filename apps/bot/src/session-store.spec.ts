import { Context, MemorySessionStore } from 'telegraf';
import { describe, expect, it } from 'vitest';
import { SavingSessionContext, savingSession, WriteThroughSessionStore } from './session-store';

/** telegraf's own in-memory store underneath, with its reads counted. */
function counted() {
  const inner = new MemorySessionStore<{ n: number }>();
  let reads = 0;
  const get = inner.get.bind(inner);
  inner.get = (key: string) => {
    reads++;
    return get(key);
  };
  return { inner, reads: () => reads };
}

describe('write-through session store', () => {
  it('reads a key from the store once, then serves what it last read or wrote', async () => {
    const { inner, reads } = counted();
    inner.set('a', { n: 1 });
    const store = new WriteThroughSessionStore(inner);
    expect(await store.get('a')).toEqual({ n: 1 });
    expect(await store.get('a')).toEqual({ n: 1 });
    expect(reads()).toBe(1);
    await store.set('a', { n: 2 });
    expect(inner.get('a')).toEqual({ n: 2 });
    expect(await store.get('a')).toEqual({ n: 2 });
    expect(await store.get('missing')).toBeUndefined();
    expect(await store.get('missing')).toBeUndefined();
    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
    expect(inner.get('a')).toBeUndefined();
    expect(reads()).toBe(4); // the store read 'a' and 'missing' once each; the test itself read twice
  });

  it('hands out copies: changing a session without saving it changes nothing kept', async () => {
    const { inner } = counted();
    const store = new WriteThroughSessionStore(inner);
    await store.set('a', { n: 1 });
    (await store.get('a'))!.n = 99;
    expect(await store.get('a')).toEqual({ n: 1 });
  });

  it('keeps at most `capacity` keys, dropping the least recently used', async () => {
    const { inner, reads } = counted();
    const store = new WriteThroughSessionStore(inner, 2);
    await store.set('a', { n: 1 });
    await store.set('b', { n: 2 });
    await store.get('a');
    await store.set('c', { n: 3 });
    const before = reads();
    await store.get('a');
    await store.get('c');
    expect(reads()).toBe(before);
    expect(await store.get('b')).toEqual({ n: 2 });
    expect(reads()).toBe(before + 1);
  });

  it('a failed write leaves nothing cached for the key', async () => {
    const { inner, reads } = counted();
    const store = new WriteThroughSessionStore(inner);
    await store.set('a', { n: 1 });
    inner.set = () => {
      throw new Error('database down');
    };
    await expect(store.set('a', { n: 2 })).rejects.toThrow('database down');
    expect(await store.get('a')).toEqual({ n: 1 });
    expect(reads()).toBe(1);
  });

  it('a read that overlaps a write does not keep the older value', async () => {
    const inner = new MemorySessionStore<{ n: number }>();
    inner.set('a', { n: 1 });
    // The store answers the read only after the write has landed, with what it read before.
    let answerRead: (value: { n: number }) => void = () => undefined;
    const slow = {
      get: () => new Promise<{ n: number }>((resolve) => (answerRead = resolve)),
      set: async (k: string, v: { n: number }) => inner.set(k, v),
      delete: async (k: string) => inner.delete(k),
    };
    const store = new WriteThroughSessionStore(slow);
    const read = store.get('a');
    await store.set('a', { n: 2 });
    answerRead({ n: 1 });
    expect(await read).toEqual({ n: 1 });
    expect(await store.get('a')).toEqual({ n: 2 });
  });

  it('of two overlapping writes, the one begun last is kept', async () => {
    const inner = new MemorySessionStore<{ n: number }>();
    const pending: (() => void)[] = [];
    const slow = {
      get: async (k: string) => inner.get(k),
      set: (k: string, v: { n: number }) => new Promise<void>((resolve) => pending.push(() => resolve(inner.set(k, v)))),
      delete: async (k: string) => inner.delete(k),
    };
    const store = new WriteThroughSessionStore(slow);
    const first = store.set('a', { n: 1 });
    const second = store.set('a', { n: 2 });
    pending[1]!();
    pending[0]!();
    await Promise.all([first, second]);
    expect(await store.get('a')).toEqual({ n: 2 });
  });
});

describe('savingSession', () => {
  type S = { step: string };
  const contextOf = (id: number) =>
    new Context(
      { update_id: id, message: { message_id: id, date: 0, chat: { id: 7, type: 'private', first_name: 'A' }, from: { id: 5, is_bot: false, first_name: 'A' }, text: 'hi' } } as never,
      {} as never,
      { id: 1, is_bot: true, first_name: 'bot', username: 'bot' } as never,
    ) as SavingSessionContext<S>;

  it('writes the session when the handler asks, before the handler ends, under telegraf’s key', async () => {
    const store = new MemorySessionStore<S>();
    const ctx = contextOf(1);
    let seenDuringHandler: unknown;
    await savingSession<S, SavingSessionContext<S>>(store)(ctx, async () => {
      ctx.session = { step: 'question' };
      await ctx.saveSession!();
      seenDuringHandler = store.get('5:7');
    });
    expect(seenDuringHandler).toEqual({ step: 'question' });
    expect(store.get('5:7')).toEqual({ step: 'question' });
  });

  it('a cleared session is deleted when saved', async () => {
    const store = new MemorySessionStore<S>();
    store.set('5:7', { step: 'question' });
    const ctx = contextOf(2);
    let during: unknown = 'unset';
    await savingSession<S, SavingSessionContext<S>>(store)(ctx, async () => {
      expect(ctx.session).toEqual({ step: 'question' });
      ctx.session = undefined;
      await ctx.saveSession!();
      during = store.get('5:7');
    });
    expect(during).toBeUndefined();
  });
});
