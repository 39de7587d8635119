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
import type { BreakdownDimension, ReportLanguage, ReportOutcome } from './service-report.js';

type Labels = Record<string, string>;

export interface ReportLabels {
  indicator(id: string): string;
  pushFactor(id: string): string;
  pullFactor(id: string): string;
  placeType(id: string): string;
  /** interview.outcome's label, or the report's words for "not recorded". */
  interviewOutcome(id: string): string;
  delayReason(id: string): string;
  /** A group of a breakdown: the schema's label for a value it lists, else the report's words. */
  breakdownGroup(dimension: BreakdownDimension, id: string): string;
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
  const pullFactors = enumLabels(at(schema, 'properties', 'pullFactors'), lang);
  const placeTypes = enumLabels(at(schema, 'properties', 'places', 'items', 'properties', 'placeType'), lang);
  const interviewOutcomes = enumLabels(at(schema, 'properties', 'interview', 'properties', 'outcome'), lang);
  const delayReasons = enumLabels(at(schema, 'properties', 'interview', 'properties', 'delayReason'), lang);
  const careStatus = enumLabels(at(schema, 'properties', 'care', 'properties', 'status'), lang);
  const episodeTypes = enumLabels(at(schema, 'properties', 'episode', 'properties', 'type'), lang);
  const interviewerRoles = enumLabels(at(schema, 'properties', 'interview', 'properties', 'interviewerRole'), lang);
  const words = reportWordsIn(lang);
  const outcomes = words.outcomes;
  const groups = words.groups;
  // Groups the schema has no value for: "not looked after" gathers five care statuses, "not recorded" is an absence.
  const wordGroups: Labels = { 'not-looked-after': groups.notLookedAfter, 'not-recorded': groups.notRecorded };
  const schemaGroups: Record<BreakdownDimension, Labels> = { lookedAfter: careStatus, episodeType: episodeTypes, placedOutOfArea: {}, interviewerRole: interviewerRoles };
  return {
    indicator: (id) => indicators[id] ?? id,
    pushFactor: (id) => pushFactors[id] ?? id,
    pullFactor: (id) => pullFactors[id] ?? id,
    placeType: (id) => placeTypes[id] ?? id,
    interviewOutcome: (id) => interviewOutcomes[id] ?? (id === 'not-recorded' ? groups.notRecorded : id),
    delayReason: (id) => delayReasons[id] ?? id,
    breakdownGroup: (dimension, id) =>
      schemaGroups[dimension][id] ?? (dimension === 'placedOutOfArea' ? groups.placedOutOfArea[id] : undefined) ?? wordGroups[id] ?? id,
    outcome: (id) => outcomes[id],
    agency: (id, packageName) => ruleset.agencies[id]?.name?.[lang] ?? packageName ?? id,
  };
}
