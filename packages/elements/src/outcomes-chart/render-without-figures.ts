/**
 * What the chart shows instead of figures: no report yet, a report with no young person rated at
 * both times, or a report it cannot read, with what is wrong in it. Never a blank space.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UiWords } from '../i18n/ui-words.js';
import type { Expected, ReportProblem } from './read-outcomes.js';

/** Enough problems to act on; a report wrong everywhere would otherwise bury the first ones. */
const MOST_PROBLEMS_SHOWN = 10;
/** A found value is shown as JSON, cut short: it may be anything, of any length. */
const LONGEST_FOUND = 60;

export function renderNoReport(words: UiWords): TemplateResult {
  return html`<p class="message" part="message">${words.say('outcomes.noReport')}</p>`;
}

export function renderNoPairs(words: UiWords): TemplateResult {
  return html`<p class="message" part="message">${words.say('outcomes.noPairs')}</p>`;
}

export function renderReportProblems(words: UiWords, problems: ReportProblem[]): TemplateResult {
  const shown = problems.slice(0, MOST_PROBLEMS_SHOWN);
  const more = problems.length - shown.length;
  return html`<div class="error" part="error">
    <p class="error__title"><strong>${words.say('outcomes.error.title')}</strong></p>
    <p>${words.say('outcomes.error.intro')}</p>
    <ul class="error__list">
      ${shown.map((problem) => html`<li>${problemText(words, problem)}</li>`)}
      ${more > 0 ? html`<li>${words.say('outcomes.error.more', { count: more })}</li>` : nothing}
    </ul>
  </div>`;
}

function problemText(words: UiWords, problem: ReportProblem): string {
  if ('notObject' in problem) return words.say('outcomes.error.notObject');
  return words.say('outcomes.error.field', { path: problem.path, found: foundText(words, problem.found), expected: expectedText(words, problem.expected) });
}

function foundText(words: UiWords, found: unknown): string {
  if (found === undefined) return words.say('outcomes.error.missing');
  const json = asJson(found);
  return json.length > LONGEST_FOUND ? `${json.slice(0, LONGEST_FOUND)}…` : json;
}

function expectedText(words: UiWords, expected: Expected): string {
  if (typeof expected === 'object') return JSON.stringify(expected.exactly);
  return words.say(`outcomes.expected.${expected}`);
}

/** JSON of anything a host may pass: a BigInt or a circular object makes JSON.stringify throw. */
function asJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}
