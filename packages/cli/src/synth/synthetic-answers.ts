/**
 * One synthetic child and the interview answers of each of their missing episodes. A child's
 * episodes are drawn together (so repeats cluster, and each record lists the earlier ones as
 * previous episodes), and what stays the same for a child (date of birth, care status, language)
 * is the same in every record.
 */
import type { InterviewAnswers } from '@rhi-toolkit/engine/node';
import * as figures from './synth-distributions.js';
import type { SeededRandom } from './seeded-random.js';
import { childProfile, type ChildProfile } from './synthetic-child-profile.js';
import { addEpisodeRecord, schemaFields, synthAuthorities, type KnownFields } from './synthetic-episode-record.js';
import { syntheticPhrases } from './synthetic-phrases.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface SynthWindow {
  /** The instant the first day begins. */
  startsAt: number;
  days: number;
}

export interface SynthSettings {
  lang: 'en' | 'cy';
  /** Whether the ruleset is Welsh, where a Welsh interview is offered to every child (the Active Offer). */
  welshActiveOffer: boolean;
  /** The ruleset's offer window in hours (default 72): an interview after it may record why. */
  offerWithinHours?: number;
  /** The answer fields the interview schema has (default: the schema the toolkit was built with). */
  knownFields?: KnownFields;
}

type OutcomeName = 'safeHappyHome' | 'reducedRisk' | 'familyRelationships' | 'educationProspects' | 'confidence' | 'positiveFuture';
const outcomeNames: OutcomeName[] = ['safeHappyHome', 'reducedRisk', 'familyRelationships', 'educationProspects', 'confidence', 'positiveFuture'];

/** An instant as the schemas write it, to the minute: 2025-04-01T13:45:00Z. */
export function isoInstant(instant: number): string {
  return new Date(instant).toISOString().replace(/:\d{2}\.\d{3}Z$/, ':00Z');
}

const isoDate = (instant: number) => new Date(instant).toISOString().slice(0, 10);

/** A number in a band written "min-max" (hours or days). */
function numberIn(random: SeededRandom, band: string): number {
  const [min, max] = band.split('-').map(Number);
  return min + random.next() * (max - min);
}

/** The values chosen, each independently with its own probability. */
function someOf(random: SeededRandom, probabilities: Record<string, number>, factor: (value: string) => number = () => 1): string[] {
  return Object.entries(probabilities)
    .filter(([value, probability]) => random.chance(Math.min(1, probability * factor(value))))
    .map(([value]) => value);
}

interface EpisodeTimes {
  reportedMissingAt: number;
  returnedAt: number;
}

/** The child's episodes in time order, clustered, all returning within the window. */
function episodeTimes(random: SeededRandom, window: SynthWindow, profile: ChildProfile): EpisodeTimes[] {
  const count = Math.round(numberIn(random, random.weighted(profile.episodeBands)));
  let day = random.between(0, window.days - 1);
  const returns: number[] = [];
  for (let index = 0; index < count; index += 1) {
    if (index > 0) day += numberIn(random, random.weighted(figures.daysBetweenEpisodes)) | 0;
    // An episode past the window's end wraps round to its start, so every one is in the window.
    const dayInWindow = day % window.days;
    const minuteOfDay = Math.round(numberIn(random, random.weighted(profile.returnHourOfDay)) * 60) % (24 * 60);
    returns.push(window.startsAt + dayInWindow * DAY + minuteOfDay * MINUTE);
  }
  return returns
    .sort((a, b) => a - b)
    .map((returnedAt) => ({ returnedAt, reportedMissingAt: returnedAt - Math.max(1, Math.round(numberIn(random, random.weighted(profile.hoursMissing)))) * HOUR }));
}

/** A date of birth that makes the child the same age, 10–17, at every episode (when they span under a year). */
function dateOfBirth(random: SeededRandom, first: number, last: number): string {
  const span = Math.floor((last - first) / DAY);
  const age = span > 364 ? Math.max(11, random.weighted(figures.ages)) : random.weighted(figures.ages);
  const daysBeforeBirthday = span > 364 ? random.between(0, 364) : random.between(span, 364);
  const lastDate = new Date(last);
  return isoDate(Date.UTC(lastDate.getUTCFullYear() - age, lastDate.getUTCMonth(), lastDate.getUTCDate() - daysBeforeBirthday));
}

function ratings(random: SeededRandom, rated: (outcome: OutcomeName) => number | undefined): Partial<Record<OutcomeName, number>> {
  const result: Partial<Record<OutcomeName, number>> = {};
  for (const outcome of outcomeNames) {
    const rating = random.chance(0.95) ? rated(outcome) : undefined;
    if (rating !== undefined) result[outcome] = Math.min(5, Math.max(1, rating));
  }
  return result;
}

function outcomeRatings(random: SeededRandom, heldAt: number): InterviewAnswers['outcomes'] | undefined {
  if (!random.chance(figures.ratedAtInterview)) return undefined;
  const baseline = ratings(random, () => random.weighted(figures.baselineRatings));
  if (!random.chance(figures.ratedAtFollowUp)) return { baseline };
  const followUp = ratings(random, (outcome) => (baseline[outcome] === undefined ? random.weighted(figures.baselineRatings) : baseline[outcome]! + random.weighted(figures.followUpChanges)));
  return { baseline, followUp: { ratedAt: isoDate(heldAt + random.between(42, 84) * DAY), ...followUp } };
}

/** Interviews are held between 09:00 and 20:00: a time outside moves to the next such morning or evening. */
function duringTheDay(random: SeededRandom, instant: number): number {
  const minuteOfDay = Math.floor((instant % DAY) / MINUTE);
  if (minuteOfDay >= 9 * 60 && minuteOfDay < 20 * 60) return instant;
  const nextMorning = instant - minuteOfDay * MINUTE + (minuteOfDay >= 20 * 60 ? DAY : 0) + 9 * HOUR;
  return nextMorning + random.between(0, 11 * 60 - 1) * MINUTE;
}

/** A reason as people type it: now and then in lower case or with stray spaces, which the report must still group. */
function asTyped(random: SeededRandom, phrase: string): string {
  const variant = random.weighted([['as-written', 90], ['lower-case', 5], ['spaces', 5]]);
  if (variant === 'lower-case') return phrase.toLowerCase();
  if (variant === 'spaces') return ` ${phrase.replace(' ', '  ')} `;
  return phrase;
}

/** Indicators, harms and disclosures any one of which the worker would call a serious harm. */
const seriousIndicators = new Set(['sexual-exploitation', 'criminal-exploitation', 'county-lines', 'trafficking', 'forced-labour', 'online-grooming', 'self-harm', 'suicidal-thoughts', 'forced-marriage', 'honour-based-abuse', 'fgm']);

/** Which of the worker's views applies: the record shows a serious harm, some concern, or nothing. */
function whatTheRecordShows(answers: InterviewAnswers): keyof typeof figures.workerRiskViews {
  const indicators = (answers.indicators ?? []) as string[];
  const during = answers.duringEpisode ?? {};
  const harms = (during.harmSuffered ?? []) as string[];
  const disclosures = answers.disclosures ?? {};
  if (indicators.some((value) => seriousIndicators.has(value)) || harms.some((harm) => harm !== 'emotional') || disclosures.harmByParentOrCarer || disclosures.immediateDanger) return 'withHarm';
  const withAdults = (answers.episode?.withWhom ?? []).some((whom) => whom !== 'alone' && whom !== 'peers' && whom !== 'family');
  const concerns =
    indicators.length > 0 || harms.length > 0 || Object.values(during).some((value) => value === true) || (answers.pushFactors ?? []).length > 0 || withAdults || answers.episode?.foundOutOfArea === true;
  if (concerns) return 'withConcerns';
  const hoursMissing = (Date.parse(answers.episode!.returnedAt!) - Date.parse(answers.episode!.reportedMissingAt!)) / HOUR;
  const knownToServices = !['none', 'early-help'].includes(answers.care?.status ?? 'none');
  return hoursMissing < 6 && !knownToServices ? 'withNothing' : 'nothingNew';
}

/** The answers of every episode of one synthetic child, in time order. */
export function syntheticChildAnswers(random: SeededRandom, window: SynthWindow, settings: SynthSettings): InterviewAnswers[] {
  const phrases = syntheticPhrases(settings.lang);
  const careStatus = random.weighted(figures.careStatuses);
  const inCare = careStatus === 'looked-after';
  const profile = childProfile(random, careStatus);
  const oneOff = profile.kind === 'one-off';
  const episodes = episodeTimes(random, window, profile);
  const preferredLanguage = settings.welshActiveOffer && random.chance(0.2) ? 'cy' : random.weighted(figures.preferredLanguages);
  // A concerned child has every harm more often, a one-off child far less, keeping the shares across all children.
  const concernFactor = profile.harmFactor;
  const child: InterviewAnswers['child'] = {
    dateOfBirth: dateOfBirth(random, episodes[0].returnedAt, episodes[episodes.length - 1].returnedAt),
    gender: random.weighted(figures.genders) as 'female',
    preferredLanguage: preferredLanguage as 'en',
    sendOrDisability: random.chance(oneOff ? figures.oneOffChildren.sendOrDisability : figures.sendOrDisability),
    learningDisabilityOrAutism: random.chance(oneOff ? figures.oneOffChildren.learningDisabilityOrAutism : figures.learningDisabilityOrAutism),
    ableToConsent: random.weighted([['yes', 85], ['unsure', 10], ['no', 5]]) as 'yes',
    unaccompaniedAsylumSeeking: inCare && random.chance(0.1),
    educationStatus: (oneOff ? 'mainstream' : random.weighted(figures.educationStatuses)) as 'mainstream',
  };
  const care: InterviewAnswers['care'] = {
    status: careStatus as 'none',
    ...(inCare
      ? { placementType: random.weighted(figures.placementTypes) as 'foster', placedOutOfArea: random.chance(figures.placedOutOfArea), hasAllocatedSocialWorker: random.chance(0.95) }
      : {}),
  };
  const knownFields = settings.knownFields ?? schemaFields;
  if (inCare) Object.assign(care, synthAuthorities(random, knownFields, care.placedOutOfArea === true));

  return episodes.map((times, index) => {
    const outcome = random.weighted(figures.interviewOutcomes) as 'accepted' | 'declined' | 'not-contactable' | 'not-offered';
    const held = outcome === 'accepted';
    const offeredAt = outcome === 'accepted' || outcome === 'declined' ? times.returnedAt + Math.round(numberIn(random, random.weighted(figures.offerDelayHours)) * 60) * MINUTE : undefined;
    const conductedAt = held && offeredAt !== undefined ? duringTheDay(random, offeredAt + Math.round(numberIn(random, random.weighted(figures.interviewDelayHours)) * 60) * MINUTE) : undefined;
    const independent = !held || random.chance(0.95);
    const interview: InterviewAnswers['interview'] = {
      notifiedAt: isoInstant(times.returnedAt + random.between(0, 12 * 60) * MINUTE),
      ...(offeredAt === undefined ? {} : { offeredAt: isoInstant(offeredAt) }),
      outcome,
      ...(outcome === 'declined' ? { outcomeReason: asTyped(random, random.pick(phrases.declineReasons)) } : {}),
      ...(outcome === 'not-contactable' ? { outcomeReason: random.pick(phrases.notContactableReasons) } : {}),
      ...(outcome === 'not-offered' ? { outcomeReason: random.pick(phrases.notOfferedReasons) } : {}),
      ...(conductedAt === undefined
        ? {}
        : {
            conductedAt: isoInstant(conductedAt),
            interviewee: random.weighted([['child', 85], ['both', 10], ['parent-carer', 5]]) as 'child',
            independent,
            ...(independent ? {} : { notIndependentReason: phrases.notIndependentReason }),
            welshOffered: settings.welshActiveOffer ? random.chance(0.95) : random.chance(0.1),
            languageUsed: (preferredLanguage === 'cy' ? 'cy' : 'en') as 'en',
            confidentialityExplained: random.chance(0.97),
          }),
    };
    const indicators = someOf(random, figures.indicators, () => (held ? 1 : 0.5) * concernFactor);
    const pushFactors = held ? someOf(random, figures.pushFactors, (value) => (value === 'placement-problems' && !inCare ? 0 : profile.pushFactor)) : [];
    const withWhom = someOf(random, oneOff ? figures.oneOffWithWhom : figures.withWhom);
    const harmSuffered = held ? someOf(random, { physical: 0.04, sexual: 0.02, emotional: 0.05 }, () => concernFactor) : [];

    const answers: InterviewAnswers = {
      child,
      care,
      episode: {
        type: (inCare && random.chance(figures.awayFromPlacement) ? 'away-from-placement' : 'missing') as 'missing',
        reportedMissingAt: isoInstant(times.reportedMissingAt),
        returnedAt: isoInstant(times.returnedAt),
        policeRiskGrade: random.weighted(figures.policeRiskGrades) as 'low',
        foundOutOfArea: random.chance(oneOff ? figures.oneOffChildren.foundOutOfArea : figures.foundOutOfArea),
        foundBy: random.weighted(figures.foundBy) as 'police',
        ...(withWhom.length > 0 ? { withWhom: withWhom as ['alone'] } : {}),
        previousEpisodes: episodes.slice(0, index).map((earlier) => ({ reportedMissingAt: isoInstant(earlier.reportedMissingAt), returnedAt: isoInstant(earlier.returnedAt) })),
      },
      interview,
      ...(pushFactors.length > 0 ? { pushFactors: pushFactors as ['other'] } : {}),
      ...(indicators.length > 0 ? { indicators: indicators as ['fgm'] } : {}),
    };
    if (held) {
      const during = figures.duringEpisode;
      answers.duringEpisode = {
        sleptRough: random.chance(during.sleptRough * concernFactor),
        stayedWithUnknownAdults: random.chance(during.stayedWithUnknownAdults * concernFactor),
        receivedMoneyGiftsOrPhone: random.chance(during.receivedMoneyGiftsOrPhone * concernFactor),
        usedDrugsOrAlcohol: random.chance(during.usedDrugsOrAlcohol * concernFactor),
        ...(harmSuffered.length > 0 ? { harmSuffered: harmSuffered as ['physical'] } : {}),
        injuries: random.chance(during.injuries * concernFactor),
        arrestedOrCharged: random.chance(during.arrestedOrCharged * concernFactor),
      };
      answers.disclosures = {
        harmByParentOrCarer: random.chance(0.03 * concernFactor),
        sharingWithFamilyIncreasesRisk: random.chance(0.03),
        immediateDanger: random.chance(0.01 * concernFactor),
      };
      answers.afterReturn = {
        feelsSafeWhereLiving: random.weighted([['yes', 65], ['partly', 25], ['no', 10]]) as 'yes',
        childsWords: random.pick(phrases.childsWords),
        childAgreesToShare: random.weighted([['yes', 60], ['partly', 30], ['no', 10]]) as 'yes',
        protectiveFactors: random.pick(phrases.protectiveFactors),
        workerRiskView: random.weighted(figures.workerRiskViews[whatTheRecordShows(answers)]) as 'low',
      };
      const outcomes = outcomeRatings(random, conductedAt!);
      if (outcomes) answers.outcomes = outcomes;
    }
    const episodeFacts = { held, inCare, placedOutOfArea: care.placedOutOfArea === true, harmFactor: concernFactor, windowHours: settings.offerWithinHours ?? 72 };
    addEpisodeRecord(random, answers, episodeFacts, phrases, knownFields);
    return answers;
  });
}
