/**
 * The check `assess()` makes before it reads any answer: the precompiled interview validator (no
 * Ajv, no eval), then the ruleset's own questions under `local`. Missing answers are fine (drafts
 * are partial and the schema requires none); answers of the wrong kind or value are not.
 */
// The interview validator on its own (as form-support ships it), not the file of every validator:
// a page with the form and the engine carries it once.
import { validateInterviewAnswers, type SchemaValidator } from './generated/interview-validator.js';
import { localAnswerErrors } from './local-answers-check.js';
import type { ResolvedRuleset } from './types.js';

/**
 * Limits that change no rule's reading of an answer: text longer than its question allows still
 * says what it says. Refusing it would take the level off the panel while a worker types the
 * child's words past the limit, hiding a risk; the form reports the length on the field instead.
 */
const LIMITS_THAT_CHANGE_NO_READING = new Set(['maxLength']);

/**
 * A validator for the answers of one ruleset. Given the ruleset's precompiled validator
 * (`dist/rulesets/<id>.interview-validator.js`, which knows its local questions) it uses that
 * with the interview validator's own questions left to it. Every validator here reports all errors
 * (allErrors), so leaving out a text's length never hides another problem behind it.
 */
export function answersValidatorFor(ruleset: Pick<ResolvedRuleset, 'localFields'>, precompiled?: SchemaValidator): SchemaValidator {
  const validate: SchemaValidator = (answers: unknown) => {
    const errors = precompiled
      ? precompiled(answers) ? [] : (precompiled.errors ?? [])
      : [...(validateInterviewAnswers(answers) ? [] : (validateInterviewAnswers.errors ?? [])), ...localAnswerErrors(answers, ruleset.localFields)];
    const refusing = errors.filter((error) => !LIMITS_THAT_CHANGE_NO_READING.has(error.keyword));
    validate.errors = refusing.length > 0 ? refusing : null;
    return validate.errors === null;
  };
  return validate;
}
