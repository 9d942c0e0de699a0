import type { Logger } from '@app/infrastructure';

/** Detached work the bot must still finish (or at least log) before it stops. */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();
  constructor(private readonly logger: Logger) {}
  run(work: () => Promise<void>): void {
    const task = work().catch((error: unknown) => this.logger.error({ err: error }, 'background task failed'));
    this.running.add(task);
    void task.finally(() => this.running.delete(task));
  }
  async drain(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }
}
