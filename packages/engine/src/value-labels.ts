/**
 * The words for an assessment's values — a risk level, an urgency, whose agreement a service needs,
 * the parent/carer discussion — in English and Welsh. They are written once, as `x-rhi-enum-labels`
 * in schemas/assessment.schema.json, and generated into `valueLabels`; every component and the
 * command line take them from here, so the same value never reads differently in two places.
 */
import { valueLabels } from './generated/value-labels.js';
import type { Language } from './types.js';

export { valueLabels };

/** Which kind of value: `riskLevel`, `urgency`, `consent`, `parentCarerDiscussion` or `offerNotRequiredBecause`. */
export type LabelledValueKind = keyof typeof valueLabels;

/** The schema's label for `value` in `lang` (English for a language the schema does not word). */
export function valueLabel<K extends LabelledValueKind>(kind: K, value: keyof (typeof valueLabels)[K]['en'], lang: Language): string {
  const labels = valueLabels[kind] as Record<Language, Record<string, string>>;
  return (labels[lang] ?? labels.en)[value as string];
}
