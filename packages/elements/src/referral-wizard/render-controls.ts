/**
 * GOV.UK Design System markup for the wizard's own questions (radios with conditional reveals,
 * text boxes, headings at the host's level), with the form's classes so they share its look.
 * Rendering only: every change goes back to the wizard through the callbacks given.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { UiWords } from '../i18n/ui-words.js';

const headingTags = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** A heading at a level the host chose (1–6; a level past 6 stays 6). */
export function heading(level: number, content: unknown, options: { id?: string; className?: string; focusable?: boolean; part?: string; describedBy?: string } = {}): TemplateResult {
  const tag = headingTags[Math.min(Math.max(Math.round(level), 1), 6) - 1]!;
  return staticHtml`<${tag}
    id=${ifDefined(options.id)}
    class=${ifDefined(options.className)}
    part=${ifDefined(options.part)}
    tabindex=${ifDefined(options.focusable ? '-1' : undefined)}
    aria-describedby=${ifDefined(options.describedBy)}
  >${content}</${tag}>`;
}

/** Sends "left this question" once focus goes outside the whole group (not between its radios). */
export function leaveHandler(leave: () => void) {
  return (event: FocusEvent) => {
    const group = event.currentTarget as HTMLElement;
    if (group.contains(event.relatedTarget as Node | null)) return;
    // Chromium also sends focusout when a re-render removes the focused control (another page, a
    // closed reveal): that is not the worker leaving the question, so only a group still there counts.
    queueMicrotask(() => {
      if (group.isConnected) leave();
    });
  };
}

export function errorMessage(id: string, problem: string | undefined, words: UiWords): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  return html`<p id="${id}-error" class="error-message" part="error-message">
    <span class="visually-hidden">${words.say('error.prefix')}</span> ${problem}
  </p>`;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(' ') : undefined;
}

function groupClass(problem: string | undefined): string {
  return problem ? 'form-group form-group--error' : 'form-group';
}

export interface TextQuestion {
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  problem: string | undefined;
  required?: boolean;
  /** A textarea (several lines) rather than a one-line box. */
  long?: boolean;
  rows?: number;
  /** A bold label, for the main question on a page (GOV.UK label--s). */
  bold?: boolean;
  words: UiWords;
  onInput(text: string): void;
  onLeave(): void;
}

export function textQuestion(question: TextQuestion): TemplateResult {
  const { id, problem, words } = question;
  const described = describedBy(question.hint && `${id}-hint`, problem && `${id}-error`);
  const onInput = (event: Event) => question.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = question.long
    ? html`<textarea
        id=${id}
        class="textarea ${problem ? 'textarea--error' : ''}"
        part="textarea"
        name=${id}
        autocomplete="off"
        rows=${question.rows ?? 4}
        spellcheck="true"
        aria-required=${ifDefined(question.required ? 'true' : undefined)}
        aria-invalid=${ifDefined(problem ? 'true' : undefined)}
        aria-describedby=${ifDefined(described)}
        .value=${live(question.value)}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${id}
        class="input ${problem ? 'input--error' : ''}"
        part="input"
        name=${id}
        autocomplete="off"
        type="text"
        aria-required=${ifDefined(question.required ? 'true' : undefined)}
        aria-invalid=${ifDefined(problem ? 'true' : undefined)}
        aria-describedby=${ifDefined(described)}
        .value=${live(question.value)}
        @input=${onInput}
      />`;
  return html`<div class=${groupClass(problem)} part="field" @focusout=${leaveHandler(question.onLeave)}>
    <label class="label ${question.bold ? 'label--s' : ''}" part="label" for=${id}>${question.label}</label>
    ${question.hint ? html`<div id="${id}-hint" class="hint" part="hint">${question.hint}</div>` : nothing}
    ${errorMessage(id, problem, words)} ${control}
  </div>`;
}

export interface RadioOption<Value extends string> {
  value: Value;
  label: string;
  hint?: string | undefined;
  /** Shown under the option while it is chosen (GOV.UK conditional reveal). */
  reveal?: (() => TemplateResult) | undefined;
}

export interface RadioQuestion<Value extends string> {
  /** Options get ids `${id}-0`, `${id}-1`…; the first takes focus from the error summary. */
  id: string;
  legend: string;
  hint?: string | undefined;
  options: RadioOption<Value>[];
  value: Value | undefined;
  problem: string | undefined;
  inline?: boolean;
  words: UiWords;
  onChoose(value: Value): void;
  onLeave(): void;
}

export function radioQuestion<Value extends string>(question: RadioQuestion<Value>): TemplateResult {
  const { id, problem, words, value } = question;
  const revealing = question.options.some((option) => option.value === value && option.reveal);
  return html`<div class=${groupClass(problem)} part="field" @focusout=${leaveHandler(question.onLeave)}>
    <fieldset class="fieldset" part="fieldset" aria-describedby=${ifDefined(describedBy(question.hint && `${id}-hint`, problem && `${id}-error`))}>
      <legend class="fieldset__legend fieldset__legend--s" part="legend">${question.legend}</legend>
      ${question.hint ? html`<div id="${id}-hint" class="hint" part="hint">${question.hint}</div>` : nothing}
      ${errorMessage(id, problem, words)}
      <div class="radios ${question.inline && !revealing ? 'radios--inline' : ''}" part="radios">
        ${question.options.map((option, index) => {
          const checked = option.value === value;
          const optionId = `${id}-${index}`;
          const revealId = `${optionId}-reveal`;
          return html`<div class="radios__item">
              <input
                class="radios__input"
                id=${optionId}
                name=${id}
                autocomplete="off"
                type="radio"
                value=${option.value}
                aria-controls=${ifDefined(checked && option.reveal ? revealId : undefined)}
                aria-describedby=${ifDefined(option.hint ? `${optionId}-hint` : undefined)}
                .checked=${live(checked)}
                @change=${() => question.onChoose(option.value)}
              />
              <label class="label radios__label" for=${optionId}>${option.label}</label>
              ${option.hint ? html`<div id="${optionId}-hint" class="hint radios__hint">${option.hint}</div>` : nothing}
            </div>
            ${checked && option.reveal ? html`<div class="radios__conditional" id=${revealId} part="conditional">${option.reveal()}</div>` : nothing}`;
        })}
      </div>
    </fieldset>
  </div>`;
}
