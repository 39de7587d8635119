/**
 * Problems with the answers, in plain English or Welsh, one per field, in page order. The schema's
 * precompiled validator finds what is wrong (each error put on the question that caused it, see
 * schema-errors.ts); the layout says what is required too; the date and number boxes say what was
 * typed but could not be read. Ajv's own wording never reaches a person.
 */
import { chronologyProblemsInAnswers, type ChronologyKind, type SchemaValidator } from '@rhi-toolkit/engine/form-support';
import { isNoAnswer, pathText, valueAt, type AnswerPath, type Answers } from './answer-paths.js';
import { readDateParts, type DateParts } from './date-parts.js';
import type { FieldNode } from './field-tree.js';
import { notANumber, ownMessage, requiredMessage, schemaErrorMessage, unownedMessage } from './problem-messages.js';
import { errorsByOwner, locatedSchemaErrors, type LocatedError } from './schema-errors.js';
import type { UiWords } from '../i18n/ui-words.js';
import { errorsInEffect, fieldId, visibleFields } from './visible-fields.js';
import { stepsOf } from './json-pointer.js';

/** What was typed into boxes that do not hold an answer by themselves, and the alternative chosen of a `oneOf` of objects. */
export type RawInput = { kind: 'date'; parts: DateParts } | { kind: 'number'; text: string } | { kind: 'alternative'; index: number };
export type RawInputs = Record<string, RawInput>;

export interface FieldProblem {
  /** Dotted path of the answer, e.g. `episode.returnedAt`. */
  path: string;
  /** Element to focus from the error summary, or none when the field is not on any page. */
  focusId?: string;
  message: string;
  /** Follows the error summary's link instead of focusing `focusId` in the form (a problem settled in the referral wizard). */
  follow?: () => void;
}

export interface ValidationRequest {
  fields: FieldNode[];
  /** The answers that would be submitted (closed reveals already taken out). */
  answers: Answers;
  rawInputs: RawInputs;
  validator: SchemaValidator;
  words: UiWords;
  timeZone: string;
}

/** Problems with the given fields (a page, or every page), in the order the fields appear. */
export function problemsWith(request: ValidationRequest): FieldProblem[] {
  return fieldProblems(request, schemaErrorsByOwner(request));
}

/** Every problem: those of the given fields, then errors no showing question owns (named in the summary, no link). */
export function everyProblem(request: ValidationRequest): FieldProblem[] {
  const owned = schemaErrorsByOwner(request);
  return [...fieldProblems(request, owned), ...unownedProblems(owned.get(undefined) ?? [], request.words)];
}

/** What the owning form is told: a required record left empty, or how many problems there are. */
export function validityOf(required: boolean, answers: Answers, problems: FieldProblem[], words: UiWords): { flags: ValidityStateFlags; message?: string } {
  if (required && Object.keys(answers).length === 0) return { flags: { valueMissing: true }, message: words.say('validity.empty') };
  if (problems.length > 0) return { flags: { customError: true }, message: words.say('validity.problems', { count: problems.length }) };
  return { flags: {} };
}

/**
 * Schema errors for answers no showing question owns (a host's own answers, an old draft, a
 * required property the form does not draw, a rule about the record as a whole): one problem per
 * answer, in plain words without a link. They still stop the form from posting.
 */
function unownedProblems(errors: LocatedError[], words: UiWords): FieldProblem[] {
  const byPath = new Map<string, LocatedError>();
  for (const located of errors) if (!byPath.has(located.path)) byPath.set(located.path, located);
  return [...byPath.values()].map((located) => ({ path: located.path, message: unownedMessage(located, words) }));
}

function schemaErrorsByOwner(request: ValidationRequest): Map<string | undefined, LocatedError[]> {
  const rawAt = (key: string) => request.rawInputs[key];
  const shown = visibleFields(request.fields, request.answers, [], rawAt).map(({ path }) => pathText(path));
  const located = locatedSchemaErrors(request.validator, request.answers);
  // Errors of a oneOf's alternatives not chosen, and of `if` itself, are not the interviewer's to fix.
  const inEffect = new Set(errorsInEffect(located.map(({ error }) => error), request.fields, request.answers, rawAt));
  return errorsByOwner(located.filter(({ error }) => inEffect.has(error)), shown);
}

/** One problem per showing question at most: what was typed, then a missing answer, then the schema's errors, then the dates' order. */
function fieldProblems(request: ValidationRequest, owned: Map<string | undefined, LocatedError[]>): FieldProblem[] {
  const chronology = chronologyByPath(request.answers);
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const { field, path } of visibleFields(request.fields, request.answers, [], (key) => request.rawInputs[key])) {
    const key = pathText(path);
    // A question placed twice (in two reveals) is still one question with one problem.
    if (seen.has(key)) continue;
    seen.add(key);
    const problem = fieldProblem(field, path, owned.get(key) ?? [], request) ?? chronologyProblem(field, path, chronology, request.words);
    if (problem) problems.push(problem);
  }
  return problems;
}

function fieldProblem(field: FieldNode, path: AnswerPath, errors: LocatedError[], request: ValidationRequest): FieldProblem | undefined {
  const { words } = request;
  const label = words.pick(field.label);
  const key = pathText(path);
  const id = fieldId(path);
  const problem = (message: string, focusId = id): FieldProblem => ({ path: key, focusId, message });
  const value = valueAt(request.answers, path);
  const raw = request.rawInputs[key];

  if ((field.kind === 'date' || field.kind === 'date-time') && raw?.kind === 'date') {
    const reading = readDateParts(raw.parts, field.kind === 'date-time', request.timeZone);
    const own = ownMessage(field, 'format', words);
    if (reading.kind === 'incomplete') {
      const parts = words.list(reading.missing.map((part) => words.say(`datePartInSentence.${part}`)));
      return problem(own ?? words.say('error.date.missingParts', { label, parts }), `${id}-${reading.missing[0]}`);
    }
    if (reading.kind === 'not-a-date') return problem(own ?? words.say('error.date.notReal', { label }), `${id}-day`);
    if (reading.kind === 'not-a-time') return problem(own ?? words.say('error.time.notReal', { label }), `${id}-hour`);
  }
  if (field.kind === 'number' && raw?.kind === 'number' && raw.text.trim() !== '' && value === undefined) {
    return problem(ownMessage(field, 'type', words) ?? notANumber(field, label, words));
  }
  if (field.required && isNoAnswer(value)) return problem(requiredMessage(field, label, words), focusIdOf(field, id));

  // The answer's own errors first; then its object's (missing altogether), then its parts'.
  const error = errors.find((located) => located.path === key) ?? errors.find((located) => key.startsWith(`${located.path}.`)) ?? errors[0];
  if (!error) return undefined;
  return problem(schemaErrorMessage(error, field, key, words), focusIdOf(field, id));
}

/**
 * Dates in an impossible order, as the engine finds them (it owns the decision): the message goes
 * on the later field (the return, the interview, the previous episode), by dotted path.
 */
function chronologyByPath(answers: Answers): Map<string, ChronologyKind> {
  const byPath = new Map<string, ChronologyKind>();
  for (const { kind, pointer } of chronologyProblemsInAnswers(answers)) {
    const path = stepsOf(pointer).join('.');
    if (!byPath.has(path)) byPath.set(path, kind);
  }
  return byPath;
}

function chronologyProblem(field: FieldNode, path: AnswerPath, chronology: Map<string, ChronologyKind>, words: UiWords): FieldProblem | undefined {
  const kind = chronology.get(pathText(path));
  if (!kind) return undefined;
  return { path: pathText(path), focusId: focusIdOf(field, fieldId(path)), message: words.say(`error.chronology.${kind}`) };
}

/**
 * The element that takes focus for a field (from the error summary, or a "Change" link): the first
 * box of a date, the first option of a choice, the "add" button of a list; `id` is its `fieldId`.
 */
export function focusIdOf(field: FieldNode, id: string): string {
  if (field.readOnly || field.constant) return id;
  if (field.kind === 'date' || field.kind === 'date-time') return `${id}-day`;
  if (field.kind === 'radios' || field.kind === 'yes-no' || field.kind === 'checkboxes') return `${id}-0`;
  if (field.kind === 'repeatable') return `${id}-add`;
  return id;
}
