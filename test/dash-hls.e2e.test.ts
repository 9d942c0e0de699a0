import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MEDIA_TOOLS, probeMedia } from '../libs/infrastructure/src';
import { BotSystem, previewLink, startBotSystem, TestUser } from './support/bot-harness';
import { DnsServer, startDns } from './support/dns-server';
import { FtpListener, startFtpListener } from './support/ftp-listener';
import { MediaServer, startMediaServer } from '../tools/media/media-server';
import { hlsPlaylist, makeStreamingFixtures, StreamingFixtures, writeFixture } from '../tools/media/streaming-fixtures';

// HLS and DASH through the whole system (bot preview, worker download through the egress proxy,
// delivery and settlement), and what must not happen on the way: a fetch that goes around the
// proxy (a real FTP listener on 127.0.0.1 must see no connection), or media delivered and charged
// with part of it missing.

let sys: BotSystem;
let media: MediaServer;
let fixtures: StreamingFixtures;
let ftp: FtpListener;
let dns: DnsServer;
let root: string;
let workDir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'arcana-streams-'));
  fixtures = await makeStreamingFixtures(root);
  media = await startMediaServer(root);
  ftp = await startFtpListener();
  dns = await startDns({ 'media.test': { A: ['127.0.0.1'] } });
  const seg = (n: number) => media.url(`/media/hls/index${n}.ts`);
  // Absolute segment URIs: these are served under /alias/… too, where relative ones would not resolve.
  await writeFixture(root, 'hls/absolute.m3u8', hlsPlaylist([seg(0), seg(1)]));
  await writeFixture(root, 'hls/missing-segment.m3u8', hlsPlaylist([seg(0), media.url('/media/hls/gone1.ts')]));
  await writeFixture(root, 'hls/ftp-segment.m3u8', hlsPlaylist([seg(0), ftp.url('/index1.ts')]));
  const mpd = await readFile(path.join(root, fixtures.dash.manifest), 'utf8');
  await writeFile(path.join(root, 'dash', 'ftp-base.mpd'), mpd.replace(/(<MPD[^>]*>)/, `$1\n\t<BaseURL>${ftp.url('/dash/')}</BaseURL>`));
  workDir = await mkdtemp(path.join(os.tmpdir(), 'arcana-streams-work-'));
  sys = await startBotSystem(
    'streams',
    {
      FETCH_ALLOW: `127.0.0.1:${media.port}`,
      MEDIA_WORK_DIR: workDir,
      CONVERSION_PROGRESS_INTERVAL_MS: '300',
      WORKER_CONCURRENCY: '1',
      DNS_SERVERS: dns.server,
      DOWNLOAD_TIMEOUT_SECONDS: '20',
    },
    { worker: true },
  );
}, 180_000);

afterAll(async () => {
  await sys?.close();
  await media?.close();
  await ftp?.close();
  await dns?.close();
  if (root) await rm(root, { recursive: true, force: true });
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function registered(telegramId: number): Promise<TestUser> {
  const user = await sys.registered(telegramId);
  await sys.settle();
  return user;
}

const statusText = (user: TestUser, messageId: number) => user.messages().find((m) => m.messageId === messageId)?.text ?? '';

async function noJobFiles(): Promise<void> {
  for (const dir of await readdir(workDir)) expect(await readdir(path.join(workDir, dir))).toEqual([]);
}

async function failureReasons(telegramId: number): Promise<string[]> {
  const { rows } = await sys.db.pool.query(
    "SELECT data->>'reason' AS reason FROM es_events WHERE event_type = 'ConversionFailed' AND data->>'userId' = (SELECT user_id FROM users WHERE telegram_id = $1)",
    [telegramId],
  );
  return rows.map((r) => r.reason as string);
}

describe('HLS and DASH VOD convert, every request through the proxy', () => {
  it.each([
    ['HLS', 9001, '/media/hls/index.m3u8', /0:06/, 6],
    ['DASH', 9002, '/media/dash/manifest.mpd', /0:12/, 12],
  ] as const)('%s: preview with the playlist’s duration → an mp3 of that length, charged once, no files left', async (_kind, telegramId, route, shownDuration, seconds) => {
    const user = await registered(telegramId);
    const balance = await sys.available(telegramId);
    const before = media.requests.length;
    const { id, message: { messageId, text } } = await previewLink(user, media.url(route), 60_000);
    expect(text).toMatch(shownDuration);
    await user.click(`cv:ok:${id}`);
    const audio = (await user.waitFor((m) => m.some((x) => x.audio), { timeoutMs: 90_000 })).find((m) => m.audio)!.audio!;
    expect(audio.duration).toBe(seconds);
    const file = path.join(workDir, `out-${telegramId}.mp3`);
    await writeFile(file, sys.api.files.get(audio.fileId)!.bytes);
    const probed = await probeMedia(DEFAULT_MEDIA_TOOLS, file);
    await rm(file);
    expect(Math.abs(probed.durationSeconds! - seconds)).toBeLessThan(0.5);
    await user.waitFor(() => /Done/.test(statusText(user, messageId)), { timeoutMs: 10_000 });
    await sys.settle();
    expect(await sys.available(telegramId)).toBe(balance - 1);
    expect(await sys.eventsOf(telegramId, 'CreditsCaptured')).toBe(1);
    // Segments were fetched (by ffprobe for the preview, by yt-dlp for the download), each through the proxy.
    const seen = media.requests.slice(before);
    expect(seen.filter((r) => /\.(ts|m4s)$/.test(r.path)).length).toBeGreaterThanOrEqual(2);
    for (const r of seen) expect(r.headers.via, r.path).toBe('1.1 egress-proxy');
    await noJobFiles();
  }, 150_000);
});

describe('nothing goes around the proxy, and nothing partial is charged', () => {
  it('previews refuse a link that redirects to ftp://, an HLS playlist with an ftp:// segment and a DASH manifest with an ftp:// BaseURL', async () => {
    const user = await registered(9101);
    for (const link of [
      media.url(`/redirect?to=${encodeURIComponent(ftp.url('/clip.mp4'))}`),
      media.url('/media/hls/ftp-segment.m3u8'),
      media.url('/media/dash/ftp-base.mpd'),
    ]) {
      const before = user.messages().length;
      await user.send(link);
      const replies = await user.waitFor((m) => m.some((x) => /Only http and https links/.test(x.text)), { after: before, timeoutMs: 60_000 });
      expect(replies.some((m) => m.buttons.length > 0), link).toBe(false);
    }
    await sys.settle();
    expect(await sys.eventsOf(9101, 'CreditsReserved')).toBe(0);
    expect(ftp.connections).toEqual([]);
  }, 180_000);

  /** Preview `/alias/<name>` while it serves `good`, point it at `broken`, confirm; returns the status message id. */
  async function confirmThenBreak(user: TestUser, name: string, good: string, broken: string): Promise<number> {
    media.alias(name, good);
    const { id, message: { messageId } } = await previewLink(user, media.url(`/alias/${name}`), 60_000);
    media.alias(name, broken);
    await user.click(`cv:ok:${id}`);
    return messageId;
  }

  it.each([
    // A segment that cannot be fetched: the download fails rather than deliver 3 s of a 6 s preview.
    ['missing-segment', 9201, '/media/hls/missing-segment.m3u8'],
    // The proxy refuses the redirect; the worker's yt-dlp never opens the ftp URL itself.
    ['redirect-ftp', 9202, `/redirect?to=${encodeURIComponent('FTP')}`],
    // A meta refresh the proxy relays as HTML: yt-dlp follows it, through the proxy (ftp_proxy), which refuses it.
    ['refresh-ftp', 9203, `/refresh?to=${encodeURIComponent('FTP')}`],
  ] as const)('%s after an HLS preview: ConversionFailed(download_failed), released, nothing delivered or left on disk', async (name, telegramId, brokenRoute) => {
    const user = await registered(telegramId);
    const balance = await sys.available(telegramId);
    const broken = brokenRoute.replace(encodeURIComponent('FTP'), encodeURIComponent(ftp.url('/index1.ts')));
    const statusId = await confirmThenBreak(user, name, '/media/hls/absolute.m3u8', broken);
    await user.waitFor(() => /download failed/.test(statusText(user, statusId)), { timeoutMs: 90_000 });
    expect(statusText(user, statusId)).toMatch(/Your 1 credit was not charged/);
    await sys.settle();
    expect(await failureReasons(telegramId)).toEqual(['download_failed']);
    expect(await sys.eventsOf(telegramId, 'CreditsReleased')).toBe(1);
    expect(await sys.eventsOf(telegramId, 'CreditsCaptured')).toBe(0);
    expect(await sys.eventsOf(telegramId, 'AudioDelivered')).toBe(0);
    expect(await sys.available(telegramId)).toBe(balance);
    expect(user.messages().some((m) => m.audio)).toBe(false);
    await noJobFiles();
    expect(ftp.connections).toEqual([]);
  }, 150_000);
});
