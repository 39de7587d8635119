/**
 * The answers as GOV.UK summary lists, page by page: the "check your answers" page (with change
 * links) and the read-only record (without them, and laid out for printing).
 */
import { html, type TemplateResult } from 'lit';
import { isNoAnswer, type AnswerPath, type Answers } from './answer-paths.js';
import { holdsPlainValues, type FieldNode, type PageNode } from './field-tree.js';
import { itemNameOf } from './item-name.js';
import { readOnlyText } from './render-read-only.js';
import { shownValue } from './schema-values.js';
import type { UiWords } from '../i18n/ui-words.js';
import { answerText, choiceText } from '../shared/answer-words.js';
import { answerOf, visibleFields, type RawLookup } from './visible-fields.js';
import { summaryList, type SummaryRow } from '../govuk/summary-list.js';

export interface AnswersContext {
  words: UiWords;
  answers: Answers;
  timeZone: string;
  /** Given for "check your answers": where a change link goes. Absent for the read-only record. */
  change?: (page: PageNode, path: AnswerPath) => void;
  /** The alternatives chosen while editing (see visible-fields.ts); without it, the ones the answers are in. */
  rawAt?: RawLookup;
}

export function renderAnswerPages(pages: PageNode[], context: AnswersContext, headingLevel: 2 | 3): TemplateResult {
  return html`${pages.map(
    (page) => html`<section class="summary-section" part="summary-section" aria-labelledby="summary-${page.id}">
      ${headingLevel === 2
        ? html`<h2 class="heading-m" id="summary-${page.id}">${context.words.pick(page.title)}</h2>`
        : html`<h3 class="heading-m" id="summary-${page.id}">${context.words.pick(page.title)}</h3>`}
      ${summaryList(
        visibleFields(page.fields, context.answers, [], context.rawAt)
          .filter(({ path }) => !path.some((step) => typeof step === 'number'))
          .map(({ field, path }) => answerRow(page, field, path, context)),
      )}
    </section>`,
  )}`;
}

function answerRow(page: PageNode, field: FieldNode, path: AnswerPath, context: AnswersContext): SummaryRow {
  const { words, change } = context;
  const label = words.pick(field.label);
  // What the schema fixes (readOnly, const) has no "Change": there is nothing to change it with.
  const fixed = field.readOnly || field.constant;
  return {
    key: label,
    value: displayValue(field, shownValue(field, answerOf(field, context.answers, path, context.rawAt)), path, context),
    change: change && !fixed ? { text: words.say('check.change'), hiddenText: label, onClick: () => change(page, path) } : undefined,
    keepActionsColumn: Boolean(change && fixed),
  };
}

function displayValue(field: FieldNode, value: unknown, path: AnswerPath, context: AnswersContext): TemplateResult | string {
  const { words } = context;
  if (isNoAnswer(value)) return html`<span class="not-answered">${words.say('check.notAnswered')}</span>`;
  if (field.readOnly || field.constant) return readOnlyText(field, value, words, context.timeZone);
  switch (field.kind) {
    case 'yes-no':
    case 'radios':
    case 'select':
    case 'date':
    case 'date-time':
      return Array.isArray(value) ? String(value) : answerText(field, value, words, context.timeZone);
    case 'checkboxes':
      return Array.isArray(value)
        ? html`<ul class="list">${value.map((item) => html`<li>${choiceText(field, item, words)}</li>`)}</ul>`
        : String(value);
    case 'repeatable':
      return repeatableValue(field, value, path, context);
    default:
      return html`<span class="multiline">${String(value)}</span>`;
  }
}

function repeatableValue(field: FieldNode, value: unknown, path: AnswerPath, context: AnswersContext): TemplateResult | string {
  if (!Array.isArray(value)) return String(value);
  const { words } = context;
  if (holdsPlainValues(field)) {
    const itemField = field.itemFields[0]!;
    return html`<ul class="list">
      ${value.map((item, index) => html`<li>${displayValue(itemField, item, [...path, index], context)}</li>`)}
    </ul>`;
  }
  const itemName = itemNameOf(field, words);
  return html`<ol class="list item-list">
    ${value.map(
      (_, index) => html`<li>
        <span class="item-name">${words.say('repeatable.item', { item: itemName, number: index + 1 })}</span>
        <dl class="item-answers">
          ${visibleFields(field.itemFields, context.answers, [...path, index], context.rawAt).map(
            ({ field: itemField, path: itemPath }) => html`<div>
              <dt>${words.pick(itemField.label)}</dt>
              <dd>${displayValue(itemField, shownValue(itemField, answerOf(itemField, context.answers, itemPath, context.rawAt)), itemPath, context)}</dd>
            </div>`,
          )}
        </dl>
      </li>`,
    )}
  </ol>`;
}
