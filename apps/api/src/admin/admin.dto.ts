import { MAX_CREDIT_AMOUNT } from '@app/domain';
import type { Tier } from '@app/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min, NotEquals } from 'class-validator';

export class GrantCreditsDto {
  @ApiProperty({ minimum: 1, maximum: MAX_CREDIT_AMOUNT, example: 25 })
  @IsInt()
  @Min(1)
  @Max(MAX_CREDIT_AMOUNT)
  amount!: number;

  @ApiProperty({ maxLength: 500, example: 'goodwill after failed conversion #123' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class AdjustCreditsDto {
  @ApiProperty({ description: 'Signed: negative removes credits', example: -5 })
  @IsInt()
  @Min(-MAX_CREDIT_AMOUNT)
  @Max(MAX_CREDIT_AMOUNT)
  @NotEquals(0)
  amount!: number;

  @ApiProperty({ maxLength: 500, example: 'duplicate grant' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
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
  @IsIn(['free', 'basic', 'pro'])
  tier!: Tier;

  @ApiProperty({ maxLength: 500, example: 'beta tester' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
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
