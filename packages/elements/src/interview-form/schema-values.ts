/**
 * Values the schema itself supplies: `default`s for a new record or a new item of a list, and the
 * one value a `const` allows. The answers a host or a draft gives are never filled in from these.
 */
import { withValueAt, type Answers } from './answer-paths.js';
import { allFields, holdsPlainValues, type FieldNode } from './field-tree.js';

/** The answers a new record starts with: every `default`, at its question's place. */
export function defaultAnswers(fields: FieldNode[]): Answers {
  let answers: Answers = {};
  for (const field of allFields(fields)) {
    if (field.defaultValue !== undefined) answers = withValueAt(answers, field.key, field.defaultValue);
  }
  return answers;
}

/** What "Add another" puts in a list: an object with its items' defaults, or a value row (null until typed). */
export function newItem(list: FieldNode): unknown {
  if (holdsPlainValues(list)) return list.itemFields[0]!.defaultValue ?? null;
  return defaultAnswers(list.itemFields);
}

/** The value shown for a question: the answer, or for a `const` the one value it can have. */
export function shownValue(field: FieldNode, answer: unknown): unknown {
  return answer === undefined && field.constant ? field.choices[0]?.value : answer;
}
