// When each action is due: the action directory's `due` (hours after the return or the interview)
// gives the assessment's actions a `dueBy` and an `overdue`, worked on instants like the offer
// clock; a doubtful date leaves the time out or brings it earlier, never later.
import { expect } from 'chai';
import { checkRuleset, composeRuleset, createAssessor, validateAssessment, validateRuleFile } from '../../packages/engine/src/index.js';
import type { ActionDefinition, ResolvedRuleset, Rule } from '../../packages/engine/src/types.js';
import { defaultSettings } from '../support/default-settings.js';
import { describe, it, loadResolvedRuleset } from '../support/harness.js';

const notOffered = (returnedAt: string) => ({ episode: { returnedAt }, interview: { outcome: 'not-offered' } });

const groomingRule: Rule = {
  id: 'risk.grooming',
  description: { en: 'Online grooming', cy: 'Meithrin perthynas amhriodol ar-lein' },
  message: { en: 'Signs of online grooming.', cy: 'Arwyddion o feithrin perthynas amhriodol ar-lein.' },
  conditions: { any: [{ fact: 'indicators', operator: 'contains', value: 'online-grooming' }] },
  outcome: { riskLevel: 'high', actions: ['strategy-discussion'] },
};

/** A one-rule ruleset whose strategy discussion has the given due time. */
function rulesetWithDue(due: ActionDefinition['due']): ResolvedRuleset {
  const { ruleset, problems } = composeRuleset(
    {
      local: [
        {
          file: 'rules/local/ruleset.json',
          rulesetId: 'local',
          content: {
            id: 'local',
            version: '1',
            title: { en: 'Local', cy: 'Lleol' },
            settings: defaultSettings,
            agencies: {},
            actions: { 'strategy-discussion': { name: { en: 'Hold a strategy discussion', cy: 'Cynnal trafodaeth strategaeth' }, ...(due ? { due } : {}) } },
          },
        },
        { file: 'rules/local/risk.rules.json', rulesetId: 'local', content: { rules: [groomingRule] } },
      ],
    },
    'local',
  );
  expect(problems).to.deep.equal([]);
  return ruleset!;
}

const groomed = (answers: Record<string, unknown>) => ({ indicators: ['online-grooming'], ...answers });

describe('when an action is due', () => {
  it("makes England's offer-interview action due when the offer is due (the offer window), and overdue once that has passed", async () => {
    const assessor = createAssessor(await loadResolvedRuleset('england'));
    const waiting = await assessor.assess(notOffered('2026-05-09T13:00:00Z'), { now: '2026-05-10T09:00:00Z' });
    const offer = waiting.actions.find((action) => action.id === 'offer-interview');
    expect(offer).to.include({ dueBy: '2026-05-12T13:00:00.000Z', overdue: false });
    expect(offer?.dueBy).to.equal(waiting.rhi.offerDueBy);
    expect(validateAssessment(waiting, 'waiting')).to.deep.equal([]);

    const late = await assessor.assess(notOffered('2026-05-09T13:00:00Z'), { now: '2026-05-12T13:00:01Z' });
    expect(late.actions.find((action) => action.id === 'offer-interview')).to.include({ dueBy: '2026-05-12T13:00:00.000Z', overdue: true });
  });

  it('follows the offer window when a locality changes offerWithinHours, with no second number to keep in step', async () => {
    const england = await loadResolvedRuleset('england');
    const ruleset: ResolvedRuleset = { ...england, settings: { ...england.settings, offerWithinHours: 48 } };
    const assessment = await createAssessor(ruleset).assess(notOffered('2026-05-09T13:00:00Z'), { now: '2026-05-10T09:00:00Z' });
    expect(assessment.actions.find((action) => action.id === 'offer-interview')?.dueBy).to.equal('2026-05-11T13:00:00.000Z');
  });

  it('counts hours from the interview when the directory says so, and the same in Welsh', async () => {
    const assessor = createAssessor(rulesetWithDue({ from: 'interview', withinHours: 24 }));
    const answers = groomed({ episode: { returnedAt: '2026-05-09T13:00:00Z' }, interview: { conductedAt: '2026-05-10T15:30:00Z' } });
    for (const lang of ['en', 'cy'] as const) {
      const assessment = await assessor.assess(answers, { now: '2026-05-11T10:00:00Z', lang });
      expect(assessment.actions[0]).to.include({ id: 'strategy-discussion', dueBy: '2026-05-11T15:30:00.000Z', overdue: false });
    }
  });

  it('gives no due time where the directory gives none, or before the answer it counts from is given', async () => {
    const none = await createAssessor(rulesetWithDue(undefined)).assess(groomed({ episode: { returnedAt: '2026-05-09T13:00:00Z' } }), { now: '2026-05-10T09:00:00Z' });
    expect(none.actions[0]).to.have.keys('id', 'name', 'reasons');
    const waiting = await createAssessor(rulesetWithDue({ from: 'return', withinHours: 24 })).assess(groomed({}), { now: '2026-05-10T09:00:00Z' });
    expect(waiting.actions[0]).to.have.keys('id', 'name', 'reasons');
  });

  it('leaves the time out, never later, when the answer it counts from is not a real date and time', async () => {
    const assessor = createAssessor(rulesetWithDue({ from: 'return', withinHours: 24 }));
    for (const returnedAt of ['2026-02-30T10:00:00Z', '2026-05-09', 'yesterday', '9999-12-31T12:00:00Z']) {
      const assessment = await assessor.assess(groomed({ episode: { returnedAt } }), { now: '2026-05-10T09:00:00Z' }).catch(() => undefined);
      // An answer the schema refuses is never assessed; one it lets through gets no due time.
      if (assessment) expect(assessment.actions[0], returnedAt).not.to.have.any.keys('dueBy', 'overdue');
    }
  });

  it('counts from the earlier of two answers in an impossible order, so a mistyped date never makes the action look less urgent', async () => {
    const assessor = createAssessor(rulesetWithDue({ from: 'return', withinHours: 24 }));
    // The interview is recorded before the return: either could be the mistake.
    const answers = groomed({ episode: { returnedAt: '2026-05-12T13:00:00Z' }, interview: { conductedAt: '2026-05-09T10:00:00Z' } });
    const assessment = await assessor.assess(answers, { now: '2026-05-11T09:00:00Z' });
    expect(assessment.actions[0]).to.include({ dueBy: '2026-05-10T10:00:00.000Z', overdue: true });
  });
});

describe('checking a due time', () => {
  it('refuses, naming the file and pointer, a due time with both or neither of withinHours and withinSetting', () => {
    for (const due of [{ from: 'return' }, { from: 'return', withinHours: 24, withinSetting: 'offerWithinHours' }] as const) {
      const ruleset = rulesetWithDue(due as ActionDefinition['due']);
      const problems = checkRuleset(ruleset);
      expect(problems.map(({ file, pointer }) => ({ file, pointer }))).to.deep.equal([{ file: 'rules/local/ruleset.json', pointer: '/actions/strategy-discussion/due' }]);
      expect(problems[0].message).to.contain('withinHours or withinSetting');
      expect(checkRuleset(ruleset, 'cy')[0].message).to.contain('naill ai withinHours neu withinSetting');
    }
  });

  it('refuses by the ruleset schema an unknown anchor, a window of no hours and an unknown setting, at their pointers', () => {
    const manifest = {
      id: 'local',
      version: '1',
      title: { en: 'Local', cy: 'Lleol' },
      actions: {
        a: { name: { en: 'A', cy: 'A' }, due: { from: 'referral', withinHours: 24 } },
        b: { name: { en: 'B', cy: 'B' }, due: { from: 'return', withinHours: 0 } },
        c: { name: { en: 'C', cy: 'C' }, due: { from: 'return', withinSetting: 'shortEpisodeHours' } },
      },
    };
    const pointers = validateRuleFile(manifest, 'rules/local/ruleset.json').map(({ file, pointer }) => `${file}#${pointer}`);
    expect(pointers).to.include.members([
      'rules/local/ruleset.json#/actions/a/due/from',
      'rules/local/ruleset.json#/actions/b/due/withinHours',
      'rules/local/ruleset.json#/actions/c/due/withinSetting',
    ]);
  });
});
