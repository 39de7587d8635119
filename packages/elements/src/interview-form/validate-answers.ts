/**
 * Problems with the answers, in plain English or Welsh, one per field, in page order. The schema's
 * precompiled validator finds what is wrong; the layout says what is required; the date and
 * number boxes say what was typed but could not be read. Ajv's own wording never reaches a person.
 */
import { chronologyProblemsInAnswers, type ChronologyKind, type SchemaError, type SchemaValidator } from '@rhi-toolkit/engine/form-support';
import { isNoAnswer, pathText, valueAt, type AnswerPath, type Answers } from './answer-paths.js';
import { readDateParts, type DateParts } from './date-parts.js';
import type { FieldNode } from './field-tree.js';
import { itemNameOf } from './item-name.js';
import type { UiWords } from '../i18n/ui-words.js';
import { fieldId, visibleFields } from './visible-fields.js';

/** What was typed into boxes that do not hold an answer by themselves. */
export type RawInput = { kind: 'date'; parts: DateParts } | { kind: 'number'; text: string };
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
  const schemaErrors = schemaErrorsByPath(request.validator, request.answers);
  const chronology = chronologyByPath(request.answers);
  const problems: FieldProblem[] = [];
  for (const { field, path } of visibleFields(request.fields, request.answers)) {
    const problem = fieldProblem(field, path, schemaErrors, request) ?? chronologyProblem(field, path, chronology, request.words);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** Every problem: those of the given fields, then schema errors of answers no page shows. */
export function everyProblem(request: ValidationRequest): FieldProblem[] {
  const shown = problemsWith(request);
  return [...shown, ...problemsOffThePages(request, shown)];
}

/** What the owning form is told: a required record left empty, or how many problems there are. */
export function validityOf(required: boolean, answers: Answers, problems: FieldProblem[], words: UiWords): { flags: ValidityStateFlags; message?: string } {
  if (required && Object.keys(answers).length === 0) return { flags: { valueMissing: true }, message: words.say('validity.empty') };
  if (problems.length > 0) return { flags: { customError: true }, message: words.say('validity.problems', { count: problems.length }) };
  return { flags: {} };
}

/** Schema errors for answers no page shows (a host's own answers, an old draft): named by path. */
export function problemsOffThePages(request: ValidationRequest, shown: FieldProblem[]): FieldProblem[] {
  const placed = new Set(visibleFields(request.fields, request.answers).map(({ path }) => pathText(path)));
  const seen = new Set(shown.map((problem) => problem.path));
  const problems: FieldProblem[] = [];
  for (const [path, errors] of schemaErrorsByPath(request.validator, request.answers)) {
    const owner = ownerPath(path, placed);
    if (owner !== undefined || seen.has(path)) continue;
    seen.add(path);
    const unknown = errors.some((error) => error.keyword === 'additionalProperties');
    problems.push({
      path,
      message: unknown ? request.words.say('error.unknownQuestion', { path }) : request.words.say('error.other', { label: path || '—' }),
    });
  }
  return problems;
}

function ownerPath(path: string, placed: Set<string>): string | undefined {
  const steps = path.split('.');
  for (let length = steps.length; length > 0; length -= 1) {
    const candidate = steps.slice(0, length).join('.');
    if (placed.has(candidate)) return candidate;
  }
  return undefined;
}

function schemaErrorsByPath(validator: SchemaValidator, answers: Answers): Map<string, SchemaError[]> {
  const byPath = new Map<string, SchemaError[]>();
  if (validator(answers)) return byPath;
  for (const error of validator.errors ?? []) {
    const path = error.instancePath
      .split('/')
      .slice(1)
      .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'))
      .join('.');
    // An item of a checkbox list is reported at its index: it belongs to the list's question.
    // An answer the schema does not have is reported at its own path, not at its parent's.
    const owner =
      error.keyword === 'additionalProperties'
        ? [path, String(error.params.additionalProperty)].filter(Boolean).join('.')
        : /\.\d+$/.test(path) && error.keyword === 'enum'
          ? path.replace(/\.\d+$/, '')
          : path;
    byPath.set(owner, [...(byPath.get(owner) ?? []), error]);
  }
  return byPath;
}

function fieldProblem(
  field: FieldNode,
  path: AnswerPath,
  schemaErrors: Map<string, SchemaError[]>,
  request: ValidationRequest,
): FieldProblem | undefined {
  const { words } = request;
  const label = words.pick(field.label);
  const id = fieldId(path);
  const problem = (message: string, focusId = id): FieldProblem => ({ path: pathText(path), focusId, message });
  const value = valueAt(request.answers, path);
  const raw = request.rawInputs[pathText(path)];

  if ((field.kind === 'date' || field.kind === 'date-time') && raw?.kind === 'date') {
    const reading = readDateParts(raw.parts, field.kind === 'date-time', request.timeZone);
    if (reading.kind === 'incomplete') {
      const parts = words.list(reading.missing.map((part) => words.say(`datePartInSentence.${part}`)));
      return problem(words.say('error.date.missingParts', { label, parts }), `${id}-${reading.missing[0]}`);
    }
    if (reading.kind === 'not-a-date') return problem(words.say('error.date.notReal', { label }), `${id}-day`);
    if (reading.kind === 'not-a-time') return problem(words.say('error.time.notReal', { label }), `${id}-hour`);
  }
  if (field.kind === 'number' && raw?.kind === 'number' && raw.text.trim() !== '' && value === undefined) {
    return problem(notANumber(field, label, words));
  }
  if (field.required && isNoAnswer(value)) return problem(requiredMessage(field, label, words), focusIdOf(field, id));

  const errors = schemaErrors.get(pathText(path));
  if (!errors || errors.length === 0) return undefined;
  return problem(schemaMessage(errors[0]!, field, label, words), focusIdOf(field, id));
}

/**
 * Dates in an impossible order, as the engine finds them (it owns the decision): the message goes
 * on the later field (the return, the interview, the previous episode), by dotted path.
 */
function chronologyByPath(answers: Answers): Map<string, ChronologyKind> {
  const byPath = new Map<string, ChronologyKind>();
  for (const { kind, pointer } of chronologyProblemsInAnswers(answers)) {
    const path = pointer.split('/').slice(1).map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
    if (!byPath.has(path)) byPath.set(path, kind);
  }
  return byPath;
}

function chronologyProblem(field: FieldNode, path: AnswerPath, chronology: Map<string, ChronologyKind>, words: UiWords): FieldProblem | undefined {
  const kind = chronology.get(pathText(path));
  if (!kind) return undefined;
  return { path: pathText(path), focusId: focusIdOf(field, fieldId(path)), message: words.say(`error.chronology.${kind}`) };
}

/** A value that is not in its `format`: dates in the form's own words, email and web addresses with an example. */
function formatMessage(format: string, label: string, words: UiWords): string {
  switch (format) {
    case 'date':
    case 'date-time':
      return words.say('error.date.notReal', { label });
    case 'email':
      return words.say('error.format.email', { label });
    case 'uri':
      return words.say('error.format.uri', { label });
    default:
      return words.say('error.format.other', { label });
  }
}

/** A number question holding text that is not a number of its kind: whole for `integer`, any for `number`. */
function notANumber(field: FieldNode, label: string, words: UiWords): string {
  return field.wholeNumber === false ? words.say('error.number.notNumber', { label }) : words.say('error.number.notWhole', { label });
}

function requiredMessage(field: FieldNode, label: string, words: UiWords): string {
  switch (field.kind) {
    case 'radios':
    case 'select':
    case 'yes-no':
      return words.say('error.required.select', { label });
    case 'checkboxes':
      return words.say('error.required.checkboxes', { label });
    case 'date':
    case 'date-time':
      return words.say('error.required.date', { label });
    case 'repeatable':
      return words.say('error.required.items', { label: itemNameOf(field, words) });
    default:
      return words.say('error.required.enter', { label });
  }
}

function schemaMessage(error: SchemaError, field: FieldNode, label: string, words: UiWords): string {
  const limit = (name: string) => Number(error.params[name]);
  switch (error.keyword) {
    case 'maxLength':
      return words.say('error.text.tooLong', { label, limit: limit('limit') });
    case 'enum':
      return words.say('error.choice.notAllowed', { label });
    case 'type':
      return field.kind === 'number' ? notANumber(field, label, words) : words.say('error.other', { label });
    case 'minimum':
    case 'maximum':
      if (field.minimum !== undefined && field.maximum !== undefined) {
        return words.say('error.number.between', { label, minimum: field.minimum, maximum: field.maximum });
      }
      return error.keyword === 'minimum'
        ? words.say('error.number.atLeast', { label, minimum: limit('limit') })
        : words.say('error.number.atMost', { label, maximum: limit('limit') });
    case 'minLength':
      return words.say('error.text.tooShort', { label, limit: limit('limit') });
    case 'pattern':
      return words.say('error.text.pattern', { label });
    case 'exclusiveMinimum':
      return words.say('error.number.moreThan', { label, limit: limit('limit') });
    case 'exclusiveMaximum':
      return words.say('error.number.lessThan', { label, limit: limit('limit') });
    case 'multipleOf':
      return words.say('error.number.multipleOf', { label, limit: limit('multipleOf') });
    case 'format':
      return formatMessage(String(error.params.format), label, words);
    default:
      return words.say('error.other', { label });
  }
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
