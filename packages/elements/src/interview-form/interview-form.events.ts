/** The events `<rhi-interview-form>` sends. All bubble and cross shadow roots (composed). */
import type { Answers } from './answer-paths.js';

export interface RhiChangeDetail {
  /** Every answer, including those in closed reveals (use `submittedAnswers` for what would be sent). */
  answers: Answers;
  /** The answers as they would be submitted: closed reveals taken out. */
  submittedAnswers: Answers;
  /** Dotted path of the answer that changed, e.g. `episode.returnedAt`. */
  path: string;
}

export interface RhiSubmitDetail {
  answers: Answers;
}

export interface RhiDraftRestoredDetail {
  answers: Answers;
  /** ISO instant the draft was saved. */
  savedAt: string;
}

export function rhiEvent<Detail>(type: string, detail: Detail, cancelable = false): CustomEvent<Detail> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
}

declare global {
  interface HTMLElementEventMap {
    'rhi-change': CustomEvent<RhiChangeDetail>;
    'rhi-submit': CustomEvent<RhiSubmitDetail>;
    'rhi-draft-restored': CustomEvent<RhiDraftRestoredDetail>;
  }
}
