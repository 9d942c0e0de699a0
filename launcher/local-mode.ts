import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppConfig, localBotApiFile, localBotApiIdsFile } from '@app/infrastructure';
import { LocalBotApi } from '@app/infrastructure/testing';
import type { LocalTelegram } from '../apps/bot/src/bot.module';

/** Token the bot uses against the local stand-in when no TELEGRAM_BOT_TOKEN is configured. */
export const LOCAL_BOT_TOKEN = '1000000001:LOCAL-stand-in-token-not-a-secret';

/**
 * Local mode (no TELEGRAM_BOT_TOKEN): the Bot API stand-in on this machine, saving uploads under
 * DATA_DIR/inbox and continuing its ids across restarts; where it listens is written to
 * DATA_DIR for `npm run chat` and a worker started on its own.
 */
export async function startLocalTelegram(config: AppConfig): Promise<LocalTelegram> {
  const api = await LocalBotApi.start({ inboxDir: path.join(config.DATA_DIR, 'inbox'), idsFile: localBotApiIdsFile(config.DATA_DIR) });
  mkdirSync(config.DATA_DIR, { recursive: true });
  writeFileSync(localBotApiFile(config.DATA_DIR), JSON.stringify({ url: api.url, token: LOCAL_BOT_TOKEN }));
  return { url: api.url, token: LOCAL_BOT_TOKEN, stop: () => api.stop() };
}
