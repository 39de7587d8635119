/**
 * Equality of JSON values by what they hold (key order aside), for choices that are objects or lists
 * (`enum: [{ "name": "Amsterdam", … }]`): an answer loaded from a record is never the schema's own
 * object, so `===` would never find it. Written here rather than taken from a package: it only
 * compares JSON (no Dates, Maps or cycles), and every dependency ships to a council's page.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  }
  const keys = Object.keys(a);
  const other = b as Record<string, unknown>;
  return keys.length === Object.keys(other).length && keys.every((key) => key in other && sameJson((a as Record<string, unknown>)[key], other[key]));
}

/** A value as JSON text, for a person to read where the form has no words for it. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** A choice's value as an option's `value` attribute: plain values as they are, objects and lists as JSON. */
export function optionValueText(value: unknown): string {
  return typeof value === 'object' && value !== null ? jsonText(value) : String(value);
}
