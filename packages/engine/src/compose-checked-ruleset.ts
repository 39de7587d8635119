/**
 * What every loader of rule files does: compose the ruleset, check every rule, and hold it to the
 * safety floor of the rulesets it extends, with warnings for conditions that can never be true. `loadRuleset` (Node) and `rhi validate` use it; a page
 * that composes rule files itself should too (`composeRuleset` alone runs no floor case).
 */
import { checkRuleset } from './check-ruleset.js';
import { composeRuleset, type Composition, type RuleFilesByRuleset } from './compose-ruleset.js';
import { conditionWarnings } from './never-true.js';
import { checkSafetyFloor } from './safety-floor.js';
import type { Language, ResolvedRuleset } from './types.js';

export async function composeCheckedRuleset(filesByRuleset: RuleFilesByRuleset, rulesetId: string, lang: Language = 'en'): Promise<Composition> {
  const composition = composeRuleset(filesByRuleset, rulesetId, lang);
  if (!composition.ruleset) return composition;
  const problems = checkRuleset(composition.ruleset, lang);
  if (problems.length > 0) return { problems };
  const references = new Map<string, ResolvedRuleset | undefined>();
  const reference = (id: string) => {
    if (!references.has(id)) references.set(id, composeRuleset(filesByRuleset, id, lang).ruleset);
    return references.get(id);
  };
  const floorProblems = await checkSafetyFloor(composition.ruleset, { lang, reference });
  const warnings = conditionWarnings(composition.ruleset, lang);
  return floorProblems.length > 0 ? { problems: floorProblems, warnings } : { ...composition, warnings };
}
