// The questions a locality adds, end to end through `rhi`: answers under `local` are checked against
// the chosen ruleset's questions (naming `local.<name>`, in English and Welsh), rules use them, a
// locality that extends another keeps them, and `rhi validate` reports mistakes in them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot, runRhi } from './run-rhi.js';

const root = repositoryRoot;
const s11 = JSON.parse(readFileSync(join(root, 'test/scenarios/s11.json'), 'utf8'));

function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'rhi-local-'));
}

/** S11's answers (trafficking, forced labour) with `local` set, written as a bare answers file. */
function answersFile(local: unknown, folder = temporaryFolder()): string {
  const path = join(folder, 'answers.json');
  writeFileSync(path, `${JSON.stringify({ ...s11.answers, local }, null, 2)}\n`);
  return path;
}

function assess(path: string, ...options: string[]) {
  return runRhi(['assess', path, '--now', s11.now, ...options]);
}

function actionIds(stdout: string): string[] {
  return JSON.parse(stdout).actions.map(({ id }: { id: string }) => id);
}

/** A copy of the repository's rules with a ruleset `child` that extends example-locality. */
function rulesWithChild(manifestExtra: Record<string, unknown>, questions?: Record<string, unknown>): string {
  const rules = join(temporaryFolder(), 'rules');
  cpSync(join(root, 'rules'), rules, { recursive: true });
  mkdirSync(join(rules, 'child'));
  const manifest = { id: 'child', version: '1', extends: 'example-locality', title: { en: 'Child', cy: 'Plentyn' }, ...manifestExtra };
  writeFileSync(join(rules, 'child', 'ruleset.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (questions) writeFileSync(join(rules, 'child', 'interview-fields.schema.json'), `${JSON.stringify({ properties: questions }, null, 2)}\n`);
  return rules;
}

const placeVisited = {
  type: 'boolean',
  title: 'Place visited',
  description: 'Whether the place of concern was visited.',
  'x-rhi-cy': { title: "Ymwelwyd â'r lle", description: "A ymwelwyd â'r lle sy'n peri pryder." },
};

function ruleOn(fact: string, value: unknown) {
  return {
    id: 'local.child-rule',
    description: { en: 'A rule on a local question.', cy: 'Rheol ar gwestiwn lleol.' },
    message: { en: 'The local question was answered no.', cy: "Atebwyd na i'r cwestiwn lleol." },
    conditions: { all: [{ fact, operator: 'equal', value }] },
    outcome: { actions: ['check-place'] },
  };
}

describe('rhi and the questions a locality adds', () => {
  it('assesses with the answer to a local question: the hub action goes once the hub was consulted', () => {
    const notConsulted = assess(answersFile({ exploitationHubConsulted: false }), '--ruleset', 'example-locality');
    assert.equal(notConsulted.status, 0, notConsulted.stderr);
    assert.ok(actionIds(notConsulted.stdout).includes('consult-exploitation-hub'));

    const consulted = assess(answersFile({ exploitationHubConsulted: true, contextualSafeguardingLocation: 'The car wash, Station Road' }), '--ruleset', 'example-locality');
    assert.equal(consulted.status, 0, consulted.stderr);
    assert.ok(!actionIds(consulted.stdout).includes('consult-exploitation-hub'));
  });

  it("stops on an answer of the wrong kind, naming 'local.<name>' at its line, in English and Welsh", () => {
    const path = answersFile({ exploitationHubConsulted: 'yes' });
    const line = readFileSync(path, 'utf8').split('\n').findIndex((text) => text.includes('"exploitationHubConsulted"')) + 1;

    const english = assess(path, '--ruleset', 'example-locality');
    assert.equal(english.status, 1);
    assert.equal(english.stdout, '');
    assert.match(english.stderr, new RegExp(`answers\\.json:${line}:\\d+  'local\\.exploitationHubConsulted' must be true or false \\(without quotes\\) \\(at /local/exploitationHubConsulted\\)`));

    const welsh = runRhi(['explain', path, '--ruleset', 'example-locality', '--lang', 'cy']);
    assert.equal(welsh.status, 1);
    assert.match(welsh.stderr, /rhaid i 'local\.exploitationHubConsulted' fod yn true neu false/);
  });

  it('stops on an answer to a question the ruleset does not have, saying where questions come from', () => {
    const path = answersFile({ exploitationHubConsulted: true });
    const { status, stderr } = assess(path, '--ruleset', 'england');
    assert.equal(status, 1);
    assert.match(stderr, /'local\.exploitationHubConsulted' is not a known field — .*interview-fields\.schema\.json/);
  });

  it('checks local answers in rhi test and rhi batch too', () => {
    const folder = temporaryFolder();
    const scenarioPath = join(folder, 'scenario.json');
    writeFileSync(scenarioPath, JSON.stringify({ ...s11, ruleset: 'example-locality', answers: { ...s11.answers, local: { contextualSafeguardingLocation: 42 } } }, null, 2));
    const tested = runRhi(['test', scenarioPath]);
    assert.equal(tested.status, 1);
    assert.match(tested.stdout, /scenario\.json:\d+:\d+  'local\.contextualSafeguardingLocation' must be text in quotes \(at \/answers\/local\/contextualSafeguardingLocation\)/);
    assert.match(tested.stdout, /0 passed, 1 failed/);

    const records = [{ local: { exploitationHubConsulted: true } }, { id: 'bad', answers: { local: { exploitationHubConsulted: 1 } } }];
    const batched = runRhi(['batch', '-', '--ruleset', 'example-locality', '--now', s11.now], records.map((record) => JSON.stringify(record)).join('\n'));
    const results = batched.stdout.trim().split('\n').map((text) => JSON.parse(text));
    assert.ok('assessment' in results[0]);
    assert.match(results[1].error, /^stdin:2:\d+  'local\.exploitationHubConsulted' must be true or false/);
  });

  it('lets a ruleset that extends another use its questions and add its own', () => {
    const checkPlace = { name: { en: 'Check the place of concern', cy: "Gwirio'r lle sy'n peri pryder" } };
    const rules = rulesWithChild({ actions: { 'check-place': checkPlace }, rules: [ruleOn('local.placeVisited', false)] }, { placeVisited });
    const validated = runRhi(['validate', join(rules, 'child')]);
    assert.equal(validated.status, 0, validated.stdout);

    const path = answersFile({ exploitationHubConsulted: true, placeVisited: false });
    const assessed = assess(path, '--ruleset', join(rules, 'child'));
    assert.equal(assessed.status, 0, assessed.stderr);
    const actions = actionIds(assessed.stdout);
    assert.ok(actions.includes('check-place'));
    assert.ok(!actions.includes('consult-exploitation-hub'));
    const named = JSON.parse(assessed.stdout).actions.find(({ id }: { id: string }) => id === 'check-place');
    assert.equal(named.name, checkPlace.name.en);
  });

  it('reports a rule naming a question that does not exist, at its file, line and column', () => {
    const rules = rulesWithChild({ rules: [ruleOn('local.exploitationHubConsultd', true)] });
    const { status, stdout } = runRhi(['validate', join(rules, 'child')]);
    assert.equal(status, 1);
    assert.match(stdout, /child\/ruleset\.json:\d+:\d+  unknown fact 'local\.exploitationHubConsultd' — did you mean 'local\.exploitationHubConsulted'\? \(at \/rules\/0\/conditions\/all\/0\/fact\)/);
  });

  it('reports a question that takes an inherited name, in English and Welsh', () => {
    const rules = rulesWithChild({}, { exploitationHubConsulted: placeVisited });
    const english = runRhi(['validate', join(rules, 'child')]);
    assert.equal(english.status, 1);
    assert.match(
      english.stdout,
      /child\/interview-fields\.schema\.json:\d+:\d+  the question 'exploitationHubConsulted' is already defined in .*rules\/example-locality\/interview-fields\.schema\.json/,
    );
    const welsh = runRhi(['validate', join(rules, 'child'), '--lang', 'cy']);
    assert.match(welsh.stdout, /mae'r cwestiwn 'exploitationHubConsulted' eisoes wedi'i ddiffinio/);
  });

  it('reports a question without Welsh, and does not call the questions file unread', () => {
    const { 'x-rhi-cy': _welsh, ...englishOnly } = placeVisited;
    const rules = rulesWithChild({}, { placeVisited: englishOnly });
    const { status, stdout } = runRhi(['validate', join(rules, 'child')]);
    assert.equal(status, 1);
    assert.match(stdout, /child\/interview-fields\.schema\.json:\d+:\d+  'properties\.placeVisited' has no 'x-rhi-cy'/);
    assert.doesNotMatch(stdout, /never read/);
  });

  it('ships an interview schema and a precompiled validator for every ruleset', async () => {
    for (const id of ['england', 'wales', 'example-locality']) {
      for (const name of [`${id}.json`, `${id}.interview.schema.json`, `${id}.interview-validator.js`, `${id}.interview-validator.d.ts`]) {
        assert.ok(existsSync(join(root, 'packages/engine/dist/rulesets', name)), `${name} was not built`);
      }
    }
    const { validateInterviewAnswers } = await import(join(root, 'packages/engine/dist/rulesets/example-locality.interview-validator.js'));
    assert.equal(validateInterviewAnswers({ local: { exploitationHubConsulted: true } }), true);
    assert.equal(validateInterviewAnswers({ local: { exploitationHubConsulted: 'no' } }), false);
    assert.equal(validateInterviewAnswers.errors[0].instancePath, '/local/exploitationHubConsulted');
  });
});
