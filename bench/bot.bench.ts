import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { createLogger, loadConfig, ReadModels, Reply } from '@app/infrastructure';
import type { StandInEvent, StandInRequest } from './bot-stand-in';
import { BotModule } from '../apps/bot/src/bot.module';
import { ProjectorModule } from '../apps/projector/src/projector.module';
import { benchDatabase, fmt, printTable } from './support';

const TOKEN = '1234567:BENCH-token-for-the-local-stand-in';
const USER_COUNTS = (process.env.BENCH_BOT_USERS ?? '100,500').split(',').map(Number);
/** Users pause between actions like people do: uniform 0.5–2.5 s (BENCH_THINK_MS=min,max). */
const [THINK_MIN, THINK_MAX] = (process.env.BENCH_THINK_MS ?? '500,2500').split(',').map(Number) as [number, number];
const think = () => new Promise((r) => setTimeout(r, THINK_MIN + Math.random() * (THINK_MAX - THINK_MIN)));
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/**
 * `npm run bench -- bot`: simulated users drive the real bot through the Bot API stand-in.
 * Latency runs from the update reaching the bot (handed out by getUpdates) to the reply reaching
 * the stand-in, so polling delay is not counted.
 */
export async function botBench(): Promise<void> {
  const db = await benchDatabase();
  const api = await StandIn.start();
  const baseEnv = {
    DATABASE_URL: db.url,
    LOG_LEVEL: 'silent',
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: api.url,
    WELCOME_CREDITS: '10000',
    BOT_RATE_LIMIT_PER_MINUTE: '100000',
  };
  const logger = createLogger('silent', 'bench');
  const core = (env: Record<string, string>) => ({ config: loadConfig({ ...baseEnv, ...env }), databaseUrl: db.url, logger });
  // Bot and projector in one process, as `npm start` runs them.
  const projector = await NestFactory.createApplicationContext(ProjectorModule.forRoot({ ...core({}), appName: 'projector' }), { logger: false });
  process.stdout.write(`bot benchmark on ${db.label}; bot and projector in one process\n`);
  // Sign-ups come in a burst of hundreds; the measured phases start once the projector (and the
  // welcome-credit process manager) has caught up with it, so every phase runs in the same state.
  const readModels = projector.get(ReadModels);
  const caughtUp = async () => {
    for (;;) {
      const status = await readModels.projections();
      if (status.every((p) => p.lag === 0)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  let nextUser = 10_000;
  const rows: Record<string, string | number>[] = [];
  try {
    for (const pictures of ['off', 'on'] as const) {
      const bot = await NestFactory.createApplicationContext(BotModule.forRoot({ ...core({ BOT_SPREAD_PICTURES: pictures }), appName: 'bot' }), { logger: false });
      for (const users of USER_COUNTS) {
        const ids = Array.from({ length: users }, () => nextUser++);
        await Promise.all(ids.map((id) => exchange(api, id, 'command', '/start', (r) => /Welcome/.test(r.text ?? ''))));
        await caughtUp();
        if (pictures === 'off') {
          const balance: number[] = [];
          await Promise.all(
            ids.map(async (id) => {
              for (let i = 0; i < 3; i++) {
                await think();
                balance.push((await exchange(api, id, 'command', '/balance', (r) => /Available/.test(r.text ?? ''))).latency);
              }
            }),
          );
          rows.push(row(`/balance`, users, balance, undefined));
        }
        const text: number[] = [];
        const picture: number[] = [];
        const started = performance.now();
        await Promise.all(
          ids.map(async (id) => {
            await think();
            await exchange(api, id, 'callback', 'spread:three_past_present_future', (r) => /type your question/.test(r.text ?? ''));
            await think();
            const result = await exchange(api, id, 'message', 'What should I focus on this week?', (r) => /Across the spread/.test(r.text ?? ''), true);
            text.push(result.latency);
            if (result.photoLatency !== undefined) picture.push(result.photoLatency);
          }),
        );
        const seconds = (performance.now() - started) / 1000;
        rows.push(row(`three-card reading, text${pictures === 'on' ? ' (after the picture)' : ''}`, users, text, users / seconds));
        if (pictures === 'on') rows.push(row('three-card reading, picture', users, picture, undefined));
      }
      if (pictures === 'on') {
        // Throughput: every user asks at the same moment, no pauses.
        const ids = Array.from({ length: Math.max(...USER_COUNTS) }, () => nextUser++);
        await Promise.all(ids.map((id) => exchange(api, id, 'command', '/start', (r) => /Welcome/.test(r.text ?? ''))));
        await Promise.all(ids.map((id) => exchange(api, id, 'callback', 'spread:three_past_present_future', (r) => /type your question/.test(r.text ?? ''))));
        await caughtUp();
        const started = performance.now();
        const burst = await Promise.all(ids.map((id) => exchange(api, id, 'message', 'A question asked by everyone at once', (r) => /Across the spread/.test(r.text ?? ''))));
        rows.push(row('three-card reading, all at once', ids.length, burst.map((b) => b.latency), ids.length / ((performance.now() - started) / 1000)));
      }
      await bot.close();
    }
  } finally {
    await projector.close();
    api.stop();
    await db.close();
  }
  printTable(
    `bot: reply latency from update delivered to reply received (offline composer; users pause ${THINK_MIN}–${THINK_MAX} ms between actions)`,
    rows,
  );
  const find = (name: string, users: number) => rows.find((r) => r.measure === name && r.users === users)!;
  printTable('goals', [
    { goal: '/balance p99 < 100 ms at 500 users', measured: `${find('/balance', 500)['p99 ms']} ms`, met: Number(find('/balance', 500)['p99 ms']) < 100 ? 'yes' : 'NO' },
    {
      goal: 'offline reading text p50 < 50 ms (no picture)',
      measured: `${find('three-card reading, text', 500)['p50 ms']} ms`,
      met: Number(find('three-card reading, text', 500)['p50 ms']) < 50 ? 'yes' : 'NO',
    },
    {
      goal: 'picture p50 < 150 ms',
      measured: `${find('three-card reading, picture', 500)['p50 ms']} ms`,
      met: Number(find('three-card reading, picture', 500)['p50 ms']) < 150 ? 'yes' : 'NO',
    },
  ]);
}

function row(measure: string, users: number, latencies: number[], perSecond: number | undefined) {
  return {
    measure,
    users,
    samples: latencies.length,
    'p50 ms': fmt(percentile(latencies, 50), 1),
    'p99 ms': fmt(percentile(latencies, 99), 1),
    'readings/s': perSecond === undefined ? '' : fmt(perSecond, 1),
  };
}

/** Talks to the stand-in process: sends user updates, hears deliveries and replies. */
class StandIn {
  private requestId = 0;
  private readonly added = new Map<number, (updateId: number) => void>();
  private readonly delivered = new Map<number, number>();
  /** Reply listeners by chat: each reply goes to its own user's exchange, not to all of them. */
  private readonly listeners = new Map<number, Set<(reply: Reply) => void>>();
  url = '';

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (event: StandInEvent) => {
      if (event.type === 'added') this.added.get(event.requestId)?.(event.updateId);
      else if (event.type === 'delivered') this.delivered.set(event.updateId, event.at);
      else if (event.type === 'reply') for (const listener of this.listeners.get(event.chatId) ?? []) listener(event);
    });
  }

  static async start(): Promise<StandIn> {
    const child = fork(path.join(__dirname, 'bot-stand-in.js'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const standIn = new StandIn(child);
    standIn.url = await new Promise<string>((resolve) => child.once('message', (event: StandInEvent) => event.type === 'ready' && resolve(event.url)));
    return standIn;
  }

  add(request: Omit<StandInRequest, 'requestId'>): Promise<number> {
    const requestId = ++this.requestId;
    return new Promise((resolve) => {
      this.added.set(requestId, (updateId) => {
        this.added.delete(requestId);
        resolve(updateId);
      });
      this.child.send({ ...request, requestId });
    });
  }

  deliveredAt(updateId: number): number | undefined {
    return this.delivered.get(updateId);
  }

  onReply(chatId: number, listener: (reply: Reply) => void): () => void {
    let forChat = this.listeners.get(chatId);
    if (!forChat) this.listeners.set(chatId, (forChat = new Set()));
    forChat.add(listener);
    return () => {
      forChat.delete(listener);
      if (forChat.size === 0) this.listeners.delete(chatId);
    };
  }

  stop(): void {
    this.child.disconnect();
  }
}

/** Sends one update as user `id` and waits for the reply matching `done`; latency from delivery to reply. */
async function exchange(
  api: StandIn,
  id: number,
  kind: 'command' | 'message' | 'callback',
  text: string,
  done: (reply: Reply) => boolean,
  trackPhoto = false,
): Promise<{ latency: number; photoLatency?: number }> {
  let off = () => undefined as unknown;
  const replied = new Promise<{ reply: Reply; photoAt?: number }>((resolve, reject) => {
    let photoAt: number | undefined;
    const timer = setTimeout(() => {
      off();
      reject(new Error(`user ${id}: no reply to "${text}" within 60 s`));
    }, 60_000);
    off = api.onReply(id, (reply) => {
      if (trackPhoto && reply.method === 'sendPhoto') photoAt = reply.at;
      if (!done(reply)) return;
      clearTimeout(timer);
      off();
      resolve({ reply, photoAt });
    });
  });
  const updateId = await api.add({ kind, id, text, token: TOKEN });
  const { reply, photoAt } = await replied;
  const delivered = api.deliveredAt(updateId) ?? reply.at;
  return { latency: reply.at - delivered, ...(photoAt !== undefined ? { photoLatency: photoAt - delivered } : {}) };
}
