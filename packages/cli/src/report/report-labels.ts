/**
 * The words a report shows for ids: indicator and push factor labels from the interview schema's
 * enum labels and agency names from the ruleset's agency directory, so a rewording there shows in
 * every report; outcome names from the report's words, since the schema words the outcomes as
 * questions to the child ("How safe and happy do you feel where you live?").
 */
import type { ResolvedRuleset } from '@rhi-toolkit/engine/node';
import { isPlainObject } from '../json-input.js';
import { schemaForHints } from '../schema-hints.js';
import { reportWordsIn } from './report-words.js';
import type { ReportLanguage, ReportOutcome } from './service-report.js';

type Labels = Record<string, string>;

export interface ReportLabels {
  indicator(id: string): string;
  pushFactor(id: string): string;
  outcome(id: ReportOutcome): string;
  /** The directory's name, else the name the referral package gave, else the id. */
  agency(id: string, packageName?: string): string;
}

function at(value: unknown, ...steps: string[]): unknown {
  return steps.reduce<unknown>((current, step) => (isPlainObject(current) ? current[step] : undefined), value);
}

function enumLabels(property: unknown, lang: ReportLanguage): Labels {
  const labels = at(property, 'x-rhi-enum-labels', lang);
  return isPlainObject(labels) ? (labels as Labels) : {};
}

export function reportLabels(ruleset: ResolvedRuleset, lang: ReportLanguage): ReportLabels {
  const schema = schemaForHints('interview.schema.json');
  const indicators = enumLabels(at(schema, 'properties', 'indicators'), lang);
  const pushFactors = enumLabels(at(schema, 'properties', 'pushFactors'), lang);
  const outcomes = reportWordsIn(lang).outcomes;
  return {
    indicator: (id) => indicators[id] ?? id,
    pushFactor: (id) => pushFactors[id] ?? id,
    outcome: (id) => outcomes[id],
    agency: (id, packageName) => ruleset.agencies[id]?.name?.[lang] ?? packageName ?? id,
  };
}
