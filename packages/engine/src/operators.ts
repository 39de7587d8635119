/**
 * The operators rule files may use: json-rules-engine's own, plus two that keep rules short
 * and readable for the safeguarding leads who write them.
 */
import { Operator } from 'json-rules-engine';

export const builtInOperators = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;

export const allowedOperators: readonly string[] = [...builtInOperators, 'containsAny', 'isAnswered'];

/** Operators whose answer is still known when the fact is unanswered: they never make a rule wait. */
export const operatorsThatJudgeAbsence: readonly string[] = ['isAnswered'];

/** True when an answer was given: not undefined or null, not blank text, not an empty list of text. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

export const customOperators: Operator[] = [
  new Operator<unknown[], unknown[]>(
    'containsAny',
    (list, wanted) => Array.isArray(wanted) && wanted.some((item) => list.includes(item)),
    Array.isArray,
  ),
  new Operator<unknown, boolean>('isAnswered', (value, expected) => isAnswered(value) === expected),
];
