/**
 * One question as GOV.UK Design System markup, inside the form's shadow root so that label, hint,
 * error and control reference each other by id. Rendering only: every change goes back to the
 * form through the context, and the form re-renders from its answers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { pathText, valueAt, type AnswerPath, type Answers } from './answer-paths.js';
import { datePartsOf, datePartNames, dateTimePartNames, type DatePartName } from './date-parts.js';
import type { Choice, ChoiceValue, FieldNode } from './field-tree.js';
import type { UiWords } from '../i18n/ui-words.js';
import type { RawInput } from './validate-answers.js';
import { fieldId, revealIsOpen } from './visible-fields.js';

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
  setNumber(path: AnswerPath, text: string): void;
  leave(path: AnswerPath): void;
  addItem(path: AnswerPath): void;
  removeItem(path: AnswerPath, index: number): void;
}

export function renderFields(fields: FieldNode[], context: FieldContext, base: AnswerPath = []): TemplateResult {
  return html`${fields.map((field) => renderField(field, context, [...base, ...field.key], base))}`;
}

function renderField(field: FieldNode, context: FieldContext, path: AnswerPath, base: AnswerPath): TemplateResult {
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
      return textField(field, context, path, true);
    case 'number':
      return numberField(field, context, path);
    default:
      return textField(field, context, path, false);
  }
}

/** Sends "left this question" once focus goes outside the whole group (not between date boxes). */
function leaveHandler(context: FieldContext, path: AnswerPath) {
  return (event: FocusEvent) => {
    const group = event.currentTarget as HTMLElement;
    if (!group.contains(event.relatedTarget as Node | null)) context.leave(path);
  };
}

function labelText(field: FieldNode, context: FieldContext) {
  const { words } = context;
  return html`${words.pick(field.label)}${field.required
    ? html` <span class="required-marker">${words.say('required.marker')}</span>`
    : nothing}`;
}

function hintAndError(field: FieldNode, context: FieldContext, id: string, problem: string | undefined, extraHint?: string) {
  return html`${field.hint || extraHint
      ? html`<div id="${id}-hint" class="hint" part="hint">
          ${field.hint ? context.words.pick(field.hint) : nothing}${field.hint && extraHint ? html`<br />` : nothing}${extraHint ?? nothing}
        </div>`
      : nothing}${problem
      ? html`<p id="${id}-error" class="error-message" part="error-message">
          <span class="visually-hidden">${context.words.say('error.prefix')}</span> ${problem}
        </p>`
      : nothing}`;
}

function describedBy(field: FieldNode, id: string, problem: string | undefined, ...more: string[]): string | undefined {
  const ids = [field.hint ? `${id}-hint` : '', problem ? `${id}-error` : '', ...more].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function groupClass(problem: string | undefined): string {
  return problem ? 'form-group form-group--error' : 'form-group';
}

function textField(field: FieldNode, context: FieldContext, path: AnswerPath, long: boolean): TemplateResult {
  const id = fieldId(path);
  const problem = context.problemAt(pathText(path));
  const value = valueAt(context.answers, path);
  const text = typeof value === 'string' ? value : '';
  const countId = field.maxLength ? `${id}-count` : '';
  const onInput = (event: Event) => context.setAnswer(path, (event.target as HTMLInputElement).value);
  const control = long
    ? html`<textarea
        id=${id}
        class="textarea ${problem ? 'textarea--error' : ''}"
        part="textarea"
        name=${id}
        autocomplete="off"
        rows="5"
        spellcheck="true"
        ?disabled=${context.disabled}
        aria-required=${ifDefined(field.required ? 'true' : undefined)}
        aria-invalid=${ifDefined(problem ? 'true' : undefined)}
        aria-describedby=${ifDefined(describedBy(field, id, problem, countId ? `${countId}-limit` : ''))}
        .value=${live(text)}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${id}
        class="input ${problem ? 'input--error' : ''}"
        part="input"
        name=${id}
        autocomplete="off"
        type="text"
        ?disabled=${context.disabled}
        aria-required=${ifDefined(field.required ? 'true' : undefined)}
        aria-invalid=${ifDefined(problem ? 'true' : undefined)}
        aria-describedby=${ifDefined(describedBy(field, id, problem, countId ? `${countId}-limit` : ''))}
        .value=${live(text)}
        @input=${onInput}
      />`;
  return html`<div class=${groupClass(problem)} part="field" @focusout=${leaveHandler(context, path)}>
    <label class="label" part="label" for=${id}>${labelText(field, context)}</label>
    ${hintAndError(field, context, id, problem)} ${control}
    ${field.maxLength && long ? characterCount(field.maxLength, text, countId, context) : nothing}
  </div>`;
}

/** GOV.UK character count: visible count for sighted users; the limit is announced with the box. */
function characterCount(limit: number, text: string, id: string, context: FieldContext) {
  const left = limit - text.length;
  const message =
    left >= 0
      ? context.words.say('characterCount.remaining', { count: left })
      : context.words.say('characterCount.tooMany', { count: -left });
  return html`<div class="hint character-count ${left < 0 ? 'character-count--over' : ''}" aria-hidden="true">${message}</div>
    <span id="${id}-limit" class="visually-hidden">${context.words.say('characterCount.limit', { limit })}</span>`;
}

function numberField(field: FieldNode, context: FieldContext, path: AnswerPath): TemplateResult {
  const id = fieldId(path);
  const problem = context.problemAt(pathText(path));
  const raw = context.rawAt(pathText(path));
  const value = valueAt(context.answers, path);
  const text = raw?.kind === 'number' ? raw.text : typeof value === 'number' ? String(value) : '';
  return html`<div class=${groupClass(problem)} part="field" @focusout=${leaveHandler(context, path)}>
    <label class="label" part="label" for=${id}>${labelText(field, context)}</label>
    ${hintAndError(field, context, id, problem)}
    <input
      id=${id}
      class="input input--width-4 ${problem ? 'input--error' : ''}"
      part="input"
      name=${id}
      autocomplete="off"
      type="text"
      inputmode="numeric"
      spellcheck="false"
      ?disabled=${context.disabled}
      aria-required=${ifDefined(field.required ? 'true' : undefined)}
      aria-invalid=${ifDefined(problem ? 'true' : undefined)}
      aria-describedby=${ifDefined(describedBy(field, id, problem))}
      .value=${live(text)}
      @input=${(event: Event) => context.setNumber(path, (event.target as HTMLInputElement).value)}
    />
  </div>`;
}

function choicesOf(field: FieldNode, words: UiWords): Choice[] {
  if (field.kind !== 'yes-no') return field.choices;
  return [
    { value: true, label: { en: words.say('yes'), cy: words.say('yes') } },
    { value: false, label: { en: words.say('no'), cy: words.say('no') } },
  ];
}

function isChosen(value: unknown, choice: ChoiceValue, multiple: boolean): boolean {
  return multiple ? Array.isArray(value) && value.includes(choice) : value === choice;
}

/** Radios, yes/no and checkboxes, with GOV.UK conditional reveals under the chosen options. */
function choiceGroup(field: FieldNode, context: FieldContext, path: AnswerPath, base: AnswerPath, type: 'radio' | 'checkbox'): TemplateResult {
  const id = fieldId(path);
  const problem = context.problemAt(pathText(path));
  const value = valueAt(context.answers, path);
  const multiple = type === 'checkbox';
  const choices = choicesOf(field, context.words);
  const kind = multiple ? 'checkboxes' : 'radios';
  const choose = (choice: Choice, checked: boolean) => {
    if (!multiple) return context.setAnswer(path, choice.value);
    const chosen = choices.filter((other) => (other === choice ? checked : isChosen(value, other.value, true)));
    context.setAnswer(path, chosen.map((other) => other.value));
  };
  return html`<div class=${groupClass(problem)} part="field" @focusout=${leaveHandler(context, path)}>
    <fieldset class="fieldset" part="fieldset" aria-describedby=${ifDefined(describedBy(field, id, problem))}>
      <legend class="fieldset__legend" part="legend">${labelText(field, context)}</legend>
      ${hintAndError(field, context, id, problem)}
      <div class="${kind} ${field.inline && !hasOpenReveal(field, value) ? `${kind}--inline` : ''}" part=${kind}>
        ${choices.map((choice, index) => {
          const checked = isChosen(value, choice.value, multiple);
          const openReveals = field.reveals.filter((reveal) => reveal.when.includes(choice.value));
          const revealId = `${id}-reveal-${index}`;
          return html`<div class="${kind}__item">
              <input
                class="${kind}__input"
                id="${id}-${index}"
                name=${id}
                autocomplete="off"
                type=${type}
                value=${String(choice.value)}
                ?disabled=${context.disabled}
                aria-controls=${ifDefined(checked && openReveals.length > 0 ? revealId : undefined)}
                .checked=${live(checked)}
                @change=${(event: Event) => choose(choice, (event.target as HTMLInputElement).checked)}
              />
              <label class="label ${kind}__label" for="${id}-${index}">${context.words.pick(choice.label)}</label>
            </div>
            ${checked && openReveals.length > 0
              ? html`<div class="${kind}__conditional" id=${revealId} part="conditional">
                  ${openReveals.map((reveal) => renderFields(reveal.fields, context, base))}
                </div>`
              : nothing}`;
        })}
      </div>
    </fieldset>
  </div>`;
}

function hasOpenReveal(field: FieldNode, value: unknown): boolean {
  return field.reveals.some((reveal) => revealIsOpen(reveal, value));
}

function selectField(field: FieldNode, context: FieldContext, path: AnswerPath, base: AnswerPath): TemplateResult {
  const id = fieldId(path);
  const problem = context.problemAt(pathText(path));
  const value = valueAt(context.answers, path);
  const chosenIndex = field.choices.findIndex((choice) => choice.value === value);
  const open = field.reveals.filter((reveal) => revealIsOpen(reveal, value));
  return html`<div class=${groupClass(problem)} part="field" @focusout=${leaveHandler(context, path)}>
    <label class="label" part="label" for=${id}>${labelText(field, context)}</label>
    ${hintAndError(field, context, id, problem)}
    <select
      id=${id}
      class="select ${problem ? 'select--error' : ''}"
      part="select"
      name=${id}
      autocomplete="off"
      ?disabled=${context.disabled}
      aria-required=${ifDefined(field.required ? 'true' : undefined)}
      aria-invalid=${ifDefined(problem ? 'true' : undefined)}
      aria-describedby=${ifDefined(describedBy(field, id, problem))}
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

const partWidths: Record<DatePartName, string> = { day: '2', month: '2', year: '4', hour: '2', minute: '2' };

/** GOV.UK date input: day, month, year (and hour, minute) as separate boxes in one group. */
function dateField(field: FieldNode, context: FieldContext, path: AnswerPath): TemplateResult {
  const id = fieldId(path);
  const withTime = field.kind === 'date-time';
  const problem = context.problemAt(pathText(path));
  const raw = context.rawAt(pathText(path));
  const parts = raw?.kind === 'date' ? raw.parts : datePartsOf(valueAt(context.answers, path), withTime, context.timeZone);
  const names = withTime ? dateTimePartNames : datePartNames;
  const example = withTime
    ? context.words.say('dateTime.hint', { timeZoneName: context.timeZoneName })
    : context.words.say('date.hint');
  return html`<div class=${groupClass(problem)} part="field" @focusout=${leaveHandler(context, path)}>
    <fieldset class="fieldset" part="fieldset" role="group" aria-describedby="${id}-hint${problem ? ` ${id}-error` : ''}">
      <legend class="fieldset__legend" part="legend">${labelText(field, context)}</legend>
      ${hintAndError(field, context, id, problem, example)}
      <div class="date-input" id=${id}>
        ${names.map(
          (name) => html`<div class="date-input__item date-input__item--${name}">
            <label class="label date-input__label" for="${id}-${name}">${context.words.say(`datePart.${name}`)}</label>
            <input
              class="input date-input__input input--width-${partWidths[name]} ${problem ? 'input--error' : ''}"
              part="input date-input"
              id="${id}-${name}"
              name="${id}-${name}"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              spellcheck="false"
              ?disabled=${context.disabled}
              aria-invalid=${ifDefined(problem ? 'true' : undefined)}
              .value=${live(parts[name] ?? '')}
              @input=${(event: Event) => context.setDatePart(path, name, (event.target as HTMLInputElement).value, withTime)}
            />
          </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}

/** A list of items ("previous episodes") with "add another" and "remove". */
function repeatableField(field: FieldNode, context: FieldContext, path: AnswerPath): TemplateResult {
  const id = fieldId(path);
  const problem = context.problemAt(pathText(path));
  const items = valueAt(context.answers, path);
  const list = Array.isArray(items) ? items : [];
  const { words } = context;
  const itemName = words.pick(field.itemLabel ?? field.label);
  const inSentence = lowerFirst(itemName, words.language);
  return html`<div class=${groupClass(problem)} part="field repeatable">
    <fieldset class="fieldset" part="fieldset" aria-describedby=${ifDefined(describedBy(field, id, problem))}>
      <legend class="fieldset__legend fieldset__legend--m" part="legend">${labelText(field, context)}</legend>
      ${hintAndError(field, context, id, problem)}
      ${list.length === 0 ? html`<p class="body">${words.say('repeatable.none')}</p>` : nothing}
      ${list.map(
        (_, index) => html`<fieldset class="repeat-item" part="repeat-item" id="${id}-${index}">
          <legend class="fieldset__legend fieldset__legend--s" id="${id}-${index}-legend" tabindex="-1">
            ${words.say('repeatable.item', { item: itemName, number: index + 1 })}
          </legend>
          ${renderFields(field.itemFields, context, [...path, index])}
          <button
            type="button"
            class="button button--secondary"
            part="button secondary-button"
            ?disabled=${context.disabled}
            @click=${() => context.removeItem(path, index)}
          >
            ${words.say('repeatable.remove')}<span class="visually-hidden">
              ${words.say('repeatable.item', { item: inSentence, number: index + 1 })}</span
            >
          </button>
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
        ${list.length === 0 ? words.say('repeatable.add', { item: inSentence }) : words.say('repeatable.addAnother', { item: inSentence })}
      </button>
    </fieldset>
  </div>`;
}

function lowerFirst(text: string, language: string): string {
  return text.charAt(0).toLocaleLowerCase(language) + text.slice(1);
}
