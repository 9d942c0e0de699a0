import { ReadModels } from '@app/infrastructure';
import { BadRequestException, Controller, DefaultValuePipe, Get, NotFoundException, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { BalanceDto, LedgerEntryDto } from './users.dto';

@ApiTags('users')
@Controller('users/:id')
export class UsersController {
  constructor(private readonly readModels: ReadModels) {}

  @Get('balance')
  @ApiOperation({ summary: "A user's available and reserved credits and lifetime totals (read model)" })
  @ApiOkResponse({ type: BalanceDto })
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
  async ledger(
    @Param('id') id: string,
    @Query('limit', new DefaultValuePipe(50), ParseIntPipe) limit: number,
    @Query('before', new DefaultValuePipe(undefined)) before?: string,
  ): Promise<LedgerEntryDto[]> {
    if (limit < 1 || limit > 200) throw new BadRequestException({ error: 'invalid_query', message: 'limit must be 1-200' });
    const beforePosition = before === undefined ? undefined : Number(before);
    if (beforePosition !== undefined && (!Number.isInteger(beforePosition) || beforePosition < 1)) {
      throw new BadRequestException({ error: 'invalid_query', message: 'before must be a positive log position' });
    }
    if (!(await this.readModels.user(id))) throw new NotFoundException({ error: 'user_not_found', message: 'no such user' });
    return this.readModels.ledger(id, { limit, before: beforePosition });
  }
}
