import { MAX_CREDIT_AMOUNT } from '@app/domain';
import type { Tier } from '@app/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Max, MaxLength, Min, NotEquals } from 'class-validator';
import { NotBlank, Required } from '../http/validation';

export class GrantCreditsDto {
  @ApiProperty({ minimum: 1, maximum: MAX_CREDIT_AMOUNT, example: 25 })
  @Required(IsInt(), Min(1), Max(MAX_CREDIT_AMOUNT))
  amount!: number;

  @ApiProperty({ maxLength: 500, example: 'goodwill after failed conversion #123' })
  @Required(IsString(), NotBlank(), MaxLength(500))
  reason!: string;
}

export class AdjustCreditsDto {
  @ApiProperty({ description: 'Signed: negative removes credits', example: -5 })
  @Required(IsInt(), NotEquals(0), Min(-MAX_CREDIT_AMOUNT), Max(MAX_CREDIT_AMOUNT))
  amount!: number;

  @ApiProperty({ maxLength: 500, example: 'duplicate grant' })
  @Required(IsString(), NotBlank(), MaxLength(500))
  reason!: string;
}

export class AdminCommandResultDto {
  @ApiProperty() userId!: string;
  @ApiProperty({ description: 'False when this Idempotency-Key was already applied' }) applied!: boolean;
  @ApiProperty() available!: number;
  @ApiProperty() balance!: number;
  @ApiProperty({ required: false }) position?: number;
}

export class ChangeTierDto {
  @ApiProperty({ enum: ['free', 'basic', 'pro'], example: 'pro' })
  @Required(IsIn(['free', 'basic', 'pro']))
  tier!: Tier;

  @ApiProperty({ maxLength: 500, example: 'beta tester' })
  @Required(IsString(), NotBlank(), MaxLength(500))
  reason!: string;
}

export class TierResultDto {
  @ApiProperty() userId!: string;
  @ApiProperty({ description: 'False when the user already had this tier' }) applied!: boolean;
  @ApiProperty({ enum: ['free', 'basic', 'pro'] }) tier!: string;
}

export class QueueTierDto {
  @ApiProperty({ enum: ['pro', 'basic', 'free'] }) tier!: string;
  @ApiProperty() waiting!: number;
  @ApiProperty() running!: number;
  @ApiProperty({ nullable: true, type: Number }) oldestWaitSeconds!: number | null;
}

export class UserStreamsDto {
  @ApiProperty({ example: 'user-4b1e…', description: 'registration, profile, preferences, tier' }) account!: string;
  @ApiProperty({ example: 'credits-4b1e…', description: 'the credit ledger' }) credits!: string;
  @ApiProperty({ example: 'daily-4b1e…_<YYYY-MM-DD>', description: 'a pattern: one stream per day with a daily card' }) dailyCards!: string;
  @ApiProperty({ type: [String], description: 'reading-<id> streams, newest first (up to 100)' }) readings!: string[];
  @ApiProperty({ type: [String], description: 'conversion-<id> streams, newest first (up to 100)' }) conversions!: string[];
  @ApiProperty({ description: 'subscription-<userId>: the plan, whichever provider', example: 'subscription-3f1c…' }) subscription!: string;
  @ApiProperty({ type: [String], description: 'payment-<provider>:<id> streams, newest paid first (up to 100)' }) payments!: string[];
}

export class UserLookupDto {
  @ApiProperty() userId!: string;
  @ApiProperty({ nullable: true, type: Number }) telegramId!: number | null;
  @ApiProperty() displayName!: string;
  @ApiProperty({ nullable: true, type: String }) username!: string | null;
  @ApiProperty({ nullable: true, type: String }) languageCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) referredBy!: string | null;
  @ApiProperty() registeredAt!: string;
  @ApiProperty({ type: UserStreamsDto }) streams!: UserStreamsDto;
}

export class TierInForceDto {
  @ApiProperty({ enum: ['free', 'basic', 'pro'], description: 'What gates, limits and ranks the user now: the higher of accountTier and subscriptionTier' }) inForce!: string;
  @ApiProperty({ enum: ['admin', 'subscription', 'free'], description: 'Which side gives it (admin: the tier set by an admin, which also wins a tie)' }) source!: string;
  @ApiProperty({ enum: ['free', 'basic', 'pro'], description: 'The tier set on the account by an admin (POST /admin/users/:id/tier)' }) accountTier!: string;
  @ApiProperty({ enum: ['free', 'basic', 'pro'], description: 'What the subscription gives now (grace days for past due, the period end when canceled)' }) subscriptionTier!: string;
}

export class SubscriptionDto {
  @ApiProperty({ enum: ['stripe', 'stars'] }) provider!: string;
  @ApiProperty({ description: 'Stripe sub_…, or the first Stars charge id' }) subscriptionId!: string;
  @ApiProperty({ nullable: true, type: String }) customerId!: string | null;
  @ApiProperty({ enum: ['basic', 'pro'] }) tier!: string;
  @ApiProperty({ enum: ['active', 'past_due', 'canceled', 'ended'] }) status!: string;
  @ApiProperty() currentPeriodStart!: string;
  @ApiProperty() currentPeriodEnd!: string;
  @ApiProperty() cancelAtPeriodEnd!: boolean;
  @ApiProperty({ nullable: true, type: String }) pastDueSince!: string | null;
  @ApiProperty({ nullable: true, type: String }) canceledAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) endedAt!: string | null;
}

export class AdminUserDto extends UserLookupDto {
  @ApiProperty({ type: TierInForceDto }) tier!: TierInForceDto;
  @ApiProperty({ type: SubscriptionDto, nullable: true, description: 'The current subscription as last reported; null when the user never subscribed' })
  subscription!: SubscriptionDto | null;
}

export class PaymentDto {
  @ApiProperty({ example: 'stripe:cs_…' }) paymentId!: string;
  @ApiProperty() userId!: string;
  @ApiProperty({ enum: ['stripe', 'stars'] }) provider!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'The provider’s ids (Checkout Session, invoice, payment intent, charge; Stars charge ids)' })
  providerIds!: Record<string, string>;
  @ApiProperty({ example: 'pack:150' }) offerId!: string;
  @ApiProperty({ enum: ['pack', 'subscription'], nullable: true, type: String }) kind!: string | null;
  @ApiProperty({ enum: ['basic', 'pro'], nullable: true, type: String }) tier!: string | null;
  @ApiProperty({ description: 'Credits delivered (0 for a mismatch)' }) credits!: number;
  @ApiProperty({ description: 'In the currency’s smallest unit (cents; whole Stars)' }) amountMinor!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ enum: ['paid', 'partially_refunded', 'refunded', 'disputed', 'dispute_won', 'dispute_lost', 'mismatch'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, enum: ['unknown_offer', 'currency_mismatch', 'amount_mismatch'] }) mismatchReason!: string | null;
  @ApiProperty() refundedMinor!: number;
  @ApiProperty() paidAt!: string;
  @ApiProperty({ nullable: true, type: String }) hostedInvoiceUrl!: string | null;
  @ApiProperty({ nullable: true, type: String }) invoicePdf!: string | null;
  @ApiProperty() updatedAt!: string;
}
