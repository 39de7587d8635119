/**
 * What a schema says about a field's errors: the limits its messages name, and a message of its own
 * (`x-rhi-error`, or `errorMessage` as ajv-errors writes it), read once when the field is made.
 */
import type { FieldNode } from './field-tree.js';
import type { JsonSchema, Words } from './layout-types.js';

/** The limits the schema puts on a field that messages name; absent ones are left out. */
export function limitsOf(property: JsonSchema): Pick<FieldNode, 'minItems' | 'maxItems' | 'uniqueItems' | 'format'> {
  const limits: Pick<FieldNode, 'minItems' | 'maxItems' | 'uniqueItems' | 'format'> = {};
  if (typeof property.minItems === 'number') limits.minItems = property.minItems;
  if (typeof property.maxItems === 'number') limits.maxItems = property.maxItems;
  if (property.uniqueItems === true) limits.uniqueItems = true;
  if (typeof property.format === 'string') limits.format = property.format;
  return limits;
}

/**
 * A field's own error message: `x-rhi-error` ({ en, cy }), or `errorMessage` — one text for both
 * languages, { en, cy }, or ajv-errors' object by keyword (its `_` for any other keyword). Entries
 * that are not words (ajv-errors' `properties` and `items` maps) are not this field's.
 */
export function ownErrorMessages(property: JsonSchema): Pick<FieldNode, 'errorMessage' | 'errorMessageFor'> {
  const own = asWords(property['x-rhi-error']);
  const declared = property.errorMessage;
  const whole = asWords(declared);
  if (whole || typeof declared !== 'object' || declared === null || Array.isArray(declared)) {
    const errorMessage = own ?? whole;
    return errorMessage ? { errorMessage } : {};
  }
  const byKeyword: Partial<Record<string, Words>> = {};
  for (const [keyword, message] of Object.entries(declared)) {
    const words = asWords(message);
    if (words && keyword !== '_') byKeyword[keyword] = words;
  }
  const errorMessage = own ?? asWords((declared as Record<string, unknown>)._);
  return { ...(errorMessage ? { errorMessage } : {}), ...(Object.keys(byKeyword).length > 0 ? { errorMessageFor: byKeyword } : {}) };
}

/** A text for both languages, or { en, cy } (Welsh falling back to English); anything else is not words. */
function asWords(value: unknown): Words | undefined {
  if (typeof value === 'string' && value.trim() !== '') return { en: value, cy: value };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { en, cy, ...rest } = value as Record<string, unknown>;
  if (typeof en !== 'string' || Object.keys(rest).length > 0) return undefined;
  return { en, cy: typeof cy === 'string' && cy !== '' ? cy : en };
}
