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
