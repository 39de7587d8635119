/**
 * An action's due time in words, after its name. The engine has worked out the time and whether
 * it has passed (`dueBy`, `overdue`); the panel only writes it on the locality's clock, and says
 * "overdue" in words, so it never rests on colour alone.
 */
import type { Action } from '@rhi-toolkit/engine';
import type { UiWords } from '../i18n/ui-words.js';
import { zonedDateTime } from './offer-clock-words.js';

/** "By 12 May 2026 at 14:00 UK time", or the overdue sentence; undefined when no time is known. */
export function actionDueWords(action: Action, words: UiWords, timeZone: string): string | undefined {
  if (action.dueBy === undefined) return undefined;
  const dateTime = zonedDateTime(action.dueBy, { words, timeZone });
  return words.say(action.overdue ? 'panel.action.overdue' : 'panel.action.dueBy', { dateTime });
}
