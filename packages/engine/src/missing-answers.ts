/**
 * Works out which unanswered fields a rule that did not fire is still waiting for.
 * json-rules-engine reports each condition's result; an unanswered fact makes that result
 * "unknown", and the rule's conditions are re-read in three-valued logic: a rule whose answer
 * is still unknown could fire once the fields are answered.
 */
import { derivedFacts, type DerivedFactName } from './derived-facts.js';
import { operatorsThatJudgeAbsence } from './operators.js';
import { ownValue } from './own-keys.js';
import { factOfValue } from './rule-facts.js';

type Truth = boolean | undefined;

/** A condition as json-rules-engine hands it back: the rule's own, with `result` set on what it evaluated. */
export interface EvaluatedCondition {
  all?: EvaluatedCondition[];
  any?: EvaluatedCondition[];
  not?: EvaluatedCondition;
  fact?: string;
  operator?: string;
  value?: unknown;
  result?: boolean;
}

function truthOf(condition: EvaluatedCondition, isUnanswered: (fact: string) => boolean): Truth {
  if (condition.all) {
    const parts = condition.all.map((part) => truthOf(part, isUnanswered));
    if (parts.includes(false)) return false;
    return parts.every((part) => part === true) ? true : undefined;
  }
  if (condition.any) {
    const parts = condition.any.map((part) => truthOf(part, isUnanswered));
    if (parts.includes(true)) return true;
    return parts.every((part) => part === false) ? false : undefined;
  }
  if (condition.not) {
    const inner = truthOf(condition.not, isUnanswered);
    return inner === undefined ? undefined : !inner;
  }
  if (condition.operator && operatorsThatJudgeAbsence.includes(condition.operator)) return condition.result;
  const valueFact = factOfValue(condition.value);
  if (condition.fact && isUnanswered(condition.fact)) return undefined;
  if (valueFact && isUnanswered(valueFact)) return undefined;
  return condition.result;
}

function unansweredFactsIn(
  condition: EvaluatedCondition,
  isUnanswered: (fact: string) => boolean,
  into: Set<string>,
): void {
  for (const part of [...(condition.all ?? []), ...(condition.any ?? [])]) {
    unansweredFactsIn(part, isUnanswered, into);
  }
  if (condition.not) unansweredFactsIn(condition.not, isUnanswered, into);
  if (condition.operator && operatorsThatJudgeAbsence.includes(condition.operator)) return;
  for (const fact of [condition.fact, factOfValue(condition.value)]) {
    if (fact && isUnanswered(fact)) into.add(fact);
  }
}

/**
 * The answer paths a rule that did not fire still waits for, or none if it can no longer fire.
 * Derived facts are traced back to the unanswered answers they are worked out from.
 */
export function answersAwaited(
  conditions: EvaluatedCondition,
  factValues: Record<string, unknown>,
): string[] {
  const isUnanswered = (fact: string) => ownValue(factValues, fact) === undefined;
  if (truthOf(conditions, isUnanswered) !== undefined) return [];
  const facts = new Set<string>();
  unansweredFactsIn(conditions, isUnanswered, facts);
  const paths = new Set<string>();
  for (const fact of facts) {
    const derived = derivedFacts[fact as DerivedFactName];
    if (derived) {
      // A derived fact can also be unknown because an answer is unusable (a date that is not a
      // date): then every answer it comes from needs looking at.
      const unanswered = derived.sources.filter(isUnanswered);
      for (const source of unanswered.length > 0 ? unanswered : derived.sources) paths.add(source);
    } else {
      paths.add(fact);
    }
  }
  return [...paths];
}
