/**
 * The service report: aggregated figures over many RHI records, the one object every rendering
 * (`rhi report --format md|csv|json|html`) is made from. Only counts, averages and labels: never a
 * child's answers. Its fields are a contract shared with report-html.ts and with services that read
 * the JSON, so fields may be added but never renamed. docs/reporting.md says how each is counted.
 */

export type ReportLanguage = 'en' | 'cy';

export type ReportRiskLevel = 'high' | 'medium' | 'low' | 'no-apparent-risk';

/** Risk levels in the order every rendering lists them, most serious first. */
export const reportRiskLevels: readonly ReportRiskLevel[] = ['high', 'medium', 'low', 'no-apparent-risk'];

export type ReportOutcome =
  | 'safeHappyHome'
  | 'reducedRisk'
  | 'familyRelationships'
  | 'educationProspects'
  | 'confidence'
  | 'positiveFuture';

/** The six outcomes of the Railway Children study, in its order. */
export const reportOutcomes: readonly ReportOutcome[] = [
  'safeHappyHome',
  'reducedRisk',
  'familyRelationships',
  'educationProspects',
  'confidence',
  'positiveFuture',
];

/** Below this many young people an outcome's average is shown with a plain-language caution. */
export const smallNumberThreshold = 10;

export interface LabelledCount {
  id: string;
  label: string;
  count: number;
}

export interface ReasonCount {
  reason: string;
  count: number;
}

export interface AgencyCount {
  agency: string;
  name: string;
  count: number;
}

/** The median hours from the return to the interview for the records with one interview outcome. */
export interface OutcomeMedian {
  /** interview.outcome, or `not-recorded`. */
  outcome: string;
  label: string;
  interviewsTimed: number;
  medianHours: number | null;
}

/** One group of a breakdown: its episodes, the interviews completed and how many were within the window. */
export interface BreakdownGroup {
  id: string;
  label: string;
  episodes: number;
  interviewsCompleted: number;
  completedWithinWindow: number;
  completedWithinWindowPercent: number | null;
}

/** The breakdowns inspectors ask for, in the order every rendering lists them. */
export const breakdownDimensions = ['lookedAfter', 'episodeType', 'placedOutOfArea', 'interviewerRole'] as const;
export type BreakdownDimension = (typeof breakdownDimensions)[number];

export interface AreaCount {
  area: string;
  count: number;
}

export interface OutcomeFigures {
  outcome: ReportOutcome;
  label: string;
  /** Records with both a baseline and a follow-up rating for this outcome. */
  youngPeople: number;
  baselineAverage: number | null;
  followUpAverage: number | null;
  /** Mean over those records of (followUp − baseline) / baseline × 100. */
  averagePercentChange: number | null;
  /** True when youngPeople < smallNumberThreshold. */
  smallNumber: boolean;
}

export interface ServiceReport {
  // Fields marked "Addition" are optional here so that a report made to the first version of the
  // contract still type-checks; `rhi report` always fills them.
  kind: 'rhi-service-report';
  version: 1;
  lang: ReportLanguage;
  /** Inclusive London calendar dates of episode.returnedAt; null means open-ended. */
  period: { from: string | null; to: string | null };
  ruleset: { id: string; version: string };
  records: {
    read: number;
    inPeriod: number;
    unreadable: number;
    withoutChildId: number;
    /** Addition: in-period records without episode.returnedAt (kept in the report only when no period is given). */
    withoutReturnedAt?: number;
  };
  episodes: {
    count: number;
    children: number;
    childrenWithTwoOrMore: number;
    childrenAtRepeatThreshold: number;
    repeatThreshold: { count: number; withinDays: number };
    /** Addition: earlier episodes (episode.previousEpisodes[]) a record's interview covered; counted in `count`. */
    earlierEpisodesCovered?: number;
  };
  interviews: {
    offered: number;
    offeredWithin72Hours: number;
    offeredWithin72HoursPercent: number | null;
    accepted: number;
    declined: number;
    declineReasons: ReasonCount[];
    notContactable: number;
    notOffered: number;
    /** Addition: in-period records with no interview.outcome recorded. */
    outcomeNotRecorded?: number;
    /** Addition: the ruleset's offerWithinHours, the time the "within 72 hours" figures use (72 in England). */
    offerWithinHours?: number;
    medianHoursFromReturnToInterview: number | null;
    interviewsTimed: number;
    /** Addition: records with interview.conductedAt (an interview held). */
    completed?: number;
    /** Addition: of those, held no later than the return + offerWithinHours (and not before the return). */
    completedWithinWindow?: number;
    completedWithinWindowPercent?: number | null;
    /** Addition: the episodes the completed interviews covered (their own and earlier ones marked coveredByThisInterview). */
    episodesCoveredByCompleted?: number;
    /** Addition: the median hours from the return to the interview, per interview.outcome. */
    medianHoursByOutcome?: OutcomeMedian[];
    /** Addition: interview.delayReason of records whose interview was not completed within the window. */
    notWithinWindowReasons?: LabelledCount[];
  };
  riskLevels: { level: ReportRiskLevel; count: number; percent: number | null }[];
  /** Addition: how the risk levels were found — stored assessments, assessed now, or not assessed. */
  assessments?: { stored: number; assessedNow: number; notAssessed: number };
  indicators: LabelledCount[];
  pushFactors: LabelledCount[];
  /** Addition: pullFactors, counted as pushFactors are. */
  pullFactors?: LabelledCount[];
  /** Addition: places the child went (places[]): records naming each place type, and the areas named most. */
  places?: { byType: LabelledCount[]; topAreas: AreaCount[]; recordsWithPlaces: number };
  /** Addition: episodes, interviews completed and within the window, by group. */
  breakdowns?: Record<BreakdownDimension, BreakdownGroup[]>;
  /** Addition: the Welsh active offer for Welsh speakers (child.preferredLanguage "cy") offered an interview. */
  welshActiveOffer?: { welshSpeakersOffered: number; welshOffered: number; welshOfferedPercent: number | null; notRecorded: number };
  /** Addition: follow-up support offered (afterReturn.supportOffered) and taken up (afterReturn.supportTakenUp). */
  followUpSupport?: { offered: number; notOffered: number; takenUp: number; notTakenUp: number; notYet: number; takenUpPercent: number | null };
  referrals: {
    /** Referrals made: the referral packages' referrals[]. */
    byAgency: AgencyCount[];
    recommendedRemoved: number;
    removalReasons: ReasonCount[];
    /** Addition: referrals the assessments recommended, whether or not they were made. */
    recommendedByAgency?: AgencyCount[];
    /** Addition: signposts the assessments gave (the Runaway Helpline's number for the child): not referrals, so not in recommendedByAgency. */
    signpostsByAgency?: AgencyCount[];
    /** Addition: in-period records that carried a referral package. */
    packages?: number;
  };
  outcomes: {
    /** Records with at least one outcome rated at both baseline and follow-up. */
    youngPeople: number;
    smallNumberThreshold: 10;
    items: OutcomeFigures[];
  };
}
