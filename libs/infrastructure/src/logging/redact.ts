/**
 * What never reaches a log: credentials by the key they sit under (headers, payload fields), and
 * inside any text (messages, error stacks, URLs) the bot token of a Telegram API URL, bearer
 * tokens and query parameters named like a secret.
 */
export const REDACTED = '[redacted]';

/** Keys whose string values are secrets wherever they appear (headers are lower-case in Node). */
const SECRET_KEY =
  /^(authorization|proxy-authorization|cookie|set-cookie|x-telegram-bot-api-secret-token|stripe-signature|idempotency-key|idempotencykey|idempotency_key)$|token|secret|password|passwd|api[-_]?key|signature/i;

/** Query parameter names treated as secrets: anything with token, secret, key, password, signature or sig in it. */
const SECRET_QUERY = /([?&;][^=&#\s"'<>]*(?:token|secret|key|password|passwd|signature|sig)[^=&#\s"'<>]*=)[^&#\s"'<>]*/gi;
/** `/bot123456:ABC…/` (Bot API methods) and `/file/bot123456:ABC…/` (file downloads); also user tokens. */
const TELEGRAM_TOKEN = /\b(bot|user)\d{3,}:[\w-]{10,}/g;
const BEARER = /\b(Bearer|Basic)\s+[\w~+/.=-]{8,}/g;
/** `scheme://user:password@host`: the password part. */
const URL_PASSWORD = /(\b[a-z][\w+.-]*:\/\/[^:/?#\s@"']*:)[^@/?#\s"']+@/gi;

/** Removes secrets from free text: messages, stacks, URLs. */
export function redactText(text: string): string {
  return text
    .replace(TELEGRAM_TOKEN, `$1${REDACTED}`)
    .replace(BEARER, `$1 ${REDACTED}`)
    .replace(SECRET_QUERY, `$1${REDACTED}`)
    .replace(URL_PASSWORD, `$1${REDACTED}@`);
}

/** A copy of a parsed log record (or any JSON value) with every secret replaced. */
export function redactValue(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key !== undefined && SECRET_KEY.test(key) ? REDACTED : redactText(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, key));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, k);
    return out;
  }
  return value;
}
