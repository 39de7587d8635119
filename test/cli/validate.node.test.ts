// `rhi validate`: every problem on its own line as file:line:column, or one summary line.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot, runRhi } from './run-rhi.js';

const root = repositoryRoot;

const rhi = (...args: string[]) => runRhi(args);

/** A private copy of the repository's rules to break. */
function copyOfRules(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'rhi-validate-')), 'rules');
  cpSync(join(root, 'rules'), folder, { recursive: true });
  return folder;
}

const rulesetIds = readdirSync(join(root, 'rules'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('rhi validate', () => {
  it('accepts the shipped rules with a one-line summary naming every ruleset', () => {
    const { status, stdout } = rhi('validate', 'rules/');
    assert.equal(status, 0, stdout);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0], new RegExp(`^${rulesetIds.length} rulesets valid: `));
    for (const id of rulesetIds) assert.match(lines[0], new RegExp(`\\b${id} \\(\\d+ rules\\)`));
  });

  it('validates the rules folder when no path is given', () => {
    assert.equal(rhi('validate').status, 0);
  });

  it("validates a single rule file's ruleset", () => {
    const { status, stdout } = rhi('validate', 'rules/england/ruleset.json');
    assert.equal(status, 0);
    assert.match(stdout, /^1 ruleset valid: england \(\d+ rules\)\n$/);
  });

  it('reports a broken rule at its file, line and column, and exits 1', () => {
    const rules = copyOfRules();
    const file = join(rules, 'england', 'risk.rules.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"fact": "', '"fact": "no-such-fact-'));
    const expectedLine = text.slice(0, text.indexOf('"fact": "')).split('\n').length;

    const { status, stdout, stderr } = rhi('validate', rules);
    assert.equal(status, 1);
    const problemLines = stdout.trim().split('\n');
    assert.ok(problemLines.length >= 1);
    assert.match(problemLines[0], new RegExp(`rules/england/risk\\.rules\\.json:${expectedLine}:\\d+  unknown fact 'no-such-fact-`));
    assert.match(problemLines[0], /\(at \/rules\/\d+\/conditions\//);
    assert.match(stderr, /problems? found/);
  });

  it('reports broken JSON with its line and column', () => {
    const rules = copyOfRules();
    const file = join(rules, 'wales', 'ruleset.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"id":', '"id"'));
    const { status, stdout } = rhi('validate', join(rules, 'wales'));
    assert.equal(status, 1);
    assert.match(stdout, /rules\/wales\/ruleset\.json:\d+:\d+  not valid JSON/);
  });

  it('warns about a rule file that the engine would never read', () => {
    const rules = copyOfRules();
    writeFileSync(join(rules, 'england', 'extra-risk.json'), '{ "rules": [] }\n');
    const { status, stdout } = rhi('validate', rules);
    assert.equal(status, 1);
    assert.match(stdout, /england\/extra-risk\.json  this file is never read/);
  });

  it('names a path that does not exist', () => {
    const { status, stderr } = rhi('validate', 'no/such/rules');
    assert.equal(status, 1);
    assert.match(stderr, /^no\/such\/rules  the file or folder does not exist$/m);
  });
});
