import { childNetworkFor } from '../egress/network-sandbox';
import { runProcess, RunOptions } from './process-runner';

/** Paths of the system tools (configurable: Debian's yt-dlp is old, a newer one may live elsewhere). */
export interface MediaTools {
  ffmpeg: string;
  ffprobe: string;
  ytDlp: string;
}

export const DEFAULT_MEDIA_TOOLS: MediaTools = { ffmpeg: 'ffmpeg', ffprobe: 'ffprobe', ytDlp: 'yt-dlp' };

export interface ProbedStream {
  codec: string;
  channels?: number;
  sampleRate?: number;
  width?: number;
  height?: number;
}

export interface ProbeResult {
  durationSeconds?: number;
  sizeBytes?: number;
  formatName?: string;
  audio?: ProbedStream;
  video?: ProbedStream;
  tags: { title?: string; artist?: string };
}

const REMOTE_DEMUXERS = 'mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,mp3,ogg,aac,flac,wav,mpegts,hls,dash,flv,avi,asf,mpeg,mpegps';

/**
 * The only protocols ffmpeg may open for a remote input: http(s) and what they stand on (`tcp` to
 * the proxy, `tls` over an `httpproxy` CONNECT tunnel, `crypto` for encrypted HLS). No `file`,
 * `ftp`, `rtmp`, `rtsp`, `udp`…: the HLS and DASH demuxers open nested http(s), file and data
 * URLs only, and with these protocols every one of them goes through the proxy.
 */
export const REMOTE_PROTOCOLS = 'http,https,tls,tcp,crypto,httpproxy';

/**
 * What ffmpeg may open for a local input: a downloaded "video" can be an HLS playlist, an SDP
 * description or an ffconcat list naming URLs (RTP, http, a metadata address) that ffmpeg would open
 * on its own, around the proxy. Nested inputs inherit the whitelist, so those are refused. (ffmpeg's
 * `file` protocol already defaults to `file,crypto,data` for what it opens; this says so explicitly,
 * and covers `pipe:` inputs, which have no such default.)
 */
export const LOCAL_PROTOCOLS = 'file,pipe';

/** `args` with `-protocol_whitelist <local>` before every `-i` that has none of its own. */
function localInputsOnly(args: readonly string[]): string[] {
  const out: string[] = [];
  let whitelisted = false;
  for (const arg of args) {
    if (arg === '-protocol_whitelist') whitelisted = true;
    if (arg === '-i') {
      if (!whitelisted) out.push('-protocol_whitelist', LOCAL_PROTOCOLS);
      whitelisted = false;
    }
    out.push(arg);
  }
  return out;
}

type ProbeOptions = Pick<RunOptions, 'signal' | 'timeoutMs'> & { httpProxy?: string };

/** `ffprobe` as JSON: duration, size, the first audio and video stream, title/artist tags. */
export async function probeMedia(tools: MediaTools, input: string, options: ProbeOptions = {}): Promise<ProbeResult> {
  const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams'];
  // A remote input may only be read by demuxers that fetch through the proxy: `concat` (ffconcat)
  // and friends open nested inputs without `-http_proxy`, which would bypass our address checks.
  if (options.httpProxy) args.push('-http_proxy', options.httpProxy, '-format_whitelist', REMOTE_DEMUXERS, '-protocol_whitelist', REMOTE_PROTOCOLS);
  else args.push('-protocol_whitelist', LOCAL_PROTOCOLS);
  const { stdout } = await runProcess(tools.ffprobe, {
    args: [...args, input],
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? 30_000,
    // Nested inputs (HLS/DASH segments, https via tls) read the proxy from the environment; no_proxy is gone.
    ...(options.httpProxy ? { env: proxyEnvironment(options.httpProxy), network: childNetworkFor(options.httpProxy) } : {}),
  });
  const parsed = JSON.parse(stdout) as {
    format?: { duration?: string; size?: string; format_name?: string; tags?: Record<string, string> };
    streams?: { codec_type?: string; codec_name?: string; channels?: number; sample_rate?: string; width?: number; height?: number; disposition?: { attached_pic?: number } }[];
  };
  const stream = (type: string) => parsed.streams?.find((s) => s.codec_type === type && !s.disposition?.attached_pic);
  const describe = (s: ReturnType<typeof stream>): ProbedStream | undefined =>
    s && {
      codec: s.codec_name ?? 'unknown',
      ...(s.channels ? { channels: s.channels } : {}),
      ...(s.sample_rate ? { sampleRate: Number(s.sample_rate) } : {}),
      ...(s.width ? { width: s.width, height: s.height } : {}),
    };
  const tags = Object.fromEntries(Object.entries(parsed.format?.tags ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const duration = Number(parsed.format?.duration);
  const size = Number(parsed.format?.size);
  return {
    ...(Number.isFinite(duration) && duration > 0 ? { durationSeconds: duration } : {}),
    ...(Number.isFinite(size) && size > 0 ? { sizeBytes: size } : {}),
    ...(parsed.format?.format_name ? { formatName: parsed.format.format_name } : {}),
    ...(describe(stream('audio')) ? { audio: describe(stream('audio')) } : {}),
    ...(describe(stream('video')) ? { video: describe(stream('video')) } : {}),
    tags: { ...(tags.title ? { title: tags.title } : {}), ...(tags.artist ? { artist: tags.artist } : {}) },
  };
}

export interface FfmpegRunOptions extends Pick<RunOptions, 'signal' | 'timeoutMs' | 'onSpawn' | 'stdin' | 'onStderrLine'> {
  /** Media duration, to turn `out_time` into a fraction. */
  durationSeconds?: number;
  /** Fraction done, 0..1, from `-progress pipe:1`. */
  onProgress?: (fraction: number) => void;
}

/**
 * Runs ffmpeg on local files with `-progress pipe:1` and reports the fraction done. Arguments are
 * passed as an array (no shell); inputs may be local files and pipes only. Errors carry ffmpeg's
 * last stderr line.
 */
export async function runFfmpeg(tools: MediaTools, args: readonly string[], options: FfmpegRunOptions = {}): Promise<string> {
  const { onProgress, durationSeconds } = options;
  const { stderrTail } = await runProcess(tools.ffmpeg, {
    args: ['-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-nostats', '-progress', 'pipe:1', ...localInputsOnly(args)],
    signal: options.signal,
    timeoutMs: options.timeoutMs,
    onSpawn: options.onSpawn,
    stdin: options.stdin,
    onStderrLine: options.onStderrLine,
    onStdoutLine: (line) => {
      if (!onProgress) return;
      const eq = line.indexOf('=');
      const key = line.slice(0, eq);
      const value = line.slice(eq + 1);
      if (key === 'out_time_us' && durationSeconds) {
        const seconds = Number(value) / 1e6;
        if (Number.isFinite(seconds) && seconds >= 0) onProgress(Math.min(1, seconds / durationSeconds));
      } else if (key === 'progress' && value === 'end') {
        onProgress(1);
      }
    },
  });
  return stderrTail;
}

/** The environment minus every proxy variable (`http_proxy`, `ftp_proxy`, `no_proxy`, `SOCKS_PROXY`…), so a child uses only the proxy we give it. */
export function withoutProxyVariables(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/_proxy$/i.test(key)) delete env[key];
  return env;
}

/**
 * The environment for a child that fetches user-supplied URLs: our proxy for every scheme its
 * libraries honour a proxy variable for, and no `no_proxy`. Python's urllib (yt-dlp) opens http,
 * https, ftp, file and data URLs and takes `<scheme>_proxy` for each: with `ftp_proxy` set, an ftp
 * URL is sent to our HTTP proxy in absolute form, which refuses it, instead of being fetched
 * directly (yt-dlp's own `--proxy` covers http and https only). yt-dlp refuses file URLs itself;
 * data URLs open nothing. ffmpeg reads `http_proxy` for http and for the tunnel under https.
 * `all_proxy` is for tools that honour it (curl); urllib and ffmpeg do not.
 */
export function proxyEnvironment(proxy: string): NodeJS.ProcessEnv {
  return { ...withoutProxyVariables(), http_proxy: proxy, https_proxy: proxy, ftp_proxy: proxy, all_proxy: proxy };
}
