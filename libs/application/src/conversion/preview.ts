import { AudioFormat, TierLimits } from '@app/domain';
import type { InspectResult, Logger } from '@app/infrastructure';
import { tierInForce, TierInForceDeps } from '../subscriptions/tier';
import type { PendingConversion, PendingConversions } from './pending';

/** Port: checks a link and what it leads to against a tier's limits (through the egress guard). */
export interface LinkInspection {
  inspect(url: string, limits: TierLimits): Promise<InspectResult>;
}

export interface PreviewDeps {
  inspector: LinkInspection;
  pending: PendingConversions;
  logger: Logger;
}

export type PreviewOutcome = { ok: true; pending: PendingConversion } | Extract<InspectResult, { ok: false }>;

/**
 * A link to convert: inspected under the tier's limits and, when it fits, kept as a preview
 * (mp3, no enhancement) waiting for the user's choice. Nothing is charged or recorded; a refusal
 * changes nothing.
 */
export async function previewConversion(deps: PreviewDeps, input: { userId: string; previewId: string; url: string; limits: TierLimits }): Promise<PreviewOutcome> {
  const result = await deps.inspector.inspect(input.url, input.limits);
  if (!result.ok) {
    deps.logger.info({ url: input.url, reason: result.reason, detail: result.detail }, 'link refused');
    return result;
  }
  const pending: PendingConversion = { ...result.preview, format: 'mp3', enhance: false, createdAt: Date.now() };
  await deps.pending.save(input.userId, input.previewId, pending);
  return { ok: true, pending };
}

/** A format (none: unchanged, the preview is redrawn) or enhancement on or off. */
export type PreviewChoice = { format?: AudioFormat } | { enhance: boolean };

/** Port: how a channel shows a change of the preview's options. */
export interface ChoicePresenter {
  /** Enhancement is not part of the tier in force: nothing changed. */
  notInTier(): Promise<void>;
  /** The choice is taken up (the channel acknowledges the press). */
  acknowledged(): Promise<void>;
  expired(): Promise<void>;
  /** The preview as it is now, under these limits. */
  changed(preview: { pending: PendingConversion; limits: TierLimits }): Promise<void>;
}

/**
 * Changes the format or the enhancement of a preview. Enhancement is offered only by the tiers
 * that have it (the tier in force); a preview shown under another tier is redrawn under this one.
 */
export async function choosePreviewOption(
  deps: TierInForceDeps & { pending: PendingConversions },
  input: { userId: string; previewId: string; choice: PreviewChoice },
  presenter: ChoicePresenter,
): Promise<void> {
  const { limits } = await tierInForce(deps, input.userId);
  if ('enhance' in input.choice && !limits.enhancement) return presenter.notInTier();
  await presenter.acknowledged();
  const pending = await deps.pending.load(input.userId, input.previewId);
  if (!pending) return presenter.expired();
  if ('enhance' in input.choice) pending.enhance = input.choice.enhance;
  else if (input.choice.format) pending.format = input.choice.format;
  if (!limits.enhancement) pending.enhance = false;
  await deps.pending.save(input.userId, input.previewId, pending);
  await presenter.changed({ pending, limits });
}
