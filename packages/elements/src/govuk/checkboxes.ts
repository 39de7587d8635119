/** GOV.UK checkboxes: any number of answers, with conditional reveals under options. */
import type { TemplateResult } from 'lit';
import { choiceGroup, type ChoiceGroup } from './choice-group.js';

export type Checkboxes = ChoiceGroup;

export function checkboxes(group: Checkboxes): TemplateResult {
  return choiceGroup(group, 'checkbox');
}
