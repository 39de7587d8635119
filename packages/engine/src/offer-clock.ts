/**
 * The 72-hour clocks: when the return interview must be offered and held, and whether either is
 * late. Worked on instants. Also says when the statutory offer does not apply, and why.
 */
import type { ChronologyProblem } from './chronology.js';
import { interviewClock, interviewExpected } from './interview-clock.js';
import { parseInstant } from './local-time.js';
import { offerNotRequiredBecause } from './offer-duty.js';
import { valueLabel } from './value-labels.js';
import type { Language, OfferClock, Settings } from './types.js';

const HOUR = 3_600_000;
/** 9999-12-31T23:59:59.999Z: the last instant a four-digit-year date-time can name. */
const LAST_WRITABLE_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export function offerClock(
  facts: Record<string, unknown>,
  hoursFromReturnToInterview: number | undefined,
  settings: Settings,
  now: number,
  chronology: readonly ChronologyProblem[] = [],
  lang: Language = 'en',
): OfferClock {
  const notRequiredBecause = offerNotRequiredBecause(facts, settings, chronology);
  const offerRequired = notRequiredBecause === undefined;
  const duty: Pick<OfferClock, 'offerRequired' | 'offerNotRequiredBecause' | 'offerNotRequiredMessage'> = notRequiredBecause
    ? {
        offerRequired,
        offerNotRequiredBecause: notRequiredBecause,
        offerNotRequiredMessage: valueLabel('offerNotRequiredBecause', notRequiredBecause, lang),
      }
    : { offerRequired };
  const unknown: OfferClock = { ...duty, overdue: false, interviewOverdue: false };
  const returnedAt = parseInstant(facts['episode.returnedAt']);
  if (returnedAt === undefined) return unknown;
  const dueBy = returnedAt + settings.offerWithinHours * HOUR;
  // A mistyped return late in the year 9999 would be due in the year 10000, which no date-time
  // field can hold; such a return time is not a real one, so the clock is left unknown.
  if (dueBy > LAST_WRITABLE_INSTANT) return unknown;
  const offeredAt = parseInstant(facts['interview.offeredAt']);
  return {
    ...duty,
    offerDueBy: new Date(dueBy).toISOString(),
    ...(hoursFromReturnToInterview !== undefined ? { hoursFromReturnToInterview } : {}),
    // Late means not offered by the due time; before an offer is recorded, late once the time has passed.
    overdue: offerRequired && (offeredAt !== undefined ? offeredAt > dueBy : now > dueBy),
    ...interviewClock(facts, { returnedAt, dueBy, expected: interviewExpected(facts, offerRequired), now }),
  };
}
