/**
 * The wizard's values in words: agreement, told, and what the child said about sharing. Urgency,
 * consent and level come from the schema's labels (shared/value-words.ts), as in the panel.
 */
import type { UiMessageId, UiWords } from '../i18n/ui-words.js';
import { valueAt, type Answers } from '../interview-form/answer-paths.js';
import { questionAt } from '../interview-form/field-tree.js';
import type { JsonSchema } from '../interview-form/layout-types.js';
import { answerText } from '../shared/answer-words.js';
import type { Agreement } from './referral-types.js';

export { consentWords, riskLevelWords, urgencyWords } from '../shared/value-words.js';

export function agreementWords(agreement: Agreement, words: UiWords): string {
  return words.say(`wizard.agreement.${agreement}` as UiMessageId);
}

export const childAgreesToSharePath = 'afterReturn.childAgreesToShare';

/** The child's answer about sharing in words (the schema's label for it), or undefined when not recorded. */
export function childAgreesToShareWords(answers: Answers, schema: JsonSchema, words: UiWords, timeZone: string): string | undefined {
  return childAgreesToShareText(valueAt(answers, childAgreesToSharePath.split('.')), schema, words, timeZone);
}

/** A value of `afterReturn.childAgreesToShare` in words, or undefined for none. */
export function childAgreesToShareText(value: unknown, schema: JsonSchema, words: UiWords, timeZone: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const question = questionAt(schema, childAgreesToSharePath);
  return question ? answerText(question, value, words, timeZone) : String(value);
}
