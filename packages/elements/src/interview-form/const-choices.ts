/**
 * Choices written as `oneOf` / `anyOf` of `{ "const": …, "title": … }` (or `{ "enum": [one], "title": … }`):
 * the way JSON Schema labels the values of a list, used by many form libraries. Each title is what a
 * person reads (Welsh from the entry's `x-rhi-cy`), each const the value posted, with its type kept.
 * Alternatives that are objects (`oneOf` of schemas with properties) are not choices of a value and
 * are left to the code for alternatives.
 */
import type { Choice, ChoiceValue } from './field-tree.js';
import type { JsonSchema } from './layout-types.js';

function isChoiceValue(value: unknown): value is ChoiceValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** The one value an entry allows, if it allows exactly one plain value. */
export function singleValueOf(entry: JsonSchema): ChoiceValue | undefined {
  if ('const' in entry) return isChoiceValue(entry.const) ? entry.const : undefined;
  if (Array.isArray(entry.enum) && entry.enum.length === 1 && isChoiceValue(entry.enum[0])) return entry.enum[0];
  return undefined;
}

/** The node's `oneOf` / `anyOf` as choices when every entry is one plain value; otherwise undefined. */
export function constChoices(node: JsonSchema): Choice[] | undefined {
  const entries = node.oneOf ?? node.anyOf;
  if (!Array.isArray(entries) || entries.length === 0) return undefined;
  const choices: Choice[] = [];
  for (const entry of entries as JsonSchema[]) {
    const value = typeof entry === 'object' && entry !== null ? singleValueOf(entry) : undefined;
    if (value === undefined) return undefined;
    const en = entry.title ?? String(value);
    choices.push({ value, label: { en, cy: entry['x-rhi-cy']?.title ?? en } });
  }
  return choices;
}
