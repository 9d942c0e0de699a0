/** Tracks the highest position announced to this process and lets readers sleep until it moves. */
export class Wakeup {
  latest = 0;
  private waiters = new Set<{ position: number; wake: () => void }>();

  advance(position: number): void {
    if (position <= this.latest) return;
    this.latest = position;
    for (const waiter of this.waiters) if (position > waiter.position) waiter.wake();
  }

  wakeAll(): void {
    for (const waiter of this.waiters) waiter.wake();
  }

  /** Resolves once a position beyond `position` is announced, after `timeoutMs`, or on abort. */
  waitBeyond(position: number, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    if (this.latest > position || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter = {
        position,
        wake: () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', waiter.wake);
          this.waiters.delete(waiter);
          resolve();
        },
      };
      const timer = setTimeout(waiter.wake, timeoutMs);
      signal?.addEventListener('abort', waiter.wake, { once: true });
      this.waiters.add(waiter);
    });
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return this.waitBeyond(Number.POSITIVE_INFINITY, ms, signal);
  }
}
