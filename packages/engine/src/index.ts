/**
 * @rhi-toolkit/engine — decides the post-return risk level, the parent/carer discussion, the
 * referrals and the actions for a Return Home Interview, from answers and a locality ruleset.
 * Pure: no DOM, no file system, no clock. Runs the same in Node and in browsers.
 */
export { assess, createAssessor, MANUAL_REVIEW_ACTION, type AssessOptions, type Assessor, type AssessorOptions } from './assessor.js';
export { AnswersSchemaError, isAnswersSchemaError } from './answers-schema-error.js';
export { composeRuleset, deepMerge, type Composition, type RuleFilesByRuleset } from './compose-ruleset.js';
export { checkRuleset } from './check-ruleset.js';
export { isSignpost, referralsToMake, sharedAnswersFor, signpostsOf } from './shared-answers.js';
export { composeCheckedRuleset } from './compose-checked-ruleset.js';
export { conditionWarnings } from './never-true.js';
export { checkSafetyFloor, FLOOR_CASES_FILE, isFloorCasesFile, type SafetyFloorOptions } from './safety-floor.js';
export {
  validateAnswers,
  validateAssessment,
  validateFloorCasesFile,
  validateLocalFieldsFile,
  validateRuleFile,
  validateScenario,
} from './validate-files.js';
export {
  checkLocalFields,
  interviewSchemaFor,
  isLocalFieldsFile,
  localFieldFacts,
  localSectionSchema,
  LOCAL_FIELDS_FILE,
} from './local-fields.js';
export type { SchemaError, SchemaValidator } from './generated/validators.js';
export { dottedPath, pointerStep } from './schema-problems.js';
export { problemWords, problemWordsCy, problemWordsEn, type ProblemWords } from './problem-words.js';
export { derivedFacts, type DerivedFactName } from './derived-facts.js';
export { chronologyProblems, chronologyProblemsInAnswers, type ChronologyKind, type ChronologyProblem } from './chronology.js';
export { allowedOperators } from './operators.js';
export { riskLevels, urgencies } from './ordering.js';
export { valueLabel, valueLabels, type LabelledValueKind } from './value-labels.js';
export { inLanguage } from './engine-messages.js';
export { answerFactCatalogue } from './generated/answer-fact-catalogue.js';
export type { InterviewAnswers } from './generated/interview-answers.js';
export type { Scenario, ExpectedResult as ScenarioExpectations } from './generated/scenario.js';
export type * from './types.js';
