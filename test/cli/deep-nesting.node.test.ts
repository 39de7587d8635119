// JSON nested thousands of levels deep (a generator gone wrong, or a hostile file) overflowed the
// stack of the parser and checkers and ended in "rhi: internal error". It is now refused first,
// with a message naming the file, line and column where it goes too deep, in English and Welsh.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runRhi } from './run-rhi.js';

const folder = mkdtempSync(join(tmpdir(), 'rhi-deep-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const nestedObjects = (levels: number) => '{"child":'.repeat(levels) + '1' + '}'.repeat(levels);
const deepAnswers = join(folder, 'deep-answers.json');
writeFileSync(deepAnswers, nestedObjects(5000));
const deepList = join(folder, 'deep-list.json');
writeFileSync(deepList, `{"indicators":${'['.repeat(5000)}1${']'.repeat(5000)}}`);
const deepLocality = join(folder, 'deep-locality');
mkdirSync(deepLocality);
writeFileSync(join(deepLocality, 'ruleset.json'), nestedObjects(3000));
const notSoDeep = join(folder, 'not-so-deep.json');
writeFileSync(notSoDeep, nestedObjects(150));

describe('JSON nested too deeply', () => {
  it('rhi assess names the file, line and column, and never shows an internal error', () => {
    const result = runRhi(['assess', deepAnswers]);
    assert.equal(result.status, 1);
    // 200 levels of `{"child":` (9 characters each) end at column 1800; the 201st brace is at 1801.
    assert.match(result.stderr, /deep-answers\.json:1:1801 {2}the JSON is nested more than 200 levels deep here/);
    assert.doesNotMatch(result.stderr, /internal error|at .*\.js:\d+/);
  });

  it('counts lists as levels too', () => {
    const result = runRhi(['assess', deepList]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /deep-list\.json:1:\d+ {2}the JSON is nested more than 200 levels deep here/);
  });

  it('says it in Welsh with --lang cy', () => {
    const result = runRhi(['assess', deepAnswers, '--lang', 'cy']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /mae'r JSON wedi'i nythu fwy na 200 lefel o ddyfnder yma/);
  });

  it('rhi batch rejects the line and goes on', () => {
    const result = runRhi(['batch', deepAnswers]);
    assert.equal(result.status, 1);
    const [line] = result.stdout.trim().split('\n').map((text) => JSON.parse(text) as { line: number; error?: string });
    assert.equal(line.line, 1);
    assert.match(line.error ?? '', /deep-answers\.json:1:1801 {2}the JSON is nested more than 200 levels deep here/);
    assert.doesNotMatch(result.stderr, /internal error/);
  });

  it('rhi validate names the rule file', () => {
    const result = runRhi(['validate', deepLocality]);
    assert.equal(result.status, 1);
    assert.match(result.stdout + result.stderr, /deep-locality\/ruleset\.json:1:1801 {2}the JSON is nested more than 200 levels deep here/);
  });

  it('reads JSON under the limit as usual: the answers are checked against the schema', () => {
    const result = runRhi(['assess', notSoDeep]);
    assert.equal(result.status, 1);
    assert.doesNotMatch(result.stderr, /nested more than/);
    assert.match(result.stderr, /not-so-deep\.json:/);
  });
});
