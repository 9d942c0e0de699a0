import { Composer, Context, MiddlewareFn, session, SessionStore } from 'telegraf';

/** A context whose session can be written before the handler ends. */
export interface SavingSessionContext<T> extends Context {
  session?: T;
  /** Writes the session now (telegraf writes it only after the handler, which may never come). */
  saveSession?: () => Promise<void>;
}

/**
 * Telegraf's session (keyed `<from>:<chat>`, as its default) plus `ctx.saveSession()`: a handler
 * that starts a step saves it before the reply that announces it, so a process that dies after the
 * reply has not lost the step. (Telegraf writes the session again after the handler: one more
 * upsert of the same value, only for the few updates that save early.)
 */
export function savingSession<T extends object, C extends SavingSessionContext<T>>(store: SessionStore<T>): MiddlewareFn<C> {
  const keyOf = (ctx: Context) => (ctx.from?.id != null && ctx.chat?.id != null ? `${ctx.from.id}:${ctx.chat.id}` : undefined);
  return Composer.compose<C>([
    session<NonNullable<C['session']>, C>({ store: store as SessionStore<NonNullable<C['session']>>, getSessionKey: keyOf }),
    (ctx, next) => {
      const key = keyOf(ctx);
      if (key !== undefined) {
        ctx.saveSession = async () => {
          const value = ctx.session;
          await (value == null ? store.delete(key) : store.set(key, value));
        };
      }
      return next();
    },
  ]);
}

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
