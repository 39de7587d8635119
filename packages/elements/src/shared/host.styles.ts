/**
 * What every component's shadow root starts from: the theme's `--rhi-*` custom properties behind
 * private `--_*` names, the host's font and colour, and the visually-hidden helper.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    --_text: var(--rhi-text-colour, #0b0c0c);
    --_secondary-text: var(--rhi-secondary-text-colour, #484949);
    --_error: var(--rhi-error-colour, #d4351c);
    --_focus: var(--rhi-focus-colour, #ffdd00);
    --_focus-text: var(--rhi-focus-text-colour, #0b0c0c);
    --_border: var(--rhi-border-colour, #b1b4b6);
    --_background: var(--rhi-background, #ffffff);
    --_space: var(--rhi-space-unit, 5px);
    --_font-size: var(--rhi-font-size, 1.1875rem);
    display: block;
    font-family: var(--rhi-font-family, inherit);
    font-size: var(--_font-size);
    line-height: 1.3;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;
