import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReplayable, replayStream } from '../libs/application/src';
import {
  conversion,
  conversionStream,
  creditLedger,
  creditsStream,
  dailyCard,
  dailyStream,
  DEFAULT_TIER_LIMITS,
  Decider,
  DomainEvent,
  fold,
  readingStream,
  tarotReading,
  userAccount,
  userStream,
} from '../libs/domain/src';
import { PostgresEventStore, systemActor, toEventsToAppend } from '../libs/infrastructure/src';
import { domainUpcaster } from '../libs/infrastructure/src/event-store/upcasting';
import { createTestDatabase, TestDatabase } from './support/database';
import { runNode } from './support/processes';

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase('audit_replay');
  store = new PostgresEventStore(db.pool, { upcast: domainUpcaster });
});
afterAll(async () => {
  await store?.close();
  await db?.drop();
});

/** Three moments, an hour apart: each command of a stream is recorded at one of them. */
const T = ['2026-03-01T10:00:00.000Z', '2026-03-01T11:00:00.000Z', '2026-03-01T12:00:00.000Z'].map((iso) => new Date(iso));
const between = (i: number) => new Date(T[i]!.getTime() + 30 * 60_000);

/**
 * Decides `command` against the stream as it is (the aggregate's own decider) and writes what it
 * decided to the real store as if it had happened `at`. Returns the log position of the stream's
 * last event then.
 */
async function record<C extends { commandId: string }, E extends DomainEvent, S>(decider: Decider<C, E, S>, stream: string, command: C, at: Date): Promise<number> {
  const state = fold(decider, (await store.readStream(stream)) as unknown as E[]);
  const events = decider.decide(command, state);
  if (events.length > 0) await store.appendToStream(stream, toEventsToAppend(command.commandId, events, { actor: systemActor('audit-test') }, at));
  const recorded = await store.readStream(stream);
  return recorded[recorded.length - 1]!.position;
}

interface Case {
  stream: string;
  decider: Decider<never, DomainEvent, unknown>;
  /** Writes the stream's history, one command per moment of T; returns each command's last position. */
  write(): Promise<number[]>;
  /** What the state says after the second command (and not after the third). */
  afterSecond(state: never): void;
  /** How many events the first two commands appended. */
  eventsAfterSecond: number;
}

function cases(): Case[] {
  const userId = randomUUID();
  const readingId = randomUUID();
  const conversionId = randomUUID();
  const credits = creditsStream(userId);
  const reading = readingStream(readingId);
  const conv = conversionStream(conversionId);
  const user = userStream(userId);
  const card = (cardId: string) => ({ position: 'daily', cardId, reversed: false });
  return [
    {
      stream: credits,
      decider: creditLedger as never,
      eventsAfterSecond: 2,
      write: async () => [
        await record(creditLedger, credits, { type: 'GrantCredits', commandId: randomUUID(), userId, amount: 20, source: 'welcome', grantKey: 'welcome' }, T[0]!),
        await record(
          creditLedger,
          credits,
          { type: 'ReserveCredits', commandId: randomUUID(), userId, reservationId: readingId, amount: 5, purpose: `reading:${readingId}`, expiresAt: '2026-03-02T00:00:00Z' },
          T[1]!,
        ),
        await record(creditLedger, credits, { type: 'CaptureReservation', commandId: randomUUID(), userId, reservationId: readingId }, T[2]!),
      ],
      afterSecond: (state: { balance: number; reserved: number }) => expect(state).toMatchObject({ balance: 20, reserved: 5 }),
    },
    {
      stream: user,
      decider: userAccount as never,
      eventsAfterSecond: 2,
      write: async () => [
        await record(userAccount, user, { type: 'RegisterUser', commandId: randomUUID(), userId, telegramId: 7, profile: { displayName: 'Ada', languageCode: 'en' } }, T[0]!),
        await record(userAccount, user, { type: 'ChangePreferences', commandId: randomUUID(), userId, changes: { language: 'ru' } }, T[1]!),
        await record(userAccount, user, { type: 'ChangePreferences', commandId: randomUUID(), userId, changes: { reversals: false } }, T[2]!),
      ],
      afterSecond: (state: { registered: boolean; preferences: { language: string; reversals: boolean } }) =>
        expect(state).toMatchObject({ registered: true, preferences: { language: 'ru', reversals: true } }),
    },
    {
      stream: reading,
      decider: tarotReading as never,
      eventsAfterSecond: 3,
      write: async () => [
        await record(
          tarotReading,
          reading,
          {
            type: 'RequestReading',
            commandId: randomUUID(),
            readingId,
            userId,
            spreadId: 'one_card',
            question: 'What now?',
            language: 'en',
            deck: 'full',
            reversals: false,
            reservationId: readingId,
            price: 1,
            cards: [{ position: 'focus', cardId: 'major-00', reversed: false }],
          },
          T[0]!,
        ),
        await record(tarotReading, reading, { type: 'RecordInterpretation', commandId: randomUUID(), readingId, text: 'The Fool asks for a first step.', source: 'offline' }, T[1]!),
        await record(tarotReading, reading, { type: 'MarkReadingDelivered', commandId: randomUUID(), readingId }, T[2]!),
      ],
      afterSecond: (state: { status: string; text?: string }) => expect(state).toMatchObject({ status: 'generated', text: 'The Fool asks for a first step.' }),
    },
    {
      stream: conv,
      decider: conversion as never,
      eventsAfterSecond: 2,
      write: async () => [
        await record(
          conversion,
          conv,
          {
            type: 'RequestConversion',
            commandId: randomUUID(),
            conversionId,
            userId,
            chatId: 42,
            url: 'https://video.example/watch?v=1',
            mediaId: 'youtube:1',
            title: 'A talk',
            durationSeconds: 590,
            format: 'mp3',
            enhance: false,
            tier: 'free',
            reservationId: conversionId,
            price: 1,
            limits: DEFAULT_TIER_LIMITS.free,
          },
          T[0]!,
        ),
        await record(conversion, conv, { type: 'QueueConversion', commandId: randomUUID(), conversionId, queue: `conv:${userId}:0`, priority: 200 }, T[1]!),
        await record(conversion, conv, { type: 'StartConversion', commandId: randomUUID(), conversionId, attempt: 1, worker: 'w1' }, T[2]!),
      ],
      afterSecond: (state: { status: string; attempt: number }) => expect(state).toMatchObject({ status: 'queued', attempt: 0 }),
    },
    {
      // One stream per user and day holds one card: drawing again the same day keeps it (appends
      // nothing), so this stream's history is its first draw.
      stream: dailyStream(userId, '2026-03-01'),
      decider: dailyCard as never,
      eventsAfterSecond: 1,
      write: async () => {
        const stream = dailyStream(userId, '2026-03-01');
        const draw = (cardId: string, at: Date) =>
          record(dailyCard, stream, { type: 'DrawDailyCard', commandId: randomUUID(), userId, day: '2026-03-01', card: card(cardId) }, at);
        return [await draw('major-01', T[0]!), await draw('major-02', T[1]!), await draw('major-03', T[2]!)];
      },
      afterSecond: (state: { card?: { cardId: string } }) => expect(state.card?.cardId).toBe('major-01'),
    },
  ];
}

describe('audit: replay of any stream of any aggregate', () => {
  it('replays credits, user, reading, conversion and daily streams at a position and at a time, with the events that led there', async () => {
    for (const c of cases()) {
      const positions = await c.write();
      expect(isReplayable(c.stream), c.stream).toBe(true);
      const all = await store.readStream(c.stream);

      const atPosition = await replayStream(store, c.stream, { position: positions[1]! });
      expect(atPosition.total, c.stream).toBe(all.length);
      expect(atPosition.events.map((e) => e.id), c.stream).toEqual(all.slice(0, c.eventsAfterSecond).map((e) => e.id));
      c.afterSecond(atPosition.state as never);

      const atTime = await replayStream(store, c.stream, { at: between(1) });
      expect(atTime.events.map((e) => e.id), c.stream).toEqual(atPosition.events.map((e) => e.id));
      expect(atTime.state, c.stream).toEqual(atPosition.state);

      const before = await replayStream(store, c.stream, { at: new Date(T[0]!.getTime() - 1) });
      expect(before.events, c.stream).toEqual([]);
      expect(before.state, c.stream).toEqual(fold(c.decider, []));
      expect((await replayStream(store, c.stream, { position: all[0]!.position - 1 })).events, c.stream).toEqual([]);
      const now = await replayStream(store, c.stream);
      expect(now.events.length, c.stream).toBe(all.length);
    }
  });

  it('tells what a ledger had available then', async () => {
    const [credits] = cases();
    const positions = await credits!.write();
    expect((await replayStream(store, credits!.stream, { position: positions[1]! })).facts).toEqual({ available: 15 });
    expect((await replayStream(store, credits!.stream)).facts).toEqual({ available: 15 });
    expect((await replayStream(store, credits!.stream, { position: positions[0]! })).facts).toEqual({ available: 20 });
  });

  it('knows no aggregate for another category', async () => {
    expect(isReplayable('weird-x')).toBe(false);
    await expect(replayStream(store, 'weird-x')).rejects.toThrow(/no aggregate for stream category "weird"/);
  });

  it('ops replay shows a reading stream as it was at a position: its events, its state', async () => {
    const reading = cases()[2]!;
    const positions = await reading.write();
    const { code, output } = await runNode('apps/ops/src/main.js', ['replay', reading.stream, '--position', String(positions[1])], { DATABASE_URL: db.url, LOG_LEVEL: 'warn' });
    expect(code, output).toBe(0);
    expect(output).toContain(`${reading.stream} at position ${positions[1]}: 3 of 4 events`);
    expect(output).toMatch(/ReadingRequested[\s\S]*CardsDrawn[\s\S]*ReadingGenerated/);
    expect(output).not.toMatch(/ReadingDelivered/);
    expect(output).toMatch(/"status": "generated"/);
    const atTime = await runNode('apps/ops/src/main.js', ['replay', reading.stream, '--at', T[0]!.toISOString()], { DATABASE_URL: db.url, LOG_LEVEL: 'warn' });
    expect(atTime.code, atTime.output).toBe(0);
    expect(atTime.output).toContain('2 of 4 events');
    expect(atTime.output).toMatch(/"status": "drawn"/);
  });
});
