import type { Language, Spread } from '@app/domain';
import type { ReadingFailure, ReadingPresenter, ReadingText } from '@app/application';
import { withRetryAfter } from '@app/infrastructure';
import type { Telegram } from 'telegraf';
import { StreamingMessage } from '../delivery/streaming-message';
import { t } from '@app/texts';

/** The failure notice, in the user's language: what went wrong, and that nothing was charged. */
const failureText = (language: Language, failure: ReadingFailure) => t(language, `readingFailed.${failure.reason}`, { price: failure.spread.price });

/**
 * A reading shown in a Telegram chat: the spread as a photo, the interpretation as one message
 * that grows as it streams (see `StreamingMessage`), failures as the bot's notices.
 */
export class TelegramReadingPresenter implements ReadingPresenter {
  constructor(
    private readonly telegram: Telegram,
    private readonly chatId: number,
    private readonly language: Language,
    private readonly streamIntervalMs?: number,
  ) {}

  async showSpread(picture: Buffer, spread: Spread): Promise<void> {
    await withRetryAfter(() => this.telegram.sendPhoto(this.chatId, { source: picture, filename: `${spread.id}.png` }));
  }

  openText(): ReadingText {
    const message = new StreamingMessage(this.telegram, this.chatId, this.streamIntervalMs);
    const language = this.language;
    return {
      waiting: () => message.start(t(language, 'reading')),
      update: (soFar) => message.update(soFar),
      finish: (text) => message.finish(text),
      replaceWithFailure: (failure) => message.replace(failureText(language, failure)),
    };
  }

  async notifyFailure(failure: ReadingFailure): Promise<void> {
    await withRetryAfter(() => this.telegram.sendMessage(this.chatId, failureText(this.language, failure)));
  }
}
