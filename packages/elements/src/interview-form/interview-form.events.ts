/** The events `<rhi-interview-form>` sends. All bubble and cross shadow roots (composed). */
import type { Assessment } from '@rhi-toolkit/engine';
import type { ReferralDecisions } from '../referral-wizard/referral-draft-store.js';
import type { Answers } from './answer-paths.js';
import type { RecordReferrals } from './joined-record.js';

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
  /** Inside `<rhi-interview>`: the assessment of these answers, on which the referral decisions were made. */
  assessment?: Assessment;
  /** Inside `<rhi-interview>` with a wizard, when the assessment recommends referrals: the decision and its package. */
  referrals?: RecordReferrals;
}

export interface RhiDraftRestoredDetail {
  answers: Answers;
  /** ISO instant the draft was saved. */
  savedAt: string;
  /** The referral wizard's decisions drafted with the answers (inside `<rhi-interview>`), for the wizard to take back. */
  referrals?: ReferralDecisions;
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
