/**
 * The wizard's look: the GOV.UK pattern templates' style sheet and `--rhi-*` custom properties (so one
 * theme styles both), plus what only the wizard has — the directory's details, checkbox hints,
 * warning text, contact cards, the confirmation panel and the printable summary.
 */
import { css } from 'lit';
import { govukStyles } from '../govuk/govuk.styles.js';

const wizardOnly = css`
  :host {
    --_panel: var(--rhi-panel-colour, #00703c);
    --_panel-text: var(--rhi-panel-text-colour, #ffffff);
  }
  .heading-s {
    font-size: var(--_font-size);
    font-weight: 700;
    margin: calc(var(--_space) * 6) 0 calc(var(--_space) * 3);
  }
  .heading-xs {
    font-size: calc(var(--_font-size) * 0.95);
    font-weight: 700;
    margin: calc(var(--_space) * 4) 0 calc(var(--_space) * 2);
  }
  .caption {
    margin: 0 0 var(--_space);
  }
  .link {
    display: inline-block;
    min-height: 24px;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  .radios__item,
  .urgency-tag {
    font-weight: 700;
    color: var(--_text);
  }
  .reasons {
    margin: var(--_space) 0 0;
  }
  .reasons li {
    margin-bottom: var(--_space);
  }
  .inset {
    padding: calc(var(--_space) * 3);
    border-left: 10px solid var(--_border);
  }
  .details {
    margin-bottom: calc(var(--_space) * 6);
  }
  .details__summary {
    display: inline-block;
    min-height: 24px;
    padding-left: 25px;
    position: relative;
    color: var(--_link);
    cursor: pointer;
  }
  .details__summary::marker,
  .details__summary::-webkit-details-marker {
    display: none;
    content: '';
  }
  .details__summary::before {
    content: '';
    position: absolute;
    top: 0.25em;
    left: 0;
    border-style: solid;
    border-color: transparent;
    border-width: 7px 0 7px 12.124px;
    border-left-color: currentcolor;
  }
  .details[open] > .details__summary::before {
    border-width: 12.124px 7px 0 7px;
    border-color: currentcolor transparent transparent;
  }
  .details__summary-text {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .details__summary:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
  }
  .details__summary:focus-visible .details__summary-text {
    text-decoration: none;
  }
  .details__text {
    margin-top: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 3);
    padding-left: calc(var(--_space) * 4);
    border-left: 5px solid var(--_border);
  }
  .contact {
    margin-bottom: calc(var(--_space) * 6);
  }
  .summary-list__row--two {
    grid-template-columns: minmax(8em, 30%) 1fr;
  }
  .summary-list--compact .summary-list__row {
    padding: var(--_space) 0;
  }
  .panel {
    margin-bottom: calc(var(--_space) * 6);
    padding: calc(var(--_space) * 7);
    border: 5px solid transparent;
    color: var(--_panel-text);
    background: var(--_panel);
    text-align: center;
  }
  .panel__title {
    margin: 0 0 calc(var(--_space) * 5);
    font-size: calc(var(--_font-size) * 2.2);
    font-weight: 700;
    line-height: 1.1;
  }
  .panel__title:focus {
    outline: none;
  }
  .panel__body {
    font-size: calc(var(--_font-size) * 1.5);
  }
  .referral-summary .heading-m {
    padding-top: calc(var(--_space) * 3);
    border-top: 2px solid var(--_text);
  }
  @media (forced-colors: active) {
    .panel,
    .inset,
    .details__text {
      border-color: CanvasText;
    }
    .link:focus-visible,
    .details__summary:focus-visible {
      outline: 3px solid Highlight;
      forced-color-adjust: none;
    }
  }
  @media print {
    .notice,
    .button-group,
    .button,
    .draft-status,
    .summary-list__actions,
    .caption {
      display: none !important;
    }
    .panel {
      color: #000;
      background: none;
      border-color: #000;
      padding: calc(var(--_space) * 3);
    }
    .summary-list__row,
    .sent-agency .contact {
      break-inside: avoid;
    }
    .sent-agency {
      break-before: auto;
    }
    .link {
      color: #000;
    }
  }
`;

export const referralWizardStyles = [govukStyles, wizardOnly];
