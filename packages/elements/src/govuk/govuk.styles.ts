/**
 * The one style sheet of the GOV.UK pattern templates (govuk/*.ts), shared by the form and the
 * wizard. The default look, close to GOV.UK Frontend, built on `--rhi-*` custom properties so a council
 * can restyle it from its own stylesheet (and `::part` for deeper changes). Adopted as a
 * constructed stylesheet, so it works under `style-src 'self'`.
 */
import { css } from 'lit';
import { hostStyles } from '../shared/host.styles.js';

export const govukStyles = css`
  ${hostStyles}
  :host {
    --_link: var(--rhi-link-colour, #1d70b8);
    --_input-border: var(--rhi-input-border-colour, #0b0c0c);
    --_button: var(--rhi-button-colour, #00703c);
    --_button-text: var(--rhi-button-text-colour, #ffffff);
    --_secondary-button: var(--rhi-secondary-button-colour, #f3f2f1);
    --_warning-button: var(--rhi-warning-button-colour, #d4351c);
    --_notice: var(--rhi-notice-colour, #1d70b8);
  }
  .skip-link:not(:focus) {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
  }
  .skip-link:focus {
    position: static;
    display: inline-block;
    margin-bottom: calc(var(--_space) * 3);
    padding: var(--_space);
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
  }
  .body,
  p {
    margin: 0 0 calc(var(--_space) * 4);
  }
  .caption {
    display: block;
    color: var(--_secondary-text);
    font-size: calc(var(--_font-size) * 0.95);
    margin-bottom: var(--_space);
  }
  .heading-xl {
    font-size: calc(var(--_font-size) * 2.5);
    font-weight: 700;
    line-height: 1.05;
    margin: 0 0 calc(var(--_space) * 4);
  }
  .heading-l {
    font-size: calc(var(--_font-size) * 1.9);
    font-weight: 700;
    line-height: 1.1;
    margin: 0 0 calc(var(--_space) * 6);
  }
  .heading-m {
    font-size: calc(var(--_font-size) * 1.27);
    font-weight: 700;
    margin: calc(var(--_space) * 6) 0 calc(var(--_space) * 3);
  }
  .heading-l:focus {
    outline: none;
  }
  .form-group {
    margin-bottom: calc(var(--_space) * 6);
  }
  .form-group .form-group:last-of-type {
    margin-bottom: 0;
  }
  .form-group--error {
    padding-left: calc(var(--_space) * 3);
    border-left: 5px solid var(--_error);
  }
  .form-group--error .form-group--error {
    padding-left: 0;
    border-left: 0;
  }
  .label,
  .fieldset__legend {
    display: block;
    font-weight: 400;
    margin-bottom: var(--_space);
  }
  .fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .fieldset__legend {
    padding: 0;
    max-width: 100%;
    white-space: normal;
  }
  .fieldset__legend--m {
    font-size: calc(var(--_font-size) * 1.27);
    font-weight: 700;
    margin-bottom: calc(var(--_space) * 3);
  }
  .fieldset__legend--s {
    font-weight: 700;
  }
  .required-marker {
    font-weight: 400;
    color: var(--_secondary-text);
  }
  .hint {
    display: block;
    color: var(--_secondary-text);
    margin-bottom: calc(var(--_space) * 3);
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 700;
    margin: 0 0 calc(var(--_space) * 3);
  }
  .input,
  .textarea,
  .select {
    font: inherit;
    color: inherit;
    background: var(--_background);
    border: 2px solid var(--_input-border);
    border-radius: 0;
    min-height: 40px;
    padding: var(--_space);
    width: 100%;
  }
  .textarea {
    display: block;
    min-height: 8em;
    resize: vertical;
  }
  .select {
    width: auto;
    min-width: 11.5em;
    max-width: 100%;
  }
  .input--width-2 {
    max-width: 5.4ex;
  }
  .input--width-4 {
    max-width: 9ex;
  }
  .input--error,
  .textarea--error,
  .select--error {
    border-color: var(--_error);
  }
  .input:focus,
  .textarea:focus,
  .select:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_input-border);
  }
  .character-count {
    margin-top: var(--_space);
    margin-bottom: 0;
  }
  .character-count--over {
    color: var(--_error);
    font-weight: 700;
  }
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 4);
  }
  .date-input__item--hour {
    margin-left: calc(var(--_space) * 2);
  }
  .date-input__label {
    margin-bottom: var(--_space);
  }
  .radios,
  .checkboxes {
    display: block;
  }
  .radios--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 4);
  }
  .radios__item,
  .checkboxes__item {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 2);
    min-height: 40px;
    margin-bottom: calc(var(--_space) * 2);
  }
  .radios__input,
  .checkboxes__input {
    flex: none;
    width: 32px;
    height: 32px;
    margin: 4px 0 0;
    accent-color: var(--_text);
    cursor: pointer;
  }
  .radios__input:focus-visible,
  .checkboxes__input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  .radios__label,
  .checkboxes__label {
    /* Beside its box at any width (a long label wraps, it never drops below the box: WCAG 1.4.10). */
    flex: 1 1 0;
    min-width: 0;
    overflow-wrap: anywhere;
    padding: 7px 0 5px;
    margin: 0;
    cursor: pointer;
    touch-action: manipulation;
  }
  .radios__item,
  .checkboxes__item {
    flex-wrap: wrap;
  }
  .radios__hint,
  .checkboxes__hint {
    flex-basis: 100%;
    margin: calc(var(--_space) * -1) 0 0 calc(32px + var(--_space) * 2);
  }
  .label--s {
    font-weight: 700;
  }
  .radios__conditional,
  .checkboxes__conditional {
    margin: 0 0 calc(var(--_space) * 3) 15px;
    padding-left: calc(var(--_space) * 4 + 3px);
    border-left: 4px solid var(--_border);
  }
  .button-group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 3);
    margin: calc(var(--_space) * 6) 0;
  }
  .button {
    font: inherit;
    font-size: calc(var(--_font-size) * 0.95);
    line-height: 1.2;
    min-height: 44px;
    padding: 8px 12px 7px;
    border: 2px solid transparent;
    border-radius: 0;
    color: var(--_button-text);
    background: var(--_button);
    box-shadow: 0 2px 0 #002d18;
    cursor: pointer;
  }
  .button--secondary {
    color: var(--_text);
    background: var(--_secondary-button);
    box-shadow: 0 2px 0 #929191;
  }
  .button--warning {
    background: var(--_warning-button);
    box-shadow: 0 2px 0 #55150b;
  }
  .button:hover {
    filter: brightness(0.9);
  }
  .button:focus-visible {
    outline: 3px solid transparent;
    border-color: var(--_focus);
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: inset 0 0 0 1px var(--_focus), 0 2px 0 var(--_focus-text);
  }
  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .repeat-item {
    margin: 0 0 calc(var(--_space) * 6);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border: 1px solid var(--_border);
  }
  .repeat-item > .fieldset__legend {
    padding: 0 var(--_space);
  }
  .repeat-item > .fieldset__legend:focus {
    outline: 3px solid var(--_focus);
  }
  .link-button,
  .error-summary a {
    font: inherit;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: none;
    border: 0;
    padding: 0;
    min-height: 24px;
    cursor: pointer;
    text-align: left;
  }
  .link-button:hover {
    text-decoration-thickness: 3px;
  }
  .link-button:focus-visible,
  .link:focus-visible,
  .error-summary a:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .page-nav {
    margin-bottom: calc(var(--_space) * 6);
    padding-bottom: calc(var(--_space) * 3);
    border-bottom: 1px solid var(--_border);
  }
  .page-nav__list {
    margin: 0;
    padding-left: 1.4em;
    columns: 2 16em;
  }
  .page-nav__item {
    margin-bottom: var(--_space);
    break-inside: avoid;
  }
  .page-nav__check {
    margin: var(--_space) 0 0;
  }
  .page-nav__item .link-button[aria-current='step'] {
    font-weight: 700;
    color: var(--_text);
    text-decoration: none;
  }
  .error-summary {
    padding: calc(var(--_space) * 4);
    margin-bottom: calc(var(--_space) * 8);
    border: 5px solid var(--_error);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
  }
  .error-summary__title {
    font-size: calc(var(--_font-size) * 1.27);
    font-weight: 700;
    margin: 0 0 calc(var(--_space) * 3);
  }
  .error-summary__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary__list li {
    margin-bottom: var(--_space);
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .notice {
    margin-bottom: calc(var(--_space) * 6);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border: 5px solid var(--_notice);
  }
  .notice--warning {
    border-color: var(--_error);
  }
  .notice__title {
    font-size: var(--_font-size);
    font-weight: 700;
    margin: 0 0 calc(var(--_space) * 2);
  }
  .warning-text {
    display: flex;
    gap: calc(var(--_space) * 3);
    align-items: flex-start;
    margin-bottom: calc(var(--_space) * 5);
  }
  .warning-text__icon {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 35px;
    height: 35px;
    border: 3px solid var(--_text);
    border-radius: 50%;
    color: var(--_background);
    background: var(--_text);
    font-weight: 700;
    font-size: 1.5em;
    line-height: 1;
  }
  .warning-text__text {
    padding-top: var(--_space);
  }
  .draft-status {
    margin-top: calc(var(--_space) * 2);
    font-size: calc(var(--_font-size) * 0.85);
  }
  .summary-list {
    margin: 0 0 calc(var(--_space) * 6);
  }
  .summary-list__row {
    display: grid;
    grid-template-columns: minmax(8em, 30%) 1fr auto;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2) 0;
    border-bottom: 1px solid var(--_border);
  }
  .summary-list__key {
    font-weight: 700;
  }
  .summary-list__value,
  .summary-list__actions {
    margin: 0;
  }
  .summary-list__actions {
    text-align: right;
  }
  .not-answered {
    color: var(--_secondary-text);
  }
  .multiline {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .list {
    margin: 0;
    padding-left: 1.2em;
  }
  .item-answers {
    margin: var(--_space) 0 calc(var(--_space) * 2);
  }
  .item-answers dt {
    display: inline;
  }
  .item-answers dt::after {
    content: ': ';
  }
  .item-answers dd {
    display: inline;
    margin: 0;
  }
  .item-name {
    font-weight: 700;
  }
  @media (max-width: 40em) {
    .summary-list__row {
      grid-template-columns: 1fr;
      gap: var(--_space);
    }
    .summary-list__actions {
      text-align: left;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .form-group--error,
    .error-summary,
    .notice,
    .repeat-item {
      border-color: CanvasText;
    }
    .button,
    .button--secondary {
      border-color: ButtonText;
    }
    .input:focus,
    .textarea:focus,
    .select:focus,
    .button:focus-visible,
    .link-button:focus-visible,
    .error-summary a:focus-visible {
      outline: 3px solid Highlight;
      forced-color-adjust: none;
    }
    .radios__input,
    .checkboxes__input {
      accent-color: auto;
    }
    .warning-text__icon {
      forced-color-adjust: none;
      color: Canvas;
      background: CanvasText;
      border-color: CanvasText;
    }
  }
  @media print {
    .page-nav,
    .button-group,
    .button,
    .summary-list__actions,
    .notice,
    .draft-status {
      display: none !important;
    }
    :host {
      color: #000;
      font-size: 11pt;
    }
    .summary-list__row {
      break-inside: avoid;
      grid-template-columns: 35% 1fr;
    }
    .summary-section {
      break-inside: auto;
    }
    .heading-m {
      break-after: avoid;
    }
  }
`;
