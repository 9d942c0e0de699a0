import { randomBytes } from 'node:crypto';
import { availableOf, creditLedger, creditsStream, normalizeText } from '@app/domain';
import { deterministicId } from '@app/infrastructure';
import type { AggregateRunner, Commands, ReadModels } from '@app/infrastructure';
import { Composer } from 'telegraf';
import type { BotContext } from '../context';
import { referralLink, say } from '../reply';

export interface StartDeps {
  commands: Commands;
  runner: AggregateRunner;
  readModels: ReadModels;
  welcomeCredits: number;
}

/** /start (registration, the welcome grant, a referral from the start payload) and /help. */
export function startFeature(deps: StartDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.start(async (ctx) => {
    const payload = normalizeText(ctx.payload ?? '', { multiline: false });
    const userId = ctx.account.userId;
    const context = { actor: { kind: 'telegram' as const, id: String(ctx.from.id) } };
    let referredBy: string | undefined;
    if (payload.startsWith('ref_')) referredBy = await deps.readModels.userIdByReferralCode(payload.slice(4));
    const registered = await deps.commands.userAccount(
      {
        type: 'RegisterUser',
        commandId: deterministicId(`register:${ctx.from.id}`),
        userId,
        telegramId: ctx.from.id,
        profile: {
          // Names are text the user chose: normalised like everything they send (a name of only
          // invisible characters is no name).
          displayName:
            normalizeText([ctx.from.first_name, ctx.from.last_name].filter(Boolean).join(' '), { multiline: false }) ||
            normalizeText(ctx.from.username ?? '', { multiline: false }) ||
            'friend',
          ...(ctx.from.username ? { username: ctx.from.username } : {}),
          ...(ctx.from.language_code ? { languageCode: ctx.from.language_code } : {}),
        },
        ...(referredBy ? { referredBy } : {}),
        referralCode: randomBytes(6).toString('base64url'),
      },
      context,
    );
    ctx.account.user = registered.state;
    const name = registered.state.profile?.displayName ?? '';
    if (registered.appended.length === 0) {
      const { state } = await deps.runner.state(creditLedger, creditsStream(userId));
      return say(ctx, 'welcomeBack', { name, available: availableOf(state) });
    }
    // Granted here for an immediate balance; the projector's welcome process issues the same
    // idempotent command as a safety net if this process stops in between.
    if (deps.welcomeCredits > 0) {
      await deps.commands.ledger(
        { type: 'GrantCredits', commandId: deterministicId(`welcome:${userId}`), userId, amount: deps.welcomeCredits, source: 'welcome', grantKey: 'welcome' },
        { actor: { kind: 'system', id: 'welcome-credits' } },
      );
    }
    await say(ctx, 'welcomeNew', { name, credits: deps.welcomeCredits });
    if (referredBy) await say(ctx, 'referralNoted');
  });

  feature.help((ctx) => say(ctx, 'help', { link: referralLink(ctx) }));

  return feature;
}
