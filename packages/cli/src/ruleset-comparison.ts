/** What differs between two resolved rulesets: settings, agencies and rules, by id. */
import type { ResolvedRule, ResolvedRuleset, RuleOrigin } from '@rhi-toolkit/engine/node';
import { canonicalJson } from './canonical-json.js';
import { flatEntries } from './flat-entries.js';

export interface ValueChange {
  path: string;
  before: unknown;
  after: unknown;
}

export type RulePart = 'conditions' | 'outcome' | 'message' | 'description';
const ruleParts: readonly RulePart[] = ['conditions', 'outcome', 'message', 'description'];

export interface RulesetComparison {
  settings: ValueChange[];
  agenciesAdded: string[];
  agenciesRemoved: string[];
  /** Agencies in both whose fields differ, with the changed fields' paths inside the agency. */
  agenciesChanged: { agency: string; changes: ValueChange[] }[];
  /** In A, not in B: `disabledBy` is set when B switched it off. */
  rulesOnlyInA: { rule: ResolvedRule; disabledBy?: RuleOrigin }[];
  rulesOnlyInB: ResolvedRule[];
  /** In both; `parts` lists what differs (empty for a replacement written the same). */
  rulesChanged: { before: ResolvedRule; after: ResolvedRule; parts: RulePart[] }[];
}

function valueChanges(a: unknown, b: unknown, prefix = ''): ValueChange[] {
  const before = new Map(flatEntries(a, prefix, false));
  const after = new Map(flatEntries(b, prefix, false));
  const paths = [...new Set([...before.keys(), ...after.keys()])];
  return paths
    .filter((path) => canonicalJson(before.get(path)) !== canonicalJson(after.get(path)))
    .map((path) => ({ path, before: before.get(path), after: after.get(path) }));
}

export function compareRulesets(a: ResolvedRuleset, b: ResolvedRuleset): RulesetComparison {
  const agencyIds = [...new Set([...Object.keys(a.agencies), ...Object.keys(b.agencies)])];
  const rulesA = new Map(a.rules.map((rule) => [rule.id, rule]));
  const rulesB = new Map(b.rules.map((rule) => [rule.id, rule]));

  const rulesChanged: RulesetComparison['rulesChanged'] = [];
  for (const after of b.rules) {
    const before = rulesA.get(after.id);
    if (!before) continue;
    const parts = ruleParts.filter((part) => canonicalJson(before[part]) !== canonicalJson(after[part]));
    const replaced = canonicalJson(before.source) !== canonicalJson(after.source);
    if (parts.length > 0 || replaced) rulesChanged.push({ before, after, parts });
  }

  return {
    settings: valueChanges(a.settings, b.settings),
    agenciesAdded: agencyIds.filter((id) => !(id in a.agencies)),
    agenciesRemoved: agencyIds.filter((id) => !(id in b.agencies)),
    agenciesChanged: agencyIds
      .filter((id) => id in a.agencies && id in b.agencies)
      .map((agency) => ({ agency, changes: valueChanges(a.agencies[agency], b.agencies[agency]) }))
      .filter(({ changes }) => changes.length > 0),
    rulesOnlyInA: a.rules
      .filter((rule) => !rulesB.has(rule.id))
      .map((rule) => ({ rule, disabledBy: b.disabled.find((entry) => entry.id === rule.id)?.by })),
    rulesOnlyInB: b.rules.filter((rule) => !rulesA.has(rule.id)),
    rulesChanged,
  };
}
