/**
 * What `<rhi-interview>` joins to the form's record: the referral decisions, drafted with the
 * answers; what still stops the record being submitted (the guarded submit); and the assessment
 * and referrals that leave the page with the answers. The form asks; the coordinator knows the
 * assessment and the wizard. A form on its own has none of this and submits its answers alone.
 */
import type { Assessment } from '@rhi-toolkit/engine';
import type { UiWords } from '../i18n/ui-words.js';
import type { ReferralDecisions } from '../referral-wizard/referral-draft-store.js';
import type { ReferralPackage } from '../referral-wizard/referral-types.js';

/** The referrals part of a submitted record (`rhi-submit`'s `referrals`, posted as `<name>-referrals`). */
export interface RecordReferrals {
  /** `confirmed`: sent from the wizard; `removed`: every recommended one taken out with a reason; `to-follow`: decided later. */
  decision: 'confirmed' | 'removed' | 'to-follow';
  /** Valid against `schemas/referral.schema.json`; absent for `to-follow`. */
  package?: ReferralPackage;
  /** Why the referrals will follow later (`to-follow` only). */
  toFollowReason?: string;
}

/** Something that still stops the record being submitted, shown in the form's error summary. */
export interface RecordProblem {
  message: string;
  /** The form's own answer that settles it (dotted path), linked like any other problem. */
  path?: string;
  /** Moves focus to where it is settled outside the form (the referral wizard). */
  follow?: () => void;
}

export interface JoinedRecord {
  /** The wizard's decisions as they stand, for the draft; undefined while there is nothing to keep. */
  referralDecisions(): ReferralDecisions | undefined;
  /** Resolves once the latest answers are assessed, so the guard never reads an older assessment. */
  settled(): Promise<void>;
  /** What must be decided or recorded before the record may be submitted; empty when nothing. */
  problems(words: UiWords): RecordProblem[];
  /** The assessment the decisions were made on: that of the answers being submitted. */
  assessment(): Assessment | undefined;
  referrals(): RecordReferrals | undefined;
}
