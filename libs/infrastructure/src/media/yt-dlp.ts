import { createHash } from 'node:crypto';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { MediaTools, proxyEnvironment, REMOTE_PROTOCOLS } from './ffmpeg';
import { childNetworkFor } from '../egress/network-sandbox';
import { ProcessError, runProcess } from './process-runner';

/** What yt-dlp tells us about a link before anything is downloaded. */
export interface MediaInfo {
  /** Extractor + id (`youtube:abc`); for the generic extractor a hash of the media URL instead of its file name. */
  mediaId: string;
  extractor: string;
  title: string;
  uploader?: string;
  durationSeconds?: number;
  /** Size estimate of what would be downloaded (best audio where offered), if known. */
  estimatedBytes?: number;
  /** Whether any format has audio: `false` known none, `undefined` not said (generic links). */
  hasAudio?: boolean;
  isPlaylist: boolean;
  isLive: boolean;
  /** Delivered as HLS: without a known duration that means a live stream (a live playlist has no end). */
  isHls: boolean;
  /** Delivered as DASH: likewise, without a known duration a live (dynamic) manifest. */
  isDash: boolean;
  /** A direct media URL when the extractor gives one (ffprobe can measure it). */
  directUrl?: string;
  thumbnailUrl?: string;
  webpageUrl: string;
}

export type YtDlpFailure = 'unsupported' | 'not_found' | 'download_failed' | 'timeout' | 'too_large' | 'aborted';

export class YtDlpError extends Error {
  constructor(
    readonly failure: YtDlpFailure,
    message: string,
  ) {
    super(message);
    this.name = 'YtDlpError';
  }
}

interface RawFormat {
  protocol?: string;
  acodec?: string;
  vcodec?: string;
  filesize?: number | null;
  filesize_approx?: number | null;
}

interface RawInfo extends RawFormat {
  _type?: string;
  id?: string;
  extractor_key?: string;
  extractor?: string;
  title?: string;
  uploader?: string;
  artist?: string;
  channel?: string;
  duration?: number | null;
  is_live?: boolean | null;
  live_status?: string;
  url?: string;
  thumbnail?: string;
  webpage_url?: string;
  formats?: (RawFormat & { url?: string })[];
  requested_formats?: RawFormat[];
  entries?: unknown[];
}

export interface YtDlpOptions {
  /** Our egress proxy (`http://token@127.0.0.1:port`): every fetch of yt-dlp is checked there (and, where the kernel allows, yt-dlp can reach nothing else). */
  proxy: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

const COMMON = ['--ignore-config', '--no-warnings', '--no-cache-dir', '--socket-timeout', '15', '--retries', '2', '--no-mtime'];

/**
 * How yt-dlp may reach the network: through the proxy in its environment only (see
 * proxyEnvironment; `--proxy` would leave ftp unproxied). Its native downloaders fetch with urllib;
 * `--downloader native` keeps it from handing a protocol to rtmpdump, mpv or ffmpeg, and the ffmpeg
 * it still runs where the native HLS downloader gives up may open http(s) only. A fragment that
 * cannot be fetched fails the download instead of being left out of the file.
 */
const NETWORK = ['--downloader', 'native', '--downloader-args', `ffmpeg_i:-protocol_whitelist ${REMOTE_PROTOCOLS}`, '--abort-on-unavailable-fragment'];

/**
 * Formats fetched over http(s) only (plain, HLS, DASH, HDS, Smooth Streaming, all by urllib): `--downloader native`
 * still hands rtmp to rtmpdump and rtsp/mms to mpv or mplayer.
 */
const OVER_HTTP = "[protocol~='^(https?|m3u8(_native)?|http_dash_segments(_generator)?|f4m|ism)$']";
/** Best audio where the site offers it, else the best single file. */
const FORMAT = ['--format', `bestaudio${OVER_HTTP}/best${OVER_HTTP}`];

/** `yt-dlp -J --flat-playlist`: metadata only, nothing downloaded. */
export async function probeLink(tools: MediaTools, url: string, options: YtDlpOptions): Promise<MediaInfo> {
  let stdout: string;
  try {
    ({ stdout } = await runProcess(tools.ytDlp, {
      args: [...COMMON, ...NETWORK, ...FORMAT, '--dump-single-json', '--flat-playlist', '--', url],
      signal: options.signal,
      timeoutMs: options.timeoutMs ?? 60_000,
      env: proxyEnvironment(options.proxy),
      network: childNetworkFor(options.proxy),
    }));
  } catch (error) {
    throw toYtDlpError(error);
  }
  return describeInfo(JSON.parse(stdout) as RawInfo, url);
}

export function describeInfo(raw: RawInfo, url: string): MediaInfo {
  const extractor = (raw.extractor_key ?? raw.extractor ?? 'generic').toLowerCase();
  const isPlaylist = raw._type === 'playlist' || raw._type === 'multi_video' || Array.isArray(raw.entries);
  const formats = raw.formats ?? [];
  const audioFormats = formats.filter((f) => f.acodec && f.acodec !== 'none');
  const knownCodecs = formats.some((f) => f.acodec !== undefined && f.acodec !== null);
  const sizeOf = (f: RawFormat) => f.filesize ?? f.filesize_approx ?? undefined;
  const requested = raw.requested_formats?.map(sizeOf).filter((n): n is number => typeof n === 'number');
  const audioOnly = audioFormats.filter((f) => f.vcodec === 'none').map(sizeOf).filter((n): n is number => typeof n === 'number');
  const estimatedBytes = audioOnly.length ? Math.max(...audioOnly) : requested?.length ? requested.reduce((a, b) => a + b, 0) : sizeOf(raw);
  const webpageUrl = raw.webpage_url ?? url;
  const directUrl = raw.url ?? formats.find((f) => f.url)?.url;
  // The generic extractor names media after the file ("clip"), which many sites share: key it by URL.
  const id = extractor === 'generic' ? createHash('sha256').update(directUrl ?? webpageUrl).digest('hex').slice(0, 24) : (raw.id ?? webpageUrl);
  return {
    mediaId: `${extractor}:${id}`,
    extractor,
    title: (raw.title ?? 'audio').slice(0, 300),
    ...(raw.artist || raw.uploader || raw.channel ? { uploader: (raw.artist ?? raw.uploader ?? raw.channel)!.slice(0, 200) } : {}),
    ...(typeof raw.duration === 'number' && raw.duration > 0 ? { durationSeconds: raw.duration } : {}),
    ...(typeof estimatedBytes === 'number' && estimatedBytes > 0 ? { estimatedBytes } : {}),
    ...(knownCodecs ? { hasAudio: audioFormats.length > 0 || (raw.acodec !== undefined && raw.acodec !== 'none') } : raw.acodec ? { hasAudio: raw.acodec !== 'none' } : {}),
    isPlaylist,
    isLive: raw.is_live === true || raw.live_status === 'is_live' || raw.live_status === 'is_upcoming',
    isHls: [raw, ...formats].some((f) => f.protocol?.startsWith('m3u8')) || /\.m3u8(\?|$)/i.test(directUrl ?? ''),
    isDash: [raw, ...formats].some((f) => f.protocol?.includes('dash')) || /\.mpd(\?|$)/i.test(directUrl ?? ''),
    ...(directUrl ? { directUrl } : {}),
    ...(raw.thumbnail ? { thumbnailUrl: raw.thumbnail } : {}),
    webpageUrl,
  };
}

export interface DownloadOptions extends YtDlpOptions {
  workDir: string;
  /** Hard cap: the download is killed when it passes this many bytes. */
  maxBytes: number;
  onProgress?: (downloadedBytes: number, totalBytes?: number) => void;
}

export interface Downloaded {
  file: string;
  bytes: number;
  cover?: string;
  /** The canonical media id of what was actually downloaded (compare with the previewed one). */
  mediaId?: string;
}

/**
 * Downloads the best audio where the site offers it (else the best single file) into `workDir`.
 * The byte cap is enforced twice: yt-dlp's own `--max-filesize` when the size is announced, and
 * by killing the process group as soon as progress (or the file on disk) passes it.
 */
export async function downloadMedia(tools: MediaTools, url: string, options: DownloadOptions): Promise<Downloaded> {
  let tooLarge = false;
  let mediaId: string | undefined;
  const abort = new AbortController();
  const onOuterAbort = () => abort.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const sizeWatch = setInterval(() => {
    void partialBytes(options.workDir).then((bytes) => {
      if (bytes > options.maxBytes) {
        tooLarge = true;
        abort.abort();
      }
    });
  }, 500);
  try {
    await runProcess(tools.ytDlp, {
      args: [
        ...COMMON,
        ...NETWORK,
        '--no-playlist',
        ...FORMAT,
        '--max-filesize',
        String(options.maxBytes),
        '--write-thumbnail',
        '--convert-thumbnails',
        'jpg',
        '--ffmpeg-location',
        tools.ffmpeg,
        '--output',
        path.join(options.workDir, 'source.%(ext)s'),
        '--output',
        `thumbnail:${path.join(options.workDir, 'cover.%(ext)s')}`,
        '--newline',
        '--progress',
        '--print',
        'after_move:arcana-info %(.{extractor_key,extractor,id,url,webpage_url})j',
        '--progress-template',
        'download:arcana-progress %(progress.downloaded_bytes)s %(progress.total_bytes)s %(progress.total_bytes_estimate)s',
        '--',
        url,
      ],
      signal: abort.signal,
      timeoutMs: options.timeoutMs,
      env: proxyEnvironment(options.proxy),
      network: childNetworkFor(options.proxy),
      onStdoutLine: (line) => {
        if (line.startsWith('arcana-info ')) {
          try {
            mediaId = describeInfo(JSON.parse(line.slice('arcana-info '.length)) as RawInfo, url).mediaId;
          } catch {
            // no id: the caller treats the media as unverified
          }
          return;
        }
        if (!line.startsWith('arcana-progress ')) return;
        const [, done, total, estimate] = line.split(' ');
        const downloaded = Number(done);
        const totalBytes = Number(total) || Number(estimate) || undefined;
        if (downloaded > options.maxBytes) {
          tooLarge = true;
          abort.abort();
        }
        if (Number.isFinite(downloaded)) options.onProgress?.(downloaded, totalBytes);
      },
    });
  } catch (error) {
    if (tooLarge) throw new YtDlpError('too_large', `the download passed the ${options.maxBytes}-byte cap and was stopped`);
    throw toYtDlpError(error);
  } finally {
    clearInterval(sizeWatch);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
  const names = await readdir(options.workDir);
  const source = names.find((n) => n.startsWith('source.') && !n.endsWith('.part') && !n.endsWith('.ytdl'));
  if (!source) {
    // yt-dlp skips (exit 0) a file announced over --max-filesize.
    throw new YtDlpError('too_large', 'the media is larger than this tier allows');
  }
  const file = path.join(options.workDir, source);
  if (await namesOtherResources(file)) {
    // A text that lists or describes media elsewhere (HLS, DASH, SDP, ffconcat, SMIL…), not media: the tools would go and fetch it.
    throw new YtDlpError('unsupported', 'the download is a playlist or description of other media, not media');
  }
  const bytes = (await stat(file)).size;
  if (bytes > options.maxBytes) throw new YtDlpError('too_large', 'the media is larger than this tier allows');
  const cover = names.find((n) => n.startsWith('cover.') && n.endsWith('.jpg'));
  return { file, bytes, ...(cover ? { cover: path.join(options.workDir, cover) } : {}), ...(mediaId ? { mediaId } : {}) };
}

/** Whether a downloaded file starts like a text format that makes ffmpeg open further URLs. */
async function namesOtherResources(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = head.subarray(0, bytesRead).toString('latin1').replace(/^(\xEF\xBB\xBF|\s)+/, '');
    return /^(#EXTM3U|ffconcat|v=0\r?\n|<)/i.test(text);
  } finally {
    await handle.close();
  }
}

/** Everything yt-dlp has written so far (media parts and the thumbnail, which has no cap of its own). */
async function partialBytes(dir: string): Promise<number> {
  try {
    const names = await readdir(dir);
    let total = 0;
    for (const name of names) total += (await stat(path.join(dir, name)).catch(() => ({ size: 0 }))).size;
    return total;
  } catch {
    return 0;
  }
}

function toYtDlpError(error: unknown): YtDlpError {
  if (!(error instanceof ProcessError)) return new YtDlpError('download_failed', (error as Error)?.message ?? String(error));
  if (error.failure === 'timeout') return new YtDlpError('timeout', 'the site took too long to answer');
  if (error.failure === 'aborted') return new YtDlpError('aborted', 'cancelled');
  const text = error.stderrTail;
  if (/Unsupported URL|no suitable InfoExtractor|Unable to extract|is not a valid URL|Requested format is not available/i.test(text)) return new YtDlpError('unsupported', lastError(text));
  if (/HTTP Error 404|HTTP Error 410|not found/i.test(text)) return new YtDlpError('not_found', lastError(text));
  if (/timed out|Read timed out|timeout/i.test(text)) return new YtDlpError('timeout', lastError(text));
  if (/File is larger than max-filesize/i.test(text)) return new YtDlpError('too_large', lastError(text));
  return new YtDlpError('download_failed', lastError(text) || error.message);
}

function lastError(text: string): string {
  const lines = text.split('\n').filter((l) => /ERROR/.test(l));
  return (lines[lines.length - 1] ?? text.split('\n').pop() ?? '').replace(/^ERROR:\s*/, '').slice(0, 300);
}
