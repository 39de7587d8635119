// "What to do now" gives each action's due time after its name, on the UK clock, and says
// "overdue" in words; the engine works out the time, the panel only writes it.
import { expect } from '@open-wc/testing';
import type { RhiRiskPanel } from '../../packages/elements/src/risk-panel/risk-panel.component.js';
import { createAssessor, type ResolvedRuleset } from '../../packages/engine/src/index.js';
import { loadResolvedRuleset } from '../support/harness.js';
import { assessed, panelFor, part, scenario, textOf } from '../support/risk-panel-driver.js';

const s02 = scenario('S02');
/** S02 where nobody has offered the interview yet: England then asks for the offer. */
const notOffered = { ...s02.answers, interview: { outcome: 'not-offered', outcomeReason: 'Not offered yet.' } };

/** The text of the action's line in "What to do now". */
function actionLine(panel: RhiRiskPanel, name: string): string {
  const lines = [...part(panel, 'actions')!.querySelectorAll('li')].map((line) => line.textContent!.replace(/\s+/g, ' ').trim());
  const line = lines.find((text) => text.startsWith(name));
  expect(line, `a line for "${name}" among ${JSON.stringify(lines)}`).to.be.a('string');
  return line!;
}

/** England, with a locality's own procedure: a strategy discussion within 24 hours of the return. */
async function withStrategyDiscussionDue(): Promise<ResolvedRuleset> {
  const england = await loadResolvedRuleset('england');
  const strategy = england.actions!['strategy-discussion'];
  return { ...england, actions: { ...england.actions, 'strategy-discussion': { ...strategy, due: { from: 'return', withinHours: 24 } } } };
}

const expected = {
  en: {
    offer: 'Offer a return home interview',
    offerDue: 'Offer a return home interview By 14 May 2026 at 09:00 UK time',
    strategy: 'Hold a strategy discussion',
    strategyOverdue: 'Hold a strategy discussion Overdue: this was due by 12 May 2026 at 09:00 UK time.',
  },
  cy: {
    offer: 'Cynnig cyfweliad dychwelyd adref',
    offerDue: 'Cynnig cyfweliad dychwelyd adref Erbyn 14 Mai 2026 am 09:00 amser y DU',
    strategy: 'Cynnal trafodaeth strategaeth',
    strategyOverdue: 'Cynnal trafodaeth strategaeth Yn hwyr: roedd angen gwneud hyn erbyn 12 Mai 2026 am 09:00 amser y DU.',
  },
} as const;

for (const lang of ['en', 'cy'] as const) {
  const words = expected[lang];

  describe(`<rhi-risk-panel> action due times, in ${lang}`, () => {
    it('gives the offer its due time after its name, the same as the offer clock, and none where the ruleset sets none', async () => {
      const { assessment, ruleset } = await assessed(notOffered, 'england', s02.now, lang);
      const panel = await panelFor(assessment, ruleset, lang);
      expect(actionLine(panel, words.offer)).to.equal(words.offerDue);
      // The guidance sets no time for a strategy discussion, so England gives none.
      expect(actionLine(panel, words.strategy)).to.equal(words.strategy);
      await expect(panel).to.be.accessible();
    });

    it('says in words that an action is overdue when the engine says so', async () => {
      const ruleset = await withStrategyDiscussionDue();
      const assessment = await createAssessor(ruleset).assess(s02.answers, { now: s02.now, lang });
      expect(assessment.actions.find((action) => action.id === 'strategy-discussion')).to.include({ overdue: true });
      const panel = await panelFor(assessment, ruleset, lang);
      expect(actionLine(panel, words.strategy)).to.equal(words.strategyOverdue);
      expect(textOf(panel, '[part~="action-due"]')).not.to.equal('');
      await expect(panel).to.be.accessible();
    });
  });
}
