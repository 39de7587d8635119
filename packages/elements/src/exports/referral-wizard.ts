/**
 * `@rhi-toolkit/elements/referral-wizard`: the `<rhi-referral-wizard>` class, its types and the
 * referral package functions. Importing it registers no tag; `./define/referral-wizard.ts`
 * registers `<rhi-referral-wizard>`.
 */
export { RhiRecordStored, type StoredRecordKind } from '../record-stored/record-stored.component.js';
export type { RhiDraftDeletedDetail } from '../record-stored/record-stored.events.js';
export { RhiReferralWizard } from '../referral-wizard/referral-wizard.component.js';
export type {
  RhiReferralsChangeDetail,
  RhiReferralsDraftRestoredDetail,
  RhiReferralsSubmitDetail,
} from '../referral-wizard/referral-wizard.events.js';
export type { ReferralDraft, ReferralDraftStore } from '../referral-wizard/referral-draft-store.js';
export type * from '../referral-wizard/referral-types.js';
export { buildReferralPackage, checkReferralPackage } from '../referral-wizard/referral-package.js';
