import { ReadModels } from '@app/infrastructure';
import { BadRequestException, Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses } from '../http/api-error.dto';
import { wholeNumber } from '../http/query';
import { PaymentDto } from './admin.dto';
import { RequireRole, StaffOnly } from './admin.guard';

/** Payments as the read model has them: staff only (support role reads). */
@ApiTags('admin')
@StaffOnly()
@RequireRole('support')
@Controller('admin')
export class AdminPaymentsController {
  constructor(private readonly readModels: ReadModels) {}

  @Get('users/:id/payments')
  @ApiOperation({ summary: "A user's payments, newest first: what each bought, amount, status, refunds, invoice links" })
  @ApiQuery({ name: 'limit', required: false, description: '1-200, default 50' })
  @ApiQuery({ name: 'offset', required: false, description: 'payments to skip (paging), default 0' })
  @ApiOkResponse({ type: [PaymentDto] })
  @ApiErrorResponses({ status: 400, description: '`invalid_query`: limit or offset is not a whole number in range' }, 404)
  async userPayments(@Param('id') id: string, @Query('limit') limit?: string, @Query('offset') offset?: string): Promise<PaymentDto[]> {
    const pageSize = wholeNumber(limit, 'limit', 1, 200) ?? 50;
    const skip = wholeNumber(offset, 'offset', 0, 1_000_000) ?? 0;
    if (!(await this.readModels.user(id))) throw new NotFoundException({ error: 'user_not_found', message: 'no such user' });
    return this.readModels.userPayments(id, { limit: pageSize, offset: skip });
  }

  @Get('payments')
  @ApiOperation({ summary: 'Find payments by a provider id: a Stripe id (cs_, in_, pi_, ch_, re_, dp_, cus_…), a Telegram Stars charge id, or our payment id' })
  @ApiQuery({ name: 'providerId', required: true })
  @ApiOkResponse({ type: [PaymentDto], description: 'matching payments, newest first (none: an empty list)' })
  @ApiErrorResponses({ status: 400, description: '`invalid_query`: providerId missing, blank or longer than 255 characters' })
  find(@Query('providerId') providerId?: string): Promise<PaymentDto[]> {
    const id = typeof providerId === 'string' ? providerId.trim() : '';
    if (!id || id.length > 255) throw new BadRequestException({ error: 'invalid_query', message: 'providerId must be 1-255 characters' });
    return this.readModels.findPayments(id);
  }
}
