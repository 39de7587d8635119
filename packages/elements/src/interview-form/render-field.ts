/**
 * One question as GOV.UK Design System markup, inside the form's shadow root so that label, hint,
 * error and control reference each other by id. Rendering only: every change goes back to the
 * form through the context, and the form re-renders from its answers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { isNoAnswer, pathText, valueAt, type AnswerPath, type Answers } from './answer-paths.js';
import { datePartsOf, datePartNames, dateTimePartNames, type DatePartName } from './date-parts.js';
import { holdsPlainValues, type Choice, type ChoiceValue, type FieldNode } from './field-tree.js';
import { inSentence, itemNameOf } from './item-name.js';
import { readOnlyField } from './render-read-only.js';
import { optionValueText, sameJson } from './same-json.js';
import type { UiWords } from '../i18n/ui-words.js';
import { checkboxes } from '../govuk/checkboxes.js';
import { dateInput } from '../govuk/date-input.js';
import { errorMessage } from '../govuk/error-message.js';
import { describedBy, groupClass, hint, leaveHandler } from '../govuk/field-parts.js';
import { question } from '../govuk/question.js';
import { radios } from '../govuk/radios.js';
import type { RawInput } from './validate-answers.js';
import { answerOf, fieldAsShown, fieldId, revealIsOpen } from './visible-fields.js';

export interface FieldContext {
  words: UiWords;
  answers: Answers;
  disabled: boolean;
  timeZone: string;
  timeZoneName: string;
  /** The inline error shown for a field, if any (set when it was left, or on continue/submit). */
  problemAt(path: string): string | undefined;
  rawAt(path: string): RawInput | undefined;
  setAnswer(path: AnswerPath, value: unknown): void;
  setDatePart(path: AnswerPath, part: DatePartName, text: string, withTime: boolean): void;
  setNumber(path: AnswerPath, text: string, wholeNumber: boolean): void;
  /** Chooses alternative `index` of a `oneOf` of objects; `markers` are the properties that choice fixes (set, or removed when undefined). */
  chooseAlternative(path: AnswerPath, index: number, markers: { path: AnswerPath; value: unknown }[]): void;
  leave(path: AnswerPath): void;
  addItem(path: AnswerPath): void;
  removeItem(path: AnswerPath, index: number): void;
}

export function renderFields(fields: FieldNode[], context: FieldContext, base: AnswerPath = []): TemplateResult {
  return html`${fields.map((field) => renderField(field, context, [...base, ...field.key], base))}`;
}

/**
 * A question, and after it the open reveals a choice cannot hold under an option: those of a text,
 * number or date question (a dependent schema's fields, shown while it has an answer) and those of
 * checkboxes that belong to no one option.
 */
function renderField(placed: FieldNode, context: FieldContext, path: AnswerPath, base: AnswerPath): TemplateResult {
  const field = fieldAsShown(placed, context.answers, base, context.rawAt);
  const value = answerOf(field, context.answers, path, context.rawAt);
  const underOptions = field.kind === 'radios' || field.kind === 'yes-no' || field.kind === 'select';
  const after = field.reveals.filter((reveal) => revealIsOpen(reveal, value) && !(underOptions || (field.kind === 'checkboxes' && reveal.when.length > 0)));
  return html`${questionOf(field, context, path, base)}${after.map((reveal) => renderFields(reveal.fields, context, base))}`;
}

function questionOf(field: FieldNode, context: FieldContext, path: AnswerPath, base: AnswerPath): TemplateResult {
  if (field.readOnly || field.constant) return readOnlyField(field, context, path);
  switch (field.kind) {
    case 'radios':
    case 'yes-no':
      return choiceGroup(field, context, path, base, 'radio');
    case 'checkboxes':
      return choiceGroup(field, context, path, base, 'checkbox');
    case 'select':
      return selectField(field, context, path, base);
    case 'date':
    case 'date-time':
      return dateField(field, context, path);
    case 'repeatable':
      return repeatableField(field, context, path);
    case 'textarea':
    case 'number':
      return textField(field, context, path, field.kind);
    default:
      return textField(field, context, path, 'text');
  }
}

function labelText(field: FieldNode, context: FieldContext) {
  const { words } = context;
  return html`${words.pick(field.label)}${field.required
    ? html` <span class="required-marker">${words.say('required.marker')}</span>`
    : nothing}`;
}

function hintOf(field: FieldNode, context: FieldContext): string | undefined {
  return field.hint ? context.words.pick(field.hint) : undefined;
}

/** A text box, a textarea (5 rows, counted when it has a limit) or a number box. */
function textField(field: FieldNode, context: FieldContext, path: AnswerPath, kind: 'text' | 'textarea' | 'number'): TemplateResult {
  const raw = context.rawAt(pathText(path));
  const value = valueAt(context.answers, path);
  const numeric = kind === 'number';
  const text = numeric ? (raw?.kind === 'number' ? raw.text : typeof value === 'number' ? String(value) : '') : typeof value === 'string' ? value : '';
  return question({
    id: fieldId(path),
    label: labelText(field, context),
    hint: hintOf(field, context),
    error: context.problemAt(pathText(path)),
    value: text,
    required: field.required,
    disabled: context.disabled,
    rows: kind === 'textarea' ? 5 : undefined,
    maxLength: field.maxLength,
    numeric,
    decimal: numeric && field.wholeNumber === false,
    words: context.words,
    onInput: (typed) => (numeric ? context.setNumber(path, typed, field.wholeNumber !== false) : context.setAnswer(path, typed)),
    onLeave: () => context.leave(path),
  });
}

function choicesOf(field: FieldNode, words: UiWords): Choice[] {
  if (field.kind !== 'yes-no') return field.choices;
  const both = [
    { value: true, label: { en: words.say('yes'), cy: words.say('yes') } },
    { value: false, label: { en: words.say('no'), cy: words.say('no') } },
  ];
  // `enum: [true]` (a box to confirm) offers Yes alone.
  return field.choices.length > 0 ? both.filter((choice) => field.choices.some((allowed) => allowed.value === choice.value)) : both;
}

/** By content, so an answer that is an object or a list (an `enum` of objects) finds its choice. */
function isChosen(value: unknown, choice: Choice['value'], multiple: boolean): boolean {
  return multiple ? Array.isArray(value) && value.some((item) => sameJson(item, choice)) : sameJson(value, choice);
}

/** Radios, yes/no and checkboxes, with GOV.UK conditional reveals under the chosen options. */
function choiceGroup(field: FieldNode, context: FieldContext, path: AnswerPath, base: AnswerPath, type: 'radio' | 'checkbox'): TemplateResult {
  const value = answerOf(field, context.answers, path, context.rawAt);
  const multiple = type === 'checkbox';
  // A list's values that are none of the choices get a ticked box of their own: ticking another keeps
  // them, and taking one out is the interviewer's own act, never a side effect.
  const listed = choicesOf(field, context.words);
  const choices = multiple ? [...listed, ...unlistedChoices(value, listed)] : listed;
  const choose = (choice: Choice, checked: boolean) => {
    if (field.alternatives) return context.chooseAlternative(path, choice.value as number, alternativeMarkers(field, path, choice.value as number));
    if (!multiple) return context.setAnswer(path, choice.value);
    const chosen = choices.filter((other) => (other === choice ? checked : isChosen(value, other.value, true)));
    context.setAnswer(path, chosen.map((other) => other.value));
  };
  const template = multiple ? checkboxes : radios;
  const unlisted = field.alternatives ? [] : notAmong(value, listed, multiple);
  return template({
    id: fieldId(path),
    legend: labelText(field, context),
    hint: hintOf(field, context),
    notListed: unlisted.length > 0 ? context.words.say('choice.notListed', { value: unlisted.join(', ') }) : undefined,
    error: context.problemAt(pathText(path)),
    inline: field.inline && !hasOpenReveal(field, value),
    disabled: context.disabled,
    words: context.words,
    options: choices.map((choice) => {
      const checked = isChosen(value, choice.value, multiple);
      // A reveal of "any answer" or "any other answer" (a schema's dependentSchemas, else) opens under the chosen radio.
      const open = checked ? field.reveals.filter((reveal) => reveal.when.includes(choice.value as ChoiceValue) || (!multiple && revealIsOpen(reveal, value))) : [];
      return {
        value: optionValueText(choice.value),
        label: context.words.pick(choice.label),
        checked,
        conditional: open.length > 0 ? html`${open.map((reveal) => renderFields(reveal.fields, context, base))}` : undefined,
      };
    }),
    onChange: (_option, checked, index) => choose(choices[index]!, checked),
    onLeave: () => context.leave(path),
  });
}

/** Values of a loaded list that are none of the choices, as choices labelled by the value as it is. */
function unlistedChoices(value: unknown, choices: Choice[]): Choice[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((one) => !choices.some((choice) => sameJson(one, choice.value)))
    .map((one) => {
      const text = optionValueText(one);
      return { value: one as ChoiceValue, label: { en: text, cy: text } };
    });
}

/**
 * The parts of a loaded answer that are none of the choices (`colour: 'Foo'` for Red, Green, Blue),
 * written as they are: the interviewer sees what the record holds, and it is kept until they choose.
 */
function notAmong(value: unknown, choices: Choice[], multiple: boolean): string[] {
  if (isNoAnswer(value)) return [];
  const listed = (one: unknown) => choices.some((choice) => sameJson(one, choice.value));
  const given = multiple && Array.isArray(value) ? value : [value];
  return given.filter((one) => !listed(one)).map(optionValueText);
}

/** The properties alternative `index` fixes (`kind: 'person'`), and those only the others fix, taken out. */
function alternativeMarkers(field: FieldNode, path: AnswerPath, index: number): { path: AnswerPath; value: unknown }[] {
  const record = path.slice(0, -1);
  const chosen = field.alternatives![index]!.discriminators;
  const others = field.alternatives!.flatMap((alternative) => alternative.discriminators).filter(({ name }) => !chosen.some((marker) => marker.name === name));
  return [
    ...others.map(({ name }) => ({ path: [...record, name], value: undefined })),
    ...chosen.map(({ name, values }) => ({ path: [...record, name], value: values[0] })),
  ];
}

function hasOpenReveal(field: FieldNode, value: unknown): boolean {
  return field.reveals.some((reveal) => revealIsOpen(reveal, value));
}

function selectField(field: FieldNode, context: FieldContext, path: AnswerPath, base: AnswerPath): TemplateResult {
  const id = fieldId(path);
  const problem = context.problemAt(pathText(path));
  const value = valueAt(context.answers, path);
  const chosenIndex = field.choices.findIndex((choice) => sameJson(choice.value, value));
  const open = field.reveals.filter((reveal) => revealIsOpen(reveal, value));
  const hintText = hintOf(field, context);
  const unlisted = notAmong(value, field.choices, false);
  const notListed = unlisted.length > 0 ? context.words.say('choice.notListed', { value: unlisted.join(', ') }) : undefined;
  return html`<div class=${groupClass(problem)} part="field" @focusout=${leaveHandler(() => context.leave(path))}>
    <label class="label" part="label" for=${id}>${labelText(field, context)}</label>
    ${hint(id, hintText)}
    ${notListed ? html`<p class="hint" id="${id}-not-listed" part="hint not-listed">${notListed}</p>` : nothing}
    ${errorMessage(id, problem, context.words)}
    <select
      id=${id}
      class="select ${problem ? 'select--error' : ''}"
      part="select"
      name=${id}
      autocomplete="off"
      ?disabled=${context.disabled}
      aria-required=${ifDefined(field.required ? 'true' : undefined)}
      aria-invalid=${ifDefined(problem ? 'true' : undefined)}
      aria-describedby=${ifDefined(describedBy(hintText && `${id}-hint`, notListed && `${id}-not-listed`, problem && `${id}-error`))}
      .value=${live(chosenIndex >= 0 ? String(chosenIndex) : '')}
      @change=${(event: Event) => {
        const index = (event.target as HTMLSelectElement).value;
        context.setAnswer(path, index === '' ? undefined : field.choices[Number(index)]?.value);
      }}
    >
      <option value="">${context.words.say('select.placeholder')}</option>
      ${field.choices.map((choice, index) => html`<option value=${String(index)} ?selected=${index === chosenIndex}>${context.words.pick(choice.label)}</option>`)}
    </select>
    ${open.length > 0
      ? html`<div class="radios__conditional" part="conditional">${open.map((reveal) => renderFields(reveal.fields, context, base))}</div>`
      : nothing}
  </div>`;
}

const partWidths: Record<DatePartName, 2 | 4> = { day: 2, month: 2, year: 4, hour: 2, minute: 2 };

function dateField(field: FieldNode, context: FieldContext, path: AnswerPath): TemplateResult {
  const withTime = field.kind === 'date-time';
  const raw = context.rawAt(pathText(path));
  const parts = raw?.kind === 'date' ? raw.parts : datePartsOf(valueAt(context.answers, path), withTime, context.timeZone);
  const names = withTime ? dateTimePartNames : datePartNames;
  const example = withTime ? context.words.say('dateTime.hint', { timeZoneName: context.timeZoneName }) : context.words.say('date.hint');
  const fieldHint = hintOf(field, context);
  return dateInput({
    id: fieldId(path),
    legend: labelText(field, context),
    hint: html`${fieldHint ? html`${fieldHint}<br />` : nothing}${example}`,
    error: context.problemAt(pathText(path)),
    parts: names.map((name) => ({ name, label: context.words.say(`datePart.${name}`), value: parts[name] ?? '', width: partWidths[name] })),
    disabled: context.disabled,
    words: context.words,
    onInput: (name, text) => context.setDatePart(path, name as DatePartName, text, withTime),
    onLeave: () => context.leave(path),
  });
}

/**
 * A list of items ("previous episodes") with "add another" and "remove": each item of a list of
 * objects is a fieldset of its questions; each of a list of values is one question, "Phone number 2".
 */
function repeatableField(field: FieldNode, context: FieldContext, path: AnswerPath): TemplateResult {
  const id = fieldId(path);
  const problem = context.problemAt(pathText(path));
  const items = valueAt(context.answers, path);
  const list = Array.isArray(items) ? items : [];
  const { words } = context;
  const itemName = itemNameOf(field, words);
  const nameInSentence = inSentence(itemName, words.language);
  const removeButton = (index: number) => html`<button
    type="button"
    class="button button--secondary"
    part="button secondary-button"
    ?disabled=${context.disabled}
    @click=${() => context.removeItem(path, index)}
  >
    ${words.say('repeatable.remove')}<span class="visually-hidden">
      ${words.say('repeatable.item', { item: nameInSentence, number: index + 1 })}</span
    >
  </button>`;
  const valueItem = (index: number) => {
    const itemField = field.itemFields[0]!;
    const named = words.say('repeatable.item', { item: itemName, number: index + 1 });
    return html`<div class="repeat-item" part="repeat-item" id="${id}-${index}">
      ${renderField({ ...itemField, label: { en: named, cy: named } }, context, [...path, index], [...path, index])} ${removeButton(index)}
    </div>`;
  };
  return html`<div class=${groupClass(problem)} part="field repeatable">
    <fieldset class="fieldset" part="fieldset" aria-describedby=${ifDefined(describedBy(field.hint && `${id}-hint`, problem && `${id}-error`))}>
      <legend class="fieldset__legend fieldset__legend--m" part="legend">${labelText(field, context)}</legend>
      ${hint(id, hintOf(field, context))} ${errorMessage(id, problem, words)}
      ${list.length === 0 ? html`<p class="body">${words.say('repeatable.none')}</p>` : nothing}
      ${list.map((_, index) =>
        holdsPlainValues(field)
          ? valueItem(index)
          : html`<fieldset class="repeat-item" part="repeat-item" id="${id}-${index}">
              <legend class="fieldset__legend fieldset__legend--s" id="${id}-${index}-legend" tabindex="-1">
                ${words.say('repeatable.item', { item: itemName, number: index + 1 })}
              </legend>
              ${renderFields(field.itemFields, context, [...path, index])} ${removeButton(index)}
            </fieldset>`,
      )}
      <button
        type="button"
        id="${id}-add"
        class="button button--secondary"
        part="button secondary-button"
        ?disabled=${context.disabled}
        @click=${() => context.addItem(path)}
      >
        ${list.length === 0 ? words.say('repeatable.add', { item: nameInSentence }) : words.say('repeatable.addAnother', { item: nameInSentence })}
      </button>
    </fieldset>
  </div>`;
}

