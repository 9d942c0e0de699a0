import { changePreferences } from '@app/application';
import type { Language, Preferences } from '@app/domain';
import { withRetryAfter } from '@app/infrastructure';
import type { Commands, Logger } from '@app/infrastructure';
import { Composer, Markup } from 'telegraf';
import type { BotContext } from '../context';
import { requireUser } from '../reply';
import { t } from '@app/texts';

export interface SettingsDeps {
  commands: Commands;
  logger: Logger;
}

/** /settings: the preferences, each changed with a button in place. */
export function settingsFeature(deps: SettingsDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('settings', (ctx) => {
    if (!requireUser(ctx, deps.logger)) return;
    const prefs = ctx.account.user.preferences;
    return withRetryAfter(() => ctx.reply(settingsText(ctx.account.lang, prefs), settingsKeyboard(ctx.account.lang, prefs)));
  });

  feature.action(/^set:(language:(?:en|ru)|reversals:(?:on|off)|deck:(?:full|major))$/, async (ctx) => {
    if (!requireUser(ctx, deps.logger)) return;
    const [field, value] = ctx.match[1]!.split(':') as ['language' | 'reversals' | 'deck', string];
    const changes: Partial<Preferences> =
      field === 'language' ? { language: value as Language } : field === 'reversals' ? { reversals: value === 'on' } : { deck: value as Preferences['deck'] };
    const account = await changePreferences(deps.commands, { userId: ctx.account.userId, changes, requestId: ctx.update.update_id });
    const prefs = account.preferences;
    await ctx.answerCbQuery(t(prefs.language, 'settingsSaved')).catch(() => undefined);
    await withRetryAfter(() => ctx.editMessageText(settingsText(prefs.language, prefs), settingsKeyboard(prefs.language, prefs))).catch(() => undefined);
  });

  return feature;
}

/** /settings: each setting with its current value. */
export function settingsText(lang: Language, prefs: Preferences): string {
  return t(lang, 'settings', {
    language: prefs.language === 'ru' ? 'Русский' : 'English',
    reversals: t(lang, prefs.reversals ? 'on' : 'off'),
    deck: t(lang, prefs.deck === 'full' ? 'deckFull' : 'deckMajor'),
  });
}

/**
 * One row per setting, one button per choice, each saying what pressing it sets; ✓ marks the
 * choice in force (pressing it again changes nothing).
 */
export function settingsKeyboard(lang: Language, prefs: Preferences) {
  const choice = (label: string, current: boolean, data: string) => Markup.button.callback(current ? `✓ ${label}` : label, data);
  return Markup.inlineKeyboard([
    [choice('English', prefs.language === 'en', 'set:language:en'), choice('Русский', prefs.language === 'ru', 'set:language:ru')],
    [choice(t(lang, 'reversalsOnButton'), prefs.reversals, 'set:reversals:on'), choice(t(lang, 'reversalsOffButton'), !prefs.reversals, 'set:reversals:off')],
    [choice(t(lang, 'deckFullButton'), prefs.deck === 'full', 'set:deck:full'), choice(t(lang, 'deckMajorButton'), prefs.deck === 'major', 'set:deck:major')],
  ]);
}
