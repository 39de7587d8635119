/** The 72-hour clock: when the return interview is due and whether it is late. Worked on instants. */
import { parseInstant } from './local-time.js';
import type { OfferClock, Settings } from './types.js';

const HOUR = 3_600_000;

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
  clock.offerDueBy = new Date(dueBy).toISOString();
  if (hoursFromReturnToInterview !== undefined) clock.hoursFromReturnToInterview = hoursFromReturnToInterview;
  const offeredAt = parseInstant(facts['interview.offeredAt']);
  // Late means not offered by the due time; before an offer is recorded, late once the time has passed.
  clock.overdue = settings.rhiOfferRequired && (offeredAt !== undefined ? offeredAt > dueBy : now > dueBy);
  return clock;
}
