import { Commands, deterministicId, newId, ReadModels } from '@app/infrastructure';
import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChangeTierDto, QueueTierDto, TierResultDto } from './admin.dto';
import { AdminGuard, RequireRole } from './admin.guard';
import type { AdminRequest } from './admin.guard';

@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(AdminGuard)
@Controller('admin')
export class AdminConversionsController {
  constructor(
    private readonly commands: Commands,
    private readonly readModels: ReadModels,
  ) {}

  @Post('users/:id/tier')
  @HttpCode(200)
  @RequireRole('admin')
  @ApiOperation({ summary: 'Set a user’s tier (admin role, reason required); recorded as UserTierChanged with the admin as actor' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Repeat the same key to retry safely' })
  @ApiOkResponse({ type: TierResultDto })
  async changeTier(@Param('id') userId: string, @Body() body: ChangeTierDto, @Req() req: AdminRequest, @Headers('idempotency-key') key?: string): Promise<TierResultDto> {
    if (!(await this.readModels.user(userId))) throw new NotFoundException({ error: 'user_not_found', message: 'no such user' });
    const admin = req.admin!;
    const outcome = await this.commands.userAccount(
      { type: 'ChangeTier', commandId: key ? deterministicId(`admin:${admin.id}:${key}`) : newId(), userId, tier: body.tier, source: 'admin', reason: body.reason },
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
