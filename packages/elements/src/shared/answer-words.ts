/**
 * Answers written out for people who did not fill the form: the risk panel names the answers the
 * rules still need, the referral wizard lists the answers that bear on a referral. Questions and
 * choices are named from the interview schema (with a ruleset's own questions), in en or cy.
 */
import { interviewSchemaFor, type ResolvedRuleset } from '@rhi-toolkit/engine';
import { interviewSchema } from '../generated/interview-defaults.js';
import { questionAt, type FieldNode } from '../interview-form/field-tree.js';
import type { JsonSchema } from '../interview-form/layout-types.js';
import type { UiWords } from '../i18n/ui-words.js';
import { writtenDate, writtenDateTime } from '../i18n/written-dates.js';
import { optionValueText, sameJson } from '../interview-form/same-json.js';

const withLocalQuestions = new WeakMap<ResolvedRuleset, JsonSchema>();

/**
 * The schema that names every answer for a ruleset: the host's schema if it gave one, else the
 * toolkit's interview with the ruleset's own questions under `local`.
 */
export function schemaForNaming(schema: JsonSchema | undefined, ruleset: ResolvedRuleset | undefined): JsonSchema {
  if (schema) return schema;
  if (!ruleset?.localFields) return interviewSchema;
  let composed = withLocalQuestions.get(ruleset);
  if (!composed) {
    composed = interviewSchemaFor(interviewSchema as Record<string, unknown>, ruleset) as JsonSchema;
    withLocalQuestions.set(ruleset, composed);
  }
  return composed;
}

/** The question at a dotted path in the words' language; the path itself if the schema has no such question. */
export function questionLabel(schema: JsonSchema, dottedPath: string, words: UiWords): string {
  const question = questionAt(schema, dottedPath);
  return question ? words.pick(question.label) : dottedPath;
}

/** One answer as plain text: choices by their label, dates written out, lists joined, yes/no in words. */
export function answerText(question: FieldNode, value: unknown, words: UiWords, timeZone: string): string {
  // A radio's value may itself be a list (`enum: [[1, 2, 3]]`): it is one choice, read by its label.
  if (Array.isArray(value) && question.kind !== 'radios' && question.kind !== 'select') {
    if (question.kind === 'repeatable') return words.say('answer.items', { count: value.length });
    return words.list(value.map((item) => choiceText(question, item, words)));
  }
  switch (question.kind) {
    case 'yes-no':
      return value === true ? words.say('yes') : value === false ? words.say('no') : String(value);
    case 'radios':
    case 'select':
      return choiceText(question, value, words);
    case 'date':
      return writtenDate(value, words);
    case 'date-time':
      return writtenDateTime(value, words, timeZone);
    default:
      return String(value);
  }
}

/** A choice by its label; the value itself if the question has no such choice. */
export function choiceText(question: FieldNode, value: unknown, words: UiWords): string {
  const choice = question.choices.find((option) => sameJson(option.value, value));
  return choice ? words.pick(choice.label) : optionValueText(value);
}
