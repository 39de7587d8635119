/**
 * The interview figures: offers, the time to the offer and to the interview, interviews completed
 * and completed within the window, what the child decided and the reasons given for declining.
 *
 * The window is the ruleset's `offerWithinHours` from the return (72 hours in England), the one
 * the engine's `rhi.interviewDueBy` uses: the statutory guidance asks for the interview itself
 * within 72 hours, not only the offer. An offer at hour 10 and an interview at hour 120 is an
 * offer in time and an interview out of it.
 */
import { HoursHistogram } from './hours-histogram.js';
import { oneDecimal, percentOf } from './report-arithmetic.js';
import { ReasonTally } from './reason-tally.js';
import { instantOf } from './record-instants.js';
import type { LabelledCount, ServiceReport } from './service-report.js';

const HOUR = 3_600_000;

export type InterviewOutcome = 'accepted' | 'declined' | 'not-contactable' | 'not-offered';

/** Interview outcomes in the order every rendering lists them; `not-recorded` for a record without one. */
export const interviewOutcomeKeys = ['accepted', 'declined', 'not-contactable', 'not-offered', 'not-recorded'] as const;
export type InterviewOutcomeKey = (typeof interviewOutcomeKeys)[number];

/** The interview section of the answers, as the schema allows it. */
export interface InterviewAnswers {
  offeredAt?: string;
  outcome?: InterviewOutcome;
  outcomeReason?: string;
  conductedAt?: string;
  interviewerRole?: string;
  welshOffered?: boolean;
  delayReason?: string;
}

/**
 * Whether an interview was completed within the window: the one test the breakdowns share. The
 * engine's interview clock (`rhi.interviewWithinWindow`) draws the same line: held no earlier than
 * the return and no later than the return + offerWithinHours.
 */
export function completedWithinWindow(conductedAt: number | undefined, returnedAt: number | undefined, withinHours: number): boolean {
  // Without both times an interview cannot be shown to be in time; one before the return is a mistake in the record.
  return conductedAt !== undefined && returnedAt !== undefined && conductedAt >= returnedAt && conductedAt <= returnedAt + withinHours * HOUR;
}

export interface InterviewLabels {
  outcome(key: InterviewOutcomeKey): string;
  delayReason(id: string): string;
}

export class InterviewTally {
  private offered = 0;
  private offeredInTime = 0;
  private completed = 0;
  private completedInTime = 0;
  private episodesCovered = 0;
  private readonly outcomes = { accepted: 0, declined: 0, 'not-contactable': 0, 'not-offered': 0, notRecorded: 0 };
  private readonly declineReasons: ReasonTally;
  private readonly delayReasons = new Map<string, number>();
  private readonly timeToInterview = new HoursHistogram();
  /** One histogram per outcome, made when the outcome first has a timed interview (about 240 KB each). */
  private readonly timeByOutcome = new Map<InterviewOutcomeKey, HoursHistogram>();

  constructor(
    private readonly offerWithinHours: number,
    reasonLimit?: number,
  ) {
    this.declineReasons = new ReasonTally(reasonLimit);
  }

  /** Adds one record's interview; `episodesCovered` is its own episode and the earlier ones its interview covered. */
  add(interview: InterviewAnswers | undefined, returnedAt: number | undefined, episodesCovered = 1): void {
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
    const inTime = completedWithinWindow(conductedAt, returnedAt, this.offerWithinHours);
    if (conductedAt !== undefined) {
      this.completed += 1;
      this.episodesCovered += episodesCovered;
      if (inTime) this.completedInTime += 1;
    }
    // Why the interview was not within the window, when the record says: late, or not held at all.
    if (!inTime && interview?.delayReason !== undefined) this.delayReasons.set(interview.delayReason, (this.delayReasons.get(interview.delayReason) ?? 0) + 1);

    if (conductedAt !== undefined && returnedAt !== undefined && conductedAt >= returnedAt) {
      const duration = conductedAt - returnedAt;
      this.timeToInterview.add(duration);
      const key: InterviewOutcomeKey = outcome ?? 'not-recorded';
      let histogram = this.timeByOutcome.get(key);
      if (!histogram) this.timeByOutcome.set(key, (histogram = new HoursHistogram()));
      histogram.add(duration);
    }
  }

  figures(words: { otherReasons: string; noReasonRecorded: string }, labels: InterviewLabels): ServiceReport['interviews'] {
    const median = this.timeToInterview.medianHours();
    const hours = (value: number | null) => (value === null ? null : oneDecimal(value));
    const delayReasons: LabelledCount[] = [...this.delayReasons]
      .map(([id, count]) => ({ id, label: labels.delayReason(id), count }))
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
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
      medianHoursFromReturnToInterview: hours(median),
      interviewsTimed: this.timeToInterview.count,
      completed: this.completed,
      completedWithinWindow: this.completedInTime,
      completedWithinWindowPercent: percentOf(this.completedInTime, this.completed),
      episodesCoveredByCompleted: this.episodesCovered,
      medianHoursByOutcome: interviewOutcomeKeys
        .filter((key) => this.timeByOutcome.has(key))
        .map((key) => {
          const histogram = this.timeByOutcome.get(key)!;
          return { outcome: key, label: labels.outcome(key), interviewsTimed: histogram.count, medianHours: hours(histogram.medianHours()) };
        }),
      notWithinWindowReasons: delayReasons,
    };
  }
}
