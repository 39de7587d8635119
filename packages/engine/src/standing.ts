/**
 * How far an assessment can be trusted, decided here once so no component works it out for itself:
 * `not-assessed` (nothing the rules read has been answered and no rule raised the level above the
 * floor: there is no level to show, only the first answers to ask for), `provisional` (a level the
 * answers still to come can only raise: "at least" that level) or `final`.
 */
import { derivedFacts, type DerivedFactName } from './derived-facts.js';
import { isHigherRisk, riskLevels } from './ordering.js';
import { ownValue } from './own-keys.js';
import type { ResolvedRule, RiskLevel, Standing } from './types.js';

/** How many answers `firstAnswersNeeded` names: enough to start the interview, few enough to read at a glance. */
export const FIRST_ANSWERS_LIMIT = 5;

/** The answers the rules read, with derived facts traced back to the answers they come from. */
export function answersReadBy(factNames: readonly string[]): string[] {
  const answers = new Set<string>();
  for (const fact of factNames) {
    if (fact.startsWith('settings.')) continue;
    const derived = ownValue(derivedFacts, fact as DerivedFactName);
    for (const source of derived ? derived.sources : [fact]) answers.add(source);
  }
  return [...answers];
}

/** True when some answer a rule reads has a value (an empty list is not an answer). */
export function anyAnswerRead(answerPaths: readonly string[], answerFacts: Record<string, unknown>): boolean {
  return answerPaths.some((path) => {
    const value = ownValue(answerFacts, path);
    return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
  });
}

/**
 * Some rules fire on no answers at all ("every child who comes back is at least low"): that floor
 * is no assessment of this child. A level above it, or a failure, is always shown, so an
 * empty-looking record never hides a risk.
 */
export function standingOf(state: { answered: boolean; riskLevel: RiskLevel; provisional: boolean; failed: boolean }): Standing {
  if (!state.answered && !state.failed && !isHigherRisk(state.riskLevel, 'low')) return 'not-assessed';
  return state.provisional ? 'provisional' : 'final';
}

/**
 * The answers to ask for first: those awaited by a rule that could set the highest level, then by
 * the most rules; the return time first of all, since the offer deadline runs from it.
 */
export function firstAnswersNeeded(waiting: readonly { rule: ResolvedRule; awaited: readonly string[] }[], missing: readonly string[]): string[] {
  const weight = new Map<string, { level: number; rules: number }>();
  for (const { rule, awaited } of waiting) {
    const level = rule.outcome.riskLevel ? riskLevels.indexOf(rule.outcome.riskLevel) : -1;
    for (const path of awaited) {
      const seen = weight.get(path) ?? { level: -1, rules: 0 };
      weight.set(path, { level: Math.max(seen.level, level), rules: seen.rules + 1 });
    }
  }
  const rank = (path: string) => weight.get(path) ?? { level: -1, rules: 0 };
  return [...missing]
    .sort((a, b) => {
      if (a === 'episode.returnedAt' || b === 'episode.returnedAt') return a === 'episode.returnedAt' ? -1 : 1;
      return rank(b).level - rank(a).level || rank(b).rules - rank(a).rules || (a < b ? -1 : a > b ? 1 : 0);
    })
    .slice(0, FIRST_ANSWERS_LIMIT);
}
