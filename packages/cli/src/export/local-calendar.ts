/**
 * Instants read on the locality's clock for the exports: the calendar day (the returns hold
 * dates, not times) and the date with the time (the Standard Safeguarding Dataset holds both).
 * Intl does the time zone and the clock changes; no date library is needed.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The instant as `YYYY-MM-DD HH:MM:SS` on the locality's clock. */
export function localDateTimeText(instant: number, timeZone: string): string {
  const parts = Object.fromEntries(formatIn(timeZone).formatToParts(new Date(instant)).map(({ type, value }) => [type, value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The local calendar day of an instant, `YYYY-MM-DD` (so days compare as text). */
export function localDate(instant: number, timeZone: string): string {
  return localDateTimeText(instant, timeZone).slice(0, 10);
}

/** `YYYY-MM-DD` as the returns write it: `dd/mm/yyyy`. */
export function returnDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** Whole years from a date of birth to a day (both `YYYY-MM-DD`): the birthday counts on its day. */
export function ageInYears(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}
