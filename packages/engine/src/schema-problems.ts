/**
 * Turns the precompiled validators' errors into plain sentences a safeguarding lead or an
 * interviewer can act on: never Ajv's own wording.
 */
import type { SchemaError, SchemaValidator } from './generated/validators.js';
import { didYouMean } from './suggest.js';
import type { Problem } from './types.js';

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
    const next: unknown = isPlainObject(node.properties) && name in node.properties ? node.properties[name] : node.items;
    node = followReference(schema, isPlainObject(next) ? next : undefined);
  }
  return node;
}

/** `/episode/previousEpisodes/0/returnedAt` → `episode.previousEpisodes[0].returnedAt`, as people read paths. */
export function dottedPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((step) => step.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((path, step) => (/^\d+$/.test(step) ? `${path}[${step}]` : path ? `${path}.${step}` : step), '');
}

function sentenceFor(error: SchemaError, schema: JsonObject | undefined): { message: string; hint?: string } {
  const field = error.instancePath ? `'${dottedPath(error.instancePath)}'` : 'the file';
  const params = error.params;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const parent = schemaNodeForInstance(schema, error.instancePath);
      const allowed = isPlainObject(parent?.properties) ? Object.keys(parent.properties) : [];
      return {
        message: `'${error.instancePath ? `${dottedPath(error.instancePath)}.` : ''}${name}' is not a known field`,
        hint: didYouMean(name, allowed) ?? (allowed.length > 0 ? `fields allowed here: ${allowed.join(', ')}` : undefined),
      };
    }
    case 'required':
      return { message: `${error.instancePath ? `${field} has no ` : ''}'${String(params.missingProperty)}'${error.instancePath ? '' : ' is missing'}`, hint: `add "${String(params.missingProperty)}"${params.missingProperty === 'cy' ? ': the text in Welsh (Cymraeg)' : params.missingProperty === 'en' ? ': the text in English' : ''}` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      return { message: `${field} cannot be this value`, hint: `use one of: ${allowed.map((value) => JSON.stringify(value)).join(', ')}` };
    }
    case 'const':
      return { message: `${field} must be ${JSON.stringify(params.allowedValue)}` };
    case 'type': {
      const type = String(params.type);
      const words: Record<string, string> = {
        boolean: 'true or false (without quotes)',
        string: 'text in quotes',
        number: 'a number (without quotes)',
        integer: 'a whole number (without quotes)',
        array: 'a list in square brackets [ … ]',
        object: 'an object in curly brackets { … }',
      };
      return { message: `${field} must be ${words[type] ?? type}` };
    }
    case 'format':
      return params.format === 'date'
        ? { message: `${field} must be a date written as YYYY-MM-DD`, hint: 'for example 2026-03-01' }
        : { message: `${field} must be a date and time with its time zone`, hint: 'for example 2026-03-01T18:30:00Z' };
    case 'pattern':
      return { message: `${field} is not written in the expected form`, hint: patternHint(error, schema) };
    case 'minimum':
    case 'exclusiveMinimum':
      return { message: `${field} must be at least ${String(params.limit)}${error.keyword === 'exclusiveMinimum' ? ' (and more than it)' : ''}` };
    case 'maximum':
      return { message: `${field} must be at most ${String(params.limit)}` };
    case 'minLength':
      return { message: `${field} must not be empty` };
    case 'maxLength':
      return { message: `${field} is too long: at most ${String(params.limit)} characters` };
    case 'minItems':
      return { message: `${field} needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}` };
    case 'maxItems':
      return { message: `${field} has too many items: at most ${String(params.limit)}` };
    case 'uniqueItems':
      return { message: `${field} lists the same value twice`, hint: 'remove the repeated value' };
    case 'minProperties':
      return { message: `${field} is empty`, hint: 'give at least one field' };
    default:
      return { message: `${field} is not valid here` };
  }
}

function patternHint(error: SchemaError, schema: JsonObject | undefined): string | undefined {
  const node = schemaNodeForInstance(schema, error.instancePath);
  const description = typeof node?.description === 'string' ? node.description : undefined;
  return description ?? `it must match ${String(error.params.pattern)}`;
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
): Problem[] {
  if (validate(value)) return [];
  return usefulErrors(validate.errors ?? []).map((error) => {
    const pointer =
      error.keyword === 'additionalProperties'
        ? `${error.instancePath}/${String(error.params.additionalProperty)}`
        : error.instancePath;
    const { message, hint } = sentenceFor(error, schemaForHints);
    return { file, pointer, message, ...(hint ? { hint } : {}) };
  });
}
