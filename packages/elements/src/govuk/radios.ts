/** GOV.UK radios: one answer from a few, with conditional reveals under the chosen option. */
import type { TemplateResult } from 'lit';
import { choiceGroup, type ChoiceGroup } from './choice-group.js';

export type Radios = ChoiceGroup;

export function radios(group: Radios): TemplateResult {
  return choiceGroup(group, 'radio');
}
