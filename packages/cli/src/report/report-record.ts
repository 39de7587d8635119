/**
 * One record line of `rhi report`, once read and checked: the answers with what is known about the
 * child, and the stored assessment and referral package when the line carries them. Only the
 * fields the figures use are named here; the schemas have checked the rest.
 */
import type { RiskLevel } from '@rhi-toolkit/engine/node';
import type { InterviewAnswers } from './interview-tally.js';
import type { OutcomeRatings } from './outcome-tally.js';

export interface ReportAnswers {
  episode?: { reportedMissingAt?: string; returnedAt?: string };
  interview?: InterviewAnswers;
  indicators?: string[];
  pushFactors?: string[];
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
