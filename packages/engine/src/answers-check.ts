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
 * A validator for the answers of one ruleset. Given the ruleset's precompiled validator
 * (`dist/rulesets/<id>.interview-validator.js`, which knows its local questions) it uses that alone.
 */
export function answersValidatorFor(ruleset: Pick<ResolvedRuleset, 'localFields'>, precompiled?: SchemaValidator): SchemaValidator {
  if (precompiled) return precompiled;
  const validate: SchemaValidator = (answers: unknown) => {
    const baseErrors = validateInterviewAnswers(answers) ? [] : (validateInterviewAnswers.errors ?? []);
    const localErrors = localAnswerErrors(answers, ruleset.localFields);
    validate.errors = baseErrors.length + localErrors.length > 0 ? [...baseErrors, ...localErrors] : null;
    return validate.errors === null;
  };
  return validate;
}
