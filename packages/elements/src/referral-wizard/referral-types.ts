/**
 * The shapes the referral wizard works with: what the worker has chosen so far (kept in drafts)
 * and the referral package it sends when confirmed (`schemas/referral.schema.json`, which a test
 * checks these types against).
 */
import type { AgencyContact, Consent, Language, ParentCarerDiscussion, Reason, RiskLevel, Urgency } from '@rhi-toolkit/engine';

/** The wizard's steps, in order. Details and sharing have one page per chosen agency. */
export type WizardStep = 'choose' | 'details' | 'sharing' | 'check' | 'sent';

/** Whether an agreement the service needs (consent other than "not-needed") was given. */
export type Agreement = 'given' | 'refused' | 'not-asked-yet';

/** What the worker decided for one chosen agency, as typed (every field may still be empty). */
export interface AgencyChoices {
  urgency?: Urgency;
  /** Why the urgency is lower than the rules recommended; required when it is. */
  urgencyLoweredReason?: string;
  /** The summary as the worker left it; absent while they have not edited the prefilled one. */
  summary?: string;
  agreement?: Agreement;
  /** Whether the child or family were told that this is being shared. */
  told?: 'yes' | 'no';
  /** Why they were not told (for example: telling them would increase the risk); required when not told. */
  notToldReason?: string;
  /** Why the worker added an agency the rules did not recommend; required for those. */
  addedReason?: string;
  /**
   * The lawful basis for sharing as the worker wrote it: asked for (and used) only when the
   * ruleset has no `settings.lawfulBasis`, which is otherwise the basis for every agency.
   */
  lawfulBasis?: string;
}

/** Everything the wizard holds between pages and across a reload (saved as the draft). */
export interface ReferralWizardState {
  step: WizardStep;
  /** Index into the chosen agencies on the details and sharing steps. */
  agencyIndex: number;
  /** Agency ids chosen, in the order they are shown. */
  chosen: string[];
  /** Recommended agencies the worker took out, with the reason they gave (kept in the package). */
  removed: Record<string, string>;
  choices: Record<string, AgencyChoices>;
  /**
   * Why no referral is needed, as typed: asked for (and sent) only when the rules recommend none
   * and the worker chose none, so the decision is still recorded.
   */
  noReferralsReason?: string;
  /**
   * The agencies the rules recommended when the state was last brought up to date with an
   * assessment, so a later assessment's new and dropped recommendations can be told apart from
   * agencies the worker added (`reconcileWithAssessment`).
   */
  recommended?: string[];
  /**
   * The worker chose "referrals to follow" (only offered when the host allows it, `referrals-may-follow`
   * on `<rhi-interview>`): the record is submitted before the referrals are decided, with the reason.
   */
  toFollow?: boolean;
  /** Why the referrals will follow later, as typed; required with `toFollow`. */
  toFollowReason?: string;
}

/**
 * One thing that still stops the referral package being complete (`packageProblems`): which
 * agency, which choice, and the step where the worker can put it right. The wizard writes the words.
 * `removalReason` is about a recommended agency that was taken out (or left out) without a reason;
 * `noReferralsReason` means the rules recommend none, none is chosen, and no reason says why none is needed.
 */
export interface PackageProblem {
  agency?: string;
  field: keyof AgencyChoices | 'removalReason' | 'noReferralsReason';
  step: WizardStep;
}

/** One line of the answers that bear on a referral, as shown to the worker and sent. */
export interface AnswerLine {
  /** Dotted path of the answer, e.g. `episode.whereFound`. */
  path: string;
  /** The question in the package's language. */
  label: string;
  /** The answer written out in the package's language (dates the en-GB/cy way, choices by label). */
  value: string;
}

/** How the information sharing was decided for one agency. */
export interface SharingDecision {
  /** The lawful basis for sharing (the ruleset's `settings.lawfulBasis`, or what the worker wrote). */
  lawfulBasis: string;
  /** Consent as the assessment states it (the agency directory's for an agency the worker added). */
  consent: Consent;
  /** Present when consent is not "not-needed". */
  agreement?: Agreement;
  /** What the child said about sharing (answers `afterReturn.childAgreesToShare`), if recorded. */
  childAgreesToShare?: 'yes' | 'partly' | 'no';
  childOrFamilyTold: boolean;
  /** Required when `childOrFamilyTold` is false. */
  notToldReason?: string;
}

/** One agency being referred to. */
export interface PackagedReferral {
  agency: string;
  agencyName: string;
  /** True when the rules recommended it; false when the worker added it (then `addedReason` is set). */
  recommended: boolean;
  addedReason?: string;
  urgency: Urgency;
  /** The urgency the rules recommended, when they did. */
  recommendedUrgency?: Urgency;
  urgencyLoweredReason?: string;
  /** The rules that recommended it, with their messages. */
  reasons: Reason[];
  /** Contact details from the ruleset's agency directory (notes in the package's language). */
  contact: Omit<AgencyContact, 'notes'> & { notes?: string };
  /** The answers that bear on this referral, as prefilled. */
  relevantAnswers: AnswerLine[];
  /** The summary the agency receives, as the worker left it. */
  summary: string;
  sharing: SharingDecision;
}

/** A recommended referral the worker decided not to make, with their reason. */
export interface RemovedReferral {
  agency: string;
  agencyName: string;
  urgency: Urgency;
  reasons: Reason[];
  removalReason: string;
}

/** A service whose contact the child is given: nothing about the child is sent, so no summary and no sharing decision. */
export interface PackagedSignpost {
  agency: string;
  agencyName: string;
  /** What to give the child: the rules' messages. */
  reasons: Reason[];
  contact: PackagedReferral['contact'];
}

/** What `rhi-referrals-submit` carries: validates against `schemas/referral.schema.json`. */
export interface ReferralPackage {
  schemaVersion: 1;
  /** ISO instant the worker confirmed the referrals. */
  preparedAt: string;
  lang: Language;
  /** The host's own reference for the case or record, when it gave one (`case-reference`). */
  caseReference?: string;
  ruleset: { id: string; version: string };
  assessment: {
    assessedAt: string;
    riskLevel: RiskLevel;
    provisional: boolean;
    parentCarerDiscussion: ParentCarerDiscussion;
  };
  /** Empty only when `removed` is not, or when `noReferralsReason` says why none is needed. */
  referrals: PackagedReferral[];
  removed: RemovedReferral[];
  /** Why no referral is needed: present when the rules recommended none and the worker chose none. */
  noReferralsReason?: string;
  /** Services whose contact the child is given (signposts, not referrals); absent when none. */
  signposts?: PackagedSignpost[];
}
