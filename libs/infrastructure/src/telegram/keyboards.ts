import { Markup } from 'telegraf';

/**
 * The cancel button a conversion's status message carries while it waits or runs. The bot sends it
 * with the preview's confirm and the worker with each status edit; `cv:x:<id>` is what the bot's
 * conversion feature answers.
 */
export function conversionCancelKeyboard(label: string, conversionId: string) {
  return Markup.inlineKeyboard([[Markup.button.callback(label, `cv:x:${conversionId}`)]]);
}
