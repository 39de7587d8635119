/**
 * The assessment's values in words — a risk level, an urgency, whose agreement a service needs —
 * from the one place they are written: the schema's labels, generated into the engine's
 * `valueLabels`. The form, panel and wizard call these, never a catalogue of their own.
 */
import { valueLabel, type Consent, type OfferNotRequiredBecause, type RiskLevel, type Urgency } from '@rhi-toolkit/engine';
import type { UiWords } from '../i18n/ui-words.js';

/** "High", "Uchel"… */
export function riskLevelWords(riskLevel: RiskLevel, words: UiWords): string {
  return valueLabel('riskLevel', riskLevel, words.language);
}

/** "Immediately", "Within 24 hours", "Routine"… */
export function urgencyWords(urgency: Urgency, words: UiWords): string {
  return valueLabel('urgency', urgency, words.language);
}

/** Whose agreement the service needs: "No agreement needed", "The family's agreement"… */
export function consentWords(consent: Consent, words: UiWords): string {
  return valueLabel('consent', consent, words.language);
}

/** Why the statutory offer does not apply: 18 or over at the return, a care leaver, or not a duty (Wales). */
export function offerNotRequiredWords(reason: OfferNotRequiredBecause, words: UiWords): string {
  return valueLabel('offerNotRequiredBecause', reason, words.language);
}
