/**
 * One record line of `rhi report`, once read and checked: the answers with what is known about the
 * child, and the stored assessment and referral package when the line carries them. Only the
 * fields the figures use are named here; the schemas have checked the rest.
 */
import type { RiskLevel } from '@rhi-toolkit/engine/node';
import type { InterviewAnswers } from './interview-tally.js';
import type { OutcomeRatings } from './outcome-tally.js';
import type { PlaceAnswers } from './places-tally.js';

/** An earlier episode the record lists; `coveredByThisInterview` when the record's interview covered it too. */
export interface PreviousEpisode {
  reportedMissingAt?: string;
  returnedAt?: string;
  coveredByThisInterview?: boolean;
}

export interface ReportAnswers {
  child?: { preferredLanguage?: string };
  care?: { status?: string; placedOutOfArea?: boolean };
  episode?: { type?: string; reportedMissingAt?: string; returnedAt?: string; previousEpisodes?: PreviousEpisode[] };
  interview?: InterviewAnswers;
  indicators?: string[];
  pushFactors?: string[];
  pullFactors?: string[];
  places?: PlaceAnswers[];
  afterReturn?: { supportOffered?: boolean; supportTakenUp?: string};
  outcomes?: OutcomeRatings;
}

/** What the figures need from an assessment, stored or made now. */
export interface AssessmentFigures {
  riskLevel: RiskLevel;
  /** `signpost: true` marks something given to the child (the Runaway Helpline), not a referral. */
  referrals: { agency: string; name?: string; signpost?: boolean }[];
}

/** What the figures need from a referral package (docs/referral-package.md). */
export interface ReferralPackageFigures {
  referrals: { agency: string; agencyName?: string }[];
  removed: { agency: string; agencyName?: string; removalReason?: string }[];
}

export interface ReportRecord {
  /** The line's `id`, as text, when it gives one (rhi export names rows by it). */
  id?: string;
  childId?: string;
  /** The whole answers object, for assessing when no assessment is stored. */
  answers: ReportAnswers & Record<string, unknown>;
  assessment?: AssessmentFigures;
  referralPackage?: ReferralPackageFigures;
  /** The record's own moment of assessment (`now`), when given. */
  now?: string;
}
