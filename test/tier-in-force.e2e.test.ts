import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deterministicId } from '../libs/infrastructure/src';
import type { LocalBotApi } from '../libs/infrastructure/src/testing';
import { freePort } from '../libs/infrastructure/src/postgres/embedded';
import { makeMediaFixtures } from '../tools/media/media-fixtures';
import { MediaServer, startMediaServer } from '../tools/media/media-server';
import { TestUser, testUser } from './support/bot-harness';
import { BotProcessSystem, startBotProcessSystem } from './support/bot-process';
import type { TestDatabase } from './support/database';
import { Child, startNode, waitForOutput } from './support/processes';
import { settle } from './support/system';

const ADMIN_TOKEN = 'tier-admin-token-0123456789abcdef';
/** clip.webm (6 s) fits every tier; clip.mp4 (8 s) is over free's length; basic takes no file over 1 kB. */
const TIER_LIMITS = { free: { maxDurationSeconds: 7 }, basic: { maxBytes: 1000 } };

/**
 * The tier a decision is made on is the tier in force: an admin changes it through the API (its
 * own OS process) and the bot (another OS process, which had folded and cached the user's account
 * before) offers, gates, limits and records by the new tier from the very next update on — also
 * when the preview was opened before the change and is confirmed after it.
 */
describe('tier changes reach the bot at once', () => {
  let system: BotProcessSystem;
  let db: TestDatabase;
  let api: LocalBotApi;
  let media: MediaServer;
  let admin: Child | undefined;
  let adminUrl = '';

  beforeAll(async () => {
    const fixtures = await makeMediaFixtures();
    media = await startMediaServer(fixtures.dir);
    const common = { LOG_LEVEL: 'info', TIER_LIMITS_JSON: JSON.stringify(TIER_LIMITS) };
    system = await startBotProcessSystem('tier-in-force', { botEnv: { ...common, FETCH_ALLOW: `127.0.0.1:${media.port}` } });
    ({ db, api } = system);
    const port = await freePort();
    admin = startNode('apps/api/src/main.js', [], { ...common, DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1', ADMIN_TOKENS: `ops:admin:${ADMIN_TOKEN}` });
    await Promise.all([system.startBot(), waitForOutput(admin, /api listening on/, 'the API start line')]);
    adminUrl = `http://127.0.0.1:${port}`;
  }, 120_000);

  afterAll(async () => {
    admin?.process.kill('SIGKILL');
    await admin?.exited;
    await system?.close();
    await media?.close();
  });

  const userIdOf = (telegramId: number) => deterministicId(`telegram:${telegramId}`);

  /** POST /admin/users/:id/tier on the API process (which finds users in the read model: wait for the projector first). */
  const setTier = async (telegramId: number, tier: string) => {
    await settle(db);
    const response = await fetch(`${adminUrl}/admin/users/${userIdOf(telegramId)}/tier`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tier, reason: 'tier test' }),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await response.json()).toMatchObject({ applied: true, tier });
  };

  const events = async (telegramId: number, type: string) =>
    (await db.pool.query(`SELECT data FROM es_events WHERE event_type = $1 AND data->>'userId' = $2 ORDER BY global_position`, [type, userIdOf(telegramId)])).rows.map(
      (r) => r.data,
    );

  const registered = async (telegramId: number): Promise<TestUser> => {
    const user = testUser(api, telegramId);
    await user.command('/start');
    await user.waitFor((m) => m.some((x) => /Welcome/.test(x.text)));
    return user;
  };

  /** Sends a link and waits for its preview (a confirm button) or its refusal; returns the preview id and message. */
  const preview = async (user: TestUser, path: string) => {
    const before = user.messages().length;
    await user.send(media.url(path));
    const messages = await user.waitFor((m) => m.some((x) => x.buttons.some((b) => b.data.startsWith('cv:ok:')) || /for your plan/.test(x.text)), {
      after: before,
      timeoutMs: 45_000,
    });
    const shown = messages.find((x) => x.buttons.some((b) => b.data.startsWith('cv:ok:')) || /for your plan/.test(x.text))!;
    const ok = shown.buttons.find((b) => b.data.startsWith('cv:ok:'));
    return { id: ok?.data.slice('cv:ok:'.length), message: shown, enhanceOffered: shown.buttons.some((b) => b.data.startsWith('cv:enh:')) };
  };

  const messageText = (user: TestUser, messageId: number) => user.messages().find((m) => m.messageId === messageId)?.text ?? '';

  /** Presses confirm and waits for the preview message to change (queued, or refused). */
  const confirm = async (user: TestUser, id: string, messageId: number) => {
    const before = messageText(user, messageId);
    await user.click(`cv:ok:${id}`);
    await user.waitFor(() => messageText(user, messageId) !== before, { timeoutMs: 15_000 });
    return messageText(user, messageId);
  };

  it('free → pro: the very next preview offers Enhance, and the request records pro with enhancement', async () => {
    const user = await registered(9001);
    const free = await preview(user, '/media/clip.webm');
    expect(free.id).toBeDefined();
    expect(free.enhanceOffered).toBe(false);

    await setTier(9001, 'pro');
    const pro = await preview(user, '/media/clip.webm');
    expect(pro.enhanceOffered).toBe(true);
    await user.click(`cv:enh:${pro.id}:on`);
    await user.waitFor(() => user.messages().some((m) => m.messageId === pro.message.messageId && m.buttons.some((b) => b.data === `cv:enh:${pro.id}:off`)));
    // (The status message shows the queue just before the request is appended.)
    expect(await confirm(user, pro.id!, pro.message.messageId)).toMatch(/queue/i);
    await expect.poll(() => events(9001, 'ConversionRequested'), { timeout: 10_000 }).toEqual([expect.objectContaining({ tier: 'pro', enhance: true, price: 2 })]);
  }, 120_000);

  it('pro → free: Enhance is refused, also on previews opened before the change; nothing is reserved; the request records free', async () => {
    const user = await registered(9002);
    await setTier(9002, 'pro');
    const chosen = await preview(user, '/media/clip.webm');
    expect(chosen.enhanceOffered).toBe(true);
    await user.click(`cv:enh:${chosen.id}:on`);
    await user.waitFor(() => user.messages().some((m) => m.messageId === chosen.message.messageId && m.buttons.some((b) => b.data === `cv:enh:${chosen.id}:off`)));
    const untouched = await preview(user, '/media/clip.webm');
    expect(untouched.enhanceOffered).toBe(true);

    await setTier(9002, 'free');
    // The Enhance button of a preview shown under pro no longer turns enhancement on.
    const answers = api.callbackAnswers.length;
    await user.click(`cv:enh:${untouched.id}:on`);
    await expect.poll(() => api.callbackAnswers.slice(answers).map((a) => a.text ?? '').join('|'), { timeout: 15_000 }).toMatch(/basic and pro plans/);
    // The preview chosen with enhancement under pro: its confirm refuses, reserves nothing and shows it again without.
    const text = await confirm(user, chosen.id!, chosen.message.messageId);
    expect(text).not.toMatch(/queue/i);
    await user.waitFor((m) => m.some((x) => /no longer includes enhancement/.test(x.text)));
    const redrawn = user.messages().find((m) => m.messageId === chosen.message.messageId)!;
    expect(redrawn.buttons.some((b) => b.data.startsWith('cv:enh:'))).toBe(false);
    expect(await events(9002, 'CreditsReserved')).toEqual([]);
    expect(await events(9002, 'ConversionRequested')).toEqual([]);
    // Confirmed again: converted without enhancement, recorded under free.
    expect(await confirm(user, chosen.id!, chosen.message.messageId)).toMatch(/queue/i);
    await expect.poll(() => events(9002, 'ConversionRequested'), { timeout: 10_000 }).toEqual([expect.objectContaining({ tier: 'free', enhance: false, price: 1 })]);
  }, 120_000);

  it('the length limit: too long for free, previewed under pro, refused when confirmed after the change back to free', async () => {
    const user = await registered(9003);
    const refused = await preview(user, '/media/clip.mp4');
    expect(refused.id).toBeUndefined();
    expect(refused.message.text).toMatch(/too long for your plan: it runs 8 seconds, and the limit is 7 seconds\./);

    await setTier(9003, 'pro');
    const allowed = await preview(user, '/media/clip.mp4');
    expect(allowed.id).toBeDefined();
    await setTier(9003, 'free');
    const text = await confirm(user, allowed.id!, allowed.message.messageId);
    expect(text).toMatch(/Your plan has changed since this preview: 0:08 is over its 0:07 limit/);
    expect(await events(9003, 'CreditsReserved')).toEqual([]);
    expect(await events(9003, 'ConversionRequested')).toEqual([]);
  }, 120_000);

  it('the size limit: too large for basic, previewed under pro, refused when confirmed after the change back to basic', async () => {
    const user = await registered(9004);
    await setTier(9004, 'basic');
    const refused = await preview(user, '/media/clip.mp4');
    expect(refused.id).toBeUndefined();
    expect(refused.message.text).toMatch(/too large for your plan: about \d+ KB, and the limit is 1 KB\./);

    await setTier(9004, 'pro');
    const allowed = await preview(user, '/media/clip.mp4');
    expect(allowed.id).toBeDefined();
    await setTier(9004, 'basic');
    const text = await confirm(user, allowed.id!, allowed.message.messageId);
    expect(text).toMatch(/Your plan has changed since this preview: about .+ is over its .+ limit/);
    expect(await events(9004, 'CreditsReserved')).toEqual([]);
    expect(await events(9004, 'ConversionRequested')).toEqual([]);
  }, 120_000);
});
