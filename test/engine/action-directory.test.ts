// The action directory: every referral and action an assessment recommends carries its name from
// the ruleset's directories, in the assessment's language; a locality adds and renames actions
// like it does agencies; an action a rule asks for without a name is reported where it is written.
import { expect } from 'chai';
import { checkRuleset, composeRuleset, createAssessor, MANUAL_REVIEW_ACTION, type RuleFilesByRuleset } from '../../packages/engine/src/index.js';
import type { ResolvedRuleset, Rule, RuleFile } from '../../packages/engine/src/types.js';
import { defaultSettings } from '../support/default-settings.js';
import { describe, it, loadResolvedRuleset, loadScenarios } from '../support/harness.js';

const now = '2026-03-04T10:00:00Z';
const grooming = { indicators: ['online-grooming'] };

function groomingRule(actions: string[]): Rule {
  return {
    id: 'risk.grooming',
    description: { en: 'Online grooming', cy: 'Meithrin perthynas amhriodol ar-lein' },
    message: { en: 'Signs of online grooming.', cy: 'Arwyddion o feithrin perthynas amhriodol ar-lein.' },
    conditions: { any: [{ fact: 'indicators', operator: 'contains', value: 'online-grooming' }] },
    outcome: { riskLevel: 'high', referrals: [{ agency: 'police', urgency: 'immediate' }], actions },
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
    settings: defaultSettings,
    agencies: { police: { name: { en: 'Police', cy: 'Heddlu' }, consent: 'not-needed' } },
    actions: {
      'strategy-discussion': { name: { en: 'Hold a strategy discussion', cy: 'Cynnal trafodaeth strategaeth' } },
      'ask-carer': { name: { en: 'Ask the parent or carer', cy: "Gofyn i'r rhiant neu'r gofalwr" } },
    },
  },
  { 'risk.rules.json': { rules: [groomingRule(['strategy-discussion'])] } },
);

function composed(files: RuleFilesByRuleset, id: string): ResolvedRuleset {
  const { ruleset, problems } = composeRuleset(files, id);
  expect(problems).to.deep.equal([]);
  return ruleset!;
}

describe('the action directory', () => {
  it('names each referral and action from the directories, in English and in Welsh', async () => {
    const assessor = createAssessor(composed({ base }, 'base'));
    const english = await assessor.assess(grooming, { now, lang: 'en' });
    const welsh = await assessor.assess(grooming, { now, lang: 'cy' });
    expect(english.referrals.map(({ agency, name }) => ({ agency, name }))).to.deep.equal([{ agency: 'police', name: 'Police' }]);
    expect(welsh.referrals.map(({ agency, name }) => ({ agency, name }))).to.deep.equal([{ agency: 'police', name: 'Heddlu' }]);
    expect(english.actions.map(({ id, name }) => ({ id, name }))).to.deep.equal([{ id: 'strategy-discussion', name: 'Hold a strategy discussion' }]);
    expect(welsh.actions.map(({ id, name }) => ({ id, name }))).to.deep.equal([{ id: 'strategy-discussion', name: 'Cynnal trafodaeth strategaeth' }]);
  });

  it('names an action the directory lacks by its id, so nothing is dropped', async () => {
    const ruleset: ResolvedRuleset = { ...composed({ base }, 'base'), actions: {} };
    const assessment = await createAssessor(ruleset).assess(grooming, { now });
    expect(assessment.actions.map(({ id, name }) => ({ id, name }))).to.deep.equal([{ id: 'strategy-discussion', name: 'strategy-discussion' }]);
  });

  it('names the manual review the engine adds when the rules fail, in the language asked for', async () => {
    const broken: Rule = { ...groomingRule([]), id: 'risk.broken', conditions: { all: [{ fact: 'child.gender', operator: 'in', value: null }] }, outcome: { riskLevel: 'low' } };
    const ruleset = composed({ base }, 'base');
    const failing: ResolvedRuleset = { ...ruleset, rules: [...ruleset.rules, { ...broken, source: ruleset.rules[0].source }] };
    const english = await createAssessor(failing).assess({ child: { gender: 'female' } }, { now, lang: 'en' });
    const welsh = await createAssessor(failing).assess({ child: { gender: 'female' } }, { now, lang: 'cy' });
    expect(english.actions[0]).to.include({ id: MANUAL_REVIEW_ACTION, name: 'A manager reviews the case by hand' });
    expect(welsh.actions[0]).to.include({ id: MANUAL_REVIEW_ACTION, name: "Rheolwr yn adolygu'r achos â llaw" });
  });

  it("takes a locality's own actions and new names over its base's, and keeps the rest", async () => {
    const local = folder(
      'local',
      {
        id: 'local',
        version: '2',
        extends: 'base',
        title: { en: 'Local', cy: 'Lleol' },
        actions: {
          'strategy-discussion': { name: { en: 'Ask the MASH for a strategy meeting', cy: "Gofyn i'r MASH am gyfarfod strategaeth" } },
          'consult-exploitation-hub': { name: { en: 'Consult the Exploitation Hub', cy: "Ymgynghori â'r Hyb Camfanteisio" } },
        },
      },
      { 'local.rules.json': { rules: [groomingRule(['strategy-discussion', 'consult-exploitation-hub'])] } },
    );
    const ruleset = composed({ base, local }, 'local');
    expect(ruleset.actions).to.deep.equal({
      'strategy-discussion': { name: { en: 'Ask the MASH for a strategy meeting', cy: "Gofyn i'r MASH am gyfarfod strategaeth" } },
      'ask-carer': { name: { en: 'Ask the parent or carer', cy: "Gofyn i'r rhiant neu'r gofalwr" } },
      'consult-exploitation-hub': { name: { en: 'Consult the Exploitation Hub', cy: "Ymgynghori â'r Hyb Camfanteisio" } },
    });
    expect(ruleset.origins?.actions).to.deep.equal({
      'strategy-discussion': 'rules/local/ruleset.json',
      'ask-carer': 'rules/base/ruleset.json',
      'consult-exploitation-hub': 'rules/local/ruleset.json',
    });
    expect(checkRuleset(ruleset)).to.deep.equal([]);

    const welsh = await createAssessor(ruleset).assess(grooming, { now, lang: 'cy' });
    expect(welsh.actions.map(({ id, name }) => ({ id, name }))).to.deep.equal([
      { id: 'strategy-discussion', name: "Gofyn i'r MASH am gyfarfod strategaeth" },
      { id: 'consult-exploitation-hub', name: "Ymgynghori â'r Hyb Camfanteisio" },
    ]);
  });
});

describe('checking the action directory', () => {
  it('reports a rule asking for an action the directory does not name, at the rule, with a suggestion', () => {
    const local = folder('local', { id: 'local', version: '2', extends: 'base', title: { en: 'Local', cy: 'Lleol' } }, {
      'local.rules.json': { rules: [groomingRule(['ask-carer', 'ask-carers', 'call-the-duty-manager'])] },
    });
    const problems = checkRuleset(composed({ base, local }, 'local'));
    expect(problems.map(({ file, pointer }) => ({ file, pointer }))).to.deep.equal([
      { file: 'rules/local/local.rules.json', pointer: '/rules/0/outcome/actions/1' },
      { file: 'rules/local/local.rules.json', pointer: '/rules/0/outcome/actions/2' },
    ]);
    expect(problems[0].message).to.equal("the action 'ask-carers' has no name in the action directory");
    expect(problems[0].hint).to.equal("did you mean 'ask-carer'?");
    expect(problems[1].hint).to.equal('add "call-the-duty-manager": { "name": { "en": "…", "cy": "…" } } to "actions" in ruleset.json');
  });

  it('reports a directory entry without its Welsh name in the file that wrote it, in English or Welsh', () => {
    const local = folder('local', {
      id: 'local',
      version: '2',
      extends: 'base',
      title: { en: 'Local', cy: 'Lleol' },
      actions: { 'consult-exploitation-hub': { name: { en: 'Consult the Exploitation Hub', cy: ' ' } } },
    });
    const ruleset = composed({ base, local }, 'local');
    const english = checkRuleset(ruleset, 'en');
    expect(english).to.deep.equal([
      {
        file: 'rules/local/ruleset.json',
        pointer: '/actions/consult-exploitation-hub',
        message: "the action 'consult-exploitation-hub' has no name in both English and Welsh",
        hint: 'add "name": { "en": "…", "cy": "…" }',
      },
    ]);
    const [welsh] = checkRuleset(ruleset, 'cy');
    expect(welsh.pointer).to.equal('/actions/consult-exploitation-hub');
    expect(welsh.message).to.equal("nid oes gan y cam gweithredu 'consult-exploitation-hub' enw yn Saesneg ac yn Gymraeg");
  });

  it('reports an entry with no name at all', () => {
    const ruleset: ResolvedRuleset = { ...composed({ base }, 'base') };
    ruleset.actions = { ...ruleset.actions, 'ask-carer': {} as never };
    expect(checkRuleset(ruleset).map(({ file, pointer }) => ({ file, pointer }))).to.deep.equal([
      { file: 'rules/base/ruleset.json', pointer: '/actions/ask-carer' },
    ]);
  });
});

describe('the shipped rulesets', () => {
  for (const rulesetId of ['england', 'wales', 'example-locality']) {
    it(`${rulesetId} names, in English and Welsh, every action its rules ask for`, async () => {
      const ruleset = await loadResolvedRuleset(rulesetId);
      const asked = new Set(ruleset.rules.flatMap((rule) => rule.outcome.actions ?? []));
      expect(asked.size).to.be.greaterThan(0);
      for (const id of asked) {
        const name = ruleset.actions?.[id]?.name;
        expect(name?.en, `${id} in English`).to.be.a('string').and.not.equal('');
        expect(name?.cy, `${id} in Welsh`).to.be.a('string').and.not.equal('');
        expect(name?.cy, `${id} in Welsh differs from English`).not.to.equal(name?.en);
      }
      expect(checkRuleset(ruleset)).to.deep.equal([]);
    });
  }

  it("gives the worked scenarios' referrals and actions their directory names, in English and Welsh", async () => {
    for (const { scenario } of await loadScenarios()) {
      const ruleset = await loadResolvedRuleset(scenario.ruleset);
      for (const lang of ['en', 'cy'] as const) {
        const assessment = await createAssessor(ruleset).assess(scenario.answers, { now: scenario.now, lang });
        for (const referral of assessment.referrals) expect(referral.name, `${scenario.id} ${referral.agency}`).to.equal(ruleset.agencies[referral.agency].name[lang]);
        for (const action of assessment.actions) expect(action.name, `${scenario.id} ${action.id}`).to.equal(ruleset.actions?.[action.id]?.name[lang]);
      }
    }
  });

  it("names the example locality's own action with its own name", async () => {
    const ruleset = await loadResolvedRuleset('example-locality');
    const answers = { indicators: ['county-lines'], local: { exploitationHubConsulted: false } };
    const english = await createAssessor(ruleset).assess(answers, { now, lang: 'en' });
    const welsh = await createAssessor(ruleset).assess(answers, { now, lang: 'cy' });
    expect(english.actions.find((action) => action.id === 'consult-exploitation-hub')?.name).to.equal('Consult the Exploitation Hub');
    expect(welsh.actions.find((action) => action.id === 'consult-exploitation-hub')?.name).to.equal("Ymgynghori â'r Hyb Camfanteisio");
  });
});
