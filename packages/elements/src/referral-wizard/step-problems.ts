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

/** The id of the control that answers a field (the first option of a group of radios). */
export function focusIdFor(field: string, agency: string | undefined): string {
  const suffix = agency ?? 'wizard';
  switch (field) {
    case 'removalReason':
      return `removal-reason-${suffix}`;
    case 'addedReason':
      return `added-reason-${suffix}`;
    case 'urgency':
      return `urgency-${suffix}-0`;
    case 'urgencyLoweredReason':
      return `urgency-reason-${suffix}`;
    case 'summary':
      return `summary-${suffix}`;
    case 'lawfulBasis':
      return `lawful-basis-${suffix}`;
    case 'agreement':
      return `agreement-${suffix}-0`;
    case 'told':
      return `told-${suffix}-0`;
    case 'notToldReason':
      return `not-told-reason-${suffix}`;
    case 'noReferralsReason':
      return 'no-referrals-reason';
    default:
      return `${field}-${suffix}`;
  }
}

const messageIds: Record<string, UiMessageId> = {
  removalReason: 'wizard.error.removalReason',
  addedReason: 'wizard.error.addedReason',
  urgency: 'wizard.error.urgency',
  urgencyLoweredReason: 'wizard.error.urgencyLoweredReason',
  summary: 'wizard.error.summary',
  lawfulBasis: 'wizard.error.lawfulBasis',
  agreement: 'wizard.error.agreement',
  told: 'wizard.error.told',
  notToldReason: 'wizard.error.notToldReason',
  noReferralsReason: 'wizard.error.noReferralsReason',
};

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
      const id = messageIds[field] ?? 'wizard.error.other';
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
