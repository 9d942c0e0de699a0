import 'reflect-metadata';
import { runBot } from '../apps/bot/src/main';
import { startLocalTelegram } from './local-mode';

/**
 * `npm run start:bot`: the bot on its own, as `apps/bot/src/main.ts` runs it; without
 * TELEGRAM_BOT_TOKEN, in local mode on the Bot API stand-in (talk to it with `npm run chat`).
 */
void runBot({ localTelegram: startLocalTelegram });
