import { ReadModels } from '@app/infrastructure';
import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { RequireRole, StaffOnly } from '../admin/admin.guard';
import { ApiErrorResponses } from '../http/api-error.dto';
import { wholeNumber } from '../http/query';
import { BalanceDto, LedgerEntryDto } from './users.dto';

/** A user's money: staff only (support or admin role) until users have their own web sessions. */
@ApiTags('users')
@StaffOnly()
@RequireRole('support')
@Controller('users/:id')
export class UsersController {
  constructor(private readonly readModels: ReadModels) {}

  @Get('balance')
  @ApiOperation({ summary: "A user's available and reserved credits and lifetime totals (read model)" })
  @ApiOkResponse({ type: BalanceDto })
  @ApiErrorResponses(404)
  async balance(@Param('id') id: string): Promise<BalanceDto> {
    const balance = await this.readModels.balance(id);
    if (balance) return balance;
    if (await this.readModels.user(id)) {
      return { userId: id, available: 0, reserved: 0, balance: 0, lifetime: { granted: 0, purchased: 0, spent: 0, refunded: 0 }, asOfPosition: 0 };
    }
    throw new NotFoundException({ error: 'user_not_found', message: 'no such user' });
  }

  @Get('ledger')
  @ApiOperation({ summary: "A user's credit movements, newest first, with log positions, actors and reasons" })
  @ApiQuery({ name: 'limit', required: false, description: '1-200, default 50' })
  @ApiQuery({ name: 'before', required: false, description: 'only entries before this log position (paging)' })
  @ApiOkResponse({ type: [LedgerEntryDto] })
  @ApiErrorResponses({ status: 400, description: '`invalid_query`: limit or before is not a whole number in range (the message says which and why)' }, 404)
  async ledger(
    @Param('id') id: string,
    @Query('limit') limit?: string,
    @Query('before') before?: string,
  ): Promise<LedgerEntryDto[]> {
    const pageSize = wholeNumber(limit, 'limit', 1, 200) ?? 50;
    const beforePosition = wholeNumber(before, 'before', 1, Number.MAX_SAFE_INTEGER);
    if (!(await this.readModels.user(id))) throw new NotFoundException({ error: 'user_not_found', message: 'no such user' });
    return this.readModels.ledger(id, { limit: pageSize, before: beforePosition });
  }
}
