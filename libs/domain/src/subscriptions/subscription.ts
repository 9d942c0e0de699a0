import { Decider, DomainEvent } from '../shared/decider';
import { DomainError, invalid } from '../shared/errors';
import { requireIsoDate, requireNonEmpty } from '../shared/guards';
import { Tier } from '../tiers';
import { DEFAULT_PRICE_TABLE, PAID_TIERS, PaidTier, PAYMENT_PROVIDERS, PaymentProvider, planOf, PriceTable } from '../payments/prices';

/**
 * One stream per user: `subscription-<userId>`, whatever the rail, so a user has one subscription
 * state in the bot and on the web, and a second one on the other rail can be refused.
 */
export const subscriptionStream = (userId: string): string => `subscription-${userId}`;

/** Days a past-due subscription keeps its tier (`SUBSCRIPTION_GRACE_DAYS`). */
export const DEFAULT_GRACE_DAYS = 3;

interface SubscriptionRef {
  userId: string;
  provider: PaymentProvider;
  /** Stripe `sub_…`; for Stars, the first payment's `telegram_payment_charge_id` (what `editUserStarSubscription` takes). */
  subscriptionId: string;
}
interface Period {
  periodStart: string;
  periodEnd: string;
}
/** `grantKey` is the invoice (Stripe) or Stars charge that paid the period; `allowance` is what it grants. */
interface PaidPeriod extends Period {
  grantKey: string;
  allowance: number;
}

// ---- events -------------------------------------------------------------------------------

export type SubscriptionStarted = DomainEvent<
  'SubscriptionStarted',
  SubscriptionRef & PaidPeriod & { tier: PaidTier; customerId?: string; replaces?: string }
>;
export type SubscriptionRenewed = DomainEvent<'SubscriptionRenewed', SubscriptionRef & PaidPeriod & { tier: PaidTier }>;
export type SubscriptionPastDue = DomainEvent<'SubscriptionPastDue', SubscriptionRef & { since: string }>;
/** `effectiveAt`: when the tier goes (the period end, or the cancel time when canceled now). */
export type SubscriptionCanceled = DomainEvent<
  'SubscriptionCanceled',
  SubscriptionRef & { atPeriodEnd: boolean; canceledAt: string; effectiveAt: string }
>;
/** A cancellation at period end withdrawn before the period ended. */
export type SubscriptionResumed = DomainEvent<'SubscriptionResumed', SubscriptionRef & { resumedAt: string }>;
export type SubscriptionEnded = DomainEvent<'SubscriptionEnded', SubscriptionRef & { endedAt: string }>;
export type SubscriptionPlanChanged = DomainEvent<
  'SubscriptionPlanChanged',
  SubscriptionRef & { from: PaidTier; to: PaidTier; direction: 'upgrade' | 'downgrade'; effectiveAt: string }
>;

export type SubscriptionEvent =
  | SubscriptionStarted
  | SubscriptionRenewed
  | SubscriptionPastDue
  | SubscriptionCanceled
  | SubscriptionResumed
  | SubscriptionEnded
  | SubscriptionPlanChanged;

export const SUBSCRIPTION_EVENT_TYPES = [
  'SubscriptionStarted',
  'SubscriptionRenewed',
  'SubscriptionPastDue',
  'SubscriptionCanceled',
  'SubscriptionResumed',
  'SubscriptionEnded',
  'SubscriptionPlanChanged',
] as const satisfies readonly SubscriptionEvent['type'][];

// ---- commands -----------------------------------------------------------------------------

interface SubscriptionCommandBase {
  commandId: string;
  userId: string;
  subscriptionId: string;
}
export interface StartSubscription extends SubscriptionCommandBase, Period {
  type: 'StartSubscription';
  provider: PaymentProvider;
  tier: PaidTier;
  grantKey: string;
  customerId?: string;
}
export interface RenewSubscription extends SubscriptionCommandBase, Period {
  type: 'RenewSubscription';
  grantKey: string;
  /** The tier this period was paid for, as the provider reports it; defaults to the current one. */
  tier?: PaidTier;
}
export interface MarkSubscriptionPastDue extends SubscriptionCommandBase {
  type: 'MarkSubscriptionPastDue';
  since: string;
}
export interface CancelSubscription extends SubscriptionCommandBase {
  type: 'CancelSubscription';
  atPeriodEnd: boolean;
  canceledAt: string;
}
export interface ResumeSubscription extends SubscriptionCommandBase {
  type: 'ResumeSubscription';
  resumedAt: string;
}
export interface EndSubscription extends SubscriptionCommandBase {
  type: 'EndSubscription';
  endedAt: string;
}
export interface ChangeSubscriptionPlan extends SubscriptionCommandBase {
  type: 'ChangeSubscriptionPlan';
  tier: PaidTier;
  effectiveAt: string;
}

export type SubscriptionCommand =
  | StartSubscription
  | RenewSubscription
  | MarkSubscriptionPastDue
  | CancelSubscription
  | ResumeSubscription
  | EndSubscription
  | ChangeSubscriptionPlan;

// ---- state --------------------------------------------------------------------------------

export interface SubscriptionState {
  status: 'none' | 'active' | 'past_due' | 'canceled' | 'ended';
  provider?: PaymentProvider;
  subscriptionId?: string;
  customerId?: string;
  tier?: PaidTier;
  periodStart?: string;
  periodEnd?: string;
  pastDueSince?: string;
  /** Set while canceled: whether the tier lasts to the period end. */
  cancelAtPeriodEnd?: boolean;
  canceledAt?: string;
  endedAt?: string;
  /** Invoices / Stars charges already granted, and the periods they paid (`<subscriptionId>@<periodStart>`). */
  grantKeys: Set<string>;
  grantedPeriods: Set<string>;
  /** Subscriptions this user had before the current one: late deliveries about them change nothing. */
  previous: Set<string>;
}

const periodKey = (subscriptionId: string, periodStart: string) => `${subscriptionId}@${periodStart}`;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The tier a subscription gives at `now`: active → its tier (to the period end plus the grace
 * days, so a renewal the provider never reports, as can happen with Stars, does not keep it
 * forever); past due → its tier for `graceDays` after it went past due; canceled at period end →
 * its tier until the period ends; canceled now or ended → free.
 */
export function tierOf(state: SubscriptionState, now: Date | string, graceDays = DEFAULT_GRACE_DAYS): Tier {
  const t = new Date(now).getTime();
  const grace = Math.max(0, graceDays) * DAY_MS;
  const until = (iso: string | undefined, extra = 0) => iso !== undefined && t < new Date(iso).getTime() + extra;
  if (!state.tier) return 'free';
  switch (state.status) {
    case 'active':
      return until(state.periodEnd, grace) ? state.tier : 'free';
    case 'past_due':
      return until(state.pastDueSince, grace) ? state.tier : 'free';
    case 'canceled':
      return state.cancelAtPeriodEnd && until(state.periodEnd) ? state.tier : 'free';
    default:
      return 'free';
  }
}

/** The ledger grant key of one paid period; prefixed so it never collides with welcome or referral keys. */
export const allowanceGrantKey = (grantKey: string): string => `allowance:${grantKey}`;

/**
 * Which events grant the tier's allowance (the start and each renewal: one per paid period) and
 * how: a `GrantCredits` with source `subscription` under {@link allowanceGrantKey}.
 */
export function allowanceGrantOf(event: SubscriptionEvent): { userId: string; amount: number; grantKey: string; tier: PaidTier } | undefined {
  if (event.type !== 'SubscriptionStarted' && event.type !== 'SubscriptionRenewed') return undefined;
  if (event.data.allowance <= 0) return undefined;
  return { userId: event.data.userId, amount: event.data.allowance, grantKey: allowanceGrantKey(event.data.grantKey), tier: event.data.tier };
}

// ---- decider ------------------------------------------------------------------------------

function evolve(s: SubscriptionState, event: SubscriptionEvent): SubscriptionState {
  const d = event.data;
  switch (event.type) {
    case 'SubscriptionStarted':
      if (s.subscriptionId && s.subscriptionId !== d.subscriptionId) s.previous.add(s.subscriptionId);
      s.status = 'active';
      s.provider = d.provider;
      s.subscriptionId = d.subscriptionId;
      s.customerId = event.data.customerId;
      s.tier = event.data.tier;
      s.periodStart = event.data.periodStart;
      s.periodEnd = event.data.periodEnd;
      s.pastDueSince = s.cancelAtPeriodEnd = s.canceledAt = s.endedAt = undefined;
      s.grantKeys.add(event.data.grantKey);
      s.grantedPeriods.add(periodKey(d.subscriptionId, event.data.periodStart));
      return s;
    case 'SubscriptionRenewed':
      s.status = 'active';
      s.tier = event.data.tier;
      // A late invoice for an older period is granted but does not move the period back.
      if (!s.periodEnd || event.data.periodEnd > s.periodEnd) {
        s.periodStart = event.data.periodStart;
        s.periodEnd = event.data.periodEnd;
      }
      s.pastDueSince = s.cancelAtPeriodEnd = s.canceledAt = undefined;
      s.grantKeys.add(event.data.grantKey);
      s.grantedPeriods.add(periodKey(d.subscriptionId, event.data.periodStart));
      return s;
    case 'SubscriptionPastDue':
      s.status = 'past_due';
      s.pastDueSince = event.data.since;
      return s;
    case 'SubscriptionCanceled':
      s.status = 'canceled';
      s.cancelAtPeriodEnd = event.data.atPeriodEnd;
      s.canceledAt = event.data.canceledAt;
      return s;
    case 'SubscriptionResumed':
      s.status = s.pastDueSince ? 'past_due' : 'active';
      s.cancelAtPeriodEnd = s.canceledAt = undefined;
      return s;
    case 'SubscriptionEnded':
      s.status = 'ended';
      s.endedAt = event.data.endedAt;
      return s;
    case 'SubscriptionPlanChanged':
      s.tier = event.data.to;
      return s;
  }
}

const isoOf = (value: string, field: string): string => {
  requireIsoDate(value, field);
  return new Date(value).toISOString();
};

function requireTier(tier: unknown): PaidTier {
  if (!(PAID_TIERS as readonly unknown[]).includes(tier)) throw invalid('tier must be basic or pro', { field: 'tier', tier });
  return tier as PaidTier;
}

function requirePeriod(command: Period): Period {
  const periodStart = isoOf(command.periodStart, 'periodStart');
  const periodEnd = isoOf(command.periodEnd, 'periodEnd');
  if (periodEnd <= periodStart) throw invalid('periodEnd must be after periodStart', { periodStart, periodEnd });
  return { periodStart, periodEnd };
}

/** A live subscription holds the user: active, past due, or canceled at period end while the period runs. */
const isLive = (s: SubscriptionState) => s.status === 'active' || s.status === 'past_due';

/**
 * The subscription a command is about: 'current', 'stale' (an earlier subscription of this user,
 * delivered late: nothing to do) or an error when it was never seen.
 */
function target(command: SubscriptionCommandBase, state: SubscriptionState): 'current' | 'stale' {
  if (state.subscriptionId === command.subscriptionId) return 'current';
  if (state.previous.has(command.subscriptionId)) return 'stale';
  throw invalid('no such subscription for this user', { reason: 'subscription_not_found', subscriptionId: command.subscriptionId });
}

export function subscriptionDecider(table: PriceTable = DEFAULT_PRICE_TABLE): Decider<SubscriptionCommand, SubscriptionEvent, SubscriptionState> {
  const allowanceOf = (tier: PaidTier) => planOf(tier, table)?.allowance ?? 0;

  function decide(command: SubscriptionCommand, state: SubscriptionState): SubscriptionEvent[] {
    requireNonEmpty(command.commandId, 'commandId', 200);
    const userId = requireNonEmpty(command.userId, 'userId', 200);
    const subscriptionId = requireNonEmpty(command.subscriptionId, 'subscriptionId', 255);
    if (command.type === 'StartSubscription') {
      if (!(PAYMENT_PROVIDERS as readonly string[]).includes(command.provider)) throw invalid(`unknown provider ${command.provider}`, { field: 'provider' });
      const tier = requireTier(command.tier);
      const period = requirePeriod(command);
      const grantKey = requireNonEmpty(command.grantKey, 'grantKey', 255);
      const customerId = command.customerId === undefined ? undefined : requireNonEmpty(command.customerId, 'customerId', 255);
      if (state.subscriptionId === subscriptionId || state.previous.has(subscriptionId)) return [];
      if (isLive(state)) {
        throw new DomainError('payment_conflict', 'this user already has an active subscription', {
          reason: 'second_subscription',
          activeProvider: state.provider,
          activeSubscriptionId: state.subscriptionId,
        });
      }
      return [
        {
          type: 'SubscriptionStarted',
          data: {
            userId,
            provider: command.provider,
            subscriptionId,
            ...(customerId ? { customerId } : {}),
            tier,
            ...period,
            grantKey,
            allowance: allowanceOf(tier),
            // A subscription canceled (at period end or now) may be replaced, e.g. to move rails.
            ...(state.subscriptionId && state.status !== 'ended' ? { replaces: state.subscriptionId } : {}),
          },
        },
      ];
    }
    if (state.status === 'none' || !state.provider || !state.tier) {
      throw invalid('no such subscription for this user', { reason: 'subscription_not_found', subscriptionId });
    }
    const ref = { userId, provider: state.provider, subscriptionId };
    switch (command.type) {
      case 'RenewSubscription': {
        const period = requirePeriod(command);
        const grantKey = requireNonEmpty(command.grantKey, 'grantKey', 255);
        const tier = command.tier === undefined ? state.tier : requireTier(command.tier);
        if (target(command, state) === 'stale') return [];
        if (state.grantKeys.has(grantKey) || state.grantedPeriods.has(periodKey(subscriptionId, period.periodStart))) return [];
        if (state.status === 'ended') {
          throw invalid('the subscription has ended', { reason: 'subscription_ended', subscriptionId });
        }
        return [{ type: 'SubscriptionRenewed', data: { ...ref, tier, ...period, grantKey, allowance: allowanceOf(tier) } }];
      }
      case 'MarkSubscriptionPastDue': {
        const since = isoOf(command.since, 'since');
        if (target(command, state) === 'stale' || state.status !== 'active') return [];
        return [{ type: 'SubscriptionPastDue', data: { ...ref, since } }];
      }
      case 'CancelSubscription': {
        if (typeof command.atPeriodEnd !== 'boolean') throw invalid('atPeriodEnd must be true or false', { field: 'atPeriodEnd' });
        const canceledAt = isoOf(command.canceledAt, 'canceledAt');
        if (target(command, state) === 'stale' || state.status === 'ended') return [];
        // Canceling now outranks canceling at period end; the same cancellation again is a no-op.
        if (state.status === 'canceled' && (state.cancelAtPeriodEnd === command.atPeriodEnd || !state.cancelAtPeriodEnd)) return [];
        const effectiveAt = command.atPeriodEnd && state.periodEnd ? state.periodEnd : canceledAt;
        return [{ type: 'SubscriptionCanceled', data: { ...ref, atPeriodEnd: command.atPeriodEnd, canceledAt, effectiveAt } }];
      }
      case 'ResumeSubscription': {
        const resumedAt = isoOf(command.resumedAt, 'resumedAt');
        if (target(command, state) === 'stale' || state.status !== 'canceled') return [];
        if (!state.cancelAtPeriodEnd) throw invalid('a subscription canceled now cannot be resumed', { reason: 'subscription_ended', subscriptionId });
        return [{ type: 'SubscriptionResumed', data: { ...ref, resumedAt } }];
      }
      case 'EndSubscription': {
        const endedAt = isoOf(command.endedAt, 'endedAt');
        if (target(command, state) === 'stale' || state.status === 'ended') return [];
        return [{ type: 'SubscriptionEnded', data: { ...ref, endedAt } }];
      }
      case 'ChangeSubscriptionPlan': {
        const tier = requireTier(command.tier);
        const effectiveAt = isoOf(command.effectiveAt, 'effectiveAt');
        if (target(command, state) === 'stale' || state.status === 'ended' || tier === state.tier) return [];
        const direction = PAID_TIERS.indexOf(tier) > PAID_TIERS.indexOf(state.tier) ? 'upgrade' : 'downgrade';
        return [{ type: 'SubscriptionPlanChanged', data: { ...ref, from: state.tier, to: tier, direction, effectiveAt } }];
      }
      default:
        throw invalid(`unknown subscription command ${(command as { type?: string }).type}`);
    }
  }

  return {
    name: 'Subscription',
    initialState: () => ({ status: 'none', grantKeys: new Set(), grantedPeriods: new Set(), previous: new Set() }),
    evolve,
    decide,
  };
}

export const subscription = subscriptionDecider();
