import { RefundProviderError, requestRefund } from '@app/application';
import { MAX_PAYMENT_AMOUNT } from '@app/domain';
import { BadGatewayException, Body, ConflictException, Controller, HttpCode, Inject, Param, Post, Req, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PAYMENT_PROVIDERS } from '../billing/payment-providers';
import type { PaymentProviders } from '../billing/payment-providers';
import { ApiErrorResponses } from '../http/api-error.dto';
import { Idempotent, IdempotencyKey, IdempotencyKeys } from '../http/idempotency';
import { NotBlank, Required } from '../http/validation';
import { RequireRole, StaffOnly } from './admin.guard';
import type { AdminRequest } from './admin.guard';

export class RefundPaymentDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAYMENT_AMOUNT, description: 'Smallest currency unit (cents); omitted → the rest of the payment. Stars refund whole payments only.', example: 300 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAYMENT_AMOUNT)
  amountMinor?: number;

  @ApiProperty({ maxLength: 500, example: 'customer asked within 14 days, ticket #881' })
  @Required(IsString(), NotBlank(), MaxLength(500))
  reason!: string;
}

export class RefundRequestResultDto {
  @ApiProperty({ example: 'stripe:cs_…' }) paymentId!: string;
  @ApiProperty({ description: 'This request’s id (from the Idempotency-Key), also the provider’s idempotency key' }) requestId!: string;
  @ApiProperty({ enum: ['stripe', 'stars'] }) provider!: string;
  @ApiProperty({ description: 'Asked of the provider, smallest currency unit' }) amountMinor!: number;
  @ApiProperty() currency!: string;
  @ApiProperty({ description: 'False when this Idempotency-Key was already applied: nothing new was recorded or sent' }) applied!: boolean;
  @ApiPropertyOptional({ description: 'Stripe’s refund id (re_…)' }) providerRefundId?: string;
}

/**
 * Refunds asked by an admin: recorded as RefundRequested (actor, reason) on the payment, then
 * sent to the provider. The provider's confirmation (Stripe's refund webhook, Telegram's
 * refunded_payment) is what takes the credits back, through the payment-credits process manager.
 */
@ApiTags('admin')
@StaffOnly()
@Controller('admin/payments')
export class AdminRefundsController {
  constructor(
    @Inject(PAYMENT_PROVIDERS) private readonly providers: PaymentProviders,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  @Post(':id/refund')
  @HttpCode(200)
  @RequireRole('admin')
  @ApiOperation({
    summary: 'Refund a payment (admin role, reason required): RefundRequested is recorded, then Stripe’s refunds.create or Telegram’s refundStarPayment is called',
    description:
      'Full by default; `amountMinor` refunds part of a Stripe payment (Stars refund whole payments). This moves no credits: the provider’s confirmation does ' +
      '(Stripe: the refund webhook; Stars: the refunded_payment update the bot records). A provider refusal or failure is recorded as RefundFailed. ' +
      '`:id` is our payment id (`stripe:cs_…`, `stripe:in_…`, `stars:<charge>`; see GET /admin/payments?providerId=).',
  })
  @Idempotent()
  @ApiOkResponse({ type: RefundRequestResultDto, description: 'Asked of the provider, which accepted it; the credits follow its confirmation' })
  @ApiErrorResponses(
    {
      status: 400,
      description:
        '`reason_required`; `invalid_command` with `details.reason`: `payment_mismatch` (recorded as a mismatch, credited nothing), `refund_exceeds_payment` (more than is left, `details.refundable`), `partial_refund_not_supported` (Stars)',
    },
    { status: 404, description: '`payment_not_found`: no payment under this id' },
    {
      status: 409,
      description:
        '`payment_conflict` with `details.reason` `already_refunded` (refunded in full) or `refund_pending` (a refund of the rest is waiting for the provider); `refund_refused`: the provider said no (`details.code`, e.g. CHARGE_ALREADY_REFUNDED, charge_already_refunded), recorded as RefundFailed',
    },
    502,
    { status: 503, description: '`provider_not_configured`: Stripe or the Telegram bot is not configured for this payment' },
  )
  async refund(@Param('id') paymentId: string, @Body() body: RefundPaymentDto, @Req() req: AdminRequest, @IdempotencyKey() key?: string): Promise<RefundRequestResultDto> {
    const admin = req.admin!;
    const requestId = await this.idempotency.commandId(admin.id, key, { action: 'refund', paymentId, amountMinor: body.amountMinor ?? null, reason: body.reason });
    try {
      return await requestRefund(this.providers, {
        paymentId,
        requestId,
        ...(body.amountMinor !== undefined ? { amountMinor: body.amountMinor } : {}),
        actor: { kind: 'admin', id: admin.id },
        reason: body.reason,
      });
    } catch (error) {
      if (!(error instanceof RefundProviderError)) throw error;
      const details = { code: error.code, requestId };
      if (error.kind === 'refused') throw new ConflictException({ error: 'refund_refused', message: error.message, details });
      if (error.kind === 'not_configured') throw new ServiceUnavailableException({ error: 'provider_not_configured', message: error.message, details });
      throw new BadGatewayException({ error: 'provider_unavailable', message: error.message, details });
    }
  }
}
