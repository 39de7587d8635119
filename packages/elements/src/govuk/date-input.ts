/** GOV.UK date input: day, month, year (and hour, minute) as separate boxes in one group. */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { UiWords } from '../i18n/ui-words.js';
import { errorMessage } from './error-message.js';
import { describedBy, groupClass, hint, leaveHandler } from './field-parts.js';

export interface DatePart {
  /** `day`, `month`, `year`, `hour` or `minute`: the box is `${id}-${name}`. */
  name: string;
  label: string;
  value: string;
  /** Width in characters (GOV.UK: 2 for day and month, 4 for year). */
  width: 2 | 4;
}

export interface DateInput {
  id: string;
  legend: unknown;
  hint?: unknown;
  error: string | undefined;
  parts: DatePart[];
  disabled?: boolean | undefined;
  words: UiWords;
  onInput?: ((part: string, text: string) => void) | undefined;
  onLeave?: (() => void) | undefined;
}

export function dateInput(date: DateInput): TemplateResult {
  const { id, error } = date;
  return html`<div class=${groupClass(error)} part="field" @focusout=${leaveHandler(date.onLeave)}>
    <fieldset class="fieldset" part="fieldset" role="group" aria-describedby=${ifDefined(describedBy(date.hint ? `${id}-hint` : '', error && `${id}-error`))}>
      <legend class="fieldset__legend" part="legend">${date.legend}</legend>
      ${hint(id, date.hint)} ${errorMessage(id, error, date.words)}
      <div class="date-input" id=${id}>
        ${date.parts.map(
          (part) => html`<div class="date-input__item date-input__item--${part.name}">
            <label class="label date-input__label" for="${id}-${part.name}">${part.label}</label>
            <input
              class="input date-input__input input--width-${part.width} ${error ? 'input--error' : ''}"
              part="input date-input"
              id="${id}-${part.name}"
              name="${id}-${part.name}"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              spellcheck="false"
              ?disabled=${Boolean(date.disabled)}
              aria-invalid=${ifDefined(error ? 'true' : undefined)}
              .value=${live(part.value)}
              @input=${(event: Event) => date.onInput?.(part.name, (event.target as HTMLInputElement).value)}
            />
          </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}
