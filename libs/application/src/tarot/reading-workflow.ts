import { randomInt } from 'node:crypto';
import { availableOf, CreditLedgerState, DECK, DomainError, drawCards, Language, Preferences, ReadingFailureReason, Spread } from '@app/domain';
import { Commands, deterministicId, Interpretation, Interpreter, InterpretationError } from '@app/infrastructure';
import type { AggregateRunner, CommandContext, Logger } from '@app/infrastructure';
import { creditsFor } from '../credits/credit-check';
import { reserveForService } from '../credits/reserve';
import type { ReadingPresenter, ReadingText } from './reading-presenter';

export interface ReadingRequest {
  /** Derived by the channel from what asked for it, so a request delivered twice maps to the same reading. */
  readingId: string;
  userId: string;
  spread: Spread;
  question: string;
  language: Language;
  preferences: Preferences;
}

/** Draws the spread's picture (a PNG) from its cards, its names in the reader's language. */
export type SpreadRenderer = (spread: Spread, cards: { cardId: string; reversed: boolean; position?: string }[], language: Language) => Promise<Buffer>;

export interface ReadingDeps {
  commands: Commands;
  /** For the balance check before anything is recorded. */
  runner: AggregateRunner;
  interpreter: Interpreter;
  logger: Logger;
  reservationTtlSeconds: number;
  /** Absent, no picture is shown. */
  renderSpread?: SpreadRenderer;
}

export type ReadingOutcome = { kind: 'delivered' } | { kind: 'duplicate' } | { kind: 'insufficient'; needed: number; available: number } | { kind: 'failed'; reason: ReadingFailureReason };

/**
 * One reading, start to finish: reserve the spread's price, then record the request with its cards
 * (with the offline composer, its text too), show the spread, stream the interpretation,
 * then mark it delivered (the reading-settlement process manager captures the credits from that).
 * Any failure after the reservation records ReadingFailed and releases the credits: nothing is
 * captured for a reading the user did not get. What the user sees goes through `presenter`; a
 * shortfall is returned (the channel words it, with its way to get credits), not presented.
 */
export async function runReading(request: ReadingRequest, presenter: ReadingPresenter, deps: ReadingDeps): Promise<ReadingOutcome> {
  const { commands } = deps;
  const { readingId, userId, spread, language } = request;
  const context: CommandContext = { actor: { kind: 'user', id: userId }, correlationId: readingId };
  const id = (step: string) => deterministicId(`${readingId}:${step}`);

  /** Where the interpretation streams, once it has a place. */
  let text: ReadingText | undefined;
  /**
   * Tells the user the reading failed. Text streamed before the failure (a partial or blocked
   * answer) is replaced by the notice: what the user was not charged for does not stay on screen.
   */
  const notify = async (reason: ReadingFailureReason): Promise<ReadingOutcome> => {
    const failure = { reason, spread };
    await (text ? text.replaceWithFailure(failure) : presenter.notifyFailure(failure)).catch(() => undefined);
    return { kind: 'failed', reason };
  };
  const fail = async (reason: ReadingFailureReason, detail?: string): Promise<ReadingOutcome> => {
    await commands.tarotReading({ type: 'FailReading', commandId: id('fail'), readingId, reason, ...(detail ? { detail } : {}) }, context).catch(() => undefined);
    await commands.ledger({ type: 'ReleaseReservation', commandId: id('release'), userId, reservationId: readingId, reason }, context);
    return notify(reason);
  };

  // Not enough credits: say so before anything is recorded (credits spent elsewhere meanwhile make
  // the reservation refuse; nothing is recorded then either). A reading seen before has its
  // reservation already: carry on, and both appends are no-ops.
  const enough = (ledger: CreditLedgerState) => ledger.reservations.has(readingId) || availableOf(ledger) >= spread.price;
  const ledger = await creditsFor(deps.runner, userId, enough);
  if (!enough(ledger)) return { kind: 'insufficient', needed: spread.price, available: availableOf(ledger) };

  const cards = drawCards(spread, DECK, request.preferences, randomInt);
  // The offline composer needs nothing but the cards: its text is recorded with the request (if it
  // cannot write it, the reading goes the usual way and fails there, releasing the credits).
  let composed: Interpretation | undefined;
  try {
    composed = deps.interpreter.composeNow?.({ readingId, spread, cards, question: request.question, language });
  } catch (error) {
    deps.logger.error({ readingId, err: error }, 'offline composer failed');
  }
  const reserve = () =>
    reserveForService(
      commands,
      { userId, serviceId: readingId, kind: 'reading', amount: spread.price, ttlSeconds: deps.reservationTtlSeconds, commandId: id('reserve') },
      context,
    );
  const record = () =>
    commands.tarotReading(
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
        cards,
        ...(composed ? { interpretation: composed } : {}),
      },
      context,
    );

  // The picture is drawn while the reservation and the request are committed (once the first
  // append is on its way), and shown only once the request is recorded.
  const render = deps.renderSpread;
  const picture = render ? new Promise<void>((resolve) => setImmediate(resolve)).then(() => render(spread, cards, language)) : undefined;
  picture?.catch(() => undefined);

  // The credits first: a reading whose price cannot be reserved (spent elsewhere since the check
  // above, or an outage) leaves nothing in the log. (A reservation whose answer was lost expires.)
  try {
    await reserve();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'insufficient_credits') {
      return { kind: 'insufficient', needed: spread.price, available: Number(error.details.available ?? 0) };
    }
    deps.logger.error({ readingId, err: error }, 'reservation failed');
    return notify('internal');
  }

  let stage = 'request';
  try {
    const requested = await record();
    if (requested.appended.length === 0) {
      // A request delivered again for a reading already under way or done: do nothing twice.
      return { kind: 'duplicate' };
    }

    stage = 'picture';
    if (picture) await presenter.showSpread(await picture, spread);

    stage = 'interpret';
    text = presenter.openText();
    const streaming = text;
    let interpretation = composed;
    if (!interpretation) {
      streaming.waiting();
      try {
        interpretation = await deps.interpreter.interpret(
          { readingId, spread, cards, question: request.question, language },
          (soFar) => streaming.update(soFar),
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
    }

    stage = 'deliver';
    try {
      await streaming.finish(interpretation.text);
    } catch (error) {
      deps.logger.warn({ readingId, err: error }, 'reading delivery failed');
      return await fail('delivery_failed');
    }
    // The credits are captured from the log by the reading-settlement process manager once this
    // is recorded (never for a reading the log does not show as delivered).
    await commands.tarotReading({ type: 'MarkReadingDelivered', commandId: id('delivered'), readingId }, context);
    return { kind: 'delivered' };
  } catch (error) {
    deps.logger.error({ readingId, stage, err: error }, 'reading failed');
    return fail('internal', `${stage}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300));
  }
}
