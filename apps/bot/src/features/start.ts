import { registerAccount } from '@app/application';
import type { RegistrationDeps } from '@app/application';
import { normalizeText } from '@app/domain';
import { Composer } from 'telegraf';
import type { BotContext } from '../context';
import { referralLink, say } from '../reply';

export type StartDeps = RegistrationDeps;

/** /start (registration, the welcome grant, a referral from the start payload) and /help. */
export function startFeature(deps: StartDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.start(async (ctx) => {
    const payload = normalizeText(ctx.payload ?? '', { multiline: false });
    const { from } = ctx;
    const registration = await registerAccount(
      deps,
      {
        channel: 'telegram',
        id: from.id,
        name: [from.first_name, from.last_name].filter(Boolean).join(' '),
        ...(from.username ? { username: from.username } : {}),
        ...(from.language_code ? { languageCode: from.language_code } : {}),
      },
      // The invitation link's start payload: `ref_<code>`.
      payload.startsWith('ref_') ? { referralCode: payload.slice(4) } : {},
    );
    ctx.account.user = registration.account;
    const name = registration.account.profile?.displayName ?? '';
    if (registration.status === 'returning') return say(ctx, 'welcomeBack', { name, available: registration.available });
    await say(ctx, 'welcomeNew', { name, credits: registration.welcomeCredits });
    if (registration.referredBy) await say(ctx, 'referralNoted');
  });

  feature.help((ctx) => say(ctx, 'help', { link: referralLink(ctx) }));

  return feature;
}
