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
    const intl: IntlShape<string> = createIntl(
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
    const listFormat = new Intl.ListFormat(localeOf[language], { type: 'conjunction' });
    // Chromium has no Welsh list data either (it writes "A, B, and C"), so Welsh is joined here.
    const list = language === 'cy' ? welshList : (items: string[]) => listFormat.format(items);
    const messages = uiMessages[language];
    words = {
      language,
      locale: localeOf[language],
      // A message that is only text is returned as it is (see withPlainTexts in generate-elements.mjs).
      say: (id, values) => {
        const message = messages[id];
        return typeof message === 'string' ? message : intl.formatMessage({ id }, values);
      },
      pick: (text) => text[language] || text.en,
      list,
    };
    byLanguage.set(language, words);
  }
  return words;
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
