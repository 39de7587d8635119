/**
 * A CSV table as councils' loaders read it: a header row, then one row per line, CRLF line ends
 * (RFC 4180), fields quoted only when they must be. Identifiers come from case systems and are
 * typed by people, so a field a spreadsheet would run as a formula starts with an apostrophe,
 * as in rhi report's CSV.
 */
import { field, inert } from '../report/report-csv.js';
import type { PlacedRow } from './placed-row.js';

/** The whole table as text. */
export function csvTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => `${row.map((text) => field(inert(text))).join(',')}\r\n`).join('');
}

/** Rows by child, then start (rows without one last), then the line they came from. */
export function byChildAndStart(a: PlacedRow, b: PlacedRow): number {
  const child = (a.childId ?? '') < (b.childId ?? '') ? -1 : (a.childId ?? '') > (b.childId ?? '') ? 1 : 0;
  if (child !== 0) return child;
  if (a.startDate !== b.startDate) {
    if (a.startDate === '') return 1;
    if (b.startDate === '') return -1;
    return a.startDate < b.startDate ? -1 : 1;
  }
  return a.line - b.line || (a.previousEpisode ?? 0) - (b.previousEpisode ?? 0);
}
