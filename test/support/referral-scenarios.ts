/**
 * A worked scenario made ready for the referral wizard's tests: its ruleset (or another one, to
 * see a locality's directory), the engine's assessment of its answers, and its answers.
 */
import { createAssessor, type Assessment, type Language, type ResolvedRuleset, type Scenario } from '../../packages/engine/src/index.js';
import type { Answers } from '../../packages/elements/src/interview-form/answer-paths.js';
import type { ReferralWizardState } from '../../packages/elements/src/referral-wizard/referral-types.js';
import { loadResolvedRuleset, loadScenarios } from './harness.js';

export interface ReferralScenario {
  scenario: Scenario;
  ruleset: ResolvedRuleset;
  assessment: Assessment;
  answers: Answers;
}

/** Scenario `id` (e.g. S02) assessed by the engine, against its own ruleset unless another is named. */
export async function referralScenario(id: string, options: { ruleset?: string; lang?: Language; answers?: Answers } = {}): Promise<ReferralScenario> {
  const found = (await loadScenarios()).find(({ scenario }) => scenario.id === id);
  if (!found) throw new Error(`no scenario ${id} in test/scenarios`);
  const { scenario } = found;
  const ruleset = await loadResolvedRuleset(options.ruleset ?? scenario.ruleset);
  const answers = options.answers ?? (scenario.answers as Answers);
  const assessment = await createAssessor(ruleset).assess(answers, { now: scenario.now, lang: options.lang ?? 'en' });
  return { scenario, ruleset, assessment, answers };
}

/**
 * The state after the worker told the child or family about every referral and got every
 * agreement a service needs (the builder keeps an agreement only where one is needed).
 */
export function toldAndAgreedForAll(state: ReferralWizardState): ReferralWizardState {
  const choices = { ...state.choices };
  for (const agency of state.chosen) choices[agency] = { told: 'yes', agreement: 'given', ...choices[agency] };
  return { ...state, choices };
}
