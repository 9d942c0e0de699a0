import { creditLedger, creditsStream } from '@app/domain';
import type { CreditLedgerState } from '@app/domain';
import type { AggregateRunner } from '@app/infrastructure';

/**
 * The user's credits for a check before anything is reserved: this process's cached fold when it
 * already shows `enough`, else the stream brought up to date, so a shortfall is never said on
 * stale state. The charge itself is decided by the ledger's decider when ReserveCredits is
 * appended under the stream's expected revision, so trusting a cache that shows enough is safe.
 */
export async function creditsFor(runner: AggregateRunner, userId: string, enough: (ledger: CreditLedgerState) => boolean): Promise<CreditLedgerState> {
  const { state } = await runner.state(creditLedger, creditsStream(userId), { cached: true });
  if (enough(state)) return state;
  return (await runner.state(creditLedger, creditsStream(userId))).state;
}
