import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LinkInspector } from '../media/link-inspector';
import { EgressGuard } from './egress-guard';
import { EgressProxy } from './egress-proxy';
import { playlistReferences } from './response-screen';
import { DEFAULT_MEDIA_TOOLS, probeMedia, runFfmpeg } from '../media/ffmpeg';
import { downloadMedia, probeLink, YtDlpError } from '../media/yt-dlp';
import { MediaServer, startMediaServer } from '../../../../tools/media/media-server';
import { hlsPlaylist, makeStreamingFixtures, StreamingFixtures, writeFixture } from '../../../../tools/media/streaming-fixtures';
import { DnsServer, startDns } from '../../../../test/support/dns-server';
import { FtpListener, startFtpListener } from '../../../../test/support/ftp-listener';

// Every scheme the children's libraries can open, tried against a real FTP listener on 127.0.0.1
// that must see no connection: the proxy refuses what it can see (redirects, playlists), and the
// children (yt-dlp, ffprobe) send what it cannot see (a redirect inside a page, a URL given
// directly) to the proxy too, where it is refused.

const LIMITS = { maxDurationSeconds: 3600, maxBytes: 100 * 1024 * 1024, enhancement: false, queueRank: 0, concurrentJobs: 1 };

let root: string;
let fixtures: StreamingFixtures;
let media: MediaServer;
let ftp: FtpListener;
let dns: DnsServer;
let guard: EgressGuard;
let proxy: EgressProxy;
let gzipOrigin: http.Server;
let gzipPort: number;

/** The crafted playlists, written once the FTP listener's port is known. */
async function writePlaylists(): Promise<void> {
  const seg = (n: number) => media.url(`/media/hls/index${n}.ts`);
  await writeFixture(root, 'hls/ftp-segment.m3u8', hlsPlaylist([seg(0), ftp.url('/index1.ts')]));
  await writeFixture(root, 'hls/ftp-key.m3u8', hlsPlaylist([seg(0), seg(1)], [`#EXT-X-KEY:METHOD=AES-128,URI="${ftp.url('/key')}"`]));
  await writeFixture(root, 'hls/intranet-segment.m3u8', hlsPlaylist([seg(0), 'http://intranet.test/index1.ts']));
  await writeFixture(root, 'hls/relative.m3u8', hlsPlaylist(['index0.ts', 'index1.ts']));
  const mpd = await readFile(path.join(root, fixtures.dash.manifest), 'utf8');
  const withBase = mpd.replace(/(<MPD[^>]*>)/, `$1\n\t<BaseURL>${ftp.url('/dash/')}</BaseURL>`);
  await writeFixture(root, 'dash/ftp-base.mpd', withBase);
  // The same manifest as text/plain with a long prologue: found by its MPD root, not its name or type.
  await writeFixture(root, 'dash/disguised.txt', withBase.replace(/(<\?xml[^>]*\?>)/, `$1\n<!-- ${'padding '.repeat(400)} -->`));
  // Local "downloads" that name other resources: ffmpeg would fetch these segments itself.
  const loopbackTrap = `http://127.0.0.1:${ftp.port}`;
  await writeFixture(root, 'local/playlist.m3u8', hlsPlaylist([`${loopbackTrap}/seg0.ts`, `${loopbackTrap}/seg1.ts`]));
  await writeFixture(root, 'local/disguised.mp4', hlsPlaylist([`${loopbackTrap}/seg0.ts`]));
  await writeFixture(root, 'local/concat.mp4', `ffconcat version 1.0\nfile '${loopbackTrap}/clip.mp4'\n`);
  await writeFixture(root, 'dash/ftp-template.mpd', mpd.replace(/media="([^"]*)"/, `media="${ftp.url('/dash/$1')}"`));
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'arcana-egress-schemes-'));
  fixtures = await makeStreamingFixtures(root);
  media = await startMediaServer(root);
  ftp = await startFtpListener();
  dns = await startDns({ 'media.test': { A: ['127.0.0.1'] }, 'intranet.test': { A: ['10.0.0.5'] } });
  await writePlaylists();
  // A server that gzips a playlist whatever it was asked for, under a type and name that say nothing.
  gzipOrigin = http.createServer((_req, res) => {
    const body = zlib.gzipSync(hlsPlaylist([ftp.url('/index0.ts')]));
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-encoding': 'gzip', 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => gzipOrigin.listen(0, '127.0.0.1', resolve));
  gzipPort = (gzipOrigin.address() as { port: number }).port;
  guard = new EgressGuard({ allow: `127.0.0.1:${media.port},127.0.0.1:${gzipPort}`, dnsServers: [dns.server] });
  proxy = await EgressProxy.start(guard, { requireToken: true });
}, 120_000);

afterAll(async () => {
  await proxy?.stop();
  await media?.close();
  await ftp?.close();
  await dns?.close();
  await new Promise((resolve) => gzipOrigin?.close(resolve));
  if (root) await rm(root, { recursive: true, force: true });
});

/** A GET through the proxy in absolute form, with a token. */
function viaProxy(url: string, token: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: proxy.port,
        path: url,
        headers: { host: new URL(url).host, 'proxy-authorization': 'Basic ' + Buffer.from(`${token}:x`).toString('base64'), 'accept-encoding': 'gzip' },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const ftpLink = (p: string) => media.url(`/redirect?to=${encodeURIComponent(ftp.url(p))}`);

describe('the proxy screens what it relays', () => {
  it('refuses a redirect to ftp:// and to a private address instead of passing it on', async () => {
    const toFtp = await viaProxy(ftpLink('/clip.mp4'), 'redir-ftp');
    expect(toFtp.status).toBe(403);
    expect(toFtp.headers['x-egress-refused']).toBe('scheme');
    expect(toFtp.headers.location).toBeUndefined();
    expect(proxy.refusals('redir-ftp')).toMatchObject([{ host: '127.0.0.1', port: ftp.port, reason: 'scheme' }]);
    const toPrivate = await viaProxy(media.url(`/redirect?to=${encodeURIComponent('http://intranet.test/x')}`), 'redir-private');
    expect(toPrivate.status).toBe(403);
    expect(proxy.refusals('redir-private')).toMatchObject([{ host: 'intranet.test', port: 80, reason: 'blocked_address' }]);
    expect(ftp.connections).toEqual([]);
  });

  it('refuses HLS playlists naming an ftp:// segment or key, or a private host; passes a clean one unchanged', async () => {
    for (const [name, reason] of [
      ['ftp-segment.m3u8', 'scheme'],
      ['ftp-key.m3u8', 'scheme'],
      ['intranet-segment.m3u8', 'blocked_address'],
    ] as const) {
      const reply = await viaProxy(media.url(`/media/hls/${name}`), `hls-${name}`);
      expect(reply.status, name).toBe(403);
      expect(reply.headers['x-egress-refused'], name).toBe(reason);
      expect(reply.body).not.toMatch(/EXTM3U/);
    }
    const clean = await viaProxy(media.url('/media/hls/index.m3u8'), 'hls-clean');
    expect(clean.status).toBe(200);
    expect(clean.body).toBe(await readFile(path.join(root, fixtures.hls.playlist), 'utf8'));
    expect(proxy.refusals('hls-clean')).toEqual([]);
    expect(ftp.connections).toEqual([]);
  });

  it('refuses DASH manifests with an ftp:// BaseURL or segment template, also served as text/plain under another name', async () => {
    for (const name of ['ftp-base.mpd', 'ftp-template.mpd', 'disguised.txt']) {
      const reply = await viaProxy(media.url(`/media/dash/${name}`), `dash-${name}`);
      expect(reply.status, name).toBe(403);
      expect(reply.headers['x-egress-refused'], name).toBe('scheme');
    }
    const clean = await viaProxy(media.url('/media/dash/manifest.mpd'), 'dash-clean');
    expect(clean.status).toBe(200);
    expect(clean.body).toMatch(/<MPD/);
    expect(ftp.connections).toEqual([]);
  });

  it('reads through a compressed body: a gzipped playlist under an unrelated type is screened too', async () => {
    const reply = await viaProxy(`http://127.0.0.1:${gzipPort}/data.bin`, 'gzip');
    expect(reply.status).toBe(403);
    expect(reply.headers['x-egress-refused']).toBe('scheme');
  });

  it('finds every reference a playlist makes', () => {
    const hls = '#EXTM3U\n#EXT-X-MAP:URI="init.mp4"\n#EXT-X-KEY:METHOD=AES-128,URI="https://k.example/key"\n#EXTINF:3,\nseg.ts\n\n#EXT-X-MEDIA:TYPE=AUDIO,URI="a.m3u8"\nv.m3u8\n';
    expect(playlistReferences('hls', hls)).toEqual(['init.mp4', 'https://k.example/key', 'seg.ts', 'a.m3u8', 'v.m3u8']);
    const mpd = `<MPD><!-- <BaseURL>ftp://hidden/</BaseURL> --><Location>http://l/</Location><Period><BaseURL>a/&amp;b/</BaseURL>
      <SegmentTemplate initialization="i$RepresentationID$.m4s" media='m$Number$.m4s'/><SegmentList><SegmentURL media="s1.m4s"/></SegmentList>
      <Initialization sourceURL="init.mp4"/><Period xlink:href="http://x/p"/></Period></MPD>`;
    expect(playlistReferences('dash', mpd).sort()).toEqual(['a/&b/', 'http://l/', 'http://x/p', 'i$RepresentationID$.m4s', 'init.mp4', 'm$Number$.m4s', 's1.m4s'].sort());
  });
});

describe('the children reach the network only through the proxy', () => {
  it('yt-dlp given an ftp:// URL sends it to the proxy, which refuses it; nothing connects to the FTP server', async () => {
    const token = 'ytdlp-ftp';
    await expect(probeLink(DEFAULT_MEDIA_TOOLS, ftp.url('/clip.mp4'), { proxy: proxy.url(token), timeoutMs: 60_000 })).rejects.toThrow();
    expect(proxy.refusals(token)).toMatchObject([{ host: '127.0.0.1', port: ftp.port, reason: 'scheme' }]);
    expect(ftp.connections).toEqual([]);
  }, 90_000);

  it('yt-dlp following a page’s meta refresh to ftp:// (which the proxy only relays as HTML) is refused at the proxy: probe and download', async () => {
    const link = media.url(`/refresh?to=${encodeURIComponent(ftp.url('/clip.mp4'))}`);
    await expect(probeLink(DEFAULT_MEDIA_TOOLS, link, { proxy: proxy.url('refresh-probe'), timeoutMs: 60_000 })).rejects.toThrow();
    expect(proxy.refusals('refresh-probe')).toMatchObject([{ port: ftp.port, reason: 'scheme' }]);
    const workDir = await mkdtemp(path.join(os.tmpdir(), 'arcana-egress-dl-'));
    try {
      await expect(downloadMedia(DEFAULT_MEDIA_TOOLS, link, { proxy: proxy.url('refresh-download'), workDir, maxBytes: 10 * 1024 * 1024, timeoutMs: 60_000 })).rejects.toThrow();
      expect(proxy.refusals('refresh-download')).toMatchObject([{ port: ftp.port, reason: 'scheme' }]);
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
    expect(ftp.connections).toEqual([]);
  }, 120_000);

  it('ffprobe of a remote input may open http(s) only: ftp:// and file: are refused by ffprobe itself', async () => {
    const ftpError = await probeMedia(DEFAULT_MEDIA_TOOLS, ftp.url('/clip.mp4'), { httpProxy: proxy.url('ffprobe-ftp') }).catch((e: Error) => e);
    expect(ftp.connections).toEqual([]);
    expect(String(ftpError)).toMatch(/not on whitelist|Invalid argument/);
    const fileError = await probeMedia(DEFAULT_MEDIA_TOOLS, path.join(root, fixtures.hls.playlist), { httpProxy: proxy.url('ffprobe-file') }).catch((e: Error) => e);
    expect(String(fileError)).toMatch(/not on whitelist|Invalid argument/);
  }, 60_000);
});

describe('tools run on downloaded files open local files only', () => {
  const local = (name: string) => path.join(root, 'local', name);

  it('ffprobe and ffmpeg of a local playlist, also one named .mp4, fetch none of its segments', async () => {
    for (const file of [local('playlist.m3u8'), local('disguised.mp4')]) {
      const probed = await probeMedia(DEFAULT_MEDIA_TOOLS, file).catch((e: Error) => e);
      expect(probed instanceof Error ? undefined : probed.audio, file).toBeUndefined();
      await expect(runFfmpeg(DEFAULT_MEDIA_TOOLS, ['-i', file, '-f', 'null', '-'])).rejects.toThrow();
    }
    expect(ftp.connections).toEqual([]);
  }, 60_000);

  it('a download that is a list of other media (ffconcat served as video/mp4) is refused as unsupported', async () => {
    const workDir = await mkdtemp(path.join(os.tmpdir(), 'arcana-egress-dl-'));
    try {
      const error = await downloadMedia(DEFAULT_MEDIA_TOOLS, media.url('/media/local/concat.mp4'), { proxy: proxy.url('concat'), workDir, maxBytes: 1024 * 1024, timeoutMs: 60_000 }).catch((e: Error) => e);
      expect(error).toBeInstanceOf(YtDlpError);
      expect(error).toMatchObject({ failure: 'unsupported' });
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
    expect(ftp.connections).toEqual([]);
  }, 60_000);
});

describe('the link inspector', () => {
  const inspector = () => new LinkInspector(DEFAULT_MEDIA_TOOLS, guard, proxy, 60_000);

  it('refuses an admitted link that redirects to ftp://, an HLS playlist with an ftp:// segment and a DASH manifest with an ftp:// BaseURL', async () => {
    for (const link of [ftpLink('/clip.mp4'), media.url('/media/hls/ftp-segment.m3u8'), media.url('/media/dash/ftp-base.mpd')]) {
      const result = await inspector().inspect(link, LIMITS);
      expect(result, link).toMatchObject({ ok: false, reason: 'scheme' });
    }
    expect(ftp.connections).toEqual([]);
  }, 120_000);

  it('previews HLS and DASH VOD with the duration of the playlist, every request through the proxy', async () => {
    const before = media.requests.length;
    const hls = await inspector().inspect(media.url('/media/hls/relative.m3u8'), LIMITS);
    expect(hls.ok && hls.preview.durationSeconds).toBeCloseTo(fixtures.hls.seconds, 0);
    const dash = await inspector().inspect(media.url('/media/dash/manifest.mpd'), LIMITS);
    expect(dash.ok && dash.preview.durationSeconds).toBeCloseTo(fixtures.dash.seconds, 0);
    const seen = media.requests.slice(before);
    expect(seen.some((r) => r.path.endsWith('.m4s'))).toBe(true);
    expect(seen.some((r) => r.path.endsWith('.ts'))).toBe(true);
    for (const r of seen) expect(r.headers.via, r.path).toBe('1.1 egress-proxy');
  }, 120_000);
});
