// `rhi validate`: every problem on its own line as file:line:column, or one summary line.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('refuses a locality that disables every medium and high rule, naming each floor case and the disable entry at its line and column', () => {
    const rules = copyOfRules();
    const risk = JSON.parse(readFileSync(join(rules, 'england', 'risk.rules.json'), 'utf8')) as { rules: { id: string; outcome: { riskLevel?: string } }[] };
    const disabled = risk.rules.filter((rule) => rule.outcome.riskLevel === 'high' || rule.outcome.riskLevel === 'medium').map((rule) => rule.id);
    mkdirSync(join(rules, 'careless'));
    const manifest = `${JSON.stringify({ id: 'careless', version: '1', extends: 'england', title: { en: 'Careless', cy: 'Diofal' }, disable: disabled }, null, 2)}\n`;
    writeFileSync(join(rules, 'careless', 'ruleset.json'), manifest);
    const line = (id: string) => manifest.split('\n').findIndex((text) => text.includes(`"${id}"`)) + 1;

    const { status, stdout } = rhi('validate', join(rules, 'careless'), '--rules-dir', rules);
    assert.equal(status, 1, stdout);
    for (const [floorCase, rule] of [
      ['trafficking', 'risk.trafficking'],
      ['county-lines', 'risk.criminal-exploitation'],
      ['immediate-danger', 'risk.immediate-danger'],
      ['worker-view-high', 'risk.worker-view-high'],
    ]) {
      const pattern = new RegExp(
        `careless/ruleset\\.json:${line(rule)}:\\d+  the safety floor case '${floorCase}' \\(.*rules/england/floor-cases\\.json\\) must be at least high.*assesses it low.*disables the rule '${rule.replace('.', '\\.')}'`,
      );
      assert.match(stdout, pattern, `${floorCase}:\n${stdout}`);
    }
  });

  it('says in Welsh which floor case a locality breaks', () => {
    const rules = copyOfRules();
    mkdirSync(join(rules, 'careless'));
    writeFileSync(
      join(rules, 'careless', 'ruleset.json'),
      JSON.stringify({ id: 'careless', version: '1', extends: 'wales', title: { en: 'Careless', cy: 'Diofal' }, disable: ['risk.immediate-danger'] }, null, 2),
    );
    const { status, stdout } = rhi('validate', join(rules, 'careless'), '--rules-dir', rules, '--lang', 'cy');
    assert.equal(status, 1, stdout);
    assert.match(stdout, /careless\/ruleset\.json:\d+:\d+  rhaid i achos llawr diogelwch 'immediate-danger' .* yn ei asesu'n isel.*analluogi'r rheol 'risk\.immediate-danger'/);
  });

  it('warns at file:line:column about conditions that can never be true, and still exits 0', () => {
    const rules = copyOfRules();
    mkdirSync(join(rules, 'never'));
    const leaf = (fact: string, operator: string, value: unknown) => ({ fact, operator, value });
    const rule = (id: string, condition: object) => ({
      id,
      description: { en: id, cy: id },
      message: { en: id, cy: id },
      conditions: { any: [condition] },
      outcome: { riskLevel: 'medium' },
    });
    const manifest = `${JSON.stringify(
      {
        id: 'never',
        version: '1',
        extends: 'england',
        title: { en: 'Never', cy: 'Byth' },
        rules: [
          rule('local.in-nothing', leaf('care.status', 'in', [])),
          rule('local.contains-nothing', leaf('indicators', 'containsAny', [])),
          rule('local.score-of-six', leaf('outcomes.baseline.safeHappyHome', 'greaterThan', 5)),
          rule('local.negative-age', leaf('ageInYears', 'lessThan', 0)),
          rule('local.visits-over-ten', leaf('local.visits', 'greaterThanInclusive', 11)),
        ],
      },
      null,
      2,
    )}\n`;
    writeFileSync(join(rules, 'never', 'ruleset.json'), manifest);
    const visits = { type: 'integer', minimum: 0, maximum: 10, title: 'Visits', description: 'Visits', 'x-rhi-cy': { title: 'Ymweliadau', description: 'Ymweliadau' } };
    writeFileSync(join(rules, 'never', 'interview-fields.schema.json'), JSON.stringify({ properties: { visits } }, null, 2));
    const lines = manifest.split('\n');
    const lineOf = (text: string) => lines.findIndex((candidate) => candidate.includes(text)) + 1;

    const { status, stdout, stderr } = rhi('validate', join(rules, 'never'), '--rules-dir', rules);
    assert.equal(status, 0, stdout + stderr);
    // The value of each condition sits on the line after its operator in this file.
    assert.match(stdout, new RegExp(`never/ruleset\\.json:${lineOf('"in"') + 1}:\\d+  warning: 'in' with an empty list is never true`));
    assert.match(stdout, new RegExp(`never/ruleset\\.json:${lineOf('"containsAny"') + 1}:\\d+  warning: 'containsAny' with an empty list is never true`));
    assert.match(stdout, new RegExp(`never/ruleset\\.json:${lineOf('"greaterThan"') + 1}:\\d+  warning: this condition can never be true: 'outcomes\\.baseline\\.safeHappyHome' is from 1 to 5`));
    assert.match(stdout, /warning: this condition can never be true: 'ageInYears' is at least 0, so it is never 'lessThan' 0/);
    assert.match(stdout, /warning: this condition can never be true: 'local\.visits' is from 0 to 10, so it is never 'greaterThanInclusive' 11/);
    assert.match(stdout, /1 ruleset valid: never/);
    assert.match(stderr, /5 warnings/);
  });

  it('reports a number compared with a list at its file, line and column', () => {
    const rules = copyOfRules();
    const file = join(rules, 'england', 'risk.rules.json');
    const text = readFileSync(file, 'utf8');
    const from = '"fact": "ageInYears", "operator": "lessThan", "value": 13';
    assert.ok(text.includes(from), 'the under-13 condition is written on one line');
    writeFileSync(file, text.replace(from, '"fact": "ageInYears", "operator": "lessThan", "value": [13]'));
    const line = text.slice(0, text.indexOf(from)).split('\n').length;
    const { status, stdout } = rhi('validate', join(rules, 'england'));
    assert.equal(status, 1);
    assert.match(stdout, new RegExp(`england/risk\\.rules\\.json:${line}:\\d+  'ageInYears' is a number, so the value must be a number`));
  });

  it("reports an action's due time that counts from an unknown answer, or gives no hours, at its file, line and column", () => {
    const rules = copyOfRules();
    const file = join(rules, 'england', 'ruleset.json');
    const text = readFileSync(file, 'utf8');
    const from = '"from": "return",';
    const hours = '"withinSetting": "offerWithinHours",';
    assert.ok(text.includes(from) && text.includes(hours), "the offer-interview action's due time is in ruleset.json");
    writeFileSync(file, text.replace(from, '"from": "referral",'));
    const line = text.slice(0, text.indexOf(from)).split('\n').length;
    const unknownAnchor = rhi('validate', join(rules, 'england'));
    assert.equal(unknownAnchor.status, 1);
    assert.match(unknownAnchor.stdout, new RegExp(`england/ruleset\\.json:${line}:\\d+ .*\\(at /actions/offer-interview/due/from\\)`));

    writeFileSync(file, text.replace(hours, ''));
    const noHours = rhi('validate', join(rules, 'england'));
    assert.equal(noHours.status, 1);
    assert.match(noHours.stdout, /england\/ruleset\.json:\d+:\d+  the due time of the action 'offer-interview' must give either withinHours or withinSetting/);
    assert.match(noHours.stdout, /\(at \/actions\/offer-interview\/due\)/);
  });

  it('follows a locality folder linked from inside the rules folder, and names a link that leads outside it', () => {
    const rules = copyOfRules();
    const elsewhere = mkdtempSync(join(tmpdir(), 'rhi-elsewhere-'));
    cpSync(join(rules, 'example-locality'), join(rules, '.kept', 'northshire'), { recursive: true });
    const northshire = join(rules, '.kept', 'northshire', 'ruleset.json');
    writeFileSync(northshire, readFileSync(northshire, 'utf8').replace('"id": "example-locality"', '"id": "linked"'));
    symlinkSync(join(rules, '.kept', 'northshire'), join(rules, 'linked'));
    cpSync(join(rules, 'wales'), join(elsewhere, 'outside'), { recursive: true });
    symlinkSync(join(elsewhere, 'outside'), join(rules, 'outside'));

    const { status, stdout } = rhi('validate', rules);
    assert.equal(status, 1, stdout);
    assert.doesNotMatch(stdout, /linked/, 'the inside link is read like any ruleset folder');
    assert.match(stdout, /rules\/outside  this folder is a link to .*outside, outside the rules folder, so it is not read/);

    const linkedOnly = rhi('validate', join(rules, 'linked'));
    assert.equal(linkedOnly.status, 0, linkedOnly.stdout);
    assert.match(linkedOnly.stdout, /1 ruleset valid: linked/);
  });
});
