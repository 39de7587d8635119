/**
 * A question the schema does not let anyone answer here (`readOnly`, or `const`), shown as a GOV.UK
 * summary-list row: its label and its value, with no control, so nothing can change the value.
 * The value itself stays in the answers and is posted as it came.
 */
import { html, type TemplateResult } from 'lit';
import { isNoAnswer, pathText, valueAt, type AnswerPath } from './answer-paths.js';
import { holdsPlainValues, type FieldNode } from './field-tree.js';
import { errorMessage } from '../govuk/error-message.js';
import { groupClass } from '../govuk/field-parts.js';
import { summaryList } from '../govuk/summary-list.js';
import type { UiWords } from '../i18n/ui-words.js';
import { answerText } from '../shared/answer-words.js';
import type { FieldContext } from './render-field.js';
import { jsonText } from './same-json.js';
import { shownValue } from './schema-values.js';
import { fieldId } from './visible-fields.js';

/** A value as a person reads it: choices by label, dates written out; "Not answered" when there is none. */
export function readOnlyText(field: FieldNode, value: unknown, words: UiWords, timeZone: string): TemplateResult | string {
  if (isNoAnswer(value)) return html`<span class="not-answered">${words.say('check.notAnswered')}</span>`;
  if (typeof value === 'object') return jsonText(value);
  return answerText(field, value, words, timeZone);
}

export function readOnlyField(field: FieldNode, context: FieldContext, path: AnswerPath): TemplateResult {
  const { words } = context;
  const id = fieldId(path);
  // A problem the validator finds here (data that came in wrong) is still said, and linked to.
  const problem = context.problemAt(pathText(path));
  const value = shownValue(field, valueAt(context.answers, path));
  return html`<div class=${groupClass(problem)} part="field read-only">
    ${errorMessage(id, problem, words)}
    ${summaryList([{ key: words.pick(field.label), value: Array.isArray(value) && value.length > 0 && field.kind === 'repeatable' ? readOnlyList(field, value, id, context) : html`<span id=${id} tabindex="-1">${readOnlyText(field, value, words, context.timeZone)}</span>` }])}
  </div>`;
}

/** A list fixed by `const` (or `readOnly`): each item on its own line, the list's own id on the list. */
function readOnlyList(field: FieldNode, items: unknown[], id: string, context: FieldContext): TemplateResult {
  const itemField = holdsPlainValues(field) ? field.itemFields[0]! : undefined;
  const itemText = (item: unknown) => (itemField && typeof item !== 'object' ? readOnlyText(itemField, item, context.words, context.timeZone) : jsonText(item));
  return html`<ul class="list" id=${id} tabindex="-1">
    ${items.map((item, index) => html`<li id=${`${id}.${index}`}>${itemText(item)}</li>`)}
  </ul>`;
}
