/**
 * GOV.UK character count: the count left, for sighted users, under the box; the limit is announced
 * with the box (its `${id}-limit` goes in the box's aria-describedby), not on every key.
 */
import { html, type TemplateResult } from 'lit';
import type { UiWords } from '../i18n/ui-words.js';

export interface CharacterCount {
  /** The box's id: the count is `${id}-count`, the announced limit `${id}-count-limit`. */
  id: string;
  limit: number;
  text: string;
  words: UiWords;
}

export function characterCountLimitId(id: string): string {
  return `${id}-count-limit`;
}

export function characterCount({ id, limit, text, words }: CharacterCount): TemplateResult {
  const left = limit - text.length;
  const message = left >= 0 ? words.say('characterCount.remaining', { count: left }) : words.say('characterCount.tooMany', { count: -left });
  return html`<div id="${id}-count" class="hint character-count ${left < 0 ? 'character-count--over' : ''}" aria-hidden="true">${message}</div>
    <span id=${characterCountLimitId(id)} class="visually-hidden">${words.say('characterCount.limit', { limit })}</span>`;
}
