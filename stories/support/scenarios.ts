/**
 * The worked scenarios (test/scenarios/*.json), read at build time: the same files that drive the
 * engine, command-line and browser tests drive the trainers' stories.
 */
import type { Scenario } from '@rhi-toolkit/engine';
import type { Answers } from '../../packages/elements/src/index.js';

export type ScenarioFile = Scenario & { now: string; answers: Answers };

const files = import.meta.glob<ScenarioFile>('../../test/scenarios/*.json', { eager: true, import: 'default' });

/** Every scenario, in file order (s01, s02, …). */
export const scenarios: ScenarioFile[] = Object.keys(files)
  .sort()
  .map((path) => files[path]!);

export function scenario(id: string): ScenarioFile {
  const found = scenarios.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`test/scenarios has no scenario ${id}`);
  return found;
}

/** A deep copy of answers without the values at the given dotted paths (a question not answered yet). */
export function without(answers: Answers, ...paths: string[]): Answers {
  const copy = structuredClone(answers);
  for (const path of paths) {
    const steps = path.split('.');
    let node = copy as Record<string, unknown> | undefined;
    for (const step of steps.slice(0, -1)) node = node?.[step] as Record<string, unknown> | undefined;
    if (node) delete node[steps[steps.length - 1]!];
  }
  return copy;
}

/** A deep copy of answers with some values of each named section replaced or added. */
export function withSections(answers: Answers, sections: Record<string, Record<string, unknown>>): Answers {
  const copy = structuredClone(answers);
  for (const [section, values] of Object.entries(sections)) {
    copy[section] = { ...((copy[section] as Record<string, unknown> | undefined) ?? {}), ...values };
  }
  return copy;
}

export function hoursAfter(instant: string, hours: number): string {
  return new Date(Date.parse(instant) + hours * 3_600_000).toISOString();
}
