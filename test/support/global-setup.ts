import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../libs/infrastructure/src/postgres/embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server-level URL the tests create their own databases on. */
    pgAdminUrl: string;
  }
}

/** One real PostgreSQL for the whole run: TEST_DATABASE_URL if given, else an embedded server. */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('pgAdminUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'arcana-test-pg-'));
  const db = await startEmbeddedPostgres({
    dataDir,
    // Durability is irrelevant for throwaway test data; speed is not.
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '400' },
  });
  project.provide('pgAdminUrl', db.adminUrl);
  return async () => {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
