/**
 * What "works" means for a schema of the corpus (test/fixtures/schema-corpus/, issue 16 point 6),
 * checked on a `<rhi-interview-form one-page>` inside a page served with the strict CSP. Run in that
 * page by test/csp/schema-corpus.js; the verdicts go back to schema-corpus.browser.test.ts.
 *
 * - leaves: every leaf (string, number, boolean or null) of the sample data at dotted path P is
 *   usable: `#field-P` is a box or textarea whose value is the leaf, or a select with an option
 *   chosen; or `#field-P-day` is a date whose year box holds the leaf's year; or a checked radio or
 *   checkbox `#field-P-N` (or `#field-Q-N` where Q is P without its last list index, for a list
 *   of choices) has the leaf as its value (an object or list as JSON text); or `#field-P` is a read-only element (not a
 *   control, or a readonly box) that shows the leaf as written. Otherwise it must lie under a
 *   visible "cannot show" notice: an element with `data-pointer` (a JSON pointer into the schema,
 *   or into the data) whose path covers P.
 * - required: submitting a new, empty record lists in the error summary a link to every required
 *   leaf: properties reached from the root through `required` alone (local `$ref` and `allOf`
 *   followed), without a `default` or `const` (a new record starts with those). A required object
 *   counts through its required leaves, or as itself when it has none. A link counts for path P
 *   when it targets `#field-P`, a part of it (`#field-P-day`, `-month`, `-year`, `-hour`,
 *   `-minute`, `-add`, `-N`, and what follows those) or a question inside it (`#field-P.…`).
 * - roundTrip: the sample loaded as the record's answers is posted back equal (JSON, key order
 *   aside): through the Submit button and the host form's submit event for a valid sample; for a
 *   sample the schema rejects (the form rightly refuses to submit it), through the host form's data.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, unknown>;

export interface CorpusReport {
  id: string;
  /** console.error calls, uncaught errors and rejections, and a validator that did not compile. */
  consoleErrors: string[];
  violations: string[];
  /** `inNotice`: leaves not shown by a control but listed read-only in a notice (kept and posted). */
  leaves: { total: number; unusable: string[]; inNotice: string[] };
  required: { expected: string[]; missing: string[]; summary: string[] };
  roundTrip: { ok: boolean; how: string; difference?: string };
  /** The harness itself failed (a page that did not load): every check counts as failed. */
  error?: string;
}

// ——— the data and the schema ———

/**
 * Dotted paths of every string, number, boolean and null in the data, with its value; a value the
 * schema offers as one choice (`enum`, or a `const` with no `properties` or `items` to show it by)
 * is one leaf even when it is an object or a list.
 */
export function leavesOf(value: unknown, schema: Schema, node: unknown = schema, path: string[] = []): { path: string; value: unknown }[] {
  const here = resolved(node, schema);
  const isChoice = Array.isArray(here.enum) || ('const' in here && !here.properties && !here.items);
  if (!isChoice && Array.isArray(value)) return value.flatMap((item, index) => leavesOf(item, schema, itemSchema(here, index), [...path, String(index)]));
  if (!isChoice && value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leavesOf(item, schema, propertySchema(here, key, schema), [...path, key]));
  }
  return [{ path: path.join('.'), value }];
}

function itemSchema(node: Schema, index: number): unknown {
  if (Array.isArray(node.items)) return node.items[index] ?? node.additionalItems;
  return Array.isArray(node.prefixItems) ? node.prefixItems[index] ?? node.items : node.items;
}

function propertySchema(node: Schema, key: string, root: Schema): unknown {
  return merged(node, root).properties[key] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
}

/** A local `$ref` (`#/definitions/x`, `#/$defs/x`, any pointer in the same document) followed, once per level. */
function resolved(node: unknown, root: Schema, depth = 0): Schema {
  if (!node || typeof node !== 'object') return {};
  const schema = node as Schema;
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#') || depth > 20) return schema;
  const target = ref
    .slice(1)
    .split('/')
    .filter(Boolean)
    .reduce<unknown>((at, token) => (at as Record<string, unknown> | undefined)?.[decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~')], root);
  const { $ref: _ref, ...siblings } = schema;
  return { ...resolved(target, root, depth + 1), ...siblings };
}

/** `properties` and `required` of a node with those of its `allOf` parts. */
function merged(node: unknown, root: Schema): { properties: Record<string, unknown>; required: string[] } {
  const schema = resolved(node, root);
  const parts = Array.isArray(schema.allOf) ? schema.allOf.map((part) => merged(part, root)) : [];
  const properties = Object.assign({}, ...parts.map((part) => part.properties), (schema.properties as Record<string, unknown>) ?? {});
  const required = [...new Set([...parts.flatMap((part) => part.required), ...(Array.isArray(schema.required) ? (schema.required as string[]) : [])])];
  return { properties, required };
}

/** Dotted paths a new, empty record must answer before it can be submitted (see the file comment). */
export function requiredLeaves(schema: Schema, node: unknown = schema, path: string[] = [], depth = 0): string[] {
  if (depth > 10) return [];
  const { properties, required } = merged(node, schema);
  return required.flatMap((name) => {
    const property = resolved(properties[name], schema);
    if ('default' in property || 'const' in property) return [];
    const inner = [...path, name];
    if (Object.keys(merged(property, schema).properties).length > 0) {
      const leaves = requiredLeaves(schema, property, inner, depth + 1);
      return leaves.length > 0 ? leaves : [inner.join('.')];
    }
    return [inner.join('.')];
  });
}

/** Where two JSON values first differ (key order aside); undefined when they are the same. */
export function firstDifference(actual: unknown, expected: unknown, path = ''): string | undefined {
  const here = path || '(root)';
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return `${here}: ${JSON.stringify(actual)} for ${JSON.stringify(expected)}`;
    if (actual.length !== expected.length) return `${here}: ${actual.length} items for ${expected.length}`;
    for (let index = 0; index < expected.length; index += 1) {
      const difference = firstDifference(actual[index], expected[index], path ? `${path}.${index}` : String(index));
      if (difference) return difference;
    }
    return undefined;
  }
  if (expected !== null && typeof expected === 'object' && actual !== null && typeof actual === 'object') {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual as object)]);
    for (const key of keys) {
      const difference = firstDifference((actual as Record<string, Json>)[key], (expected as Record<string, Json>)[key], path ? `${path}.${key}` : key);
      if (difference) return difference;
    }
    return undefined;
  }
  return Object.is(actual, expected) ? undefined : `${here}: ${JSON.stringify(actual) ?? 'missing'} for ${JSON.stringify(expected) ?? 'missing'}`;
}

// ——— the rendered form ———

function isVisible(element: Element): boolean {
  return element.getClientRects().length > 0;
}

/** The written form of a leaf the form may show as text ("true" shows as Yes or Ie). */
function shownAsText(element: Element, value: unknown): boolean {
  const text = element.textContent ?? '';
  if (typeof value === 'boolean') return text.trim().length > 0;
  return text.includes(String(value ?? ''));
}

function boxShows(control: HTMLInputElement | HTMLTextAreaElement, value: unknown): boolean {
  if (value === null) return control.value === '';
  if (typeof value === 'number') return control.value.trim() !== '' && Number(control.value) === value;
  return control.value === String(value);
}

/** Is the leaf at this dotted path shown by a control or a read-only value (see the file comment)? */
export function leafShown(root: ShadowRoot, path: string, value: unknown): boolean {
  const element = root.getElementById(`field-${path}`);
  if (element && isVisible(element)) {
    if (element instanceof HTMLSelectElement) return element.value !== '';
    if (element instanceof HTMLTextAreaElement) return boxShows(element, value);
    if (element instanceof HTMLInputElement && element.type !== 'radio' && element.type !== 'checkbox') return boxShows(element, value);
    if (!(element instanceof HTMLInputElement) && shownAsText(element, value)) return true;
  }
  const day = root.getElementById(`field-${path}-day`) as HTMLInputElement | null;
  const year = root.getElementById(`field-${path}-year`) as HTMLInputElement | null;
  if (day && year && isVisible(day) && typeof value === 'string') return value.startsWith(year.value) && year.value.length === 4 && day.value !== '';
  const listPath = /\.\d+$/.test(path) ? path.replace(/\.\d+$/, '') : undefined;
  const optionOf = (input: HTMLInputElement, of: string) => input.id.startsWith(`field-${of}-`) && /^\d+$/.test(input.id.slice(`field-${of}-`.length));
  const choices = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')].filter(
    (input) => input.checked && isVisible(input) && (optionOf(input, path) || (listPath !== undefined && optionOf(input, listPath))),
  );
  // A choice that is an object or a list (an `enum` of them) is an option whose value is its JSON text.
  const asOption = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  return choices.some((input) => input.value === asOption);
}

/**
 * The data paths a notice's pointer covers, as a pattern of names where `*` is any one: a schema
 * pointer (`/properties/a/items/properties/b`) drops its keywords, a data pointer (`/a/0/b`) is read as it is.
 */
function coveredPattern(pointer: string): string[] {
  const tokens = pointer
    .replace(/^#/, '')
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
  const pattern: string[] = [];
  const takesName = new Set(['properties', 'patternProperties', 'dependentSchemas', 'dependencies', 'definitions', '$defs']);
  const takesIndex = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
  const schemaWords = new Set(['if', 'then', 'else', 'not', 'contains', 'additionalItems']);
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token === 'properties') pattern.push(tokens[++index] ?? '*');
    else if (token === 'items' || token === 'additionalProperties' || token === 'patternProperties') {
      if (token === 'patternProperties') index += 1;
      pattern.push('*');
    } else if (takesName.has(token) || takesIndex.has(token)) index += 1;
    else if (!schemaWords.has(token)) pattern.push(token);
  }
  return pattern;
}

/** Is the leaf under a visible "cannot show" notice (an element with `data-pointer`)? */
export function underNotice(root: ShadowRoot, path: string): boolean {
  const names = path === '' ? [] : path.split('.');
  return [...root.querySelectorAll<HTMLElement>('[data-pointer]')].some((notice) => {
    if (!isVisible(notice)) return false;
    const pattern = coveredPattern(notice.dataset.pointer ?? '');
    return pattern.length <= names.length && pattern.every((name, index) => name === '*' || name === names[index]);
  });
}

/** The dotted paths the error summary's links lead to, as `field-…` ids. */
export function summaryTargets(root: ShadowRoot): string[] {
  return [...root.querySelectorAll<HTMLAnchorElement>('.error-summary a')].map((link) => link.getAttribute('href')?.replace(/^#/, '') ?? '');
}

/** A link to the question itself, one of its parts (a date's day, an option, a list's Add) or a question inside it. */
export function requiredLeafLinked(targets: string[], path: string): boolean {
  const id = `field-${path}`;
  return targets.some((target) => target === id || target.startsWith(`${id}.`) || (target.startsWith(id) && /^-(day|month|year|hour|minute|add|\d+)(-|$)/.test(target.slice(id.length))));
}
