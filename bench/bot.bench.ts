import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { DECK, spreadById } from '@app/domain';
import { createLogger, loadConfig, ReadModels, renderSpread } from '@app/infrastructure';
import { BENCH_TOKEN } from './bot-stand-in';
import type { FromStandIn, PhaseRequest, PhaseResult, Step } from './bot-stand-in';
import { BotModule } from '../apps/bot/src/bot.module';
import { ProjectorModule } from '../apps/projector/src/projector.module';
import { benchDatabase, fmt, printTable } from './support';

const USER_COUNTS = (process.env.BENCH_BOT_USERS ?? '100,500').split(',').map(Number);
/** Users pause between actions like people do: uniform 0.5–2.5 s (BENCH_THINK_MS=min,max). */
const THINK = (process.env.BENCH_THINK_MS ?? '500,2500').split(',').map(Number) as [number, number];
/** Which passes to run: without pictures, with them, or both (BENCH_BOT_PICTURES=off|on|both). */
const PICTURES = ({ off: ['off'], on: ['on'], both: ['off', 'on'] } as const)[(process.env.BENCH_BOT_PICTURES ?? 'both') as 'off' | 'on' | 'both'] ?? ['off', 'on'];
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

const START: Step = { kind: 'command', text: '/start', done: 'Welcome' };
const BALANCE: Step = { kind: 'command', text: '/balance', done: 'Available' };
const SPREAD: Step = { kind: 'callback', text: 'spread:three_past_present_future', done: 'type your question' };
const QUESTION: Step = { kind: 'message', text: 'What should I focus on this week?', done: 'Across the spread' };

/**
 * `npm run bench -- bot`: simulated users drive the real bot through the Bot API stand-in.
 * Latency runs from the update reaching the bot (handed out by getUpdates) to the reply reaching
 * the stand-in, so polling delay is not counted. The users and the stand-in share a process of
 * their own; the bot and the projector run in this one.
 */
export async function botBench(): Promise<void> {
  const db = await benchDatabase();
  const api = await StandIn.start();
  const baseEnv = {
    DATABASE_URL: db.url,
    LOG_LEVEL: 'silent',
    TELEGRAM_BOT_TOKEN: BENCH_TOKEN,
    TELEGRAM_API_ROOT: api.url,
    WELCOME_CREDITS: '10000',
    BOT_RATE_LIMIT_PER_MINUTE: '100000',
  };
  const logger = createLogger('silent', 'bench');
  const core = (env: Record<string, string>) => ({ config: loadConfig({ ...baseEnv, ...env }), databaseUrl: db.url, logger });
  // The projector runs in a process of its own, as in production (docker-compose); with
  // BENCH_BOT_LAYOUT=together it shares the bot's process, as `npm start` runs them.
  const together = process.env.BENCH_BOT_LAYOUT === 'together';
  const projector = together
    ? await NestFactory.createApplicationContext(ProjectorModule.forRoot({ ...core({}), appName: 'projector' }), { logger: false })
    : await startProjectorProcess({ ...process.env, ...baseEnv });
  process.stdout.write(
    `bot benchmark on ${db.label}; ${together ? 'bot and projector in one process' : 'bot, projector'} and users with the Bot API stand-in in ${together ? 'another' : 'three processes'}\n`,
  );
  // Sign-ups come in a burst of hundreds; the measured phases start once the projector (and the
  // welcome-credit process manager) has caught up with it, so every phase runs in the same state.
  const caughtUp = async (readModels: ReadModels) => {
    for (;;) {
      const status = await readModels.projections();
      if (status.length > 0 && status.every((p) => p.lag === 0)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  let nextUser = 10_000;
  const rows: Record<string, string | number>[] = [];
  try {
    for (const pictures of PICTURES) {
      const bot = await NestFactory.createApplicationContext(BotModule.forRoot({ ...core({ BOT_SPREAD_PICTURES: pictures }), appName: 'bot' }), { logger: false });
      for (const count of USER_COUNTS) {
        const users = Array.from({ length: count }, () => nextUser++);
        await api.phase({ users, steps: [START], rounds: 1, measure: 0 });
        await caughtUp(bot.get(ReadModels));
        if (pictures === 'off') {
          const balance = await api.phase({ users, steps: [BALANCE], rounds: 3, think: THINK, measure: 0 });
          rows.push(row('/balance', count, balance.latencies, undefined, balance.cpuMs / balance.latencies.length));
        }
        const reading = await api.phase({ users, steps: [SPREAD, QUESTION], rounds: 1, think: THINK, measure: 1 });
        // Two updates per reading: the spread button and the question.
        const perUpdate = reading.cpuMs / (2 * count);
        rows.push(row(`three-card reading, text${pictures === 'on' ? ' (after the picture)' : ''}`, count, reading.latencies, count / reading.seconds, perUpdate));
        if (pictures === 'on') rows.push(row('three-card reading, picture', count, reading.pictureLatencies, undefined));
      }
      if (pictures === 'on') {
        // Throughput: every user asks at the same moment, no pauses.
        const users = Array.from({ length: Math.max(...USER_COUNTS) }, () => nextUser++);
        await api.phase({ users, steps: [START, SPREAD], rounds: 1, measure: 0 });
        await caughtUp(bot.get(ReadModels));
        const burst = await api.phase({ users, steps: [{ ...QUESTION, text: 'A question asked by everyone at once' }], rounds: 1, measure: 0 });
        rows.push(row('three-card reading, all at once', users.length, burst.latencies, users.length / burst.seconds, burst.cpuMs / users.length));
      }
      await bot.close();
    }
  } finally {
    await projector.close();
    api.stop();
    await db.close();
  }
  printTable(
    `bot: reply latency from update delivered to reply received (offline composer; users pause ${THINK[0]}–${THINK[1]} ms between actions)`,
    rows,
  );
  const find = (name: string, users: number) => rows.find((r) => r.measure === name && r.users === users);
  const goal = (text: string, name: string, column: 'p50 ms' | 'p99 ms', limit: number) => {
    const found = find(name, 500);
    const value = found ? Number(String(found[column]).replace(/,/g, '')) : undefined;
    return { goal: text, measured: value === undefined ? 'not run (500 users)' : `${found![column]} ms`, met: value === undefined ? '—' : value < limit ? 'yes' : 'NO' };
  };
  if (PICTURES.includes('on' as never)) printTable('spread pictures alone, in this process after the passes (faces already drawn): ms per picture', await pictureCosts());
  printTable('goals', [
    goal('/balance p99 < 100 ms at 500 users', '/balance', 'p99 ms', 100),
    goal('offline reading text p50 < 50 ms (no picture)', 'three-card reading, text', 'p50 ms', 50),
    goal('picture p50 < 150 ms', 'three-card reading, picture', 'p50 ms', 150),
  ]);
}

function row(measure: string, users: number, latencies: number[], perSecond: number | undefined, cpuMsPerUpdate?: number) {
  return {
    measure,
    users,
    samples: latencies.length,
    'p50 ms': fmt(percentile(latencies, 50), 1),
    'p99 ms': fmt(percentile(latencies, 99), 1),
    'readings/s': perSecond === undefined ? '' : fmt(perSecond, 1),
    'bot CPU ms/update': cpuMsPerUpdate === undefined ? '' : fmt(cpuMsPerUpdate, 2),
  };
}

/**
 * What one picture costs the bot: the part that holds the event loop (everything up to the
 * deflate, which runs on libuv's thread pool) and the whole, one picture at a time, both languages.
 */
async function pictureCosts(): Promise<Record<string, string | number>[]> {
  const rows: Record<string, string | number>[] = [];
  for (const id of ['three_past_present_future', 'celtic_cross'] as const) {
    const spread = spreadById(id)!;
    const held: number[] = [];
    const whole: number[] = [];
    for (let i = 0; i < 400; i++) {
      const cards = spread.positions.map((p, j) => ({ position: p.id, cardId: DECK[(i * 7 + j * 13) % DECK.length]!.id, reversed: (i + j) % 3 === 0 }));
      const started = performance.now();
      const picture = renderSpread(spread, cards, i % 2 ? 'en' : 'ru');
      held.push(performance.now() - started);
      await picture;
      whole.push(performance.now() - started);
    }
    rows.push({ spread: id, 'event loop p50': fmt(percentile(held, 50), 2), 'event loop p99': fmt(percentile(held, 99), 2), 'whole p50': fmt(percentile(whole, 50), 2), 'whole p99': fmt(percentile(whole, 99), 2) });
  }
  return rows;
}

/** `apps/projector` on its own, stopped with SIGTERM (it drains like in production). */
async function startProjectorProcess(env: NodeJS.ProcessEnv): Promise<{ close(): Promise<void> }> {
  const child = fork(path.join(__dirname, '../apps/projector/src/main.js'), [], { env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    async close() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The stand-in process: starts it, and runs phases of simulated users in it. */
class StandIn {
  url = '';
  private pending?: { resolve(result: PhaseResult): void; reject(error: Error): void };

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (event: FromStandIn) => {
      if (event.type === 'result') this.pending?.resolve(event);
      else if (event.type === 'failed') this.pending?.reject(new Error(event.error));
    });
  }

  static async start(): Promise<StandIn> {
    const child = fork(path.join(__dirname, 'bot-stand-in.js'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const standIn = new StandIn(child);
    standIn.url = await new Promise<string>((resolve) => child.once('message', (event: FromStandIn) => event.type === 'ready' && resolve(event.url)));
    return standIn;
  }

  /** Runs a phase; `cpuMs` is what this process (the bot's) spent in it, on every thread. */
  async phase(request: Omit<PhaseRequest, 'type'>): Promise<PhaseResult & { cpuMs: number }> {
    const before = process.cpuUsage();
    const result = await new Promise<PhaseResult>((resolve, reject) => {
      this.pending = { resolve, reject };
      this.child.send({ type: 'phase', ...request });
    });
    const used = process.cpuUsage(before);
    return { ...result, cpuMs: (used.user + used.system) / 1000 };
  }

  stop(): void {
    this.child.disconnect();
  }
}
