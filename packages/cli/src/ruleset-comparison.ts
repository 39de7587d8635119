/** What differs between two resolved rulesets: settings, agencies, actions and rules, by id. */
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
  actionsAdded: string[];
  actionsRemoved: string[];
  /** Actions in both whose names differ, with the changed fields' paths inside the action. */
  actionsChanged: { action: string; changes: ValueChange[] }[];
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

/** Entries of a directory (agencies or actions) only in A, only in B, and in both but different. */
function directoryChanges(a: Record<string, unknown>, b: Record<string, unknown>) {
  const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return {
    added: ids.filter((id) => !Object.hasOwn(a, id)),
    removed: ids.filter((id) => !Object.hasOwn(b, id)),
    changed: ids
      .filter((id) => Object.hasOwn(a, id) && Object.hasOwn(b, id))
      .map((id) => ({ id, changes: valueChanges(a[id], b[id]) }))
      .filter(({ changes }) => changes.length > 0),
  };
}

export function compareRulesets(a: ResolvedRuleset, b: ResolvedRuleset): RulesetComparison {
  const agencies = directoryChanges(a.agencies, b.agencies);
  const actions = directoryChanges(a.actions ?? {}, b.actions ?? {});
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
    agenciesAdded: agencies.added,
    agenciesRemoved: agencies.removed,
    agenciesChanged: agencies.changed.map(({ id, changes }) => ({ agency: id, changes })),
    actionsAdded: actions.added,
    actionsRemoved: actions.removed,
    actionsChanged: actions.changed.map(({ id, changes }) => ({ action: id, changes })),
    rulesOnlyInA: a.rules
      .filter((rule) => !rulesB.has(rule.id))
      .map((rule) => ({ rule, disabledBy: b.disabled.find((entry) => entry.id === rule.id)?.by })),
    rulesOnlyInB: b.rules.filter((rule) => !rulesA.has(rule.id)),
    rulesChanged,
  };
}
