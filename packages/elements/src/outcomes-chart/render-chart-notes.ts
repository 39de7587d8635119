/**
 * The words around the figures: what they mean and how many young people they come from, and a
 * caution when some (or all) outcomes rest on fewer young people than the report's threshold.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ChartView } from './chart-view.js';

export function renderExplanation(view: ChartView): TemplateResult {
  const { words, outcomes } = view;
  return html`<div class="explanation" part="explanation">
    <p>${words.say('outcomes.explanation')}</p>
    <p>${words.say('outcomes.youngPeople', { count: outcomes.youngPeople })}</p>
  </div>`;
}

export function renderCaution(view: ChartView): TemplateResult | typeof nothing {
  const { words, outcomes } = view;
  const small = outcomes.items.filter((item) => item.smallNumber).length;
  if (small === 0) return nothing;
  const message = small === outcomes.items.length ? 'outcomes.caution.all' : 'outcomes.caution.some';
  return html`<div class="caution" part="caution">
    <span class="caution__icon" aria-hidden="true">!</span>
    <p><strong>${words.say(message, { threshold: outcomes.smallNumberThreshold })}</strong></p>
  </div>`;
}
