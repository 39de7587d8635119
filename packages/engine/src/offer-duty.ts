/**
 * Whether the statutory offer of a return interview applies to this young person, and if not, why.
 * The offer is for children: a young person 18 or over when they came back, or a care leaver, has
 * the adult route and their personal adviser; and where the ruleset says the offer is not a duty
 * (Wales), it is good practice, not statute. Doubtful dates never make a child look like an adult.
 */
import type { ChronologyProblem } from './chronology.js';
import { localDateTime, parseCalendarDate, parseInstant, yearsBetween } from './local-time.js';
import type { OfferNotRequiredBecause, Settings } from './types.js';

/** The age the offer stops at when the ruleset does not name one (`settings.adultAge`, the same setting the adult-route rules read). */
const ADULT_AGE = 18;

const DATE_OF_PATHS: Record<string, string> = {
  '/episode/returnedAt': 'episode.returnedAt',
  '/episode/reportedMissingAt': 'episode.reportedMissingAt',
  '/interview/conductedAt': 'interview.conductedAt',
  '/interview/offeredAt': 'interview.offeredAt',
};

/**
 * The instant the age is taken at: the return, or, when the return contradicts another answer
 * (nobody knows which was mistyped), the earlier of the two, so a doubtful date can only make the
 * young person younger.
 */
function ageTakenAt(facts: Record<string, unknown>, chronology: readonly ChronologyProblem[]): number | undefined {
  const returnedAt = parseInstant(facts['episode.returnedAt']);
  if (returnedAt === undefined) return undefined;
  let earliest = returnedAt;
  for (const { pointer, otherPointer } of chronology) {
    if (pointer !== '/episode/returnedAt' && otherPointer !== '/episode/returnedAt') continue;
    const other = pointer === '/episode/returnedAt' ? otherPointer : pointer;
    const instant = DATE_OF_PATHS[other] ? parseInstant(facts[DATE_OF_PATHS[other]]) : undefined;
    if (instant !== undefined && instant < earliest) earliest = instant;
  }
  return earliest;
}

/** Whole years of age on the locality's calendar day of the return; undefined unless both dates are real. */
export function ageAtReturn(
  facts: Record<string, unknown>,
  settings: Settings,
  chronology: readonly ChronologyProblem[] = [],
): number | undefined {
  const birth = parseCalendarDate(facts['child.dateOfBirth']);
  const at = ageTakenAt(facts, chronology);
  if (!birth || at === undefined) return undefined;
  const { year, month, day } = localDateTime(at, settings.timeZone);
  const age = yearsBetween(birth, { year, month, day });
  // Born after the return: one of the dates is wrong, and no age can be trusted from them.
  return age >= 0 ? age : undefined;
}

/**
 * Why the statutory offer does not apply, or undefined when it does. The young person's own
 * circumstances come first (they decide the route: adult services, the personal adviser), then
 * the locality's law.
 */
export function offerNotRequiredBecause(
  facts: Record<string, unknown>,
  settings: Settings,
  chronology: readonly ChronologyProblem[] = [],
): OfferNotRequiredBecause | undefined {
  const age = ageAtReturn(facts, settings, chronology);
  if (age !== undefined && age >= (settings.adultAge ?? ADULT_AGE)) return 'adult';
  if (facts['care.status'] === 'care-leaver') return 'care-leaver';
  if (!settings.rhiOfferRequired) return 'not-statutory-in-wales';
  return undefined;
}
