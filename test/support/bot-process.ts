import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createLogger, loadConfig } from '../../libs/infrastructure/src';
import { LocalBotApi } from '../../libs/infrastructure/src/testing';
import { ProjectorModule } from '../../apps/projector/src/projector.module';
import { BOT_TOKEN } from './bot-harness';
import { createTestDatabase, TestDatabase } from './database';
import { Child, startNode, waitForOutput } from './processes';

/**
 * The bot as it runs in production, for the tests that drive it as a process: its own OS process
 * (`apps/bot`, compiled), the Telegram stand-in it polls, a projector in this process keeping the
 * read models, and a database of its own.
 */
export interface BotProcessSystem {
  db: TestDatabase;
  api: LocalBotApi;
  /**
   * Starts a bot process (on the system's database and stand-in, `info` logs, and the extra
   * environment given) and waits for its start line; `close` kills every one still running.
   */
  startBot(): Promise<Child>;
  close(): Promise<void>;
}

export async function startBotProcessSystem(name: string, options: { botEnv?: Record<string, string> } = {}): Promise<BotProcessSystem> {
  const db = await createTestDatabase(name);
  const api = await LocalBotApi.start({ holdPollMs: 300 });
  const config = loadConfig({ LOG_LEVEL: 'silent', TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: api.url });
  const projector: INestApplicationContext = await NestFactory.createApplicationContext(
    ProjectorModule.forRoot({ config, databaseUrl: db.url, logger: createLogger('silent', 'projector'), appName: 'projector' }),
    { logger: false },
  );
  const bots: Child[] = [];
  const botEnv = () => ({ DATABASE_URL: db.url, TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_ROOT: api.url, LOG_LEVEL: 'info', ...options.botEnv });
  return {
    db,
    api,
    async startBot() {
      const child = startNode('apps/bot/src/main.js', [], botEnv());
      bots.push(child);
      await waitForOutput(child, /bot @\S+ running/, 'the bot start line');
      return child;
    },
    async close() {
      for (const bot of bots) bot.process.kill('SIGKILL');
      await Promise.all(bots.map((bot) => bot.exited));
      await projector.close();
      await api.stop();
      await db.drop();
    },
  };
}
