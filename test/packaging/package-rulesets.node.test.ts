// `npm run build` with a ruleset that has problems: the ruleset is left out, the others are
// packaged, and the build fails (exit 1) with a closing line naming it, so a portal team never
// takes a green build for a packaged locality. The packaging step is run on its own here
// (scripts/package-rulesets.mjs, which scripts/build.mjs calls) on a copy of the rules.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repositoryRoot } from '../cli/run-rhi.js';

function packageRulesIn(rules: string, out: string) {
  return spawnSync(process.execPath, ['scripts/package-rulesets.mjs', rules, out], { cwd: repositoryRoot, encoding: 'utf8' });
}

describe('packaging the rulesets for portals (npm run build)', () => {
  it('packages every ruleset and exits 0 when none has problems', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rhi-package-'));
    cpSync(join(repositoryRoot, 'rules'), join(folder, 'rules'), { recursive: true });
    const result = packageRulesIn(join(folder, 'rules'), join(folder, 'out'));
    assert.equal(result.status, 0, result.stderr);
    assert.ok(existsSync(join(folder, 'out', 'example-locality.json')));
  });

  it('leaves a ruleset with problems out, packages the rest, and exits 1 naming it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rhi-package-'));
    const rules = join(folder, 'rules');
    cpSync(join(repositoryRoot, 'rules'), rules, { recursive: true });
    cpSync(join(rules, 'example-locality'), join(rules, 'my-area'), { recursive: true });
    const manifestPath = join(rules, 'my-area', 'ruleset.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.id = 'my-area';
    manifest.settings.repeatEpisodes.count = '3';
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    const result = packageRulesIn(rules, join(folder, 'out'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^build: ruleset 'my-area' has 1 problem\(s\) and was not packaged:$/m);
    assert.match(result.stderr, /^build: 1 ruleset\(s\) not packaged \(my-area\): fix them \(npx rhi validate rules\/\) — the build fails until then$/m);
    assert.ok(!existsSync(join(folder, 'out', 'my-area.json')));
    assert.ok(existsSync(join(folder, 'out', 'example-locality.json')));
  });

  it('is the step the whole build runs, and the build ends with its exit code', () => {
    const build = readFileSync(join(repositoryRoot, 'scripts/build.mjs'), 'utf8');
    // A step of the incremental build (scripts/build-steps.mjs); skipped only after a run that packaged every ruleset.
    assert.match(build, /unpackaged = await packageRulesets\(\);\s+return unpackaged\.length === 0;/);
    assert.match(build, /if \(unpackaged\.length > 0\) \{\s+console\.error\(unpackagedLine\(unpackaged\)\);\s+process\.exitCode = 1;\s+\}\s*$/);
  });
});
