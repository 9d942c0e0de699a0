import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { Commands, createLogger, loadConfig, PG_POOL, systemActor } from '../../libs/infrastructure/src';
import type { AppConfig } from '../../libs/infrastructure/src';
import { createApiApp } from '../../apps/api/src/api.app';
import { ProjectorModule } from '../../apps/projector/src/projector.module';
import type { ProjectorOptions } from '../../apps/projector/src/projector.module';
import { createTestDatabase, TestDatabase } from './database';

export const ADMIN_TOKEN = 'admin-token-0123456789abcdefghij';
export const SUPPORT_TOKEN = 'support-token-0123456789abcdefghij';

export interface TestSystem {
  db: TestDatabase;
  config: AppConfig;
  api: INestApplication;
  projector: INestApplicationContext;
  url: string;
  commands: Commands;
  /** Resolves once every projection has processed everything visible in the log now. */
  settle(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** The real API and projector, in-process, on a fresh database: nothing of ours is mocked. */
export async function startSystem(label: string, env: Record<string, string> = {}, options: { projector?: ProjectorOptions } = {}): Promise<TestSystem> {
  const db = await createTestDatabase(label);
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    ADMIN_TOKENS: `alice:admin:${ADMIN_TOKEN},sam:support:${SUPPORT_TOKEN}`,
    RESERVATION_SWEEP_INTERVAL_MS: '200',
    ...env,
  });
  const logger = createLogger(config.LOG_LEVEL, label);
  const core = { config, databaseUrl: db.url, logger, appName: `test-${label}` };
  const projector = await NestFactory.createApplicationContext(ProjectorModule.forRoot({ ...core, appName: 'projector' }, options.projector), {
    logger: false,
  });
  await projector.init();
  const api = await createApiApp({ ...core, appName: 'api' });
  await api.listen(0, '127.0.0.1');
  const url = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    db,
    config,
    api,
    projector,
    url,
    commands: api.get(Commands),
    settle: (timeoutMs) => settle(db, timeoutMs),
    async close() {
      await api.close();
      await projector.close();
      await db.drop();
    },
  };
}

export async function settle(db: TestDatabase, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.pool.query(
      `SELECT (SELECT coalesce(max(global_position), 0) FROM es_events)::float8 AS head,
              (SELECT coalesce(min(position), -1) FROM projection_status WHERE status = 'running')::float8 AS slowest,
              (SELECT count(*) FROM projection_status)::int AS projections`,
    );
    const { head, slowest, projections } = rows[0];
    if (projections > 0 && slowest >= head) return;
    if (Date.now() > deadline) throw new Error(`projections did not catch up: head ${head}, slowest ${slowest}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export { PG_POOL };

/** Waits until the projector has created (and so started) the named projections. */
export async function waitForProjections(db: TestDatabase, names: string[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await db.pool.query('SELECT count(*)::int AS n FROM projection_status WHERE name = ANY($1)', [names])).rows[0].n < names.length) {
    if (Date.now() > deadline) throw new Error(`the projector did not start ${names.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A new user, registered through the command bus and in the read models (the API finds users there): its id. */
export async function registerUser(sys: TestSystem, profile: { telegramId?: number; displayName?: string } = {}): Promise<string> {
  const userId = randomUUID();
  const telegramId = profile.telegramId ?? Math.floor(Math.random() * 1e9) + 1;
  await sys.commands.userAccount(
    { type: 'RegisterUser', commandId: randomUUID(), userId, telegramId, profile: { displayName: profile.displayName ?? 'Ada' } },
    { actor: systemActor('test') },
  );
  await sys.settle();
  return userId;
}
