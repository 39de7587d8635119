/**
 * One shape per risk level, drawn inline (no files or fonts to fetch, nothing for a CSP to block)
 * in `currentColor`, so forced-colors mode draws them too. Each shape differs, so the level never
 * rests on colour; the words beside the icon say it in full, and the icon is hidden from screen readers.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { RiskLevel } from '@rhi-toolkit/engine';

const outline = {
  triangle: svg`<path d="M12 2.5 1.5 21h21L12 2.5z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>`,
  circle: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/>`,
};

const marks: Record<RiskLevel, SVGTemplateResult> = {
  high: svg`${outline.triangle}<path d="M11 8.5h2v6.5h-2zM11 16.5h2v2h-2z" fill="currentColor"/>`,
  medium: svg`${outline.circle}<path d="M11 6h2v8h-2zM11 16h2v2h-2z" fill="currentColor"/>`,
  low: svg`${outline.circle}<path d="M11 10h2v8h-2zM11 6h2v2h-2z" fill="currentColor"/>`,
  'no-apparent-risk': svg`${outline.circle}<path d="M7 12.5l3.5 3.5L17 9" fill="none" stroke="currentColor" stroke-width="2"/>`,
};

export function riskLevelIcon(level: RiskLevel, className = 'icon'): TemplateResult {
  return html`<svg class=${className} viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">${marks[level]}</svg>`;
}
