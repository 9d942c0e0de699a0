import type { Pool } from 'pg';
import type { EventStore } from '../event-store/event-store.port';
import { BalanceQueries, type BalanceView } from './balances.queries';
import { ConversionQueries, type ConversionStatusMessageView, type ConversionSummaryView, type QueueTierView } from './conversions.queries';
import { CreditActivityQueries, type CreditActivityView } from './credit-activity.queries';
import type { CreditActivity } from './ledger-effects';
import { LedgerEntryQueries, type LedgerEntryView } from './ledger-entries.queries';
import { PaymentQueries, type PaymentView } from './payments.queries';
import { ProjectionStatusQueries, type ProjectionStatusView } from './projection-status.queries';
import { ReadingQueries, type ReadingSummaryView } from './readings.queries';
import { ReferralQueries, type ReferralRefusalView, type ReferralStatsView, type ReferralView } from './referrals.queries';
import { SubscriptionQueries, type SubscriptionView } from './subscriptions.queries';
import { UserQueries, type UserLookupView, type UserView } from './users.queries';

/**
 * The query side in one injectable: delegates to one query module per read model
 * (`<read model>.queries.ts`, beside its projection), which are the only code that reads
 * read-model tables. Plain SQL over read models, never the event log (except to measure lag).
 */
export class ReadModels {
  private readonly users: UserQueries;
  private readonly readings: ReadingQueries;
  private readonly balances: BalanceQueries;
  private readonly ledgerEntries: LedgerEntryQueries;
  private readonly creditActivity: CreditActivityQueries;
  private readonly conversions: ConversionQueries;
  private readonly projectionStatus: ProjectionStatusQueries;
  private readonly payments: PaymentQueries;
  private readonly subscriptions: SubscriptionQueries;
  private readonly referralQueries: ReferralQueries;

  constructor(pool: Pool, store: EventStore) {
    this.readings = new ReadingQueries(pool);
    this.conversions = new ConversionQueries(pool);
    this.payments = new PaymentQueries(pool);
    this.users = new UserQueries(pool, this.readings, this.conversions, this.payments);
    this.balances = new BalanceQueries(pool);
    this.ledgerEntries = new LedgerEntryQueries(pool);
    this.creditActivity = new CreditActivityQueries(this.readings, this.conversions);
    this.projectionStatus = new ProjectionStatusQueries(pool, store);
    this.subscriptions = new SubscriptionQueries(pool);
    this.referralQueries = new ReferralQueries(pool);
  }

  user(userId: string): Promise<UserView | undefined> {
    return this.users.user(userId);
  }

  /** Users by Telegram id, or by username (any case, with or without the leading @), with their streams. */
  findUsers(query: { telegramId: number } | { username: string }): Promise<UserLookupView[]> {
    return this.users.findUsers(query);
  }

  userIdByReferralCode(code: string): Promise<string | undefined> {
    return this.users.userIdByReferralCode(code);
  }

  /** A user's latest readings, newest first. */
  recentReadings(userId: string, limit: number): Promise<ReadingSummaryView[]> {
    return this.readings.recentReadings(userId, limit);
  }

  /** The text of one of the user's readings, when it was written. */
  readingText(userId: string, readingId: string): Promise<string | undefined> {
    return this.readings.readingText(userId, readingId);
  }

  balance(userId: string): Promise<BalanceView | undefined> {
    return this.balances.balance(userId);
  }

  /** Newest first; `before` pages back by log position. */
  ledger(userId: string, options: { limit: number; before?: number }): Promise<LedgerEntryView[]> {
    return this.ledgerEntries.ledger(userId, options);
  }

  /** Names what the user's credits paid for: a reading's spread, a conversion's title and format. */
  describeActivity(userId: string, activity: CreditActivity[]): Promise<CreditActivityView[]> {
    return this.creditActivity.describeActivity(userId, activity);
  }

  /** Status of every projection; lag counts events still to process, up to `lagCap`. */
  projections(lagCap = 100_000): Promise<ProjectionStatusView[]> {
    return this.projectionStatus.projections(lagCap);
  }

  recentConversions(userId: string, limit: number): Promise<ConversionSummaryView[]> {
    return this.conversions.recentConversions(userId, limit);
  }

  /** Telegram file ids of the same media already delivered in this format and enhancement. */
  cachedAudio(mediaId: string, format: string, enhance: boolean): Promise<string[] | undefined> {
    return this.conversions.cachedAudio(mediaId, format, enhance);
  }

  /** The queue view: conversions waiting and running per tier, and the oldest wait. */
  conversionQueue(): Promise<QueueTierView[]> {
    return this.conversions.conversionQueue();
  }

  /** The chat and status message of a conversion, as far as the read model knows them. */
  conversionStatusMessage(conversionId: string): Promise<ConversionStatusMessageView | undefined> {
    return this.conversions.statusMessage(conversionId);
  }

  /** A user's payments, newest first; `offset` pages back. */
  userPayments(userId: string, options: { limit: number; offset?: number }): Promise<PaymentView[]> {
    return this.payments.userPayments(userId, options);
  }

  payment(paymentId: string): Promise<PaymentView | undefined> {
    return this.payments.payment(paymentId);
  }

  /** Payments carrying a Stripe id (of the payment, a refund or a dispute) or a Stars charge id, or our payment id. */
  findPayments(providerId: string): Promise<PaymentView[]> {
    return this.payments.findPayments(providerId);
  }

  /** The user's current subscription as last reported (the tier in force is `tierInForce`, which also reads the clock). */
  subscription(userId: string): Promise<SubscriptionView | undefined> {
    return this.subscriptions.subscription(userId);
  }

  /** A referrer's people invited, how many paid, and the credits earned. */
  referralStats(referrerId: string): Promise<ReferralStatsView> {
    return this.referralQueries.referralStats(referrerId);
  }

  /** The people a referrer invited, newest first. */
  referrals(referrerId: string, options: { limit: number; offset?: number }): Promise<ReferralView[]> {
    return this.referralQueries.referrals(referrerId, options);
  }

  /** Referrals refused (self-referral, an existing account, a second referrer), by referee or by referrer. */
  refusedReferrals(filter: { refereeId: string } | { referrerId: string }): Promise<ReferralRefusalView[]> {
    return this.referralQueries.refusedReferrals(filter);
  }
}
