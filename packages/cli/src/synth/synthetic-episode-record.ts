/**
 * The fuller episode record of issue 15 for one synthetic episode: when the child was last seen,
 * pull factors, places and associates, how the interview was held and who held it, the tries to
 * reach the child, why a late interview was late, follow-up support, and a looked-after child's
 * responsible and host authorities. Each field is drawn only when the interview schema has it (the
 * engine's answer catalogue, generated from the schema), and each value only when the schema
 * allows it, so the records fit whichever interview schema the toolkit is built with.
 */
import { answerFactCatalogue, type InterviewAnswers } from '@rhi-toolkit/engine/node';
import * as figures from './synth-distributions.js';
import type { SeededRandom } from './seeded-random.js';
import type { syntheticPhrases } from './synthetic-phrases.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Weights<T extends string | number> = readonly (readonly [T, number])[];

/** Which answer fields (dotted paths, as in the engine's catalogue) and which of their values the schema has. */
export interface KnownFields {
  has(path: string): boolean;
  allows(path: string, value: string): boolean;
}

/** The fields of the interview schema the toolkit was built with. */
export const schemaFields: KnownFields = {
  has: (path) => path in answerFactCatalogue,
  allows: (path, value) => {
    const values = answerFactCatalogue[path]?.values;
    return !values || values.includes(value);
  },
};

/** What the draws depend on, from the episode already drawn. */
export interface EpisodeFacts {
  held: boolean;
  inCare: boolean;
  placedOutOfArea: boolean;
  /** How many times as likely a harm is for this child (see synthetic-child-profile.ts). */
  harmFactor: number;
  /** The hours of the offer window (the ruleset's offerWithinHours). */
  windowHours: number;
}

/** A looked-after child's responsible authority and, when placed out of area, a different host authority: the same at every episode. */
export function synthAuthorities(random: SeededRandom, known: KnownFields, placedOutOfArea: boolean): Partial<Record<'responsibleAuthority' | 'hostAuthority', string>> {
  const codes = (path: string) => figures.authorityCodes.filter((code) => known.allows(path, code));
  const result: Partial<Record<'responsibleAuthority' | 'hostAuthority', string>> = {};
  const responsible = codes('care.responsibleAuthority');
  if (known.has('care.responsibleAuthority') && responsible.length > 0) result.responsibleAuthority = random.pick(responsible);
  const hosts = codes('care.hostAuthority').filter((code) => code !== result.responsibleAuthority);
  if (placedOutOfArea && known.has('care.hostAuthority') && hosts.length > 0) result.hostAuthority = random.pick(hosts);
  return result;
}

/** Weights without the values the schema does not allow (all of them when it allows none). */
function allowed<T extends string>(known: KnownFields, path: string, weights: Weights<T>): Weights<T> {
  const kept = weights.filter(([value]) => known.allows(path, value));
  return kept.length > 0 ? kept : weights;
}

function someOf(random: SeededRandom, probabilities: Record<string, number>, factor: (value: string) => number): string[] {
  return Object.entries(probabilities)
    .filter(([value, probability]) => random.chance(Math.min(1, probability * factor(value))))
    .map(([value]) => value);
}

const isoInstant = (instant: number) => new Date(instant).toISOString().replace(/:\d{2}\.\d{3}Z$/, ':00Z');

/** The tries to reach the child between the return and the answer to the offer (or giving up): the last one reached the child unless none did. */
function contactAttempts(random: SeededRandom, known: KnownFields, from: number, until: number, reached: string | undefined): Record<string, string>[] {
  const record = figures.episodeRecord;
  const count = random.weighted(record.contactAttempts) + (reached ? 0 : 1);
  const span = Math.max(count * 10, Math.round((until - from) / MINUTE));
  const times = Array.from({ length: count }, () => from + random.between(0, span) * MINUTE).sort((a, b) => a - b);
  return times.map((at, index) => ({
    at: isoInstant(at),
    method: random.weighted(allowed(known, 'interview.contactAttempts[].method', record.contactMethods)),
    result: index === times.length - 1 && reached ? reached : random.weighted(allowed(known, 'interview.contactAttempts[].result', record.unansweredResults)),
  }));
}

/**
 * Adds the fuller record's fields the schema has to one episode's answers (already drawn: the
 * episode, the interview and, for an interview held, what the child said).
 */
export function addEpisodeRecord(
  random: SeededRandom,
  answers: InterviewAnswers,
  facts: EpisodeFacts,
  phrases: ReturnType<typeof syntheticPhrases>,
  known: KnownFields = schemaFields,
): void {
  const record = figures.episodeRecord;
  const episode = answers.episode as Record<string, unknown>;
  const interview = answers.interview as Record<string, unknown>;
  const reportedAt = Date.parse(episode.reportedMissingAt as string);
  const returnedAt = Date.parse(episode.returnedAt as string);
  const target = answers as Record<string, unknown>;

  if (known.has('episode.lastSeenAt')) {
    episode.lastSeenAt = isoInstant(reportedAt - random.between(record.minutesLastSeenBeforeReport.min, record.minutesLastSeenBeforeReport.max) * MINUTE);
  }

  const outcome = interview.outcome as string;
  if (known.has('interview.contactAttempts') && outcome !== 'not-offered') {
    const offeredAt = interview.offeredAt ? Date.parse(interview.offeredAt as string) : returnedAt + facts.windowHours * HOUR;
    const reached = outcome === 'not-contactable' ? undefined : outcome === 'declined' ? 'refused' : random.chance(0.8) ? 'spoke-to-child' : 'spoke-to-parent-or-carer';
    interview.contactAttempts = contactAttempts(random, known, returnedAt, Math.max(returnedAt + HOUR, offeredAt), reached && known.allows('interview.contactAttempts[].result', reached) ? reached : undefined);
  }

  if (!facts.held) return;
  const conductedAt = Date.parse(interview.conductedAt as string);

  if (known.has('pullFactors')) {
    const pulls = someOf(random, record.pullFactors, (value) => (value === 'offered-money-food-or-shelter' ? facts.harmFactor : 1)).filter((value) => known.allows('pullFactors', value));
    if (pulls.length > 0) target.pullFactors = pulls;
    if (pulls.includes('other') && known.has('pullFactorsOther')) target.pullFactorsOther = phrases.pullFactorsOther;
  }
  if (known.has('places')) {
    const count = random.weighted(record.placesRecorded);
    if (count > 0) {
      target.places = Array.from({ length: count }, () => ({
        placeType: random.weighted(allowed(known, 'places[].placeType', record.placeTypes)),
        area: random.pick(phrases.areas),
      }));
    }
  }
  if (known.has('associates')) {
    const count = random.weighted(record.associatesRecorded);
    if (count > 0) {
      target.associates = Array.from({ length: count }, () => {
        const role = random.weighted(allowed(known, 'associates[].role', record.associateRoles));
        // An older or unknown adult is an adult; a friend or peer seldom is; the rest either, or not known.
        const adult = role === 'older-adult' || role === 'unknown-adult' ? 'yes' : role === 'friend' || role === 'peer' ? random.weighted([['no', 90], ['not-known', 7], ['yes', 3]]) : random.weighted([['yes', 45], ['no', 40], ['not-known', 15]]);
        return { role, adult };
      });
    }
  }

  if (known.has('interview.interviewerRole')) {
    interview.interviewerRole = interview.independent === false && known.allows('interview.interviewerRole', 'social-worker') ? 'social-worker' : random.weighted(allowed(known, 'interview.interviewerRole', record.interviewerRoles));
  }
  const method = random.weighted(allowed(known, 'interview.method', record.methods));
  if (known.has('interview.method')) interview.method = method;
  if (known.has('interview.setting') && method === 'face-to-face') interview.setting = random.weighted(allowed(known, 'interview.setting', record.settings));
  if (known.has('interview.seenAlone')) interview.seenAlone = interview.interviewee === 'child' ? random.chance(record.seenAloneWhenChildOnly) : false;

  const late = conductedAt > returnedAt + facts.windowHours * HOUR;
  if (late && known.has('interview.delayReason') && random.chance(record.delayReasonRecorded)) {
    interview.delayReason = random.weighted(allowed(known, 'interview.delayReason', record.delayReasons));
  }

  const afterReturn = answers.afterReturn as Record<string, unknown> | undefined;
  if (afterReturn && known.has('afterReturn.supportOffered')) {
    afterReturn.supportOffered = random.chance(record.supportOffered);
    if (afterReturn.supportOffered && known.has('afterReturn.supportTakenUp')) afterReturn.supportTakenUp = random.weighted(allowed(known, 'afterReturn.supportTakenUp', record.supportTakenUp));
  }
}
