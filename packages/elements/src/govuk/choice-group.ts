/**
 * What GOV.UK radios and checkboxes share: a fieldset with legend, hint and error, one item per
 * option with its own hint, and a conditional reveal under an option. Not a pattern of its own
 * (radios.ts and checkboxes.ts are), so it has no fixture.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { UiWords } from '../i18n/ui-words.js';
import { errorMessage } from './error-message.js';
import { describedBy, groupClass, hint, leaveHandler } from './field-parts.js';

export interface ChoiceOption {
  /** The input's id; default `${group id}-${index}` (the first takes focus from the error summary). */
  id?: string | undefined;
  value: string;
  label: unknown;
  hint?: unknown;
  checked: boolean;
  /** Shown under the option, the caller decides when (GOV.UK conditional reveal). */
  conditional?: TemplateResult | undefined;
}

export interface ChoiceGroup {
  id: string;
  /** The inputs' name; default the id. */
  name?: string | undefined;
  legend: unknown;
  /** GOV.UK legend size: 'm' or 's'; none, the body size. */
  legendSize?: 'm' | 's' | undefined;
  hint?: unknown;
  error: string | undefined;
  options: ChoiceOption[];
  /**
   * An answer that is none of the options (a record written elsewhere), in words: shown in the
   * fieldset with the group's own id, so it is never hidden, and kept until an option is chosen.
   */
  notListed?: string | undefined;
  /** Side by side (yes/no), unless an option's reveal is open. */
  inline?: boolean | undefined;
  disabled?: boolean | undefined;
  words: UiWords;
  onChange?: ((option: ChoiceOption, checked: boolean, index: number) => void) | undefined;
  onLeave?: (() => void) | undefined;
}

export function choiceGroup(group: ChoiceGroup, type: 'radio' | 'checkbox'): TemplateResult {
  const { id, error } = group;
  const kind = type === 'radio' ? 'radios' : 'checkboxes';
  const revealing = group.options.some((option) => option.conditional);
  const legendClass = group.legendSize ? `fieldset__legend fieldset__legend--${group.legendSize}` : 'fieldset__legend';
  return html`<div class=${groupClass(error)} part="field" @focusout=${leaveHandler(group.onLeave)}>
    <fieldset
      class="fieldset"
      part="fieldset"
      aria-describedby=${ifDefined(describedBy(group.hint ? `${id}-hint` : '', group.notListed && id, error && `${id}-error`))}
    >
      <legend class=${legendClass} part="legend">${group.legend}</legend>
      ${hint(id, group.hint)}
      ${group.notListed ? html`<p class="hint" id=${id} part="hint not-listed">${group.notListed}</p>` : nothing}
      ${errorMessage(id, error, group.words)}
      <div class="${kind} ${group.inline && !revealing ? `${kind}--inline` : ''}" part=${kind}>
        ${group.options.map((option, index) => {
          const optionId = option.id ?? `${id}-${index}`;
          // aria-controls is a list of ids: a space in a property name ("Do you have any pets?") would split it.
          const conditionalId = `${optionId}-conditional`.replace(/\s/g, '_');
          return html`<div class="${kind}__item">
              <input
                class="${kind}__input"
                id=${optionId}
                name=${group.name ?? id}
                autocomplete="off"
                type=${type}
                value=${option.value}
                ?disabled=${Boolean(group.disabled)}
                aria-controls=${ifDefined(option.conditional ? conditionalId : undefined)}
                aria-describedby=${ifDefined(option.hint ? `${optionId}-hint` : undefined)}
                .checked=${live(option.checked)}
                @change=${(event: Event) => group.onChange?.(option, (event.target as HTMLInputElement).checked, index)}
              />
              <label class="label ${kind}__label" for=${optionId}>${option.label}</label>
              ${hint(optionId, option.hint, `hint ${kind}__hint`)}
            </div>
            ${option.conditional
              ? html`<div class="${kind}__conditional" id=${conditionalId} part="conditional">${option.conditional}</div>`
              : nothing}`;
        })}
      </div>
    </fieldset>
  </div>`;
}
