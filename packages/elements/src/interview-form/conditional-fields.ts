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
import type { JsonSchema, Words } from './layout-types.js';
import { isPureCondition, isSchema } from './prepare-schema.js';
import { uiWords, type UiMessageId } from '../i18n/ui-words.js';

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
  addConditions(context, pointer);
  // draft-07 `dependencies` holds lists (dependentRequired) and schemas (dependentSchemas) side by
  // side; one already rewritten into the 2020-12 keywords (prepareSchema) is not read twice.
  const rewritten = new Set<string>();
  for (const keyword of ['dependentRequired', 'dependentSchemas', 'dependencies']) {
    for (const [name, value] of entriesOf(node[keyword])) {
      if (keyword === 'dependencies' && rewritten.has(name)) continue;
      rewritten.add(name);
      const at = `${pointer}/${keyword}/${name}`;
      if (Array.isArray(value)) addDependentRequired(context, name, value as string[], at);
      else if (isSchema(value)) addDependentSchema(context, name, value, at);
    }
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

/** `if` on the object itself, and each pure `if`/`then`/`else` entry of `allOf` (kept as a list: never merged). */
function addConditions(context: ObjectContext, pointer: string): void {
  const allOf = Array.isArray(context.node.allOf) ? (context.node.allOf as unknown[]) : [];
  const entries: [JsonSchema, string][] = [[context.node, pointer]];
  allOf.forEach((entry, index) => isPureCondition(entry) && entries.push([entry, `${pointer}/allOf/${index}`]));
  for (const [entry, at] of entries) if (isSchema(entry.if)) addCondition(context, entry, at);
}


/**
 * `then` opens on the values `if` tests, `else` on any other answer. A reveal with no condition
 * (`when` empty) is hung on no question: its fields are shown always. An `else` of "has an answer"
 * is "has no answer", and nothing can be revealed under that.
 */
function addCondition(context: ObjectContext, entry: JsonSchema, pointer: string): void {
  const test = readTest(entry.if as JsonSchema);
  // A form asks about one property of this object: its const or enum values, or that it has an answer.
  if (!test && (entry.then || entry.else)) warn(`${pointer}/if`, 'is a condition the form cannot ask; the fields of then/else are shown always');
  const values = test?.answered ? [] : test?.values;
  const branches: [string, Reveal][] = [
    ['then', { when: values ?? [], whenAnswered: test?.answered, fields: [] }],
    ['else', { when: [], unless: test?.answered ? undefined : values, fields: [] }],
  ];
  for (const [keyword, reveal] of branches) {
    if (isSchema(entry[keyword])) addBranch(context, test?.name, reveal, { schema: entry[keyword], pointer: `${pointer}/${keyword}` });
  }
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
  const conditional = reveal.when.length > 0 || reveal.unless !== undefined || reveal.whenAnswered;
  const found = known ?? (triggerName === undefined ? undefined : fieldWithKey(context.fields, [...context.key, triggerName]));
  const trigger = conditional && found && found.kind !== 'repeatable' && found.kind !== 'checkboxes' ? found : undefined;
  if (conditional && !trigger) {
    warn(branch.pointer, 'depends on no question the form can reveal under; its fields are shown always');
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
    warn(pointer, 'depends on no question of this object; nothing is required by it');
    return;
  }
  const reveal: Reveal = { when: [], whenAnswered: true, fields: [] };
  for (const dependent of dependents) requireWhile(context, dependent, trigger, reveal);
}

/**
 * A dependent schema opens while its trigger has an answer. One that is a `oneOf`/`anyOf` keyed on
 * the trigger's own values (RJSF's "dependencies" pattern: `{ pets: { enum: ['Yes: One'] }, age: … }`)
 * reveals each alternative's fields under the options it names instead.
 */
function addDependentSchema(context: ObjectContext, name: string, schema: JsonSchema, pointer: string): void {
  const keyed = keyedAlternatives(schema, name);
  if (!keyed) {
    addBranch(context, name, { when: [], whenAnswered: true, fields: [] }, { schema, pointer });
    return;
  }
  const { [keyed.keyword]: _alternatives, ...rest } = schema;
  if (isSchema(rest.properties) || Array.isArray(rest.required)) addBranch(context, name, { when: [], whenAnswered: true, fields: [] }, { schema: rest, pointer });
  keyed.list.forEach(({ entry, values }, index) => {
    addBranch(context, name, { when: values, fields: [] }, { schema: entry, pointer: `${pointer}/${keyed.keyword}/${index}` });
  });
}

/** The alternatives of a dependent schema when every one fixes the trigger `name` to some of its values (`const` or `enum`). */
function keyedAlternatives(schema: JsonSchema, name: string): { keyword: string; list: { entry: JsonSchema; values: ChoiceValue[] }[] } | undefined {
  for (const keyword of ['oneOf', 'anyOf']) {
    const list = schema[keyword];
    if (!Array.isArray(list) || list.length === 0) continue;
    const keyed = list.map((entry) => {
      const property = isSchema(entry) && isSchema(entry.properties) ? (entry.properties as Record<string, JsonSchema>)[name] : undefined;
      const values = !property ? undefined : 'const' in property ? [property.const] : Array.isArray(property.enum) ? property.enum : undefined;
      return values && values.every(isChoiceValue) ? { entry: entry as JsonSchema, values: values as ChoiceValue[] } : undefined;
    });
    if (keyed.every((one) => one !== undefined)) return { keyword, list: keyed as { entry: JsonSchema; values: ChoiceValue[] }[] };
  }
  return undefined;
}

/** `oneOf`/`anyOf` whose entries are objects with properties (lists of `const`+`title` are choices of a value, made elsewhere). */
export function objectAlternatives(node: JsonSchema): { keyword: string; list: JsonSchema[] } | undefined {
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
    label: bothLanguages('alternative.question'),
    required: alternatives.every((alternative) => alternative.required.length > 0 || alternative.discriminators.length > 0),
    inline: false,
    choices: list.map((entry, index) => {
      const title = typeof entry.title === 'string' ? entry.title : undefined;
      const welsh = (entry['x-rhi-cy'] as { title?: string } | undefined)?.title;
      return {
        value: index,
        label: title ? { en: title, cy: welsh ?? title } : bothLanguages('alternative.option', { number: index + 1 }),
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

/** The form's own words, as a schema's words are kept: in both languages. */
function bothLanguages(id: UiMessageId, values?: Record<string, number>): Words {
  return { en: uiWords('en').say(id, values), cy: uiWords('cy').say(id, values) };
}

function fieldWithKey(fields: FieldNode[], key: string[]): FieldNode | undefined {
  const wanted = key.join('\u0000');
  for (const field of allFields(fields)) if (field.key.join('\u0000') === wanted) return field;
  return undefined;
}

function entriesOf(value: unknown): [string, unknown][] {
  return isSchema(value) ? Object.entries(value) : [];
}

function isChoiceValue(value: unknown): value is ChoiceValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** One warning per pointer and tree: the web team needs to know; no answers are ever in it. */
function warn(pointer: string, problem: string): void {
  console.warn(`rhi-interview-form: the schema at ${pointer} ${problem}.`);
}
