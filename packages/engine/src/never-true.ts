/**
 * Conditions that are well formed but can never be true (or are always true): `in []`,
 * `containsAny []`, a number no answer can reach (beyond the question's minimum or maximum). They
 * do not stop a ruleset from loading, but a rule that can never fire is a rule lost, so
 * `rhi validate` shows them as warnings at their file, line and column.
 */
import { knownFacts, type KnownFact } from './known-facts.js';
import { wordsFor, type ProblemWords } from './problem-words.js';
import type { Language, Problem, ResolvedRuleset } from './types.js';

const NEVER_TRUE_WHEN_EMPTY = ['in', 'containsAny'];
const ALWAYS_TRUE_WHEN_EMPTY = ['notIn'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Warnings (problems with `severity: 'warning'`) for every condition of the ruleset that no answers can make true. */
export function conditionWarnings(ruleset: ResolvedRuleset, lang: Language = 'en'): Problem[] {
  const w = wordsFor(lang);
  const facts = knownFacts(ruleset.settings, ruleset.localFields);
  const warnings: Problem[] = [];
  for (const rule of ruleset.rules) {
    const warn = (pointer: string, message: string, hint: string) =>
      warnings.push({ file: rule.source.file, pointer: `${rule.source.pointer}${pointer}`, message, hint, severity: 'warning' });
    visit(rule.conditions, '/conditions', facts, warn, w);
  }
  return warnings;
}

type Warn = (pointer: string, message: string, hint: string) => void;

function visit(condition: unknown, pointer: string, facts: Map<string, KnownFact>, warn: Warn, w: ProblemWords): void {
  if (!isPlainObject(condition)) return;
  for (const group of ['all', 'any'] as const) {
    const parts = condition[group];
    if (Object.hasOwn(condition, group) && Array.isArray(parts)) parts.forEach((part, index) => visit(part, `${pointer}/${group}/${index}`, facts, warn, w));
  }
  if (Object.hasOwn(condition, 'not')) visit(condition.not, `${pointer}/not`, facts, warn, w);
  const { fact, operator, value } = condition;
  if (typeof fact !== 'string' || typeof operator !== 'string') return;
  if (Array.isArray(value) && value.length === 0) {
    if (NEVER_TRUE_WHEN_EMPTY.includes(operator)) warn(`${pointer}/value`, w.emptyListNeverTrue(operator), w.emptyListHint);
    if (ALWAYS_TRUE_WHEN_EMPTY.includes(operator)) warn(`${pointer}/value`, w.emptyListAlwaysTrue(operator), w.emptyListHint);
    return;
  }
  const known = facts.get(fact);
  if (!known || known.kind !== 'number' || (known.minimum === undefined && known.maximum === undefined)) return;
  const values = operator === 'in' && Array.isArray(value) ? value : [value];
  if (values.every((number) => typeof number === 'number' && cannotBeMet(operator, number, known))) {
    warn(`${pointer}/value`, w.beyondRange(fact, operator, JSON.stringify(value), known.minimum, known.maximum), w.beyondRangeHint);
  }
}

/** True when no number in the fact's range satisfies `fact <operator> value`. */
function cannotBeMet(operator: string, value: number, { minimum = -Infinity, maximum = Infinity }: KnownFact): boolean {
  switch (operator) {
    case 'equal':
    case 'in':
      return value < minimum || value > maximum;
    case 'lessThan':
      return value <= minimum;
    case 'lessThanInclusive':
      return value < minimum;
    case 'greaterThan':
      return value >= maximum;
    case 'greaterThanInclusive':
      return value > maximum;
    default:
      return false;
  }
}
