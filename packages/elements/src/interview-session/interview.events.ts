/** The events `<rhi-interview>` sends. They bubble and cross shadow roots (composed). */
import type { Assessment } from '@rhi-toolkit/engine';
import type { Answers } from '../interview-form/answer-paths.js';

export { rhiEvent } from '../interview-form/interview-form.events.js';

export interface RhiAssessmentDetail {
  /** The one assessment every component on the page was given. */
  assessment: Assessment;
  /** The answers it was made from (closed reveals taken out). */
  answers: Answers;
}

declare global {
  interface HTMLElementEventMap {
    'rhi-assessment': CustomEvent<RhiAssessmentDetail>;
  }
}
