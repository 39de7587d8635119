/**
 * Calendar reasoning in a locality's time zone, with the platform's Intl data only:
 * no date library is needed and clock changes are handled by the zone rules.
 */

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  /** Minutes since local midnight. */
  minuteOfDay: number;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

// Building a formatter costs far more than using one; keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the platform knows the IANA time zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock date and time of an instant (milliseconds since the epoch) in a zone. */
export function localDateTime(instant: number, timeZone: string): LocalDateTime {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  return {
    year: value('year'),
    month: value('month'),
    day: value('day'),
    minuteOfDay: value('hour') * 60 + value('minute'),
  };
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a `YYYY-MM-DD` date; undefined if it is not one or is not a real day. */
export function parseCalendarDate(text: unknown): CalendarDate | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** Reads an ISO 8601 instant; undefined unless it is a full date-time with a zone or offset. */
export function parseInstant(text: unknown): number | undefined {
  if (typeof text !== 'string' || !/T.*(Z|[+-]\d{2}:?\d{2})$/i.test(text)) return undefined;
  // Date.parse rolls an impossible day over ("2026-02-30" becomes 2 March): the schema refuses
  // such a date, so the engine must not quietly read it as another one.
  if (!parseCalendarDate(text.slice(0, 10))) return undefined;
  const instant = Date.parse(text);
  return Number.isNaN(instant) ? undefined : instant;
}

/**
 * Whole years from a date of birth to a calendar date. A 29 February birthday is reached on
 * 1 March in other years, as in English law.
 */
export function yearsBetween(birth: CalendarDate, on: CalendarDate): number {
  const birthdayPassed =
    on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (birthdayPassed ? 0 : 1);
}

/** Days between two calendar dates (b − a), ignoring time of day and clock changes. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

/** Minutes since midnight of an `HH:MM` time. */
export function minutesOfClockTime(text: string): number {
  const [hours, minutes] = text.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * The instant at which a zone's wall clock shows the given date and time (milliseconds since the
 * epoch). In the hour repeated when clocks go back, the first of the two; in the hour skipped when
 * they go forward (which no clock showed), the instant an hour later (01:30 reads as 02:30 BST).
 */
export function instantOfLocalDateTime(local: LocalDateTime, timeZone: string): number {
  const asIfUtc = Date.UTC(local.year, local.month - 1, local.day, 0, local.minuteOfDay);
  const offsetAt = (instant: number) => {
    const shown = localDateTime(instant, timeZone);
    return Date.UTC(shown.year, shown.month - 1, shown.day, 0, shown.minuteOfDay) - instant;
  };
  // The two offsets in force either side of any clock change within the surrounding day.
  const candidates = [asIfUtc - offsetAt(asIfUtc - 12 * 3_600_000), asIfUtc - offsetAt(asIfUtc + 12 * 3_600_000)];
  const shows = (instant: number) => {
    const shown = localDateTime(instant, timeZone);
    return shown.year === local.year && shown.month === local.month && shown.day === local.day && shown.minuteOfDay === local.minuteOfDay;
  };
  const exact = candidates.filter(shows);
  return exact.length > 0 ? Math.min(...exact) : Math.max(...candidates);
}
