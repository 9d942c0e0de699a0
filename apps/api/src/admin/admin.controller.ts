import { availableOf, CreditLedgerCommand } from '@app/domain';
import { Commands, ReadModels } from '@app/infrastructure';
import { Body, Controller, HttpCode, NotFoundException, Param, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses } from '../http/api-error.dto';
import { Idempotent, IdempotencyKey, IdempotencyKeys } from '../http/idempotency';
import { AdjustCreditsDto, AdminCommandResultDto, GrantCreditsDto } from './admin.dto';
import { RequireRole, StaffOnly } from './admin.guard';
import type { AdminRequest } from './admin.guard';

@ApiTags('admin')
@StaffOnly()
@Controller('admin/users/:id/credits')
export class AdminCreditsController {
  constructor(
    private readonly commands: Commands,
    private readonly readModels: ReadModels,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  @Post('grant')
  @HttpCode(200)
  @RequireRole('admin')
  @ApiOperation({ summary: 'Grant credits (admin role, reason required); recorded as CreditsGranted with the admin as actor' })
  @Idempotent()
  @ApiOkResponse({ type: AdminCommandResultDto })
  @ApiErrorResponses(400, 404, 503)
  grant(@Param('id') userId: string, @Body() body: GrantCreditsDto, @Req() req: AdminRequest, @IdempotencyKey() key?: string) {
    return this.run(req, userId, key, { action: 'grant', userId, amount: body.amount, reason: body.reason }, (commandId) => ({
      type: 'GrantCredits',
      commandId,
      userId,
      amount: body.amount,
      source: 'admin',
      reason: body.reason,
    }));
  }

  @Post('adjust')
  @HttpCode(200)
  @RequireRole('admin')
  @ApiOperation({ summary: 'Adjust credits up or down (admin role, reason required); recorded as CreditsAdjusted' })
  @Idempotent()
  @ApiOkResponse({ type: AdminCommandResultDto })
  @ApiErrorResponses(400, 404, 409, 503)
  adjust(@Param('id') userId: string, @Body() body: AdjustCreditsDto, @Req() req: AdminRequest, @IdempotencyKey() key?: string) {
    return this.run(req, userId, key, { action: 'adjust', userId, amount: body.amount, reason: body.reason }, (commandId) => ({
      type: 'AdjustCredits',
      commandId,
      userId,
      amount: body.amount,
      reason: body.reason,
    }));
  }

  private async run(
    req: AdminRequest,
    userId: string,
    idempotencyKey: string | undefined,
    request: { action: string; [field: string]: unknown },
    build: (commandId: string) => CreditLedgerCommand,
  ): Promise<AdminCommandResultDto> {
    if (!(await this.readModels.user(userId))) throw new NotFoundException({ error: 'user_not_found', message: 'no such user' });
    const admin = req.admin!;
    const command = build(await this.idempotency.commandId(admin.id, idempotencyKey, request));
    const outcome = await this.commands.ledger(command, {
      actor: { kind: 'admin', id: admin.id },
      reason: 'reason' in command ? command.reason : undefined,
    });
    return {
      userId,
      applied: outcome.appended.length > 0,
      available: availableOf(outcome.state),
      balance: outcome.state.balance,
      ...(outcome.position !== undefined ? { position: outcome.position } : {}),
    };
  }
}
