/**
 * Every fact a rule may name: the answers (from the interview schema), the ruleset's local
 * questions, derived facts and settings.
 */
import { answerFactCatalogue, type FactKind } from './generated/answer-fact-catalogue.js';
import { derivedFacts } from './derived-facts.js';
import { flattenToFacts } from './answer-facts.js';
import { localFieldFacts } from './local-fields.js';
import type { LocalFields, Settings } from './types.js';

export interface KnownFact {
  kind: FactKind;
  values?: readonly (string | number | boolean)[];
  /** The lowest and highest value a number can hold (schema `minimum`/`maximum`), when it has a range. */
  minimum?: number;
  maximum?: number;
}

function kindOfValue(value: unknown): FactKind {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'object' && value !== null) return 'object';
  return 'text';
}

export function knownFacts(settings: Settings, localFields?: LocalFields): Map<string, KnownFact> {
  const facts = new Map<string, KnownFact>(Object.entries(answerFactCatalogue));
  for (const [name, fact] of Object.entries(localFieldFacts(localFields))) facts.set(name, fact);
  for (const [name, { kind, minimum }] of Object.entries(derivedFacts)) facts.set(name, { kind, ...(minimum !== undefined ? { minimum } : {}) });
  for (const [name, value] of Object.entries(flattenToFacts(settings, 'settings'))) {
    facts.set(name, { kind: kindOfValue(value) });
  }
  return facts;
}
