import { randomInt } from 'node:crypto';
import { DECK, DomainError, drawCards, Language, Preferences, ReadingFailureReason, Spread } from '@app/domain';
import { Commands, deterministicId, Interpreter, InterpretationError } from '@app/infrastructure';
import type { CommandContext, Logger } from '@app/infrastructure';
import type { Telegram } from 'telegraf';
import { StreamingMessage } from '../delivery/streaming-message';
import { withRetryAfter } from '@app/infrastructure';
import { t } from '../i18n';

export interface ReadingRequest {
  /** Derived from the Telegram update, so a re-delivered update maps to the same reading. */
  readingId: string;
  userId: string;
  chatId: number;
  spread: Spread;
  question: string;
  language: Language;
  preferences: Preferences;
}

export interface ReadingFlowDeps {
  commands: Commands;
  interpreter: Interpreter;
  telegram: Telegram;
  logger: Logger;
  reservationTtlSeconds: number;
  renderSpread?: (spread: Spread, cards: { cardId: string; reversed: boolean }[]) => Promise<Buffer>;
  streamIntervalMs?: number;
}

export type ReadingOutcome = { kind: 'delivered' } | { kind: 'duplicate' } | { kind: 'insufficient'; needed: number; available: number } | { kind: 'failed'; reason: ReadingFailureReason };

/**
 * One reading, start to finish: reserve the spread's price, record the request, draw, show the
 * spread, stream the interpretation, then capture. Any failure after the reservation records
 * ReadingFailed and releases the credits: nothing is captured for a reading the user did not get.
 */
export async function runReading(request: ReadingRequest, deps: ReadingFlowDeps): Promise<ReadingOutcome> {
  const { commands, telegram } = deps;
  const { readingId, userId, spread, language } = request;
  const context: CommandContext = { actor: { kind: 'user', id: userId }, correlationId: readingId };
  const id = (step: string) => deterministicId(`${readingId}:${step}`);

  try {
    await commands.ledger(
      {
        type: 'ReserveCredits',
        commandId: id('reserve'),
        userId,
        reservationId: readingId,
        amount: spread.price,
        purpose: `reading:${readingId}`,
        expiresAt: new Date(Date.now() + deps.reservationTtlSeconds * 1000).toISOString(),
      },
      context,
    );
  } catch (error) {
    if (error instanceof DomainError && error.code === 'insufficient_credits') {
      return { kind: 'insufficient', needed: spread.price, available: Number(error.details.available ?? 0) };
    }
    throw error;
  }

  const fail = async (reason: ReadingFailureReason, detail?: string): Promise<ReadingOutcome> => {
    await commands.tarotReading({ type: 'FailReading', commandId: id('fail'), readingId, reason, ...(detail ? { detail } : {}) }, context).catch(() => undefined);
    await commands.ledger({ type: 'ReleaseReservation', commandId: id('release'), userId, reservationId: readingId, reason }, context);
    await withRetryAfter(() => telegram.sendMessage(request.chatId, t(language, `readingFailed.${reason}`, { price: spread.price }))).catch(() => undefined);
    return { kind: 'failed', reason };
  };

  let stage = 'request';
  try {
    const requested = await commands.tarotReading(
      {
        type: 'RequestReading',
        commandId: id('request'),
        readingId,
        userId,
        spreadId: spread.id,
        question: request.question,
        language,
        deck: request.preferences.deck,
        reversals: request.preferences.reversals,
        reservationId: readingId,
        price: spread.price,
        cards: drawCards(spread, DECK, request.preferences, randomInt),
      },
      context,
    );
    if (requested.appended.length === 0) {
      // A re-delivered update for a reading already under way or done: do nothing twice.
      return { kind: 'duplicate' };
    }
    const cards = requested.state.cards!;

    stage = 'picture';
    if (deps.renderSpread) {
      const png = await deps.renderSpread(spread, cards);
      await withRetryAfter(() => telegram.sendPhoto(request.chatId, { source: png, filename: `${spread.id}.png` }));
    }

    stage = 'interpret';
    const message = new StreamingMessage(telegram, request.chatId, deps.streamIntervalMs);
    message.start(t(language, 'reading'));
    let interpretation;
    try {
      interpretation = await deps.interpreter.interpret(
        { readingId, spread, cards, question: request.question, language },
        (soFar) => message.update(soFar),
      );
    } catch (error) {
      if (error instanceof InterpretationError) {
        deps.logger.warn({ readingId, reason: error.reason, err: error.message }, 'interpretation failed');
        return await fail(error.reason, error.message.slice(0, 300));
      }
      throw error;
    }
    await commands.tarotReading(
      { type: 'RecordInterpretation', commandId: id('interpretation'), readingId, text: interpretation.text, source: interpretation.source, ...(interpretation.model ? { model: interpretation.model } : {}) },
      context,
    );

    stage = 'deliver';
    try {
      await message.finish(interpretation.text);
    } catch (error) {
      deps.logger.warn({ readingId, err: error }, 'reading delivery failed');
      return await fail('delivery_failed');
    }
    await commands.tarotReading({ type: 'MarkReadingDelivered', commandId: id('delivered'), readingId }, context);
    await commands.ledger({ type: 'CaptureReservation', commandId: id('capture'), userId, reservationId: readingId }, context);
    return { kind: 'delivered' };
  } catch (error) {
    deps.logger.error({ readingId, stage, err: error }, 'reading failed');
    return fail('internal', `${stage}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300));
  }
}

