/** The events `<rhi-referral-wizard>` sends. All bubble and cross shadow roots (composed). */
import type { ReferralPackage, ReferralWizardState } from './referral-types.js';

export { rhiEvent } from '../interview-form/interview-form.events.js';

export interface RhiReferralsSubmitDetail {
  /** The referrals and sharing decisions the worker confirmed; valid against `schemas/referral.schema.json`. */
  package: ReferralPackage;
}

export interface RhiReferralsChangeDetail {
  /** Everything the worker has chosen so far, and where they are in the wizard. */
  state: ReferralWizardState;
}

export interface RhiReferralsDraftRestoredDetail {
  state: ReferralWizardState;
  /** ISO instant the draft was saved. */
  savedAt: string;
  /** True when the decisions came from the record's draft (the form's, inside `<rhi-interview>`); false from the wizard's own. */
  fromRecord: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'rhi-referrals-submit': CustomEvent<RhiReferralsSubmitDetail>;
    'rhi-referrals-change': CustomEvent<RhiReferralsChangeDetail>;
    'rhi-referrals-draft-restored': CustomEvent<RhiReferralsDraftRestoredDetail>;
  }
}
