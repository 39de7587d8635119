// The safety floor: a locality cannot take the base's canonical cases (trafficking, county lines,
// immediate danger, a worker's view of high…) below their level or without their referrals. The
// loader refuses it and names the case and what the locality changed; the base's cases travel with
// every composed ruleset, the built JSON a page loads included.
import { expect } from 'chai';
import {
  checkSafetyFloor,
  composeCheckedRuleset,
  createAssessor,
  type RuleFilesByRuleset,
} from '../../packages/engine/src/index.js';
import type { FloorCasesFile, ResolvedRuleset, Rule, RuleFile, RuleFileSource } from '../../packages/engine/src/types.js';
import { describe, it, loadJson } from '../support/harness.js';

const englandFiles = ['ruleset.json', 'risk.rules.json', 'referrals.rules.json', 'actions.rules.json', 'parent-carer.rules.json', 'floor-cases.json'];

async function england(): Promise<RuleFileSource[]> {
  return Promise.all(
    englandFiles.map(async (name) => ({ file: `rules/england/${name}`, rulesetId: 'england', content: await loadJson<RuleFile>(`rules/england/${name}`) })),
  );
}

function locality(manifest: Partial<RuleFile>, others: Record<string, RuleFile | FloorCasesFile> = {}): RuleFileSource[] {
  return [
    {
      file: 'rules/hostile/ruleset.json',
      rulesetId: 'hostile',
      content: { id: 'hostile', version: '1', extends: 'england', title: { en: 'Hostile', cy: 'Gelyniaethus' }, ...manifest },
    },
    ...Object.entries(others).map(([name, content]) => ({ file: `rules/hostile/${name}`, rulesetId: 'hostile', content })),
  ];
}

async function mediumAndHighRuleIds(): Promise<string[]> {
  const risk = await loadJson<RuleFile>('rules/england/risk.rules.json');
  return (risk.rules ?? []).filter((rule) => rule.outcome.riskLevel === 'high' || rule.outcome.riskLevel === 'medium').map((rule) => rule.id);
}

describe('the safety floor of the England rules', () => {
  it('holds for England as shipped', async () => {
    const { ruleset, problems } = await composeCheckedRuleset({ england: await england() }, 'england');
    expect(problems).to.deep.equal([]);
    const ids = ruleset!.floor!.map((floorCase) => floorCase.id);
    for (const id of ['trafficking', 'county-lines', 'criminal-exploitation', 'sexual-exploitation', 'immediate-danger', 'worker-view-high', 'sexual-harm', 'physical-harm']) {
      expect(ids).to.include(id);
    }
  });

  it('refuses a locality that disables every medium and high rule, naming each case and the disable entry that took it below', async () => {
    const disabled = await mediumAndHighRuleIds();
    const files: RuleFilesByRuleset = { england: await england(), hostile: locality({ disable: disabled }) };
    const { ruleset, problems } = await composeCheckedRuleset(files, 'hostile');
    expect(ruleset).to.equal(undefined);
    const trafficking = problems.find((problem) => problem.message.includes("'trafficking'"));
    expect(trafficking, JSON.stringify(problems, null, 2)).to.not.equal(undefined);
    expect(trafficking!.file).to.equal('rules/hostile/ruleset.json');
    expect(trafficking!.pointer).to.equal(`/disable/${disabled.indexOf('risk.trafficking')}`);
    expect(trafficking!.message).to.match(/at least high/);
    expect(trafficking!.message).to.match(/assesses it low/);
    expect(trafficking!.message).to.include("'risk.trafficking'");
    expect(trafficking!.hint).to.include('rules/england/floor-cases.json');
    for (const id of ['county-lines', 'immediate-danger', 'worker-view-high', 'harm-by-parent-or-carer']) {
      expect(problems.some((problem) => problem.message.includes(`'${id}'`)), id).to.equal(true);
    }
  });

  it('refuses a locality that replaces the worker-view-high rule with one that gives low, at the replacing rule', async () => {
    const replacement: Rule = {
      id: 'risk.worker-view-high',
      description: { en: 'Worker view', cy: 'Barn y gweithiwr' },
      message: { en: 'The worker thinks the risk is high.', cy: "Mae'r gweithiwr o'r farn bod y risg yn uchel." },
      conditions: { any: [{ fact: 'afterReturn.workerRiskView', operator: 'equal', value: 'high' }] },
      outcome: { riskLevel: 'low' },
    };
    const files: RuleFilesByRuleset = { england: await england(), hostile: locality({}, { 'local.rules.json': { rules: [replacement] } }) };
    const { ruleset, problems } = await composeCheckedRuleset(files, 'hostile');
    expect(ruleset).to.equal(undefined);
    expect(problems).to.have.length.greaterThan(0);
    const problem = problems.find((found) => found.message.includes("'worker-view-high'"))!;
    expect(problem.file).to.equal('rules/hostile/local.rules.json');
    expect(problem.pointer).to.equal('/rules/0');
    expect(problem.message).to.match(/replaces the rule 'risk\.worker-view-high'/);
  });

  it('refuses a locality that drops a referral the floor needs (county lines without the National Referral Mechanism)', async () => {
    const files: RuleFilesByRuleset = { england: await england(), hostile: locality({ disable: ['referral.national-referral-mechanism'] }) };
    const { problems } = await composeCheckedRuleset(files, 'hostile');
    const problem = problems.find((found) => found.message.includes("'county-lines'"))!;
    expect(problem.message).to.match(/recommends no referral to national-referral-mechanism/);
    expect(problem.pointer).to.equal('/disable/0');
  });

  it('says it in Welsh', async () => {
    const files: RuleFilesByRuleset = { england: await england(), hostile: locality({ disable: ['risk.trafficking'] }) };
    const { problems } = await composeCheckedRuleset(files, 'hostile', 'cy');
    expect(problems[0].message).to.match(/achos llawr diogelwch 'trafficking'/);
    expect(problems[0].message).to.match(/yn ei asesu'n/);
    expect(problems[0].hint).to.match(/ni all ardal ostwng/);
  });

  it('does not let a locality rewrite a floor case, and holds a case the locality adds', async () => {
    const rewritten: FloorCasesFile = {
      cases: [{ id: 'trafficking', title: { en: 'Weaker', cy: 'Gwannach' }, now: '2026-05-12T14:00:00Z', answers: { indicators: ['trafficking'] }, minimumLevel: 'low' }],
    };
    const refused = await composeCheckedRuleset({ england: await england(), hostile: locality({}, { 'floor-cases.json': rewritten }) }, 'hostile');
    expect(refused.ruleset).to.equal(undefined);
    expect(refused.problems[0]).to.include({ file: 'rules/hostile/floor-cases.json', pointer: '/cases/0/id' });

    const added: FloorCasesFile = {
      cases: [{ id: 'found-out-of-area', title: { en: 'Found out of area', cy: "Wedi'i ganfod y tu allan i'r ardal" }, now: '2026-05-12T14:00:00Z', answers: { episode: { foundOutOfArea: true } }, minimumLevel: 'high' }],
    };
    const held = await composeCheckedRuleset({ england: await england(), hostile: locality({}, { 'floor-cases.json': added }) }, 'hostile');
    expect(held.ruleset).to.equal(undefined);
    expect(held.problems[0].message).to.include("'found-out-of-area'");
  });
});

describe('the safety floor in the built ruleset a page loads', () => {
  it('travels with the built JSON, which meets it; the same JSON without the trafficking rule does not', async () => {
    const built = await loadJson<ResolvedRuleset>('packages/engine/dist/rulesets/example-locality.json');
    expect(built.floor!.length).to.be.greaterThan(10);
    expect(await checkSafetyFloor(built)).to.deep.equal([]);
    const stripped: ResolvedRuleset = { ...built, rules: built.rules.filter((rule) => rule.id !== 'risk.trafficking' && rule.id !== 'risk.criminal-exploitation') };
    const problems = await checkSafetyFloor(stripped);
    expect(problems.map((problem) => problem.message).join('\n')).to.include("'trafficking'");
    const assessment = await createAssessor(stripped).assess({ indicators: ['trafficking'] }, { now: '2026-05-12T14:00:00Z' });
    expect(assessment.riskLevel).to.not.equal('high'); // what the floor catches
  });
});
