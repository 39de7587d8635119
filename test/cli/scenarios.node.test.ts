// `rhi test` (scenarios against their expectations) and `rhi diff` (a locality against its base).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot, runRhi } from './run-rhi.js';

const root = repositoryRoot;

const rhi = (...args: string[]) => runRhi(args);

function readJson(path: string) {
  return JSON.parse(readFileSync(join(root, path), 'utf8'));
}

/** A copy of S04 that expects the wrong risk level. */
function wrongScenario(): string {
  const s04 = readJson('test/scenarios/s04.json');
  s04.expect.riskLevel = s04.expect.riskLevel === 'high' ? 'low' : 'high';
  const path = join(mkdtempSync(join(tmpdir(), 'rhi-test-')), 's04-wrong.json');
  writeFileSync(path, JSON.stringify(s04, null, 2));
  return path;
}

describe('rhi test', () => {
  it('passes all seventeen worked scenarios', () => {
    const { status, stdout } = rhi('test', 'test/scenarios');
    assert.equal(stdout, '17 passed, 0 failed\n');
    assert.equal(status, 0);
  });

  it('runs test/scenarios when no path is given', () => {
    assert.match(rhi('test').stdout, /^\d+ passed, \d+ failed\n$/m);
  });

  it('names the scenario, the expectation and the rules that gave the level when one fails', () => {
    const path = wrongScenario();
    const { status, stdout } = rhi('test', path, 'test/scenarios/s01.json');
    assert.equal(status, 1);
    const lines = stdout.trim().split('\n');
    assert.match(lines[0], new RegExp(`^${path.replaceAll('.', '\\.')}  S04  riskLevel: expected \\S+, got \\S+ \\(.+\\)$`));
    assert.equal(lines.at(-1), '1 passed, 1 failed');
  });

  it('prints the closing line in Welsh with --lang cy', () => {
    const { stdout } = rhi('test', wrongScenario(), '--lang', 'cy');
    assert.match(stdout, /riskLevel: disgwyliwyd \S+, cafwyd \S+/);
    assert.match(stdout, /^0 wedi llwyddo, 1 wedi methu$/m);
  });

  it('counts a scenario file that breaks its schema as failed, with its location', () => {
    const broken = readJson('test/scenarios/s01.json');
    delete broken.expect;
    const path = join(mkdtempSync(join(tmpdir(), 'rhi-test-')), 'no-expect.json');
    writeFileSync(path, JSON.stringify(broken, null, 2));
    const { status, stdout } = rhi('test', path);
    assert.equal(status, 1);
    assert.match(stdout, /no-expect\.json:1:1  'expect' is missing/);
    assert.match(stdout, /^0 passed, 1 failed$/m);
  });
});

describe('rhi diff', () => {
  it("lists the locality's changed repeat-episode setting, its disabled rules and changed scenarios", () => {
    const england = readJson('rules/england/ruleset.json');
    const locality = readJson('rules/example-locality/ruleset.json');
    const { status, stdout } = rhi('diff', 'england', 'example-locality');
    assert.equal(status, 0);
    assert.ok(
      stdout.includes(`repeatEpisodes.withinDays: ${england.settings.repeatEpisodes.withinDays} → ${locality.settings.repeatEpisodes.withinDays}`),
      stdout,
    );
    for (const id of locality.disable ?? []) assert.match(stdout, new RegExp(`^ {2}${id.replaceAll('.', '\\.')} — disabled by rules/example-locality/ruleset\\.json`, 'm'));
    for (const rule of locality.rules ?? []) assert.match(stdout, new RegExp(`^ {2}${rule.id.replaceAll('.', '\\.')} — (changed: .+|replaced, but written the same); rules/example-locality/ruleset\\.json`, 'm'));
    assert.match(stdout, /^SCENARIOS WHOSE OUTCOME CHANGES \(\d+ of 17\)$/m);
    assert.match(stdout, /^ACTIONS ADDED OR CHANGED \(1\)\n {2}added: consult-exploitation-hub \(Consult the Exploitation Hub\)$/m);
  });

  it('accepts ruleset folders as well as ids', () => {
    const { status, stdout } = rhi('diff', 'rules/england', 'rules/wales', '--scenarios', 'test/scenarios/s10.json');
    assert.equal(status, 0);
    assert.match(stdout, /^Comparing england \(England, .+\) with wales \(Wales, .+\)$/m);
    assert.match(stdout, /rhiOfferRequired: yes → no/);
    assert.match(stdout, /\(\d+ of 1\)/);
  });

  it('needs two rulesets', () => {
    assert.equal(rhi('diff', 'england').status, 2);
  });
});
