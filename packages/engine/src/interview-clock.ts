/**
 * The interview's own 72 hours. The guidance asks for the interview to be *conducted* within 72
 * hours of the return, not only offered: an offer at hour 10 and an interview at hour 120 is an
 * interview five days late. Same window and the same instants as the offer clock (offer-clock.ts).
 * A held time the clock cannot count (not a real date-time, before the return, or later than the
 * moment of assessment) is read as no interview yet: it can never make an interview look on time.
 */
import { parseInstant } from './local-time.js';
import type { InterviewClock } from './types.js';

export interface InterviewClockInput {
  returnedAt: number;
  dueBy: number;
  /** Whether an interview is expected at all (see `interviewExpected`). */
  expected: boolean;
  now: number;
}

/** When the interview was held, if that time can be counted; otherwise undefined (as if not held yet). */
export function countableInterviewTime(conductedAt: unknown, returnedAt: number, now: number): number | undefined {
  const heldAt = parseInstant(conductedAt);
  if (heldAt === undefined || heldAt < returnedAt || heldAt > now) return undefined;
  return heldAt;
}

/**
 * An interview is expected where the offer is a duty, and wherever one was offered, accepted or
 * held: in Wales (or for a young person the statutory offer does not cover) an interview that was
 * offered is still owed within the window, but one that nobody offered is not overdue.
 */
export function interviewExpected(facts: Record<string, unknown>, offerRequired: boolean): boolean {
  return (
    offerRequired ||
    parseInstant(facts['interview.offeredAt']) !== undefined ||
    facts['interview.outcome'] === 'accepted' ||
    facts['interview.conductedAt'] !== undefined
  );
}

export function interviewClock(facts: Record<string, unknown>, input: InterviewClockInput): InterviewClock {
  const { returnedAt, dueBy, expected, now } = input;
  // No interview is due where none is expected: every display of the clock then leaves it out.
  if (!expected) return { interviewOverdue: false };
  const heldAt = countableInterviewTime(facts['interview.conductedAt'], returnedAt, now);
  const clock: InterviewClock = {
    interviewDueBy: new Date(dueBy).toISOString(),
    interviewOverdue: heldAt !== undefined ? heldAt > dueBy : now > dueBy,
  };
  if (heldAt !== undefined) clock.interviewWithinWindow = heldAt <= dueBy;
  const delayReason = facts['interview.delayReason'];
  if (clock.interviewOverdue && typeof delayReason === 'string' && delayReason !== '') clock.interviewDelayReason = delayReason;
  return clock;
}
