import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscription, SubscriptionCommand, subscriptionStream } from '../libs/domain/src';
import { AggregateRunner, deterministicId, PostgresEventStore, systemActor } from '../libs/infrastructure/src';
import { makeMediaFixtures } from '../tools/media/media-fixtures';
import { MediaServer, startMediaServer } from '../tools/media/media-server';
import { BotSystem, startBotSystem, TestUser } from './support/bot-harness';

/**
 * The tier in force follows the subscription at once: the subscription's events are appended by
 * another command runner (as the payment channels do, in another process), and the running bot,
 * which had folded and cached the user's account before, offers Enhance (basic and pro have it)
 * by the subscription from its very next preview. Time is driven through the subscription's own
 * dates (periods and past-due dates in the past or future), never by waiting.
 */
const DAY = 24 * 60 * 60 * 1000;
const GRACE_DAYS = 3;
let sys: BotSystem;
let media: MediaServer;
let other: AggregateRunner;

beforeAll(async () => {
  const fixtures = await makeMediaFixtures();
  media = await startMediaServer(fixtures.dir);
  sys = await startBotSystem('subscription_tier', { FETCH_ALLOW: `127.0.0.1:${media.port}`, SUBSCRIPTION_GRACE_DAYS: String(GRACE_DAYS) });
  other = new AggregateRunner(new PostgresEventStore(sys.db.pool));
}, 120_000);

afterAll(async () => {
  await sys?.close();
  await media?.close();
});

const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString();
const userIdOf = (telegramId: number) => deterministicId(`telegram:${telegramId}`);

/** A subscription command without the ids this test fills in (distributed over the union). */
type Without<C> = C extends SubscriptionCommand ? Omit<C, 'commandId' | 'userId' | 'subscriptionId'> : never;

async function subscribe(telegramId: number, command: Without<SubscriptionCommand>) {
  const full = { ...command, commandId: randomUUID(), userId: userIdOf(telegramId), subscriptionId: `sub_${telegramId}` } as SubscriptionCommand;
  const outcome = await other.execute(subscription, subscriptionStream(full.userId), full, { actor: systemActor('stripe-test') });
  expect(outcome.appended.length, command.type).toBe(1);
}
const start = (telegramId: number, periodStart: string, periodEnd: string) =>
  subscribe(telegramId, { type: 'StartSubscription', provider: 'stripe', tier: 'basic', grantKey: `in_${randomUUID()}`, periodStart, periodEnd });

/** Sends a link and waits for its preview: its id, message and whether Enhance is offered. */
async function preview(user: TestUser) {
  const before = user.messages().length;
  await user.send(media.url('/media/clip.webm'));
  const isPreview = (m: { buttons: { data: string }[] }) => m.buttons.some((b) => b.data.startsWith('cv:ok:'));
  const shown = (await user.waitFor((m) => m.some(isPreview), { after: before, timeoutMs: 45_000 })).find(isPreview)!;
  const id = shown.buttons.find((b) => b.data.startsWith('cv:ok:'))!.data.slice('cv:ok:'.length);
  return { id, message: shown, enhanceOffered: shown.buttons.some((b) => b.data.startsWith('cv:enh:')) };
}

/** A registered user whose account the bot has already read (a first preview, under free). */
async function freeUser(telegramId: number): Promise<TestUser> {
  const user = await sys.registered(telegramId);
  expect((await preview(user)).enhanceOffered, 'free has no Enhance').toBe(false);
  return user;
}

describe('the tier a subscription gives reaches the bot at once', () => {
  it('started → Enhance in the next preview; canceled at period end → kept while the period runs; the request records the tier', async () => {
    const user = await freeUser(9101);
    await start(9101, day(-1), day(29));
    expect((await preview(user)).enhanceOffered).toBe(true);
    await subscribe(9101, { type: 'CancelSubscription', atPeriodEnd: true, canceledAt: day(0) });
    const kept = await preview(user);
    expect(kept.enhanceOffered).toBe(true);
    await user.click(`cv:enh:${kept.id}:on`);
    await user.waitFor(() => user.messages().some((m) => m.messageId === kept.message.messageId && m.buttons.some((b) => b.data === `cv:enh:${kept.id}:off`)));
    await user.click(`cv:ok:${kept.id}`);
    await expect
      .poll(async () => (await sys.db.pool.query(`SELECT data FROM es_events WHERE event_type = 'ConversionRequested' AND data->>'userId' = $1`, [userIdOf(9101)])).rows.map((r) => r.data), { timeout: 15_000 })
      .toEqual([expect.objectContaining({ tier: 'basic', enhance: true })]);
  }, 120_000);

  it('past due within the grace days → still offered', async () => {
    const user = await freeUser(9102);
    await start(9102, day(-30), day(-1));
    await subscribe(9102, { type: 'MarkSubscriptionPastDue', since: day(-1) });
    expect((await preview(user)).enhanceOffered).toBe(true);
  }, 120_000);

  it('past due beyond the grace days → refused, also on a preview shown while it was in force', async () => {
    const user = await freeUser(9103);
    await start(9103, day(-1), day(29));
    const earlier = await preview(user);
    expect(earlier.enhanceOffered).toBe(true);
    await subscribe(9103, { type: 'MarkSubscriptionPastDue', since: day(-(GRACE_DAYS + 1)) });
    expect((await preview(user)).enhanceOffered).toBe(false);
    const answers = sys.api.callbackAnswers.length;
    await user.click(`cv:enh:${earlier.id}:on`);
    await expect.poll(() => sys.api.callbackAnswers.slice(answers).map((a) => a.text ?? '').join('|'), { timeout: 15_000 }).toMatch(/basic and pro plans/);
  }, 120_000);

  it('canceled at period end, once the period has ended → free', async () => {
    const user = await freeUser(9104);
    // A period that ended yesterday: while active, the tier lasts the grace days past its end (a renewal not reported yet).
    await start(9104, day(-31), day(-1));
    expect((await preview(user)).enhanceOffered).toBe(true);
    // Canceled at period end: the tier goes when the period ends (no grace), which has already happened.
    await subscribe(9104, { type: 'CancelSubscription', atPeriodEnd: true, canceledAt: day(-2) });
    expect((await preview(user)).enhanceOffered).toBe(false);
  }, 120_000);
});
