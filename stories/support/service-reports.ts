/**
 * Synthetic service reports (`rhi report --format json`, version 1) for `<rhi-outcomes-chart>`:
 * one per state the chart shows. Made up — no real young person's figures — and consistent
 * (each outcome's young people are at most the report's; smallNumber below the threshold). The
 * stories, the chart's browser tests and docs/outcomes-chart.md all use these.
 */
import type { OutcomeChange, ServiceReport } from '../../packages/elements/src/outcomes-chart/service-report.js';

const SMALL_NUMBER_THRESHOLD = 10;

function outcome(outcome: OutcomeChange['outcome'], label: string, youngPeople: number, baselineAverage: number | null, followUpAverage: number | null, averagePercentChange: number | null): OutcomeChange {
  return { outcome, label, youngPeople, baselineAverage, followUpAverage, averagePercentChange, smallNumber: youngPeople < SMALL_NUMBER_THRESHOLD };
}

function report(youngPeople: number, items: OutcomeChange[]): ServiceReport {
  return {
    kind: 'rhi-service-report',
    version: 1,
    lang: 'en',
    period: { from: '2026-04-01', to: '2027-03-31' },
    ruleset: { id: 'england', version: '2026.1' },
    outcomes: { youngPeople, smallNumberThreshold: SMALL_NUMBER_THRESHOLD, items },
  };
}

/** A year of a service: most outcomes better after follow-up, one resting on few young people and a little worse. */
export const typicalYear = report(46, [
  outcome('safeHappyHome', 'A safer, happier place to live', 44, 2.6, 3.4, 38.5),
  outcome('reducedRisk', 'Safety from harm', 45, 2.3, 3.2, 52.1),
  outcome('familyRelationships', 'Family relationships', 41, 2.9, 3.3, 21.4),
  outcome('educationProspects', 'Education prospects', 38, 2.7, 2.9, 12),
  outcome('confidence', 'Confidence and self-esteem', 43, 2.4, 3.1, 35.6),
  outcome('positiveFuture', 'Outlook on the future', 9, 3.1, 3, -2.7),
]);

/** A new service: every outcome from fewer than ten young people. */
export const firstMonths = report(7, [
  outcome('safeHappyHome', 'A safer, happier place to live', 7, 2.4, 3.1, 33.3),
  outcome('reducedRisk', 'Safety from harm', 7, 2.1, 2.9, 45.2),
  outcome('familyRelationships', 'Family relationships', 6, 3, 3.2, 8.3),
  outcome('educationProspects', 'Education prospects', 5, 2.6, 2.4, -6.7),
  outcome('confidence', 'Confidence and self-esteem', 7, 2.3, 2.9, 30),
  outcome('positiveFuture', 'Outlook on the future', 4, 2.8, 3.3, 20.8),
]);

/** A hard year: several outcomes worse after follow-up, and one nobody was rated on at both times. */
export const hardYear = report(23, [
  outcome('safeHappyHome', 'A safer, happier place to live', 22, 3.2, 2.8, -11.4),
  outcome('reducedRisk', 'Safety from harm', 23, 2.6, 2.9, 14.2),
  outcome('familyRelationships', 'Family relationships', 21, 3.4, 2.5, -24.6),
  outcome('educationProspects', 'Education prospects', 0, null, null, null),
  outcome('confidence', 'Confidence and self-esteem', 20, 2.9, 2.9, 0),
  outcome('positiveFuture', 'Outlook on the future', 18, 3, 2.6, -9.3),
]);

/** Interviews held, but no young person rated again after follow-up support yet. */
export const noFollowUpYet = report(0, [
  outcome('safeHappyHome', 'A safer, happier place to live', 0, null, null, null),
  outcome('reducedRisk', 'Safety from harm', 0, null, null, null),
  outcome('familyRelationships', 'Family relationships', 0, null, null, null),
  outcome('educationProspects', 'Education prospects', 0, null, null, null),
  outcome('confidence', 'Confidence and self-esteem', 0, null, null, null),
  outcome('positiveFuture', 'Outlook on the future', 0, null, null, null),
]);

/** Something else given as the report: an assessment, say, which has no kind or version. */
export const notAServiceReport: unknown = { rulesetId: 'england', riskLevel: 'high', reasons: [] };

/** A report from a later version the chart does not read. */
export const laterVersion: unknown = { ...typicalYear, version: 2 };
