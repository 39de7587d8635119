/**
 * `@rhi-toolkit/elements/interview-form`: the `<rhi-interview-form>` class and its types. Importing
 * it registers no tag, so a host may register the class under its own name
 * (`customElements.define('council-interview-form', RhiInterviewForm)`); `./define/interview-form.ts`
 * registers `<rhi-interview-form>`.
 */
export { RhiInterviewForm } from '../interview-form/interview-form.component.js';
export { RhiRecordStored, type StoredRecordKind } from '../record-stored/record-stored.component.js';
export type { RhiDraftDeletedDetail } from '../record-stored/record-stored.events.js';
export type { RhiChangeDetail, RhiDraftRestoredDetail, RhiSubmitDetail } from '../interview-form/interview-form.events.js';
export type { Draft, DraftStore } from '../interview-form/draft-store.js';
export type { FieldProblem } from '../interview-form/validate-answers.js';
export type { JsonSchema, Layout, LayoutField, LayoutPage, LayoutPlacement, Words } from '../interview-form/layout-types.js';
export type { Answers } from '../interview-form/answer-paths.js';
