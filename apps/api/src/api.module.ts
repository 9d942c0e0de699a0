import { CoreModule } from '@app/infrastructure';
import type { CoreOptions } from '@app/infrastructure';
import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { AdminCreditsController } from './admin/admin.controller';
import { AdminConversionsController } from './admin/admin-conversions.controller';
import { AdminGuard } from './admin/admin.guard';
import { AdminPaymentsController } from './admin/admin-payments.controller';
import { AdminRefundsController } from './admin/admin-refunds.controller';
import { AdminDisputesController } from './admin/admin-disputes.controller';
import { paymentProvidersProvider } from './billing/payment-providers';
import { AdminUsersController } from './admin/admin-users.controller';
import { BillingPagesController } from './billing/billing-pages.controller';
import { HealthController } from './health/health.controller';
import { IdempotencyKeys } from './http/idempotency';
import { UsersController } from './users/users.controller';

@Module({})
export class ApiModule {
  static forRoot(core: CoreOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot(core),
        LoggerModule.forRoot({
          pinoHttp: {
            logger: core.logger,
            autoLogging: { ignore: (req) => req.url === '/health' },
            // A failure of ours is an error; a refused request (4xx) is ordinary traffic.
            customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
          },
        }),
        TerminusModule.forRoot({ logger: false }),
      ],
      controllers: [HealthController, UsersController, AdminUsersController, AdminCreditsController, AdminConversionsController, AdminPaymentsController, AdminRefundsController, AdminDisputesController, BillingPagesController],
      providers: [AdminGuard, IdempotencyKeys, paymentProvidersProvider],
    };
  }
}
