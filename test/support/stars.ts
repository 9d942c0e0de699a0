import type { LocalInvoice } from '../../libs/infrastructure/src/testing';
import type { BotSystem, TestUser } from './bot-harness';

/** Polls `probe` until it gives a value (sync or async); fails naming `what` after `timeoutMs`. */
export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** /buy, press a pack's ⭐ button: the Stars invoice the bot sent to this user. */
export async function packInvoice(sys: BotSystem, user: TestUser, credits: number): Promise<LocalInvoice> {
  const before = user.messages().length;
  const invoices = sys.api.stars.invoices.length;
  await user.command('/buy');
  await user.waitFor((m) => m.some((x) => x.buttons.some((b) => b.data === `buy:pack:${credits}`)), { after: before });
  await user.click(`buy:pack:${credits}`);
  return until('the invoice', () => sys.api.stars.invoices.slice(invoices).find((i) => i.chatId === user.telegramId));
}
