/**
 * The report's period: inclusive calendar dates in the locality's time zone, turned once into
 * instants so that each record is placed by comparing two numbers, not by formatting a date.
 */

export interface ReportPeriod {
  from: string | null;
  to: string | null;
  /** First instant in the period (local midnight starting `from`), or -Infinity. */
  startsAt: number;
  /** First instant after the period (local midnight ending `to`), or +Infinity. */
  endsBefore: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the text is a real calendar day written YYYY-MM-DD (30 February is refused). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds the zone's wall clock is ahead of UTC at an instant. */
function offsetAt(instant: number, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    offsetFormats.set(timeZone, format);
  }
  const part = (type: string) => Number(format.formatToParts(instant).find((candidate) => candidate.type === type)?.value);
  const shown = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return shown - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant local midnight begins a day. Clocks in the UK (and every zone a ruleset is likely to
 * use) change at 01:00 or later, so midnight always exists and is shown once.
 */
export function startOfLocalDay(date: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const asIfUtc = Date.UTC(year, month - 1, day);
  const guess = asIfUtc - offsetAt(asIfUtc, timeZone);
  return asIfUtc - offsetAt(guess, timeZone);
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
