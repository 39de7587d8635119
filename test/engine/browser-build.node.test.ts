// The engine's browser build (packages/engine/dist/engine.browser.js) swaps json-rules-engine's
// dependencies for small stand-ins (packages/engine/src/browser/). Browser tests run the engine
// from source with the real dependencies, so this test holds the built file to the source engine:
// the same assessment for every worked scenario, for generated answers, and when a rule throws.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as sourceEngine from '../../packages/engine/src/index.js';
import type { ResolvedRuleset } from '../../packages/engine/src/types.js';
import { fuzzRuns } from '../support/fuzz-settings.js';
import { loadResolvedRuleset, loadScenarios } from '../support/harness.js';

const builtFile = new URL('../../packages/engine/dist/engine.browser.js', import.meta.url);
if (!existsSync(builtFile)) throw new Error('packages/engine/dist/engine.browser.js is missing: run `npm run build` first (npm test does).');
const builtEngine = (await import(builtFile.href)) as typeof sourceEngine;

const now = '2026-06-15T12:00:00Z';
const england = await loadResolvedRuleset('england');
const indicatorValues = ['sexual-exploitation', 'criminal-exploitation', 'county-lines', 'self-harm', 'weapons', 'trafficking'];
const answersArbitrary = fc.record(
  {
    child: fc.record({ dateOfBirth: fc.constantFrom('2010-05-01', '2014-02-28', '2016-02-29'), ableToConsent: fc.constantFrom('yes', 'no', 'unsure') }, { requiredKeys: [] }),
    episode: fc.record(
      { returnedAt: fc.constantFrom('2026-06-13T22:00:00Z', '2026-06-10T08:00:00Z'), type: fc.constantFrom('missing', 'away-from-placement') },
      { requiredKeys: [] },
    ),
    indicators: fc.uniqueArray(fc.constantFrom(...indicatorValues), { maxLength: 3 }),
    disclosures: fc.record({ harmByParentOrCarer: fc.boolean(), immediateDanger: fc.boolean() }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

describe('the engine browser build', () => {
  it('assesses every worked scenario exactly as the source engine does', async () => {
    for (const { scenario } of await loadScenarios()) {
      const ruleset = await loadResolvedRuleset(scenario.ruleset);
      const options = { now: scenario.now };
      assert.deepEqual(
        await builtEngine.createAssessor(ruleset).assess(scenario.answers, options),
        await sourceEngine.createAssessor(ruleset).assess(scenario.answers, options),
        scenario.id,
      );
    }
  });

  it('assesses generated answers exactly as the source engine does', async () => {
    const built = builtEngine.createAssessor(england);
    const source = sourceEngine.createAssessor(england);
    await fc.assert(
      fc.asyncProperty(answersArbitrary, async (answers) => {
        assert.deepEqual(await built.assess(answers, { now }), await source.assess(answers, { now }));
      }),
      fuzzRuns(100),
    );
  });

  it('fails safe as the source engine does when a rule throws', async () => {
    const brokenRule = { ...england.rules[0], id: 'test.broken', conditions: { all: [{ fact: 'child.gender', operator: 'in', value: null }] } };
    const broken = { ...england, rules: [...england.rules, brokenRule] } as ResolvedRuleset;
    const answers = { indicators: ['county-lines'], episode: { returnedAt: '2026-06-13T22:00:00Z' } };
    const built = await builtEngine.createAssessor(broken).assess(answers, { now });
    assert.equal(built.failed, true);
    assert.deepEqual(built, await sourceEngine.createAssessor(broken).assess(answers, { now }));
  });
});
