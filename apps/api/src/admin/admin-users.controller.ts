import { ReadModels } from '@app/infrastructure';
import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses } from '../http/api-error.dto';
import { wholeNumber } from '../http/query';
import { UserLookupDto } from './admin.dto';
import { RequireRole, StaffOnly } from './admin.guard';

@ApiTags('admin')
@StaffOnly()
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly readModels: ReadModels) {}

  @Get()
  @RequireRole('support')
  @ApiOperation({ summary: 'Find users by Telegram id or username (support role): their ids and the event streams that hold their history' })
  @ApiQuery({ name: 'telegramId', required: false, description: 'the numeric Telegram user id' })
  @ApiQuery({ name: 'username', required: false, description: 'the Telegram username, any case, with or without @' })
  @ApiOkResponse({ type: [UserLookupDto], description: 'matching users (none: an empty list)' })
  @ApiErrorResponses({ status: 400, description: '`invalid_query`: not exactly one of telegramId or username, or one not valid (the message says which and why)' })
  find(@Query('telegramId') telegramId?: string, @Query('username') username?: string): Promise<UserLookupDto[]> {
    if ((telegramId === undefined) === (username === undefined)) {
      throw new BadRequestException({ error: 'invalid_query', message: 'give exactly one of telegramId or username' });
    }
    if (username !== undefined) {
      const name = username.trim().replace(/^@/, '');
      if (!/^\w{1,64}$/.test(name)) throw new BadRequestException({ error: 'invalid_query', message: 'username must be 1-64 letters, digits or _' });
      return this.readModels.findUsers({ username: name });
    }
    return this.readModels.findUsers({ telegramId: wholeNumber(telegramId, 'telegramId', 1, Number.MAX_SAFE_INTEGER)! });
  }
}
