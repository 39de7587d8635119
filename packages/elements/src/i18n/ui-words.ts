/**
 * The interface's own words (buttons, errors, notices) in English and Welsh, through @formatjs/intl
 * with messages compiled at build time: no message parser ships to the page.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { uiMessages, type UiMessageId } from '../generated/ui-messages.js';
import type { Words } from '../interview-form/layout-types.js';

export type Language = 'en' | 'cy';
export type { UiMessageId };

/** Locales for dates, numbers and plural rules: Welsh and English as used in the UK. */
export const localeOf: Record<Language, string> = { en: 'en-GB', cy: 'cy-GB' };

export interface UiWords {
  language: Language;
  locale: string;
  say(id: UiMessageId, values?: Record<string, string | number>): string;
  /** Words from a schema or layout in this language. */
  pick(words: Words): string;
  list(items: string[]): string;
}

const cache = createIntlCache();
const byLanguage = new Map<Language, UiWords>();

/** Only 'cy' (or cy-GB) is Welsh; anything else gets English, which every string has. */
export function languageOf(tag: string | null | undefined): Language {
  return tag?.toLowerCase().startsWith('cy') ? 'cy' : 'en';
}

export function uiWords(language: Language): UiWords {
  let words = byLanguage.get(language);
  if (!words) {
    const messages = uiMessages[language];
    // Made on first need: creating it sets up Chromium's number formatting (about 30 ms on a fresh
    // page), and a form's first page needs only plain text and small whole numbers.
    let intl: IntlShape<string> | undefined;
    let listFormat: Intl.ListFormat | undefined;
    words = {
      language,
      locale: localeOf[language],
      say: (id, values) => {
        const message = messages[id];
        // A message that is only text is kept as text (see withPlainTexts in generate-elements.mjs).
        if (typeof message === 'string') return message;
        const simple = formatSimpleMessage(message, values, localeOf[language]);
        if (simple !== undefined) return simple;
        intl ??= createIntlFor(language);
        return intl.formatMessage({ id }, values);
      },
      pick: (text) => text[language] || text.en,
      // Chromium has no Welsh list data either (it writes "A, B, and C"), so Welsh is joined here.
      list:
        language === 'cy'
          ? welshList
          : (items) => (listFormat ??= new Intl.ListFormat(localeOf[language], { type: 'conjunction' })).format(items),
    };
    byLanguage.set(language, words);
    // Set formatjs up once the page is idle, so the first message that needs it (a long count,
    // a date) does not pay for it either.
    globalThis.requestIdleCallback?.(() => {
      intl ??= createIntlFor(language);
    });
  }
  return words;
}

// Element kinds of a compiled message (formatjs's TYPE): text, a value put in as it is, a plural
// choice, and `#` (the number inside a plural).
const LITERAL = 0;
const ARGUMENT = 1;
const PLURAL = 6;
const POUND = 7;

/** Whole numbers under 1,000 are written the same by String and by en-GB and cy-GB formats. */
function isSmallWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 1000;
}

const pluralRulesByKey = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string, type: Intl.PluralRuleType): Intl.PluralRules {
  const key = `${locale}|${type}`;
  let rules = pluralRulesByKey.get(key);
  if (!rules) pluralRulesByKey.set(key, (rules = new Intl.PluralRules(locale, { type })));
  return rules;
}

/**
 * A message of text, `{name}` values and plural choices whose counts are whole and under 1,000,
 * written here exactly as formatjs would write it (the same Intl.PluralRules choose the plural, and
 * the `#` of such a count has no separators in en-GB or cy-GB), without setting up number formatting, which
 * costs about 30 ms on a fresh page and a form's first render does not need. Anything else (larger
 * or fractional numbers, dates, selects) is left to formatjs: undefined. test/elements/ui-words.node.test.ts
 * checks both write the same words for every message.
 */
export function formatSimpleMessage(
  message: MessageFormatElement[],
  values: Record<string, string | number> | undefined,
  locale: string,
  pound?: number,
): string | undefined {
  let text = '';
  for (const element of message) {
    if (element.type === LITERAL) text += element.value;
    else if (element.type === ARGUMENT) {
      // formatjs puts a `{name}` value in with String, numbers too.
      const value = values?.[element.value];
      if (typeof value === 'string' || typeof value === 'number') text += String(value);
      else return undefined;
    } else if (element.type === POUND && pound !== undefined) text += String(pound);
    else if (element.type === PLURAL) {
      const value = values?.[element.value];
      if (!isSmallWholeNumber(value) || !isSmallWholeNumber(value - element.offset)) return undefined;
      const option =
        element.options[`=${value}`] ?? element.options[pluralRules(locale, element.pluralType ?? 'cardinal').select(value - element.offset)] ?? element.options.other;
      if (!option) return undefined;
      const chosen = formatSimpleMessage(option.value, values, locale, value - element.offset);
      if (chosen === undefined) return undefined;
      text += chosen;
    } else return undefined;
  }
  return text;
}

function createIntlFor(language: Language): IntlShape<string> {
  return createIntl(
    {
      locale: localeOf[language],
      defaultLocale: 'en-GB',
      messages: Object.fromEntries(
        Object.entries(uiMessages[language]).filter((entry): entry is [string, MessageFormatElement[]] => typeof entry[1] !== 'string'),
      ),
      // Chromium has no Welsh number or date data and falls back to English formats, which write
      // numbers the same way; dates are written from our own month names (written-dates.ts).
      onError: (error) => {
        if (error.code !== 'MISSING_DATA') console.warn(`rhi-toolkit: ${error.message}`);
      },
    },
    cache,
  );
}

/** "A", "A a B", "A, B a C"; "ac" before a word that starts with a vowel ("A ac Ysgol"). */
function welshList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1]!;
  return `${items.slice(0, -1).join(', ')} ${startsWithVowel(last) ? 'ac' : 'a'} ${last}`;
}

/** Welsh vowels (w and y among them), with or without an accent (â, ŵ, ŷ, …). */
function startsWithVowel(word: string): boolean {
  const first = word.trim().normalize('NFD').charAt(0).toLowerCase();
  return first !== '' && 'aeiouwy'.includes(first);
}
