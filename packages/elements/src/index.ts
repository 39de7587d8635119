/**
 * @rhi-toolkit/elements — the classes and types, without registering any tag (Lion's rule: a host
 * may register them under its own names). `rhi-toolkit.ts` registers every element.
 */
export { RhiInterviewForm } from './interview-form/interview-form.component.js';
export type { RhiChangeDetail, RhiDraftRestoredDetail, RhiSubmitDetail } from './interview-form/interview-form.events.js';
export type { Draft, DraftStore } from './interview-form/draft-store.js';
export type { FieldProblem } from './interview-form/validate-answers.js';
export type { JsonSchema, Layout, LayoutField, LayoutPage, LayoutPlacement, Words } from './interview-form/layout-types.js';
export type { Answers } from './interview-form/answer-paths.js';
export { RhiRiskPanel } from './risk-panel/risk-panel.component.js';
export type { RhiFocusFieldDetail } from './risk-panel/risk-panel.events.js';
export { RhiInterview } from './interview-session/interview.component.js';
export {
  createInterviewSession,
  type AnswerProblemsListener,
  type AssessmentListener,
  type InterviewSession,
  type InterviewSessionOptions,
} from './interview-session/create-interview-session.js';
export type { RhiAssessmentDetail } from './interview-session/interview.events.js';
export { RhiReferralWizard } from './referral-wizard/referral-wizard.component.js';
export type {
  RhiReferralsChangeDetail,
  RhiReferralsDraftRestoredDetail,
  RhiReferralsSubmitDetail,
} from './referral-wizard/referral-wizard.events.js';
export type { ReferralDraft, ReferralDraftStore } from './referral-wizard/referral-draft-store.js';
export type * from './referral-wizard/referral-types.js';
export { buildReferralPackage, checkReferralPackage } from './referral-wizard/referral-package.js';
export { RhiRecordStored, type StoredRecordKind } from './record-stored/record-stored.component.js';
export type { RhiDraftDeletedDetail } from './record-stored/record-stored.events.js';
export { RhiOutcomesChart } from './outcomes-chart/outcomes-chart.component.js';
export type { OutcomeChange, OutcomeChanges, OutcomeId, ServiceReport } from './outcomes-chart/service-report.js';
