/**
 * Checks the answers' `local` section against the questions of the ruleset they are assessed with.
 *
 * The engine's precompiled interview validator lets `local` hold anything, because every locality
 * has its own questions. Pages use the validator built for their ruleset
 * (dist/rulesets/<id>.interview-validator.js), but the command line may be given any rules folder
 * (`--rules-dir`, RHI_RULES_DIR, a folder path), whose questions were never built. So here, in Node
 * only, the ruleset's questions are compiled with Ajv, a dependency of the command line that never
 * ships to a page. Ajv is loaded only when answers carry `local`: most runs do not pay for it.
 */
import { localSectionSchema, validateAnswers, type Language, type Problem, type ResolvedRuleset, type SchemaValidator } from '@rhi-toolkit/engine/node';
import { isPlainObject } from './json-input.js';

interface LocalCheck {
  validate: SchemaValidator;
  /** The schema compiled, passed for hints ("fields allowed here: …"). */
  schema: Record<string, unknown>;
}

const checks = new WeakMap<ResolvedRuleset, Promise<LocalCheck>>();

async function compileLocalCheck(ruleset: ResolvedRuleset): Promise<LocalCheck> {
  const [{ default: Ajv }, { default: addFormats }] = await Promise.all([import('ajv'), import('ajv-formats')]);
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addVocabulary(['x-rhi-cy', 'x-rhi-enum-labels']);
  addFormats(ajv);
  // Only `local` is described: the rest of the answers was checked by the precompiled validator.
  const schema = { type: 'object', properties: { local: localSectionSchema(ruleset.localFields) } };
  return { validate: ajv.compile(schema) as SchemaValidator, schema };
}

/** Problems with the answers' local questions for this ruleset, each naming `local.<name>`; none without `local`. */
export async function localAnswerProblems(answers: unknown, ruleset: ResolvedRuleset, file: string, lang: Language): Promise<Problem[]> {
  if (!isPlainObject(answers) || answers.local === undefined) return [];
  let check = checks.get(ruleset);
  if (!check) {
    check = compileLocalCheck(ruleset);
    checks.set(ruleset, check);
  }
  const { validate, schema } = await check;
  return validateAnswers(answers, file, schema, lang, validate);
}
