import { TelegramError } from 'telegraf';

export const TELEGRAM_TEXT_LIMIT = 4096;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a Bot API call, honouring 429 `retry_after` (a bounded number of times). "message is not
 * modified" counts as success: the text on screen is already what we wanted.
 */
export async function withRetryAfter<T>(call: () => Promise<T>, attempts = 5): Promise<T | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (error instanceof TelegramError) {
        if (error.code === 400 && /message is not modified/i.test(error.description)) return undefined;
        const retryAfter = error.parameters?.retry_after;
        if (error.code === 429 && retryAfter !== undefined && attempt < attempts) {
          await sleep(retryAfter * 1000);
          continue;
        }
      }
      throw error;
    }
  }
}

/** Splits text into Telegram-sized parts, preferring paragraph, then line, then word boundaries. */
export function splitForTelegram(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((i) => i > limit / 2) ?? limit;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}
