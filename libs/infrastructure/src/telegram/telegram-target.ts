import { readFile } from 'node:fs/promises';
import { Telegram } from 'telegraf';
import type { AppConfig } from '../config/config';
import { localBotApiFile } from './local-mode';

/** A Bot API to talk to as the bot: its token, and the server when it is not Telegram's. */
export interface TelegramTarget {
  token: string;
  apiRoot?: string;
}

/**
 * Where the bot's calls go from a process other than the bot (the projector's notices, the API's
 * Stars refunds): the configured bot, or in local mode the Bot API stand-in the launcher started
 * (it writes where it listens under DATA_DIR); undefined while there is none.
 */
export async function telegramTargetOf(config: Pick<AppConfig, 'TELEGRAM_BOT_TOKEN' | 'TELEGRAM_API_ROOT' | 'DATA_DIR'>): Promise<TelegramTarget | undefined> {
  if (config.TELEGRAM_BOT_TOKEN) return { token: config.TELEGRAM_BOT_TOKEN, ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}) };
  try {
    const { url, token } = JSON.parse(await readFile(localBotApiFile(config.DATA_DIR), 'utf8')) as { url: string; token: string };
    return { token, apiRoot: url };
  } catch {
    return undefined;
  }
}

/**
 * A Telegram client for whatever the target is now: asked each time, since in local mode the
 * stand-in may have moved (a restart of the bot); the client is kept while the target stays.
 */
export function telegramClientOf(target: () => Promise<TelegramTarget | undefined>): () => Promise<Telegram | undefined> {
  let current: { key: string; client: Telegram } | undefined;
  return async () => {
    const t = await target();
    if (!t) return undefined;
    const key = `${t.apiRoot ?? ''} ${t.token}`;
    if (current?.key !== key) current = { key, client: new Telegram(t.token, { ...(t.apiRoot ? { apiRoot: t.apiRoot } : {}), webhookReply: false }) };
    return current.client;
  };
}
