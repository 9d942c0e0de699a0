import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  AudioFormat,
  conversion,
  ConversionFailureReason,
  ConversionRequested,
  conversionStream,
  DeliveryFit,
  DomainError,
  isConversionClosed,
  Tier,
  TierLimits,
} from '@app/domain';
import { deliverFromCache, userLanguage } from '@app/application';
import {
  AggregateRunner,
  Commands,
  conversionCancelKeyboard,
  ConvertJobPayload,
  deterministicId,
  downloadMedia,
  EgressProxy,
  EnhanceError,
  enhanceAudio,
  finishFile,
  encodeAudio,
  extractCoverFrame,
  FORMAT_EXTENSION,
  MediaTools,
  probeMedia,
  ReadModels,
  StatusMessage,
  withRetryAfter,
  YtDlpError,
} from '@app/infrastructure';
import type { CommandContext, Logger } from '@app/infrastructure';
import type { JobHelpers } from 'graphile-worker';
import { TelegramError } from 'telegraf';
import type { Telegram } from 'telegraf';
import { conversionText, formatMegabytes } from '@app/texts';
import type { ConversionTextKey } from '@app/texts';

export interface ConversionJobDeps {
  commands: Commands;
  runner: AggregateRunner;
  readModels: ReadModels;
  telegram: Telegram;
  tools: MediaTools;
  proxy: EgressProxy;
  logger: Logger;
  limits: Record<Tier, TierLimits>;
  workRoot: string;
  uploadLimitBytes: number;
  downloadTimeoutMs: number;
  jobTimeoutMs: number;
  progressIntervalMs: number;
  /** Called with the conversion id while a job runs (tests and the SIGKILL check). */
  onStage?: (conversionId: string, stage: string) => void;
}

/** A failure that retrying will not fix: recorded at once, never retried. */
class PermanentFailure extends Error {
  constructor(
    readonly reason: ConversionFailureReason,
    message: string,
  ) {
    super(message);
  }
}

const PERMANENT_DOWNLOAD: Partial<Record<YtDlpError['failure'], ConversionFailureReason>> = {
  unsupported: 'unsupported',
  not_found: 'download_failed',
  too_large: 'too_large',
  timeout: 'timeout',
};

/**
 * One conversion job, from the queue to the user's chat: download (yt-dlp through the egress
 * proxy, byte and time caps), probe, enhance (RNNoise + two-pass loudnorm) if asked, encode, make
 * it fit Telegram's upload limit, send, record. Every step is an event on the conversion's stream;
 * settlement of the credits follows from those events. The job's temporary directory is removed
 * whatever happens. Transient failures (and crashed workers) retry; the rest fail at once.
 */
export class ConversionJob {
  constructor(private readonly deps: ConversionJobDeps) {}

  async run(payload: ConvertJobPayload, helpers: JobHelpers): Promise<void> {
    const { conversionId } = payload;
    const { commands, runner, logger } = this.deps;
    const stream = conversionStream(conversionId);
    const { state } = await runner.state(conversion, stream);
    if (!state.request || isConversionClosed(state)) return; // cancelled while queued, or already done
    const request = state.request;
    const attempt = helpers.job.attempts;
    const maxAttempts = helpers.job.max_attempts;
    const context: CommandContext = { actor: { kind: 'system', id: `worker:${helpers.job.locked_by ?? 'unknown'}` }, correlationId: conversionId };
    const lang = await userLanguage(runner, request.userId);
    const say = (key: ConversionTextKey, values: Record<string, string | number> = {}) => conversionText(lang, key, values);
    const status = new StatusMessage(
      this.deps.telegram,
      request.chatId,
      request.statusMessageId,
      this.deps.progressIntervalMs,
      (error) => logger.warn({ conversionId, err: error }, 'status message edit failed'),
      conversionCancelKeyboard(conversionText(lang, 'cancelJob'), conversionId).reply_markup,
    );

    // Same media, format and enhancement already delivered: re-send the stored file at once.
    if (state.status === 'requested' || state.status === 'queued') {
      const audio = { sendAudio: (chatId: number, fileId: string) => withRetryAfter(() => this.deps.telegram.sendAudio(chatId, fileId)) };
      if (await deliverFromCache({ cache: this.deps.readModels, audio, commands, logger }, request, context)) {
        await status.final(say('doneCached', { title: request.title, price: request.price }));
        return;
      }
    }

    try {
      await commands.conversion({ type: 'StartConversion', commandId: deterministicId(`start:${conversionId}:${attempt}`), conversionId, attempt, worker: helpers.job.locked_by ?? 'worker' }, context);
    } catch (error) {
      // Closed meanwhile (cancelled while the job was being picked up): nothing to do. Anything
      // else is not expected here and must not be swallowed.
      if (error instanceof DomainError && isConversionClosed((await runner.state(conversion, stream)).state)) return;
      throw error;
    }

    const abort = new AbortController();
    let abortReason: 'cancelled' | 'timeout' | 'shutdown' | undefined;
    const stop = (why: 'cancelled' | 'timeout' | 'shutdown') => {
      abortReason ??= why;
      abort.abort();
    };
    const onShutdown = () => stop('shutdown');
    helpers.abortSignal?.addEventListener('abort', onShutdown, { once: true });
    const jobTimer = setTimeout(() => stop('timeout'), this.deps.jobTimeoutMs);
    // The user may cancel while we run: look at the stream every second.
    const cancelWatch = setInterval(() => {
      void runner
        .state(conversion, stream)
        .then(({ state: now }) => now.status === 'failed' && stop('cancelled'))
        .catch(() => undefined);
    }, 1000);

    await mkdir(this.deps.workRoot, { recursive: true });
    const workDir = await mkdtemp(path.join(this.deps.workRoot, `job-${conversionId.slice(0, 8)}-a${attempt}-`));
    const token = `job-${conversionId}-${attempt}`;
    const stage = (name: string) => this.deps.onStage?.(conversionId, name);
    let finalText: string | undefined;
    try {
      status.update(say('starting'));
      stage('download');
      const limits = this.deps.limits[request.tier];
      const downloaded = await downloadMedia(this.deps.tools, request.url, {
        proxy: this.deps.proxy.url(token),
        workDir,
        maxBytes: limits.maxBytes,
        timeoutMs: this.deps.downloadTimeoutMs,
        signal: abort.signal,
        onProgress: (done, total) =>
          status.update(total ? say('downloading', { percent: Math.min(100, Math.floor((done / total) * 100)) }) : say('downloadingBytes', { size: formatMegabytes(done, lang) })),
      }).catch((error: unknown) => {
        const refused = this.deps.proxy.refusals(token)[0];
        if (refused) throw new PermanentFailure('download_failed', `refused destination ${refused.host}: ${refused.detail}`);
        throw error;
      });
      // The link must still lead to what was previewed and priced: otherwise a site could switch
      // the media after the preview (and plant its audio in another video's cache entry).
      if (downloaded.mediaId !== request.mediaId) {
        throw new PermanentFailure('unsupported', `the link now leads to different media (${downloaded.mediaId ?? 'unknown'}, previewed ${request.mediaId})`);
      }
      // The probe (audio present? real duration? tags) runs beside the encode, which is what takes
      // the time; only an m4a stream copy needs the source codec before it starts.
      const probing = probeMedia(this.deps.tools, downloaded.file, { signal: abort.signal }).then((probed) => {
        if (!probed.audio) throw new PermanentFailure('no_audio', 'the downloaded media has no audio stream');
        const seconds = probed.durationSeconds ?? request.durationSeconds;
        // Priced by the previewed length: a longer file than that (or than the tier allows) is refused.
        if (seconds > Math.min(limits.maxDurationSeconds, request.durationSeconds * 1.02) + 2) {
          throw new PermanentFailure('too_large', `the media is ${Math.round(seconds)} s long; ${Math.round(request.durationSeconds)} s was previewed and priced`);
        }
        // Shorter than previewed: part of it could not be fetched (a refused or missing segment). Not delivered as if whole.
        if (seconds < request.durationSeconds * 0.97 - 1) {
          throw new PermanentFailure('download_failed', `only ${seconds.toFixed(1)} s of the ${Math.round(request.durationSeconds)} s previewed could be fetched`);
        }
        return { ...probed, audio: probed.audio, durationSeconds: seconds };
      });
      // No audio (or too long): stop the encode at once rather than let it run to its own failure.
      probing.catch(() => abort.abort());
      const codecFirst = request.format === 'm4a' && !request.enhance ? await probing : undefined;

      stage('convert');
      // The cover frame is taken while the audio encodes (no video: no frame, no cover).
      const coverReady: Promise<string | undefined> = downloaded.cover
        ? Promise.resolve(downloaded.cover)
        : extractCoverFrame(this.deps.tools, downloaded.file, path.join(workDir, 'frame-cover.jpg'), request.durationSeconds, abort.signal);
      coverReady.catch(() => undefined);
      let input = downloaded.file;
      let audioFilter: string | undefined;
      let sampleRate: number | undefined;
      const encoded = path.join(workDir, `encoded.${FORMAT_EXTENSION[request.format]}`);
      const encoding = (async () => {
        if (request.enhance) {
          const enhanced = await enhanceAudio(this.deps.tools, {
            input,
            workDir,
            durationSeconds: request.durationSeconds,
            signal: abort.signal,
            onProgress: (fraction) => status.update(say('enhancing', { percent: Math.floor(fraction * 100) })),
          });
          input = enhanced.outputPath;
          audioFilter = enhanced.pass2.filter;
          sampleRate = enhanced.sampleRate;
        }
        await encodeAudio(
          this.deps.tools,
          {
            input,
            output: encoded,
            format: request.format,
            title: request.title,
            sourceAudioCodec: request.enhance ? 'flac' : codecFirst?.audio.codec,
            ...(audioFilter ? { audioFilter } : {}),
            ...(sampleRate ? { sampleRate } : {}),
          },
          {
            durationSeconds: request.durationSeconds,
            signal: abort.signal,
            onProgress: (fraction) => status.update(say('converting', { percent: Math.floor(fraction * 100) })),
          },
        );
      })();
      const [probeOutcome, encodeOutcome] = await Promise.allSettled([probing, encoding]);
      // The probe's verdict (no audio, too long) explains an encode failure better than ffmpeg's.
      if (probeOutcome.status === 'rejected') throw probeOutcome.reason;
      if (encodeOutcome.status === 'rejected') throw encodeOutcome.reason;
      const probed = probeOutcome.value;
      const duration = probed.durationSeconds;
      await commands.conversion(
        { type: 'RecordDownload', commandId: deterministicId(`downloaded:${conversionId}:${attempt}`), conversionId, attempt, title: request.title, durationSeconds: duration, bytes: downloaded.bytes },
        context,
      );
      const tags = { title: request.title, ...(probed.tags.artist ? { artist: probed.tags.artist } : {}) };
      const cover = await coverReady;
      const output = await finishFile(this.deps.tools, request.format, encoded, path.join(workDir, `audio.${FORMAT_EXTENSION[request.format]}`), { ...tags, ...(cover ? { cover } : {}) }, abort.signal);
      const base = {
        format: request.format,
        ...tags,
        ...(audioFilter ? { audioFilter } : {}),
        ...(sampleRate ? { sampleRate } : {}),
      };
      const { files, fit, bytes } = await this.fitForUpload({ ...base, input }, output, duration, workDir, abort.signal, (text) => status.update(text), say, cover);
      await commands.conversion(
        {
          type: 'CompleteConversion',
          commandId: deterministicId(`completed:${conversionId}:${attempt}`),
          conversionId,
          attempt,
          format: request.format,
          bytes,
          durationSeconds: duration,
          enhanced: request.enhance,
          parts: files.length,
          fit,
        },
        context,
      );

      stage('upload');
      status.update(say('uploading'));
      const fileIds: string[] = [];
      for (const [index, file] of files.entries()) {
        const title = files.length > 1 ? say('partTitle', { title: request.title, part: index + 1, parts: files.length }) : request.title;
        const sent = await withRetryAfter(() =>
          this.deps.telegram.sendAudio(
            request.chatId,
            { source: createReadStream(file.path), filename: `${safeFileName(title)}.${FORMAT_EXTENSION[request.format]}` },
            {
              title,
              ...(probed.tags.artist ? { performer: probed.tags.artist } : {}),
              duration: Math.round(file.durationSeconds),
              ...(cover ? { thumbnail: { source: createReadStream(cover), filename: 'cover.jpg' } } : {}),
            },
          ),
        );
        const fileId = sent && 'audio' in sent ? sent.audio.file_id : sent && 'document' in sent ? (sent as { document: { file_id: string } }).document.file_id : undefined;
        if (!fileId) throw new Error('Telegram did not return a file id for the upload');
        fileIds.push(fileId);
      }
      await commands.conversion({ type: 'RecordDelivery', commandId: deterministicId(`delivered:${conversionId}`), conversionId, fileIds, cached: false, attempt }, context);
      const values = { title: request.title, format: request.format, enhanced: request.enhance ? say('enhancedMark') : '', size: formatMegabytes(bytes, lang), parts: files.length };
      finalText = say(fit === 'split' ? 'doneParts' : fit === 'reencoded' ? 'doneReencoded' : 'done', values);
      stage('done');
    } catch (error) {
      finalText = await this.handleFailure(error, { request, attempt, maxAttempts, abortReason, context, status, say });
    } finally {
      clearInterval(cancelWatch);
      clearTimeout(jobTimer);
      helpers.abortSignal?.removeEventListener('abort', onShutdown);
      this.deps.proxy.forget(token);
      await rm(workDir, { recursive: true, force: true });
    }
    // Shown once the job's files are gone: what the user sees as the end is the end.
    if (finalText) await status.final(finalText);
  }

  /** Records a permanent (or last-attempt) failure and returns the final status text; rethrows what should be retried. */
  private async handleFailure(
    error: unknown,
    job: {
      request: ConversionRequested['data'];
      attempt: number;
      maxAttempts: number;
      abortReason?: 'cancelled' | 'timeout' | 'shutdown';
      context: CommandContext;
      status: StatusMessage;
      say: (key: ConversionTextKey, values?: Record<string, string | number>) => string;
    },
  ): Promise<string> {
    const { request, attempt, maxAttempts, status, say } = job;
    const { conversionId } = request;
    const fail = async (reason: ConversionFailureReason, detail: string) => {
      this.deps.logger.warn({ conversionId, attempt, reason, detail }, 'conversion failed');
      try {
        await this.deps.commands.conversion({ type: 'FailConversion', commandId: deterministicId(`failed:${conversionId}`), conversionId, reason, detail }, job.context);
      } catch (failError) {
        if (!(failError instanceof DomainError)) throw failError;
      }
      return say(`failed.${reason}` as ConversionTextKey, { price: request.price });
    };
    if (job.abortReason === 'cancelled') return say('failed.cancelled', { price: request.price });
    if (job.abortReason === 'shutdown') throw error instanceof Error ? error : new Error(String(error)); // retried by the next worker
    if (job.abortReason === 'timeout') return fail('timeout', `the job ran over ${Math.round(this.deps.jobTimeoutMs / 1000)} s`);
    if (error instanceof PermanentFailure) return fail(error.reason, error.message);
    if (error instanceof YtDlpError && PERMANENT_DOWNLOAD[error.failure]) return fail(PERMANENT_DOWNLOAD[error.failure]!, error.message);
    if (error instanceof EnhanceError && error.code === 'no_audio') return fail('no_audio', error.message);
    // Transient: a network error, a Bot API hiccup, a crashed tool. graphile-worker retries with backoff.
    const reason: ConversionFailureReason = error instanceof YtDlpError ? 'download_failed' : isUploadError(error) ? 'delivery_failed' : 'internal';
    const detail = error instanceof Error ? error.message : String(error);
    if (attempt < maxAttempts) {
      this.deps.logger.warn({ conversionId, attempt, maxAttempts, err: detail }, 'conversion attempt failed; will retry');
      status.update(say('retrying', { attempt: attempt + 1, max: maxAttempts }));
      throw error instanceof Error ? error : new Error(detail);
    }
    return fail(reason, detail);
  }

  /** Over the upload limit: re-encode at a bitrate that fits, or (too long for a decent bitrate) split into parts. */
  private async fitForUpload(
    encode: Omit<Parameters<typeof encodeAudio>[1], 'output'>,
    output: string,
    durationSeconds: number,
    workDir: string,
    signal: AbortSignal,
    show: (text: string) => void,
    say: (key: ConversionTextKey, values?: Record<string, string | number>) => string,
    cover?: string,
  ): Promise<{ files: { path: string; durationSeconds: number }[]; fit: DeliveryFit; bytes: number }> {
    const limit = this.deps.uploadLimitBytes;
    const bytes = (await stat(output)).size;
    if (bytes <= limit) return { files: [{ path: output, durationSeconds }], fit: 'as_is', bytes };
    const limitMb = Math.floor(limit / 1048576);
    const fittingKbps = Math.floor((limit * 8 * 0.92) / durationSeconds / 1000);
    if (fittingKbps >= MIN_KBPS[encode.format]) {
      show(say('fitting', { limit: limitMb, how: say('fitReencode') }));
      const reencoded = path.join(workDir, `audio-fit-bare.${FORMAT_EXTENSION[encode.format]}`);
      await encodeAudio(this.deps.tools, { ...encode, sourceAudioCodec: undefined, output: reencoded, bitrateKbps: Math.min(fittingKbps, 256) }, { durationSeconds, signal });
      const smaller = await finishFile(this.deps.tools, encode.format, reencoded, path.join(workDir, `audio-fit.${FORMAT_EXTENSION[encode.format]}`), { ...encode, ...(cover ? { cover } : {}) }, signal);
      const fitted = (await stat(smaller)).size;
      if (fitted <= limit) return { files: [{ path: smaller, durationSeconds }], fit: 'reencoded', bytes: fitted };
    }
    const parts = Math.ceil(bytes / (limit * 0.9));
    show(say('fitting', { limit: limitMb, how: say('fitSplit', { parts }) }));
    const partSeconds = durationSeconds / parts;
    const files: { path: string; durationSeconds: number }[] = [];
    let total = 0;
    for (let index = 0; index < parts; index++) {
      const bare = path.join(workDir, `part-${index + 1}-bare.${FORMAT_EXTENSION[encode.format]}`);
      const slice = { startSeconds: index * partSeconds, durationSeconds: Math.min(partSeconds, durationSeconds - index * partSeconds) };
      await encodeAudio(this.deps.tools, { ...encode, output: bare, slice }, { durationSeconds: slice.durationSeconds, signal });
      const title = say('partTitle', { title: encode.title, part: index + 1, parts });
      const partPath = await finishFile(this.deps.tools, encode.format, bare, path.join(workDir, `part-${index + 1}.${FORMAT_EXTENSION[encode.format]}`), { ...encode, title, ...(cover ? { cover } : {}) }, signal);
      const size = (await stat(partPath)).size;
      if (size > limit) throw new PermanentFailure('too_large', `part ${index + 1} is still over the upload limit`);
      total += size;
      files.push({ path: partPath, durationSeconds: slice.durationSeconds });
    }
    return { files, fit: 'split', bytes: total };
  }
}

const MIN_KBPS: Record<AudioFormat, number> = { mp3: 64, m4a: 48, opus: 24 };

function isUploadError(error: unknown): boolean {
  return error instanceof TelegramError;
}

function safeFileName(title: string): string {
  return title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim().slice(0, 100) || 'audio';
}
