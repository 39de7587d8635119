/**
 * The wizard's pages in order: choose, one details page per chosen agency, one sharing page per
 * chosen agency, check. ("Sent" comes after and has no way back.)
 */
import type { ReferralWizardState, WizardStep } from './referral-types.js';

export interface WizardPage {
  step: WizardStep;
  /** Index into `state.chosen` on details and sharing pages; 0 elsewhere. */
  agencyIndex: number;
}

/** The numbered steps of the indicator ("Step 2 of 5"). */
export const numberedSteps: WizardStep[] = ['choose', 'details', 'sharing', 'check', 'sent'];

export function pagesOf(state: Pick<ReferralWizardState, 'chosen'>): WizardPage[] {
  const perAgency = (step: WizardStep) => state.chosen.map((_, agencyIndex) => ({ step, agencyIndex }));
  return [{ step: 'choose', agencyIndex: 0 }, ...perAgency('details'), ...perAgency('sharing'), { step: 'check', agencyIndex: 0 }];
}

/** Where a page is in the order; -1 for "sent" or a page that no longer exists. */
export function pageIndexOf(pages: WizardPage[], page: WizardPage): number {
  return pages.findIndex((candidate) => candidate.step === page.step && (!isPerAgency(page.step) || candidate.agencyIndex === page.agencyIndex));
}

export function isPerAgency(step: WizardStep): boolean {
  return step === 'details' || step === 'sharing';
}

/** A page that exists for this state: an agency index past the end (an agency taken out) moves back. */
export function pageWithin(state: Pick<ReferralWizardState, 'chosen'>, page: WizardPage): WizardPage {
  if (!isPerAgency(page.step)) return { step: page.step, agencyIndex: 0 };
  if (state.chosen.length === 0) return { step: page.step === 'details' ? 'choose' : 'check', agencyIndex: 0 };
  return { step: page.step, agencyIndex: Math.min(Math.max(0, page.agencyIndex), state.chosen.length - 1) };
}
