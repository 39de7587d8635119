/**
 * Reads the outcomes out of whatever the host gave as `report`, without ever throwing: a report
 * that is not a version-1 service report becomes a list of problems the chart shows, each naming
 * the field, what it holds and what it should hold, so a web team can see what to fix.
 */
import { SERVICE_REPORT_KIND, SERVICE_REPORT_VERSION, type OutcomeChange, type OutcomeChanges } from './service-report.js';

/** What a field should hold: a kind of value the chart names in words, or one exact value. */
export type Expected = 'object' | 'list' | 'wholeNumber' | 'numberOrNull' | 'trueOrFalse' | 'text' | { exactly: unknown };

export type ReportProblem = { notObject: true } | { path: string; found: unknown; expected: Expected };

export type OutcomesReading =
  | { state: 'no-report' }
  | { state: 'not-readable'; problems: ReportProblem[] }
  | { state: 'no-pairs'; outcomes: OutcomeChanges }
  | { state: 'figures'; outcomes: OutcomeChanges };

type Checks = Record<string, Exclude<Expected, { exactly: unknown }>>;

const outcomesChecks: Checks = { youngPeople: 'wholeNumber', smallNumberThreshold: 'wholeNumber', items: 'list' };
const itemChecks: Checks = {
  outcome: 'text',
  label: 'text',
  youngPeople: 'wholeNumber',
  baselineAverage: 'numberOrNull',
  followUpAverage: 'numberOrNull',
  averagePercentChange: 'numberOrNull',
  smallNumber: 'trueOrFalse',
};

export function readOutcomes(report: unknown): OutcomesReading {
  if (report === undefined || report === null) return { state: 'no-report' };
  if (!isObject(report)) return { state: 'not-readable', problems: [{ notObject: true }] };
  // Kind and version first: a report of another kind is named as such, not picked apart field by field.
  const identity: ReportProblem[] = [];
  if (report.kind !== SERVICE_REPORT_KIND) identity.push({ path: 'kind', found: report.kind, expected: { exactly: SERVICE_REPORT_KIND } });
  if (report.version !== SERVICE_REPORT_VERSION) identity.push({ path: 'version', found: report.version, expected: { exactly: SERVICE_REPORT_VERSION } });
  if (identity.length > 0) return { state: 'not-readable', problems: identity };

  const { outcomes } = report;
  if (!isObject(outcomes)) return { state: 'not-readable', problems: [{ path: 'outcomes', found: outcomes, expected: 'object' }] };
  const problems = problemsIn(outcomes, outcomesChecks, 'outcomes');
  if (Array.isArray(outcomes.items)) {
    outcomes.items.forEach((item, index) => {
      const path = `outcomes.items[${index}]`;
      problems.push(...(isObject(item) ? problemsIn(item, itemChecks, path) : [{ path, found: item, expected: 'object' as const }]));
    });
  }
  if (problems.length > 0) return { state: 'not-readable', problems };

  const readable = outcomes as unknown as OutcomeChanges;
  const anyPairs = readable.youngPeople > 0 && readable.items.some((item: OutcomeChange) => item.youngPeople > 0);
  return anyPairs ? { state: 'figures', outcomes: readable } : { state: 'no-pairs', outcomes: readable };
}

function problemsIn(record: Record<string, unknown>, checks: Checks, base: string): ReportProblem[] {
  return Object.entries(checks)
    .filter(([name, expected]) => !holds(record[name], expected))
    .map(([name, expected]) => ({ path: `${base}.${name}`, found: record[name], expected }));
}

function holds(value: unknown, expected: Checks[string]): boolean {
  switch (expected) {
    case 'object':
      return isObject(value);
    case 'list':
      return Array.isArray(value);
    case 'wholeNumber':
      return Number.isSafeInteger(value) && (value as number) >= 0;
    case 'numberOrNull':
      return value === null || Number.isFinite(value);
    case 'trueOrFalse':
      return typeof value === 'boolean';
    case 'text':
      return typeof value === 'string';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
