/**
 * `--format ssda903-missing`: the Missing table of the children looked after return (SSDA903),
 * one row per episode of a looked-after child: `CHILD,DOB,MISSING,MIS_START,MIS_END`, dates
 * dd/mm/yyyy. The mapping from the answers is in docs/exports.md.
 */
import { byChildAndStart, csvTable } from './csv-table.js';
import { returnDate } from './local-calendar.js';
import type { PlacedRow } from './placed-row.js';

export const ssda903MissingColumns = ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'] as const;

const dateOrBlank = (date: string | undefined) => (date === undefined || date === '' ? '' : returnDate(date));

/** The table for the looked-after rows given. */
export function ssda903MissingCsv(rows: readonly PlacedRow[]): string {
  const lines = [...rows]
    .sort(byChildAndStart)
    .map((row) => [row.childId ?? '', dateOrBlank(row.dateOfBirth), row.missing, dateOrBlank(row.startDate), dateOrBlank(row.endDate)]);
  return csvTable(ssda903MissingColumns, lines);
}
