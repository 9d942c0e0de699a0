import 'reflect-metadata';
import { prepareRuntime, redactText, writeAfterLogs } from '@app/infrastructure';
import { NestFactory } from '@nestjs/core';
import { createApiApp } from '../apps/api/src/api.app';
import { BotModule, BotService } from '../apps/bot/src/bot.module';
import { ProjectorModule } from '../apps/projector/src/projector.module';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { startLocalTelegram } from './local-mode';

/**
 * `npm start`: every app in one process on one database (an embedded PostgreSQL unless
 * DATABASE_URL is set). Not an app itself: it only composes the apps' root modules, with the
 * local Bot API stand-in when no TELEGRAM_BOT_TOKEN is configured (local mode).
 */
async function main() {
  const runtime = await prepareRuntime('arcana');
  const projector = await NestFactory.createApplicationContext(ProjectorModule.forRoot({ ...runtime, appName: 'projector' }), {
    logger: false,
  });
  const botApp = await NestFactory.createApplicationContext(BotModule.forRoot({ ...runtime, appName: 'bot' }, { localTelegram: startLocalTelegram }), { logger: false });
  const botService = botApp.get(BotService);
  const telegram = botService.localApi ? { token: botService.localApi.token, apiRoot: botService.localApi.url } : undefined;
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot({ ...runtime, appName: 'worker' }, telegram ? { telegram } : {}), {
    logger: false,
  });
  const api = await createApiApp({ ...runtime, appName: 'api' });
  await api.listen(runtime.config.PORT, runtime.config.HOST);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    runtime.logger.info({ signal }, 'shutting down');
    await api.close();
    await botApp.close();
    await worker.close();
    await projector.close();
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
