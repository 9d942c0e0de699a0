import http from 'node:http';
import { createServer } from '@dwmkerr/mock-llm/dist/server.js';
import { freePort } from '../../libs/infrastructure/src';

export const LLM_READING =
  'The cards speak of patience before momentum. What you planted quietly is ready to grow, and the way forward asks for steady, honest steps rather than a leap. ' +
  'Trust the feeling that has been nudging you for weeks; it is pointing somewhere real. Take one practical action this week that matches it, and notice how the ground answers.';

const completion = (content: string) =>
  JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion', model: 'mock', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] });

/** An answer longer than one Telegram message (4096 characters), in paragraphs, naming no card. */
export const LLM_LONG_READING = Array.from(
  { length: 14 },
  (_, i) =>
    `Part ${i + 1}. The spread asks you to slow down and look at what is already working. ` +
    'Small, steady choices add up: rest when you are tired, speak plainly when something matters, and let go of what you cannot change. ' +
    'Notice which conversations leave you lighter, and make room for more of them. Give the week a simple shape and keep one evening free for yourself.',
).join('\n\n');

/** @dwmkerr/mock-llm on 127.0.0.1 with rules keyed on words in the question. */
export async function startMockLlm(streaming = { chunkSize: 12, chunkIntervalMs: 100 }): Promise<{ url: string; close(): Promise<void> }> {
  const port = await freePort();
  const config = {
    streaming,
    rules: [
      { path: '/v1/chat/completions', method: 'POST', match: '@', response: { status: 200, content: completion(LLM_READING) } },
      {
        path: '/v1/chat/completions',
        method: 'POST',
        match: "contains(body.messages[-1].content, 'llm-500')",
        response: { status: 500, content: JSON.stringify({ error: { message: 'The server had an error', type: 'server_error', param: null, code: null } }) },
      },
      {
        path: '/v1/chat/completions',
        method: 'POST',
        match: "contains(body.messages[-1].content, 'llm-stray')",
        response: { status: 200, content: completion('Your path is opening slowly and kindly, one step at a time. The Tower and the Ten of Swords both appear here, which changes everything.') },
      },
      {
        path: '/v1/chat/completions',
        method: 'POST',
        match: "contains(body.messages[-1].content, 'llm-long')",
        response: { status: 200, content: completion(LLM_LONG_READING) },
      },
    ],
  };
  const app = createServer(config as never, '127.0.0.1', port);
  const server = await new Promise<http.Server>((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });
  return { url: `http://127.0.0.1:${port}/v1`, close: () => new Promise((r) => server.close(() => r())) };
}

/** A server of our own that accepts the request and never answers (for timeouts). */
export async function startStallingLlm(): Promise<{ url: string; close(): Promise<void> }> {
  const port = await freePort();
  const open = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    open.add(res);
    req.resume();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A server of our own that streams an answer (server-sent events, as chat completions stream)
 * and ends it with `finish_reason: "length"`: cut off at the token limit.
 */
export async function startCutOffLlm(): Promise<{ url: string; close(): Promise<void> }> {
  const port = await freePort();
  const chunk = (delta: object, finish: string | null) =>
    `data: ${JSON.stringify({ id: 'chatcmpl-cut', object: 'chat.completion.chunk', created: 0, model: 'mock', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(chunk({ role: 'assistant', content: 'The cards speak of a long road, and the first steps' }, null));
      res.write(chunk({ content: ' on it are' }, null));
      res.end(`${chunk({}, 'length')}data: [DONE]\n\n`);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/v1`, close: () => new Promise((r) => server.close(() => r())) };
}

/** What the moderation stand-in was asked, and when (ms since the epoch). */
export interface ModerationRequest {
  model: string;
  input: string;
  at: number;
}

/**
 * A moderation endpoint of ours (`POST /v1/moderations`, as OpenAI answers it), keyed on words in
 * the input: `mod-sh` → flagged for self-harm/intent; `mod-violence` → flagged for violence
 * only; `mod-500` → a server error; `mod-malformed` → 200 with no results; `mod-slow` → flagged for
 * self-harm, but only after `slowMs`; anything else → not flagged. Every other request (chat
 * completions) is passed to `upstream` (a mock LLM), so one base URL serves the whole bot.
 */
export async function startModerationStandIn(options: { upstream?: string; slowMs?: number } = {}): Promise<{
  url: string;
  moderations: ModerationRequest[];
  /** When each request that was not a moderation arrived. */
  others: number[];
  close(): Promise<void>;
}> {
  const port = await freePort();
  const moderations: ModerationRequest[] = [];
  const others: number[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const categories = (flagged: string[]) =>
    Object.fromEntries(
      ['harassment', 'harassment/threatening', 'hate', 'hate/threatening', 'illicit', 'illicit/violent', 'self-harm', 'self-harm/instructions', 'self-harm/intent', 'sexual', 'sexual/minors', 'violence', 'violence/graphic'].map((c) => [c, flagged.includes(c)]),
    );
  const result = (flagged: string[]) => ({ flagged: flagged.length > 0, categories: categories(flagged), category_scores: Object.fromEntries(Object.entries(categories(flagged)).map(([c, f]) => [c, f ? 0.97 : 0.001])), category_applied_input_types: {} });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.method === 'POST' && req.url === '/v1/moderations') {
        const { model, input } = JSON.parse(body.toString('utf8')) as { model: string; input: string };
        moderations.push({ model, input, at: Date.now() });
        const answer = (status: number, payload: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(payload));
        };
        if (input.includes('mod-500')) return answer(500, { error: { message: 'The server had an error', type: 'server_error', param: null, code: null } });
        if (input.includes('mod-malformed')) return answer(200, { id: 'modr-test', model });
        const flagged = input.includes('mod-sh') || input.includes('mod-slow') ? ['self-harm', 'self-harm/intent'] : input.includes('mod-violence') ? ['violence'] : [];
        const payload = { id: 'modr-test', model, results: [result(flagged)] };
        if (!input.includes('mod-slow')) return answer(200, payload);
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) answer(200, payload);
        }, options.slowMs ?? 5000);
        timers.add(timer);
        return;
      }
      others.push(Date.now());
      if (!options.upstream) {
        res.writeHead(404).end();
        return;
      }
      const target = new URL(options.upstream);
      const forward = http.request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/v1`,
    moderations,
    others,
    close: () =>
      new Promise((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
