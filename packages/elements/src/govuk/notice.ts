/**
 * A notice above a form (GOV.UK notification banner, bordered): a title at the host's heading
 * level, a few paragraphs and, if any, its buttons. A warning is an alert; other notices are
 * regions named by their title.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from './heading.js';

export interface Notice {
  /** The notice's id; its title is `${id}-title`. */
  id: string;
  title?: string | undefined;
  headingLevel?: number | undefined;
  paragraphs: string[];
  warning?: boolean | undefined;
  /** Buttons or more content after the paragraphs. */
  actions?: TemplateResult | undefined;
}

export function notice(n: Notice): TemplateResult {
  const titleId = `${n.id}-title`;
  return html`<div
    class="notice ${n.warning ? 'notice--warning' : ''}"
    part="notice"
    id=${n.id}
    role=${n.warning ? 'alert' : 'region'}
    aria-labelledby=${n.warning || !n.title ? nothing : titleId}
  >
    ${n.title ? heading(n.headingLevel ?? 2, n.title, { id: titleId, className: 'notice__title' }) : nothing}
    ${n.paragraphs.map((text) => html`<p class="body">${text}</p>`)} ${n.actions ?? nothing}
  </div>`;
}
