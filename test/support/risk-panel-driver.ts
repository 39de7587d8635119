/** Reading `<rhi-risk-panel>` as a person would: its words, its links, its live region. */
import { fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/risk-panel/risk-panel.js';
import type { RhiRiskPanel } from '../../packages/elements/src/risk-panel/risk-panel.component.js';
import { createAssessor, type Assessment, type Language, type ResolvedRuleset } from '../../packages/engine/src/index.js';
import { loadResolvedRuleset, loadScenarios } from './harness.js';

export type Answers = Record<string, unknown>;

export const scenarios = await loadScenarios();

export function scenario(id: string) {
  const found = scenarios.find(({ scenario }) => scenario.id === id);
  if (!found) throw new Error(`test/scenarios has no scenario ${id}`);
  return found.scenario as typeof found.scenario & { now: string; answers: Answers };
}

/** The engine's assessment, exactly as a page would pass it to the panel. */
export async function assessed(answers: unknown, rulesetId: string, now: string, lang: Language): Promise<{ assessment: Assessment; ruleset: ResolvedRuleset }> {
  const ruleset = await loadResolvedRuleset(rulesetId);
  const assessment = await createAssessor(ruleset).assess(answers, { now, lang });
  return { assessment, ruleset };
}

export async function panelFor(assessment: Assessment | undefined, ruleset: ResolvedRuleset | undefined, lang: Language, now?: string): Promise<RhiRiskPanel> {
  const panel = await fixture<RhiRiskPanel>(
    html`<rhi-risk-panel lang=${lang} now=${now ?? assessment?.assessedAt ?? ''} .assessment=${assessment} .ruleset=${ruleset}></rhi-risk-panel>`,
  );
  await panel.updateComplete;
  return panel;
}

/** All the panel's text, spaces collapsed. */
export function textOf(panel: RhiRiskPanel, selector?: string): string {
  const root = panel.shadowRoot!;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function part(panel: RhiRiskPanel, name: string): HTMLElement | null {
  return panel.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function missingLinks(panel: RhiRiskPanel): HTMLAnchorElement[] {
  return [...panel.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="missing"] a')];
}

export function liveRegion(panel: RhiRiskPanel): HTMLElement {
  return panel.shadowRoot!.querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
}

/** A copy of answers without the values at the given dotted paths. */
export function without(answers: Answers, ...paths: string[]): Answers {
  const copy = structuredClone(answers);
  for (const path of paths) {
    const steps = path.split('.');
    let node = copy as Record<string, unknown>;
    for (const step of steps.slice(0, -1)) node = (node?.[step] ?? {}) as Record<string, unknown>;
    delete node[steps[steps.length - 1]!];
  }
  return copy;
}

export function hoursAfter(instant: string, hours: number): string {
  return new Date(Date.parse(instant) + hours * 3_600_000).toISOString();
}
