import 'reflect-metadata';
import { prepareRuntime, redactText } from '@app/infrastructure';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module';

/** A conversion worker alone (docker-compose, or more machines sharing one PostgreSQL). */
async function main() {
  const runtime = await prepareRuntime('worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot({ ...runtime, appName: 'worker' }), { logger: false });
  app.enableShutdownHooks();
  runtime.logger.info(`worker running on ${runtime.databaseLabel}`);
}

void main().catch((error) => {
  process.stderr.write(redactText(`worker failed to start: ${error instanceof Error ? error.stack : String(error)}\n`));
  process.exit(1);
});
