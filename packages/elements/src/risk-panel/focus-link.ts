import { html, type TemplateResult } from 'lit';
import type { PanelView } from './panel-view.js';

/** A link that asks the page to open a question; it goes nowhere itself. */
export function focusLink(view: PanelView, path: string, text: string): TemplateResult {
  return html`<a class="link" href="#" data-path=${path} @click=${(event: Event) => view.focusField(event, path)}>${text}</a>`;
}
