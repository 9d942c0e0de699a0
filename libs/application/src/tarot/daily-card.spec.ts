import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dailyStream } from '@app/domain';
import { Commands, CoreModule, createLogger, EVENT_STORE, loadConfig, renderSpread } from '@app/infrastructure';
import type { EventStore } from '@app/infrastructure';
import { createTestDatabase, TestDatabase } from '../../../../test/support/database';
import { drawDailyCard } from './daily-card';

let db: TestDatabase;
let app: INestApplicationContext;
let commands: Commands;
let store: EventStore;

beforeAll(async () => {
  db = await createTestDatabase('daily_card');
  const logger = createLogger('silent', 'daily-card');
  app = await NestFactory.createApplicationContext(CoreModule.forRoot({ config: loadConfig({ LOG_LEVEL: 'silent' }), databaseUrl: db.url, logger, appName: 'daily-card' }), { logger: false });
  commands = app.get(Commands);
  store = app.get(EVENT_STORE);
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('the daily card (real event store and command handler)', () => {
  it('is drawn once per UTC day: asked again that day, the same card, said to be again, nothing recorded twice', async () => {
    const userId = randomUUID();
    const preferences = { language: 'en' as const, deck: 'full' as const, reversals: true };
    const first = await drawDailyCard({ userId, preferences, language: 'en', at: new Date('2026-12-01T00:10:00Z') }, { commands, renderSpread });
    expect(first).toMatchObject({ day: '2026-12-01', again: false });
    expect(first.picture?.subarray(1, 4).toString()).toBe('PNG');
    const again = await drawDailyCard({ userId, preferences, language: 'en', at: new Date('2026-12-01T23:50:00Z') }, { commands });
    expect(again).toEqual({ day: '2026-12-01', card: first.card, again: true });
    const next = await drawDailyCard({ userId, preferences, language: 'en', at: new Date('2026-12-02T00:00:00Z') }, { commands });
    expect(next).toMatchObject({ day: '2026-12-02', again: false });
    expect((await store.readStream(dailyStream(userId, '2026-12-01'))).map((e) => e.type)).toEqual(['DailyCardDrawn']);
  });
});
