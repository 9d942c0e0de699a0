/**
 * What never reaches a log: credentials by the name they go by (headers, payload fields, parsed
 * query parameters), and inside any text (messages, error stacks, URLs) the bot token of a
 * Telegram API URL, bearer tokens, query parameters named like a secret and URL passwords.
 */
export const REDACTED = '[redacted]';

/**
 * Names of secrets, for object keys and query parameters alike: the credential headers, and
 * anything named like a token, secret, password, signature or key (`key`, `api_key`, `x-api-key`).
 */
const SECRET_NAME =
  /^(authorization|proxy-authorization|cookie|set-cookie|x-telegram-bot-api-secret-token|stripe-signature|idempotency-key|idempotencykey|sig)$|token|secret|passw(or)?d|signature|(^|[-_.])(api[-_]?)?key$/i;

const isSecretName = (name: string): boolean => SECRET_NAME.test(name);

/** `?name=value` / `&name=value` in any text; the value is cut when the name is a secret's. */
const QUERY_PARAMETER = /([?&;])([^=&#\s"'<>?]+)=([^&#\s"'<>]*)/g;
/** `/bot123456:ABC…/` (Bot API methods) and `/file/bot123456:ABC…/` (file downloads); also user tokens. */
const TELEGRAM_TOKEN = /\b(bot|user)\d{3,}:[\w-]{10,}/g;
/** A bot token on its own (as TELEGRAM_BOT_TOKEN is written). */
const BARE_TELEGRAM_TOKEN = /\b\d{5,}:[\w-]{20,}/g;
const BEARER = /\b(Bearer|Basic)\s+[\w~+/.=-]{8,}/g;
/** `scheme://user:password@host`: the password part. */
const URL_PASSWORD = /(\b[a-z][\w+.-]*:\/\/[^:/?#\s@"']*:)[^@/?#\s"']+@/gi;

/** Removes secrets from free text: messages, stacks, URLs. Each rule runs only where it could match. */
export function redactText(text: string): string {
  let out = text;
  if (out.includes(':')) out = out.replace(TELEGRAM_TOKEN, `$1${REDACTED}`).replace(BARE_TELEGRAM_TOKEN, REDACTED);
  if (out.includes('Bearer') || out.includes('Basic')) out = out.replace(BEARER, `$1 ${REDACTED}`);
  if (out.includes('=')) out = out.replace(QUERY_PARAMETER, (whole, sep: string, name: string) => (isSecretName(name) ? `${sep}${name}=${REDACTED}` : whole));
  if (out.includes('@')) out = out.replace(URL_PASSWORD, `$1${REDACTED}@`);
  return out;
}

/** A copy of a parsed log record (or any JSON value) with every secret replaced. */
export function redactValue(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key !== undefined && isSecretName(key) ? REDACTED : redactText(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, key));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, k);
    return out;
  }
  return value;
}
