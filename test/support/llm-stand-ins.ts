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
