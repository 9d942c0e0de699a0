import type { CoreOptions } from '@app/infrastructure';
import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { STRIPE_WEBHOOK_PATH, stripeWebhookOperation } from './billing/stripe-webhook';
import { serveStripeWebhookFirst } from './billing/stripe-webhook.edge';
import { ApiErrorDto } from './http/api-error.dto';
import { ApiErrorFilter, validationError } from './http/error.filter';

/** Builds the HTTP app (not yet listening): validation, error mapping, and the OpenAPI document at /docs. */
export async function createApiApp(core: CoreOptions): Promise<INestApplication> {
  // rawBody: the bytes of every parsed body stay on `req.rawBody`. Stripe's webhook is served in
  // front of Express (its own reader of the exact bytes, before any parser or CSRF check).
  const app = await NestFactory.create(ApiModule.forRoot(core), { bufferLogs: true, rawBody: true });
  app.useLogger(app.get(Logger));
  serveStripeWebhookFirst(app, core.logger);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      // One problem per field: the first rule it breaks (see http/validation.ts for the order).
      stopAtFirstError: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      exceptionFactory: validationError,
    }),
  );
  app.useGlobalFilters(new ApiErrorFilter(core.logger));
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Arcana Audio API')
      .setDescription('Balances, ledgers, admin credit actions and health, served from event-sourced read models; the Stripe webhook and the pages Stripe sends users back to.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
    { extraModels: [ApiErrorDto] },
  );
  // Served in front of Nest, so documented here rather than by a controller.
  document.paths[STRIPE_WEBHOOK_PATH] = { post: stripeWebhookOperation(`#/components/schemas/${ApiErrorDto.name}`) };
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
