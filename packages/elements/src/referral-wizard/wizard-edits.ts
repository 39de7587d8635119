/**
 * The changes a worker makes to the wizard's state, as pure functions: each returns a new state
 * and leaves the old one as it was (drafts and the change event get whole states).
 */
import { referralsToMake, type Assessment } from '@rhi-toolkit/engine';
import type { AgencyChoices, ReferralWizardState } from './referral-types.js';
import type { WizardPage } from './wizard-pages.js';

/**
 * Ticks or unticks an agency. A recommended agency taken out keeps a place for the reason (and the
 * reason if one was typed); put back, it returns to its place in the recommendations' order.
 * An added agency goes at the end. Choices already made are kept either way.
 */
export function withAgencyChosen(state: ReferralWizardState, assessment: Assessment, agency: string, chosen: boolean): ReferralWizardState {
  const order = referralsToMake(assessment).map((referral) => referral.agency);
  const recommended = order.includes(agency);
  if (!chosen) {
    const removed = recommended ? { ...state.removed, [agency]: state.removed[agency] ?? '' } : state.removed;
    return { ...state, chosen: state.chosen.filter((other) => other !== agency), removed };
  }
  if (state.chosen.includes(agency)) return state;
  const { [agency]: _reason, ...removed } = state.removed;
  return { ...state, chosen: inserted(state.chosen, agency, recommended ? order : undefined), removed };
}

function inserted(chosen: string[], agency: string, order: string[] | undefined): string[] {
  if (!order) return [...chosen, agency];
  const rank = order.indexOf(agency);
  const before = chosen.findIndex((other) => order.includes(other) && order.indexOf(other) > rank);
  if (before >= 0) return [...chosen.slice(0, before), agency, ...chosen.slice(before)];
  const lastRecommended = chosen.reduce((last, other, index) => (order.includes(other) ? index : last), -1);
  return [...chosen.slice(0, lastRecommended + 1), agency, ...chosen.slice(lastRecommended + 1)];
}

export function withRemovalReason(state: ReferralWizardState, agency: string, reason: string): ReferralWizardState {
  return { ...state, removed: { ...state.removed, [agency]: reason } };
}

export function withNoReferralsReason(state: ReferralWizardState, reason: string): ReferralWizardState {
  return { ...state, noReferralsReason: reason };
}

export function withChoice(state: ReferralWizardState, agency: string, change: Partial<AgencyChoices>): ReferralWizardState {
  return { ...state, choices: { ...state.choices, [agency]: { ...state.choices[agency], ...change } } };
}

/** Goes back to the summary suggested from the answers (the edited one is forgotten). */
export function withSuggestedSummary(state: ReferralWizardState, agency: string): ReferralWizardState {
  const { summary: _edited, ...rest } = state.choices[agency] ?? {};
  return { ...state, choices: { ...state.choices, [agency]: rest } };
}

export function withPage(state: ReferralWizardState, page: WizardPage): ReferralWizardState {
  if (state.step === page.step && state.agencyIndex === page.agencyIndex) return state;
  return { ...state, step: page.step, agencyIndex: page.agencyIndex };
}
