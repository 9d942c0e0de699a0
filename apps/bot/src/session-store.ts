import type { SessionStore } from 'telegraf';

/**
 * Keeps the sessions this process last wrote or read (up to `capacity`, least recently used
 * dropped), so reading one again needs no query. Writes go to the store first, then here. Only
 * correct while this process is the one writer, as a polling bot is: Telegram hands each update
 * to a single getUpdates consumer.
 */
export class WriteThroughSessionStore<T> {
  /** JSON, as the store keeps it: a handler that changes what it got cannot change the cache. */
  private readonly kept = new Map<string, string | null>();

  constructor(
    private readonly store: SessionStore<T>,
    private readonly capacity = 10_000,
  ) {}

  async get(key: string): Promise<T | undefined> {
    const hit = this.kept.get(key);
    if (hit !== undefined) {
      this.keep(key, hit);
      return hit === null ? undefined : (JSON.parse(hit) as T);
    }
    const value = await this.store.get(key);
    this.keep(key, value === undefined ? null : JSON.stringify(value));
    return value;
  }

  async set(key: string, value: T): Promise<unknown> {
    this.kept.delete(key);
    const result = await this.store.set(key, value);
    this.keep(key, JSON.stringify(value));
    return result;
  }

  async delete(key: string): Promise<unknown> {
    this.kept.delete(key);
    const result = await this.store.delete(key);
    this.keep(key, null);
    return result;
  }

  private keep(key: string, json: string | null): void {
    this.kept.delete(key);
    this.kept.set(key, json);
    if (this.kept.size > this.capacity) this.kept.delete(this.kept.keys().next().value!);
  }
}
