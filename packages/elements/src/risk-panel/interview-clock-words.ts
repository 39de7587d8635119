/**
 * The interview's own 72 hours in words, beside the offer clock: an offer in time says nothing of
 * when the interview was held. The engine has judged (`interviewWithinWindow`, `interviewOverdue`);
 * this writes its answer out, with the recorded reason for a delay, and counts the time left.
 */
import type { OfferClock } from '@rhi-toolkit/engine';
import { writtenDuration, zonedDateTime, type OfferClockContext } from './offer-clock-words.js';

export type InterviewClockState = 'held' | 'held-late' | 'overdue' | 'due' | 'passed';

export interface InterviewClockWords {
  state: InterviewClockState;
  /** The main sentence: held in time, held late, overdue, or when it is due. */
  status: string;
  /** A second line: the due time for reference, or the time left. */
  detail?: string;
  /** Why the interview was late, as the record says (the schema's label, in the panel's language). */
  delayReason?: string;
}

/**
 * The interview clock's words, or undefined where the engine gives no interview due time (the
 * return time is not known — the offer clock asks for it — or no interview is expected).
 */
export function interviewClockWords(
  clock: OfferClock,
  context: OfferClockContext,
  delayReasonLabel: (reason: string) => string,
): InterviewClockWords | undefined {
  const { words, withinHours, now } = context;
  const dueBy = clock.interviewDueBy === undefined ? Number.NaN : Date.parse(clock.interviewDueBy);
  if (Number.isNaN(dueBy)) return undefined;
  const dateTime = zonedDateTime(clock.interviewDueBy!, context);
  const dueLine = words.say('panel.interviewClock.dueBy', { dateTime });
  const delayReason = clock.interviewDelayReason ? words.say('panel.interviewClock.delayReason', { reason: delayReasonLabel(clock.interviewDelayReason) }) : undefined;
  if (clock.interviewWithinWindow !== undefined) {
    const hours = clock.hoursFromReturnToInterview === undefined ? undefined : Math.round(clock.hoursFromReturnToInterview * 10) / 10;
    const heldAfter = hours === undefined ? '' : ` ${words.say('panel.clock.held', { hours })}`;
    return clock.interviewWithinWindow
      ? { state: 'held', status: `${words.say('panel.interviewClock.inTime', { hours: withinHours })}${heldAfter}`, detail: `${dueLine}.` }
      : { state: 'held-late', status: `${words.say('panel.interviewClock.late', { hours: withinHours })}${heldAfter}`, detail: `${dueLine}.`, delayReason };
  }
  if (clock.interviewOverdue) {
    return { state: 'overdue', status: words.say('panel.interviewClock.overdue', { dateTime, duration: writtenDuration(now - dueBy, words) }), delayReason };
  }
  if (now > dueBy) {
    return { state: 'passed', status: words.say('panel.interviewClock.passed', { dateTime, duration: writtenDuration(now - dueBy, words) }) };
  }
  return { state: 'due', status: dueLine, detail: words.say('panel.clock.left', { duration: writtenDuration(dueBy - now, words) }) };
}
