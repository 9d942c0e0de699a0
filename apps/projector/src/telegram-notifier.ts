import type { BillingNotice, UserNotifier } from '@app/application';
import { userAccount, userStream } from '@app/domain';
import { telegramClientOf, telegramTargetOf } from '@app/infrastructure';
import type { AggregateRunner, Logger, TelegramTarget } from '@app/infrastructure';
import { billingNoticeText } from '@app/texts';
import type { Telegram } from 'telegraf';

export { telegramTargetOf };
export type { TelegramTarget };

/** Billing notices as bot messages, in the user's language; a user without a Telegram account is skipped. */
export class TelegramUserNotifier implements UserNotifier {
  private readonly client: () => Promise<Telegram | undefined>;

  constructor(
    private readonly runner: AggregateRunner,
    target: () => Promise<TelegramTarget | undefined>,
    private readonly logger: Logger,
  ) {
    this.client = telegramClientOf(target);
  }

  async notify(userId: string, notice: BillingNotice): Promise<void> {
    const { state } = await this.runner.state(userAccount, userStream(userId));
    if (!state.telegramId) return;
    const telegram = await this.client();
    if (!telegram) {
      this.logger.warn({ userId, notice: notice.kind }, 'no bot to tell the user about their billing');
      return;
    }
    await telegram.sendMessage(state.telegramId, billingNoticeText(state.preferences.language, notice));
  }
}
