/**
 * GOV.UK date inputs keep day, month and year (and here hour and minute) as the interviewer typed
 * them. Answers hold ISO text: `YYYY-MM-DD` for dates, a UTC instant for date-times, read on the
 * wall clock of the form's time zone so "21 00" means 9pm in London in summer and in winter.
 */
import { instantOfLocalDateTime, localDateTime, parseCalendarDate, parseInstant } from '@rhi-toolkit/engine/form-support';

export type DatePartName = 'day' | 'month' | 'year' | 'hour' | 'minute';
export type DateParts = Partial<Record<DatePartName, string>>;

export const datePartNames: readonly DatePartName[] = ['day', 'month', 'year'];
export const dateTimePartNames: readonly DatePartName[] = ['day', 'month', 'year', 'hour', 'minute'];

export type DateReading =
  | { kind: 'empty' }
  | { kind: 'incomplete'; missing: DatePartName[] }
  | { kind: 'not-a-date' }
  | { kind: 'not-a-time' }
  | { kind: 'complete'; value: string };

function whole(text: string | undefined): number | undefined {
  const trimmed = (text ?? '').trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** What the typed parts amount to: nothing, something missing, not a real date, or an answer. */
export function readDateParts(parts: DateParts, withTime: boolean, timeZone: string): DateReading {
  const names = withTime ? dateTimePartNames : datePartNames;
  const missing = names.filter((name) => (parts[name] ?? '').trim() === '');
  if (missing.length === names.length) return { kind: 'empty' };
  if (missing.length > 0) return { kind: 'incomplete', missing };
  const [day, month, year] = [whole(parts.day), whole(parts.month), whole(parts.year)];
  if (day === undefined || month === undefined || year === undefined || year < 1000 || year > 9999) return { kind: 'not-a-date' };
  const date = parseCalendarDate(`${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`);
  if (!date) return { kind: 'not-a-date' };
  const isoDate = `${year}-${pad(month)}-${pad(day)}`;
  if (!withTime) return { kind: 'complete', value: isoDate };
  const [hour, minute] = [whole(parts.hour), whole(parts.minute)];
  if (hour === undefined || minute === undefined || hour > 23 || minute > 59) return { kind: 'not-a-time' };
  const instant = instantOfLocalDateTime({ ...date, minuteOfDay: hour * 60 + minute }, timeZone);
  return { kind: 'complete', value: new Date(instant).toISOString().replace('.000Z', 'Z') };
}

/** The parts to show for a stored answer (the wall-clock reading in the form's time zone). */
export function datePartsOf(value: unknown, withTime: boolean, timeZone: string): DateParts {
  if (typeof value !== 'string') return {};
  if (!withTime) {
    const date = parseCalendarDate(value);
    return date ? { day: String(date.day), month: String(date.month), year: String(date.year) } : {};
  }
  const instant = parseInstant(value);
  if (instant === undefined) return {};
  const local = localDateTime(instant, timeZone);
  return {
    day: String(local.day),
    month: String(local.month),
    year: String(local.year),
    hour: pad(Math.floor(local.minuteOfDay / 60)),
    minute: pad(local.minuteOfDay % 60),
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
