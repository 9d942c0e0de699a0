import { randomUUID } from 'node:crypto';
import { conversion, conversionPrice, userAccount, userStream, conversionStream, creditsStream, DEFAULT_TIER_LIMITS, DomainError, Tier } from '@app/domain';
import { AGGREGATE_RUNNER, AggregateRunner, createLogger, EVENT_STORE, ReadModels } from '@app/infrastructure';
import type { CommandContext } from '@app/infrastructure';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, TestSystem, waitForProjections } from '../../../../test/support/system';
import { reserveForService } from '../credits/reserve';
import type { AudioSender } from './cached-audio';
import { ConfirmConversionDeps, confirmConversion, ConfirmPresenter, conversionIdFor } from './confirm';
import type { PendingConversion, PendingConversions } from './pending';

/*
 * The confirm use case against the real event store, the real command handlers and the real
 * projector (the conversions read model is the audio cache; the enqueuer adds queue jobs); the
 * channel's side (the preview store, the presenter, the audio sender) is in memory here.
 */

let sys: TestSystem;
let runner: AggregateRunner;
let readModels: ReadModels;
beforeAll(async () => {
  sys = await startSystem('app_confirm_conversion', { WELCOME_CREDITS: '0' });
  runner = sys.api.get(AGGREGATE_RUNNER);
  readModels = sys.api.get(ReadModels);
  // The projector makes its tables one projection at a time: wait for the three this reads.
  await waitForProjections(sys.db, ['conversions', 'conversion_enqueuer', 'conversion_settlement']);
  await sys.settle();
});
afterAll(async () => sys?.close());

const admin: CommandContext = { actor: { kind: 'admin', id: 'test' } };

/** Previews in memory, claimed once, like the bot's table. */
class MemoryPendingConversions implements PendingConversions {
  private readonly rows = new Map<string, { pending: PendingConversion; claimed: boolean }>();
  private key = (userId: string, previewId: string) => `${userId}/${previewId}`;
  async save(userId: string, previewId: string, pending: PendingConversion) {
    this.rows.set(this.key(userId, previewId), { pending: structuredClone(pending), claimed: false });
  }
  async load(userId: string, previewId: string) {
    const row = this.rows.get(this.key(userId, previewId));
    return row && !row.claimed ? structuredClone(row.pending) : undefined;
  }
  async claim(userId: string, previewId: string) {
    const row = this.rows.get(this.key(userId, previewId));
    if (!row) return undefined;
    if (row.claimed) return 'claimed' as const;
    row.claimed = true;
    return structuredClone(row.pending);
  }
  async reopen(userId: string, previewId: string, pending: PendingConversion) {
    this.rows.set(this.key(userId, previewId), { pending: structuredClone(pending), claimed: false });
  }
  async delete(userId: string, previewId: string) {
    this.rows.delete(this.key(userId, previewId));
  }
  has(userId: string, previewId: string) {
    return this.rows.has(this.key(userId, previewId));
  }
}

/** Records what the channel would show, in order. */
function memoryPresenter(onQueued?: () => Promise<void>) {
  const shown: { what: keyof ConfirmPresenter; details?: unknown }[] = [];
  const record =
    (what: keyof ConfirmPresenter) =>
    async (details?: unknown): Promise<void> =>
      void shown.push({ what, details });
  const presenter: ConfirmPresenter = {
    expired: record('expired'),
    enhancementGone: record('enhancementGone'),
    refused: record('refused'),
    insufficient: record('insufficient'),
    deliveredFromCache: record('deliveredFromCache'),
    queued: async (details) => {
      await onQueued?.();
      await record('queued')(details);
    },
  };
  return { presenter, shown };
}

class MemoryAudio implements AudioSender {
  readonly sent: { chatId: number; fileId: string }[] = [];
  constructor(private readonly failing = false) {}
  async sendAudio(chatId: number, fileId: string) {
    if (this.failing) throw new Error('Bot API down');
    this.sent.push({ chatId, fileId });
  }
}

interface Scenario {
  tier?: Tier;
  credits: number;
  pending?: Partial<PendingConversion>;
  audio?: MemoryAudio;
}

/** A registered user with credits and a preview waiting for its confirm. */
async function scenario({ tier = 'free', credits, pending: overrides = {}, audio = new MemoryAudio() }: Scenario) {
  const userId = randomUUID();
  const previewId = randomUUID().slice(0, 8);
  await sys.commands.userAccount({ type: 'RegisterUser', commandId: randomUUID(), userId, profile: { displayName: 'Listener' } }, admin);
  if (tier !== 'free') await sys.commands.userAccount({ type: 'ChangeTier', commandId: randomUUID(), userId, tier, source: 'admin', reason: 'test' }, admin);
  if (credits > 0) await sys.commands.ledger({ type: 'GrantCredits', commandId: randomUUID(), userId, amount: credits, source: 'admin', reason: 'test' }, admin);
  const pending = new MemoryPendingConversions();
  const preview: PendingConversion = {
    url: 'https://media.example/watch?v=1',
    mediaId: `generic:${randomUUID()}`,
    title: 'A talk',
    durationSeconds: 5 * 60,
    format: 'mp3',
    enhance: false,
    createdAt: Date.now(),
    ...overrides,
  };
  await pending.save(userId, previewId, preview);
  const deps: ConfirmConversionDeps = {
    commands: sys.commands,
    runner,
    pending,
    cache: readModels,
    audio,
    limits: DEFAULT_TIER_LIMITS,
    reservationTtlSeconds: 3600,
    logger: createLogger('silent', 'test'),
  };
  const conversionId = conversionIdFor(userId, previewId);
  let whenQueued: string[] | undefined;
  const { presenter, shown } = memoryPresenter(async () => void (whenQueued = await eventTypes(conversionStream(conversionId))));
  const input = { userId, previewId, chatId: 4242, statusMessageId: 7 };
  return { userId, previewId, conversionId, preview, pending, audio, shown, streamWhenQueued: () => whenQueued, confirm: () => confirmConversion(deps, input, presenter) };
}

async function eventTypes(stream: string): Promise<string[]> {
  const { rows } = await sys.db.pool.query<{ event_type: string }>('SELECT event_type FROM es_events WHERE stream_name = $1 ORDER BY stream_revision', [stream]);
  return rows.map((r) => r.event_type);
}

async function queueJob(conversionId: string) {
  const { rows } = await sys.db.pool.query<{ priority: number }>('SELECT priority FROM graphile_worker.jobs WHERE key = $1', [conversionId]);
  return rows[0];
}

describe('confirming a conversion', () => {
  it('reserves the price, shows the queue before the request is recorded, and the enqueuer queues it; a second confirm changes nothing', async () => {
    const s = await scenario({ credits: 5 });
    const price = conversionPrice(s.preview.durationSeconds, false);

    expect(await s.confirm()).toBe('requested');
    expect(s.shown).toEqual([{ what: 'queued', details: { conversionId: s.conversionId } }]);
    // Shown before the request was recorded: the worker is always the later editor.
    expect(s.streamWhenQueued()).toEqual([]);
    expect(await eventTypes(creditsStream(s.userId))).toEqual(['CreditsGranted', 'CreditsReserved']);
    expect(await eventTypes(conversionStream(s.conversionId))).toEqual(['ConversionRequested']);
    const { state } = await runner.state(conversion, conversionStream(s.conversionId));
    expect(state.request).toMatchObject({ userId: s.userId, chatId: 4242, statusMessageId: 7, tier: 'free', price, reservationId: s.conversionId, mediaId: s.preview.mediaId });

    await sys.settle();
    // Free rank: the tiers table's queue rank, the user's first job.
    expect(await queueJob(s.conversionId)).toEqual({ priority: DEFAULT_TIER_LIMITS.free.queueRank * 1000 });
    expect(await eventTypes(conversionStream(s.conversionId))).toEqual(['ConversionRequested', 'ConversionQueued']);

    // The preview was claimed: pressing confirm again is not a second conversion.
    expect(await s.confirm()).toBe('claimed');
    expect(s.shown).toHaveLength(1);
    expect(await eventTypes(creditsStream(s.userId))).toEqual(['CreditsGranted', 'CreditsReserved']);
    expect(s.audio.sent).toEqual([]);
  });

  it('with too few credits records nothing, reopens the preview and says the price without enhancement when that fits', async () => {
    const s = await scenario({ tier: 'basic', credits: 1, pending: { enhance: true } });
    expect(await s.confirm()).toBe('insufficient');
    expect(s.shown).toEqual([{ what: 'insufficient', details: { needed: 2, available: 1, withoutEnhancement: 1 } }]);
    expect(await eventTypes(creditsStream(s.userId))).toEqual(['CreditsGranted']);
    expect(await eventTypes(conversionStream(s.conversionId))).toEqual([]);
    expect(await s.pending.load(s.userId, s.previewId)).toMatchObject({ enhance: true });

    const none = await scenario({ credits: 0 });
    expect(await none.confirm()).toBe('insufficient');
    expect(none.shown).toEqual([{ what: 'insufficient', details: { needed: 1, available: 0 } }]);
    expect(await eventTypes(creditsStream(none.userId))).toEqual([]);
    expect(await eventTypes(conversionStream(none.conversionId))).toEqual([]);
    await sys.settle();
    expect(await queueJob(none.conversionId)).toBeUndefined();
  });

  it('re-sends audio delivered before for the same media, format and enhancement, and records it delivered without a queue job', async () => {
    // Someone converted this media before (served from the cache too: a valid, shorter history).
    const mediaId = `generic:${randomUUID()}`;
    const first = randomUUID();
    const earlierId = randomUUID();
    await sys.commands.userAccount({ type: 'RegisterUser', commandId: randomUUID(), userId: first, profile: { displayName: 'First' } }, admin);
    await sys.commands.ledger({ type: 'GrantCredits', commandId: randomUUID(), userId: first, amount: 5, source: 'admin', reason: 'test' }, admin);
    const context: CommandContext = { actor: { kind: 'user', id: first } };
    await reserveForService(sys.commands, { userId: first, serviceId: earlierId, kind: 'conversion', amount: 1, ttlSeconds: 3600, commandId: randomUUID() }, context);
    await sys.commands.conversion(
      {
        type: 'RequestConversion',
        commandId: randomUUID(),
        conversionId: earlierId,
        userId: first,
        chatId: 1,
        url: 'https://media.example/earlier',
        mediaId,
        title: 'A talk',
        durationSeconds: 300,
        format: 'mp3',
        enhance: false,
        tier: 'free',
        reservationId: earlierId,
        price: 1,
        limits: DEFAULT_TIER_LIMITS.free,
        cachedFileIds: ['file-a', 'file-b'],
      },
      context,
    );
    await sys.settle();

    const s = await scenario({ credits: 5, pending: { mediaId } });
    expect(await s.confirm()).toBe('cached');
    expect(s.audio.sent).toEqual([
      { chatId: 4242, fileId: 'file-a' },
      { chatId: 4242, fileId: 'file-b' },
    ]);
    expect(s.shown).toEqual([{ what: 'deliveredFromCache', details: { conversionId: s.conversionId, title: 'A talk', price: 1 } }]);
    expect(await eventTypes(conversionStream(s.conversionId))).toEqual(['ConversionRequested', 'AudioDelivered']);
    await sys.settle();
    // Settlement captured the price; the enqueuer (caught up with the log) added no job.
    expect(await eventTypes(creditsStream(s.userId))).toEqual(['CreditsGranted', 'CreditsReserved', 'CreditsCaptured']);
    expect(await queueJob(s.conversionId)).toBeUndefined();

    // Another format is not the same audio: it is converted.
    const other = await scenario({ credits: 5, pending: { mediaId, format: 'opus' } });
    expect(await other.confirm()).toBe('requested');
    expect(other.audio.sent).toEqual([]);

    // A stored file that cannot be re-sent: converted instead, nothing recorded as delivered.
    const failing = await scenario({ credits: 5, pending: { mediaId }, audio: new MemoryAudio(true) });
    expect(await failing.confirm()).toBe('requested');
    expect(failing.shown.map((x) => x.what)).toEqual(['queued']);
    expect(await eventTypes(conversionStream(failing.conversionId))).toEqual(['ConversionRequested']);
  });

  /** A tier change made by another process (the API, an admin): this process's cached fold does not see it. */
  const changeTierElsewhere = (userId: string, tier: Tier) =>
    new AggregateRunner(sys.api.get(EVENT_STORE)).execute(userAccount, userStream(userId), { type: 'ChangeTier', commandId: randomUUID(), userId, tier, source: 'admin', reason: 'test' }, admin);

  it("refuses what the tier in force does not allow, on the account brought up to date, reserving and recording nothing", async () => {
    // Longer than free allows (basic allows it): downgraded elsewhere just before the confirm.
    const s = await scenario({ tier: 'basic', credits: 10, pending: { durationSeconds: 20 * 60 } });
    await changeTierElsewhere(s.userId, 'free');
    expect(await s.confirm()).toBe('refused');
    expect(s.shown).toHaveLength(1);
    const refusal = s.shown[0]!.details as { error: DomainError; limits: unknown };
    expect(refusal.error).toBeInstanceOf(DomainError);
    expect(refusal.error.details.limit).toBe('maxDurationSeconds');
    expect(refusal.limits).toEqual(DEFAULT_TIER_LIMITS.free);
    expect(await eventTypes(creditsStream(s.userId))).toEqual(['CreditsGranted']);
    expect(await eventTypes(conversionStream(s.conversionId))).toEqual([]);
    expect(s.pending.has(s.userId, s.previewId)).toBe(false);

    // Enhancement asked under basic, gone under free: the preview reopens without it, nothing charged.
    const e = await scenario({ tier: 'basic', credits: 10, pending: { enhance: true } });
    await changeTierElsewhere(e.userId, 'free');
    expect(await e.confirm()).toBe('enhancement_gone');
    expect(e.shown.map((x) => x.what)).toEqual(['enhancementGone']);
    expect(await e.pending.load(e.userId, e.previewId)).toMatchObject({ enhance: false });
    expect(await eventTypes(creditsStream(e.userId))).toEqual(['CreditsGranted']);

    // An unknown preview: said to be gone.
    const gone = await scenario({ credits: 1 });
    await gone.pending.delete(gone.userId, gone.previewId);
    expect(await gone.confirm()).toBe('expired');
    expect(gone.shown.map((x) => x.what)).toEqual(['expired']);
  });
});
