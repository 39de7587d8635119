/**
 * A rule's conditions in plain words for sign-off: "indicators include any of: criminal-exploitation,
 * county-lines", with "ALL of:", "ANY of:" and "NOT:" nesting.
 */
import type { Condition, ConditionLeaf } from '@rhi-toolkit/engine/node';
import type { AnswerValueLabel } from './answer-value-labels.js';
import type { Inline, ListItem } from './listing-document.js';
import type { Words } from './words.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a setting from the ruleset, so the listing can show what `{ "fact": "settings.…" }` means here. */
export type SettingLookup = (path: string) => unknown;

/** The listing's words for a value an answer is compared with; `label` words a value of the interview's lists. */
function valueWords(value: unknown, words: Words, setting: SettingLookup, label?: (value: string) => string | undefined): Inline[] {
  if (isPlainObject(value) && typeof value.fact === 'string') {
    const resolved = value.fact.startsWith('settings.') ? setting(value.fact.slice('settings.'.length)) : undefined;
    return resolved === undefined ? [{ code: value.fact }] : [{ code: value.fact }, ` (${words.rules.currently} ${String(resolved)})`];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => [...(index > 0 ? [', '] : []), ...valueWords(item, words, setting, label)]);
  if (typeof value === 'boolean') return [{ code: value ? words.yes : words.no }];
  if (typeof value === 'string') {
    const labelled = label?.(value);
    return [labelled === undefined ? { code: value } : labelled];
  }
  return [String(value)];
}

function leafWords(leaf: ConditionLeaf, words: Words, setting: SettingLookup, valueLabel?: AnswerValueLabel): Inline[] {
  const fact: Inline = { code: leaf.fact };
  if (leaf.operator === 'isAnswered') return words.operators.isAnswered(fact, leaf.value !== false);
  const phrase = words.operators.phrases[leaf.operator];
  const value = valueWords(leaf.value, words, setting, valueLabel && ((text) => valueLabel(leaf.fact, text)));
  // An operator the listing does not know is still shown exactly as written.
  return phrase ? phrase(fact, value) : [fact, ` ${leaf.operator} `, ...value];
}

/** One list item for a condition, with its parts as children. A group of one is shown as that one. */
export function conditionItem(condition: Condition, words: Words, setting: SettingLookup, valueLabel?: AnswerValueLabel): ListItem {
  if ('all' in condition) {
    if (condition.all.length === 1) return conditionItem(condition.all[0], words, setting, valueLabel);
    return { text: [words.operators.allOf], children: condition.all.map((part) => conditionItem(part, words, setting, valueLabel)) };
  }
  if ('any' in condition) {
    if (condition.any.length === 1) return conditionItem(condition.any[0], words, setting, valueLabel);
    return { text: [words.operators.anyOf], children: condition.any.map((part) => conditionItem(part, words, setting, valueLabel)) };
  }
  if ('not' in condition) return { text: [words.operators.not], children: [conditionItem(condition.not, words, setting, valueLabel)] };
  return { text: leafWords(condition, words, setting, valueLabel) };
}
