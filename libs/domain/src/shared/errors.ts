export type DomainErrorCode =
  | 'invalid_command'
  | 'insufficient_credits'
  | 'reservation_not_found'
  | 'reservation_conflict'
  | 'reservation_already_settled'
  | 'payment_not_found'
  | 'payment_conflict'
  | 'reason_required'
  | 'user_not_found';

/** A broken business rule. Callers map `code` to a user message or an HTTP status in one place each. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function invalid(message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('invalid_command', message, details);
}
