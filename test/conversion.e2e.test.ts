import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MEDIA_TOOLS, probeMedia } from '../libs/infrastructure/src';
import { BotSystem, startBotSystem, TestUser } from './support/bot-harness';
import { makeMediaFixtures, MediaFixtures } from './support/media-fixtures';
import { MediaServer, startMediaServer } from './support/media-server';

let sys: BotSystem;
let media: MediaServer;
let fixtures: MediaFixtures;
let workDir: string;
let outDir: string;

beforeAll(async () => {
  fixtures = await makeMediaFixtures();
  media = await startMediaServer(fixtures.dir);
  workDir = await mkdtemp(path.join(os.tmpdir(), 'arcana-conv-work-'));
  outDir = await mkdtemp(path.join(os.tmpdir(), 'arcana-conv-out-'));
  sys = await startBotSystem(
    'conversion',
    {
      FETCH_ALLOW: `127.0.0.1:${media.port}`,
      MEDIA_WORK_DIR: workDir,
      CONVERSION_PROGRESS_INTERVAL_MS: '300',
      WORKER_CONCURRENCY: '1',
    },
    { worker: true },
  );
}, 120_000);

afterAll(async () => {
  await sys?.close();
  await media?.close();
  await rm(workDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

async function registered(telegramId: number): Promise<TestUser> {
  const user = sys.user(telegramId);
  await user.command('/start');
  await user.waitFor((m) => m.length >= 1);
  return user;
}

/** Sends a link and waits for the preview's confirm button; returns the preview id. */
async function preview(user: TestUser, link: string): Promise<string> {
  const before = user.messages().length;
  await user.send(link);
  const messages = await user.waitFor((m) => m.some((x) => x.buttons.some((b) => b.data.startsWith('cv:ok:'))), { after: before, timeoutMs: 30_000 });
  const button = messages.flatMap((m) => m.buttons).find((b) => b.data.startsWith('cv:ok:'))!;
  return button.data.slice('cv:ok:'.length);
}

async function savedAudio(fileId: string): Promise<string> {
  const stored = sys.api.files.get(fileId)!;
  const file = path.join(outDir, `${fileId}-${stored.name}`);
  await writeFile(file, stored.bytes);
  return file;
}

describe('video → audio through the bot', () => {
  it('link → preview → confirm → progress → an mp3 of the source duration; charged once', async () => {
    const user = await registered(7001);
    await sys.settle();
    const startBalance = await sys.available(7001);
    const id = await preview(user, `Please convert ${media.url('/media/clip.mp4')} thanks`);
    const shown = user.messages().find((m) => m.buttons.some((b) => b.data === `cv:ok:${id}`))!;
    expect(shown.text).toMatch(/0:08/);
    expect(shown.text).toMatch(/1 credits/);
    await user.click(`cv:ok:${id}`);
    const done = await user.waitFor((m) => m.some((x) => x.audio), { timeoutMs: 60_000 });
    const audio = done.find((m) => m.audio)!.audio!;
    expect(audio.title).toBe('Test Clip');
    expect(audio.performer).toBe('Arcana Test');
    expect(audio.duration).toBe(8);
    expect(audio.thumbnail).toBe(true);
    const probed = await probeMedia(DEFAULT_MEDIA_TOOLS, await savedAudio(audio.fileId));
    expect(probed.audio?.codec).toBe('mp3');
    expect(Math.abs(probed.durationSeconds! - fixtures.clipMp4.duration)).toBeLessThan(0.5);

    // The preview message became the status message and ends on the final state.
    await user.waitFor(() => /Done: Test Clip/.test(user.messages().find((m) => m.messageId === shown.messageId)!.text), { timeoutMs: 10_000 });
    // Progress went through edits of that one message, spaced by the configured interval.
    // (From the confirm on; the preview itself is edited by the user's own button presses.)
    const edits = sys.api.replies.filter((r) => r.chatId === 7001 && r.method === 'editMessageText' && !/credits\n/.test(r.text ?? ''));
    const progressTexts = edits.map((e) => e.text ?? '');
    expect(progressTexts.some((t) => /queue|Starting|Downloading|Converting|Uploading/.test(t))).toBe(true);
    expect(edits.length).toBeGreaterThanOrEqual(3);
    // (The bot, the queue supervisor and the worker take turns; each waits an interval before its first edit.)
    for (let i = 1; i < edits.length; i++) expect(edits[i]!.at - edits[i - 1]!.at).toBeGreaterThan(200);
    await sys.settle();
    expect(await sys.available(7001)).toBe(startBalance - 1);
    expect(await sys.eventsOf(7001, 'CreditsCaptured')).toBe(1);
    expect(await sys.eventsOf(7001, 'ConversionCompleted')).toBe(1);
    expect(await sys.eventsOf(7001, 'AudioDelivered')).toBe(1);
    const jobDirs = (await readdir(workDir, { withFileTypes: true })).filter((d) => d.isDirectory());
    for (const dir of jobDirs) expect(await readdir(path.join(workDir, dir.name))).toEqual([]);
  }, 90_000);
});
