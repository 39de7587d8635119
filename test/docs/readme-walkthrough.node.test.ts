// The README's provider walkthrough (copy, change, validate, test, diff, rules), run line by line
// as a new provider would from a fresh clone: in a copy of the repository's rules and scenarios
// in a temporary folder, each `$ ` line through the shell (`npx rhi` is this checkout's rhi), and
// what each prints compared with the lines the README shows under it (`…` stands for lines left
// out). A README step that stops working, or prints something else, fails here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { repositoryRoot } from '../cli/run-rhi.js';
import { matchesWithElisions } from '../support/elided-lines.js';

const MARKER = '<!-- provider-walkthrough -->';

interface Step {
  command: string;
  shown: string[];
}

/** The `$ ` lines of the README's walkthrough block, each with the lines shown under it. */
function walkthrough(): Step[] {
  const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8');
  const at = readme.indexOf(MARKER);
  assert.ok(at >= 0, `README.md has no ${MARKER} block`);
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(at))?.[1];
  assert.ok(block, `the ${MARKER} marker is not followed by a sh block`);
  const steps: Step[] = [];
  for (const line of block.replace(/\n$/, '').split('\n')) {
    if (line.startsWith('$ ')) steps.push({ command: line.slice(2), shown: [] });
    else {
      assert.ok(steps.length > 0, `README walkthrough: output before the first command: ${line}`);
      steps.at(-1)!.shown.push(line);
    }
  }
  return steps;
}

describe("the README's provider walkthrough", () => {
  const steps = walkthrough();
  const folder = mkdtempSync(join(tmpdir(), 'rhi-readme-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  // What a fresh clone has that the steps use: the rules and the worked scenarios.
  cpSync(join(repositoryRoot, 'rules'), join(folder, 'rules'), { recursive: true });
  cpSync(join(repositoryRoot, 'test/scenarios'), join(folder, 'test/scenarios'), { recursive: true });
  const rhi = `"${process.execPath}" "${join(repositoryRoot, 'packages/cli/bin/rhi.js')}"`;

  it('copies, changes, validates, tests, compares and lists, in that order', () => {
    const kinds = steps.map((step) => /^npx rhi (\w+)/.exec(step.command)?.[1] ?? step.command.split(' ')[0]);
    assert.deepEqual([...new Set(kinds)].filter((kind) => kind !== 'sed' && kind !== 'grep'), ['cp', 'validate', 'test', 'diff', 'rules']);
  });

  // One test: each step works on what the one before left.
  it('runs every step, each printing what the README shows, with exit code 0', () => {
    const env = { ...process.env };
    delete env.RHI_RULES_DIR;
    for (const { command, shown } of steps) {
      const result = spawnSync('/bin/sh', ['-c', command.replace(/^npx rhi/, rhi)], { cwd: folder, encoding: 'utf8', env });
      const printed = `${result.stdout}${result.stderr}`;
      assert.equal(result.status, 0, `README: '${command}' exited ${result.status}:\n${printed}`);
      const actual = printed === '' ? [] : printed.replace(/\n+$/, '').split('\n');
      if (shown.length === 0) assert.deepEqual(actual, [], `README: '${command}' prints nothing there, but printed:\n${printed}`);
      else assert.ok(matchesWithElisions(shown, actual), `README: '${command}' should print\n${shown.join('\n')}\nbut printed\n${printed}`);
    }
  });
});
