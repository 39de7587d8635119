// Storybook reads story names without running the stories file, so each training scenario is one
// line in stories/training-scenarios.stories.ts. This keeps those lines and test/scenarios/ in step.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const storiesFile = 'stories/training-scenarios.stories.ts';

interface ScenarioHeading {
  id: string;
  title: string;
  narrative: string;
  narrativeCy?: string;
}

const scenarios: ScenarioHeading[] = readdirSync(join(root, 'test/scenarios'))
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(root, 'test/scenarios', name), 'utf8')) as ScenarioHeading);

/** The line a scenario needs in the stories file (its id must be a JavaScript name, as S01 is). */
function storyLine({ id, title }: ScenarioHeading): string {
  const name = `${id} ${title}`;
  const quoted = name.includes("'") ? JSON.stringify(name) : `'${name}'`;
  return `export const ${id}: Story = { ...scenarioStory('${id}'), name: ${quoted} };`;
}

const lines = readFileSync(join(root, storiesFile), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('export const '));

describe('training scenario stories', () => {
  it('has one story, named with its id and title, for every scenario in test/scenarios', () => {
    const missing = scenarios.filter((scenario) => !lines.includes(storyLine(scenario)));
    assert.deepEqual(
      missing.map(storyLine),
      [],
      `Add (or correct) these lines in ${storiesFile}, one per scenario file:\n${missing.map(storyLine).join('\n')}`,
    );
  });

  it('has no story for a scenario that is not in test/scenarios', () => {
    const expected = new Set(scenarios.map(storyLine));
    const extra = lines.filter((line) => !expected.has(line));
    assert.deepEqual(extra, [], `Remove these lines from ${storiesFile}: no scenario file matches them`);
  });

  // Trainers in Wales run these pages in Welsh: the narrative is the one text the page cannot take from the toolkit's words.
  it('gives every scenario its narrative in Welsh (narrativeCy), not a copy of the English', () => {
    const withoutWelsh = scenarios.filter(({ narrative, narrativeCy }) => !narrativeCy?.trim() || narrativeCy.trim() === narrative.trim()).map(({ id }) => id);
    assert.deepEqual(withoutWelsh, [], 'add "narrativeCy" after "narrative" in these scenario files');
  });

  it('covers at least the twelve worked scenarios', () => {
    assert.ok(scenarios.length >= 12, `only ${scenarios.length} scenarios in test/scenarios`);
  });
});
