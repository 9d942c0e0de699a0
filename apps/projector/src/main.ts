import 'reflect-metadata';
import { prepareRuntime, redactText } from '@app/infrastructure';
import { NestFactory } from '@nestjs/core';
import { ProjectorModule } from './projector.module';

/** The projector alone (docker-compose, or a second instance: only one runs each projection at a time). */
async function main() {
  const runtime = await prepareRuntime('projector');
  const app = await NestFactory.createApplicationContext(ProjectorModule.forRoot({ ...runtime, appName: 'projector' }), {
    logger: false,
  });
  app.enableShutdownHooks();
  runtime.logger.info(`projector running on ${runtime.databaseLabel}`);
}

void main().catch((error) => {
  process.stderr.write(redactText(`projector failed to start: ${error instanceof Error ? error.stack : String(error)}\n`));
  process.exit(1);
});
