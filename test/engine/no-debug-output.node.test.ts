// json-rules-engine prints every fact's value (a child's answers) with console.debug when the
// DEBUG environment variable mentions it. The toolkit's builds swap that printing out
// (packages/engine/src/browser/no-debug.ts): `rhi` and the engine write nothing extra, whatever
// a council server's environment says.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;

const assessS05 = `
import { readFileSync } from 'node:fs';
import { createAssessor, loadRuleset } from '${root}packages/engine/dist/engine-node.js';
const scenario = JSON.parse(readFileSync('${root}test/scenarios/s05.json', 'utf8'));
const { ruleset } = await loadRuleset('england', { rulesDir: '${root}rules', cwd: '${root}' });
const assessment = await createAssessor(ruleset).assess(scenario.answers, { now: scenario.now });
process.stdout.write(assessment.riskLevel);
`;

test('with DEBUG=json-rules-engine the built engine prints only what it is asked for', () => {
  const run = spawnSync(process.execPath, ['--input-type=module', '--eval', assessS05], {
    env: { ...process.env, DEBUG: 'json-rules-engine' },
    encoding: 'utf8',
  });
  assert.equal(run.stderr, '');
  assert.equal(run.stdout, 'high');
});

test('with DEBUG=json-rules-engine `rhi assess` prints the assessment and nothing else', () => {
  const run = spawnSync(process.execPath, [`${root}packages/cli/bin/rhi.js`, 'assess', `${root}test/scenarios/s05.json`], {
    cwd: root,
    env: { ...process.env, DEBUG: 'json-rules-engine' },
    encoding: 'utf8',
  });
  assert.equal(run.stderr, '');
  assert.equal(JSON.parse(run.stdout).riskLevel, 'high');
});
