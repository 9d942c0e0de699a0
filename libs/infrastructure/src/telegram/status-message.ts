import type { Telegram } from 'telegraf';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import { withRetryAfter } from './telegram-calls';

/**
 * One status message kept up to date: edits go out at most once per `intervalMs` (the latest text
 * wins; intermediate ones are dropped), 429 `retry_after` is honoured, and `final` waits for the
 * interval too, then replaces whatever was shown. Edit failures never fail the work being reported.
 */
export class StatusMessage {
  private shown?: string;
  private pending?: string;
  private lastEditAt = 0;
  private scheduled = false;
  private chain: Promise<void> = Promise.resolve();
  private closed = false;
  /** Edits actually sent (for logs and tests). */
  edits = 0;

  constructor(
    private readonly telegram: Telegram,
    private readonly chatId: number,
    private messageId: number | undefined,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown) => void = () => undefined,
    /** Buttons kept under the message while it is in progress (Telegram drops them on an edit without them); the final state has none. */
    private readonly keyboard?: InlineKeyboardMarkup,
    /**
     * When the message was last edited as far as we know. Several processes take turns on one
     * status message (the bot, the queue supervisor, the worker), so by default each assumes an
     * edit just happened and waits one interval before its first edit.
     */
    lastEditAt = Date.now(),
  ) {
    this.lastEditAt = lastEditAt;
  }

  update(text: string): void {
    if (this.closed || text === this.shown) return;
    this.pending = text;
    if (this.scheduled) return;
    this.scheduled = true;
    // The wait is measured when the edit is due (not when asked), so an edit still in flight
    // counts: at most one edit per interval, whatever the rate of updates.
    this.chain = this.chain
      .then(async () => {
        const wait = this.lastEditAt + this.intervalMs - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        this.scheduled = false;
        const next = this.pending;
        this.pending = undefined;
        if (next !== undefined && !this.closed) await this.show(next);
      })
      .catch(this.onError);
  }

  /** Shows the final text (after the interval since the last edit) and stops further updates. */
  async final(text: string): Promise<void> {
    this.closed = true;
    await this.chain;
    const wait = this.lastEditAt + this.intervalMs - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    this.enqueue(text, true);
    await this.chain;
  }

  private enqueue(text: string, final = false): void {
    this.chain = this.chain.then(() => this.show(text, final)).catch(this.onError);
  }

  private async show(text: string, final = false): Promise<void> {
    if (text === this.shown && !final) return;
    const markup = { reply_markup: final || !this.keyboard ? { inline_keyboard: [] } : this.keyboard };
    if (this.messageId === undefined) {
      const sent = await withRetryAfter(() => this.telegram.sendMessage(this.chatId, text, markup));
      this.messageId = sent?.message_id;
    } else {
      await withRetryAfter(() => this.telegram.editMessageText(this.chatId, this.messageId, undefined, text, markup));
      this.edits++;
    }
    this.shown = text;
    this.lastEditAt = Date.now();
  }
}
