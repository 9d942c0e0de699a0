import 'reflect-metadata';
import { prepareRuntime, redactText } from '@app/infrastructure';
import { NestFactory } from '@nestjs/core';
import { BotModule, BotService } from './bot.module';

async function main() {
  const runtime = await prepareRuntime('bot');
  const app = await NestFactory.createApplicationContext(BotModule.forRoot({ ...runtime, appName: 'bot' }), { logger: false });
  app.enableShutdownHooks();
  const bot = app.get(BotService);
  runtime.logger.info(
    bot.localApi
      ? `bot running against the local Bot API stand-in at ${bot.localApi.url}; talk to it with "npm run chat"`
      : `bot @${bot.bot?.botInfo?.username} running (${runtime.databaseLabel})`,
  );
}

void main().catch((error) => {
  process.stderr.write(redactText(`bot failed to start: ${error instanceof Error ? error.stack : String(error)}\n`));
  process.exit(1);
});
