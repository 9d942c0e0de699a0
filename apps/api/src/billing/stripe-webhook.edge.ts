import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { APP_CONFIG, EVENT_STORE } from '@app/infrastructure';
import type { AppConfig, EventStore, Logger } from '@app/infrastructure';
import type { INestApplication } from '@nestjs/common';
import type { ApiErrorBody } from '../http/error.filter';
import { acceptStripeWebhook, STRIPE_WEBHOOK_MAX_BYTES, STRIPE_WEBHOOK_PATH } from './stripe-webhook';

/**
 * Serves `POST /webhooks/stripe` in front of Express and Nest. Stripe delivers in bursts and
 * retries whatever is slow, so a delivery costs only what it must: read the bytes (at most
 * STRIPE_WEBHOOK_MAX_BYTES), verify the signature, append to the inbox, answer. On the 2-core
 * development machine the framework's pipeline alone (routing, pipes, filters, the access log)
 * allowed about 2,700 empty requests a second, and this path serves about a quarter more whole
 * webhooks than the same work behind it did (`npm run bench -- payments`). Everything else goes to
 * Express as before. The route's decision (stripe-webhook.ts) and its OpenAPI entry live beside it.
 * It logs one line per delivery, as the access log would.
 */
export function serveStripeWebhookFirst(app: INestApplication, logger: Logger): void {
  const server = app.getHttpServer() as Server;
  const store = app.get<EventStore>(EVENT_STORE);
  const config = app.get<AppConfig>(APP_CONFIG);
  const framework = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'POST' && pathOf(req.url) === STRIPE_WEBHOOK_PATH) return void receive(req, res);
    for (const listener of framework) listener.call(server, req, res);
  });

  async function receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const reply = (status: number, body: unknown, close = false) => {
      const json = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json), ...(close ? { connection: 'close' } : {}) });
      res.end(json);
      logger.info({ req: { method: req.method, url: req.url }, res: { statusCode: status }, responseTime: Math.round(performance.now() - started) }, 'stripe webhook');
    };
    try {
      const raw = await readBody(req, STRIPE_WEBHOOK_MAX_BYTES);
      if (raw === 'too_large') {
        const body: ApiErrorBody = { error: 'payload_too_large', message: `a webhook body may be at most ${STRIPE_WEBHOOK_MAX_BYTES} bytes` };
        return reply(400, body, true);
      }
      const answer = await acceptStripeWebhook(store, config.STRIPE_WEBHOOK_SECRET, raw, req.headers['stripe-signature']);
      reply(answer.status, answer.body);
    } catch (error) {
      logger.error({ err: error }, 'stripe webhook not recorded');
      if (!res.headersSent) reply(500, { error: 'internal_error', message: 'the event was not recorded; Stripe will deliver it again' } satisfies ApiErrorBody);
    }
  }
}

function pathOf(url: string | undefined): string {
  const q = url?.indexOf('?') ?? -1;
  return q < 0 ? (url ?? '') : url!.slice(0, q);
}

/** The body's bytes as received, or 'too_large' as soon as it passes `maxBytes` (the rest is drained). */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
      req.resume();
      return resolve('too_large');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > maxBytes) {
        over = true;
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => over || resolve(Buffer.concat(chunks)));
    req.on('error', (error) => over || reject(error));
  });
}
