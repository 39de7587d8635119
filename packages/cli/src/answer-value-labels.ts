/**
 * The words for an answer's value in a rule's conditions, for the Welsh listing: the interview
 * schema's own labels (`x-rhi-enum-labels`), so `afterReturn.workerRiskView` is "Uchel", not
 * "high", in a listing signed off in Welsh. A value the schema does not label stays as written.
 */
import type { Language } from '@rhi-toolkit/engine/node';
import { isPlainObject } from './json-input.js';
import { schemaForHints } from './schema-hints.js';

type Labels = Record<string, string>;

/** The schema node for a dotted answer path, looking inside lists at their items. */
function nodeAt(schema: unknown, path: string): unknown {
  let node = schema;
  for (const step of path.split('.')) {
    if (isPlainObject(node) && isPlainObject(node.items)) node = node.items;
    node = isPlainObject(node) && isPlainObject(node.properties) ? node.properties[step] : undefined;
  }
  return node;
}

/** A node's labels in `lang`: on the node itself, or (for a list) on its items. */
function labelsOf(node: unknown, lang: Language): Labels | undefined {
  for (const candidate of [node, isPlainObject(node) ? node.items : undefined]) {
    const labels = isPlainObject(candidate) && isPlainObject(candidate['x-rhi-enum-labels']) ? candidate['x-rhi-enum-labels'][lang] : undefined;
    if (isPlainObject(labels)) return labels as Labels;
  }
  return undefined;
}

export type AnswerValueLabel = (fact: string, value: string) => string | undefined;

export function answerValueLabels(lang: Language): AnswerValueLabel {
  const schema = schemaForHints('interview.schema.json');
  return (fact, value) => {
    const labels = labelsOf(nodeAt(schema, fact), lang);
    return labels && Object.hasOwn(labels, value) ? labels[value] : undefined;
  };
}

/** The words for a rule outcome's parent/carer discussion (required, withheld, note), from the ruleset schema. */
export function discussionOutcomeLabel(value: string, lang: Language): string {
  const schema = schemaForHints('ruleset.schema.json');
  const node = ['definitions', 'rule', 'properties', 'outcome', 'properties', 'parentCarerDiscussion'].reduce<unknown>(
    (current, step) => (isPlainObject(current) ? current[step] : undefined),
    schema,
  );
  const labels = labelsOf(node, lang);
  return labels && Object.hasOwn(labels, value) ? labels[value] : value;
}

/** The words for a setting's value where the ruleset schema labels it (parentCarerDiscussion.ageBasis). */
export function settingValueLabel(path: string, value: unknown, lang: Language): string | undefined {
  if (typeof value !== 'string') return undefined;
  let node: unknown = (schemaForHints('ruleset.schema.json') as Record<string, unknown> | undefined)?.properties;
  node = isPlainObject(node) ? node.settings : undefined;
  for (const step of path.split('.')) node = isPlainObject(node) && isPlainObject(node.properties) ? node.properties[step] : undefined;
  const labels = labelsOf(node, lang);
  return labels && Object.hasOwn(labels, value) ? labels[value] : undefined;
}
