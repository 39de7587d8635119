/**
 * The report's period: inclusive calendar dates in the locality's time zone, turned once into
 * instants so that each record is placed by comparing two numbers, not by formatting a date.
 */
import { instantOfLocalDateTime, parseCalendarDate } from '@rhi-toolkit/engine/form-support';

export interface ReportPeriod {
  from: string | null;
  to: string | null;
  /** First instant in the period (local midnight starting `from`), or -Infinity. */
  startsAt: number;
  /** First instant after the period (local midnight ending `to`), or +Infinity. */
  endsBefore: number;
}

/**
 * True when the text is a real calendar day written YYYY-MM-DD (30 February is refused). Years
 * before 100 are refused too: Date.UTC, which turns the day into an instant, reads them as 1900–1999.
 */
export function isCalendarDate(text: string): boolean {
  const date = parseCalendarDate(text);
  return date !== undefined && date.year >= 100;
}

/** The instant local midnight begins a day (the engine's wall-clock reading, clock changes included). */
export function startOfLocalDay(date: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return instantOfLocalDateTime({ year, month, day, minuteOfDay: 0 }, timeZone);
}

function dayAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** The period from checked YYYY-MM-DD dates (either may be absent). */
export function reportPeriod(from: string | undefined, to: string | undefined, timeZone: string): ReportPeriod {
  return {
    from: from ?? null,
    to: to ?? null,
    startsAt: from === undefined ? -Infinity : startOfLocalDay(from, timeZone),
    endsBefore: to === undefined ? Infinity : startOfLocalDay(dayAfter(to), timeZone),
  };
}

/** Whether a return instant falls in the period; a record without one is in only an open period. */
export function isInPeriod(returnedAt: number | undefined, period: ReportPeriod): boolean {
  if (returnedAt === undefined) return period.from === null && period.to === null;
  return returnedAt >= period.startsAt && returnedAt < period.endsBefore;
}
