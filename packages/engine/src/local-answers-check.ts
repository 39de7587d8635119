/**
 * Checks the answers' `local` section against the ruleset's own questions, for `assess()` in any
 * page. A locality's questions come with its resolved ruleset (plain JSON), so no validator was
 * precompiled for them, and compiling one at run time needs eval (refused under a strict CSP). The
 * questions use a small, closed set of JSON Schema keywords (checkLocalFields refuses any other),
 * checked here one by one; errors have the precompiled validators' shape, so they are worded the
 * same way. A page that has its ruleset's precompiled validator can pass it to `createAssessor`.
 */
import type { SchemaError } from './generated/validators.js';
import { parseCalendarDate, parseInstant } from './local-time.js';
import { pointerStep } from './schema-problems.js';
import type { LocalField, LocalFields } from './types.js';

/** The answers' section for local questions (LOCAL_SECTION in local-fields.ts, not imported: that file brings the rule-file words). */
const LOCAL_SECTION = 'local';


function typeError(value: unknown, field: LocalField, at: string): SchemaError | undefined {
  const fits =
    field.type === 'boolean' ? typeof value === 'boolean'
      : field.type === 'string' ? typeof value === 'string'
        : field.type === 'integer' ? Number.isInteger(value)
          : field.type === 'number' ? typeof value === 'number' && Number.isFinite(value)
            : Array.isArray(value);
  return fits ? undefined : { instancePath: at, keyword: 'type', params: { type: field.type } };
}

function valueErrors(value: unknown, field: LocalField, at: string): SchemaError[] {
  const wrongType = typeError(value, field, at);
  if (wrongType) return [wrongType];
  const errors: SchemaError[] = [];
  if (typeof value === 'string') {
    if (field.enum && !field.enum.includes(value)) errors.push({ instancePath: at, keyword: 'enum', params: { allowedValues: field.enum } });
    if (field.maxLength !== undefined && [...value].length > field.maxLength) errors.push({ instancePath: at, keyword: 'maxLength', params: { limit: field.maxLength } });
    if (field.format === 'date' && !parseCalendarDate(value)) errors.push({ instancePath: at, keyword: 'format', params: { format: 'date' } });
    if (field.format === 'date-time' && parseInstant(value) === undefined) errors.push({ instancePath: at, keyword: 'format', params: { format: 'date-time' } });
  }
  if (typeof value === 'number') {
    if (field.minimum !== undefined && value < field.minimum) errors.push({ instancePath: at, keyword: 'minimum', params: { limit: field.minimum } });
    if (field.maximum !== undefined && value > field.maximum) errors.push({ instancePath: at, keyword: 'maximum', params: { limit: field.maximum } });
  }
  if (Array.isArray(value)) {
    const choices = field.items?.enum;
    value.forEach((item, index) => {
      if (typeof item !== 'string') errors.push({ instancePath: `${at}/${index}`, keyword: 'type', params: { type: 'string' } });
      else if (choices && !choices.includes(item)) errors.push({ instancePath: `${at}/${index}`, keyword: 'enum', params: { allowedValues: choices } });
    });
    if (new Set(value).size !== value.length) errors.push({ instancePath: at, keyword: 'uniqueItems', params: {} });
  }
  return errors;
}

/**
 * Errors in `answers.local` for these questions: values of the wrong kind or out of range, and
 * names the ruleset does not have (a misspelt question would match no rule). A ruleset with no
 * questions of its own reads none, as the base schema lets `local` hold anything: `rhi diff` can
 * then assess a locality's scenarios with its base.
 */
export function localAnswerErrors(answers: unknown, localFields: LocalFields | undefined): SchemaError[] {
  const questions = localFields?.properties ?? {};
  if (Object.keys(questions).length === 0) return [];
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return [];
  const local = (answers as Record<string, unknown>)[LOCAL_SECTION];
  if (typeof local !== 'object' || local === null || Array.isArray(local)) return [];
  const errors: SchemaError[] = [];
  for (const [name, value] of Object.entries(local)) {
    const field = Object.hasOwn(questions, name) ? questions[name] : undefined;
    if (!field) errors.push({ instancePath: `/${LOCAL_SECTION}`, keyword: 'additionalProperties', params: { additionalProperty: name } });
    else if (value !== undefined) errors.push(...valueErrors(value, field, `/${LOCAL_SECTION}/${pointerStep(name)}`));
  }
  return errors;
}
