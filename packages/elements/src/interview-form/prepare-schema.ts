/**
 * Brings a schema someone else wrote into the one shape the field tree reads: local `$ref`s inlined,
 * `allOf` merged into its parent, draft-07 `dependencies` respelled as `dependentRequired` and
 * `dependentSchemas`. Whatever the form cannot show becomes a notice naming its JSON pointer, never
 * silence; it is left out of the form, and the answers under it are still kept and posted.
 */
import type { JsonSchema } from './layout-types.js';
import { pointerStep, stepsOf } from './json-pointer.js';

/** Something in the schema the form cannot show, in words a web team can act on. */
export interface SchemaNotice {
  /** Where it is, as a JSON pointer into the schema ("" is the root). */
  pointer: string;
  problem: string;
}

/** Keywords the form uses, leaves to the precompiled validator, or reads as annotations. Any other is reported. */
const KNOWN_KEYWORDS = new Set([
  // what a question is and which answers it allows
  'type', 'properties', 'required', 'items', 'enum', 'const', 'oneOf', 'anyOf', 'allOf', 'additionalProperties',
  'format', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'default', 'readOnly',
  'if', 'then', 'else', 'dependencies', 'dependentRequired', 'dependentSchemas',
  // references (inlined here) and annotations
  '$ref', 'definitions', '$defs', '$schema', '$id', '$anchor', '$comment',
  'title', 'description', 'examples', 'deprecated', 'writeOnly', 'errorMessage',
  // only means something beside tuple `items`, which are reported themselves
  'additionalItems',
]);

/** How many times one `$ref` may be expanded inside itself before the form stops (a tree of folders, say). */
const MOST_SAME_REF = 3;
const KEPT = ' Its answers are kept and posted as they are.';

interface Walk {
  root: JsonSchema;
  notices: SchemaNotice[];
  /** The `$ref`s being expanded on the way down to this node, outermost first. */
  refs: string[];
}

export function prepareSchema(schema: JsonSchema): { schema: JsonSchema; notices: SchemaNotice[] } {
  const notices: SchemaNotice[] = [];
  const prepared = prepareNode(schema, '', { root: schema, notices, refs: [] });
  if (prepared && typeof prepared === 'object' && isObjectSchema(prepared)) return { schema: prepared, notices };
  // One notice says it all: nothing under a root that is not an object becomes a question.
  const why = prepared ? `is not an object with properties (its type is ${JSON.stringify(schema.type ?? 'not given')})` : `cannot be shown (${notices[0]?.problem})`;
  const problem = `the schema's root ${why}, so there are no questions to show. Answers given to the form are posted unchanged.`;
  return { schema: { type: 'object', properties: {} }, notices: [{ pointer: '', problem }] };
}

/** A prepared copy of one schema node; undefined when it is left out of the form (a notice says why). */
function prepareNode(node: unknown, pointer: string, walk: Walk): JsonSchema | boolean | undefined {
  if (typeof node === 'boolean') return node;
  if (!isSchema(node)) return {};
  if (typeof node.$ref === 'string') return withRefInlined(node, pointer, walk);
  const { allOf, dependencies, ...own } = node;
  const prepared = prepareKeywords(mergedSchemas(own, respelledDependencies(dependencies), pointer, walk), pointer, walk);
  if (!prepared || !Array.isArray(allOf)) return prepared;
  const merged = allOf.reduce<JsonSchema>((sum, member, index) => {
    if (isPureCondition(member)) return sum;
    const part = prepareNode(member, `${pointer}/allOf/${index}`, walk);
    return typeof part === 'object' ? mergedSchemas(sum, part, `${pointer}/allOf/${index}`, walk) : sum;
  }, prepared);
  // Pure `if`/`then`/`else` entries stay a list, each its own condition (conditional-fields.ts reads
  // them): merged, all but the first would be lost. Merged entries leave `{}` so pointers keep their index.
  if (!allOf.some(isPureCondition)) return merged;
  const conditions = allOf.map((member, index) => (isPureCondition(member) ? prepareNode(member, `${pointer}/allOf/${index}`, walk) ?? {} : {}));
  return { ...merged, allOf: conditions };
}

/** `$ref` with keywords beside it: the target, with those keywords winning (as 2019-09 and later read it). */
function withRefInlined(node: JsonSchema, pointer: string, walk: Walk): JsonSchema | undefined {
  const { $ref: ref, ...beside } = node as JsonSchema & { $ref: string };
  if (walk.refs.filter((seen) => seen === ref).length >= MOST_SAME_REF) {
    return leftOut(walk, pointer, `'${ref}' refers back to itself more than ${MOST_SAME_REF} levels deep, so the form stops here.${KEPT}`);
  }
  const target = resolvedRef(ref, walk.root);
  if (target === undefined) {
    const where = ref.startsWith('#') ? 'cannot be found in this schema' : 'points outside this schema';
    return leftOut(walk, pointer, `'${ref}' ${where}: the form follows only references inside it, such as '#/$defs/name'.${KEPT}`);
  }
  const expanded = prepareNode(target, pointer, { ...walk, refs: [...walk.refs, ref] });
  const own = prepareNode(beside, pointer, walk);
  if (typeof expanded !== 'object' || typeof own !== 'object') return expanded === true ? (own as JsonSchema) : undefined;
  return mergedSchemas(own, expanded, pointer, walk);
}

function prepareKeywords(node: JsonSchema, pointer: string, walk: Walk): JsonSchema | undefined {
  const prepared: JsonSchema = {};
  /** The one object alternative left beside `null`: the node is that object (its own keywords win). */
  let only: JsonSchema | undefined;
  for (const [keyword, value] of Object.entries(node)) {
    const at = `${pointer}/${pointerStep(keyword)}`;
    if ((keyword === 'items' && Array.isArray(value)) || keyword === 'prefixItems') {
      return leftOut(walk, at, `a list with a fixed kind of item in each position ('${keyword}' as a list) cannot be shown.${KEPT}`);
    }
    if (!KNOWN_KEYWORDS.has(keyword) && !keyword.startsWith('x-rhi-')) {
      walk.notices.push({ pointer: at, problem: `the form does not know the keyword '${keyword}', so it neither shows nor checks it (a precompiled validator still does).` });
      continue;
    }
    if (keyword === 'definitions' || keyword === '$defs') continue; // inlined wherever they are used
    if (keyword === 'properties' || keyword === 'dependentSchemas') {
      prepared[keyword] = preparedMap(value, at, walk);
    } else if (keyword === 'oneOf' || keyword === 'anyOf') {
      // A `true`/`false` alternative asks no question: only schemas are alternatives to show.
      const alternatives = Array.isArray(value)
        ? value.flatMap((one, index) => [prepareNode(one, `${at}/${index}`, walk) ?? []].flat()).filter((one): one is JsonSchema => typeof one === 'object')
        : [];
      // `null` beside objects (a tree's "None" child) is an empty answer, not an alternative to choose.
      const objects = alternatives.filter((one) => !isNullOnly(one));
      const offered = objects.length > 0 && objects.length < alternatives.length && objects.every(isObjectSchema) ? objects : alternatives;
      if (offered.length === 1 && offered !== alternatives) only = offered[0];
      else if (offered.length > 0) prepared[keyword] = offered;
    } else if (['items', 'additionalProperties', 'if', 'then', 'else'].includes(keyword)) {
      const inner = prepareNode(value, at, walk);
      // A list of lists has no control: each item would itself need "add another" inside "add another".
      if (keyword === 'items' && typeof inner === 'object' && isListSchema(inner)) {
        return leftOut(walk, at, `a list whose items are lists cannot be shown.${KEPT}`);
      }
      // A list whose items cannot be shown cannot be shown either (the notice is the items').
      if (inner === undefined && keyword === 'items') return undefined;
      if (inner !== undefined) prepared[keyword] = inner;
    } else {
      prepared[keyword] = value;
    }
  }
  return only ? mergedSchemas(prepared, only, pointer, walk) : prepared;
}

function isNullOnly(schema: JsonSchema): boolean {
  return schema.type === 'null' || (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === 'null');
}

function preparedMap(value: unknown, pointer: string, walk: Walk): Record<string, JsonSchema> {
  const prepared: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(isSchema(value) ? value : {})) {
    const inner = prepareNode(schema, `${pointer}/${pointerStep(name)}`, walk);
    // `true` allows any answer; `false` allows none, so there is nothing to ask.
    if (inner !== undefined && inner !== false) prepared[name] = inner === true ? {} : inner;
  }
  return prepared;
}

/** Draft-07 `dependencies` in the 2019-09 spelling: lists of names are `dependentRequired`, schemas `dependentSchemas`. */
function respelledDependencies(dependencies: unknown): JsonSchema {
  const respelled: Record<string, Record<string, unknown>> = {};
  for (const [name, value] of Object.entries(isSchema(dependencies) ? dependencies : {})) {
    (respelled[Array.isArray(value) ? 'dependentRequired' : 'dependentSchemas'] ??= {})[name] = value;
  }
  return respelled;
}

/**
 * Two schemas that both apply (a parent and its `allOf` part, or `$ref`'s neighbours and its target)
 * as one: properties merged deeply, `required` joined, the types both allow; for any other keyword
 * the first schema wins.
 */
function mergedSchemas(first: JsonSchema, second: JsonSchema, pointer: string, walk: Walk): JsonSchema {
  const merged: JsonSchema = { ...second, ...first };
  for (const keyword of ['properties', 'dependentSchemas'] as const) {
    if (!first[keyword] || !second[keyword]) continue;
    const map: Record<string, JsonSchema> = { ...(first[keyword] as Record<string, JsonSchema>) };
    for (const [name, schema] of Object.entries(second[keyword] as Record<string, JsonSchema>)) {
      map[name] = map[name] ? mergedSchemas(map[name], schema, `${pointer}/${keyword}/${pointerStep(name)}`, walk) : schema;
    }
    merged[keyword] = map;
  }
  if (first.dependentRequired && second.dependentRequired) merged.dependentRequired = { ...(second.dependentRequired as object), ...(first.dependentRequired as object) };
  if (Array.isArray(first.required) && Array.isArray(second.required)) merged.required = [...new Set([...first.required, ...second.required])];
  if (first.type !== undefined && second.type !== undefined) merged.type = typesBoth(first.type, second.type, pointer, walk);
  if (first.if !== undefined && second.if !== undefined && JSON.stringify(first.if) !== JSON.stringify(second.if)) {
    walk.notices.push({ pointer, problem: `more than one 'if' applies here (through 'allOf' or '$ref'); the form shows only the first.` });
  }
  return merged;
}

/** The types two schemas both allow (`integer` is a `number`); if none, a notice and the first's. */
function typesBoth(first: string | string[], second: string | string[], pointer: string, walk: Walk): string | string[] {
  const a = [first].flat();
  const b = [second].flat();
  const allows = (types: string[], type: string) => types.includes(type) || (type === 'integer' && types.includes('number'));
  const both = [...new Set([...a.filter((type) => allows(b, type)), ...b.filter((type) => allows(a, type))])];
  if (both.length === 0) {
    walk.notices.push({ pointer, problem: `its parts ask for types no answer can have at once (${JSON.stringify(first)} and ${JSON.stringify(second)}); the form uses ${JSON.stringify(first)}.` });
    return first;
  }
  return both.length === 1 ? both[0]! : both;
}

/** The schema a local `$ref` points to: `#`, a JSON pointer (`#/$defs/a~1b`), or an `$anchor` name. */
function resolvedRef(ref: string, root: JsonSchema): unknown {
  const hash = ref.indexOf('#');
  const documentPart = hash < 0 ? ref : ref.slice(0, hash);
  // A reference to the schema's own `$id` is local too.
  if (documentPart !== '' && documentPart !== String(root.$id ?? '').split('#')[0]) return undefined;
  let fragment: string;
  try {
    fragment = decodeURIComponent(hash < 0 ? '' : ref.slice(hash + 1));
  } catch {
    return undefined;
  }
  if (fragment === '') return root;
  if (!fragment.startsWith('/')) return anchored(root, fragment);
  return stepsOf(fragment).reduce<unknown>((node, step) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[step] : undefined), root);
}

/** The subschema named by `$anchor` (2019-09) or by an `$id` of `#name` (draft-07). */
function anchored(node: unknown, name: string): JsonSchema | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  if (isSchema(node) && (node.$anchor === name || node.$id === `#${name}`)) return node;
  for (const value of Object.values(node)) {
    const found = anchored(value, name);
    if (found) return found;
  }
  return undefined;
}

function leftOut(walk: Walk, pointer: string, problem: string): undefined {
  walk.notices.push({ pointer, problem });
  return undefined;
}

/** A schema for lists only (`type: "array"`, perhaps beside `"null"`). */
function isListSchema(schema: JsonSchema): boolean {
  const types = [schema.type ?? []].flat().filter((type) => type !== 'null');
  return types.length === 1 && types[0] === 'array';
}

/** A schema object (not `true`/`false`, not a list): what keywords can be read from. */
export function isSchema(value: unknown): value is JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An object with properties, or a schema typed `object`: what a form of questions can be made from. */
function isObjectSchema(schema: JsonSchema): boolean {
  return schema.type === undefined ? schema.properties !== undefined : [schema.type].flat().includes('object');
}


/** An `allOf` entry holding nothing but a condition (and words): left as a list for conditional-fields.ts. */
export function isPureCondition(entry: unknown): entry is JsonSchema {
  return isSchema(entry) && 'if' in entry && Object.keys(entry).every((keyword) => ['if', 'then', 'else', '$comment', 'title', 'description'].includes(keyword));
}
