/**
 * The small part of the engine a form needs in a browser: the precompiled interview validator and
 * local-time arithmetic. Kept apart from the rules engine so a page with only the form does not
 * download json-rules-engine.
 */
export { validateInterviewAnswers, type SchemaError, type SchemaValidator } from './generated/interview-validator.js';
export {
  instantOfLocalDateTime,
  localDateTime,
  parseCalendarDate,
  parseInstant,
  type CalendarDate,
  type LocalDateTime,
} from './local-time.js';
export type { InterviewAnswers } from './generated/interview-answers.js';
export { chronologyProblems, chronologyProblemsInAnswers, type ChronologyKind, type ChronologyProblem } from './chronology.js';
// Plain words for any precompiled validator's errors (the referral package check), without the
// engine's own file validators.
export { dottedPath, pointerStep, schemaProblems } from './schema-problems.js';
export { problemWords } from './problem-words.js';
export { schemaWordsFor } from './schema-problem-words.js';
