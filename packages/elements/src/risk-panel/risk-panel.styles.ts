/**
 * The panel's default look, close to GOV.UK Frontend and to `<rhi-interview-form>`, built on
 * `--rhi-*` custom properties. The risk level is always words and a shape as well as a colour,
 * and its frame is a border, so forced-colors mode and black-and-white print still show it.
 */
import { css } from 'lit';
import { hostStyles } from '../shared/host.styles.js';

export const riskPanelStyles = css`
  ${hostStyles}
  :host {
    --_link: var(--rhi-link-colour, #1d70b8);
  }
  .panel {
    background: var(--_background);
  }
  p {
    margin: 0 0 calc(var(--_space) * 3);
  }
  .heading-l {
    font-size: calc(var(--_font-size) * 1.5);
    font-weight: 700;
    line-height: 1.15;
    margin: 0 0 calc(var(--_space) * 4);
  }
  .heading-m {
    font-size: calc(var(--_font-size) * 1.2);
    font-weight: 700;
    margin: 0 0 calc(var(--_space) * 3);
  }
  .heading-s {
    font-size: var(--_font-size);
    font-weight: 700;
    margin: 0 0 var(--_space);
  }
  .section {
    margin: 0 0 calc(var(--_space) * 6);
  }

  /* The level: colour, shape and words together. */
  /* The level stays in sight while the panel's scrolling area (or the page) scrolls. */
  .level {
    --_level: var(--_text);
    position: sticky;
    top: var(--rhi-sticky-top, 0);
    z-index: 1;
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    margin: 0 0 calc(var(--_space) * 4);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 4);
    border: 5px solid var(--_level);
    background: var(--_background);
    color: var(--_text);
  }
  .level--high {
    --_level: var(--rhi-risk-high-colour, #aa2a16);
  }
  .level--medium {
    --_level: var(--rhi-risk-medium-colour, #a34d00);
  }
  .level--low {
    --_level: var(--rhi-risk-low-colour, #00703c);
  }
  .level--no-apparent-risk {
    --_level: var(--rhi-risk-none-colour, #505a5f);
  }
  /* Not final yet: a neutral frame, never a level's colour (a green "Low" for an empty record). */
  .level--provisional,
  .level--not-assessed {
    --_level: var(--_text);
    border-color: var(--_border);
    border-style: dashed;
  }
  .level--not-assessed .level__word {
    font-size: calc(var(--_font-size) * 1.2);
  }
  /* A compact panel: one line at the top of the page, on a phone too. */
  :host([compact]) {
    position: sticky;
    top: var(--rhi-sticky-top, 0);
    z-index: 2;
  }
  .strip {
    --_level: var(--_text);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 3);
    border-left: 8px solid var(--_level);
    background: var(--_background);
    box-shadow: 0 1px 0 var(--_border);
  }
  .strip .level__label {
    display: inline;
  }
  .strip .level__word {
    font-size: var(--_font-size);
    margin: 0;
  }
  .strip__late {
    font-weight: 700;
  }
  .strip.level--provisional,
  .strip.level--not-assessed {
    border-left-style: dashed;
    border-left-color: var(--_border);
  }
  .level__icon,
  .warning__icon {
    flex: none;
    width: 2.2em;
    height: 2.2em;
  }
  .level__icon {
    color: var(--_level);
  }
  .level__text {
    margin: 0;
  }
  .level__label {
    display: block;
  }
  .level__word {
    font-size: calc(var(--_font-size) * 1.5);
    color: var(--_level);
    margin-right: calc(var(--_space) * 2);
  }
  .reason__level {
    font-weight: 700;
  }
  .reason__level::after {
    content: ':';
  }
  .reason__level--high {
    color: var(--rhi-risk-high-colour, #aa2a16);
  }
  .reason__level--medium {
    color: var(--rhi-risk-medium-colour, #a34d00);
  }
  .reason__level--low {
    color: var(--rhi-risk-low-colour, #00703c);
  }
  .reason__level--no-apparent-risk {
    color: var(--rhi-risk-none-colour, #505a5f);
  }

  /* Warnings and the parts that ask for attention. */
  .warning {
    display: flex;
    gap: calc(var(--_space) * 3);
    margin: 0 0 calc(var(--_space) * 6);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border: 5px solid var(--_error);
  }
  .warning__icon {
    color: var(--_error);
    flex-shrink: 0;
  }
  /* A field's pointer (/afterReturn/workerRiskView) has no space to break at: on a 320 px phone it
     would push the text past the panel's edge, so the text may shrink and long words break. */
  .warning > div {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .warning p:last-child {
    margin-bottom: 0;
  }
  .missing {
    margin: 0 0 calc(var(--_space) * 6);
    padding-left: calc(var(--_space) * 3);
    border-left: 5px solid var(--_border);
  }
  .missing__list {
    margin: 0;
    padding-left: 1.2em;
  }
  .missing__list li {
    margin-bottom: var(--_space);
  }
  .clock--overdue,
  .clock--late {
    padding-left: calc(var(--_space) * 3);
    border-left: 5px solid var(--_error);
  }
  .step__due--overdue {
    font-weight: 700;
  }
  .clock__note,
  .reason__rule,
  .footer {
    color: var(--_secondary-text);
  }

  /* Links that ask the page to open a question. */
  .link {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link:hover {
    text-decoration-thickness: 3px;
  }

  /* What to do now, and the referrals one line each. */
  .steps,
  .referrals {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step,
  .referral {
    padding: calc(var(--_space) * 1.3) 0;
    border-top: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  /* The line under a step or referral (a due time, a clock's reference time, urgency and
     agreement) is secondary, in GOV.UK's small body size: with England's actions for a looked-after
     child placed out of area, S02's panel must still keep what to do within the first screen. */
  .step__due,
  .clock__detail,
  .clock__note,
  .referral__term {
    font-size: calc(var(--_font-size) * 0.85);
  }
  .step > * {
    display: block;
  }
  .step > a {
    display: inline;
  }
  .referral__term {
    display: inline-block;
    margin-right: calc(var(--_space) * 3);
  }
  .referral > strong {
    display: block;
  }
  .referral--immediate .urgency {
    font-weight: 700;
  }
  .reason-list {
    margin: 0;
    padding-left: 1.2em;
  }
  .reason {
    margin-bottom: calc(var(--_space) * 2);
  }
  .reason__message {
    margin-bottom: 2px;
  }
  .more-reasons {
    margin-top: calc(var(--_space) * 2);
  }
  .more-reasons__summary {
    margin-bottom: calc(var(--_space) * 2);
    color: var(--_link);
    cursor: pointer;
    font-weight: 700;
    text-decoration: underline;
  }
  .reason__summary {
    color: var(--_link);
    cursor: pointer;
    font-size: calc(var(--_font-size) * 0.85);
    text-decoration: underline;
  }
  .link:focus-visible,
  .more-reasons__summary:focus-visible,
  .reason__summary:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .reason__rule {
    margin: var(--_space) 0 0;
    font-size: calc(var(--_font-size) * 0.85);
  }
  .rule-id {
    font-family: ui-monospace, 'Courier New', monospace;
    font-size: 0.95em;
    overflow-wrap: anywhere;
  }
  .footer {
    padding-top: calc(var(--_space) * 3);
    border-top: 1px solid var(--_border);
    font-size: calc(var(--_font-size) * 0.85);
  }
  .footer p {
    margin-bottom: var(--_space);
  }
  .empty {
    color: var(--_secondary-text);
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .level,
    .strip,
    .warning,
    .missing,
    .clock--overdue,
    .clock--late {
      border-color: CanvasText;
    }
    .level__word,
    .level__icon,
    .warning__icon,
    .reason__level {
      color: CanvasText;
    }
    .link {
      color: LinkText;
    }
    .link:focus-visible {
      outline: 3px solid Highlight;
      forced-color-adjust: none;
    }
  }
  @media print {
    .live {
      display: none !important;
    }
    :host,
    .panel {
      color: #000;
      background: #fff;
      font-size: 11pt;
    }
    .level,
    .warning,
    .missing,
    .clock--overdue,
    .clock--late,
    .step,
    .referral,
    .footer {
      border-color: #000;
    }
    .level {
      position: static;
    }
    .level__word,
    .level__icon,
    .warning__icon,
    .reason__level,
    .clock__note,
    .reason__rule,
    .footer,
    .empty {
      color: #000;
    }
    /* A printed link goes nowhere: print the question's name as plain text. */
    .link {
      color: #000;
      text-decoration: none;
    }
    .step,
    .referral,
    .reason,
    .level,
    .warning {
      break-inside: avoid;
    }
    .heading-m,
    .heading-s {
      break-after: avoid;
    }
  }
`;
