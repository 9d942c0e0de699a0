import { LocalBotApi, Reply } from '@app/infrastructure/testing';

/**
 * The Bot API stand-in for `npm run bench -- bot`, in a process of its own (Telegram is not inside
 * the bot's process either), together with the simulated users: the bot's process runs nothing
 * but the bot (and the projector, as `npm start` does). Both timestamps of a measurement — update
 * handed out, reply received — are taken here, on one clock.
 */
export const BENCH_TOKEN = '1234567:BENCH-token-for-the-local-stand-in';

/** One step every user of a phase takes: an update of this kind, finished by the first reply matching `done`. */
export interface Step {
  kind: 'command' | 'message' | 'callback';
  text: string;
  /** A regular expression (source) the finishing reply's text matches. */
  done: string;
}

export interface PhaseRequest {
  type: 'phase';
  users: number[];
  steps: Step[];
  /** Each user repeats the steps this many times. */
  rounds: number;
  /** Pause before every step, uniform in [min, max] ms; none when absent. */
  think?: [number, number];
  /** Index of the step whose latencies (and picture latencies) are reported. */
  measure: number;
}

export interface PhaseResult {
  type: 'result';
  latencies: number[];
  pictureLatencies: number[];
  seconds: number;
}

export type FromStandIn = { type: 'ready'; url: string } | PhaseResult | { type: 'failed'; error: string };

const send = (event: FromStandIn) => process.send!(event);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const api = await LocalBotApi.start({ holdPollMs: 200 });
  const delivered = new Map<number, number>();
  /** Reply listeners by chat: each reply goes to its own user's exchange. */
  const listeners = new Map<number, (reply: Reply) => void>();
  api.events.on('reply', (reply: Reply) => listeners.get(reply.chatId)?.(reply));
  api.events.on('delivered', (updateId: number, at: number) => delivered.set(updateId, at));

  const addUpdate = (id: number, step: Step): number => {
    const from = { id, is_bot: false, first_name: `U${id}`, username: `u${id}` };
    const chat = { id, type: 'private', first_name: `U${id}` };
    const meta = { botToken: BENCH_TOKEN, date: Math.floor(Date.now() / 1000) };
    if (step.kind === 'command') {
      void api.server.addUserCommand({ ...meta, from, chat, text: step.text, entities: [{ offset: 0, length: step.text.length, type: 'bot_command' }] } as never);
    } else if (step.kind === 'message') {
      void api.server.addUserMessage({ ...meta, from, chat, text: step.text } as never);
    } else {
      void api.server.addUserCallback({ ...meta, from, message: { message_id: 1, chat, from }, data: step.text } as never);
    }
    return (api.server.storage.userMessages.at(-1) as unknown as { updateId: number }).updateId;
  };

  /** Sends one update as user `id` and waits for the reply that finishes it; latencies from delivery to reply. */
  const exchange = (id: number, step: Step): Promise<{ latency: number; pictureLatency?: number }> => {
    const done = new RegExp(step.done);
    return new Promise((resolve, reject) => {
      let pictureAt: number | undefined;
      let updateId = -1;
      const timer = setTimeout(() => {
        listeners.delete(id);
        reject(new Error(`user ${id}: no reply to "${step.text}" within 60 s`));
      }, 60_000);
      listeners.set(id, (reply) => {
        if (reply.method === 'sendPhoto') pictureAt = reply.at;
        if (!done.test(reply.text ?? '')) return;
        clearTimeout(timer);
        listeners.delete(id);
        const from = delivered.get(updateId) ?? reply.at;
        delivered.delete(updateId);
        resolve({ latency: reply.at - from, ...(pictureAt !== undefined ? { pictureLatency: pictureAt - from } : {}) });
      });
      updateId = addUpdate(id, step);
    });
  };

  const runPhase = async (request: PhaseRequest): Promise<PhaseResult> => {
    const latencies: number[] = [];
    const pictureLatencies: number[] = [];
    const started = performance.now();
    const [min, max] = request.think ?? [0, 0];
    await Promise.all(
      request.users.map(async (id) => {
        for (let round = 0; round < request.rounds; round++) {
          for (const [i, step] of request.steps.entries()) {
            if (request.think) await sleep(min + Math.random() * (max - min));
            const result = await exchange(id, step);
            if (i !== request.measure) continue;
            latencies.push(result.latency);
            if (result.pictureLatency !== undefined) pictureLatencies.push(result.pictureLatency);
          }
        }
      }),
    );
    return { type: 'result', latencies, pictureLatencies, seconds: (performance.now() - started) / 1000 };
  };

  process.on('message', (request: PhaseRequest) => {
    runPhase(request).then(send, (error: unknown) => send({ type: 'failed', error: String(error) }));
  });
  process.on('disconnect', () => void api.stop().then(() => process.exit(0)));
  send({ type: 'ready', url: api.url });
}

if (require.main === module) void main();
