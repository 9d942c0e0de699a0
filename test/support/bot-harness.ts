import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Commands, createLogger, deterministicId, loadConfig } from '../../libs/infrastructure/src';
import { LocalBotApi } from '../../libs/infrastructure/src/testing';
import type { Tier } from '../../libs/domain/src';
import type { AppConfig } from '../../libs/infrastructure/src';
import { BotModule, BotService } from '../../apps/bot/src/bot.module';
import type { BotOptions } from '../../apps/bot/src/bot.module';
import { ProjectorModule } from '../../apps/projector/src/projector.module';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createTestDatabase, TestDatabase } from './database';
import { settle } from './system';
import { trackUpdates } from './updates';

export const BOT_TOKEN = '1234567:TEST-token-for-the-local-stand-in';

/** The next-step line every offline reading carries (either language): a reading was delivered. */
export const READING = /\n👣 /;

export interface BotMessage {
  messageId: number;
  text: string;
  photo: boolean;
  /** An audio upload (sendAudio): what Telegram would show, and the file id to fetch its bytes. */
  audio?: { fileId: string; title?: string; performer?: string; duration?: number; thumbnail: boolean };
  buttons: { text: string; data: string; url?: string }[];
}

export interface TestUser {
  telegramId: number;
  command(text: string): Promise<void>;
  send(text: string): Promise<void>;
  click(data: string): Promise<void>;
  messages(): BotMessage[];
  /** Waits until `predicate` holds for the messages received since `after` (a count). */
  waitFor(predicate: (messages: BotMessage[]) => boolean, options?: { after?: number; timeoutMs?: number }): Promise<BotMessage[]>;
}

export interface BotSystem {
  db: TestDatabase;
  api: LocalBotApi;
  config: AppConfig;
  bot: INestApplicationContext;
  user(telegramId: number, options?: { languageCode?: string; firstName?: string }): TestUser;
  /** A user who has sent /start and had the bot's first answer. */
  registered(telegramId: number, languageCode?: string): Promise<TestUser>;
  settle(): Promise<void>;
  /** How many events of `type` concern this Telegram user. */
  eventsOf(telegramId: number, type: string): Promise<number>;
  /** The user's available credits in the balances read model. */
  available(telegramId: number): Promise<number>;
  /** Sets a registered user's tier the way an admin does (ChangeTier, with a reason). */
  setTier(telegramId: number, tier: Tier): Promise<void>;
  /** /start, pick `spread`, ask `question`: returns the user with 2 replies before the reading. */
  ask(telegramId: number, question: string, spread?: string, options?: { languageCode?: string }): Promise<TestUser>;
  restartBot(): Promise<void>;
  /** Stops the bot (no polling) until startBot: updates then wait on the stand-in, or can be taken away. */
  stopBot(): Promise<void>;
  startBot(): Promise<void>;
  /** The in-process conversion worker, when started. */
  worker: INestApplicationContext | undefined;
  startWorker(): Promise<void>;
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

/** A Telegram user talking to the bot through the stand-in's client API, and what the bot sent them. */
export function testUser(api: LocalBotApi, telegramId: number, options: { languageCode?: string; firstName?: string } = {}): TestUser {
  const client = api.client(BOT_TOKEN, { userId: telegramId, firstName: options.firstName ?? `User${telegramId}` });
  const from = options.languageCode ? { from: { language_code: options.languageCode } } : {};
  const messages = (): BotMessage[] =>
    api.server.storage.botMessages
      .filter((m) => String(m.message.chat_id) === String(telegramId))
      .map((m) => {
        const message = m.message as unknown as {
          text?: string;
          photo?: unknown;
          audio?: { file_id: string; title?: string; performer?: string; duration?: number; thumbnail?: unknown };
          reply_markup?: { inline_keyboard?: { text: string; callback_data: string; url?: string }[][] };
        };
        const audio = message.audio;
        return {
          messageId: m.messageId,
          text: message.text ?? '',
          photo: Boolean(message.photo),
          ...(audio
            ? { audio: { fileId: audio.file_id, title: audio.title, performer: audio.performer, duration: audio.duration, thumbnail: Boolean(audio.thumbnail) } }
            : {}),
          buttons: (message.reply_markup?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: b.callback_data, ...(b.url ? { url: b.url } : {}) })),
        };
      });
  return {
    telegramId,
    command: async (text) => void (await client.sendCommand(client.makeCommand(text, from as never))),
    send: async (text) => void (await client.sendMessage(client.makeMessage(text, from as never))),
    click: async (data) => {
      const last = messages().filter((m) => m.buttons.some((b) => b.data === data)).at(-1);
      await client.sendCallback(client.makeCallbackQuery(data, { ...from, message: { message_id: last?.messageId ?? 1 } } as never));
    },
    messages,
    async waitFor(predicate, { after = 0, timeoutMs = 15_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const current = messages().slice(after);
        if (predicate(current)) return current;
        if (Date.now() > deadline) {
          throw new Error(`timed out waiting for bot messages; got: ${JSON.stringify(current.map((m) => m.text.slice(0, 120)))}`);
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}

/** The real bot and projector on a fresh database, talking HTTP to the local Bot API stand-in. */
export async function startBotSystem(label: string, env: Record<string, string> = {}, options: { worker?: boolean; bot?: BotOptions } = {}): Promise<BotSystem> {
  const db = await createTestDatabase(label);
  const api = await LocalBotApi.start({ holdPollMs: 300 });
  trackUpdates(api); // before the bot's first poll: see waitUntilHandled
  const config = loadConfig({
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    TELEGRAM_BOT_TOKEN: BOT_TOKEN,
    TELEGRAM_API_ROOT: api.url,
    RESERVATION_SWEEP_INTERVAL_MS: '500',
    ...env,
  });
  const logger = createLogger(config.LOG_LEVEL, label);
  const core = { config, databaseUrl: db.url, logger };
  const projector = await NestFactory.createApplicationContext(ProjectorModule.forRoot({ ...core, appName: 'projector' }), { logger: false });
  const startBot = () => NestFactory.createApplicationContext(BotModule.forRoot({ ...core, appName: 'bot' }, options.bot), { logger: false });
  let bot = await startBot();
  const startWorker = () =>
    NestFactory.createApplicationContext(WorkerModule.forRoot({ ...core, appName: 'worker' }, { telegram: { token: BOT_TOKEN, apiRoot: api.url } }), { logger: false });
  let worker = options.worker ? await startWorker() : undefined;

  const system: BotSystem = {
    db,
    api,
    config,
    get bot() {
      return bot;
    },
    get worker() {
      return worker;
    },
    async startWorker() {
      worker ??= await startWorker();
    },
    async stopWorker() {
      await worker?.close();
      worker = undefined;
    },
    user: (telegramId, options = {}) => testUser(api, telegramId, options),
    settle: () => settle(db),
    async eventsOf(telegramId, type) {
      const { rows } = await db.pool.query(
        `SELECT count(*)::int AS n FROM es_events
          WHERE event_type = $1 AND (data->>'userId') = (SELECT user_id FROM users WHERE telegram_id = $2)`,
        [type, telegramId],
      );
      return rows[0].n;
    },
    async available(telegramId) {
      const { rows } = await db.pool.query('SELECT b.available FROM balances b JOIN users u USING (user_id) WHERE u.telegram_id = $1', [telegramId]);
      return Number(rows[0]?.available);
    },
    async setTier(telegramId, tier) {
      await settle(db);
      const { rows } = await db.pool.query('SELECT user_id FROM users WHERE telegram_id = $1', [telegramId]);
      await bot.get(Commands).userAccount(
        { type: 'ChangeTier', commandId: deterministicId(`tier:${telegramId}:${tier}`), userId: rows[0].user_id, tier, source: 'admin', reason: 'test' },
        { actor: { kind: 'admin', id: 'test' } },
      );
    },
    async registered(telegramId, languageCode) {
      const user = system.user(telegramId, languageCode ? { languageCode } : {});
      await user.command('/start');
      await user.waitFor((m) => m.length >= 1);
      return user;
    },
    async ask(telegramId, question, spread = 'one_card', options = {}) {
      const user = await system.registered(telegramId, options.languageCode);
      await user.click(`spread:${spread}`);
      await user.waitFor((m) => m.length >= 2);
      await user.send(question);
      return user;
    },
    async restartBot() {
      await bot.close();
      bot = await startBot();
    },
    async stopBot() {
      await bot.close();
    },
    async startBot() {
      bot = await startBot();
    },
    async close() {
      await worker?.close();
      await bot.close();
      await projector.close();
      await api.stop();
      await db.drop();
    },
  };
  return system;
}

/** Sends a link and waits for the conversion preview with its confirm button: its id and message. */
export async function previewLink(user: TestUser, link: string, timeoutMs = 30_000): Promise<{ id: string; message: BotMessage }> {
  const before = user.messages().length;
  await user.send(link);
  const isPreview = (m: BotMessage) => m.buttons.some((b) => b.data.startsWith('cv:ok:'));
  const message = (await user.waitFor((m) => m.some(isPreview), { after: before, timeoutMs })).find(isPreview)!;
  return { id: message.buttons.find((b) => b.data.startsWith('cv:ok:'))!.data.slice('cv:ok:'.length), message };
}

export { BotService };
