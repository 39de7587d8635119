/**
 * Which fields are in play for the current answers: a conditional reveal counts only while its
 * condition holds (its option is chosen; for a schema's `else`, another option is; for a dependent
 * schema, the question has any answer). Answers of hidden reveals stay in the draft (nothing typed
 * is lost) but are neither validated nor submitted. A field may also be required only while a
 * condition holds (`then.required`, `dependentRequired`): it is placed with `required` set then.
 */
import { isNoAnswer, pathText, valueAt, withValueAt, withoutValueAt, type AnswerPath, type Answers } from './answer-paths.js';
import { alternativeOf } from './conditional-fields.js';
import type { ChoiceValue, FieldNode, Reveal } from './field-tree.js';
import type { RawInput } from './validate-answers.js';
import { pointerOf, unescapedStep } from './json-pointer.js';

export interface PlacedField {
  field: FieldNode;
  path: AnswerPath;
}

/** What was typed at a dotted path but is not an answer (the form's rawInputs); it holds the alternative chosen. */
export type RawLookup = (path: string) => RawInput | undefined;

const nothingTyped: RawLookup = () => undefined;

export function revealIsOpen(reveal: Reveal, value: unknown): boolean {
  if (reveal.whenAnswered) return !isNoAnswer(value);
  const matches = (values: ChoiceValue[]) =>
    Array.isArray(value) ? value.some((item) => values.includes(item)) : values.includes(value as ChoiceValue);
  if (reveal.unless) return !isNoAnswer(value) && !matches(reveal.unless);
  return matches(reveal.when);
}

/**
 * The answer a field's reveals are opened by: its value, or for the choice of a `oneOf` of objects
 * the alternative chosen (remembered while this record is edited), else the one the record is in.
 */
export function answerOf(field: FieldNode, answers: Answers, path: AnswerPath, rawAt: RawLookup = nothingTyped): unknown {
  if (!field.alternatives) return valueAt(answers, path);
  const chosen = rawAt(pathText(path));
  if (chosen?.kind === 'alternative') return chosen.index;
  return alternativeOf(field.alternatives, valueAt(answers, path.slice(0, -1)));
}

/** The field as it stands for these answers: required while a condition needing it holds; a chosen alternative answers its choice. */
export function fieldAsShown(field: FieldNode, answers: Answers, base: AnswerPath, rawAt: RawLookup = nothingTyped): FieldNode {
  if (field.alternatives) {
    const unanswered = answerOf(field, answers, [...base, ...field.key], rawAt) === undefined;
    return field.required && !unanswered ? { ...field, required: false } : field;
  }
  if (field.required || !field.requiredWhile) return field;
  const holds = field.requiredWhile.some(({ trigger, reveal }) => revealIsOpen(reveal, answerOf(trigger, answers, [...base, ...trigger.key], rawAt)));
  return holds ? { ...field, required: true } : field;
}

/** The fields of a list that are showing, with their paths, in page order (items of repeatable groups included). */
export function visibleFields(fields: FieldNode[], answers: Answers, base: AnswerPath = [], rawAt: RawLookup = nothingTyped): PlacedField[] {
  return fields.flatMap((field) => {
    const path = [...base, ...field.key];
    const value = answerOf(field, answers, path, rawAt);
    const placed: PlacedField[] = [{ field: fieldAsShown(field, answers, base, rawAt), path }];
    if (field.kind === 'repeatable' && Array.isArray(value)) {
      value.forEach((_, index) => placed.push(...visibleFields(field.itemFields, answers, [...path, index], rawAt)));
    }
    for (const reveal of field.reveals) {
      if (revealIsOpen(reveal, value)) placed.push(...visibleFields(reveal.fields, answers, base, rawAt));
    }
    return placed;
  });
}

/** The showing field whose answer is at a dotted path, if any. */
export function visibleFieldAt(fields: FieldNode[], answers: Answers, key: string, rawAt: RawLookup = nothingTyped): FieldNode | undefined {
  return visibleFields(fields, answers, [], rawAt).find(({ path }) => pathText(path) === key)?.field;
}

/** Paths of answers that sit in closed reveals. */
function hiddenPaths(fields: FieldNode[], answers: Answers, base: AnswerPath, rawAt: RawLookup): AnswerPath[] {
  return fields.flatMap((field) => {
    const path = [...base, ...field.key];
    const value = answerOf(field, answers, path, rawAt);
    const hidden: AnswerPath[] = [];
    if (field.kind === 'repeatable' && Array.isArray(value)) {
      value.forEach((_, index) => hidden.push(...hiddenPaths(field.itemFields, answers, [...path, index], rawAt)));
    }
    for (const reveal of field.reveals) {
      if (revealIsOpen(reveal, value)) hidden.push(...hiddenPaths(reveal.fields, answers, base, rawAt));
      else hidden.push(...everyPathIn(reveal.fields, base));
    }
    return hidden;
  });
}

function everyPathIn(fields: FieldNode[], base: AnswerPath): AnswerPath[] {
  return fields.flatMap((field) => [[...base, ...field.key], ...field.reveals.flatMap((reveal) => everyPathIn(reveal.fields, base))]);
}

/**
 * The answers as they will be submitted: without the answers of closed reveals. A property two
 * reveals share (alternatives that both ask for a name) is kept while either of them is open. A
 * required `const` is added (see withRequiredConstants).
 */
export function submittedAnswers(fields: FieldNode[], answers: Answers, rawAt: RawLookup = nothingTyped): Answers {
  const shown = new Set(visibleFields(fields, answers, [], rawAt).map(({ path }) => pathText(path)));
  const kept = hiddenPaths(fields, answers, [], rawAt)
    .filter((path) => !shown.has(pathText(path)))
    .reduce((sum, path) => withoutValueAt(sum, path), answers);
  return withRequiredConstants(fields, kept, rawAt);
}

/**
 * A validator's errors without those of branches the form has not taken: Ajv reports, beside the
 * real problem, that `if`/`oneOf`/`anyOf` failed, and every alternative's failures — "organisation
 * name is missing" while the interviewer has chosen "A person". Those would be problems nobody can
 * fix on the page; the chosen alternative's own errors stay.
 */
export function errorsInEffect<E extends { instancePath: string; keyword: string; params: Record<string, unknown> }>(
  errors: E[],
  fields: FieldNode[],
  answers: Answers,
  rawAt: RawLookup = nothingTyped,
): E[] {
  const foreign = new Map<string, Set<string>>();
  for (const { field, path } of visibleFields(fields, answers, [], rawAt)) {
    if (!field.alternatives) continue;
    const chosen = field.alternatives[answerOf(field, answers, path, rawAt) as number];
    const asked = new Set(chosen?.properties.filter((name) => !chosen.discriminators.some((marker) => marker.name === name)));
    const names = field.alternatives.flatMap((alternative) => alternative.properties).filter((name) => !asked.has(name));
    foreign.set(pointerOf(path.slice(0, -1)), new Set(names));
  }
  return errors.filter((error) => {
    if (error.keyword === 'if') return false;
    const object = foreign.get(error.instancePath);
    if (object && (error.keyword === 'oneOf' || error.keyword === 'anyOf')) return false;
    if (object && error.keyword === 'required') return !object.has(String(error.params.missingProperty));
    const parent = error.instancePath.slice(0, error.instancePath.lastIndexOf('/'));
    return !foreign.get(parent)?.has(unescapedStep(error.instancePath.slice(parent.length + 1)));
  });
}

/**
 * A `const` the schema requires is posted even when the answers lack it: it is the only value the
 * record can have there. One that is not required is posted only when the answers hold it, so a
 * record loaded from the host goes back exactly as it came.
 */
function withRequiredConstants(fields: FieldNode[], answers: Answers, rawAt: RawLookup): Answers {
  return visibleFields(fields, answers, [], rawAt).reduce((kept, { field, path }) => {
    const only = field.constant && field.required ? field.choices[0] : undefined;
    return only && valueAt(kept, path) === undefined ? withValueAt(kept, path, only.value) : kept;
  }, answers);
}

/** Element id of a field in the form's shadow root. */
export function fieldId(path: AnswerPath): string {
  return `field-${pathText(path)}`;
}
