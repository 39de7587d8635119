/**
 * GOV.UK question with a text box: label, hint, error message and a one-line input or a textarea
 * (with a character count when it has a limit). Rendering only: changes go to `onInput`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { UiWords } from '../i18n/ui-words.js';
import { characterCount, characterCountLimitId } from './character-count.js';
import { errorMessage } from './error-message.js';
import { describedBy, groupClass, hint, leaveHandler } from './field-parts.js';

export interface Question {
  id: string;
  label: unknown;
  /** A bold label, for the main question of a page (GOV.UK label--s). */
  bold?: boolean | undefined;
  hint?: unknown;
  error: string | undefined;
  value: string;
  required?: boolean | undefined;
  disabled?: boolean | undefined;
  /** A textarea of this many rows (GOV.UK's default is 5); absent, a one-line box. */
  rows?: number | undefined;
  /** A textarea's limit, shown as a character count. */
  maxLength?: number | undefined;
  /** A numeric box: the numeric keyboard, no spellcheck, the width of 4 characters. */
  numeric?: boolean | undefined;
  /** A numeric box that takes decimals (`type: number`): the keyboard with a decimal point. */
  decimal?: boolean | undefined;
  words: UiWords;
  onInput?: ((text: string) => void) | undefined;
  onLeave?: (() => void) | undefined;
}

export function question(q: Question): TemplateResult {
  const { id, error, words } = q;
  const long = q.rows !== undefined;
  const counted = long && q.maxLength !== undefined;
  const described = describedBy(q.hint ? `${id}-hint` : '', error && `${id}-error`, counted && characterCountLimitId(id));
  const onInput = (event: Event) => q.onInput?.((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = long
    ? html`<textarea
        id=${id}
        class="textarea ${error ? 'textarea--error' : ''}"
        part="textarea"
        name=${id}
        autocomplete="off"
        rows=${q.rows!}
        spellcheck="true"
        ?disabled=${Boolean(q.disabled)}
        aria-required=${ifDefined(q.required ? 'true' : undefined)}
        aria-invalid=${ifDefined(error ? 'true' : undefined)}
        aria-describedby=${ifDefined(described)}
        .value=${live(q.value)}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${id}
        class="input ${q.numeric ? 'input--width-4' : ''} ${error ? 'input--error' : ''}"
        part="input"
        name=${id}
        autocomplete="off"
        type="text"
        inputmode=${ifDefined(q.numeric ? (q.decimal ? 'decimal' : 'numeric') : undefined)}
        spellcheck=${ifDefined(q.numeric ? 'false' : undefined)}
        ?disabled=${Boolean(q.disabled)}
        aria-required=${ifDefined(q.required ? 'true' : undefined)}
        aria-invalid=${ifDefined(error ? 'true' : undefined)}
        aria-describedby=${ifDefined(described)}
        .value=${live(q.value)}
        @input=${onInput}
      />`;
  return html`<div class=${groupClass(error)} part="field" @focusout=${leaveHandler(q.onLeave)}>
    <label class="label ${q.bold ? 'label--s' : ''}" part="label" for=${id}>${q.label}</label>
    ${hint(id, q.hint)} ${errorMessage(id, error, words)} ${control}
    ${counted ? characterCount({ id, limit: q.maxLength!, text: q.value, words }) : nothing}
  </div>`;
}
