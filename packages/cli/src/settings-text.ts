/**
 * Descriptions written from the settings. A rule's or a ruleset's description that states a
 * setting writes it as a placeholder, `{settings.repeatEpisodes.withinDays}`, and the listing
 * writes in the value this ruleset sets: a copied locality that changes the setting never signs
 * off a description that still says the old number. (The risk panel does the same with
 * withSettings in packages/elements.)
 */
import type { Language, Settings } from '@rhi-toolkit/engine/node';
import { flatEntries, shownValue } from './flat-entries.js';
import type { Words } from './words.js';

export function withSettingsWritten(text: string, settings: Settings, lang: Language, words: Words): string {
  const values = new Map(flatEntries(settings, '', false));
  return text.replace(/\{settings\.([A-Za-z0-9_.-]+)\}/g, (whole, path: string) => (values.has(path) ? shownValue(values.get(path), lang, words) : whole));
}
