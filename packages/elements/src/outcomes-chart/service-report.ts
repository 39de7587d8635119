/**
 * The part of the service report (`rhi report --format json`, version 1) the outcomes chart reads:
 * the average change per outcome between the ratings at the interview and after follow-up support,
 * as in the Railway Children study's "average % increase per outcome" table.
 */

/** The six areas of their life a young person rates from 1 to 5. */
export const outcomeIds = ['safeHappyHome', 'reducedRisk', 'familyRelationships', 'educationProspects', 'confidence', 'positiveFuture'] as const;
export type OutcomeId = (typeof outcomeIds)[number];

export const SERVICE_REPORT_KIND = 'rhi-service-report';
export const SERVICE_REPORT_VERSION = 1;

/** One outcome's figures. Averages are of ratings 1–5; null when there is nothing to average or divide by. */
export interface OutcomeChange {
  outcome: OutcomeId | string;
  /** The report's own label, in the report's language; the chart uses its own words for the six outcomes. */
  label: string;
  /** Young people with a rating for this outcome at both times. */
  youngPeople: number;
  baselineAverage: number | null;
  followUpAverage: number | null;
  /** Average over young people of (follow-up − baseline) / baseline × 100. */
  averagePercentChange: number | null;
  /** True when fewer than `smallNumberThreshold` young people give the figure. */
  smallNumber: boolean;
}

export interface OutcomeChanges {
  /** Young people with ratings at both times. */
  youngPeople: number;
  smallNumberThreshold: number;
  items: OutcomeChange[];
}

/** A service report as `rhi report --format json` writes it; the chart reads only `outcomes`. */
export interface ServiceReport {
  kind: typeof SERVICE_REPORT_KIND;
  version: typeof SERVICE_REPORT_VERSION;
  lang: 'en' | 'cy';
  outcomes: OutcomeChanges;
  [section: string]: unknown;
}
