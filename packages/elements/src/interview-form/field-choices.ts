/**
 * The choices a question offers, from its schema: an `enum` (labels from `x-rhi-enum-labels`), a
 * `oneOf` of consts, an enum of objects or lists, or a small whole-number scale. Never a label made
 * from an id: a value without one is shown as it is.
 */
import { constChoices } from './const-choices.js';
import type { Choice, ChoiceValue } from './field-tree.js';
import type { JsonSchema } from './layout-types.js';
import { optionValueText } from './same-json.js';
import { schemaType } from './schema-type.js';

export function choicesOf(property: JsonSchema): Choice[] {
  const source = schemaType(property) === 'array' ? property.items ?? {} : property;
  const fromConsts = constChoices(source);
  if (fromConsts) return fromConsts;
  if (property.type === 'boolean' && !property.enum) return [];
  // A list's labels may be written on the list or on its items (the schemas do both).
  const labels = source['x-rhi-enum-labels'] ?? property['x-rhi-enum-labels'];
  // `null` in an enum (beside `type: [..., "null"]`) is no answer, not a choice.
  const listed: unknown[] = (source.enum ?? []).filter((value) => value !== null);
  if (listed.some((value) => typeof value === 'object')) return structuredChoices(listed);
  return (listed as ChoiceValue[]).map((value) => ({
    value,
    // Never a label made from the id: a missing label is reported by choiceLabelProblems, and the
    // value is shown as it is until someone writes one.
    label: {
      en: labels?.en?.[String(value)] ?? optionValueText(value),
      cy: labels?.cy?.[String(value)] ?? labels?.en?.[String(value)] ?? optionValueText(value),
    },
  }));
}

/**
 * An `enum` that lists objects or lists (`{ "name": "Amsterdam", "lat": 52 }`, `[1, 2, 3]`): each is
 * one choice, posted whole. Labelled by each object's `title` or `name` when every object has one
 * (the words its author gave), otherwise by the value as JSON text, as the schema writes it.
 */
export function structuredChoices(listed: unknown[]): Choice[] {
  const named = (key: 'title' | 'name') =>
    listed.every((value) => typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[key] === 'string') ? key : undefined;
  const key = named('title') ?? named('name');
  return listed.map((value) => {
    const en = key ? String((value as Record<string, unknown>)[key]) : optionValueText(value);
    return { value: value as Choice['value'], label: { en, cy: en } };
  });
}

/**
 * Radios for a small whole-number scale such as 1 to 5. `x-rhi-enum-labels` may name some numbers
 * ("1": "1 – not at all"), so a screen reader hears what the ends mean; the others are the number.
 */
export function numberChoices(property: JsonSchema): Choice[] {
  const { minimum, maximum } = property;
  if (minimum === undefined || maximum === undefined || maximum - minimum > 9) return [];
  const labels = property['x-rhi-enum-labels'];
  return Array.from({ length: maximum - minimum + 1 }, (_, index) => {
    const text = String(minimum + index);
    const en = labels?.en?.[text] ?? text;
    return { value: minimum + index, label: { en, cy: labels?.cy?.[text] ?? en } };
  });
}
