import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardById, creditLedger, creditsStream, DECK, readingStream, spreadById } from '@app/domain';
import type { Spread } from '@app/domain';
import {
  AGGREGATE_RUNNER,
  Commands,
  CoreModule,
  createLogger,
  EVENT_STORE,
  loadConfig,
  OfflineInterpreter,
  OpenAiInterpreter,
  renderSpread,
  systemActor,
} from '@app/infrastructure';
import type { AggregateRunner, EventStore, Interpreter } from '@app/infrastructure';
import { createTestDatabase, TestDatabase } from '../../../../test/support/database';
import { startCutOffLlm, startMockLlm } from '../../../../test/support/llm-stand-ins';
import type { ReadingFailure, ReadingPresenter, ReadingText } from './reading-presenter';
import { ReadingDeps, ReadingRequest, runReading } from './reading-workflow';

/** What a chat would show, as it changes: the presenter of a channel with no wire at all. */
class InMemoryReadingPresenter implements ReadingPresenter {
  /** What is on screen now, in order. */
  readonly screen: string[] = [];
  /** Every text the interpretation showed on its way (before any notice replaced it). */
  readonly streamed: string[] = [];

  async showSpread(picture: Buffer, spread: Spread): Promise<void> {
    this.screen.push(`picture:${spread.id}:${picture.subarray(1, 4).toString()}`);
  }

  openText(): ReadingText {
    let at: number | undefined;
    const show = (text: string) => {
      if (at === undefined) at = this.screen.push(text) - 1;
      else this.screen[at] = text;
    };
    return {
      waiting: () => show('(waiting)'),
      update: (soFar) => {
        this.streamed.push(soFar);
        show(soFar);
      },
      finish: async (text) => show(text),
      replaceWithFailure: async (failure) => show(notice(failure)),
    };
  }

  async notifyFailure(failure: ReadingFailure): Promise<void> {
    this.screen.push(notice(failure));
  }
}

const notice = (failure: ReadingFailure) => `failed:${failure.reason}:${failure.spread.price}`;

const ONE_CARD = spreadById('one_card')!;
const THREE_CARDS = spreadById('three_past_present_future')!;

let db: TestDatabase;
let app: INestApplicationContext;
let commands: Commands;
let runner: AggregateRunner;
let store: EventStore;
let llm: Awaited<ReturnType<typeof startMockLlm>>;
let cutOff: Awaited<ReturnType<typeof startCutOffLlm>>;
const logger = createLogger('silent', 'reading-workflow');

beforeAll(async () => {
  db = await createTestDatabase('reading_workflow');
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  app = await NestFactory.createApplicationContext(CoreModule.forRoot({ config, databaseUrl: db.url, logger, appName: 'reading-workflow' }), { logger: false });
  commands = app.get(Commands);
  runner = app.get(AGGREGATE_RUNNER);
  store = app.get(EVENT_STORE);
  [llm, cutOff] = await Promise.all([startMockLlm({ chunkSize: 24, chunkIntervalMs: 10 }), startCutOffLlm()]);
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
  await llm?.close();
  await cutOff?.close();
});

const llmInterpreter = (url: string) => new OpenAiInterpreter({ apiKey: 'test-key', baseURL: url, timeoutMs: 10_000 }, 'mock-model', DECK);
const deps = (interpreter: Interpreter, extra: Partial<ReadingDeps> = {}): ReadingDeps => ({ commands, runner, interpreter, logger, reservationTtlSeconds: 600, ...extra });

/** A registered user holding `credits`. */
async function userWith(credits: number): Promise<string> {
  const userId = randomUUID();
  const context = { actor: systemActor('test') };
  await commands.userAccount({ type: 'RegisterUser', commandId: randomUUID(), userId, profile: { displayName: 'Seer' } }, context);
  if (credits > 0) await commands.ledger({ type: 'GrantCredits', commandId: randomUUID(), userId, amount: credits, source: 'admin', reason: 'test' }, { actor: { kind: 'admin', id: 'test' } });
  return userId;
}

const request = (userId: string, spread: Spread, question = 'Where does this road lead?'): ReadingRequest => ({
  readingId: randomUUID(),
  userId,
  spread,
  question,
  language: 'en',
  preferences: { language: 'en', deck: 'full', reversals: true },
});

const types = async (stream: string) => (await store.readStream(stream)).map((event) => event.type);

describe('the reading workflow (real event store and command handlers, an in-memory presenter)', () => {
  it('streams the interpretation, marks the reading delivered, and holds its price once (asked again, nothing twice)', async () => {
    const userId = await userWith(5);
    const asked = request(userId, THREE_CARDS);
    const presenter = new InMemoryReadingPresenter();
    expect(await runReading(asked, presenter, deps(llmInterpreter(llm.url)))).toEqual({ kind: 'delivered' });

    // The stand-in's reading names the drawn cards; it passed the answer checks and is what is shown.
    expect(presenter.screen).toEqual([llm.answerTo(asked.question)]);
    expect(presenter.screen[0]).toBeDefined();
    expect(presenter.streamed.length).toBeGreaterThan(1);
    expect(await types(readingStream(asked.readingId))).toEqual(['ReadingRequested', 'CardsDrawn', 'ReadingGenerated', 'ReadingDelivered']);
    expect(await types(creditsStream(userId))).toEqual(['CreditsGranted', 'CreditsReserved']);
    const [reserved] = (await store.readStream(creditsStream(userId))).filter((e) => e.type === 'CreditsReserved');
    expect(reserved!.data).toMatchObject({ reservationId: asked.readingId, amount: THREE_CARDS.price });

    // The same request again (an update delivered twice): nothing shown, nothing recorded.
    const again = new InMemoryReadingPresenter();
    expect(await runReading(asked, again, deps(llmInterpreter(llm.url)))).toEqual({ kind: 'duplicate' });
    expect(again.screen).toEqual([]);
    expect(await types(creditsStream(userId))).toEqual(['CreditsGranted', 'CreditsReserved']);
    expect(await types(readingStream(asked.readingId))).toHaveLength(4);
  });

  it('shows the spread picture before the text composed offline (recorded with the request)', async () => {
    const userId = await userWith(1);
    const asked = request(userId, ONE_CARD);
    const presenter = new InMemoryReadingPresenter();
    expect(await runReading(asked, presenter, deps(new OfflineInterpreter(cardById), { renderSpread }))).toEqual({ kind: 'delivered' });
    expect(presenter.screen).toHaveLength(2);
    expect(presenter.screen[0]).toBe('picture:one_card:PNG');
    expect(presenter.screen[1]).toMatch(/\n👣 /);
    expect(presenter.streamed).toEqual([]);
    expect(await types(readingStream(asked.readingId))).toEqual(['ReadingRequested', 'CardsDrawn', 'ReadingGenerated', 'ReadingDelivered']);
  });

  it('an interpreter that fails after streaming: the reading fails, its credits are released, and the notice replaces the streamed text', async () => {
    const userId = await userWith(5);
    const asked = request(userId, THREE_CARDS);
    const presenter = new InMemoryReadingPresenter();
    expect(await runReading(asked, presenter, deps(llmInterpreter(cutOff.url)))).toEqual({ kind: 'failed', reason: 'llm_failed' });

    expect(presenter.streamed.length).toBeGreaterThan(0);
    expect(presenter.screen).toEqual([`failed:llm_failed:${THREE_CARDS.price}`]);
    expect(await types(readingStream(asked.readingId))).toEqual(['ReadingRequested', 'CardsDrawn', 'ReadingFailed']);
    expect(await types(creditsStream(userId))).toEqual(['CreditsGranted', 'CreditsReserved', 'CreditsReleased']);
    const { state } = await runner.state(creditLedger, creditsStream(userId));
    expect({ balance: state.balance, reserved: state.reserved }).toEqual({ balance: 5, reserved: 0 });
  });

  it('too few credits: the shortfall is returned, nothing is shown and nothing is recorded', async () => {
    const available = THREE_CARDS.price - 1;
    const userId = await userWith(available);
    const asked = request(userId, THREE_CARDS);
    const presenter = new InMemoryReadingPresenter();
    expect(await runReading(asked, presenter, deps(llmInterpreter(llm.url), { renderSpread }))).toEqual({ kind: 'insufficient', needed: THREE_CARDS.price, available });
    expect(presenter.screen).toEqual([]);
    expect(await types(readingStream(asked.readingId))).toEqual([]);
    expect(await types(creditsStream(userId))).toEqual(['CreditsGranted']);
  });
});
