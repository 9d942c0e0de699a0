import 'reflect-metadata';
import { loadConfigOrExit, prepareRuntime, publicUrlOf, redactText } from '@app/infrastructure';
import { NestFactory } from '@nestjs/core';
import { BotModule, BotOptions, BotService } from './bot.module';
import { cardPaymentsLater } from './card-payments';

/**
 * The bot on its own. Run as a file (production, compose) it needs TELEGRAM_BOT_TOKEN; local mode
 * (`npm run start:bot` without a token) is `launcher/bot.ts`, which passes the local stand-in.
 */
export async function runBot(options: BotOptions = {}): Promise<void> {
  try {
    const config = loadConfigOrExit();
    if (!config.TELEGRAM_BOT_TOKEN && !options.localTelegram) {
      process.stderr.write('TELEGRAM_BOT_TOKEN is not set: set it, or run the bot in local mode with "npm run start:bot" (everything: "npm start")\n');
      process.exit(78); // EX_CONFIG
    }
    const runtime = await prepareRuntime('bot', config);
    // With Stripe settings, the card buttons link to Checkout; the pages they return to are the API's (PUBLIC_URL).
    const card = cardPaymentsLater(runtime.config);
    const app = await NestFactory.createApplicationContext(BotModule.forRoot({ ...runtime, appName: 'bot' }, { ...card.options, ...options }), { logger: false });
    card.bind(app, publicUrlOf(runtime.config));
    app.enableShutdownHooks();
    const bot = app.get(BotService);
    runtime.logger.info(
      bot.localApi
        ? `bot running against the local Bot API stand-in at ${bot.localApi.url}; talk to it with "npm run chat"`
        : `bot @${bot.bot?.botInfo?.username} running (${runtime.databaseLabel})`,
    );
  } catch (error) {
    process.stderr.write(redactText(`bot failed to start: ${error instanceof Error ? error.stack : String(error)}\n`));
    process.exit(1);
  }
}

if (require.main === module) void runBot();
