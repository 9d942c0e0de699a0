import { randomUUID } from 'node:crypto';
import { conversionStream, creditsStream, DEFAULT_TIER_LIMITS, DomainError, Tier } from '@app/domain';
import { AGGREGATE_RUNNER, createLogger, ReadModels } from '@app/infrastructure';
import type { AggregateRunner, CommandContext } from '@app/infrastructure';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, TestSystem, waitForProjections } from '../../../../test/support/system';
import { cancelConversion } from './cancel';
import { confirmConversion, conversionIdFor } from './confirm';
import type { PendingConversion, PendingConversions } from './pending';
import { ChoicePresenter, choosePreviewOption } from './preview';

/* Cancel and the preview's options, on the real event store and command handlers; the channel's side in memory. */

let sys: TestSystem;
let runner: AggregateRunner;
beforeAll(async () => {
  sys = await startSystem('app_cancel_choose', { WELCOME_CREDITS: '0' });
  runner = sys.api.get(AGGREGATE_RUNNER);
  // The projector makes its tables one projection at a time: wait for the three this reads.
  await waitForProjections(sys.db, ['conversions', 'conversion_enqueuer', 'conversion_settlement']);
  await sys.settle();
});
afterAll(async () => sys?.close());

const admin: CommandContext = { actor: { kind: 'admin', id: 'test' } };

function memoryPending(): PendingConversions {
  const rows = new Map<string, { pending: PendingConversion; claimed: boolean }>();
  return {
    save: async (u, p, pending) => void rows.set(`${u}/${p}`, { pending: structuredClone(pending), claimed: false }),
    load: async (u, p) => {
      const row = rows.get(`${u}/${p}`);
      return row && !row.claimed ? structuredClone(row.pending) : undefined;
    },
    claim: async (u, p) => {
      const row = rows.get(`${u}/${p}`);
      if (!row) return undefined;
      if (row.claimed) return 'claimed';
      row.claimed = true;
      return structuredClone(row.pending);
    },
    reopen: async (u, p, pending) => void rows.set(`${u}/${p}`, { pending: structuredClone(pending), claimed: false }),
    delete: async (u, p) => void rows.delete(`${u}/${p}`),
  };
}

async function user(tier: Tier, credits: number): Promise<string> {
  const userId = randomUUID();
  await sys.commands.userAccount({ type: 'RegisterUser', commandId: randomUUID(), userId, profile: { displayName: 'Listener' } }, admin);
  if (tier !== 'free') await sys.commands.userAccount({ type: 'ChangeTier', commandId: randomUUID(), userId, tier, source: 'admin', reason: 'test' }, admin);
  if (credits > 0) await sys.commands.ledger({ type: 'GrantCredits', commandId: randomUUID(), userId, amount: credits, source: 'admin', reason: 'test' }, admin);
  return userId;
}

const preview = (): PendingConversion => ({ url: 'https://media.example/v', mediaId: `generic:${randomUUID()}`, title: 'A talk', durationSeconds: 300, format: 'mp3', enhance: false, createdAt: Date.now() });

function choices() {
  const shown: string[] = [];
  let last: PendingConversion | undefined;
  const presenter: ChoicePresenter = {
    notInTier: async () => void shown.push('notInTier'),
    acknowledged: async () => void shown.push('acknowledged'),
    expired: async () => void shown.push('expired'),
    changed: async ({ pending }) => {
      shown.push('changed');
      last = pending;
    },
  };
  return { presenter, shown, last: () => last };
}

async function eventTypes(stream: string): Promise<string[]> {
  const { rows } = await sys.db.pool.query<{ event_type: string }>('SELECT event_type FROM es_events WHERE stream_name = $1 ORDER BY stream_revision', [stream]);
  return rows.map((r) => r.event_type);
}

describe('the preview options', () => {
  it('offers enhancement only under a tier that has it, and changes the format under any', async () => {
    const pending = memoryPending();
    const deps = { runner, limits: DEFAULT_TIER_LIMITS, pending };
    const free = await user('free', 0);
    await pending.save(free, 'p1', preview());
    const a = choices();
    await choosePreviewOption(deps, { userId: free, previewId: 'p1', choice: { enhance: true } }, a.presenter);
    expect(a.shown).toEqual(['notInTier']);
    expect(await pending.load(free, 'p1')).toMatchObject({ enhance: false });
    const b = choices();
    await choosePreviewOption(deps, { userId: free, previewId: 'p1', choice: { format: 'opus' } }, b.presenter);
    expect(b.shown).toEqual(['acknowledged', 'changed']);
    expect(b.last()).toMatchObject({ format: 'opus', enhance: false });

    const basic = await user('basic', 0);
    await pending.save(basic, 'p2', preview());
    const c = choices();
    await choosePreviewOption(deps, { userId: basic, previewId: 'p2', choice: { enhance: true } }, c.presenter);
    expect(c.shown).toEqual(['acknowledged', 'changed']);
    expect(await pending.load(basic, 'p2')).toMatchObject({ enhance: true });

    const d = choices();
    await choosePreviewOption(deps, { userId: basic, previewId: 'gone', choice: { format: 'm4a' } }, d.presenter);
    expect(d.shown).toEqual(['acknowledged', 'expired']);
  });
});

describe('cancelling a conversion', () => {
  it("records the cancel, takes the job off the queue, and refuses another user's", async () => {
    const userId = await user('free', 5);
    const pending = memoryPending();
    await pending.save(userId, 'p1', preview());
    const noop = async () => undefined;
    const outcome = await confirmConversion(
      { commands: sys.commands, runner, pending, cache: sys.api.get(ReadModels), audio: { sendAudio: noop }, limits: DEFAULT_TIER_LIMITS, reservationTtlSeconds: 3600, logger: createLogger('silent', 'test') },
      { userId, previewId: 'p1', chatId: 1, statusMessageId: 2 },
      { expired: noop, enhancementGone: noop, refused: noop, insufficient: noop, deliveredFromCache: noop, queued: noop },
    );
    expect(outcome).toBe('requested');
    const conversionId = conversionIdFor(userId, 'p1');
    const removed: string[] = [];
    const deps = { commands: sys.commands, removeJob: async (id: string) => void removed.push(id) };

    const stranger = await cancelConversion(deps, { userId: randomUUID(), conversionId });
    expect(stranger.cancelled).toBe(false);
    expect(!stranger.cancelled && stranger.error).toBeInstanceOf(DomainError);
    expect(removed).toEqual([]);

    expect(await cancelConversion(deps, { userId, conversionId })).toEqual({ cancelled: true, price: 1 });
    expect(removed).toEqual([conversionId]);
    expect((await eventTypes(conversionStream(conversionId))).at(-1)).toBe('ConversionFailed');
    // Settlement releases the reservation.
    await sys.settle();
    expect(await eventTypes(creditsStream(userId))).toEqual(['CreditsGranted', 'CreditsReserved', 'CreditsReleased']);
  });
});
