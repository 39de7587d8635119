/**
 * Dates written out the en-GB and cy way ("3 November 2010", "3 Tachwedd 2010 am 09:00"). The
 * month names come from our own messages: Chromium's built-in ICU data has no Welsh, so
 * Intl.DateTimeFormat('cy') would silently write English.
 */
import { localDateTime, parseCalendarDate, parseInstant } from '@rhi-toolkit/engine/form-support';
import type { UiMessageId, UiWords } from './ui-words.js';

function written(words: UiWords, day: number, month: number, year: number): string {
  return words.say('date.written', { day, month: words.say(`month.${month}` as UiMessageId), year });
}

function clock(minuteOfDay: number): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

/** A `YYYY-MM-DD` answer written out; anything else is shown as it is. */
export function writtenDate(value: unknown, words: UiWords): string {
  const date = parseCalendarDate(value);
  return date ? written(words, date.day, date.month, date.year) : String(value);
}

/** An ISO instant written out on the wall clock of a time zone (24-hour clock). */
export function writtenDateTime(value: unknown, words: UiWords, timeZone: string): string {
  const instant = parseInstant(value);
  if (instant === undefined) return String(value);
  const local = localDateTime(instant, timeZone);
  return words.say('dateTime.written', { date: written(words, local.day, local.month, local.year), time: clock(local.minuteOfDay) });
}

/** Just the time of an instant, e.g. for "saved at 14:05". */
export function writtenTime(value: string, timeZone: string): string {
  const instant = parseInstant(value);
  return instant === undefined ? value : clock(localDateTime(instant, timeZone).minuteOfDay);
}
