/**
 * The referral wizard's drafts on this device: what is saved and where, in a database of their
 * own. Saving, flushing and failures are shared with the interview form (shared/draft-store.ts).
 */
import { indexedDbDraftStore, type DraftStore } from '../shared/draft-store.js';
import type { ReferralWizardState } from './referral-types.js';

export type { DraftFailure } from '../shared/draft-store.js';

export interface ReferralDraft {
  state: ReferralWizardState;
  /** ISO instant of the save. */
  savedAt: string;
  /** ISO instant the referrals were sent, while the host has not confirmed it stored them (then the draft goes). */
  submittedAt?: string;
}

/** Where wizard drafts are kept. A host may give its own (for example one that encrypts). */
export type ReferralDraftStore = DraftStore<ReferralDraft>;

/** The default store: one IndexedDB database for every wizard on the origin, keyed by `draft-key`. */
export function indexedDbReferralDraftStore(): ReferralDraftStore {
  // The names drafts already saved on councils' devices are under: changing them would lose those drafts.
  return indexedDbDraftStore<ReferralDraft>('rhi-toolkit-referrals', 'referral-drafts');
}
