/**
 * The referral wizard's drafts on this device. Inside `<rhi-interview>` with a form, its decisions
 * are drafted with the answers (ReferralDecisions, in the form's draft); a wizard on its own keeps
 * them in a database of its own, as below, which a joined wizard still reads once so a draft saved
 * before the two were joined is not lost. Saving, flushing and failures are shared with the interview form (shared/draft-store.ts).
 */
import { indexedDbDraftStore, type DraftStore } from '../shared/draft-store.js';
import type { ReferralPackage, ReferralWizardState } from './referral-types.js';

export type { DraftFailure } from '../shared/draft-store.js';

export interface ReferralDraft {
  state: ReferralWizardState;
  /** ISO instant of the save. */
  savedAt: string;
  /** ISO instant the referrals were sent, while the host has not confirmed it stored them (then the draft goes). */
  submittedAt?: string;
}

/**
 * The wizard's part of a record's draft: inside `<rhi-interview>` it is kept with the interview's
 * answers, in the form's draft under the same `draft-key` (one record, one draft), not in the store below.
 */
export interface ReferralDecisions {
  /** Every choice, reason and summary, and the page the worker is on. */
  state: ReferralWizardState;
  /** The package confirmed and sent, once it has been: the wizard reopens on "Referrals confirmed". */
  sentPackage?: ReferralPackage;
}

/** Where a wizard outside `<rhi-interview>` keeps its drafts. A host may give its own (for example one that encrypts). */
export type ReferralDraftStore = DraftStore<ReferralDraft>;

/** The default store: one IndexedDB database for every wizard on the origin, keyed by `draft-key`. */
export function indexedDbReferralDraftStore(): ReferralDraftStore {
  // The names drafts already saved on councils' devices are under: changing them would lose those drafts.
  return indexedDbDraftStore<ReferralDraft>('rhi-toolkit-referrals', 'referral-drafts');
}
