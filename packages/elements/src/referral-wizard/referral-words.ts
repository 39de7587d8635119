/** The wizard's values in words: urgency, consent, agreement, told, and what the child said about sharing. */
import type { Consent, RiskLevel, Urgency } from '@rhi-toolkit/engine';
import type { UiMessageId, UiWords } from '../i18n/ui-words.js';
import { valueAt, type Answers } from '../interview-form/answer-paths.js';
import { questionAt } from '../interview-form/field-tree.js';
import type { JsonSchema } from '../interview-form/layout-types.js';
import { answerText } from '../shared/answer-words.js';
import type { Agreement } from './referral-types.js';

export function urgencyWords(urgency: Urgency, words: UiWords): string {
  return words.say(`wizard.urgency.${urgency}` as UiMessageId);
}

/** Consent as a sentence: "No consent is needed", "The family must agree"… */
export function consentWords(consent: Consent, words: UiWords): string {
  return words.say(`wizard.consent.${consent}` as UiMessageId);
}

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

export function riskLevelWords(riskLevel: RiskLevel, words: UiWords): string {
  return words.say(`package.riskLevel.${riskLevel}` as UiMessageId);
}
