/** Validation of the kinds of file people write: answers, rule files, interview-fields files and scenarios. */
import {
  validateAssessmentShape,
  validateFloorCasesShape,
  validateInterviewAnswers,
  validateInterviewFieldsShape,
  validateRuleFileShape,
  validateScenarioShape,
} from './generated/validators.js';
import { schemaProblems } from './schema-problems.js';
import type { SchemaValidator } from './generated/validators.js';
import type { Language, Problem } from './types.js';

type Schema = Record<string, unknown>;

/**
 * Problems with a set of interview answers (empty when they fit the interview schema). The base
 * schema lets `local` hold anything; to check a locality's questions too, pass that ruleset's
 * precompiled validator (`dist/rulesets/<id>.interview-validator.js`) and its schema for hints.
 */
export function validateAnswers(
  answers: unknown,
  file = 'answers',
  schemaForHints?: Schema,
  lang: Language = 'en',
  validator: SchemaValidator = validateInterviewAnswers,
): Problem[] {
  return schemaProblems(validator, answers, file, schemaForHints, lang);
}

/** Problems with the shape of a ruleset folder's interview-fields.schema.json (the locality's questions). */
export function validateLocalFieldsFile(content: unknown, file: string, schemaForHints?: Schema, lang: Language = 'en'): Problem[] {
  return schemaProblems(validateInterviewFieldsShape, content, file, schemaForHints, lang);
}

/** Problems with the shape of a ruleset folder's floor-cases.json (the safety floor). */
export function validateFloorCasesFile(content: unknown, file: string, schemaForHints?: Schema, lang: Language = 'en'): Problem[] {
  return schemaProblems(validateFloorCasesShape, content, file, schemaForHints, lang);
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
