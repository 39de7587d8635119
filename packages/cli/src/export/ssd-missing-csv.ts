/**
 * `--format ssd-missing`: the Standard Safeguarding Dataset's `ssd_missing` table
 * (data-to-insight's ssd-data-model, items MISS001A–MISS007A), one row per episode of any child:
 * dates and times on the locality's clock as `YYYY-MM-DD HH:MM:SS`, the type M or A, and the
 * return interview flags Y, N or NA (interview-offer-flags.ts).
 */
import { byChildAndStart, csvTable } from './csv-table.js';
import { offerFlags } from './interview-offer-flags.js';
import type { PlacedRow } from './placed-row.js';

export const ssdMissingColumns = [
  'miss_table_id',
  'miss_person_id',
  'miss_missing_episode_start_date',
  'miss_missing_episode_type',
  'miss_missing_episode_end_date',
  'miss_missing_rhi_offered',
  'miss_missing_rhi_accepted',
] as const;

/** The row's own id: the record's id (else its line), and which earlier episode it is. */
export function ssdTableId(row: PlacedRow): string {
  const record = row.recordId ?? `line-${row.line}`;
  return row.previousEpisode === undefined ? record : `${record}-previous-${row.previousEpisode}`;
}

/** The table for the rows given. */
export function ssdMissingCsv(rows: readonly PlacedRow[]): string {
  const lines = [...rows].sort(byChildAndStart).map((row) => {
    const { offered, accepted } = offerFlags(row);
    return [ssdTableId(row), row.childId ?? '', row.startDateTime, row.missing, row.endDateTime, offered, accepted];
  });
  return csvTable(ssdMissingColumns, lines);
}
