/**
 * The facts a ruleset's conditions read. An assessment hands json-rules-engine only these:
 * every fact given to `engine.run` costs an object and a promise per run, and most answers
 * (names, free text, dates already turned into derived facts) are never read by a rule.
 */
import type { ResolvedRule } from './types.js';

interface ConditionShape {
  all?: unknown[];
  any?: unknown[];
  not?: unknown;
  fact?: unknown;
  value?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The fact a condition's value names (`{ "fact": "settings.x" }`), if it names one. */
export function factOfValue(value: unknown): string | undefined {
  return isObject(value) && typeof value.fact === 'string' ? value.fact : undefined;
}

function collectFacts(condition: unknown, into: Set<string>): void {
  if (!isObject(condition)) return;
  const { all, any, not, fact, value } = condition as ConditionShape;
  for (const part of [...(Array.isArray(all) ? all : []), ...(Array.isArray(any) ? any : [])]) collectFacts(part, into);
  if (not !== undefined) collectFacts(not, into);
  if (typeof fact === 'string') into.add(fact);
  // A value can itself name a fact: { "fact": "hoursMissing", "operator": "greaterThan", "value": { "fact": "settings.x" } }.
  const valueFact = factOfValue(value);
  if (valueFact) into.add(valueFact);
}

/** Every fact name the rules' conditions read, in either the `fact` or the `value` of a condition. */
export function factsReadBy(rules: readonly ResolvedRule[]): string[] {
  const facts = new Set<string>();
  for (const rule of rules) collectFacts(rule.conditions, facts);
  return [...facts];
}
