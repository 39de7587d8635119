/**
 * Names the answers the rules still need, so the interviewer reads "Returned" rather than
 * `episode.returnedAt`. Questions come from the schema (the toolkit's own, with the ruleset's
 * local questions, unless the host gave one); a path nobody names is shown as it is.
 */
import type { ResolvedRuleset } from '@rhi-toolkit/engine';
import { questionAt } from '../interview-form/field-tree.js';
import type { JsonSchema } from '../interview-form/layout-types.js';
import type { UiWords } from '../i18n/ui-words.js';
import { choiceText, questionLabel, schemaForNaming } from '../shared/answer-words.js';

export function missingAnswerLabel(path: string, schema: JsonSchema | undefined, ruleset: ResolvedRuleset | undefined, words: UiWords): string {
  const naming = schemaForNaming(schema, ruleset);
  const label = questionAt(naming, path) ? questionLabel(naming, path, words) : localQuestionTitle(path, ruleset, words) ?? path;
  // Two list items can miss the same answer: the item's number tells them apart.
  const position = path.split('.').find((segment) => /^\d+$/.test(segment));
  return position === undefined || label === path ? label : words.say('panel.missing.inItem', { label, number: Number(position) + 1 });
}

/** A host schema may lack the locality's own questions; the ruleset still names them. */
function localQuestionTitle(path: string, ruleset: ResolvedRuleset | undefined, words: UiWords): string | undefined {
  const name = /^local\.([^.]+)$/.exec(path)?.[1];
  const field = name ? ruleset?.localFields?.properties[name] : undefined;
  if (!field) return undefined;
  return words.language === 'cy' ? field['x-rhi-cy']?.title || field.title : field.title;
}

/** A recorded answer's value by the schema's label for it (a delay reason), in the panel's language. */
export function answerValueLabel(path: string, value: string, schema: JsonSchema | undefined, ruleset: ResolvedRuleset | undefined, words: UiWords): string {
  const question = questionAt(schemaForNaming(schema, ruleset), path);
  return question ? choiceText(question, value, words) : value;
}
