/**
 * The outcomes figures, as the Railway Children study measured them: for each outcome, over the
 * records rated both at the interview and after follow-up, the average rating at each time and the
 * average of each young person's change as a percentage of their rating at the interview.
 */
import { averageOf } from './report-arithmetic.js';
import { reportOutcomes, smallNumberThreshold, type OutcomeFigures, type ReportOutcome, type ServiceReport } from './service-report.js';

type Ratings = Partial<Record<ReportOutcome, number>>;

export interface OutcomeRatings {
  baseline?: Ratings;
  followUp?: Ratings;
}

interface Sums {
  youngPeople: number;
  baseline: number;
  followUp: number;
  percentChange: number;
}

export class OutcomeTally {
  private readonly sums = new Map<ReportOutcome, Sums>(reportOutcomes.map((outcome) => [outcome, { youngPeople: 0, baseline: 0, followUp: 0, percentChange: 0 }]));
  private youngPeople = 0;

  add(outcomes: OutcomeRatings | undefined): void {
    let rated = false;
    for (const outcome of reportOutcomes) {
      const baseline = outcomes?.baseline?.[outcome];
      const followUp = outcomes?.followUp?.[outcome];
      // The schema keeps ratings to 1–5, so a baseline is never 0 to divide by.
      if (baseline === undefined || followUp === undefined) continue;
      const sums = this.sums.get(outcome)!;
      sums.youngPeople += 1;
      sums.baseline += baseline;
      sums.followUp += followUp;
      sums.percentChange += ((followUp - baseline) / baseline) * 100;
      rated = true;
    }
    if (rated) this.youngPeople += 1;
  }

  figures(label: (outcome: ReportOutcome) => string): ServiceReport['outcomes'] {
    const items: OutcomeFigures[] = reportOutcomes.map((outcome) => {
      const sums = this.sums.get(outcome)!;
      return {
        outcome,
        label: label(outcome),
        youngPeople: sums.youngPeople,
        baselineAverage: averageOf(sums.baseline, sums.youngPeople),
        followUpAverage: averageOf(sums.followUp, sums.youngPeople),
        averagePercentChange: averageOf(sums.percentChange, sums.youngPeople),
        smallNumber: sums.youngPeople < smallNumberThreshold,
      };
    });
    return { youngPeople: this.youngPeople, smallNumberThreshold, items };
  }
}
