/**
 * JSON Schema's conditional keywords as GOV.UK conditional reveals, read from the schema alone (no
 * layout): `if`/`then`/`else` (also as a list in `allOf`), `dependentRequired`, `dependentSchemas`
 * (and draft-07 `dependencies` of either kind), and `oneOf`/`anyOf` of objects. Called once per object
 * of the schema with the fields already made for its properties: it hangs reveals on those fields,
 * marks fields required while a condition holds, and returns the fields to add after them.
 *
 * What a condition cannot be shown as (a number range, a nested path, several properties at once)
 * never hides anything: its fields are shown always and one console warning names the pointer.
 */
import { allFields, type Alternative, type ChoiceValue, type FieldNode, type Reveal } from './field-tree.js';
import type { JsonSchema } from './layout-types.js';
import { uiWords } from '../i18n/ui-words.js';

/** Makes the fields of an object's properties (field-tree's leafFields), so nested objects and reveals are made the same way. */
export type BuildFields = (key: string[], node: JsonSchema) => FieldNode[];

/** Last step of the key of an alternatives choice: its answer lives in the form's state, never in the answers. */
export const ALTERNATIVE_KEY = '$alternative';

interface Branch {
  schema: JsonSchema;
  pointer: string;
}

/** Reveals and conditional requirements for one object; returns the fields to show after `fields`. */
export function conditionalFields(key: string[], node: JsonSchema, fields: FieldNode[], build: BuildFields): FieldNode[] {
  const pointer = key.map((name) => `/properties/${name}`).join('');
  const context: ObjectContext = { key, node, fields, build, extra: [] };
  for (const condition of conditionsOf(node, pointer)) addCondition(context, condition);
  for (const [name, dependents] of Object.entries(dependentRequiredOf(node))) addDependentRequired(context, name, dependents, pointer);
  for (const [name, schema] of Object.entries(dependentSchemasOf(node))) {
    addBranch(context, name, { when: [], whenAnswered: true, fields: [] }, { schema, pointer: `${pointer}/dependentSchemas/${name}` });
  }
  const alternatives = objectAlternatives(node);
  if (alternatives) context.extra.push(alternativesField(context, alternatives.list, `${pointer}/${alternatives.keyword}`));
  return context.extra;
}

interface ObjectContext {
  key: string[];
  node: JsonSchema;
  fields: FieldNode[];
  build: BuildFields;
  extra: FieldNode[];
}

interface Condition {
  test: JsonSchema;
  then?: JsonSchema;
  otherwise?: JsonSchema;
  pointer: string;
}

/** `if` on the object itself, and each pure `if`/`then`/`else` entry of `allOf` (kept as a list: never merged). */
function conditionsOf(node: JsonSchema, pointer: string): Condition[] {
  const conditions: Condition[] = [];
  const add = (entry: JsonSchema, at: string) => {
    if (isSchema(entry.if)) conditions.push({ test: entry.if, then: schemaOrUndefined(entry.then), otherwise: schemaOrUndefined(entry.else), pointer: at });
  };
  add(node, pointer);
  const allOf = Array.isArray(node.allOf) ? (node.allOf as JsonSchema[]) : [];
  allOf.forEach((entry, index) => {
    if (isPureCondition(entry)) add(entry, `${pointer}/allOf/${index}`);
  });
  return conditions;
}

/** An `allOf` entry holding nothing but a condition (and words): prepareSchema leaves these for us. */
export function isPureCondition(entry: unknown): entry is JsonSchema {
  return isSchema(entry) && 'if' in entry && Object.keys(entry).every((keyword) => ['if', 'then', 'else', '$comment', 'title', 'description'].includes(keyword));
}

function addCondition(context: ObjectContext, condition: Condition): void {
  const test = readTest(condition.test);
  const branches: [Reveal, JsonSchema | undefined, string][] = test
    ? [
        [test.answered ? { when: [], whenAnswered: true, fields: [] } : { when: test.values, fields: [] }, condition.then, `${condition.pointer}/then`],
        // An `else` of "has an answer" is "has no answer": nothing can be revealed under that.
        [test.answered ? alwaysShown() : { when: [], unless: test.values, fields: [] }, condition.otherwise, `${condition.pointer}/else`],
      ]
    : [
        [alwaysShown(), condition.then, `${condition.pointer}/then`],
        [alwaysShown(), condition.otherwise, `${condition.pointer}/else`],
      ];
  if (!test && (condition.then || condition.otherwise)) warn(`${condition.pointer}/if`, 'tests something a form cannot ask about (only one property of this object, with const or enum, or its presence), so the fields of then/else are shown always');
  for (const [reveal, schema, pointer] of branches) {
    if (schema) addBranch(context, test?.name, reveal, { schema, pointer });
  }
}

/** A reveal that is never hung on a question: its fields go after the object's fields, shown always. */
function alwaysShown(): Reveal {
  return { when: [], fields: [] };
}

/** `if` tests one property of this object with `const` or `enum` (values), or only that it is there (answered). */
function readTest(test: JsonSchema): { name: string; values: ChoiceValue[]; answered: boolean } | undefined {
  const properties = isSchema(test.properties) ? Object.entries(test.properties) : [];
  const required = Array.isArray(test.required) ? (test.required as string[]) : [];
  const others = Object.keys(test).filter((keyword) => !['properties', 'required', '$comment'].includes(keyword));
  if (others.length > 0 || properties.length > 1) return undefined;
  if (properties.length === 0) return required.length === 1 ? { name: required[0]!, values: [], answered: true } : undefined;
  const [name, property] = properties[0]!;
  if (required.some((other) => other !== name)) return undefined;
  const values = 'const' in property ? [property.const] : Array.isArray(property.enum) ? property.enum : undefined;
  const fixed = Object.keys(property).every((keyword) => ['const', 'enum', 'type', 'title', 'description'].includes(keyword));
  if (!values || !fixed || !values.every(isChoiceValue)) return undefined;
  return { name, values: values as ChoiceValue[], answered: false };
}

/**
 * One branch (`then`, `else`, a dependent schema): properties only it has are revealed under the
 * trigger; properties the object already has stay where they are and become required while the
 * branch is open. No trigger the form can show: the branch's own fields are shown always.
 */
function addBranch(context: ObjectContext, triggerName: string | undefined, reveal: Reveal, branch: Branch, known?: FieldNode): void {
  const conditional = reveal.when.length > 0 || reveal.unless !== undefined || reveal.whenAnswered === true;
  const found = known ?? (triggerName === undefined ? undefined : fieldWithKey(context.fields, [...context.key, triggerName]));
  const trigger = conditional && found && found.kind !== 'repeatable' && found.kind !== 'checkboxes' ? found : undefined;
  if (conditional && !trigger) {
    warn(branch.pointer, `depends on '${[...context.key, triggerName ?? ''].join('.')}', which this form cannot show as a question to reveal under, so its fields are shown always`);
  }
  const own = context.node.properties ?? {};
  const properties = isSchema(branch.schema.properties) ? (branch.schema.properties as Record<string, JsonSchema>) : {};
  const required = Array.isArray(branch.schema.required) ? (branch.schema.required as string[]) : [];
  const newcomers = Object.fromEntries(Object.entries(properties).filter(([name]) => !(name in own)));
  const revealed = context.build(context.key, { type: 'object', properties: newcomers });
  for (const field of revealed) {
    if (field.key.length === context.key.length + 1 && required.includes(field.key[context.key.length]!)) field.required = true;
  }
  if (!trigger) {
    context.extra.push(...revealed);
    return;
  }
  reveal.fields = revealed;
  if (revealed.length > 0) trigger.reveals.push(reveal);
  for (const name of required.filter((name) => name in own)) requireWhile(context, name, trigger, reveal);
}

function requireWhile(context: ObjectContext, name: string, trigger: FieldNode, reveal: Reveal): void {
  const field = fieldWithKey(context.fields, [...context.key, name]);
  if (!field || field === trigger) return;
  field.requiredWhile = [...(field.requiredWhile ?? []), { trigger, reveal }];
}

/**
 * `dependentRequired` (draft-07 `dependencies` with a list): the dependent fields stay where they are
 * for every kind of trigger — moving them into a reveal would drop an answer given without the
 * trigger, which the schema allows — and must be answered once the trigger has an answer.
 */
function addDependentRequired(context: ObjectContext, name: string, dependents: string[], pointer: string): void {
  const trigger = fieldWithKey(context.fields, [...context.key, name]);
  if (!trigger) {
    warn(`${pointer}/dependentRequired/${name}`, `depends on '${[...context.key, name].join('.')}', which is not a question of this object, so nothing is required by it`);
    return;
  }
  const reveal: Reveal = { when: [], whenAnswered: true, fields: [] };
  for (const dependent of dependents) requireWhile(context, dependent, trigger, reveal);
}

function dependentRequiredOf(node: JsonSchema): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const [name, value] of [...entriesOf(node.dependencies), ...entriesOf(node.dependentRequired)]) {
    if (Array.isArray(value)) lists[name] = value.filter((item): item is string => typeof item === 'string');
  }
  return lists;
}

function dependentSchemasOf(node: JsonSchema): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = {};
  for (const [name, value] of [...entriesOf(node.dependencies), ...entriesOf(node.dependentSchemas)]) {
    if (isSchema(value)) schemas[name] = value;
  }
  return schemas;
}

/** `oneOf`/`anyOf` whose entries are objects with properties (lists of `const`+`title` are choices of a value, made elsewhere). */
function objectAlternatives(node: JsonSchema): { keyword: string; list: JsonSchema[] } | undefined {
  for (const keyword of ['oneOf', 'anyOf']) {
    const list = node[keyword];
    if (Array.isArray(list) && list.length > 1 && list.every((entry) => isSchema(entry) && (isSchema(entry.properties) || Array.isArray(entry.required)) && !('const' in entry))) {
      return { keyword, list: list as JsonSchema[] };
    }
  }
  return undefined;
}

/**
 * "Which applies?" with one radio per alternative, each revealing that alternative's fields. The
 * properties fixing an alternative (`kind: { const: 'person' }`) are set by the choice, not asked;
 * properties the object itself has stay in place, required while an alternative needing them is chosen.
 */
function alternativesField(context: ObjectContext, list: JsonSchema[], pointer: string): FieldNode {
  const en = uiWords('en');
  const cy = uiWords('cy');
  const own = context.node.properties ?? {};
  const alternatives: Alternative[] = list.map((entry) => {
    const properties = isSchema(entry.properties) ? (entry.properties as Record<string, JsonSchema>) : {};
    const discriminators = Object.entries(properties).flatMap(([name, property]) => {
      const values = 'const' in property ? [property.const] : Array.isArray(property.enum) && property.enum.length === 1 ? property.enum : undefined;
      return values && values.every(isChoiceValue) ? [{ name, values: values as ChoiceValue[] }] : [];
    });
    return { discriminators, required: Array.isArray(entry.required) ? (entry.required as string[]) : [], properties: Object.keys(properties) };
  });
  const field: FieldNode = {
    key: [...context.key, ALTERNATIVE_KEY],
    kind: 'radios',
    label: { en: en.say('alternative.question'), cy: cy.say('alternative.question') },
    required: alternatives.every((alternative) => alternative.required.length > 0 || alternative.discriminators.length > 0),
    inline: false,
    choices: list.map((entry, index) => {
      const title = typeof entry.title === 'string' ? entry.title : undefined;
      const welsh = (entry['x-rhi-cy'] as { title?: string } | undefined)?.title;
      return {
        value: index,
        label: title ? { en: title, cy: welsh ?? title } : { en: en.say('alternative.option', { number: index + 1 }), cy: cy.say('alternative.option', { number: index + 1 }) },
      };
    }),
    reveals: [],
    itemFields: [],
    alternatives,
  };
  list.forEach((entry, index) => {
    const reveal: Reveal = { when: [index], fields: [] };
    const fixed = new Set(alternatives[index]!.discriminators.map(({ name }) => name));
    const properties = isSchema(entry.properties) ? (entry.properties as Record<string, JsonSchema>) : {};
    const asked = Object.fromEntries(Object.entries(properties).filter(([name]) => !fixed.has(name) && !(name in own)));
    addBranch(context, ALTERNATIVE_KEY, reveal, { schema: { ...entry, properties: asked }, pointer: `${pointer}/${index}` }, field);
    if (!field.reveals.includes(reveal)) field.reveals.push(reveal);
  });
  return field;
}

/** The alternative a record is in: its `const`/`enum` markers match, else its required are all there, else it shares most properties. */
export function alternativeOf(alternatives: Alternative[], record: unknown): number | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const answers = record as Record<string, unknown>;
  const marked = alternatives.findIndex(
    ({ discriminators }) => discriminators.length > 0 && discriminators.every(({ name, values }) => values.includes(answers[name] as ChoiceValue)),
  );
  if (marked >= 0) return marked;
  const present = (name: string) => answers[name] !== undefined;
  const shared = alternatives.map(({ properties }) => properties.filter(present).length);
  if (Math.max(0, ...shared) === 0) return undefined;
  const complete = alternatives.findIndex(({ required, properties }) => required.length > 0 && required.every(present) && properties.some(present));
  if (complete >= 0) return complete;
  return shared.indexOf(Math.max(...shared));
}

function fieldWithKey(fields: FieldNode[], key: string[]): FieldNode | undefined {
  const wanted = key.join('\u0000');
  for (const field of allFields(fields)) if (field.key.join('\u0000') === wanted) return field;
  return undefined;
}

function entriesOf(value: unknown): [string, unknown][] {
  return isSchema(value) ? Object.entries(value) : [];
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function schemaOrUndefined(value: unknown): JsonSchema | undefined {
  return isSchema(value) ? value : undefined;
}

function isChoiceValue(value: unknown): value is ChoiceValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** One warning per pointer and tree: the web team needs to know; no answers are ever in it. */
function warn(pointer: string, problem: string): void {
  console.warn(`rhi-interview-form: the schema at ${pointer || '/'} ${problem}.`);
}
