// The live region speaks once per settled change of what matters, never on first render, and the
// panel sends nothing over the network.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait-until.js';
import { RhiRiskPanel } from '../../packages/elements/src/risk-panel/risk-panel.component.js';
import { referralsToMake, signpostsOf, type Assessment } from '../../packages/engine/src/index.js';

/** A signpost (the Runaway Helpline) is announced as something to do, not as a referral. */
const actionsOf = (assessment: Assessment) => assessment.actions.length + signpostsOf(assessment).length;
import { loadResolvedRuleset } from '../support/harness.js';
import { fetchesDuring } from '../support/fetches-during.js';
import { assessed, liveRegion, panelFor, part, scenario, without } from '../support/risk-panel-driver.js';

// The announcer's settle time in these tests. Changes meant to fall within one settle window are
// made back to back (no wait between them), so a busy machine cannot spread them past it; the
// waits of SETTLE * 3 only give a wrong second announcement the time to appear.
const SETTLE = 500;

/** Every text the live region has held, in order. */
function recordAnnouncements(panel: RhiRiskPanel): string[] {
  const said: string[] = [];
  const region = liveRegion(panel);
  new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text) said.push(text);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

describe('<rhi-risk-panel> announcements', () => {
  const usual = RhiRiskPanel.settleMilliseconds;
  before(() => {
    RhiRiskPanel.settleMilliseconds = SETTLE;
  });
  after(() => {
    RhiRiskPanel.settleMilliseconds = usual;
  });

  const s02 = scenario('S02');
  const s05 = scenario('S05');
  const s10 = scenario('S10');

  it('keeps a polite status region from the first render and says nothing on it', async () => {
    const empty = await panelFor(undefined, undefined, 'en');
    expect(liveRegion(empty)).to.exist;
    const { assessment, ruleset } = await assessed(s10.answers, s10.ruleset, s10.now, 'en');
    const panel = await panelFor(assessment, ruleset, 'en');
    await aTimeout(SETTLE * 3);
    expect(liveRegion(panel).textContent!.trim()).to.equal('');
  });

  it('announces once after quick changes settle, and not again for the same summary', async () => {
    const low = await assessed(s10.answers, s10.ruleset, s10.now, 'en');
    const quick: Assessment[] = [
      (await assessed(s05.answers, s05.ruleset, s05.now, 'en')).assessment,
      (await assessed(without(s02.answers, 'episode.returnedAt'), s02.ruleset, s02.now, 'en')).assessment,
      (await assessed(s02.answers, s02.ruleset, s02.now, 'en')).assessment,
    ];
    const panel = await panelFor(low.assessment, low.ruleset, 'en');
    const said = recordAnnouncements(panel);
    for (const assessment of quick) {
      panel.assessment = assessment;
      await panel.updateComplete;
    }
    await waitUntil(() => said.length > 0, 'an announcement');
    await aTimeout(SETTLE * 3);
    const last = quick[quick.length - 1]!;
    expect(said).to.deep.equal([
      `Risk level now high. ${referralsToMake(last).length} referrals and ${actionsOf(last) === 1 ? '1 action' : `${actionsOf(last)} actions`} recommended. Parent or carer discussion ${last.parentCarerDiscussion.replace('-', ' ')}.`,
    ]);

    // A fresh assessment of the same answers: a new object, the same summary.
    panel.assessment = (await assessed(s02.answers, s02.ruleset, s02.now, 'en')).assessment;
    await panel.updateComplete;
    await aTimeout(SETTLE * 3);
    expect(said).to.have.length(1);
  });

  it('announces in Welsh, with provisional', async () => {
    const { assessment, ruleset } = await assessed(s10.answers, s10.ruleset, s10.now, 'cy');
    const panel = await panelFor(assessment, ruleset, 'cy');
    const said = recordAnnouncements(panel);
    panel.assessment = (await assessed(without(s02.answers, 'episode.returnedAt'), s02.ruleset, s02.now, 'cy')).assessment;
    await waitUntil(() => said.length > 0, 'an announcement');
    expect(said[0]).to.match(/^Lefel y risg nawr: uchel \(dros dro\)\. Atgyfeiriadau a argymhellir: \d+\. Camau a argymhellir: \d+\. Trafodaeth gyda rhiant neu ofalwr: /);
    await expect(panel).to.be.accessible();
  });

  it('does not announce its own first assessment, then announces a settled change of answers', async () => {
    const ruleset = await loadResolvedRuleset(s02.ruleset);
    const panel = await fixture<RhiRiskPanel>(html`<rhi-risk-panel lang="en" now=${s02.now} .answers=${{}} .ruleset=${ruleset}></rhi-risk-panel>`);
    const said = recordAnnouncements(panel);
    await waitUntil(() => part(panel, 'level') !== null);
    await aTimeout(SETTLE * 3);
    expect(said).to.deep.equal([]);
    // Typed answer by answer: each change reassesses, one sentence at the end.
    panel.answers = { child: s02.answers.child };
    await panel.updateComplete;
    panel.answers = { child: s02.answers.child, care: s02.answers.care };
    await panel.updateComplete;
    panel.answers = s02.answers;
    await waitUntil(() => said.length > 0, 'an announcement');
    await aTimeout(SETTLE * 3);
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^Risk level now high\./);
  });
});

describe('<rhi-risk-panel> and the network', () => {
  it('makes no request while assessing and rendering', async () => {
    const ruleset = await loadResolvedRuleset(scenario('S02').ruleset);
    const { answers, now } = scenario('S02');
    const requests = await fetchesDuring(async () => {
      const panel = await fixture<RhiRiskPanel>(html`<rhi-risk-panel lang="cy" now=${now} .answers=${answers} .ruleset=${ruleset}></rhi-risk-panel>`);
      await waitUntil(() => part(panel, 'level') !== null);
      panel.answers = without(answers, 'episode.returnedAt');
      await waitUntil(() => part(panel, 'missing') !== null);
    });
    expect(requests).to.deep.equal([]);
  });
});
