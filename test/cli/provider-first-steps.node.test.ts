// What a provider meets first, after copying rules/example-locality as the README says: a mistyped
// ruleset name said once, and a national scenario that does not hold for a locality skipped with
// a note, or, when it fails, the rule that made the difference named.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repositoryRoot, runRhi } from './run-rhi.js';

/** The repository's rules with rules/example-locality copied to rules/my-area (its id changed). */
function rulesWithCopy(): string {
  const rules = join(mkdtempSync(join(tmpdir(), 'rhi-first-steps-')), 'rules');
  cpSync(join(repositoryRoot, 'rules'), rules, { recursive: true });
  cpSync(join(rules, 'example-locality'), join(rules, 'my-area'), { recursive: true });
  const manifestPath = join(rules, 'my-area', 'ruleset.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.id = 'my-area';
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return rules;
}

describe('a ruleset name that does not exist', () => {
  const rules = rulesWithCopy();

  it('is said once, with the nearest name, by rhi test --ruleset (English and Welsh)', () => {
    const english = runRhi(['test', 'test/scenarios', '--ruleset', 'myarea', '--rules-dir', rules]);
    assert.equal(english.status, 1);
    assert.equal(english.stdout, '');
    assert.equal(english.stderr, "rhi: there is no ruleset called 'myarea' — did you mean 'my-area'?\n");
    const welsh = runRhi(['test', 'test/scenarios', '--ruleset', 'myarea', '--rules-dir', rules, '--lang', 'cy']);
    assert.equal(welsh.stderr, "rhi: nid oes set reolau o'r enw 'myarea' — oeddech chi'n golygu 'my-area'?\n");
  });

  it('is said the same way by every command that takes a ruleset', () => {
    for (const args of [['rules', '--ruleset', 'myarea'], ['explain', 'test/scenarios/s01.json', '--ruleset', 'myarea'], ['diff', 'england', 'myarea']]) {
      const { status, stderr } = runRhi([...args, '--rules-dir', rules]);
      assert.equal(status, 1, args.join(' '));
      assert.equal(stderr, "rhi: there is no ruleset called 'myarea' — did you mean 'my-area'?\n", args.join(' '));
    }
  });

  it('lists the rulesets there are when no name is near', () => {
    const { stderr } = runRhi(['rules', '--ruleset', 'zzzzzzzz', '--rules-dir', rules]);
    assert.match(stderr, /^rhi: there is no ruleset called 'zzzzzzzz' — the rulesets are england, example-locality, my-area, wales(, [a-z-]+)*\n$/);
  });
});
