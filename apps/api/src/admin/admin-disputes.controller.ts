import { submitDisputeEvidence } from '@app/application';
import { EVENT_STORE, ReadModels } from '@app/infrastructure';
import type { EventStore } from '@app/infrastructure';
import { Body, Controller, HttpCode, Inject, Param, Post, Req, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsString, MaxLength } from 'class-validator';
import { PAYMENT_PROVIDERS } from '../billing/payment-providers';
import type { PaymentProviders } from '../billing/payment-providers';
import { ApiErrorResponses } from '../http/api-error.dto';
import { Idempotent, IdempotencyKey, IdempotencyKeys } from '../http/idempotency';
import { NotBlank, Required } from '../http/validation';
import { RequireRole, StaffOnly } from './admin.guard';
import type { AdminRequest } from './admin.guard';

export class DisputeEvidenceDto {
  @ApiProperty({ description: 'false: stage the evidence at Stripe (visible, editable, not sent); true: submit it (final)', example: false })
  @Required(IsBoolean())
  submit!: boolean;

  @ApiProperty({ maxLength: 500, example: 'chargeback claims no delivery; usage log shows otherwise' })
  @Required(IsString(), NotBlank(), MaxLength(500))
  reason!: string;
}

export class DisputeEvidenceResultDto {
  @ApiProperty({ example: 'dp_…' }) disputeId!: string;
  @ApiProperty({ example: 'stripe:cs_…' }) paymentId!: string;
  @ApiProperty() submitted!: boolean;
  @ApiProperty({ description: 'False when this Idempotency-Key was already applied' }) applied!: boolean;
  @ApiProperty({ description: 'The dispute’s status at Stripe after the call' }) status!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'The evidence fields sent, as Stripe names them' })
  evidence!: Record<string, string>;
}

@ApiTags('admin')
@StaffOnly()
@Controller('admin/disputes')
export class AdminDisputesController {
  constructor(
    @Inject(PAYMENT_PROVIDERS) private readonly providers: PaymentProviders,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModels,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  @Post(':id/evidence')
  @HttpCode(200)
  @RequireRole('admin')
  @ApiOperation({
    summary: 'Stage or submit a Stripe dispute’s evidence from our events (admin role, reason required); recorded as DisputeEvidenceSubmitted',
    description:
      'Fields: product_description (what was bought, the price, when), service_date (when the credits were delivered), access_activity_log (readings and conversions after the payment, with dates), ' +
      'customer_name / customer_email_address when known, uncategorized_text (the customer’s Telegram account id).',
  })
  @Idempotent()
  @ApiOkResponse({ type: DisputeEvidenceResultDto })
  @ApiErrorResponses(
    { status: 400, description: '`reason_required`; `invalid_command` with `details.reason` `dispute_not_found` (not recorded here yet) or `dispute_closed`' },
    { status: 404, description: '`payment_not_found`: the dispute is not on a payment recorded here' },
    { status: 503, description: '`provider_not_configured`: STRIPE_SECRET_KEY is not set' },
  )
  async evidence(@Param('id') disputeId: string, @Body() body: DisputeEvidenceDto, @Req() req: AdminRequest, @IdempotencyKey() key?: string): Promise<DisputeEvidenceResultDto> {
    const stripe = this.providers.stripe;
    if (!stripe) throw new ServiceUnavailableException({ error: 'provider_not_configured', message: 'Stripe is not configured (STRIPE_SECRET_KEY)' });
    const admin = req.admin!;
    const requestId = await this.idempotency.commandId(admin.id, key, { action: 'dispute-evidence', disputeId, submit: body.submit, reason: body.reason });
    return submitDisputeEvidence(
      { commands: this.providers.commands, runner: this.providers.runner, store: this.store, stripe, usage: this.readModels },
      { disputeId, submit: body.submit, actor: { kind: 'admin', id: admin.id }, reason: body.reason, requestId },
    );
  }
}
