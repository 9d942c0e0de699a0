import type { SessionStore } from 'telegraf';

/**
 * Keeps the sessions this process last wrote or read (up to `capacity`, least recently used
 * dropped), so reading one again needs no query. Writes go to the store first, then here. Only
 * correct while this process is the one writer, as a polling bot is: Telegram hands each update
 * to a single getUpdates consumer.
 *
 * Reads and writes of one key may overlap (two updates of one user in a batch): each write takes a
 * new generation of the key, and a read or write keeps its result only if no later write began
 * meanwhile, so an older value never replaces a newer one here.
 */
export class WriteThroughSessionStore<T> {
  /** JSON, as the store keeps it: a handler that changes what it got cannot change the cache. */
  private readonly kept = new Map<string, string | null>();
  private readonly generations = new Map<string, number>();
  private generation = 0;

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
    const started = this.generations.get(key);
    const value = await this.store.get(key);
    if (this.generations.get(key) === started) this.keep(key, value === undefined ? null : JSON.stringify(value));
    return value;
  }

  set(key: string, value: T): Promise<unknown> {
    return this.write(key, JSON.stringify(value), () => this.store.set(key, value));
  }

  delete(key: string): Promise<unknown> {
    return this.write(key, null, () => this.store.delete(key));
  }

  private async write(key: string, json: string | null, write: () => unknown): Promise<unknown> {
    const mine = ++this.generation;
    this.generations.set(key, mine);
    this.kept.delete(key);
    const result = await write();
    if (this.generations.get(key) === mine) this.keep(key, json);
    return result;
  }

  private keep(key: string, json: string | null): void {
    this.kept.delete(key);
    this.kept.set(key, json);
    if (this.kept.size > this.capacity) {
      const oldest = this.kept.keys().next().value!;
      this.kept.delete(oldest);
      this.generations.delete(oldest);
    }
  }
}
