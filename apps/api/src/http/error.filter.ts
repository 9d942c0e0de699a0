import { DomainError, DomainErrorCode } from '@app/domain';
import { CommandConflictError } from '@app/infrastructure';
import type { Logger } from '@app/infrastructure';
import { ArgumentsHost, BadRequestException, Catch, ExceptionFilter, HttpException, HttpStatus, ValidationError } from '@nestjs/common';
import type { Request, Response } from 'express';

/** Every error the API answers with: a stable code, a sentence for people, and optional details. */
export interface ApiErrorBody {
  error: string;
  message: string;
  details?: Record<string, unknown>;
}

/** The one place that maps domain errors to HTTP statuses. */
const STATUS: Record<DomainErrorCode, number> = {
  invalid_command: HttpStatus.BAD_REQUEST,
  reason_required: HttpStatus.BAD_REQUEST,
  insufficient_credits: HttpStatus.CONFLICT,
  reservation_not_found: HttpStatus.NOT_FOUND,
  reservation_conflict: HttpStatus.CONFLICT,
  reservation_already_settled: HttpStatus.CONFLICT,
  payment_not_found: HttpStatus.NOT_FOUND,
  payment_conflict: HttpStatus.CONFLICT,
  user_not_found: HttpStatus.NOT_FOUND,
};

/**
 * One error shape for everything: domain errors, busy streams, validation failures, Nest's own
 * HTTP errors (unknown route, malformed JSON) and failures of ours (500, logged with the cause;
 * the caller learns nothing of it) all answer `{ error, message, details? }`.
 */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    if (!(error instanceof DomainError || error instanceof CommandConflictError || error instanceof HttpException)) {
      const request = http.getRequest<Request>();
      this.logger.error({ err: error, method: request.method, url: request.originalUrl }, 'request failed');
      response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ error: 'internal_error', message: 'something went wrong on our side; try again later' } satisfies ApiErrorBody);
      return;
    }
    const [status, body] = toApiError(error);
    response.status(status).json(body);
  }
}

function toApiError(error: DomainError | CommandConflictError | HttpException): [number, ApiErrorBody] {
  if (error instanceof CommandConflictError) return [HttpStatus.SERVICE_UNAVAILABLE, { error: 'busy', message: 'the account is busy; try again' }];
  if (error instanceof DomainError) {
    return [STATUS[error.code], { error: error.code, message: error.message, ...(Object.keys(error.details).length ? { details: error.details } : {}) }];
  }
  const status = error.getStatus();
  const raw = error.getResponse();
  if (typeof raw === 'string') return [status, { error: codeOf(status), message: raw }];
  const body = raw as Partial<ApiErrorBody> & { statusCode?: number; message?: unknown };
  if (typeof body.error === 'string' && /^[a-z][a-z0-9_]*$/.test(body.error) && typeof body.message === 'string') {
    return [status, { error: body.error, message: body.message, ...(body.details ? { details: body.details } : {}) }];
  }
  if (body.statusCode !== undefined) {
    // Nest's own (`{ statusCode, message, error: 'Not Found' }`): unknown route, malformed JSON.
    const message = Array.isArray(body.message) ? body.message.join('; ') : String(body.message ?? error.message);
    return [status, { error: codeOf(status), message }];
  }
  // A body of its own, such as the health check's report: as it is.
  return [status, raw as ApiErrorBody];
}

/** `not_found`, `bad_request`, … */
const codeOf = (status: number): string => (HttpStatus[status] ?? 'error').toLowerCase();

/** For the ValidationPipe: field problems in the same shape, each field's problem in one sentence and per field. */
export function validationError(errors: ValidationError[]): BadRequestException {
  const fields: Record<string, string[]> = {};
  const walk = (list: ValidationError[], prefix: string) => {
    for (const e of list) {
      const name = `${prefix}${e.property}`;
      // With stopAtFirstError, one problem per field: the first rule it breaks.
      if (e.constraints) fields[name] = Object.values(e.constraints);
      if (e.children?.length) walk(e.children, `${name}.`);
    }
  };
  walk(errors, '');
  const message = Object.values(fields).map((problems) => problems[0]).join('; ') || 'the request body is not valid';
  return new BadRequestException({ error: 'invalid_request', message, details: { fields } } satisfies ApiErrorBody);
}
