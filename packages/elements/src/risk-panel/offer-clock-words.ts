/**
 * The 72-hour offer clock in words. The engine has already judged whether the offer is late
 * (`overdue`); this only writes its answer out and counts the time left on the panel's clock.
 */
import type { OfferClock } from '@rhi-toolkit/engine';
import type { UiWords } from '../i18n/ui-words.js';
import { writtenDateTime } from '../i18n/written-dates.js';
import { offerNotRequiredWords } from '../shared/value-words.js';

export type OfferClockState = 'not-known' | 'held' | 'overdue' | 'due' | 'passed';

export interface OfferClockWords {
  state: OfferClockState;
  /** The main sentence: what the clock says now. */
  status: string;
  /** A second line: time left, whether the offer was in time, or the deadline for reference. */
  detail?: string;
  /** Set where the statutory offer does not apply, saying why (18 or over, a care leaver, Wales). */
  notStatutory?: string;
}

export interface OfferClockContext {
  words: UiWords;
  timeZone: string;
  /** The hours an offer is due within (the ruleset's `offerWithinHours`). */
  withinHours: number;
  /** The panel's clock, in milliseconds since the epoch. */
  now: number;
}

const MINUTE = 60_000;
const HOURS_BEFORE_DAYS = 96;

export function offerClockWords(clock: OfferClock, context: OfferClockContext): OfferClockWords {
  const { words, withinHours, now } = context;
  const notStatutory = clock.offerRequired
    ? undefined
    : clock.offerNotRequiredBecause
      ? offerNotRequiredWords(clock.offerNotRequiredBecause, words)
      : words.say('panel.clock.notStatutory');
  const dueBy = clock.offerDueBy === undefined ? undefined : Date.parse(clock.offerDueBy);
  if (dueBy === undefined || Number.isNaN(dueBy)) {
    return { state: 'not-known', status: words.say('panel.clock.unknown', { hours: withinHours }), notStatutory };
  }
  const dateTime = zonedDateTime(clock.offerDueBy!, context);
  if (clock.hoursFromReturnToInterview !== undefined) {
    // Held, so offered: this clock judges the offer only; when the interview itself was held is the
    // interview clock's to say (an offer at hour 10 and an interview at hour 120 is on time here only).
    // Where the offer is not a duty the engine never calls it late, so there is no judgement to show.
    const dueLine = words.say('panel.clock.dueBy', { dateTime });
    if (!clock.offerRequired) return { state: 'held', status: `${dueLine}.`, notStatutory };
    return { state: 'held', status: words.say(clock.overdue ? 'panel.clock.late' : 'panel.clock.inTime', { hours: withinHours }), detail: `${dueLine}.`, notStatutory };
  }
  if (clock.overdue) {
    return { state: 'overdue', status: words.say('panel.clock.overdue', { dateTime, duration: writtenDuration(now - dueBy, words) }), notStatutory };
  }
  if (now > dueBy) {
    return { state: 'passed', status: words.say('panel.clock.passed', { dateTime, duration: writtenDuration(now - dueBy, words) }), notStatutory };
  }
  return {
    state: 'due',
    status: words.say('panel.clock.dueBy', { dateTime }),
    detail: words.say('panel.clock.left', { duration: writtenDuration(dueBy - now, words) }),
    notStatutory,
  };
}

/** An instant on the locality's wall clock, with the zone named ("… UK time"). */
export function zonedDateTime(instant: string, { words, timeZone }: Pick<OfferClockContext, 'words' | 'timeZone'>): string {
  const zone = timeZone === 'Europe/London' ? words.say('timeZone.uk') : timeZone;
  return words.say('panel.clock.zone', { dateTime: writtenDateTime(instant, words, timeZone), zone });
}

/**
 * Whole minutes only, rounded down: the panel never promises more time than is left. Hours and
 * minutes across the whole 72-hour window (people count it in hours); days only for long delays.
 */
export function writtenDuration(milliseconds: number, words: UiWords): string {
  const minutes = Math.max(0, Math.floor(milliseconds / MINUTE));
  if (minutes < 60) return words.say('panel.duration.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < HOURS_BEFORE_DAYS) return words.say('panel.duration.hoursMinutes', { hours, minutes: minutes % 60 });
  return words.say('panel.duration.daysHours', { days: Math.floor(hours / 24), hours: hours % 24 });
}
