import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalBotApi } from './local-bot-api';

/** The stand-in's ids continue across restarts, as Telegram's do: the bot takes each update id once. */

const dir = mkdtempSync(path.join(os.tmpdir(), 'arcana-ids-'));
const idsFile = path.join(dir, 'ids.json');
const TOKEN = '1000000001:ids-test';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Sends `count` messages as a user and takes them as the bot does, through getUpdates (confirming each batch). */
async function exchange(api: LocalBotApi, count: number): Promise<number[]> {
  const client = api.client(TOKEN, { userId: 99 });
  for (let i = 0; i < count; i++) await client.sendMessage(client.makeMessage(`m${i}`));
  const poll = async (offset: number) =>
    ((await (await fetch(`${api.url}/bot${TOKEN}/getUpdates`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ offset }) })).json()) as {
      result: { update_id: number }[];
    }).result.map((u) => u.update_id);
  const ids = await poll(0);
  if (ids.length > 0) await poll(Math.max(...ids) + 1);
  return ids;
}

const saved = () => JSON.parse(readFileSync(idsFile, 'utf8')) as { updateId: number; messageId: number; callbackId: number };

describe('local Bot API ids', () => {
  it('never hands out an id again after a restart, even past a reserved block and with the file lost', async () => {
    const first = await LocalBotApi.start({ idsFile, holdPollMs: 50 });
    // More than one reserved block: the file is moved on before ids past it are handed out.
    const before = await exchange(first, 1200);
    expect(before).toHaveLength(1200);
    expect(saved().updateId).toBeGreaterThan(Math.max(...before));
    // stop() writes nothing: the next start reads what was written while running, as after a kill.
    await first.stop();

    const second = await LocalBotApi.start({ idsFile, holdPollMs: 50 });
    const after = await exchange(second, 3);
    expect(Math.min(...after)).toBeGreaterThan(Math.max(...before));
    await second.stop();

    // A lost or broken file: the ids still start above the seconds since 2025, far above a short session's.
    writeFileSync(idsFile, 'not json');
    const third = await LocalBotApi.start({ idsFile, holdPollMs: 50 });
    const again = await exchange(third, 1);
    expect(again[0]).toBeGreaterThan(Math.floor(Date.now() / 1000) - 1_735_689_600 - 60);
    await third.stop();
  }, 60_000);
});
