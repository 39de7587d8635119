// `rhi batch`: one result line per record, bad lines reported and skipped, a summary on stderr.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateAssessment } from '../../packages/engine/src/index.js';
import { repositoryRoot, runRhi } from './run-rhi.js';

const root = repositoryRoot;

const rhi = runRhi;

const scenarios = readdirSync(join(root, 'test/scenarios'))
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(root, 'test/scenarios', name), 'utf8')));
const englandScenarios = scenarios.filter((scenario) => scenario.ruleset === 'england');

/** Odd lines bare answers, even lines `{ id, answers, now }`; one broken line after the fourth. */
function recordsText(): string {
  const lines = scenarios.map((scenario, index) =>
    JSON.stringify(index % 2 === 0 ? scenario.answers : { id: scenario.id, answers: scenario.answers, now: scenario.now }),
  );
  lines.splice(4, 0, '{"child": {"gender": "male"}, oops}');
  return `${lines.join('\n')}\n`;
}

function writeRecords(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'rhi-batch-')), 'records.ndjson');
  writeFileSync(path, text);
  return path;
}

describe('rhi batch', () => {
  it('writes one line per record, one error for the broken line, and a summary on stderr', () => {
    const path = writeRecords(recordsText());
    const { status, stdout, stderr } = rhi(['batch', path, '--now', '2026-06-01T12:00:00Z']);
    assert.equal(status, 1);
    const results = stdout.trim().split('\n').map((line) => JSON.parse(line));
    // One line per scenario and one for the broken line.
    assert.equal(results.length, scenarios.length + 1);
    assert.deepEqual(results.map((result) => result.line), Array.from({ length: scenarios.length + 1 }, (_, index) => index + 1));
    const errors = results.filter((result) => 'error' in result);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].line, 5);
    assert.match(errors[0].error, new RegExp(`^${path.replaceAll('.', '\\.')}:5:\\d+  not valid JSON`));
    for (const result of results.filter((candidate) => 'assessment' in candidate)) {
      assert.deepEqual(validateAssessment(result.assessment), [], `line ${result.line}`);
    }
    assert.equal(stderr, `${scenarios.length} assessed, 1 rejected\n`);
  });

  it("echoes each wrapped record's id and assesses it at its own moment", () => {
    const { stdout } = rhi(['batch', writeRecords(recordsText())]);
    const results = stdout.trim().split('\n').map((line) => JSON.parse(line));
    const wrapped = results.filter((result) => result.id !== undefined);
    assert.equal(wrapped.length, Math.floor(scenarios.length / 2));
    for (const result of wrapped) {
      const scenario = scenarios.find((candidate) => candidate.id === result.id);
      assert.equal(result.assessment.assessedAt, new Date(scenario.now).toISOString());
    }
  });

  it('matches the scenarios’ expected levels when given their answers and moments', () => {
    const lines = englandScenarios.map((scenario) => JSON.stringify({ id: scenario.id, answers: scenario.answers, now: scenario.now }));
    const { status, stdout } = rhi(['batch', '-'], `${lines.join('\n')}\n`);
    assert.equal(status, 0);
    for (const result of stdout.trim().split('\n').map((line) => JSON.parse(line))) {
      const scenario = englandScenarios.find((candidate) => candidate.id === result.id);
      assert.equal(result.assessment.riskLevel, scenario.expect.riskLevel, scenario.id);
    }
  });

  it('rejects a record that breaks the schema, naming the field, and goes on', () => {
    const text = `${JSON.stringify({ child: { gender: 'boy' } })}\n${JSON.stringify(scenarios[0].answers)}\n`;
    const { status, stdout, stderr } = rhi(['batch', '-', '--lang', 'cy'], text);
    assert.equal(status, 1);
    const [first, second] = stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.match(first.error, /^stdin:1:\d+  ni all 'child\.gender' fod y gwerth hwn/);
    assert.equal(second.assessment.lang, 'cy');
    assert.equal(stderr, "1 wedi'u hasesu, 1 wedi'u gwrthod\n");
  });

  it('skips blank lines and keeps the line numbers of the file', () => {
    const text = `\n${JSON.stringify(scenarios[0].answers)}\n\n`;
    const { status, stdout } = rhi(['batch', '-'], text);
    assert.equal(status, 0);
    assert.equal(JSON.parse(stdout).line, 2);
  });

  it('names a records file that does not exist', () => {
    const { status, stderr } = rhi(['batch', 'no-such-records.ndjson']);
    assert.equal(status, 1);
    assert.equal(stderr, 'no-such-records.ndjson  the file does not exist\n');
  });
});
