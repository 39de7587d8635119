// The engine's problem messages exist in Welsh as well as English: every message has a Welsh
// form, and loading a broken ruleset or checking bad answers with lang 'cy' speaks Welsh.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadRuleset, problemWordsCy, problemWordsEn, validateAnswers } from '../../packages/engine/src/engine-node.js';

const realRules = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');
const tempRoots: string[] = [];

after(() => {
  for (const root of tempRoots) fs.rmSync(root, { recursive: true, force: true });
});

/** Samples of a word: strings as they are, functions called with a sample argument, maps flattened. */
function samples(word: unknown): string[] {
  if (typeof word === 'string') return [word];
  if (typeof word === 'function') {
    // A list of names reads as text too, so one sample suits every parameter.
    const args = Array.from({ length: Math.max(word.length, 1) }, () => ['sample', 'other']);
    return [String((word as (...a: unknown[]) => unknown)(...args))];
  }
  if (typeof word === 'object' && word !== null) return Object.values(word).flatMap(samples);
  return [String(word)];
}

describe('problem words', () => {
  it('has every English message in Welsh, non-empty and different', () => {
    const keys = Object.keys(problemWordsEn) as (keyof typeof problemWordsEn)[];
    assert.ok(keys.length > 50);
    for (const key of keys) {
      assert.ok(key in problemWordsCy, `${key} has no Welsh`);
      const en = samples(problemWordsEn[key]);
      const cy = samples(problemWordsCy[key]);
      assert.equal(cy.length, en.length, key);
      cy.forEach((text, index) => {
        assert.ok(text.trim() !== '', `${key} is empty in Welsh`);
        assert.notEqual(text, en[index], `${key} is the same in Welsh as in English`);
      });
    }
    assert.deepEqual(Object.keys(problemWordsCy.parseErrors).sort(), Object.keys(problemWordsEn.parseErrors).sort());
    assert.deepEqual(Object.keys(problemWordsCy.typeWords).sort(), Object.keys(problemWordsEn.typeWords).sort());
  });

  it('reports an unknown fact in a rule file in Welsh', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rhi-welsh-rules-'));
    tempRoots.push(root);
    const rulesDir = path.join(root, 'rules');
    fs.cpSync(realRules, rulesDir, { recursive: true });
    const file = path.join(rulesDir, 'england', 'risk.rules.json');
    const text = fs.readFileSync(file, 'utf8');
    const broken = text.replace('"fact": "indicators"', '"fact": "indicator"');
    assert.notEqual(broken, text);
    fs.writeFileSync(file, broken);

    const welsh = await loadRuleset('england', { rulesDir, cwd: root, lang: 'cy' });
    assert.equal(welsh.ruleset, undefined);
    const problem = welsh.problems.find((p) => p.message.includes('indicator'));
    assert.ok(problem, JSON.stringify(welsh.problems));
    assert.match(problem.message, /ffaith anhysbys 'indicator'/);
    assert.equal(problem.hint, "oeddech chi'n golygu 'indicators'?");

    const english = await loadRuleset('england', { rulesDir, cwd: root });
    assert.equal(english.problems.find((p) => p.pointer === problem.pointer)?.message, "unknown fact 'indicator'");
  });

  it('reports a bad answer in Welsh', () => {
    const problems = validateAnswers({ child: { gender: 'boy' } }, 'answers.json', undefined, 'cy');
    const problem = problems.find((p) => p.message.includes('child.gender'));
    assert.ok(problem, JSON.stringify(problems));
    assert.match(problem.message, /^ni all 'child\.gender' fod y gwerth hwn$/);
    assert.match(problem.hint ?? '', /^defnyddiwch un o: /);
  });
});
