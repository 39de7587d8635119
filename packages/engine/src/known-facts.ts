/** Every fact a rule may name: the answers (from the interview schema), derived facts and settings. */
import { answerFactCatalogue, type FactKind } from './generated/answer-fact-catalogue.js';
import { derivedFacts } from './derived-facts.js';
import { flattenToFacts } from './answer-facts.js';
import type { Settings } from './types.js';

export interface KnownFact {
  kind: FactKind;
  values?: readonly (string | number | boolean)[];
}

function kindOfValue(value: unknown): FactKind {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'object' && value !== null) return 'object';
  return 'text';
}

export function knownFacts(settings: Settings): Map<string, KnownFact> {
  const facts = new Map<string, KnownFact>(Object.entries(answerFactCatalogue));
  for (const [name, { kind }] of Object.entries(derivedFacts)) facts.set(name, { kind });
  for (const [name, value] of Object.entries(flattenToFacts(settings, 'settings'))) {
    facts.set(name, { kind: kindOfValue(value) });
  }
  return facts;
}
