/**
 * Finds the components `<rhi-interview>` coordinates among its light-DOM descendants, by class
 * rather than by tag, so a host that registers them under its own names is still coordinated.
 */
import { RhiInterviewForm } from '../interview-form/interview-form.component.js';
import { RhiReferralWizard } from '../referral-wizard/referral-wizard.component.js';
import { RhiRiskPanel } from '../risk-panel/risk-panel.component.js';

export interface InterviewComponents {
  /** The first form: one record per coordinator. */
  form: RhiInterviewForm | undefined;
  panels: RhiRiskPanel[];
  wizards: RhiReferralWizard[];
}

export function interviewComponentsWithin(root: Element): InterviewComponents {
  const found: InterviewComponents = { form: undefined, panels: [], wizards: [] };
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof RhiInterviewForm) found.form ??= element;
    else if (element instanceof RhiRiskPanel) found.panels.push(element);
    else if (element instanceof RhiReferralWizard) found.wizards.push(element);
  }
  return found;
}

/**
 * Tags of descendants not upgraded yet (their definition loads after the coordinator's): they are
 * not instances of anything until then, and upgrading changes no child list an observer would see.
 */
export function undefinedTagsWithin(root: Element): Set<string> {
  return new Set([...root.querySelectorAll(':not(:defined)')].map((element) => element.localName));
}
