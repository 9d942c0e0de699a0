import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountIdOf, changePreferences, registerAccount } from '..';
import type { RegistrationDeps } from '..';
import { creditsStream, userStream } from '../../../domain/src';
import { AGGREGATE_RUNNER, EVENT_STORE, ReadModels } from '../../../infrastructure/src';
import type { AggregateRunner, EventStore } from '../../../infrastructure/src';
import { telegramUserId } from '../../../../apps/bot/src/bot';
import { startSystem, TestSystem } from '../../../../test/support/system';

let sys: TestSystem;
let deps: RegistrationDeps;
let store: EventStore;
beforeAll(async () => {
  sys = await startSystem('accounts', { WELCOME_CREDITS: '20' });
  deps = { commands: sys.commands, runner: sys.api.get<AggregateRunner>(AGGREGATE_RUNNER), readModels: sys.api.get(ReadModels), welcomeCredits: 20 };
  store = sys.api.get<EventStore>(EVENT_STORE);
});
afterAll(async () => sys?.close());

let nextTelegramId = 9_100_000 + Math.floor(Math.random() * 100_000);
const telegram = (name?: string, extra: { username?: string; languageCode?: string } = {}) => ({
  channel: 'telegram' as const,
  id: nextTelegramId++,
  ...(name !== undefined ? { name } : {}),
  ...extra,
});

describe('accounts: registration from a channel identity', () => {
  it('registers once, with the welcome grant written once whoever grants it (registration, then the welcome process)', async () => {
    const identity = telegram('Ada Lovelace', { username: 'ada', languageCode: 'ru' });
    const first = await registerAccount(deps, identity);
    expect(first).toMatchObject({ status: 'new', welcomeCredits: 20, userId: telegramUserId(identity.id) });
    expect(first.account).toMatchObject({ registered: true, telegramId: identity.id, profile: { displayName: 'Ada Lovelace', username: 'ada', languageCode: 'ru' } });
    expect(first.account.preferences.language).toBe('ru');
    expect(first.account.referralCode).toMatch(/^[\w-]{8}$/);
    // Granted before registration answers: the balance is there at once.
    expect((await store.readStream(creditsStream(first.userId))).map((e) => e.type)).toEqual(['CreditsGranted']);

    await sys.settle();
    const again = await registerAccount(deps, identity);
    expect(again).toMatchObject({ status: 'returning', userId: first.userId, available: 20 });
    expect(again.account.referralCode).toBe(first.account.referralCode);
    const ledger = await store.readStream(creditsStream(first.userId));
    expect(ledger.map((e) => e.type)).toEqual(['CreditsGranted']);
    expect(ledger[0]!.metadata.actor).toEqual({ kind: 'system', id: 'welcome-credits' });
    const account = await store.readStream(userStream(first.userId));
    expect(account.map((e) => e.type)).toEqual(['UserRegistered']);
    expect(account[0]!.metadata.actor).toEqual({ kind: 'telegram', id: String(identity.id) });
  });

  it('names the account after what the channel gives: the name, else the username, else "friend" (invisible characters are no name)', async () => {
    expect((await registerAccount(deps, telegram('\u200b\u200b', { username: 'bob' }))).account.profile?.displayName).toBe('bob');
    expect((await registerAccount(deps, telegram())).account.profile?.displayName).toBe('friend');
  });

  it('records who referred a new account by their code, and ignores a code that names no one', async () => {
    const referrer = await registerAccount(deps, telegram('Referrer'));
    await sys.settle();
    const referred = await registerAccount(deps, telegram('Referred'), { referralCode: referrer.account.referralCode! });
    expect(referred).toMatchObject({ status: 'new', referredBy: referrer.userId });
    const stranger = await registerAccount(deps, telegram('Stranger'), { referralCode: 'no-such-code' });
    expect(stranger.status).toBe('new');
    expect(stranger).not.toHaveProperty('referredBy');
  });

  it('derives the account id from the channel identity, as the bot does for every update', () => {
    expect(accountIdOf({ channel: 'telegram', id: 42 })).toBe(telegramUserId(42));
    expect(accountIdOf({ channel: 'telegram', id: 42 })).not.toBe(accountIdOf({ channel: 'telegram', id: 43 }));
  });
});

describe('accounts: preferences', () => {
  it('changes preferences once per request', async () => {
    const { userId } = await registerAccount(deps, telegram('Prefs'));
    const changed = await changePreferences(sys.commands, { userId, changes: { language: 'ru', deck: 'major' }, requestId: 7001 });
    expect(changed.preferences).toMatchObject({ language: 'ru', deck: 'major', reversals: true });
    const retried = await changePreferences(sys.commands, { userId, changes: { language: 'ru', deck: 'major' }, requestId: 7001 });
    expect(retried.preferences).toEqual(changed.preferences);
    const events = await store.readStream(userStream(userId));
    expect(events.map((e) => e.type)).toEqual(['UserRegistered', 'UserPreferencesChanged']);
    expect(events[1]!.metadata.actor).toEqual({ kind: 'user', id: userId });
  });
});
