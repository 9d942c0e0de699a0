import { conversion, conversionPrice, conversionStream, DomainError, RequestConversion, TierLimits } from '@app/domain';
import { deterministicId } from '@app/infrastructure';
import type { CommandContext, Commands, Logger } from '@app/infrastructure';
import { reserveForService } from '../credits/reserve';
import { AudioSender, CachedAudioSource, resendCachedAudio } from './cached-audio';
import type { PendingConversion, PendingConversions } from './pending';
import { tierInForce, TierInForceDeps } from '../subscriptions/tier';

export interface ConfirmConversionDeps extends TierInForceDeps {
  commands: Commands;
  pending: PendingConversions;
  cache: CachedAudioSource;
  audio: AudioSender;
  reservationTtlSeconds: number;
  logger: Logger;
}

export interface ConfirmConversionInput {
  userId: string;
  previewId: string;
  chatId: number;
  /** The preview's message: it becomes the status message the worker edits. */
  statusMessageId: number;
}

/** Port: how a channel shows each outcome of a confirm. Called at most once per confirm, except as noted. */
export interface ConfirmPresenter {
  /** The preview is gone (expired, cancelled, or never was). */
  expired(): Promise<void>;
  /** The preview asked for enhancement the tier in force no longer has: it is open again, without it. */
  enhancementGone(preview: { previewId: string; pending: PendingConversion; limits: TierLimits }): Promise<void>;
  /** The conversion's rules refused it (too long, too large for the tier…): nothing was reserved or recorded. */
  refused(refusal: { error: DomainError; pending: PendingConversion; limits: TierLimits }): Promise<void>;
  /**
   * The credits do not cover the price: nothing was reserved, the preview is open again.
   * `withoutEnhancement` is the price without enhancement when that one fits.
   */
  insufficient(shortfall: { needed: number; available: number; withoutEnhancement?: number }): Promise<void>;
  /** Served from the cache: re-sent, charged, recorded as delivered. */
  deliveredFromCache(delivery: { conversionId: string; title: string; price: number }): Promise<void>;
  /**
   * About to be queued: called before the request is recorded, so the worker (which may take the
   * job within milliseconds) is always the later editor of the status message.
   */
  queued(queued: { conversionId: string }): Promise<void>;
}

export type ConfirmOutcome = 'claimed' | 'expired' | 'enhancement_gone' | 'refused' | 'insufficient' | 'cached' | 'requested' | 'already_requested';

/** The conversion's id, derived from the preview: pressing confirm twice (or a re-delivered update) is one conversion. */
export function conversionIdFor(userId: string, previewId: string): string {
  return deterministicId(`conversion:${userId}:${previewId}`);
}

/**
 * Confirms a preview: priced, checked against the tier in force now (the account brought up to
 * date, by the conversion decider's own rules, before anything is reserved), the credits
 * reserved with an expiry, then either served from the cache (re-sent, recorded as requested and
 * delivered in one append, never queued) or requested (the enqueuer queues it). A request that
 * certainly was not recorded releases its reservation; once recorded, settlement does.
 */
export async function confirmConversion(deps: ConfirmConversionDeps, input: ConfirmConversionInput, presenter: ConfirmPresenter): Promise<ConfirmOutcome> {
  const { userId, previewId, chatId } = input;
  // Claimed once: a double tap or a re-delivered update finds nothing and changes nothing.
  const pending = await deps.pending.claim(userId, previewId);
  if (pending === 'claimed') return 'claimed';
  if (!pending) {
    await presenter.expired();
    return 'expired';
  }
  // The preview is re-checked against the tier in force now: one opened under another tier may no longer fit it.
  const { tier, limits } = await tierInForce(deps, userId);
  if (pending.enhance && !limits.enhancement) {
    const redrawn = { ...pending, enhance: false };
    await deps.pending.reopen(userId, previewId, redrawn);
    await presenter.enhancementGone({ previewId, pending: redrawn, limits });
    return 'enhancement_gone';
  }
  const enhance = pending.enhance;
  const price = conversionPrice(pending.durationSeconds, enhance);
  const conversionId = conversionIdFor(userId, previewId);
  const context: CommandContext = { actor: { kind: 'user', id: userId }, correlationId: conversionId };
  const request: RequestConversion = {
    type: 'RequestConversion',
    commandId: deterministicId(`${conversionId}:request`),
    conversionId,
    userId,
    chatId,
    statusMessageId: input.statusMessageId,
    url: pending.url,
    mediaId: pending.mediaId,
    title: pending.title,
    durationSeconds: pending.durationSeconds,
    format: pending.format,
    enhance,
    tier,
    reservationId: conversionId,
    price,
    limits,
    ...(pending.estimatedBytes !== undefined ? { estimatedBytes: pending.estimatedBytes } : {}),
  };
  // The conversion's own rules (the tier's length, size and enhancement limits among them) are
  // asked before anything is reserved: a refusal reserves nothing and records nothing.
  try {
    conversion.decide(request, conversion.initialState());
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    await deps.pending.delete(userId, previewId);
    await presenter.refused({ error, pending, limits });
    return 'refused';
  }
  try {
    await reserveForService(
      deps.commands,
      { userId, serviceId: conversionId, kind: 'conversion', amount: price, ttlSeconds: deps.reservationTtlSeconds, commandId: deterministicId(`${conversionId}:reserve`) },
      context,
    );
  } catch (error) {
    if (error instanceof DomainError && error.code === 'insufficient_credits') {
      // Nothing was reserved: the preview goes back to its buttons, to be changed (a cheaper
      // choice) or confirmed once credits arrive; the answer says what fits, if anything does.
      await deps.pending.reopen(userId, previewId, pending);
      const available = Number(error.details.available ?? 0);
      const plain = conversionPrice(pending.durationSeconds, false);
      await presenter.insufficient({ needed: price, available, ...(enhance && plain <= available ? { withoutEnhancement: plain } : {}) });
      return 'insufficient';
    }
    throw error;
  }
  // Released only when the request certainly was not recorded (if it was, settlement releases).
  const release = async (reason: string) => {
    const { state } = await deps.runner.state(conversion, conversionStream(conversionId));
    if (state.status !== 'none') return;
    await deps.commands.ledger({ type: 'ReleaseReservation', commandId: deterministicId(`${conversionId}:release`), userId, reservationId: conversionId, reason }, context);
  };

  const cached = await resendCachedAudio(deps, { conversionId, chatId, mediaId: pending.mediaId, format: pending.format, enhance });
  if (cached) {
    try {
      await deps.commands.conversion({ ...request, cachedFileIds: cached }, context);
    } catch (error) {
      await release('request refused');
      throw error;
    }
    await presenter.deliveredFromCache({ conversionId, title: pending.title, price });
    return 'cached';
  }

  await presenter.queued({ conversionId });
  try {
    const outcome = await deps.commands.conversion(request, context);
    return outcome.appended.length === 0 ? 'already_requested' : 'requested';
  } catch (error) {
    await release('request refused');
    throw error;
  }
}
