import type { NextFunction, Request, Response } from 'express';
import type { ApiErrorBody } from '../http/error.filter';

/**
 * Keeps the webhook's body as the exact bytes received (`req.rawBody`, Nest's name for it),
 * whatever its content type, and stops reading past `maxBytes` (400, nothing recorded). It runs
 * before the JSON parser, which then leaves the request alone: a parsed and re-serialised body
 * would never match Stripe's signature.
 */
export function rawWebhookBody(maxBytes: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const refuse = () => {
      const body: ApiErrorBody = { error: 'payload_too_large', message: `a webhook body may be at most ${maxBytes} bytes` };
      res.status(400).set('connection', 'close').json(body);
    };
    if (req.method !== 'POST') return next();
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
      refuse();
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxBytes) {
        refused = true;
        refuse();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      const raw = Buffer.concat(chunks);
      Object.assign(req, { rawBody: raw, body: {}, _body: true });
      next();
    });
    req.on('error', (error) => {
      if (!refused) next(error);
    });
  };
}
