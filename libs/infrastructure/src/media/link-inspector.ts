import { randomUUID } from 'node:crypto';
import type { TierLimits } from '@app/domain';
import { EgressGuard } from '../egress/egress-guard';
import { EgressProxy } from '../egress/egress-proxy';
import { MediaTools, probeMedia } from './ffmpeg';
import { ProcessError } from './process-runner';
import { MediaInfo, probeLink, YtDlpError } from './yt-dlp';

/** Why a link is refused before anything is charged; the bot maps each to a message. */
export type LinkRefusal =
  | 'bad_url'
  | 'scheme'
  | 'blocked_address'
  | 'dns_failed'
  | 'playlist'
  | 'live'
  | 'too_long'
  | 'too_large'
  | 'unsupported'
  | 'no_audio'
  | 'not_found'
  | 'timeout'
  | 'failed';

export interface LinkPreview {
  url: string;
  mediaId: string;
  title: string;
  uploader?: string;
  durationSeconds: number;
  estimatedBytes?: number;
}

/**
 * The numbers behind a limit refusal, in no language: the text layer says them in the reader's
 * (`refusalText`); `detail` is the English line for the log.
 */
export type RefusalDetails = { durationSeconds: number; maxDurationSeconds: number } | { estimatedBytes: number; maxBytes: number };

export type InspectResult = { ok: true; preview: LinkPreview } | { ok: false; reason: LinkRefusal; detail: string; details?: RefusalDetails };

/**
 * Looks at a link before anything is charged: scheme and address rules (after DNS, before any
 * fetch), then yt-dlp's metadata through our egress proxy (every redirect it follows is checked
 * there), then ffprobe for what yt-dlp leaves unsaid on direct links (duration, audio track).
 */
export class LinkInspector {
  constructor(
    private readonly tools: MediaTools,
    private readonly guard: EgressGuard,
    private readonly proxy: EgressProxy,
    private readonly timeoutMs: number,
  ) {}

  async inspect(url: string, limits: TierLimits, signal?: AbortSignal): Promise<InspectResult> {
    const check = await this.guard.check(url);
    if (!check.ok) return { ok: false, reason: check.reason, detail: check.detail };
    const token = randomUUID();
    try {
      let info: MediaInfo;
      try {
        info = await probeLink(this.tools, url, { proxy: this.proxy.url(token), signal, timeoutMs: this.timeoutMs });
      } catch (error) {
        const refused = this.refusal(token);
        if (refused) return refused;
        if (error instanceof YtDlpError) {
          const reason: LinkRefusal = error.failure === 'unsupported' || error.failure === 'not_found' || error.failure === 'timeout' ? error.failure : 'failed';
          return { ok: false, reason, detail: error.message };
        }
        throw error;
      }
      if (info.isPlaylist) return { ok: false, reason: 'playlist', detail: 'playlists are not converted; send a link to one video' };
      if (info.isLive) return { ok: false, reason: 'live', detail: 'live streams cannot be converted' };
      let { durationSeconds, hasAudio } = info;
      let estimatedBytes = info.estimatedBytes;
      let { title, uploader } = info;
      if ((durationSeconds === undefined || hasAudio === undefined) && info.directUrl) {
        const directCheck = await this.guard.check(info.directUrl);
        if (!directCheck.ok) return { ok: false, reason: directCheck.reason, detail: directCheck.detail };
        try {
          const probed = await probeMedia(this.tools, info.directUrl, { httpProxy: this.proxy.url(token), signal, timeoutMs: this.timeoutMs });
          durationSeconds ??= probed.durationSeconds;
          hasAudio ??= probed.audio !== undefined;
          estimatedBytes ??= probed.sizeBytes;
          // The generic extractor names a direct link after its file; the file's own tags say more.
          if (info.extractor === 'generic') {
            title = probed.tags.title ?? title;
            uploader ??= probed.tags.artist;
          }
        } catch (error) {
          const refused = this.refusal(token);
          if (refused) return refused;
          if (error instanceof ProcessError && error.failure === 'timeout') return { ok: false, reason: 'timeout', detail: 'the media took too long to answer' };
          if (error instanceof ProcessError) return { ok: false, reason: 'unsupported', detail: 'the link does not lead to playable media' };
          throw error;
        }
      }
      // Whatever a tool made of it, media that led anywhere the proxy refused is not previewed.
      const refusedOnTheWay = this.refusal(token);
      if (refusedOnTheWay) return refusedOnTheWay;
      if (durationSeconds === undefined && (info.isHls || info.isDash)) return { ok: false, reason: 'live', detail: 'an HLS or DASH stream without an end: a live stream' };
      if (hasAudio === false) return { ok: false, reason: 'no_audio', detail: 'the video has no audio track' };
      if (durationSeconds === undefined) return { ok: false, reason: 'unsupported', detail: 'the media has no known duration' };
      if (durationSeconds > limits.maxDurationSeconds) {
        const details = { durationSeconds, maxDurationSeconds: limits.maxDurationSeconds };
        return { ok: false, reason: 'too_long', detail: `${Math.round(durationSeconds)} s is over the ${limits.maxDurationSeconds} s limit`, details };
      }
      if (estimatedBytes !== undefined && estimatedBytes > limits.maxBytes) {
        const details = { estimatedBytes, maxBytes: limits.maxBytes };
        return { ok: false, reason: 'too_large', detail: `about ${estimatedBytes} bytes is over the ${limits.maxBytes}-byte limit`, details };
      }
      return {
        ok: true,
        preview: {
          url,
          mediaId: info.mediaId,
          title,
          ...(uploader ? { uploader } : {}),
          durationSeconds,
          ...(estimatedBytes !== undefined ? { estimatedBytes } : {}),
        },
      };
    } finally {
      this.proxy.forget(token);
    }
  }

  /**
   * A destination the egress proxy refused during this inspection (a redirect or playlist entry to a
   * private address, or to a scheme other than http(s)), as the answer.
   */
  private refusal(token: string): InspectResult | undefined {
    const refused = this.proxy.refusals(token)[0];
    return refused && { ok: false, reason: refused.reason === 'scheme' ? 'scheme' : 'blocked_address', detail: `${refused.host}: ${refused.detail}` };
  }
}
