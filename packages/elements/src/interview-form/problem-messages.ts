/**
 * The words of each problem, GOV.UK style ("Enter …", "Select …", naming the limit), in English or
 * Welsh. A field's own message (`x-rhi-error` or `errorMessage` in its schema) replaces the
 * form's for its schema errors; Ajv's own wording never reaches a person.
 */
import { itemNameOf } from './item-name.js';
import type { SchemaError } from '@rhi-toolkit/engine/form-support';
import type { FieldNode } from './field-tree.js';
import type { UiWords } from '../i18n/ui-words.js';
import { isMissingError, type LocatedError } from './schema-errors.js';

/** The field's own message for a failing keyword: its entry for the keyword, else its message for any error but a missing answer. */
export function ownMessage(field: FieldNode, keyword: string, words: UiWords): string | undefined {
  const forKeyword = field.errorMessageFor?.[keyword];
  if (forKeyword) return words.pick(forKeyword);
  if (keyword === 'required' || !field.errorMessage) return undefined;
  return words.pick(field.errorMessage);
}

export function requiredMessage(field: FieldNode, label: string, words: UiWords): string {
  const own = ownMessage(field, 'required', words);
  if (own) return own;
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

/** A number question holding text that is not a number of its kind: whole for `integer`, any for `number`. */
export function notANumber(field: FieldNode, label: string, words: UiWords): string {
  return field.wholeNumber === false ? words.say('error.number.notNumber', { label }) : words.say('error.number.notWhole', { label });
}

/**
 * The message for a schema error on the question at `fieldPath`. The error may be about the
 * answer itself, about the object it belongs to being missing altogether (then answering this
 * question is the fix), or about a part or a whole no question shows (an item's answer of a list).
 */
export function schemaErrorMessage(located: LocatedError, field: FieldNode, fieldPath: string, words: UiWords): string {
  const label = words.pick(field.label);
  const { error, path } = located;
  if (path === fieldPath) return isMissingError(error) ? requiredMessage(field, label, words) : (ownMessage(field, error.keyword, words) ?? keywordMessage(error, field, label, words));
  if (isMissingError(error) && fieldPath.startsWith(`${path}.`)) return requiredMessage(field, label, words);
  return elsewhereMessage(error, field, label, path, words);
}

/** An error about an answer this question holds a part of, or that holds this question's answer. */
function elsewhereMessage(error: SchemaError, field: FieldNode, label: string, path: string, words: UiWords): string {
  if (error.keyword === 'additionalProperties') return words.say('error.unknownQuestion', { path });
  if (error.keyword === 'enum' && field.kind === 'checkboxes') return words.say('error.choice.notAllowed', { label });
  return words.say('error.other', { label });
}

function keywordMessage(error: SchemaError, field: FieldNode, label: string, words: UiWords): string {
  const limit = (name: string) => Number(error.params[name]);
  switch (error.keyword) {
    case 'maxLength':
      return words.say('error.text.tooLong', { label, limit: limit('limit') });
    case 'minLength':
      return words.say('error.text.tooShort', { label, limit: limit('limit') });
    case 'pattern':
      return words.say('error.text.pattern', { label });
    case 'enum':
      return words.say('error.choice.notAllowed', { label });
    case 'const':
      return field.choices.length > 0 ? words.say('error.choice.notAllowed', { label }) : words.say('error.other', { label });
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
    case 'exclusiveMinimum':
      return words.say('error.number.moreThan', { label, limit: limit('limit') });
    case 'exclusiveMaximum':
      return words.say('error.number.lessThan', { label, limit: limit('limit') });
    case 'multipleOf':
      return words.say('error.number.multipleOf', { label, limit: limit('multipleOf') });
    case 'format':
      return formatMessage(String(error.params.format), label, words);
    case 'minItems':
      return tooFewMessage(field, label, limit('limit'), words);
    case 'maxItems':
      return field.kind === 'checkboxes' ? words.say('error.items.tooManyOptions', { label, limit: limit('limit') }) : words.say('error.items.tooMany', { label, limit: limit('limit') });
    case 'uniqueItems':
      return words.say('error.items.repeated', { label });
    default:
      return words.say('error.other', { label });
  }
}

/** A value that is not in its `format`: dates and times in the form's own words, email and web addresses with an example. */
function formatMessage(format: string, label: string, words: UiWords): string {
  switch (format) {
    case 'date':
      return words.say('error.date.notReal', { label });
    case 'date-time':
      return words.say('error.format.dateTime', { label });
    case 'time':
      return words.say('error.format.time', { label });
    case 'email':
      return words.say('error.format.email', { label });
    case 'uri':
      return words.say('error.format.uri', { label });
    default:
      return words.say('error.format.other', { label });
  }
}

/** Fewer items than `minItems`: one is the same as a required list; checkboxes are selected, items added. */
function tooFewMessage(field: FieldNode, label: string, limit: number, words: UiWords): string {
  if (limit <= 1) return requiredMessage(field, label, words);
  return field.kind === 'checkboxes' ? words.say('error.items.tooFewOptions', { label, limit }) : words.say('error.items.tooFew', { label, limit });
}

/** A problem no showing question owns, named by its path: a missing answer, an unknown one, or the record as a whole. */
export function unownedMessage(located: LocatedError, words: UiWords): string {
  const { error, path } = located;
  if (path === '') return words.say('error.wholeRecord');
  if (error.keyword === 'additionalProperties') return words.say('error.unknownQuestion', { path });
  if (isMissingError(error)) return words.say('error.notOnForm', { path });
  return words.say('error.other', { label: path });
}
