import path from 'node:path';

/**
 * Where local mode (no TELEGRAM_BOT_TOKEN) records the Bot API stand-in's address and token: the
 * local-mode launcher writes it; a worker started on its own and `npm run chat` read it.
 */
export const localBotApiFile = (dataDir: string): string => path.join(dataDir, 'local-bot-api.json');

/** Where local mode keeps the stand-in's next ids, so that a restart does not hand out old ones. */
export const localBotApiIdsFile = (dataDir: string): string => path.join(dataDir, 'local-bot-api-ids.json');
