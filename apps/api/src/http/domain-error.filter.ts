import { DomainError, DomainErrorCode } from '@app/domain';
import { CommandConflictError } from '@app/infrastructure';
import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';

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

@Catch(DomainError, CommandConflictError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError | CommandConflictError, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof CommandConflictError) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE).json({ error: 'busy', message: 'the account is busy; try again' });
      return;
    }
    response.status(STATUS[error.code]).json({ error: error.code, message: error.message, details: error.details });
  }
}
