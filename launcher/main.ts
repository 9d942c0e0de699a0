import 'reflect-metadata';
import { loadConfigOrExit, prepareRuntime, publicUrlOf, redactText, writeAfterLogs } from '@app/infrastructure';
import { NestFactory } from '@nestjs/core';
import { createApiApp } from '../apps/api/src/api.app';
import { BotModule, BotService } from '../apps/bot/src/bot.module';
import { cardPaymentsLater } from '../apps/bot/src/card-payments';
import { ProjectorModule } from '../apps/projector/src/projector.module';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { startLocalStripe, startLocalTelegram } from './local-mode';

/**
 * `npm start`: every app in one process on one database (an embedded PostgreSQL unless
 * DATABASE_URL is set). Not an app itself: it only composes the apps' root modules, with the
 * local Bot API stand-in when no TELEGRAM_BOT_TOKEN is configured (local mode).
 */
async function main() {
  const config = loadConfigOrExit();
  if (!config.STRIPE_SECRET_KEY && config.NODE_ENV === 'production') {
    process.stderr.write('STRIPE_SECRET_KEY is not set: NODE_ENV=production does not start with the local Stripe stand-in. Set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET (see docs/configuration.md)\n');
    process.exit(78); // EX_CONFIG
  }
  // Local mode for payments: the apps talk to the stand-in as they would to a Stripe account.
  const localStripe = config.STRIPE_SECRET_KEY ? undefined : await startLocalStripe();
  const prepared = await prepareRuntime('arcana', config);
  const runtime = localStripe ? { ...prepared, config: { ...prepared.config, ...localStripe.settings } } : prepared;
  // Billing notices go through the bot's Bot API: in local mode, the stand-in the bot starts next.
  let started: BotService | undefined;
  const noticesTo = () => (started?.localApi ? { token: started.localApi.token, apiRoot: started.localApi.url } : undefined);
  const projector = await NestFactory.createApplicationContext(ProjectorModule.forRoot({ ...runtime, appName: 'projector' }, { telegram: noticesTo }), {
    logger: false,
  });
  // Card payments in the bot: Stripe Checkout and the portal, bound once the API serves their pages.
  const card = cardPaymentsLater(runtime.config);
  const botApp = await NestFactory.createApplicationContext(BotModule.forRoot({ ...runtime, appName: 'bot' }, { localTelegram: startLocalTelegram, ...card.options }), {
    logger: false,
  });
  const botService = botApp.get(BotService);
  started = botService;
  const telegram = botService.localApi ? { token: botService.localApi.token, apiRoot: botService.localApi.url } : undefined;
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot({ ...runtime, appName: 'worker' }, telegram ? { telegram } : {}), {
    logger: false,
  });
  const api = await createApiApp({ ...runtime, appName: 'api' });
  await api.listen(runtime.config.PORT, runtime.config.HOST);
  const apiUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  localStripe?.deliverTo(`${apiUrl}/webhooks/stripe`);
  card.bind(botApp, publicUrlOf(runtime.config, apiUrl));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    runtime.logger.info({ signal }, 'shutting down');
    await api.close();
    await botApp.close();
    await worker.close();
    await projector.close();
    await localStripe?.stop();
    await runtime.embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const url = (await api.getUrl()).replace('[::1]', 'localhost');
  const bot = botService.localApi
    ? 'on a local Telegram stand-in: talk to it with "npm run chat"'
    : `@${botService.bot?.botInfo?.username}`;
  // Last, after every log line of the start-up: what a person starting it needs, one item a line.
  writeAfterLogs(
    runtime.logger,
    [
      '',
      `arcana is up: api ${url} (docs ${url}/docs)`,
      `  bot        ${bot}`,
      '  projector  running',
      '  worker     running (video → audio conversions)',
      `  payments   ${localStripe ? `local Stripe stand-in at ${localStripe.url} (test card 4242 4242 4242 4242)` : 'Stripe'}`,
      `  database   ${runtime.databaseLabel}`,
      '  Ctrl+C stops it.',
      '',
    ].join('\n'),
  );
}

void main().catch((error) => {
  process.stderr.write(redactText(`arcana failed to start: ${error instanceof Error ? error.stack : String(error)}\n`));
  process.exit(1);
});
