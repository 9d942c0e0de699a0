import { Commands, ReadModels } from '@app/infrastructure';
import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses } from '../http/api-error.dto';
import { Idempotent, IdempotencyKey, IdempotencyKeys } from '../http/idempotency';
import { ChangeTierDto, QueueTierDto, TierResultDto } from './admin.dto';
import { RequireRole, StaffOnly } from './admin.guard';
import type { AdminRequest } from './admin.guard';

@ApiTags('admin')
@StaffOnly()
@Controller('admin')
export class AdminConversionsController {
  constructor(
    private readonly commands: Commands,
    private readonly readModels: ReadModels,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  @Post('users/:id/tier')
  @HttpCode(200)
  @RequireRole('admin')
  @ApiOperation({ summary: 'Set a user’s tier (admin role, reason required); recorded as UserTierChanged with the admin as actor' })
  @Idempotent()
  @ApiOkResponse({ type: TierResultDto })
  @ApiErrorResponses(400, 404, 503)
  async changeTier(@Param('id') userId: string, @Body() body: ChangeTierDto, @Req() req: AdminRequest, @IdempotencyKey() key?: string): Promise<TierResultDto> {
    if (!(await this.readModels.user(userId))) throw new NotFoundException({ error: 'user_not_found', message: 'no such user' });
    const admin = req.admin!;
    const commandId = await this.idempotency.commandId(admin.id, key, { action: 'tier', userId, tier: body.tier, reason: body.reason });
    const outcome = await this.commands.userAccount(
      { type: 'ChangeTier', commandId, userId, tier: body.tier, source: 'admin', reason: body.reason },
      { actor: { kind: 'admin', id: admin.id }, reason: body.reason },
    );
    return { userId, applied: outcome.appended.length > 0, tier: outcome.state.tier };
  }

  @Get('queue')
  @RequireRole('support')
  @ApiOperation({ summary: 'The conversion queue view: waiting and running per tier, and the oldest wait' })
  @ApiOkResponse({ type: [QueueTierDto] })
  queue(): Promise<QueueTierDto[]> {
    return this.readModels.conversionQueue();
  }
}
