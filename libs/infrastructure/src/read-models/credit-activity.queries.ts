import type { ConversionQueries } from './conversions.queries';
import type { CreditActivity } from './ledger-effects';
import type { ReadingQueries } from './readings.queries';

/** A line of credit history with what it paid for, where the read models know it already. */
export interface CreditActivityView extends CreditActivity {
  /** A reading's spread. */
  spreadId?: string;
  /** A conversion's audio. */
  audio?: { title: string; format: string };
}

/** Names what credits paid for from the readings and conversions queries; reads no table itself. */
export class CreditActivityQueries {
  constructor(
    private readonly readings: Pick<ReadingQueries, 'spreadsOf'>,
    private readonly conversions: Pick<ConversionQueries, 'audioOf'>,
  ) {}

  /** Names what the user's credits paid for: a reading's spread, a conversion's title and format. */
  async describeActivity(userId: string, activity: CreditActivity[]): Promise<CreditActivityView[]> {
    const ids = (kind: string) => activity.filter((a) => a.kind === kind && a.subjectId).map((a) => a.subjectId!);
    const [spreads, audio] = await Promise.all([this.readings.spreadsOf(userId, ids('reading')), this.conversions.audioOf(userId, ids('conversion'))]);
    return activity.map((a) => {
      const spreadId = a.kind === 'reading' && a.subjectId ? spreads.get(a.subjectId) : undefined;
      const file = a.kind === 'conversion' && a.subjectId ? audio.get(a.subjectId) : undefined;
      return { ...a, ...(spreadId ? { spreadId } : {}), ...(file ? { audio: file } : {}) };
    });
  }
}
