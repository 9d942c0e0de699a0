import { describe, expect, it } from 'vitest';
import { specFor } from '../shared/decider-spec';
import { DEFAULT_TIER_LIMITS } from '../tiers';
import { userAccount } from '../users/user-account';
import { conversion, ConversionEvent, RequestConversion } from './conversion';
import { conversionPrice } from './pricing';

const spec = specFor(conversion);
const id = 'c1';
const requestCommand = (overrides: Partial<RequestConversion> = {}): RequestConversion => ({
  type: 'RequestConversion',
  commandId: 'cmd-request',
  conversionId: id,
  userId: 'u1',
  chatId: 42,
  url: 'https://video.example/watch?v=1',
  mediaId: 'youtube:1',
  title: 'A talk',
  durationSeconds: 590,
  format: 'mp3',
  enhance: false,
  tier: 'free',
  reservationId: id,
  price: 1,
  limits: DEFAULT_TIER_LIMITS.free,
  ...overrides,
});
const { type: _t, commandId: _c, limits: _l, ...requestedData } = requestCommand();
const requested: ConversionEvent = { type: 'ConversionRequested', data: requestedData };
const queued: ConversionEvent = { type: 'ConversionQueued', data: { conversionId: id, userId: 'u1', queue: 'conv:u1:0', priority: 200 } };
const started = (attempt = 1): ConversionEvent => ({ type: 'ConversionStarted', data: { conversionId: id, userId: 'u1', attempt, worker: 'w1' } });
const downloaded: ConversionEvent = { type: 'MediaDownloaded', data: { conversionId: id, userId: 'u1', attempt: 1, title: 'A talk', durationSeconds: 605, bytes: 1000 } };
const completed: ConversionEvent = {
  type: 'ConversionCompleted',
  data: { conversionId: id, userId: 'u1', attempt: 1, format: 'mp3', bytes: 500, durationSeconds: 605, enhanced: false, parts: 1, fit: 'as_is' },
};

describe('conversion pricing', () => {
  it('charges 1 credit per started 10 minutes, +1 with enhancement', () => {
    expect(conversionPrice(1, false)).toBe(1);
    expect(conversionPrice(600, false)).toBe(1);
    expect(conversionPrice(601, false)).toBe(2);
    expect(conversionPrice(3600, true)).toBe(7);
  });
});

describe('conversion decider', () => {
  it('records a request that fits the tier', () => spec().when(requestCommand()).then([requested]));
  it('a repeated request changes nothing', () => spec([requested]).when(requestCommand()).thenNothing());
  it('refuses non-http schemes, unknown formats, wrong prices', () => {
    spec().when(requestCommand({ url: 'file:///etc/passwd' })).thenThrows('invalid_command');
    spec().when(requestCommand({ url: 'not a url' })).thenThrows('invalid_command');
    spec().when(requestCommand({ format: 'flac' as never })).thenThrows('invalid_command');
    spec().when(requestCommand({ price: 2 })).thenThrows('invalid_command', { expected: 1 });
  });
  it('refuses media over the tier limit and enhancement outside the tier', () => {
    spec().when(requestCommand({ durationSeconds: 601 * 2 })).thenThrows('invalid_command', { maxDurationSeconds: 600 });
    spec().when(requestCommand({ enhance: true, price: 2 })).thenThrows('invalid_command', { tier: 'free' });
    spec().when(requestCommand({ enhance: true, price: 2, tier: 'basic', limits: DEFAULT_TIER_LIMITS.basic })).then([
      { type: 'ConversionRequested', data: { ...requestedData, enhance: true, price: 2, tier: 'basic' } },
    ]);
  });
  it('queues once', () => {
    spec([requested]).when({ type: 'QueueConversion', commandId: 'q', conversionId: id, queue: 'conv:u1:0', priority: 200 }).then([queued]);
    spec([requested, queued]).when({ type: 'QueueConversion', commandId: 'q', conversionId: id, queue: 'conv:u1:0', priority: 200 }).thenNothing();
  });
  it('starts a new attempt after a crash, and ignores a repeated start', () => {
    const start = (attempt: number) => ({ type: 'StartConversion' as const, commandId: `s${attempt}`, conversionId: id, attempt, worker: 'w1' });
    spec([requested, queued]).when(start(1)).then([started(1)]);
    spec([requested, queued, started(1)]).when(start(1)).thenNothing();
    spec([requested, queued, started(1), downloaded]).when(start(2)).then([started(2)]);
  });
  it('a stale attempt cannot record progress over a newer one', () => {
    spec([requested, queued, started(1), started(2)])
      .when({ type: 'RecordDownload', commandId: 'd', conversionId: id, attempt: 1, title: 't', durationSeconds: 1, bytes: 1 })
      .thenThrows('invalid_command', { current: 2 });
  });
  it('completes, then delivers once', () => {
    const complete = { type: 'CompleteConversion' as const, commandId: 'c', ...completed.data } as never;
    spec([requested, queued, started(1), downloaded]).when(complete).then([completed]);
    const deliver = { type: 'RecordDelivery' as const, commandId: 'dl', conversionId: id, fileIds: ['f1'], cached: false, attempt: 1 };
    const delivered: ConversionEvent = {
      type: 'AudioDelivered',
      data: { conversionId: id, userId: 'u1', mediaId: 'youtube:1', format: 'mp3', enhance: false, fileIds: ['f1'], cached: false },
    };
    spec([requested, queued, started(1), downloaded, completed]).when(deliver).then([delivered]);
    spec([requested, queued, started(1), downloaded, completed, delivered]).when(deliver).thenNothing();
    spec([requested, queued, started(1)]).when(deliver).thenThrows('invalid_command');
  });
  it('a request answered from the cache is recorded as delivered at once', () => {
    spec().when(requestCommand({ cachedFileIds: ['f9'] })).then([
      requested,
      { type: 'AudioDelivered', data: { conversionId: id, userId: 'u1', mediaId: 'youtube:1', format: 'mp3', enhance: false, fileIds: ['f9'], cached: true } },
    ]);
  });
  it('an upload that failed after completion starts a new attempt; only the current attempt may deliver', () => {
    spec([requested, queued, started(1), downloaded, completed])
      .when({ type: 'StartConversion', commandId: 's2', conversionId: id, attempt: 2, worker: 'w1' })
      .then([started(2)]);
    const completedAgain: ConversionEvent = { ...completed, data: { ...(completed.data as object), attempt: 2 } } as ConversionEvent;
    const history = [requested, queued, started(1), downloaded, completed, started(2), completedAgain];
    const deliver = (attempt: number) => ({ type: 'RecordDelivery' as const, commandId: 'dl', conversionId: id, fileIds: ['f1'], cached: false, attempt });
    spec(history).when(deliver(1)).thenThrows('invalid_command', { current: 2 });
    expect(conversion.decide(deliver(2), history.reduce(conversion.evolve, conversion.initialState()))).toHaveLength(1);
  });
  it('a completed conversion can no longer be cancelled', () => {
    spec([requested, queued, started(1), downloaded, completed]).when({ type: 'CancelConversion', commandId: 'x', conversionId: id, userId: 'u1' }).thenThrows('invalid_command');
  });
  it('a cache hit is delivered straight from the request', () => {
    spec([requested]).when({ type: 'RecordDelivery', commandId: 'dl', conversionId: id, fileIds: ['f1'], cached: true }).then([
      { type: 'AudioDelivered', data: { conversionId: id, userId: 'u1', mediaId: 'youtube:1', format: 'mp3', enhance: false, fileIds: ['f1'], cached: true } },
    ]);
  });
  it('fails with a reason; a delivered conversion cannot fail', () => {
    spec([requested, queued, started(1)])
      .when({ type: 'FailConversion', commandId: 'f', conversionId: id, reason: 'timeout', detail: 'wall time' })
      .then([{ type: 'ConversionFailed', data: { conversionId: id, userId: 'u1', reason: 'timeout', detail: 'wall time' } }]);
    const delivered: ConversionEvent = { type: 'AudioDelivered', data: { conversionId: id, userId: 'u1', mediaId: 'm', format: 'mp3', enhance: false, fileIds: ['f'], cached: false } };
    spec([requested, delivered]).when({ type: 'FailConversion', commandId: 'f', conversionId: id, reason: 'internal' }).thenThrows('invalid_command');
  });
  it('the owner can cancel while queued or running; nobody else can', () => {
    const cancel = (userId: string) => ({ type: 'CancelConversion' as const, commandId: 'x', conversionId: id, userId });
    spec([requested, queued]).when(cancel('u1')).then([{ type: 'ConversionFailed', data: { conversionId: id, userId: 'u1', reason: 'cancelled' } }]);
    spec([requested, queued, started(1)]).when(cancel('u2')).thenThrows('invalid_command');
    spec([requested, queued, { type: 'ConversionFailed', data: { conversionId: id, userId: 'u1', reason: 'cancelled' } }]).when(cancel('u1')).thenNothing();
    spec([requested, queued, { type: 'ConversionFailed', data: { conversionId: id, userId: 'u1', reason: 'cancelled' } }])
      .when({ type: 'StartConversion', commandId: 's', conversionId: id, attempt: 1, worker: 'w' })
      .thenThrows('invalid_command', { status: 'failed' });
  });
});

describe('user tier', () => {
  const registered = { type: 'UserRegistered' as const, data: { userId: 'u1', profile: { displayName: 'A' } } };
  const users = specFor(userAccount);
  it('an admin changes the tier with a reason; the same tier again changes nothing', () => {
    users([registered])
      .when({ type: 'ChangeTier', commandId: 't', userId: 'u1', tier: 'pro', source: 'admin', reason: 'beta tester' })
      .then([{ type: 'UserTierChanged', data: { userId: 'u1', tier: 'pro', previous: 'free', source: 'admin', reason: 'beta tester' } }]);
    users([registered]).when({ type: 'ChangeTier', commandId: 't', userId: 'u1', tier: 'free', source: 'admin', reason: 'x' }).thenNothing();
    users([registered]).when({ type: 'ChangeTier', commandId: 't', userId: 'u1', tier: 'pro', source: 'admin', reason: ' ' }).thenThrows('reason_required');
    users([registered]).when({ type: 'ChangeTier', commandId: 't', userId: 'u1', tier: 'gold' as never, source: 'admin', reason: 'x' }).thenThrows('invalid_command');
    users([]).when({ type: 'ChangeTier', commandId: 't', userId: 'u1', tier: 'pro', source: 'admin', reason: 'x' }).thenThrows('user_not_found');
  });
});
