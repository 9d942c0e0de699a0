import { withRetryAfter } from '@app/infrastructure';
import type { Logger, ReadModels, UserView } from '@app/infrastructure';
import type { Language } from '@app/domain';
import { Composer } from 'telegraf';
import type { BotContext } from '../context';
import { referralLink, requireUser } from '../reply';
import { billingViewText, formatDate } from '@app/texts';

export interface ReferralsDeps {
  readModels: Pick<ReadModels, 'referralStats' | 'referrals' | 'user'>;
  logger: Logger;
  /** What each side of a referral gets on the referee's first payment (REFERRER_CREDITS, REFEREE_CREDITS). */
  referralRewards: { referrer: number; referee: number };
}

/** How many recent referees /referrals names. */
const RECENT = 5;

/**
 * /referrals: the user's invitation link (the one /start reads, `ref_<code>`), what both sides get,
 * people invited, how many of them paid, credits earned, and the last few who joined — named by
 * first name only, never by username or anything else of theirs.
 */
export function referralsFeature(deps: ReferralsDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('referrals', async (ctx) => {
    if (!requireUser(ctx, deps.logger)) return;
    const lang = ctx.account.lang;
    const userId = ctx.account.userId;
    const [stats, recent] = await Promise.all([deps.readModels.referralStats(userId), deps.readModels.referrals(userId, { limit: RECENT })]);
    const joined = recent.filter((r) => r.joinedAt !== null);
    const users = await Promise.all(joined.map((r) => deps.readModels.user(r.refereeId)));
    const text = [
      billingViewText(lang, 'referrals', {
        link: referralLink(ctx),
        referrer: deps.referralRewards.referrer,
        referee: deps.referralRewards.referee,
        invited: stats.invited,
        paid: stats.paid,
        earned: stats.creditsEarned,
      }),
      ...(joined.length > 0
        ? [
            '',
            billingViewText(lang, 'referralsRecent'),
            ...joined.map((r, i) =>
              billingViewText(lang, r.firstPaidAt ? 'referee.paid' : 'referee.joined', { name: firstNameOf(lang, users[i]), date: formatDate(r.joinedAt!, lang, 'short') }),
            ),
          ]
        : []),
    ].join('\n');
    await withRetryAfter(() => ctx.reply(text, { link_preview_options: { is_disabled: true } }));
  });

  return feature;
}

/**
 * The first word of the referee's display name; "a friend" when the name is their username or
 * the placeholder registration uses when Telegram gave neither (a username is a public handle:
 * more than a name).
 */
function firstNameOf(lang: Language, user: UserView | undefined): string {
  const name = user?.displayName.trim() ?? '';
  const first = name.split(/\s+/)[0] ?? '';
  if (!first || name === user?.username || name === 'friend') return billingViewText(lang, 'aFriend');
  return first;
}
