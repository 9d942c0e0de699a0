import { claimIdempotencyKey, deterministicId, newId, PG_POOL } from '@app/infrastructure';
import {
  applyDecorators,
  BadRequestException,
  createParamDecorator,
  ExecutionContext,
  Inject,
  Injectable,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Pool } from 'pg';
import { ApiErrorResponses } from './api-error.dto';

/** The header, spelled one way in the docs; HTTP header names are case-insensitive. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * The request's Idempotency-Key, or undefined. A custom decorator rather than `@Headers(...)`, so
 * the OpenAPI document lists the header once, as {@link Idempotent} describes it.
 */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<Request>().headers[IDEMPOTENCY_HEADER.toLowerCase()];
  if (value === undefined) return undefined;
  const key = Array.isArray(value) ? value[0]! : value;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new BadRequestException({ error: 'invalid_idempotency_key', message: `${IDEMPOTENCY_HEADER} must be 1-200 visible ASCII characters` });
  }
  return key;
});

/** Documents the header on an admin command, with its 400 (a malformed key) and 422 (a key reused). */
export const Idempotent = () =>
  applyDecorators(
    ApiHeader({
      name: IDEMPOTENCY_HEADER,
      required: false,
      description:
        'Any unique string (a ticket number, a UUID). Repeating the same request with the same key changes nothing the second time (`applied: false`); the same key with a different request is refused with 422.',
    }),
    ApiErrorResponses({ status: 400, description: `\`invalid_idempotency_key\`: ${IDEMPOTENCY_HEADER} is not 1-200 visible ASCII characters` }, 422),
  );

/** Turns an admin's Idempotency-Key into a command id, refusing a key reused for another request. */
@Injectable()
export class IdempotencyKeys {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** The command id for this request: derived from the key (a retry proposes the same events), or new without one. */
  async commandId(adminId: string, key: string | undefined, request: { action: string; [field: string]: unknown }): Promise<string> {
    if (key === undefined) return newId();
    if ((await claimIdempotencyKey(this.pool, adminId, key, request)) === 'mismatch') {
      throw new UnprocessableEntityException({
        error: 'idempotency_key_reused',
        message: `this ${IDEMPOTENCY_HEADER} was already used with a different request; send a new key for a new request`,
      });
    }
    return deterministicId(`admin:${adminId}:${key}`);
  }
}
