/**
 * The interview record's drafts on this device: what is saved and where. Saving, flushing and
 * failures are shared with the referral wizard (shared/draft-store.ts).
 */
import { indexedDbDraftStore, type DraftStore as SharedDraftStore } from '../shared/draft-store.js';
import type { ReferralDecisions } from '../referral-wizard/referral-draft-store.js';
import type { Answers } from './answer-paths.js';
import type { RawInputs } from './validate-answers.js';

export type { DraftFailure } from '../shared/draft-store.js';

export interface Draft {
  answers: Answers;
  /** Dates and numbers typed but not yet readable, so half-typed boxes come back as they were. */
  rawInputs: RawInputs;
  /**
   * The referral wizard's decisions, inside `<rhi-interview>`: drafted with the answers, so one
   * record (encrypted and expiring as one) holds both. Absent in drafts saved before they were joined.
   */
  referrals?: ReferralDecisions;
  /** ISO instant of the save. */
  savedAt: string;
  /** ISO instant the record was submitted, while the host has not confirmed it stored it (then the draft goes). */
  submittedAt?: string;
}

/** Where drafts are kept. A host may give its own (for example one that encrypts). */
export type DraftStore = SharedDraftStore<Draft>;

/** The default store: one IndexedDB database for every form on the origin, keyed by `draft-key`. */
export function indexedDbInterviewDraftStore(): DraftStore {
  // The names drafts already saved on councils' devices are under: changing them would lose those drafts.
  return indexedDbDraftStore<Draft>('rhi-toolkit', 'interview-drafts');
}
