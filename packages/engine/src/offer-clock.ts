/** The 72-hour clock: when the return interview is due and whether it is late. Worked on instants. */
import { parseInstant } from './local-time.js';
import type { OfferClock, Settings } from './types.js';

const HOUR = 3_600_000;
/** 9999-12-31T23:59:59.999Z: the last instant a four-digit-year date-time can name. */
const LAST_WRITABLE_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export function offerClock(
  facts: Record<string, unknown>,
  hoursFromReturnToInterview: number | undefined,
  settings: Settings,
  now: number,
): OfferClock {
  const clock: OfferClock = { offerRequired: settings.rhiOfferRequired, overdue: false };
  const returnedAt = parseInstant(facts['episode.returnedAt']);
  if (returnedAt === undefined) return clock;
  const dueBy = returnedAt + settings.offerWithinHours * HOUR;
  // A mistyped return late in the year 9999 would be due in the year 10000, which no date-time
  // field can hold; such a return time is not a real one, so the clock is left unknown.
  if (dueBy > LAST_WRITABLE_INSTANT) return clock;
  clock.offerDueBy = new Date(dueBy).toISOString();
  if (hoursFromReturnToInterview !== undefined) clock.hoursFromReturnToInterview = hoursFromReturnToInterview;
  const offeredAt = parseInstant(facts['interview.offeredAt']);
  // Late means not offered by the due time; before an offer is recorded, late once the time has passed.
  clock.overdue = settings.rhiOfferRequired && (offeredAt !== undefined ? offeredAt > dueBy : now > dueBy);
  return clock;
}
