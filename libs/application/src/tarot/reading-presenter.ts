import type { ReadingFailureReason, Spread } from '@app/domain';

/** Why a reading failed, for the channel to word (with the price it tells the user was not charged). */
export interface ReadingFailure {
  reason: ReadingFailureReason;
  spread: Spread;
}

/**
 * How a channel shows a reading as it happens. The workflow decides what is shown and when; the
 * presenter owns the words (the channel's texts, in the user's language) and the delivery.
 */
export interface ReadingPresenter {
  /** Shows the spread's picture (a PNG). A failure fails the reading. */
  showSpread(picture: Buffer, spread: Spread): Promise<void>;
  /** The place the interpretation is shown in; nothing is shown until it is told. */
  openText(): ReadingText;
  /** Tells the user the reading failed, when nothing of its text was shown. */
  notifyFailure(failure: ReadingFailure): Promise<void>;
}

/** The interpretation as it streams in. */
export interface ReadingText {
  /** The text is still to be written: the channel may show that it is coming. */
  waiting(): void;
  /** The text so far (the channel shows it when it can; never throws). */
  update(soFar: string): void;
  /** Shows the whole text. A failure fails the reading as undelivered. */
  finish(text: string): Promise<void>;
  /** Puts the failure notice in place of whatever was shown: what was not charged for does not stay. */
  replaceWithFailure(failure: ReadingFailure): Promise<void>;
}
