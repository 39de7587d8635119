/**
 * Answers a record holds that no question on the form shows: a property the schema does not
 * describe (`warehouseLocation` in a product record), one under `additionalProperties`, or a value
 * its question cannot show (the text "wrong" in a yes/no question). They are kept and posted as
 * they came; this finds them so the form can list them, never hide them.
 */
import { isNoAnswer, pathText, type AnswerPath, type Answers } from './answer-paths.js';
import { datePartsOf } from './date-parts.js';
import type { FieldNode } from './field-tree.js';
import { sameJson } from './same-json.js';
import { submittedAnswers, visibleFields, type RawLookup } from './visible-fields.js';
import { pointerOf } from './json-pointer.js';

export interface UnshownAnswer {
  /** Where it is in the record, as a JSON pointer into the answers (`/warehouseLocation/latitude`). */
  pointer: string;
  path: AnswerPath;
  value: unknown;
}

/**
 * The answers that will be posted but that no showing question displays, in record order. An
 * object is looked into, key by key; a list is one answer unless a list question holds it; a
 * question's own answer is shown when its control can show that value.
 */
export function unshownAnswers(fields: FieldNode[], answers: Answers, rawAt?: RawLookup): UnshownAnswer[] {
  const placed = visibleFields(fields, answers, [], rawAt);
  const byPath = new Map(placed.map(({ field, path }) => [pathText(path), field]));
  const prefixes = new Set(placed.flatMap(({ path }) => path.map((_, length) => pathText(path.slice(0, length)))));
  // A property marking which alternative a record is (`kind: 'person'`) is shown by "Which applies?".
  const markers = new Set(
    placed.flatMap(({ field, path }) =>
      (field.alternatives ?? []).flatMap((alternative) => alternative.discriminators.map(({ name }) => pathText([...path.slice(0, -1), name]))),
    ),
  );
  const found: UnshownAnswer[] = [];
  const visit = (value: unknown, path: AnswerPath): void => {
    const field = byPath.get(pathText(path));
    if (markers.has(pathText(path)) && !field) return;
    if (field) {
      if (field.kind === 'repeatable' && !field.readOnly && !field.constant && Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
      else if (!canShow(field, value)) found.push(unshown(path, value));
    } else if (isRecord(value) && (Object.keys(value).length > 0 || prefixes.has(pathText(path)))) {
      for (const [key, item] of Object.entries(value)) {
        // A record's `$schema` names the schema for editors; it is no answer (the form never asks it either).
        if (!(path.length === 0 && key === '$schema' && typeof item === 'string')) visit(item, [...path, key]);
      }
    } else if (value !== undefined) {
      found.push(unshown(path, value));
    }
  };
  visit(submittedAnswers(fields, answers, rawAt), []);
  return found;
}

/** Whether a question's control can show this value as it is (no answer shows as an empty control). */
export function canShow(field: FieldNode, value: unknown): boolean {
  if (field.readOnly || field.constant || isNoAnswer(value)) return true;
  const among = (item: unknown) => field.choices.some((choice) => sameJson(choice.value, item));
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'date':
    case 'date-time':
      // The time zone only moves the parts shown, never whether there are any.
      return datePartsOf(value, field.kind === 'date-time', 'UTC').year !== undefined;
    case 'yes-no':
      return typeof value === 'boolean' && (field.choices.length === 0 || among(value));
    case 'radios':
    case 'select':
      return among(value);
    case 'checkboxes':
      return Array.isArray(value) && value.every(among);
    case 'repeatable':
      return Array.isArray(value);
  }
}

function unshown(path: AnswerPath, value: unknown): UnshownAnswer {
  return { pointer: pointerOf(path), path, value };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
