import path from 'node:path';
import pino from 'pino';
import { AppConfig, ConfigError, loadConfig } from '../config/config';
import { createLogger, Logger } from '../logging/logger';
import { EmbeddedDatabase, startEmbeddedPostgres } from '../postgres/embedded';
import { migrate } from '../postgres/migrate';

export interface Runtime {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
  /** Set when this process runs (or attached to) the embedded PostgreSQL. */
  embedded?: EmbeddedDatabase;
  /** Where the database is, for the start-up line; credentials left out (embedded: where its data lives too). */
  databaseLabel: string;
}

export const EMBEDDED_DATABASE_NAME = 'arcana';

/** Validates configuration or exits naming the bad variable. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

/**
 * Shared start-up for every entry point: config, logger, the database (DATABASE_URL, or an
 * embedded PostgreSQL under DATA_DIR), and migrations.
 */
export async function prepareRuntime(appName: string, config: AppConfig = loadConfigOrExit()): Promise<Runtime> {
  const logger = createLogger(config.LOG_LEVEL, appName, { format: config.LOG_FORMAT });
  let databaseUrl = config.DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(config.DATA_DIR, 'postgres'),
      log: (line) => logger.debug({ postgres: line }),
    });
    databaseUrl = await embedded.ensureDatabase(EMBEDDED_DATABASE_NAME);
  }
  await migrate(databaseUrl, (message) => logger.debug({ migration: message }));
  const url = new URL(databaseUrl);
  const at = `postgres at ${url.hostname}:${url.port || 5432}${url.pathname}`;
  const databaseLabel = embedded ? `embedded ${at}, data in ${embedded.clusterDir}` : at;
  return { config, databaseUrl, logger, embedded, databaseLabel };
}

/**
 * Writes `text` (not a log record) to where `logger` writes, after every line logged so far: the
 * logger's destination may write asynchronously, so a plain stdout write could come out before
 * lines logged earlier. Through the same destination, the order is the order of the calls.
 */
export function writeAfterLogs(logger: Logger, text: string): void {
  const destination = (logger as unknown as Record<symbol, { write(chunk: string): unknown } | undefined>)[pino.symbols.streamSym];
  if (destination) destination.write(text);
  else process.stdout.write(text);
}
