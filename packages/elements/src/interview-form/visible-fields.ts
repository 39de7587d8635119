/**
 * Which fields are in play for the current answers: a conditional reveal counts only while its
 * option is chosen. Answers of hidden reveals stay in the draft (nothing typed is lost) but are
 * neither validated nor submitted.
 */
import { pathText, valueAt, withValueAt, withoutValueAt, type AnswerPath, type Answers } from './answer-paths.js';
import type { FieldNode, Reveal } from './field-tree.js';

export interface PlacedField {
  field: FieldNode;
  path: AnswerPath;
}

export function revealIsOpen(reveal: Reveal, value: unknown): boolean {
  if (Array.isArray(value)) return value.some((item) => reveal.when.includes(item));
  return reveal.when.includes(value as string | number | boolean);
}

/** The fields of a list that are showing, with their paths, in page order (items of repeatable groups included). */
export function visibleFields(fields: FieldNode[], answers: Answers, base: AnswerPath = []): PlacedField[] {
  return fields.flatMap((field) => {
    const path = [...base, ...field.key];
    const value = valueAt(answers, path);
    const placed: PlacedField[] = [{ field, path }];
    if (field.kind === 'repeatable' && Array.isArray(value)) {
      value.forEach((_, index) => placed.push(...visibleFields(field.itemFields, answers, [...path, index])));
    }
    for (const reveal of field.reveals) {
      if (revealIsOpen(reveal, value)) placed.push(...visibleFields(reveal.fields, answers, base));
    }
    return placed;
  });
}

/** The showing field whose answer is at a dotted path, if any. */
export function visibleFieldAt(fields: FieldNode[], answers: Answers, key: string): FieldNode | undefined {
  return visibleFields(fields, answers).find(({ path }) => pathText(path) === key)?.field;
}

/** Paths of answers that sit in closed reveals. */
function hiddenPaths(fields: FieldNode[], answers: Answers, base: AnswerPath = []): AnswerPath[] {
  return fields.flatMap((field) => {
    const path = [...base, ...field.key];
    const value = valueAt(answers, path);
    const hidden: AnswerPath[] = [];
    if (field.kind === 'repeatable' && Array.isArray(value)) {
      value.forEach((_, index) => hidden.push(...hiddenPaths(field.itemFields, answers, [...path, index])));
    }
    for (const reveal of field.reveals) {
      if (revealIsOpen(reveal, value)) hidden.push(...hiddenPaths(reveal.fields, answers, base));
      else hidden.push(...everyPathIn(reveal.fields, base));
    }
    return hidden;
  });
}

function everyPathIn(fields: FieldNode[], base: AnswerPath): AnswerPath[] {
  return fields.flatMap((field) => [[...base, ...field.key], ...field.reveals.flatMap((reveal) => everyPathIn(reveal.fields, base))]);
}

/** The answers as they will be submitted: without the answers of closed reveals, with required consts. */
export function submittedAnswers(fields: FieldNode[], answers: Answers): Answers {
  return withRequiredConstants(fields, hiddenPaths(fields, answers).reduce((kept, path) => withoutValueAt(kept, path), answers));
}

/**
 * A `const` the schema requires is posted even when the answers lack it: it is the only value the
 * record can have there. One that is not required is posted only when the answers hold it, so a
 * record loaded from the host goes back exactly as it came.
 */
function withRequiredConstants(fields: FieldNode[], answers: Answers): Answers {
  return visibleFields(fields, answers).reduce((kept, { field, path }) => {
    const only = field.constant && field.required ? field.choices[0] : undefined;
    return only && valueAt(kept, path) === undefined ? withValueAt(kept, path, only.value) : kept;
  }, answers);
}

/** Element id of a field in the form's shadow root. */
export function fieldId(path: AnswerPath): string {
  return `field-${pathText(path)}`;
}
