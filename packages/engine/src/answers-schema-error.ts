/**
 * Answers that break the interview schema are never assessed: a list given as text, `"true"` for
 * true or `"HIGH"` for `"high"` would match no rule and quietly lower the risk. `assess()` rejects
 * with this error instead, listing each field (JSON pointer) and what it expects, in the
 * assessment's language. The messages never quote an answer.
 */
import type { Language, Problem } from './types.js';

const intro: Record<Language, string> = {
  en: 'The answers do not fit the interview schema, so they were not assessed (a value of the wrong kind would match no rule and could lower the risk). Correct these fields:',
  cy: "Nid yw'r atebion yn cyd-fynd â sgema'r cyfweliad, felly ni chawsant eu hasesu (byddai gwerth o'r math anghywir yn cyfateb i ddim un rheol a gallai ostwng y risg). Cywirwch y meysydd hyn:",
};

/** Thrown (as a rejection) by `assess()` for answers that break the interview schema. */
export class AnswersSchemaError extends Error {
  override readonly name = 'AnswersSchemaError';
  /** One problem per field: `pointer` (JSON pointer, "" for the whole answers), `message` and, where it helps, `hint`. */
  readonly problems: readonly Problem[];
  readonly lang: Language;

  constructor(problems: readonly Problem[], lang: Language = 'en') {
    super(`${intro[lang]}\n${problems.map((problem) => `  ${problem.pointer || '/'}  ${problem.message}${problem.hint ? ` (${problem.hint})` : ''}`).join('\n')}`);
    this.problems = problems;
    this.lang = lang;
  }
}

/** True for an AnswersSchemaError, also one made by another copy of the engine (two bundles on a page). */
export function isAnswersSchemaError(error: unknown): error is AnswersSchemaError {
  return error instanceof AnswersSchemaError || (error instanceof Error && error.name === 'AnswersSchemaError' && Array.isArray((error as { problems?: unknown }).problems));
}
