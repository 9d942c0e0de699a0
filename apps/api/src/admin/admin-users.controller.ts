import { tierInForce } from '@app/application';
import { AGGREGATE_RUNNER, APP_CONFIG, ReadModels, tierLimits } from '@app/infrastructure';
import type { AggregateRunner, AppConfig, UserLookupView } from '@app/infrastructure';
import { BadRequestException, Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses } from '../http/api-error.dto';
import { wholeNumber } from '../http/query';
import { AdminUserDto } from './admin.dto';
import { RequireRole, StaffOnly } from './admin.guard';

@ApiTags('admin')
@StaffOnly()
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(AGGREGATE_RUNNER) private readonly runner: AggregateRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @RequireRole('support')
  @ApiOperation({
    summary:
      'Find users by Telegram id or username (support role): their ids, the event streams that hold their history, the tier in force (and whether an admin or the subscription gives it) and the subscription',
  })
  @ApiQuery({ name: 'telegramId', required: false, description: 'the numeric Telegram user id' })
  @ApiQuery({ name: 'username', required: false, description: 'the Telegram username, any case, with or without @' })
  @ApiOkResponse({ type: [AdminUserDto], description: 'matching users (none: an empty list)' })
  @ApiErrorResponses({ status: 400, description: '`invalid_query`: not exactly one of telegramId or username, or one not valid (the message says which and why)' })
  async find(@Query('telegramId') telegramId?: string, @Query('username') username?: string): Promise<AdminUserDto[]> {
    if ((telegramId === undefined) === (username === undefined)) {
      throw new BadRequestException({ error: 'invalid_query', message: 'give exactly one of telegramId or username' });
    }
    if (username !== undefined) {
      const name = username.trim().replace(/^@/, '');
      if (!/^\w{1,64}$/.test(name)) throw new BadRequestException({ error: 'invalid_query', message: 'username must be 1-64 letters, digits or _' });
      return this.withTiers(await this.readModels.findUsers({ username: name }));
    }
    return this.withTiers(await this.readModels.findUsers({ telegramId: wholeNumber(telegramId, 'telegramId', 1, Number.MAX_SAFE_INTEGER)! }));
  }

  /** The tier in force from the streams (up to date, as decisions read it); the subscription as the read model has it. */
  private withTiers(users: UserLookupView[]): Promise<AdminUserDto[]> {
    const deps = { runner: this.runner, limits: tierLimits(this.config), graceDays: this.config.SUBSCRIPTION_GRACE_DAYS };
    return Promise.all(
      users.map(async (user) => {
        const [tier, subscription] = await Promise.all([tierInForce(deps, user.userId), this.readModels.subscription(user.userId)]);
        return {
          ...user,
          tier: { inForce: tier.tier, source: tier.source, accountTier: tier.accountTier, subscriptionTier: tier.subscriptionTier },
          subscription: subscription
            ? {
                provider: subscription.provider,
                subscriptionId: subscription.subscriptionId,
                customerId: subscription.customerId,
                tier: subscription.tier,
                status: subscription.status,
                currentPeriodStart: subscription.currentPeriodStart,
                currentPeriodEnd: subscription.currentPeriodEnd,
                cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
                pastDueSince: subscription.pastDueSince,
                canceledAt: subscription.canceledAt,
                endedAt: subscription.endedAt,
              }
            : null,
        };
      }),
    );
  }
}
