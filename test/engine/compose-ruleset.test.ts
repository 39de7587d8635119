// Locality overlays: settings merge, rules are added, replaced or disabled by id, and every rule
// says which file it came from.
import { expect } from 'chai';
import { composeRuleset, type RuleFilesByRuleset } from '../../packages/engine/src/index.js';
import type { Rule, RuleFile } from '../../packages/engine/src/types.js';
import { describe, it } from '../support/harness.js';

function rule(id: string, level: 'low' | 'medium' | 'high' = 'low'): Rule {
  return {
    id,
    description: { en: id, cy: id },
    message: { en: id, cy: id },
    conditions: { all: [{ fact: 'episode.foundOutOfArea', operator: 'equal', value: true }] },
    outcome: { riskLevel: level },
  };
}

function folder(rulesetId: string, manifest: RuleFile, others: Record<string, RuleFile> = {}) {
  return [
    { file: `rules/${rulesetId}/ruleset.json`, rulesetId, content: manifest },
    ...Object.entries(others).map(([name, content]) => ({ file: `rules/${rulesetId}/${name}`, rulesetId, content })),
  ];
}

const base = folder(
  'base',
  {
    id: 'base',
    version: '1',
    title: { en: 'Base', cy: 'Sylfaen' },
    settings: { repeatEpisodes: { count: 3, withinDays: 90 }, timeZone: 'Europe/London' },
    agencies: { police: { name: { en: 'Police', cy: 'Heddlu' }, consent: 'not-needed' } },
  },
  { 'risk.rules.json': { rules: [rule('risk.a'), rule('risk.b'), rule('risk.c')] } },
);

describe('composing a locality over its base', () => {
  it('merges settings field by field and agencies agency by agency', () => {
    const files: RuleFilesByRuleset = {
      base,
      local: folder('local', {
        id: 'local',
        version: '2',
        extends: 'base',
        title: { en: 'Local', cy: 'Lleol' },
        settings: { repeatEpisodes: { withinDays: 30 } },
        agencies: { police: { contact: { phone: '101' } } },
      }),
    };
    const { ruleset, problems } = composeRuleset(files, 'local');
    expect(problems).to.deep.equal([]);
    expect(ruleset?.settings.repeatEpisodes).to.deep.equal({ count: 3, withinDays: 30 });
    expect(ruleset?.settings.timeZone).to.equal('Europe/London');
    expect(ruleset?.agencies.police).to.deep.equal({ name: { en: 'Police', cy: 'Heddlu' }, consent: 'not-needed', contact: { phone: '101' } });
    expect(ruleset?.chain).to.deep.equal(['base', 'local']);
  });

  it('adds, replaces and disables rules by id, recording where each came from', () => {
    const files: RuleFilesByRuleset = {
      base,
      local: folder(
        'local',
        { id: 'local', version: '2', extends: 'base', title: { en: 'Local', cy: 'Lleol' }, disable: ['risk.c'] },
        { 'local.rules.json': { rules: [rule('risk.b', 'high'), rule('local.d')] } },
      ),
    };
    const { ruleset } = composeRuleset(files, 'local');
    expect(ruleset?.rules.map((r) => r.id)).to.deep.equal(['risk.a', 'risk.b', 'local.d']);
    const replaced = ruleset?.rules.find((r) => r.id === 'risk.b');
    expect(replaced?.outcome.riskLevel).to.equal('high');
    expect(replaced?.source).to.deep.equal({ file: 'rules/local/local.rules.json', rulesetId: 'local', pointer: '/rules/0' });
    expect(replaced?.replaces?.file).to.equal('rules/base/risk.rules.json');
    expect(ruleset?.disabled).to.deep.equal([
      {
        id: 'risk.c',
        by: { file: 'rules/local/ruleset.json', rulesetId: 'local', pointer: '/disable/0' },
        source: { file: 'rules/base/risk.rules.json', rulesetId: 'base', pointer: '/rules/2' },
      },
    ]);
  });

  it('refuses to disable a rule that does not exist, and suggests the nearest id', () => {
    const files: RuleFilesByRuleset = {
      base,
      local: folder('local', { id: 'local', version: '2', extends: 'base', title: { en: 'L', cy: 'L' }, disable: ['risk.bb'] }),
    };
    const { ruleset, problems } = composeRuleset(files, 'local');
    expect(ruleset).to.equal(undefined);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ file: 'rules/local/ruleset.json', pointer: '/disable/0' });
    expect(problems[0].hint).to.match(/did you mean 'risk\.(b|a|c)'/);
  });

  it('reports a circle of extends', () => {
    const files: RuleFilesByRuleset = {
      one: folder('one', { id: 'one', version: '1', extends: 'two', title: { en: '1', cy: '1' } }),
      two: folder('two', { id: 'two', version: '1', extends: 'one', title: { en: '2', cy: '2' } }),
    };
    const { problems } = composeRuleset(files, 'one');
    expect(problems[0].message).to.contain('one → two → one');
    expect(problems[0].pointer).to.equal('/extends');
  });

  it('reports a rule id used twice in one ruleset and an unknown base', () => {
    const twice = composeRuleset(
      { base: folder('base', { id: 'base', version: '1', title: { en: 'B', cy: 'B' } }, { 'x.rules.json': { rules: [rule('risk.a'), rule('risk.a')] } }) },
      'base',
    );
    expect(twice.problems[0].message).to.contain("'risk.a' is used twice");
    const unknown = composeRuleset({ local: folder('local', { id: 'local', version: '1', extends: 'englnd', title: { en: 'L', cy: 'L' } }), england: base }, 'local');
    expect(unknown.problems[0].message).to.contain("no ruleset 'englnd'");
    expect(unknown.problems[0].hint).to.contain("'england'");
  });
});
