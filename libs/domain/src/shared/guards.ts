import { invalid } from './errors';
import { normalizeText } from './text';

/** Largest credit amount a single command may move; keeps arithmetic far from float precision limits. */
export const MAX_CREDIT_AMOUNT = 1_000_000;

export function requirePositiveAmount(amount: number, field = 'amount'): void {
  if (!Number.isInteger(amount) || amount <= 0 || amount > MAX_CREDIT_AMOUNT) {
    throw invalid(`${field} must be a whole number between 1 and ${MAX_CREDIT_AMOUNT}`, { field, amount });
  }
}

/** A required text field, normalised (see `normalizeText`): empty after that is missing. Returns the normalised text. */
export function requireNonEmpty(value: string | undefined, field: string, maxLength = 500): string {
  const trimmed = normalizeText(value ?? '');
  if (trimmed.length === 0) throw invalid(`${field} is required`, { field });
  if (trimmed.length > maxLength) throw invalid(`${field} must be at most ${maxLength} characters`, { field });
  return trimmed;
}

export function requireIsoDate(value: string, field: string): void {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw invalid(`${field} must be an ISO-8601 timestamp`, { field, value });
  }
}
