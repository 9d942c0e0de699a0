import type { BillingNotice, UserNotifier } from '@app/application';
import { userAccount, userStream } from '@app/domain';
import { localBotApiFile } from '@app/infrastructure';
import type { AggregateRunner, AppConfig, Logger } from '@app/infrastructure';
import { renewalFailedText } from '@app/texts';
import { readFile } from 'node:fs/promises';
import { Telegram } from 'telegraf';

export interface TelegramTarget {
  token: string;
  apiRoot?: string;
}

/**
 * Where the bot's messages go: the configured bot, or in local mode the Bot API stand-in the bot
 * started (it writes where it listens under DATA_DIR); undefined while there is none.
 */
export async function telegramTargetOf(config: AppConfig): Promise<TelegramTarget | undefined> {
  if (config.TELEGRAM_BOT_TOKEN) return { token: config.TELEGRAM_BOT_TOKEN, ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}) };
  try {
    const { url, token } = JSON.parse(await readFile(localBotApiFile(config.DATA_DIR), 'utf8')) as { url: string; token: string };
    return { token, apiRoot: url };
  } catch {
    return undefined;
  }
}

/** Billing notices as bot messages, in the user's language; a user without a Telegram account is skipped. */
export class TelegramUserNotifier implements UserNotifier {
  private telegram?: { key: string; client: Telegram };

  constructor(
    private readonly runner: AggregateRunner,
    private readonly target: () => Promise<TelegramTarget | undefined>,
    private readonly logger: Logger,
  ) {}

  async notify(userId: string, notice: BillingNotice): Promise<void> {
    const { state } = await this.runner.state(userAccount, userStream(userId));
    if (!state.telegramId) return;
    const telegram = await this.client();
    if (!telegram) {
      this.logger.warn({ userId, notice: notice.kind }, 'no bot to tell the user about their billing');
      return;
    }
    const text = renewalFailedText(state.preferences.language, notice.tier, notice.graceDays);
    await telegram.sendMessage(state.telegramId, text);
  }

  /** Asked each time: in local mode the Bot API stand-in may have moved since (a restart of the bot). */
  private async client(): Promise<Telegram | undefined> {
    const target = await this.target();
    if (!target) return undefined;
    const key = `${target.apiRoot ?? ''} ${target.token}`;
    if (this.telegram?.key !== key) {
      this.telegram = { key, client: new Telegram(target.token, { ...(target.apiRoot ? { apiRoot: target.apiRoot } : {}), webhookReply: false }) };
    }
    return this.telegram.client;
  }
}
