import type { AudioFormat } from '@app/domain';
import type { LinkPreview } from '@app/infrastructure';

/** A preview waiting for the user's choice: what the link leads to, the format and enhancement chosen. */
export interface PendingConversion extends LinkPreview {
  format: AudioFormat;
  enhance: boolean;
  createdAt: number;
}

/**
 * Port: where previews wait between the link and the confirm (the bot keeps them in PostgreSQL).
 * A preview is claimed once, so a double tap or a re-delivered update confirms it once.
 */
export interface PendingConversions {
  save(userId: string, previewId: string, pending: PendingConversion): Promise<void>;
  load(userId: string, previewId: string): Promise<PendingConversion | undefined>;
  /** Takes the preview for confirmation; `'claimed'` when a concurrent or earlier confirm already took it. */
  claim(userId: string, previewId: string): Promise<PendingConversion | 'claimed' | undefined>;
  /** Puts a claimed preview back (changed), to be confirmed again. */
  reopen(userId: string, previewId: string, pending: PendingConversion): Promise<void>;
  delete(userId: string, previewId: string): Promise<void>;
}
