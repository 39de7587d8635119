/**
 * The children looked after return's (SSDA903) own checks on the Missing table, run on the rows
 * before they are written, so a council sees at once what the DfE's portal would refuse.
 * Each condition follows data-to-insight's csc-validator-be-903 (lac_validator/rules/, the
 * open implementation of the DfE's rules), compared on calendar days as the return holds them.
 * Rules that need the 903's Episodes or Header tables (577, 578, 581 …) cannot be run on
 * interview records; docs/exports.md lists them.
 */
import type { PlacedRow } from './placed-row.js';

export const checkedRules = ['1004', '1005', '1006', '564', '565', '566', '567', '570', '571', '574', '586'] as const;
export type RuleCode = (typeof checkedRules)[number];

export interface RuleFailure {
  rule: RuleCode;
  row: PlacedRow;
  /** For rule 574: the period it overlaps or that was still open. */
  previous?: PlacedRow;
}

/** The collection year the dates must fall in (rules 570, 571): the export's --from and --to. */
export interface CollectionYear {
  start: string | null;
  end: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (text: string) => DAY.test(text);

/** Rules about one row alone, in the validator's order. */
function rowFailures(row: PlacedRow, year: CollectionYear): RuleCode[] {
  const { missing, startDate: start, endDate: end } = row;
  // As the validator reads dates: a text that is not a day counts as no date in comparisons.
  const startDay = isDay(start) ? start : undefined;
  const endDay = isDay(end) ? end : undefined;
  const birthDay = isDay(row.dateOfBirth ?? '') ? row.dateOfBirth : undefined;
  const failed: RuleCode[] = [];
  if (startDay === undefined) failed.push('1004');
  if (end !== '' && endDay === undefined) failed.push('1005');
  if (!['M', 'A', ''].includes(missing)) failed.push('1006');
  if (missing !== '' && start === '') failed.push('564');
  if (start !== '' && missing === '') failed.push('565');
  if (missing === '' && end !== '') failed.push('566');
  if (startDay !== undefined && endDay !== undefined && startDay > endDay) failed.push('567');
  if (year.end !== null && startDay !== undefined && startDay > year.end) failed.push('570');
  if (endDay !== undefined && ((year.start !== null && endDay < year.start) || (year.end !== null && endDay > year.end))) failed.push('571');
  if (startDay !== undefined && birthDay !== undefined && startDay <= birthDay) failed.push('586');
  return failed;
}

/** Blank dates sort after every date, as pandas puts missing values last. */
function compareDays(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  return a < b ? -1 : 1;
}

/**
 * Rule 574: each child's periods sorted by end (an open one by its start) and then start; a
 * period fails when the one before it is still open or ends after it starts.
 */
function overlapFailures(rows: readonly PlacedRow[]): RuleFailure[] {
  const sorted = [...rows].sort(
    (a, b) =>
      compareDays(a.childId ?? '', b.childId ?? '') ||
      compareDays(a.endDate || a.startDate, b.endDate || b.startDate) ||
      compareDays(a.startDate, b.startDate),
  );
  const failures: RuleFailure[] = [];
  for (let index = 1; index < sorted.length; index += 1) {
    const previous = sorted[index - 1];
    const row = sorted[index];
    if (previous.childId !== row.childId) continue;
    const previousOpen = previous.endDate === '';
    const overlaps = row.startDate !== '' && previous.endDate !== '' && row.startDate < previous.endDate;
    if (previousOpen || overlaps) failures.push({ rule: '574', row, previous });
  }
  return failures;
}

/** Every failure of the checked rules, by line and then rule as the list above orders them. */
export function ssda903Failures(rows: readonly PlacedRow[], year: CollectionYear): RuleFailure[] {
  const failures: RuleFailure[] = [...rows.flatMap((row) => rowFailures(row, year).map((rule) => ({ rule, row }))), ...overlapFailures(rows)];
  const order = (failure: RuleFailure) => checkedRules.indexOf(failure.rule);
  return failures.sort((a, b) => a.row.line - b.row.line || (a.row.previousEpisode ?? 0) - (b.row.previousEpisode ?? 0) || order(a) - order(b));
}
