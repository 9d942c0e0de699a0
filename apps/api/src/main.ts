import 'reflect-metadata';
import { prepareRuntime, redactText } from '@app/infrastructure';
import { createApiApp } from './api.app';

async function main() {
  const runtime = await prepareRuntime('api');
  const app = await createApiApp({ ...runtime, appName: 'api' });
  await app.listen(runtime.config.PORT, runtime.config.HOST);
  runtime.logger.info(`api listening on ${await app.getUrl()} (${runtime.databaseLabel})`);
}

void main().catch((error) => {
  process.stderr.write(redactText(`api failed to start: ${error instanceof Error ? error.stack : String(error)}\n`));
  process.exit(1);
});
