/**
 * Turns a JSON Schema and a layout file into the pages and fields the form draws. Everything about
 * what a question is (its kind, words and allowed values) comes from the schema; where it goes,
 * whether it must be answered and what it reveals comes from the layout. No layout: every property
 * in schema order, one page per top-level object, required where its object's `required` lists it.
 */
import { choiceLabelProblems } from './choice-labels.js';
import { conditionalFields, objectAlternatives } from './conditional-fields.js';
import { constChoices } from './const-choices.js';
import { englishSingular, schemaItemLabel } from './item-name.js';
import type { JsonSchema, Layout, LayoutPage, LayoutPlacement, Words } from './layout-types.js';
import { choicesOf, numberChoices, structuredChoices } from './field-choices.js';
import { limitsOf, ownErrorMessages } from './field-messages.js';
import { schemaType } from './schema-type.js';
import { prepareSchema, type SchemaNotice } from './prepare-schema.js';

export type { SchemaNotice };

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'date-time'
  | 'radios'
  | 'select'
  | 'checkboxes'
  | 'yes-no'
  | 'repeatable';

export type ChoiceValue = string | number | boolean;

/** An `enum` may also list objects and lists (`{ "name": "Amsterdam", "lat": 52 }`, `[1, 2, 3]`): chosen whole, compared by content. */
export type StructuredValue = readonly unknown[] | { readonly [key: string]: unknown };

export interface Choice {
  value: ChoiceValue | StructuredValue;
  label: Words;
}

export interface Reveal {
  when: ChoiceValue[];
  /** Open while the question has an answer that is none of these (an `else` branch); `when` is then empty. */
  unless?: ChoiceValue[];
  /** Open while the question has any answer (`dependentSchemas`, `if: { required }`); `when` is then empty. */
  whenAnswered?: boolean;
  fields: FieldNode[];
}

/** A field that must be answered only while another question's reveal is open (`then.required`, `dependentRequired`). */
export interface RequiredWhile {
  /** The question the condition tests, keyed from the same record as the field. */
  trigger: FieldNode;
  reveal: Reveal;
}

/** One object alternative of a `oneOf`/`anyOf`: what tells a record in it apart. */
export interface Alternative {
  /** Properties fixed by `const`/`enum` in this alternative, with the values that mark it. */
  discriminators: { name: string; values: ChoiceValue[] }[];
  required: string[];
  properties: string[];
}

export interface FieldNode {
  /** Property names from the enclosing record (the answers, or one item of a repeatable group). */
  key: string[];
  kind: FieldKind;
  label: Words;
  hint?: Words;
  required: boolean;
  inline: boolean;
  choices: Choice[];
  maxLength?: number;
  /** Number questions: `type: integer` takes whole numbers only; `type: number` takes decimals too. */
  wholeNumber?: boolean;
  minimum?: number;
  maximum?: number;
  reveals: Reveal[];
  /**
   * Repeatable groups only: the fields of one item and what one item is called. A list of plain
   * values (strings, numbers, dates) has one item field with `key: []`: its path is the item's.
   * `itemLabel` may lack Welsh (`cy: ''`, a singular made from an English title): see item-name.ts.
   */
  itemFields: FieldNode[];
  itemLabel?: Words;
  /** The schema's own message for any error on this field but a missing answer (`x-rhi-error`, or `errorMessage`, or its `_`). */
  errorMessage?: Words;
  /** The schema's own message for one failing keyword (`errorMessage: { minLength: '…', required: '…' }`, as ajv-errors writes it). */
  errorMessageFor?: Partial<Record<string, Words>>;
  /** Lists: the schema's limits on how many items, and whether two may be the same. */
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  /** The schema's `format` (date, date-time, time, email, uri…). */
  format?: string;
  /** Required only while one of these conditions holds (see conditional-fields.ts). */
  requiredWhile?: RequiredWhile[];
  /**
   * The "Which applies?" choice of a `oneOf`/`anyOf` of objects: choice `i` reveals alternative `i`'s
   * fields. Its key ends in ALTERNATIVE_KEY, a place in the answers nothing is ever written to.
   */
  alternatives?: Alternative[];
  /** `readOnly: true`: shown with its value, never edited; the value is kept and posted as it came. */
  readOnly?: boolean;
  /** `const`: the one allowed value (in `choices[0]` when it is a plain value), shown, not edited. */
  constant?: boolean;
  /** `default`: put in a new record only (no answers from the host, no draft restored). */
  defaultValue?: unknown;
}

export interface PageNode {
  id: string;
  title: Words;
  hint?: Words;
  fields: FieldNode[];
}

export interface FormTree {
  pages: PageNode[];
  /** The schema's own title and description, shown above the form when there is no layout to title it. */
  title?: Words;
  description?: Words;
  /** Layout mistakes, in words a web team can act on. The form still renders what it can. */
  problems: string[];
  /**
   * Choices with no English or Welsh label of their own: shown as their value, which is what a schema
   * written elsewhere gives. The web team is told (a console warning); the interviewer is not, since
   * they cannot act on it. The toolkit's own schemas are held to full labels by scripts/check-schemas.mjs.
   */
  labelGaps: string[];
  /** Parts of the schema the form cannot show (left out; their answers are kept and posted). */
  notices: SchemaNotice[];
}

const LONG_TEXT = 200;
const MOST_RADIOS = 12;

export function buildFormTree(given: JsonSchema, layout?: Layout): FormTree {
  const { schema, notices } = prepareSchema(given);
  const problems: string[] = [];
  const labelGaps = choiceLabelProblems(schema);
  if (layout) return { pages: layout.pages.map((page) => placedPage(schema, page, problems)).filter(hasFields), problems, labelGaps, notices };
  const pages = defaultPages(schema).filter(hasFields);
  const description = optionalWordsOf(schema, 'description');
  // A form that starts with the root's own questions already has the root's title as its first
  // heading: said again above it, the title would be read twice.
  if (pages[0]?.id === LOOSE_FIRST_PAGE) {
    if (description) pages[0]!.hint = description;
    return { pages, problems, labelGaps, notices };
  }
  return { pages, problems, labelGaps, notices, ...(schema.title ? { title: wordsOf(schema, 'title', '') } : {}), ...(description ? { description } : {}) };
}

function hasFields(page: PageNode): boolean {
  return page.fields.length > 0;
}

function placedPage(schema: JsonSchema, page: LayoutPage, problems: string[]): PageNode {
  const fields = page.fields.flatMap((placement) => {
    const field = placedField(schema, placement, `page '${page.id}'`, problems);
    return field ? [field] : [];
  });
  return { id: page.id, title: page.title, hint: page.hint, fields };
}

function placedField(container: JsonSchema, placement: LayoutPlacement, where: string, problems: string[]): FieldNode | undefined {
  const spec = typeof placement === 'string' ? { path: placement } : placement;
  const key = spec.path.split('.');
  const property = propertyAt(container, key);
  if (!property) {
    problems.push(`Layout ${where} places '${spec.path}', which the schema does not have. Check the spelling against the schema's properties, or remove it from the layout.`);
    return undefined;
  }
  const field = fieldFromSchema(key, property);
  if (spec.widget) field.kind = spec.widget;
  if (spec.label) field.label = spec.label;
  if (spec.hint) field.hint = spec.hint;
  field.required = spec.required === true;
  field.inline = spec.inline ?? field.kind === 'yes-no';
  if (field.kind === 'radios' && field.choices.length === 0) field.choices = numberChoices(property);
  field.reveals = (spec.reveal ?? []).map((reveal) => ({
    when: reveal.when,
    fields: reveal.fields.flatMap((inner) => {
      const revealed = placedField(container, inner, `${where}, reveal of '${spec.path}'`, problems);
      return revealed ? [revealed] : [];
    }),
  }));
  if (field.kind === 'repeatable') {
    const itemSchema = property.items ?? {};
    if (spec.fields) {
      field.itemFields = spec.fields.flatMap((inner) => {
        const itemField = placedField(itemSchema, inner, `${where}, items of '${spec.path}'`, problems);
        return itemField ? [itemField] : [];
      });
    }
    if (spec.itemLabel) field.itemLabel = spec.itemLabel;
  }
  return field;
}

const LOOSE_FIRST_PAGE = 'page-1';

function defaultPages(schema: JsonSchema): PageNode[] {
  const pages: PageNode[] = [];
  let loose: FieldNode[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (name === '$schema') continue;
    if (isObjectNode(property)) {
      if (loose.length > 0) pages.push(loosePage(schema, pages.length, loose));
      loose = [];
      pages.push({
        id: pageId(name),
        title: wordsOf(property, 'title', name),
        hint: optionalWordsOf(property, 'description'),
        fields: leafFields([name], property, true),
      });
    } else {
      loose.push(fieldFromSchema([name], property, isRequiredIn(schema, name)));
    }
  }
  const always = conditionalFields([], schema, pages.flatMap((page) => page.fields).concat(loose), (inner, node) => leafFields(inner, node, true));
  loose.push(...always);
  if (loose.length > 0) pages.push(loosePage(schema, pages.length, loose));
  return pages;
}

function loosePage(schema: JsonSchema, index: number, fields: FieldNode[]): PageNode {
  return { id: `page-${index + 1}`, title: wordsOf(schema, 'title', 'Questions'), fields };
}

/**
 * An object with questions of its own: its fields are flattened into the page, not one box. A node
 * that is nothing but a `oneOf`/`anyOf` of objects (`{ oneOf: [{ $ref: address }, { $ref: user }] }`)
 * is one too: its questions are "Which applies?" and the chosen alternative's.
 */
function isObjectNode(property: JsonSchema): boolean {
  return (schemaType(property) ?? 'object') === 'object' && (property.properties !== undefined || objectAlternatives(property) !== undefined);
}

function isRequiredIn(node: JsonSchema, name: string): boolean {
  return Array.isArray(node.required) && node.required.includes(name);
}

/**
 * Every field under an object, nested objects flattened into dotted keys, in schema order. With
 * `fromSchema` (no layout) a field is required where its own object's `required` names it, at any
 * depth, as many form libraries do: stricter than the schema for an optional object left out
 * entirely, which the form cannot tell from an object not yet filled in.
 */
function leafFields(key: string[], node: JsonSchema, fromSchema: boolean): FieldNode[] {
  const fields = Object.entries(propertiesUnderConst(node)).flatMap(([name, property]) =>
    isObjectNode(property)
      ? leafFields([...key, name], property, fromSchema)
      : [fieldFromSchema([...key, name], property, fromSchema ? isRequiredIn(node, name) : undefined)],
  );
  return [...fields, ...conditionalFields(key, node, fields, (inner, schema) => leafFields(inner, schema, fromSchema))];
}

/**
 * An object fixed whole by `const` fixes each of its questions to its part of that value: each is
 * then shown, not asked, as a `const` of its own is (a nested object passes its part on down).
 */
function propertiesUnderConst(node: JsonSchema): Record<string, JsonSchema> {
  const properties = node.properties ?? {};
  const fixed = node.const;
  if (typeof fixed !== 'object' || fixed === null || Array.isArray(fixed)) return properties;
  return Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [name, name in fixed && !('const' in property) ? { ...property, const: (fixed as Record<string, unknown>)[name] } : property]),
  );
}

/**
 * One question from its schema. `required` is the schema's say when there is no layout, and
 * undefined when a layout decides (then items of lists are not required by the schema either).
 */
function fieldFromSchema(key: string[], property: JsonSchema, required?: boolean): FieldNode {
  const field: FieldNode = {
    key,
    kind: kindOf(property),
    label: wordsOf(property, 'title', key[key.length - 1] ?? ''),
    hint: optionalWordsOf(property, 'description'),
    // A read-only answer cannot be given here, so the form never asks for it.
    required: required === true && property.readOnly !== true,
    inline: false,
    choices: choicesOf(property),
    maxLength: property.maxLength,
    minimum: property.minimum,
    maximum: property.maximum,
    reveals: [],
    itemFields: [],
  };
  Object.assign(field, ownErrorMessages(property), limitsOf(property));
  if (field.kind === 'yes-no') field.inline = true;
  if (field.kind === 'number') field.wholeNumber = schemaType(property) === 'integer';
  if (field.kind === 'repeatable') {
    const items = property.items ?? {};
    field.itemFields = itemFieldsOf(items, field, required !== undefined);
    const itemLabel = schemaItemLabel(items, field.label);
    if (itemLabel) field.itemLabel = itemLabel;
  }
  if (property.readOnly === true) field.readOnly = true;
  if ('const' in property) {
    field.constant = true;
    const [only] = constChoices({ oneOf: [{ const: property.const }] }) ?? structuredChoices([property.const].filter((value) => typeof value === 'object' && value !== null));
    field.choices = only ? [only] : [];
  }
  if (property.default !== undefined) field.defaultValue = property.default;
  return field;
}

/**
 * The fields of one item: an object's questions, or for a list of plain values one question whose
 * answer is the item itself. That one is required: a row is there to hold a value, or to be removed.
 */
function itemFieldsOf(items: JsonSchema, list: FieldNode, fromSchema: boolean): FieldNode[] {
  if (isObjectNode(items) || schemaType(items) === 'object') return leafFields([], items, fromSchema);
  const item = fieldFromSchema([], items, true);
  item.label = {
    en: items.title ?? englishSingular(list.label.en) ?? list.label.en,
    cy: items['x-rhi-cy']?.title ?? items.title ?? list.label.cy,
  };
  return [item];
}


const PLAIN_TYPES = new Set(['string', 'number', 'integer', 'boolean']);

function kindOf(property: JsonSchema): FieldKind {
  const type = schemaType(property);
  if (type === 'array') return listKind(property.items);
  const listed = constChoices(property)?.length ?? property.enum?.length;
  if (listed !== undefined) {
    // true and false with no labels of their own are the form's own Yes and No.
    if (type === 'boolean' && !property['x-rhi-enum-labels'] && !constChoices(property)) return 'yes-no';
    return listed > MOST_RADIOS ? 'select' : 'radios';
  }
  if (type === 'boolean') return 'yes-no';
  if (type === 'integer' || type === 'number') return 'number';
  if (property.format === 'date') return 'date';
  if (property.format === 'date-time') return 'date-time';
  if ((property.maxLength ?? 0) > LONG_TEXT) return 'textarea';
  return 'text';
}

/**
 * A list of choices from an `enum` (or `oneOf` of consts) on its items stays checkboxes; a list of
 * objects or of plain values is a list with "Add another" and "Remove".
 */
function listKind(items: JsonSchema | undefined): FieldKind {
  if (!items || Array.isArray(items) || items.enum || constChoices(items)) return 'checkboxes';
  if (isObjectNode(items) || schemaType(items) === 'object') return 'repeatable';
  const type = schemaType(items);
  return (type && PLAIN_TYPES.has(type)) || items.format ? 'repeatable' : 'checkboxes';
}

/**
 * The question whose answer sits at a dotted path, read from the schema alone (no layout): list
 * positions are skipped, so `episode.previousEpisodes.0.returnedAt` is the item's `returnedAt`.
 */
export function questionAt(schema: JsonSchema, dottedPath: string): FieldNode | undefined {
  const names = dottedPath.split('.').filter((segment) => !/^\d+$/.test(segment));
  let node: JsonSchema | undefined = schema;
  for (const name of names) node = node?.type === 'array' || node?.items ? node.items?.properties?.[name] : node?.properties?.[name];
  return node ? fieldFromSchema(names, node) : undefined;
}

function propertyAt(container: JsonSchema, key: string[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = container;
  for (const name of key) node = node?.properties?.[name];
  return node;
}

function wordsOf(node: JsonSchema, which: 'title' | 'description', fallback: string): Words {
  const en = node[which] ?? humanise(fallback);
  return { en, cy: node['x-rhi-cy']?.[which] ?? en };
}

function optionalWordsOf(node: JsonSchema, which: 'description'): Words | undefined {
  return node[which] ? wordsOf(node, which, '') : undefined;
}

/** "dateOfBirth" → "Date of birth", "not-said" → "Not said": a readable label when a schema has no title. */
export function humanise(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function pageId(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** All fields of a list, with the fields each one reveals after it, depth first. */
export function* allFields(fields: FieldNode[]): Generator<FieldNode> {
  for (const field of fields) {
    yield field;
    for (const reveal of field.reveals) yield* allFields(reveal.fields);
  }
}

/** A list of plain values (strings, numbers, dates): its one item field has no key of its own. */
export function holdsPlainValues(field: FieldNode): boolean {
  return field.kind === 'repeatable' && field.itemFields.length === 1 && field.itemFields[0]!.key.length === 0;
}
