/** Nested settings and agencies as dotted paths and values, for tables and for comparing rulesets. */
import { inLanguage, type BilingualText, type Language } from '@rhi-toolkit/engine/node';
import { isPlainObject } from './json-input.js';
import type { Words } from './words.js';

function isBilingual(value: unknown): value is BilingualText {
  return isPlainObject(value) && typeof value.en === 'string' && Object.keys(value).every((key) => key === 'en' || key === 'cy');
}

/**
 * Every leaf under `value` with its dotted path. Text in English and Welsh counts as one leaf
 * when `keepBilingual` is set (a table shows one language; a comparison wants both).
 */
export function flatEntries(value: unknown, prefix = '', keepBilingual = true): [string, unknown][] {
  if (!isPlainObject(value) || (keepBilingual && isBilingual(value))) return prefix ? [[prefix, value]] : [];
  return Object.entries(value).flatMap(([key, inner]) => flatEntries(inner, prefix ? `${prefix}.${key}` : key, keepBilingual));
}

/** A leaf as a person reads it: yes/no, lists joined, text in the chosen language. */
export function shownValue(value: unknown, lang: Language, words: Words): string {
  if (value === undefined) return words.notSet;
  if (isBilingual(value)) return inLanguage(value, lang);
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.map((item) => shownValue(item, lang, words)).join(', ');
  if (isPlainObject(value)) return JSON.stringify(value);
  return String(value);
}
