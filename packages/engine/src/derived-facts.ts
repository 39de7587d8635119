/**
 * Facts worked out from the answers once per assessment, so that rules can speak of
 * "age", "hours missing" or "episodes in the repeat window" instead of raw dates.
 */
import {
  daysBetween,
  localDateTime,
  minutesOfClockTime,
  parseCalendarDate,
  parseInstant,
  yearsBetween,
  type CalendarDate,
} from './local-time.js';
import type { ChronologyProblem } from './chronology.js';
import type { Settings } from './types.js';

export type DerivedFactName =
  | 'ageInYears'
  | 'ageAtStartOfSchoolYear'
  | 'ageForParentCarerDiscussion'
  | 'hoursMissing'
  | 'missingOvernight'
  | 'episodesInRepeatWindow'
  | 'previousEpisodeCount'
  | 'hoursFromReturnToInterview';

/** Each derived fact, its kind, and the answers it is worked out from (a rule needing it needs them). */
export const derivedFacts: Record<DerivedFactName, { kind: 'number' | 'boolean'; sources: string[]; minimum?: number }> = {
  ageInYears: { kind: 'number', sources: ['child.dateOfBirth'], minimum: 0 },
  ageAtStartOfSchoolYear: { kind: 'number', sources: ['child.dateOfBirth'], minimum: 0 },
  ageForParentCarerDiscussion: { kind: 'number', sources: ['child.dateOfBirth'], minimum: 0 },
  hoursMissing: { kind: 'number', sources: ['episode.reportedMissingAt', 'episode.returnedAt'] },
  missingOvernight: { kind: 'boolean', sources: ['episode.reportedMissingAt', 'episode.returnedAt'] },
  episodesInRepeatWindow: {
    kind: 'number',
    sources: ['episode.reportedMissingAt', 'episode.previousEpisodes'],
    minimum: 0,
  },
  previousEpisodeCount: { kind: 'number', sources: ['episode.previousEpisodes'], minimum: 0 },
  hoursFromReturnToInterview: {
    kind: 'number',
    sources: ['episode.returnedAt', 'interview.conductedAt'],
  },
};

const HOUR = 3_600_000;
const MINUTES_IN_DAY = 1440;

interface EpisodeTimes {
  reportedMissingAt?: number;
  returnedAt?: number;
}

/**
 * How dates in an impossible order (see chronology.ts) are read. `unknown`: the facts worked out
 * from such a pair are left undefined, so the rules that need them wait (fail safe, provisional).
 * `ordered`: the pair is read the other way round (the two dates typed in each other's boxes), so
 * no valid reading of the dates can give a higher risk than the engine reports.
 */
export type ChronologyReading = 'unknown' | 'ordered';

/** The facts above for one set of flattened answers; a fact that cannot be worked out is left undefined. */
export function deriveFacts(
  facts: Record<string, unknown>,
  settings: Settings,
  now: number,
  chronology: readonly ChronologyProblem[] = [],
  reading: ChronologyReading = 'unknown',
): Record<DerivedFactName, number | boolean | undefined> {
  const zone = settings.timeZone;
  const birth = parseCalendarDate(facts['child.dateOfBirth']);
  const conductedAt = parseInstant(facts['interview.conductedAt']);
  const given: EpisodeTimes = {
    reportedMissingAt: parseInstant(facts['episode.reportedMissingAt']),
    returnedAt: parseInstant(facts['episode.returnedAt']),
  };
  const previous = facts['episode.previousEpisodes'];
  const impossible = new Set(chronology.map((problem) => problem.kind));
  const ordered = reading === 'ordered';
  const episode = ordered ? inOrder(given) : given;

  const referenceDay = calendarDay(conductedAt ?? now, zone);
  const ageInYears = birth ? yearsBetween(birth, referenceDay) : undefined;
  const ageAtStartOfSchoolYear = birth ? schoolYearAge(birth, referenceDay) : undefined;
  const episodeKnown = ordered || !impossible.has('returned-before-reported-missing');
  const interviewKnown = ordered || !impossible.has('interview-before-return');
  const repeatsKnown = ordered || !impossible.has('previous-episode-after-this-one');

  return {
    ageInYears,
    ageAtStartOfSchoolYear,
    ageForParentCarerDiscussion:
      settings.parentCarerDiscussion.ageBasis === 'school-year' ? ageAtStartOfSchoolYear : ageInYears,
    hoursMissing: episodeKnown ? hoursBetween(episode.reportedMissingAt, episode.returnedAt) : undefined,
    missingOvernight: episodeKnown ? missingOvernight(episode, settings) : undefined,
    episodesInRepeatWindow: repeatsKnown ? episodesInRepeatWindow(given.reportedMissingAt, previous, settings, ordered) : undefined,
    previousEpisodeCount: Array.isArray(previous) ? previous.length : undefined,
    hoursFromReturnToInterview: interviewKnown
      ? ordered
        ? hoursBetween(...sorted(given.returnedAt, conductedAt))
        : hoursBetween(given.returnedAt, conductedAt)
      : undefined,
  };
}

function sorted(a: number | undefined, b: number | undefined): [number | undefined, number | undefined] {
  return a !== undefined && b !== undefined && b < a ? [b, a] : [a, b];
}

function inOrder(episode: EpisodeTimes): EpisodeTimes {
  const [reportedMissingAt, returnedAt] = sorted(episode.reportedMissingAt, episode.returnedAt);
  return { reportedMissingAt, returnedAt };
}

function calendarDay(instant: number, zone: string): CalendarDate {
  const { year, month, day } = localDateTime(instant, zone);
  return { year, month, day };
}

/** Age on the 31 August before the school year that contains the day (school years start in September). */
function schoolYearAge(birth: CalendarDate, on: CalendarDate): number {
  const schoolYearBegan = on.month >= 9 ? on.year : on.year - 1;
  return yearsBetween(birth, { year: schoolYearBegan, month: 8, day: 31 });
}

/** Hours from one instant to a later one; never negative (an impossible order is no duration at all). */
function hoursBetween(from: number | undefined, to: number | undefined): number | undefined {
  if (from === undefined || to === undefined || to < from) return undefined;
  return Math.round(((to - from) / HOUR) * 100) / 100;
}

/**
 * Whether any part of the episode fell in the local overnight window. Both ends are placed on a
 * local timeline (minutes from the start day's midnight) so clock changes cannot shift the window.
 */
function missingOvernight(episode: EpisodeTimes, settings: Settings): boolean | undefined {
  const { reportedMissingAt, returnedAt } = episode;
  if (reportedMissingAt === undefined || returnedAt === undefined) return undefined;
  if (returnedAt < reportedMissingAt) return undefined;
  if (returnedAt === reportedMissingAt) return false;
  if (returnedAt - reportedMissingAt >= 24 * HOUR) return true;
  const start = localDateTime(reportedMissingAt, settings.timeZone);
  const end = localDateTime(returnedAt, settings.timeZone);
  const startMinute = start.minuteOfDay;
  const endMinute = daysBetween(start, end) * MINUTES_IN_DAY + end.minuteOfDay;
  const from = minutesOfClockTime(settings.overnight.from);
  const to = minutesOfClockTime(settings.overnight.to);
  const length = (to - from + MINUTES_IN_DAY) % MINUTES_IN_DAY;
  // The window starting the evening before, on the start day and the day after.
  for (const dayOffset of [-1, 0, 1]) {
    const windowStart = from + dayOffset * MINUTES_IN_DAY;
    const windowEnd = windowStart + length;
    if (startMinute < windowEnd && endMinute > windowStart) return true;
  }
  return false;
}

/**
 * Episodes, counting this one, that began within the window of days up to this one. Read
 * `eitherSide`, an episode recorded as after this one counts when it is as close after it.
 */
function episodesInRepeatWindow(
  reportedMissingAt: number | undefined,
  previous: unknown,
  settings: Settings,
  eitherSide = false,
): number | undefined {
  if (reportedMissingAt === undefined || !Array.isArray(previous)) return undefined;
  const window = settings.repeatEpisodes.withinDays * 24 * HOUR;
  let count = 1;
  for (const earlier of previous) {
    const began = parseInstant((earlier as { reportedMissingAt?: unknown } | null)?.reportedMissingAt);
    if (began === undefined) continue;
    const distance = eitherSide ? Math.abs(reportedMissingAt - began) : reportedMissingAt - began;
    if (distance >= 0 && distance <= window) count += 1;
  }
  return count;
}
