/** Validation of the three kinds of file people write: answers, rule files and scenarios. */
import {
  validateAssessmentShape,
  validateInterviewAnswers,
  validateRuleFileShape,
  validateScenarioShape,
} from './generated/validators.js';
import { schemaProblems } from './schema-problems.js';
import type { Language, Problem } from './types.js';

type Schema = Record<string, unknown>;

/** Problems with a set of interview answers (empty when they fit the interview schema). */
export function validateAnswers(answers: unknown, file = 'answers', schemaForHints?: Schema, lang: Language = 'en'): Problem[] {
  return schemaProblems(validateInterviewAnswers, answers, file, schemaForHints, lang);
}

/** Problems with an assessment (the engine's own output is checked against this in tests). */
export function validateAssessment(assessment: unknown, file = 'assessment', lang: Language = 'en'): Problem[] {
  return schemaProblems(validateAssessmentShape, assessment, file, undefined, lang);
}

/** Problems with a scenario file. */
export function validateScenario(scenario: unknown, file = 'scenario', schemaForHints?: Schema, lang: Language = 'en'): Problem[] {
  return schemaProblems(validateScenarioShape, scenario, file, schemaForHints, lang);
}

/**
 * Problems with the shape of one rule file. Conditions, messages and descriptions are left to
 * `checkRuleset`, which names the rule and says more precisely what is wrong.
 */
export function validateRuleFile(content: unknown, file: string, schemaForHints?: Schema, lang: Language = 'en'): Problem[] {
  return schemaProblems(validateRuleFileShape, content, file, schemaForHints, lang).filter(
    (problem) => !/^\/rules\/\d+\/(conditions|message|description)(\/|$)/.test(problem.pointer),
  );
}
