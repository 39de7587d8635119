/**
 * The problems the referral layer finds (`packageProblems`) as the wizard shows them: a message in
 * the wizard's language for the error summary and the inline error, the id of the control each
 * summary link moves focus to, and the page it is on.
 */
import type { Assessment, ResolvedRuleset } from '@rhi-toolkit/engine';
import type { UiMessageId, UiWords } from '../i18n/ui-words.js';
import { agencyNameOf } from './agency-facts.js';
import { packageProblems } from './referral-package.js';
import type { ReferralWizardState, WizardStep } from './referral-types.js';

export interface StepProblem {
  /** `field:agency`, the key of the inline error. */
  key: string;
  agency: string | undefined;
  field: string;
  step: WizardStep;
  /** On details and sharing pages: which chosen agency's page. */
  agencyIndex: number;
  message: string;
  /** The control the error summary link moves focus to. */
  focusId: string;
}

/** The key of a field's inline error. */
export function problemKey(field: string, agency: string | undefined): string {
  return `${field}:${agency ?? ''}`;
}

/** The id of the control that answers each field, before the agency (a group of radios: its first option). */
const controls: Record<string, [prefix: string, suffix: string]> = {
  removalReason: ['removal-reason', ''],
  addedReason: ['added-reason', ''],
  urgency: ['urgency', '-0'],
  urgencyLoweredReason: ['urgency-reason', ''],
  summary: ['summary', ''],
  lawfulBasis: ['lawful-basis', ''],
  agreement: ['agreement', '-0'],
  told: ['told', '-0'],
  notToldReason: ['not-told-reason', ''],
};

/** The id of the control that answers a field. */
export function focusIdFor(field: string, agency: string | undefined): string {
  if (field === 'noReferralsReason') return 'no-referrals-reason';
  const [prefix, suffix] = controls[field] ?? [field, ''];
  return `${prefix}-${agency ?? 'wizard'}${suffix}`;
}

export interface ProblemsRequest {
  state: ReferralWizardState;
  assessment: Assessment;
  ruleset: ResolvedRuleset;
  words: UiWords;
}

/** Every problem in the wizard, in page order (choose, then each agency's details, then sharing). */
export function wizardProblems({ state, assessment, ruleset, words }: ProblemsRequest): StepProblem[] {
  const order: WizardStep[] = ['choose', 'details', 'sharing', 'check'];
  return packageProblems(state, assessment, ruleset)
    .map((problem) => {
      const agency = problem.agency;
      const field = String(problem.field);
      const agencyName = agency ? agencyNameOf(agency, ruleset, assessment, words) : '';
      const id = (field in controls || field === 'noReferralsReason' ? `wizard.error.${field}` : 'wizard.error.other') as UiMessageId;
      return {
        key: problemKey(field, agency),
        agency,
        field,
        step: problem.step,
        agencyIndex: agency ? Math.max(0, state.chosen.indexOf(agency)) : 0,
        message: words.say(id, { agency: agencyName, field }),
        focusId: focusIdFor(field, agency),
      };
    })
    .sort((a, b) => order.indexOf(a.step) - order.indexOf(b.step) || a.agencyIndex - b.agencyIndex);
}

/** The problems on one page. */
export function problemsOnPage(problems: StepProblem[], step: WizardStep, agency: string | undefined): StepProblem[] {
  return problems.filter((problem) => problem.step === step && (step === 'choose' || step === 'check' || problem.agency === agency));
}
