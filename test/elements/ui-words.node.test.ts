// The interface words are written without formatjs when a message is simple enough (ui-words.ts:
// formatSimpleMessage), so a form's first render does not pay for setting up number formatting.
// This holds that shortcut to formatjs itself: for every message in English and Welsh, with counts
// across the plural forms (Welsh has six), both must write exactly the same words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createIntl } from '@formatjs/intl';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { uiMessages } from '../../packages/elements/src/generated/ui-messages.js';
import { formatSimpleMessage, localeOf, uiWords, type Language } from '../../packages/elements/src/i18n/ui-words.js';

/** The names a message asks for, found in its tree (plurals included). */
function argumentNames(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if ('value' in element && typeof element.value === 'string' && element.type !== 0) names.add(element.value);
    if ('options' in element) for (const option of Object.values(element.options)) argumentNames(option.value, names);
  }
  return names;
}

const counts = [0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 20, 100, 999];

for (const language of ['en', 'cy'] as Language[]) {
  describe(`interface words in ${language}`, () => {
    const formatjs = createIntl({
      locale: localeOf[language],
      defaultLocale: 'en-GB',
      messages: Object.fromEntries(Object.entries(uiMessages[language]).filter((entry) => typeof entry[1] !== 'string')) as Record<string, MessageFormatElement[]>,
      onError: () => {},
    });
    const words = uiWords(language);
    const trees = Object.entries(uiMessages[language]).filter((entry): entry is [string, MessageFormatElement[]] => typeof entry[1] !== 'string');

    it('has messages that go the short way, so the shortcut is used', () => {
      const shortWay = trees.filter(([, tree]) => formatSimpleMessage(tree, Object.fromEntries([...argumentNames(tree)].map((name) => [name, 1])), localeOf[language]) !== undefined);
      assert.ok(shortWay.length > 10, `only ${shortWay.length} messages go the short way`);
    });

    it('writes every message as formatjs does, for counts across the plural forms and for text values', () => {
      let compared = 0;
      for (const [id, tree] of trees) {
        const names = [...argumentNames(tree)];
        for (const count of counts) {
          for (const textFor of [(name: string) => `«${name}»`, () => count]) {
            const values = Object.fromEntries(names.map((name, index) => [name, index === 0 ? count : textFor(name)]));
            assert.equal(words.say(id as never, values), formatjs.formatMessage({ id }, values), `${id} with ${JSON.stringify(values)}`);
            compared += 1;
          }
        }
      }
      assert.ok(compared > 100);
    });

    it('leaves to formatjs what it cannot write exactly: a count of 1,000 or more, a fraction', () => {
      const [id, tree] = trees.find(([key]) => key === 'validity.problems')!;
      assert.equal(formatSimpleMessage(tree, { count: 1000 }, localeOf[language]), undefined);
      assert.equal(formatSimpleMessage(tree, { count: 2.5 }, localeOf[language]), undefined);
      assert.equal(words.say(id as never, { count: 1000 }), formatjs.formatMessage({ id }, { count: 1000 }));
    });
  });
}
