/**
 * Which episodes an export holds for `--from/--to`, and how they read on the locality's clock.
 * A return describes its period: an episode belongs when any of it falls in the period (one that
 * began before `--from` and ended in it is in the 903 too), and an episode still going on at the
 * end of the period is written open (MIS_END blank), as it stood on that day.
 */
import { isInPeriod, type ReportPeriod } from '../report/report-period.js';
import type { EpisodeRow } from './episode-row.js';
import { localDate, localDateTimeText } from './local-calendar.js';

export interface PlacedRow extends EpisodeRow {
  /** The start's local day `YYYY-MM-DD`, or '' when the record gives no start. */
  startDate: string;
  /** The return's local day, or '' while open at the end of the period. */
  endDate: string;
  /** The same as local `YYYY-MM-DD HH:MM:SS`, for the Standard Safeguarding Dataset. */
  startDateTime: string;
  endDateTime: string;
  open: boolean;
}

function overlapsPeriod(row: EpisodeRow, period: ReportPeriod): boolean {
  // Without a start the episode is placed by its return, as rhi report places a record.
  if (row.startsAt === undefined) return isInPeriod(row.endsAt, period);
  if (row.startsAt >= period.endsBefore) return false;
  return row.endsAt === undefined || row.endsAt >= period.startsAt;
}

/** The row as the period sees it, or undefined when it falls outside. */
export function placeInPeriod(row: EpisodeRow, period: ReportPeriod, timeZone: string): PlacedRow | undefined {
  if (!overlapsPeriod(row, period)) return undefined;
  const endsAt = row.endsAt !== undefined && row.endsAt < period.endsBefore ? row.endsAt : undefined;
  return {
    ...row,
    startDate: row.startsAt === undefined ? '' : localDate(row.startsAt, timeZone),
    endDate: endsAt === undefined ? '' : localDate(endsAt, timeZone),
    startDateTime: row.startsAt === undefined ? '' : localDateTimeText(row.startsAt, timeZone),
    endDateTime: endsAt === undefined ? '' : localDateTimeText(endsAt, timeZone),
    open: endsAt === undefined,
  };
}
