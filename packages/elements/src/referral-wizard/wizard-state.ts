/**
 * The wizard's state when it opens, and how it follows a new assessment while it is open (the
 * answers changed): nothing the worker decided is lost, and no referral is dropped silently.
 */
import { referralsToMake, signpostsOf, type Assessment } from '@rhi-toolkit/engine';
import type { ReferralWizardState } from './referral-types.js';

/**
 * The first page, with every recommended referral chosen in the assessment's order. Signposts (the
 * Runaway Helpline) are not referrals: nothing is sent to them, so they are never chosen here.
 */
export function initialWizardState(assessment: Assessment): ReferralWizardState {
  const recommended = referralsToMake(assessment).map((referral) => referral.agency);
  return { step: 'choose', agencyIndex: 0, chosen: [...recommended], removed: {}, choices: {}, recommended };
}

export interface Reconciliation {
  state: ReferralWizardState;
  /** Agencies the rules now recommend that they did not before (chosen, unless the worker had taken them out). */
  newlyRecommended: string[];
  /** Agencies the rules recommended before and no longer do (still chosen if they were: the worker decides). */
  noLongerRecommended: string[];
}

/**
 * Brings the state up to date with a new assessment. Newly recommended agencies are added at the
 * end of the chosen ones, unless the worker took them out, which stays so; agencies no longer
 * recommended stay chosen (they now need a reason for being added); a removal whose agency is no
 * longer recommended is dropped, as there is nothing left to justify. Choices, including edited
 * summaries, are kept. The same state object comes back when nothing changed.
 */
export function reconcileWithAssessment(saved: ReferralWizardState, assessment: Assessment): Reconciliation {
  const state = withoutSignposts(saved, assessment);
  const recommended = referralsToMake(assessment).map((referral) => referral.agency);
  // Beside a form being filled in, the wizard follows every assessment before the worker has
  // decided anything: it simply starts again from the latest, in its order, with nothing to report.
  if (isUntouched(state)) {
    const fresh = initialWizardState(assessment);
    return { state: sameList(fresh.chosen, state.chosen) && sameList(recommended, state.recommended!) ? state : fresh, newlyRecommended: [], noLongerRecommended: [] };
  }
  const before = state.recommended ?? recommendedBefore(state);
  const newlyRecommended = recommended.filter((agency) => !before.includes(agency));
  const noLongerRecommended = before.filter((agency) => !recommended.includes(agency));
  // A reason for taking an agency out is the worker's words: kept when the agency drops out of the
  // recommendations, so it is still taken out if it comes back (a reload passes through assessments
  // of fewer answers on its way to the restored ones). It counts only while the agency is recommended.
  const added = newlyRecommended.filter((agency) => !state.chosen.includes(agency) && !(agency in state.removed));
  const unchanged = added.length === 0 && state.recommended !== undefined && sameList(state.recommended, recommended);
  if (unchanged) return { state, newlyRecommended, noLongerRecommended };
  return {
    state: { ...state, chosen: [...state.chosen, ...added], recommended },
    newlyRecommended,
    noLongerRecommended,
  };
}

/**
 * The first page, showing the rules' recommendations exactly, with nothing decided yet: such a
 * state follows each new assessment silently, and is never saved as a draft.
 */
export function isUntouched(state: ReferralWizardState): boolean {
  return (
    state.step === 'choose' &&
    state.recommended !== undefined &&
    sameList(state.chosen, state.recommended) &&
    Object.keys(state.removed).length === 0 &&
    Object.keys(state.choices).length === 0 &&
    state.noReferralsReason === undefined &&
    state.toFollow === undefined &&
    state.toFollowReason === undefined
  );
}

/**
 * Where the worker stands on the referrals the assessment recommends, for a guarded submit:
 * `confirmed` (sent), `removed` (every recommended agency taken out with a reason, none chosen),
 * `to-follow` (chosen, with a reason, where the host allows it), `to-follow-without-reason`,
 * `none-recommended`, or `undecided`.
 */
export type ReferralDecision = 'confirmed' | 'removed' | 'to-follow' | 'to-follow-without-reason' | 'none-recommended' | 'undecided';

export function referralDecisionOf(state: ReferralWizardState | undefined, assessment: Assessment, options: { sent: boolean; mayFollow: boolean }): ReferralDecision {
  if (options.sent) return 'confirmed';
  // A signpost is given to the child, not decided on: only referrals need a decision.
  const toMake = referralsToMake(assessment);
  if (toMake.length === 0) return 'none-recommended';
  if (!state) return 'undecided';
  const everyOneRemoved = state.chosen.length === 0 && toMake.every((referral) => (state.removed[referral.agency] ?? '').trim() !== '');
  if (everyOneRemoved) return 'removed';
  if (options.mayFollow && state.toFollow) return (state.toFollowReason ?? '').trim() === '' ? 'to-follow-without-reason' : 'to-follow';
  return 'undecided';
}

/** Ticks or unticks "referrals to follow", or changes its reason. */
export function withToFollow(state: ReferralWizardState, change: { toFollow?: boolean; toFollowReason?: string }): ReferralWizardState {
  return { ...state, ...change };
}

/**
 * For a state saved without its recommendations: every recommended agency is either chosen or
 * taken out, and an agency the worker added carries the reason they gave for adding it.
 */
function recommendedBefore(state: ReferralWizardState): string[] {
  const chosenByRules = state.chosen.filter((agency) => state.choices[agency]?.addedReason === undefined);
  return [...chosenByRules, ...Object.keys(state.removed).filter((agency) => !chosenByRules.includes(agency))];
}

/** A state saved before its ruleset marked an agency a signpost: the signpost leaves the referrals. */
function withoutSignposts(state: ReferralWizardState, assessment: Assessment): ReferralWizardState {
  const signposts = new Set(signpostsOf(assessment).map((signpost) => signpost.agency));
  const holds = (agency: string) => signposts.has(agency);
  if (!state.chosen.some(holds) && !Object.keys(state.removed).some(holds) && !(state.recommended ?? []).some(holds)) return state;
  const { recommended } = state;
  return {
    ...state,
    chosen: state.chosen.filter((agency) => !holds(agency)),
    removed: Object.fromEntries(Object.entries(state.removed).filter(([agency]) => !holds(agency))),
    ...(recommended ? { recommended: recommended.filter((agency) => !holds(agency)) } : {}),
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
