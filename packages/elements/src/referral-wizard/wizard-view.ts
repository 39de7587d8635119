/**
 * What the wizard hands to the renderers of its pages: the state and the engine's output to show,
 * and the callbacks that change the state. Renderers never change anything themselves.
 */
import type { Assessment, ResolvedRuleset } from '@rhi-toolkit/engine';
import type { Answers } from '../interview-form/answer-paths.js';
import type { JsonSchema } from '../interview-form/layout-types.js';
import type { UiWords } from '../i18n/ui-words.js';
import type { AgencyChoices, ReferralWizardState, WizardStep } from './referral-types.js';
import type { StepProblem } from './step-problems.js';

export interface WizardView {
  words: UiWords;
  /** The level of each page's heading (the host's `heading-level`); sections go one below. */
  headingLevel: number;
  assessment: Assessment;
  ruleset: ResolvedRuleset;
  answers: Answers;
  schema: JsonSchema;
  state: ReferralWizardState;
  timeZone: string;
  /** The host allows "referrals to follow" (`referrals-may-follow` on `<rhi-interview>`). */
  referralsMayFollow: boolean;
  /** The inline error shown for a field (`field:agency`), if any. */
  problemAt(key: string): string | undefined;
}

export interface WizardActions {
  /** Ticks or unticks an agency (recommended or from the directory). */
  choose(agency: string, chosen: boolean): void;
  setRemovalReason(agency: string, text: string): void;
  /** Why no referral is needed (asked when the rules recommend none and none is chosen). */
  setNoReferralsReason(text: string): void;
  setChoice(agency: string, change: Partial<AgencyChoices>): void;
  /** Ticks or unticks "referrals to follow", or changes its reason. */
  setToFollow(change: { toFollow?: boolean; toFollowReason?: string }): void;
  useSuggestedSummary(agency: string): void;
  /** Focus left a question: its error appears or goes. */
  leave(field: string, agency: string | undefined): void;
  continue(): void;
  back(): void;
  /** A change link on "check your answers": to the page, focus on the control, then back to check. */
  change(step: WizardStep, agencyIndex: number, focusId: string): void;
  followErrorLink(event: Event, problem: StepProblem): void;
  confirm(): void;
  print(): void;
}
