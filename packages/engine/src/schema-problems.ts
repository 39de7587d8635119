/**
 * Turns the precompiled validators' errors into plain sentences a safeguarding lead or an
 * interviewer can act on: never Ajv's own wording.
 */
import type { SchemaError, SchemaValidator } from './generated/validators.js';
import { schemaWordsFor as wordsFor } from './schema-problem-words.js';
import { didYouMean } from './suggest.js';
import type { Language, Problem } from './types.js';

type JsonObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a local `$ref` (`#/definitions/rule`) to the schema it names. */
function followReference(schema: JsonObject, node: JsonObject | undefined): JsonObject | undefined {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops += 1) {
    const reference: string = current.$ref;
    if (!reference.startsWith('#/')) return current;
    let target: unknown = schema;
    for (const step of reference.slice(2).split('/')) target = isPlainObject(target) ? target[step] : undefined;
    current = isPlainObject(target) ? target : undefined;
  }
  return current;
}

/**
 * Finds the schema that describes the value at an instance pointer, by walking `properties`,
 * `items` and `$ref` from the root: Ajv's own schemaPath is relative to whichever referenced
 * schema it was in, so it cannot be read from the root.
 */
function schemaNodeForInstance(schema: JsonObject | undefined, instancePath: string): JsonObject | undefined {
  if (!schema) return undefined;
  let node = followReference(schema, schema);
  for (const step of instancePath.split('/').slice(1)) {
    if (!node) return undefined;
    const name = step.replaceAll('~1', '/').replaceAll('~0', '~');
    const next: unknown =
      isPlainObject(node.properties) && name in node.properties
        ? node.properties[name]
        : isPlainObject(node.additionalProperties)
          ? node.additionalProperties
          : node.items;
    node = followReference(schema, isPlainObject(next) ? next : undefined);
  }
  return node;
}

/** A name (a question, a property) as one step of a JSON pointer: `~` and `/` escaped (RFC 6901). */
export function pointerStep(name: string | number): string {
  return String(name).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** `/episode/previousEpisodes/0/returnedAt` → `episode.previousEpisodes[0].returnedAt`, as people read paths. */
export function dottedPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((step) => step.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((path, step) => (/^\d+$/.test(step) ? `${path}[${step}]` : path ? `${path}.${step}` : step), '');
}

function sentenceFor(error: SchemaError, schema: JsonObject | undefined, lang: Language): { message: string; hint?: string } {
  const w = wordsFor(lang);
  const field = error.instancePath ? `'${dottedPath(error.instancePath)}'` : w.theFile;
  const params = error.params;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const parent = schemaNodeForInstance(schema, error.instancePath);
      const allowed = isPlainObject(parent?.properties) ? Object.keys(parent.properties) : [];
      return {
        message: w.notKnownField(`${error.instancePath ? `${dottedPath(error.instancePath)}.` : ''}${name}`),
        hint:
          didYouMean(name, allowed, lang) ??
          (allowed.length > 0 ? w.fieldsAllowed(allowed) : dottedPath(error.instancePath) === 'local' ? w.localFieldsHint : undefined),
      };
    }
    case 'required':
      return {
        message: error.instancePath ? w.hasNo(field, String(params.missingProperty)) : w.isMissing(String(params.missingProperty)),
        hint: w.addField(String(params.missingProperty)),
      };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      return { message: w.cannotBeThisValue(field), hint: w.useOneOf(allowed.map((value) => JSON.stringify(value)).join(', ')) };
    }
    case 'const':
      return { message: w.mustBe(field, JSON.stringify(params.allowedValue)) };
    case 'type': {
      const type = String(params.type);
      return { message: w.mustBe(field, w.typeWords[type] ?? type) };
    }
    case 'format':
      return params.format === 'date'
        ? { message: w.mustBeDate(field), hint: w.mustBeDateHint }
        : { message: w.mustBeDateTime(field), hint: w.mustBeDateTimeHint };
    case 'pattern':
      return { message: w.notExpectedForm(field), hint: patternHint(error, schema, lang) };
    case 'minimum':
    case 'exclusiveMinimum':
      return { message: w.atLeast(field, String(params.limit), error.keyword === 'exclusiveMinimum') };
    case 'maximum':
      return { message: w.atMost(field, String(params.limit)) };
    case 'minLength':
      return { message: w.notEmpty(field) };
    case 'maxLength':
      return { message: w.tooLong(field, String(params.limit)) };
    case 'minItems':
      return { message: w.minItems(field, params.limit) };
    case 'maxItems':
      return { message: w.maxItems(field, String(params.limit)) };
    case 'uniqueItems':
      return { message: w.sameValueTwice(field), hint: w.sameValueTwiceHint };
    case 'minProperties':
      return { message: w.isEmpty(field), hint: w.isEmptyHint };
    default:
      return { message: w.notValidHere(field) };
  }
}

function patternHint(error: SchemaError, schema: JsonObject | undefined, lang: Language): string | undefined {
  const node = schemaNodeForInstance(schema, error.instancePath);
  const description = typeof node?.description === 'string' ? node.description : undefined;
  return description ?? wordsFor(lang).mustMatch(String(error.params.pattern));
}

/** Keeps the most useful errors: the "matches none of the alternatives" summaries add nothing. */
function usefulErrors(errors: readonly SchemaError[]): SchemaError[] {
  const kept = errors.filter((error) => !['anyOf', 'oneOf', 'if', 'not'].includes(error.keyword));
  const seen = new Set<string>();
  return kept.filter((error) => {
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Runs a precompiled validator and describes each error as a Problem naming the file and the pointer. */
export function schemaProblems(
  validate: SchemaValidator,
  value: unknown,
  file: string,
  schemaForHints?: JsonObject,
  lang: Language = 'en',
): Problem[] {
  if (validate(value)) return [];
  return usefulErrors(validate.errors ?? []).map((error) => {
    const pointer =
      error.keyword === 'additionalProperties'
        ? `${error.instancePath}/${String(error.params.additionalProperty)}`
        : error.instancePath;
    const { message, hint } = sentenceFor(error, schemaForHints, lang);
    return { file, pointer, message, ...(hint ? { hint } : {}) };
  });
}
