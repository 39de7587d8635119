/**
 * The interview figures: offers, the time to the offer and to the interview, what the child
 * decided and the reasons given for declining.
 */
import { HoursHistogram } from './hours-histogram.js';
import { oneDecimal, percentOf } from './report-arithmetic.js';
import { ReasonTally } from './reason-tally.js';
import { instantOf } from './record-instants.js';
import type { ServiceReport } from './service-report.js';

const HOUR = 3_600_000;

/** The interview section of the answers, as the schema allows it. */
export interface InterviewAnswers {
  offeredAt?: string;
  outcome?: 'accepted' | 'declined' | 'not-contactable' | 'not-offered';
  outcomeReason?: string;
  conductedAt?: string;
}

export class InterviewTally {
  private offered = 0;
  private offeredInTime = 0;
  private readonly outcomes = { accepted: 0, declined: 0, 'not-contactable': 0, 'not-offered': 0, notRecorded: 0 };
  private readonly declineReasons: ReasonTally;
  private readonly timeToInterview = new HoursHistogram();

  constructor(
    private readonly offerWithinHours: number,
    reasonLimit?: number,
  ) {
    this.declineReasons = new ReasonTally(reasonLimit);
  }

  add(interview: InterviewAnswers | undefined, returnedAt: number | undefined): void {
    const outcome = interview?.outcome;
    if (outcome === undefined) this.outcomes.notRecorded += 1;
    else this.outcomes[outcome] += 1;
    if (outcome === 'declined') this.declineReasons.add(interview?.outcomeReason);

    const offeredAt = instantOf(interview?.offeredAt);
    // An interview accepted or declined was offered, even when the time of the offer is not recorded.
    if (offeredAt !== undefined || outcome === 'accepted' || outcome === 'declined') {
      this.offered += 1;
      // Without both times an offer cannot be shown to be in time, so it is not counted as in time.
      if (offeredAt !== undefined && returnedAt !== undefined && offeredAt <= returnedAt + this.offerWithinHours * HOUR) this.offeredInTime += 1;
    }

    const conductedAt = instantOf(interview?.conductedAt);
    if (conductedAt !== undefined && returnedAt !== undefined && conductedAt >= returnedAt) this.timeToInterview.add(conductedAt - returnedAt);
  }

  figures(words: { otherReasons: string; noReasonRecorded: string }): ServiceReport['interviews'] {
    const median = this.timeToInterview.medianHours();
    return {
      offered: this.offered,
      offeredWithin72Hours: this.offeredInTime,
      offeredWithin72HoursPercent: percentOf(this.offeredInTime, this.offered),
      accepted: this.outcomes.accepted,
      declined: this.outcomes.declined,
      declineReasons: this.declineReasons.counts(words),
      notContactable: this.outcomes['not-contactable'],
      notOffered: this.outcomes['not-offered'],
      outcomeNotRecorded: this.outcomes.notRecorded,
      offerWithinHours: this.offerWithinHours,
      medianHoursFromReturnToInterview: median === null ? null : oneDecimal(median),
      interviewsTimed: this.timeToInterview.count,
    };
  }
}
