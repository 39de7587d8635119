/**
 * Where each of the validator's errors belongs (issue 16): Ajv reports a missing property at its
 * parent and adds an `if`/`oneOf`/`anyOf` error beside the errors that really say what is wrong.
 * Here each error is placed at the answer it is about, the wrappers are left out, and the question
 * that owns it is found among those showing — or none, and the form names it in the summary.
 */
import type { SchemaError, SchemaValidator } from '@rhi-toolkit/engine/form-support';
import type { Answers } from './answer-paths.js';
import { stepsOf } from './json-pointer.js';

export interface LocatedError {
  error: SchemaError;
  /** Dotted path of the answer the error is about: for a missing property, the property's own. */
  path: string;
}

/** Keywords that report a property that is not there, named in `params.missingProperty`. */
const MISSING = new Set(['required', 'dependentRequired', 'dependencies']);
/** Keywords Ajv reports in addition to the errors of their branches (`then`, each alternative). */
const WRAPPERS = new Set(['if', 'oneOf', 'anyOf']);

export function isMissingError(error: SchemaError): boolean {
  return MISSING.has(error.keyword) && error.params.missingProperty !== undefined;
}

/** The validator's errors for these answers, each at its answer; none when they are valid. */
export function locatedSchemaErrors(validator: SchemaValidator, answers: Answers): LocatedError[] {
  if (validator(answers)) return [];
  const errors = validator.errors ?? [];
  return errors.filter((error) => !repeatsItsBranches(error, errors)).map((error) => ({ error, path: answerPathOf(error) }));
}

/**
 * A wrapper with a branch's error at or under its answer is a second report of the same problem.
 * A wrapper alone (a `oneOf` that two alternatives matched) is the only report, and is kept.
 */
function repeatsItsBranches(error: SchemaError, errors: readonly SchemaError[]): boolean {
  if (!WRAPPERS.has(error.keyword)) return false;
  return errors.some((other) => !WRAPPERS.has(other.keyword) && isAtOrUnder(other.instancePath, error.instancePath));
}

function isAtOrUnder(pointer: string, base: string): boolean {
  return pointer === base || pointer.startsWith(`${base}/`);
}

function answerPathOf(error: SchemaError): string {
  const steps = stepsOf(error.instancePath);
  // A missing or unknown property is reported at its parent: it belongs to the property itself.
  if (isMissingError(error)) steps.push(String(error.params.missingProperty));
  if (error.keyword === 'additionalProperties') steps.push(String(error.params.additionalProperty));
  return steps.join('.');
}

/**
 * The showing question an error at `path` belongs to, from the dotted paths of those showing, in
 * page order: the question itself; else the nearest one holding it (a list whose item's answer no
 * question shows); else, for a missing object whose questions are drawn one by one, its first.
 */
export function ownerOf(path: string, shown: readonly string[], placed: ReadonlySet<string> = new Set(shown)): string | undefined {
  const steps = path === '' ? [] : path.split('.');
  for (let length = steps.length; length > 0; length -= 1) {
    const candidate = steps.slice(0, length).join('.');
    if (placed.has(candidate)) return candidate;
  }
  return path === '' ? undefined : shown.find((candidate) => candidate.startsWith(`${path}.`));
}

/** Errors by the dotted path of the showing question that owns them; `undefined` gathers those no question shows. */
export function errorsByOwner(errors: readonly LocatedError[], shown: readonly string[]): Map<string | undefined, LocatedError[]> {
  const byOwner = new Map<string | undefined, LocatedError[]>();
  const placed = new Set(shown);
  for (const located of errors) {
    const owner = ownerOf(located.path, shown, placed);
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), located]);
  }
  return byOwner;
}
