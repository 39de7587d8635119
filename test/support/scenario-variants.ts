/**
 * Rule tests start from a worked scenario and change one or two answers: this assesses such a
 * variant at the scenario's own `now`, in Node and in Chromium alike.
 */
import { expect } from 'chai';
import { createAssessor, type Assessment, type ResolvedRuleset } from '../../packages/engine/src/index.js';
import { loadResolvedRuleset, loadScenarios } from './harness.js';

/** A scenario's answers, typed loosely enough for a test to change any field. */
export interface Answers {
  child: Record<string, unknown>;
  care: Record<string, unknown>;
  episode: Record<string, unknown> & { previousEpisodes: { reportedMissingAt: string; returnedAt?: string }[] };
  interview: Record<string, unknown>;
  pushFactors: string[];
  indicators: string[];
  duringEpisode: Record<string, unknown>;
  disclosures: Record<string, unknown>;
  afterReturn: Record<string, unknown>;
  /** Answers to the questions a locality adds (rules/<id>/interview-fields.schema.json). */
  local?: Record<string, unknown>;
}

export const scenarios = await loadScenarios();

export function scenario(id: string) {
  const found = scenarios.find(({ scenario }) => scenario.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found.scenario;
}

/** Assesses scenario `id` with `change` applied to a copy of its answers, at the scenario's `now`. */
export async function assessVariant(
  id: string,
  change: (answers: Answers) => void = () => {},
  ruleset?: string | ResolvedRuleset,
): Promise<Assessment> {
  const base = scenario(id);
  const answers = structuredClone(base.answers) as unknown as Answers;
  change(answers);
  const resolved = typeof ruleset === 'object' ? ruleset : await loadResolvedRuleset(ruleset ?? base.ruleset);
  const assessment = await createAssessor(resolved).assess(answers, { now: base.now });
  expect(assessment.failed, 'the assessment ran without a rule failing').to.equal(false);
  return assessment;
}
