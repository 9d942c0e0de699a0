import { Decider, DomainEvent } from '../shared/decider';
import { DomainError, invalid } from '../shared/errors';
import { requireNonEmpty } from '../shared/guards';
import { normalizeText } from '../shared/text';
import type { Tier, TierLimits } from '../tiers';
import { conversionPrice } from './pricing';

/** One stream per conversion: `conversion-<conversionId>`. */
export const conversionStream = (conversionId: string): string => `conversion-${conversionId}`;

export const AUDIO_FORMATS = ['mp3', 'm4a', 'opus'] as const;
export type AudioFormat = (typeof AUDIO_FORMATS)[number];
export const isAudioFormat = (value: unknown): value is AudioFormat => typeof value === 'string' && (AUDIO_FORMATS as readonly string[]).includes(value);

export const CONVERSION_FAILURE_REASONS = [
  'download_failed',
  'too_large',
  'timeout',
  'unsupported',
  'no_audio',
  'cancelled',
  'delivery_failed',
  'internal',
] as const;
export type ConversionFailureReason = (typeof CONVERSION_FAILURE_REASONS)[number];

/** How a file over Telegram's upload limit was made to fit. */
export type DeliveryFit = 'as_is' | 'reencoded' | 'split';

export type ConversionRequested = DomainEvent<
  'ConversionRequested',
  {
    conversionId: string;
    userId: string;
    chatId: number;
    /** The status message the worker edits with progress. */
    statusMessageId?: number;
    url: string;
    /** Extractor + id from yt-dlp (not the raw URL): the cache key, with format and enhance. */
    mediaId: string;
    title: string;
    durationSeconds: number;
    format: AudioFormat;
    enhance: boolean;
    tier: Tier;
    reservationId: string;
    price: number;
  }
>;
export type ConversionQueued = DomainEvent<'ConversionQueued', { conversionId: string; userId: string; queue: string; priority: number }>;
export type ConversionStarted = DomainEvent<'ConversionStarted', { conversionId: string; userId: string; attempt: number; worker: string }>;
export type MediaDownloaded = DomainEvent<
  'MediaDownloaded',
  { conversionId: string; userId: string; attempt: number; title: string; durationSeconds: number; bytes: number }
>;
export type ConversionCompleted = DomainEvent<
  'ConversionCompleted',
  {
    conversionId: string;
    userId: string;
    attempt: number;
    format: AudioFormat;
    bytes: number;
    durationSeconds: number;
    enhanced: boolean;
    /** Number of files sent (more than one when split to fit Telegram's limit). */
    parts: number;
    fit: DeliveryFit;
  }
>;
export type AudioDelivered = DomainEvent<
  'AudioDelivered',
  { conversionId: string; userId: string; mediaId: string; format: AudioFormat; enhance: boolean; fileIds: string[]; cached: boolean }
>;
export type ConversionFailed = DomainEvent<
  'ConversionFailed',
  { conversionId: string; userId: string; reason: ConversionFailureReason; detail?: string }
>;

export type ConversionEvent = ConversionRequested | ConversionQueued | ConversionStarted | MediaDownloaded | ConversionCompleted | AudioDelivered | ConversionFailed;
export const CONVERSION_EVENT_TYPES = [
  'ConversionRequested',
  'ConversionQueued',
  'ConversionStarted',
  'MediaDownloaded',
  'ConversionCompleted',
  'AudioDelivered',
  'ConversionFailed',
] as const satisfies readonly ConversionEvent['type'][];

interface Base {
  commandId: string;
  conversionId: string;
}
/**
 * `limits` are the limits of the user's tier in force (read from the user's stream brought up to
 * date); the caller has already probed the media, and `estimatedBytes` is the size it found.
 */
export type RequestConversion = Base & {
  type: 'RequestConversion';
  limits: TierLimits;
  estimatedBytes?: number;
  /** Already sent from the audio cache: the request is recorded as delivered at once and never queued. */
  cachedFileIds?: string[];
} & Omit<ConversionRequested['data'], 'conversionId'>;
export type QueueConversion = Base & { type: 'QueueConversion'; queue: string; priority: number };
export type StartConversion = Base & { type: 'StartConversion'; attempt: number; worker: string };
export type RecordDownload = Base & { type: 'RecordDownload'; attempt: number; title: string; durationSeconds: number; bytes: number };
export type CompleteConversion = Base & Omit<ConversionCompleted['data'], 'conversionId' | 'userId'> & { type: 'CompleteConversion' };
/** `attempt` (required unless cached): only the attempt that completed the conversion may deliver it. */
export type RecordDelivery = Base & { type: 'RecordDelivery'; fileIds: string[]; cached: boolean; attempt?: number };
export type FailConversion = Base & { type: 'FailConversion'; reason: ConversionFailureReason; detail?: string };
/** The user cancels while queued or running; `userId` must be the owner. */
export type CancelConversion = Base & { type: 'CancelConversion'; userId: string };
export type ConversionCommand =
  | RequestConversion
  | QueueConversion
  | StartConversion
  | RecordDownload
  | CompleteConversion
  | RecordDelivery
  | FailConversion
  | CancelConversion;

export type ConversionStatus = 'none' | 'requested' | 'queued' | 'started' | 'downloaded' | 'completed' | 'delivered' | 'failed';

export interface ConversionState {
  status: ConversionStatus;
  request?: ConversionRequested['data'];
  /** The latest attempt started (a job retried after a crash starts a new attempt). */
  attempt: number;
  completed?: ConversionCompleted['data'];
  failure?: { reason: ConversionFailureReason; detail?: string };
}

export const isConversionClosed = (state: ConversionState): boolean => state.status === 'delivered' || state.status === 'failed';

const MAX_URL_LENGTH = 2048;

function decide(command: ConversionCommand, state: ConversionState): ConversionEvent[] {
  requireNonEmpty(command.conversionId, 'conversionId', 200);
  if (command.type === 'RequestConversion') return request(command, state);
  if (state.status === 'none') throw new DomainError('invalid_command', 'no such conversion', { conversionId: command.conversionId });
  const { conversionId } = command;
  const userId = state.request!.userId;
  const closed = () => new DomainError('invalid_command', `the conversion is already ${state.status}`, { status: state.status });

  switch (command.type) {
    case 'QueueConversion':
      if (state.status !== 'requested') return [];
      return [{ type: 'ConversionQueued', data: { conversionId, userId, queue: requireNonEmpty(command.queue, 'queue', 200), priority: command.priority } }];
    case 'StartConversion':
      requireAttempt(command.attempt);
      // A completed but undelivered conversion (the upload failed, the worker died) may start over.
      if (isConversionClosed(state)) throw closed();
      if (command.attempt <= state.attempt) return [];
      return [{ type: 'ConversionStarted', data: { conversionId, userId, attempt: command.attempt, worker: requireNonEmpty(command.worker, 'worker', 200) } }];
    case 'RecordDownload': {
      requireCurrentAttempt(command.attempt, state);
      if (state.status === 'downloaded' || state.status === 'completed') return [];
      if (state.status !== 'started') throw closed();
      const { attempt, title, durationSeconds, bytes } = command;
      return [{ type: 'MediaDownloaded', data: { conversionId, userId, attempt, title: title.slice(0, 300), durationSeconds, bytes } }];
    }
    case 'CompleteConversion': {
      requireCurrentAttempt(command.attempt, state);
      if (state.status === 'completed' || state.status === 'delivered') return [];
      if (state.status !== 'started' && state.status !== 'downloaded') throw closed();
      if (!Number.isInteger(command.parts) || command.parts < 1) throw invalid('parts must be at least 1');
      const { type: _t, commandId: _c, ...data } = command;
      return [{ type: 'ConversionCompleted', data: { ...data, userId } }];
    }
    case 'RecordDelivery': {
      if (state.status === 'delivered') return [];
      // A cache hit is delivered straight from the request; anything else after completion.
      const deliverable = command.cached ? state.status === 'requested' || state.status === 'queued' : state.status === 'completed';
      if (!deliverable) throw closed();
      if (!command.cached) requireCurrentAttempt(command.attempt ?? 0, state);
      if (command.fileIds.length === 0 || command.fileIds.some((id) => !id)) throw invalid('at least one Telegram file id is required');
      const { mediaId, format, enhance } = state.request!;
      return [{ type: 'AudioDelivered', data: { conversionId, userId, mediaId, format, enhance, fileIds: command.fileIds, cached: command.cached } }];
    }
    case 'FailConversion':
      if (state.status === 'failed') return [];
      if (state.status === 'delivered') throw closed();
      return [failed(conversionId, userId, command.reason, command.detail)];
    case 'CancelConversion':
      if (command.userId !== userId) throw new DomainError('invalid_command', 'no such conversion', { conversionId });
      if (state.status === 'failed') return [];
      // Once converted, the audio is on its way: too late to cancel (and to keep it for free).
      if (state.status === 'delivered' || state.status === 'completed') throw closed();
      return [failed(conversionId, userId, 'cancelled')];
  }
}

function request(command: RequestConversion, state: ConversionState): ConversionEvent[] {
  if (state.status !== 'none') return [];
  const { limits } = command;
  let url: URL;
  try {
    url = new URL(command.url);
  } catch {
    throw invalid('the link is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid('only http and https links are accepted');
  if (command.url.length > MAX_URL_LENGTH) throw invalid(`a link must be at most ${MAX_URL_LENGTH} characters`);
  if (!(AUDIO_FORMATS as readonly string[]).includes(command.format)) throw invalid(`format must be one of ${AUDIO_FORMATS.join(', ')}`);
  if (!(command.durationSeconds > 0) || !Number.isFinite(command.durationSeconds)) throw invalid('the media has no known duration');
  // `details.limit` names the tier limit a refusal is about.
  if (command.durationSeconds > limits.maxDurationSeconds) {
    throw invalid('the media is longer than the tier allows', { limit: 'maxDurationSeconds', durationSeconds: command.durationSeconds, maxDurationSeconds: limits.maxDurationSeconds });
  }
  if (command.estimatedBytes !== undefined && command.estimatedBytes > limits.maxBytes) {
    throw invalid('the media is larger than the tier allows', { limit: 'maxBytes', estimatedBytes: command.estimatedBytes, maxBytes: limits.maxBytes });
  }
  if (command.enhance && !limits.enhancement) throw invalid('enhancement is not part of this tier', { limit: 'enhancement', tier: command.tier });
  const price = conversionPrice(command.durationSeconds, command.enhance);
  if (command.price !== price) throw invalid('price does not match the media', { price: command.price, expected: price });
  const { type: _t, commandId: _c, limits: _l, estimatedBytes: _b, cachedFileIds, ...data } = command;
  const requested: ConversionRequested = {
    type: 'ConversionRequested',
    data: { ...data, mediaId: requireNonEmpty(command.mediaId, 'mediaId', 300), title: normalizeText(command.title, { multiline: false }).slice(0, 300) || 'audio' },
  };
  if (!cachedFileIds) return [requested];
  if (cachedFileIds.length === 0 || cachedFileIds.some((id) => !id)) throw invalid('at least one Telegram file id is required');
  const { conversionId, userId, mediaId, format, enhance } = requested.data;
  return [requested, { type: 'AudioDelivered', data: { conversionId, userId, mediaId, format, enhance, fileIds: cachedFileIds, cached: true } }];
}

function requireAttempt(attempt: number): void {
  if (!Number.isInteger(attempt) || attempt < 1) throw invalid('attempt must be a positive whole number');
}

function requireCurrentAttempt(attempt: number, state: ConversionState): void {
  requireAttempt(attempt);
  // A stale attempt (a worker that was presumed dead and came back) must not write over a newer one.
  if (attempt !== state.attempt) throw new DomainError('invalid_command', 'a newer attempt owns this conversion', { attempt, current: state.attempt });
}

const failed = (conversionId: string, userId: string, reason: ConversionFailureReason, detail?: string): ConversionFailed => ({
  type: 'ConversionFailed',
  data: { conversionId, userId, reason, ...(detail ? { detail: detail.slice(0, 500) } : {}) },
});

function evolve(state: ConversionState, event: ConversionEvent): ConversionState {
  switch (event.type) {
    case 'ConversionRequested':
      return { status: 'requested', request: event.data, attempt: 0 };
    case 'ConversionQueued':
      return { ...state, status: 'queued' };
    case 'ConversionStarted':
      return { ...state, status: 'started', attempt: event.data.attempt };
    case 'MediaDownloaded':
      return { ...state, status: 'downloaded' };
    case 'ConversionCompleted':
      return { ...state, status: 'completed', completed: event.data };
    case 'AudioDelivered':
      return { ...state, status: 'delivered' };
    case 'ConversionFailed':
      return { ...state, status: 'failed', failure: { reason: event.data.reason, ...(event.data.detail ? { detail: event.data.detail } : {}) } };
  }
}

export const conversion: Decider<ConversionCommand, ConversionEvent, ConversionState> = {
  name: 'Conversion',
  initialState: () => ({ status: 'none', attempt: 0 }),
  evolve,
  decide,
};
