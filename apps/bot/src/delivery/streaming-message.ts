import type { Telegram } from 'telegraf';
import { splitForTelegram, TELEGRAM_TEXT_LIMIT, withRetryAfter } from '@app/infrastructure';

/**
 * One message that grows as text streams in: created with the first text (or a placeholder if
 * nothing arrives quickly), edited at most once per `intervalMs` (Telegram throttles edits), 429s
 * honoured, and split into further messages under the 4096-character limit when finished. Text
 * that is complete at once (the offline composer) is simply sent.
 */
export class StreamingMessage {
  private messageId?: number;
  private shown = '';
  private latest = '';
  private lastEditAt = 0;
  private timer?: NodeJS.Timeout;
  private placeholderTimer?: NodeJS.Timeout;
  /** Serialises every Bot API call of this message. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly telegram: Telegram,
    private readonly chatId: number,
    private readonly intervalMs = 1200,
    private readonly placeholderDelayMs = 300,
  ) {}

  /** Shows `placeholder` if no text has arrived within a moment. */
  start(placeholder: string): void {
    this.placeholderTimer = setTimeout(() => this.enqueue(() => this.show(placeholder)), this.placeholderDelayMs);
  }

  /** The text so far; shown at the next allowed edit. */
  update(text: string): void {
    this.latest = text;
    if (this.timer) return;
    const wait = this.messageId === undefined && !this.placeholderSent() ? 0 : Math.max(0, this.lastEditAt + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.enqueue(() => this.showThrottled(preview(this.latest)));
    }, wait);
  }

  /** Shows the final text: the first part in this message, the rest as new messages. */
  async finish(text: string): Promise<void> {
    this.stopTimers();
    const [first, ...rest] = splitForTelegram(text);
    await this.enqueue(async () => {
      await this.showThrottled(first!);
      for (const part of rest) await withRetryAfter(() => this.telegram.sendMessage(this.chatId, part));
    }, true);
  }

  /**
   * Puts `text` in place of whatever was streamed (a reading that failed after some of it was
   * shown must not stay on screen), or sends it when nothing was shown yet.
   */
  async replace(text: string): Promise<void> {
    this.stopTimers();
    await this.enqueue(() => this.show(text), true);
  }

  /** No placeholder and no pending edit: what comes next is the last word. */
  private stopTimers(): void {
    clearTimeout(this.placeholderTimer);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private placeholderSent(): boolean {
    return this.shown !== '';
  }

  private enqueue(work: () => Promise<void>, propagate = false): Promise<void> {
    const next = this.chain.then(work);
    this.chain = next.catch(() => undefined);
    return propagate ? next : next.catch(() => undefined);
  }

  /** Edits wait until `intervalMs` after the previous call finished; the first send does not. */
  private async showThrottled(text: string): Promise<void> {
    if (this.messageId !== undefined && text !== this.shown) {
      const wait = this.lastEditAt + this.intervalMs - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    await this.show(text);
  }

  private async show(text: string): Promise<void> {
    if (!text || text === this.shown) return;
    if (this.messageId === undefined) {
      const message = await withRetryAfter(() => this.telegram.sendMessage(this.chatId, text));
      this.messageId = message?.message_id;
    } else {
      await withRetryAfter(() => this.telegram.editMessageText(this.chatId, this.messageId, undefined, text));
    }
    this.shown = text;
    this.lastEditAt = Date.now();
  }
}

function preview(text: string): string {
  return text.length <= TELEGRAM_TEXT_LIMIT ? text : `${splitForTelegram(text)[0]!.slice(0, TELEGRAM_TEXT_LIMIT - 2)} …`;
}
