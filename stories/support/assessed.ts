/**
 * The engine's assessment of some answers, exactly as a host page gets it: stories never make one
 * up, so what a trainer sees is what the rules decide.
 */
import { createAssessor, type Assessment, type Assessor, type Language, type ResolvedRuleset } from '@rhi-toolkit/engine';
import type { Answers } from '../../packages/elements/src/index.js';

const assessors = new WeakMap<ResolvedRuleset, Assessor>();

export async function assess(answers: Answers, ruleset: ResolvedRuleset, now: string, lang: Language): Promise<Assessment> {
  let assessor = assessors.get(ruleset);
  if (!assessor) {
    assessor = createAssessor(ruleset);
    assessors.set(ruleset, assessor);
  }
  return assessor.assess(answers, { now, lang });
}
