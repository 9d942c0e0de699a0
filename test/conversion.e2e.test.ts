import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MEDIA_TOOLS, probeMedia, runProcess } from '../libs/infrastructure/src';
import { BotSystem, previewLink, startBotSystem, TestUser } from './support/bot-harness';
import { lastUpdateId, waitUntilHandled } from './support/updates';
import { makeMediaFixtures, MediaFixtures } from '../tools/media/media-fixtures';
import { DnsServer, startDns } from './support/dns-server';
import { MediaServer, startMediaServer } from '../tools/media/media-server';

let sys: BotSystem;
let media: MediaServer;
let fixtures: MediaFixtures;
let workDir: string;
let outDir: string;
let dns: DnsServer;
/** A loopback server nothing may reach: every SSRF case points at it. */
let forbidden: MediaServer;

beforeAll(async () => {
  fixtures = await makeMediaFixtures();
  media = await startMediaServer(fixtures.dir);
  forbidden = await startMediaServer(fixtures.dir);
  dns = await startDns({ localhost: { A: ['127.0.0.1'] }, 'media.test': { A: ['127.0.0.1'] }, 'intranet.test': { A: ['10.0.0.5'] } });
  workDir = await mkdtemp(path.join(os.tmpdir(), 'arcana-conv-work-'));
  outDir = await mkdtemp(path.join(os.tmpdir(), 'arcana-conv-out-'));
  sys = await startBotSystem(
    'conversion',
    {
      FETCH_ALLOW: `127.0.0.1:${media.port}`,
      MEDIA_WORK_DIR: workDir,
      CONVERSION_PROGRESS_INTERVAL_MS: '300',
      WORKER_CONCURRENCY: '1',
      DNS_SERVERS: dns.server,
      DOWNLOAD_TIMEOUT_SECONDS: '5',
      TELEGRAM_UPLOAD_LIMIT_MB: '1',
      TIER_LIMITS_JSON: JSON.stringify({ free: { maxBytes: 5 * 1024 * 1024 } }),
    },
    { worker: true },
  );
}, 120_000);

afterAll(async () => {
  await sys?.close();
  await media?.close();
  await forbidden?.close();
  await dns?.close();
  await rm(workDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

async function savedAudio(fileId: string): Promise<string> {
  const stored = sys.api.files.get(fileId)!;
  const file = path.join(outDir, `${fileId}-${stored.name}`);
  await writeFile(file, stored.bytes);
  return file;
}

describe('video → audio through the bot', () => {
  it('link → preview → confirm → progress → an mp3 of the source duration; charged once', async () => {
    const user = await sys.registered(7001);
    await sys.settle();
    const startBalance = await sys.available(7001);
    const id = (await previewLink(user, `Please convert ${media.url('/media/clip.mp4')} thanks`)).id;
    const shown = user.messages().find((m) => m.buttons.some((b) => b.data === `cv:ok:${id}`))!;
    expect(shown.text).toMatch(/0:08/);
    expect(shown.text).toMatch(/💳 1 credit\n/);
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
    // The cancel button went with the final state.
    expect(user.messages().find((m) => m.messageId === shown.messageId)!.buttons).toEqual([]);
    // Progress went through edits of that one message, spaced by the configured interval.
    // (From the confirm on; the preview itself is edited by the user's own button presses.)
    const edits = sys.api.replies.filter((r) => r.chatId === 7001 && r.method === 'editMessageText' && !/💳 .*credits?\n/.test(r.text ?? ''));
    const progressTexts = edits.map((e) => e.text ?? '');
    expect(progressTexts.some((t) => /queue|Starting|Downloading|Converting|Uploading/.test(t))).toBe(true);
    expect(edits.length).toBeGreaterThanOrEqual(3);
    if (process.env.DEBUG_EDITS) console.log(edits.map((e) => `${Math.round(e.at)} ${e.text?.slice(0, 40)}`).join("\n"));
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

describe('links refused before anything is fetched or charged', () => {
  it('loopback, private, link-local/metadata, IPv6 loopback, a name resolving privately, and a redirect to loopback', async () => {
    const user = await sys.registered(7101);
    const target = `127.0.0.1:${forbidden.port}`;
    const links = [
      `http://${target}/media/clip.mp4`,
      'http://10.0.0.1/video.mp4',
      'http://169.254.169.254/latest/meta-data/',
      `http://[::1]:${forbidden.port}/media/clip.mp4`,
      `http://localhost:${forbidden.port}/media/clip.mp4`,
      'http://intranet.test/video.mp4',
      `http://media.test:${media.port}/redirect?to=${encodeURIComponent(`http://${target}/media/clip.mp4`)}`,
    ];
    for (const link of links) {
      const before = user.messages().length;
      await user.send(link);
      const replies = await user.waitFor((m) => m.some((x) => /private or internal address/.test(x.text)), { after: before, timeoutMs: 30_000 });
      expect(replies.some((m) => m.buttons.length > 0), link).toBe(false);
    }
    await user.command('/convert file:///etc/passwd');
    await user.waitFor((m) => m.some((x) => /does not look like a valid link/.test(x.text)));
    await sys.settle();
    expect(forbidden.requests).toEqual([]);
    expect(media.requestsFor('/redirect')).toHaveLength(1);
    expect(await sys.eventsOf(7101, 'CreditsReserved')).toBe(0);
    expect(await sys.eventsOf(7101, 'ConversionRequested')).toBe(0);
  }, 120_000);

  it('playlists, live streams, media over the tier length, no audio track, and 404 are explained and not charged', async () => {
    const user = await sys.registered(7102);
    const cases: [string, RegExp][] = [
      [media.url('/playlist'), /playlist/],
      [media.url('/live.m3u8'), /Live streams/],
      [media.url('/media/long.mp4'), /too long for your plan/],
      [media.url('/media/noaudio.mp4'), /no audio track/],
      [media.url('/status/404'), /not found|cannot get media/],
    ];
    for (const [link, expected] of cases) {
      const before = user.messages().length;
      await user.send(link);
      const replies = await user.waitFor((m) => m.some((x) => expected.test(x.text)), { after: before, timeoutMs: 45_000 });
      expect(replies.some((m) => m.buttons.length > 0), link).toBe(false);
    }
    await sys.settle();
    expect(await sys.eventsOf(7102, 'CreditsReserved')).toBe(0);
    expect(await sys.eventsOf(7102, 'ConversionRequested')).toBe(0);
  }, 180_000);
});

/** Preview a link through an alias, then point the alias elsewhere before confirming. */
async function confirmThenBreak(user: TestUser, alias: string, broken: string): Promise<number> {
  media.alias(alias, '/media/clip.mp4');
  const id = (await previewLink(user, media.url(`/alias/${alias}`))).id;
  const statusId = user.messages().find((m) => m.buttons.some((b) => b.data === `cv:ok:${id}`))!.messageId;
  media.alias(alias, broken);
  await user.click(`cv:ok:${id}`);
  return statusId;
}

/** Picks a format on preview `id` and waits until the preview shows it chosen. */
async function choose(user: TestUser, id: string, format: string): Promise<void> {
  await user.click(`cv:fmt:${id}:${format}`);
  await user.waitFor((m) => m.some((x) => x.buttons.some((b) => b.data === `cv:ok:${id}`) && x.buttons.some((b) => b.text === `• ${format} •`)));
}

const statusText = (user: TestUser, messageId: number) => user.messages().find((m) => m.messageId === messageId)?.text ?? '';

describe('failures after the preview release the credits and leave no files', () => {
  const cases: [string, string, string, RegExp][] = [
    ['gone', '/status/404', 'download_failed', /download failed/],
    ['stalls', '/stall/clip.mp4', 'timeout', /too slow/],
    ['huge', '/big-unknown/clip.mp4?fill=zero', 'too_large', /larger than your plan allows/],
    ['silent', '/media/noaudio.mp4', 'no_audio', /no audio track/],
    // The site now serves other media than it previewed: refused, not converted or cached under the old id.
    ['switched', '/redirect?to=/page/clip.mp4', 'unsupported', /no media I can convert/],
  ];
  it.each(cases)('%s: %s → ConversionFailed(%s), nothing charged', async (alias, brokenPath, reason, message) => {
    const telegramId = 7200 + cases.findIndex((c) => c[0] === alias);
    const broken = brokenPath.replace('?to=/', `?to=${encodeURIComponent(media.origin)}/`);
    const user = await sys.registered(telegramId);
    await sys.settle();
    const balance = await sys.available(telegramId);
    const statusId = await confirmThenBreak(user, alias, broken);
    await user.waitFor(() => message.test(statusText(user, statusId)), { timeoutMs: 45_000 });
    expect(statusText(user, statusId)).toMatch(/Your \d+ credits? (was|were) not charged/);
    await sys.settle();
    const { rows } = await sys.db.pool.query("SELECT data->>'reason' AS reason FROM es_events WHERE event_type = 'ConversionFailed' AND data->>'userId' = (SELECT user_id FROM users WHERE telegram_id = $1)", [telegramId]);
    expect(rows.map((r) => r.reason)).toEqual([reason]);
    expect(await sys.eventsOf(telegramId, 'CreditsReleased')).toBe(1);
    expect(await sys.eventsOf(telegramId, 'CreditsCaptured')).toBe(0);
    expect(await sys.available(telegramId)).toBe(balance);
    expect(user.messages().some((m) => m.audio)).toBe(false);
    for (const dir of await readdir(workDir)) expect(await readdir(path.join(workDir, dir))).toEqual([]);
  }, 60_000);
});

describe('cache and cancel', () => {
  it('the same media, format and enhancement again is re-sent from the cache without a download', async () => {
    const user = await sys.registered(7301);
    const first = (await previewLink(user, media.url('/media/clip.webm'))).id;
    await choose(user, first, 'opus');
    await user.click(`cv:ok:${first}`);
    const [original] = (await user.waitFor((m) => m.some((x) => x.audio), { timeoutMs: 60_000 })).filter((m) => m.audio);
    const probed = await probeMedia(DEFAULT_MEDIA_TOOLS, await savedAudio(original!.audio!.fileId));
    expect(probed.audio?.codec).toBe('opus');
    expect(Math.abs(probed.durationSeconds! - fixtures.clipWebm.duration)).toBeLessThan(0.5);
    await sys.settle();
    const downloads = await sys.eventsOf(7301, 'MediaDownloaded');

    const again = (await previewLink(user, media.url('/media/clip.webm'))).id;
    await choose(user, again, 'opus');
    const before = user.messages().filter((m) => m.audio).length;
    await user.click(`cv:ok:${again}`);
    const audios = (await user.waitFor((m) => m.filter((x) => x.audio).length > before, { timeoutMs: 10_000 })).filter((m) => m.audio);
    expect(audios.at(-1)!.audio!.fileId).toBe(original!.audio!.fileId);
    await user.waitFor((m) => m.some((x) => /Already converted — here it is again/.test(x.text)));
    await sys.settle();
    expect(await sys.eventsOf(7301, 'MediaDownloaded')).toBe(downloads);
    expect(await sys.eventsOf(7301, 'ConversionStarted')).toBe(1);
    expect(await sys.eventsOf(7301, 'CreditsCaptured')).toBe(2);
  }, 90_000);

  it('a queued conversion can be cancelled: released, taken off the queue, never run', async () => {
    await sys.stopWorker();
    const user = await sys.registered(7302);
    let cancelled = '';
    try {
      const id = (await previewLink(user, media.url('/page/clip.mp4'))).id;
      await user.click(`cv:ok:${id}`);
      const status = await user.waitFor((m) => m.some((x) => x.buttons.some((b) => b.data.startsWith('cv:x:'))));
      const cancel = status.flatMap((m) => m.buttons).find((b) => b.data.startsWith('cv:x:'))!;
      cancelled = cancel.data.slice(5);
      await sys.settle(); // enqueued
      await user.click(cancel.data);
      await user.waitFor((m) => m.some((x) => /Cancelled/.test(x.text)));
      await sys.settle();
      expect(await sys.eventsOf(7302, 'CreditsReleased')).toBe(1);
      const { rows } = await sys.db.pool.query('SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = $1', [cancel.data.slice(5)]);
      expect(rows[0].n).toBe(0);
    } finally {
      await sys.startWorker();
    }
    // The worker is back and runs the queue (one job at a time here): a conversion confirmed now
    // is converted, so the cancelled one, queued before it, would have run by then had it been left.
    const next = (await previewLink(user, media.url('/media/clip.mp4'))).id;
    await choose(user, next, 'm4a'); // not delivered before in this file: not sent from the cache
    const audios = user.messages().filter((m) => m.audio).length;
    await user.click(`cv:ok:${next}`);
    await user.waitFor((m) => m.filter((x) => x.audio).length > audios, { timeoutMs: 60_000 });
    await sys.settle();
    const started = await sys.db.pool.query(`SELECT data->>'conversionId' AS id FROM es_events WHERE event_type = 'ConversionStarted' AND data->>'userId' = (SELECT user_id FROM users WHERE telegram_id = 7302)`);
    expect(started.rows.map((r) => r.id)).not.toContain(cancelled);
    expect(started.rows).toHaveLength(1);
  }, 90_000);
});

/** Integrated loudness (LUFS) as ffmpeg's ebur128 filter measures it. */
async function integratedLoudness(file: string): Promise<number> {
  const { stderrTail } = await runProcess('ffmpeg', { args: ['-hide_banner', '-nostats', '-i', file, '-af', 'ebur128', '-f', 'null', '-'] });
  const match = /Integrated loudness:\s+I:\s+(-?[\d.]+) LUFS/.exec(stderrTail);
  if (!match) throw new Error(`no loudness in: ${stderrTail.slice(-500)}`);
  return Number(match[1]);
}

describe('cancel while running', () => {
  it('a running conversion stops promptly on cancel: download cut off, files gone, credits released', async () => {
    const user = await sys.registered(7303);
    await sys.settle();
    const balance = await sys.available(7303);
    const statusId = await confirmThenBreak(user, 'cancel-running', '/stall/clip.mp4');
    // The download has started (and stalls): now cancel from the status message.
    const deadline = Date.now() + 30_000;
    while (!media.requestsFor('/alias/cancel-running').some((r) => r.method === 'GET' && !r.headers.range && r.status === 200 && !r.closed && r.bytesSent > 0)) {
      if (Date.now() > deadline) throw new Error('the download never started');
      await new Promise((r) => setTimeout(r, 50));
    }
    const cancel = user.messages().find((m) => m.messageId === statusId)!.buttons.find((b) => b.data.startsWith('cv:x:'))!;
    const cancelledAt = Date.now();
    await user.click(cancel.data);
    await user.waitFor(() => /Cancelled/.test(statusText(user, statusId)), { timeoutMs: 10_000 });
    await sys.settle();
    const { rows } = await sys.db.pool.query(
      "SELECT data->>'reason' AS reason FROM es_events WHERE event_type = 'ConversionFailed' AND data->>'conversionId' = $1",
      [cancel.data.slice(5)],
    );
    expect(rows.map((r) => r.reason)).toEqual(['cancelled']);
    expect(await sys.available(7303)).toBe(balance);
    // The stalled download was cut off (the connection closed) soon after the cancel.
    await user.waitFor(() => media.requestsFor('/alias/cancel-running').every((r) => r.closed), { timeoutMs: 5_000 });
    expect(Date.now() - cancelledAt).toBeLessThan(3_000); // well before the 5 s download timeout
    // The bot shows "Cancelled" at once; the worker removes the job's files once yt-dlp has exited.
    const leftovers = async () => (await Promise.all((await readdir(workDir)).map((dir) => readdir(path.join(workDir, dir))))).flat();
    while ((await leftovers()).length > 0 && Date.now() - cancelledAt < 5_000) await new Promise((r) => setTimeout(r, 50));
    expect(await leftovers()).toEqual([]);
  }, 60_000);
});

describe('enhancement and Telegram’s size limit', () => {
  it('basic tier, enhance on: m4a at −16 ±1 LUFS, priced +1, kept stereo', async () => {
    const user = await sys.registered(7401);
    await sys.setTier(7401, 'basic');
    await user.command('/balance'); // a fresh update picks up the tier
    await user.waitFor((m) => m.some((x) => /Available/.test(x.text)));
    const id = (await previewLink(user, media.url('/media/speech-noise.mp4'))).id;
    await choose(user, id, 'm4a');
    await user.click(`cv:enh:${id}:on`);
    await user.waitFor((m) => m.some((x) => x.buttons.some((b) => b.data === `cv:ok:${id}`) && /enhancement/.test(x.text)));
    const shown = user.messages().find((m) => m.buttons.some((b) => b.data === `cv:ok:${id}`))!;
    expect(shown.text).toMatch(/2 credits/);
    await user.click(`cv:ok:${id}`);
    const audio = (await user.waitFor((m) => m.some((x) => x.audio), { timeoutMs: 90_000 })).find((m) => m.audio)!.audio!;
    const file = await savedAudio(audio.fileId);
    const probed = await probeMedia(DEFAULT_MEDIA_TOOLS, file);
    expect(probed.audio?.codec).toBe('aac');
    expect(probed.audio?.channels).toBe(2);
    expect(Math.abs(probed.durationSeconds! - fixtures.speechNoiseMp4.duration)).toBeLessThan(0.5);
    expect(Math.abs((await integratedLoudness(file)) + 16)).toBeLessThanOrEqual(1);
    await sys.settle();
    const { rows } = await sys.db.pool.query(
      "SELECT data FROM es_events WHERE event_type = 'ConversionCompleted' AND data->>'userId' = (SELECT user_id FROM users WHERE telegram_id = 7401)",
    );
    expect(rows[0].data).toMatchObject({ enhanced: true, format: 'm4a', parts: 1 });
  }, 120_000);

  it('enhancement is refused outside the paid tiers', async () => {
    const user = await sys.registered(7402);
    const id = (await previewLink(user, media.url('/media/clip.mp4'))).id;
    const shown = user.messages().find((m) => m.buttons.some((b) => b.data === `cv:ok:${id}`))!;
    expect(shown.buttons.some((b) => b.data.startsWith('cv:enh:'))).toBe(false);
    const answers = sys.api.callbackAnswers.length;
    await user.click(`cv:enh:${id}:on`); // a forged button press
    await waitUntilHandled(sys.api, lastUpdateId(sys.api, 7402));
    // Answered once (Telegram refuses a second answer to a query), with why.
    expect(sys.api.callbackAnswers.slice(answers).map((a) => a.text)).toEqual([expect.stringMatching(/comes with the basic and pro plans/)]);
    expect(user.messages().find((m) => m.messageId === shown.messageId)!.text).not.toMatch(/enhancement/);
  }, 60_000);

  it('over the upload limit (1 MB here) and too long to re-encode: sent as numbered parts, and the status says so', async () => {
    const user = await sys.registered(7403);
    await sys.setTier(7403, 'pro');
    await user.command('/balance');
    await user.waitFor((m) => m.some((x) => /Available/.test(x.text)));
    const id = (await previewLink(user, media.url('/media/long.mp4'))).id;
    const statusId = user.messages().find((m) => m.buttons.some((b) => b.data === `cv:ok:${id}`))!.messageId;
    await user.click(`cv:ok:${id}`);
    await user.waitFor(() => /in \d+ parts/.test(statusText(user, statusId)), { timeoutMs: 120_000 });
    const parts = user.messages().filter((m) => m.audio);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts[0]!.audio!.title).toMatch(new RegExp(`part 1 of ${parts.length}`));
    let total = 0;
    for (const part of parts) {
      expect(sys.api.files.get(part.audio!.fileId)!.bytes.length).toBeLessThanOrEqual(1024 * 1024);
      total += (await probeMedia(DEFAULT_MEDIA_TOOLS, await savedAudio(part.audio!.fileId))).durationSeconds!;
    }
    expect(Math.abs(total - fixtures.longMp4.duration)).toBeLessThan(1.5);
  }, 180_000);
});
