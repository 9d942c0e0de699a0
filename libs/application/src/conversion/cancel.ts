import { DomainError } from '@app/domain';
import { deterministicId } from '@app/infrastructure';
import type { Commands } from '@app/infrastructure';

export interface CancelConversionDeps {
  commands: Commands;
  /** Port: takes a cancelled conversion's job off the queue (a running job sees the cancel itself). */
  removeJob(conversionId: string): Promise<void>;
}

export type CancelOutcome = { cancelled: true; price: number } | { cancelled: false; error: DomainError };

/**
 * The user cancels their conversion: recorded (the decider refuses another user's, or one that is
 * already closed), then taken off the queue if it has not started. Settlement releases the credits.
 */
export async function cancelConversion(deps: CancelConversionDeps, input: { userId: string; conversionId: string }): Promise<CancelOutcome> {
  const { userId, conversionId } = input;
  try {
    const outcome = await deps.commands.conversion(
      { type: 'CancelConversion', commandId: deterministicId(`cancel:${conversionId}`), conversionId, userId },
      { actor: { kind: 'user', id: userId }, correlationId: conversionId },
    );
    await deps.removeJob(conversionId);
    return { cancelled: true, price: outcome.state.request?.price ?? 0 };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { cancelled: false, error };
  }
}
