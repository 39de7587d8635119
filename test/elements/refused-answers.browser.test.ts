// Answers that break the interview schema are never assessed silently: a <rhi-risk-panel> given
// such answers, and <rhi-interview> around a panel, show an announced problem naming each field,
// never a level (an earlier one could be too low). Dates in an impossible order are named too.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait-until.js';
import '../../packages/elements/src/interview-form/interview-form.js';
import '../../packages/elements/src/interview-session/interview.js';
import '../../packages/elements/src/referral-wizard/referral-wizard.js';
import '../../packages/elements/src/risk-panel/risk-panel.js';
import type { RhiInterview } from '../../packages/elements/src/interview-session/interview.component.js';
import type { RhiReferralWizard } from '../../packages/elements/src/referral-wizard/referral-wizard.component.js';
import type { RhiRiskPanel } from '../../packages/elements/src/risk-panel/risk-panel.component.js';
import { loadResolvedRuleset } from '../support/harness.js';
import { part, scenario, textOf } from '../support/risk-panel-driver.js';

const refusedWords = {
  en: { title: 'These answers cannot be assessed', body: 'no risk level is shown' },
  cy: { title: "Nid oes modd asesu'r atebion hyn", body: 'ni ddangosir lefel risg' },
} as const;

/** S02 (high with the right types) with a list given as text, "true" in quotes, a harm as text and "HIGH". */
function wronglyTyped(answers: Record<string, unknown>) {
  const copy = structuredClone(answers) as Record<string, Record<string, unknown>>;
  return {
    ...copy,
    indicators: 'sexual-exploitation',
    disclosures: { ...copy.disclosures, immediateDanger: 'true' },
    duringEpisode: { ...copy.duringEpisode, harmSuffered: 'sexual' },
    afterReturn: { ...copy.afterReturn, workerRiskView: 'HIGH' },
  };
}
const pointers = ['/indicators', '/disclosures/immediateDanger', '/duringEpisode/harmSuffered', '/afterReturn/workerRiskView'];

for (const lang of ['en', 'cy'] as const) {
  describe(`<rhi-risk-panel> given answers that break the schema, in ${lang}`, () => {
    it('shows an alert naming each field and what it expects, and no level', async () => {
      const { ruleset: rulesetId, answers, now } = scenario('S02');
      const ruleset = await loadResolvedRuleset(rulesetId);
      const panel = await fixture<RhiRiskPanel>(html`<rhi-risk-panel lang=${lang} now=${now} .answers=${wronglyTyped(answers)} .ruleset=${ruleset}></rhi-risk-panel>`);
      await waitUntil(() => part(panel, 'warning') !== null, 'the panel shows the refusal');
      const warning = part(panel, 'warning')!;
      expect(warning.getAttribute('role'), 'announced at once').to.equal('alert');
      expect(textOf(panel, '[part~="warning"]')).to.contain(refusedWords[lang].title).and.to.contain(refusedWords[lang].body);
      for (const pointer of pointers) expect(textOf(panel, '[part~="warning"]')).to.contain(pointer);
      expect(textOf(panel, '[part~="warning"]')).to.contain(lang === 'en' ? 'true or false' : 'true neu false');
      expect(part(panel, 'level'), 'no level').to.equal(null);
      await expect(panel).to.be.accessible();
    });

    it('keeps the alert within a 320 px screen: long field pointers wrap instead of running off the edge', async () => {
      const { ruleset: rulesetId, answers, now } = scenario('S02');
      const ruleset = await loadResolvedRuleset(rulesetId);
      const frame = await fixture<HTMLDivElement>(html`<div style="width: 320px"><rhi-risk-panel lang=${lang} now=${now} .answers=${wronglyTyped(answers)} .ruleset=${ruleset}></rhi-risk-panel></div>`);
      const panel = frame.querySelector<RhiRiskPanel>('rhi-risk-panel')!;
      await waitUntil(() => part(panel, 'warning') !== null, 'the panel shows the refusal');
      const warning = part(panel, 'warning')!;
      expect(warning.getBoundingClientRect().right, 'the alert ends inside the screen').to.be.at.most(frame.getBoundingClientRect().right + 0.5);
      expect(warning.scrollWidth, 'nothing runs past the alert\'s edge').to.be.at.most(warning.clientWidth);
      const edge = warning.getBoundingClientRect().right;
      for (const item of warning.querySelectorAll('li, code, p')) {
        expect(item.getBoundingClientRect().right, `nothing cut off: ${item.textContent}`).to.be.at.most(edge);
      }
    });

    it('drops the level it showed when the answers go wrong, and brings it back when they are corrected', async () => {
      const { ruleset: rulesetId, answers, now } = scenario('S02');
      const ruleset = await loadResolvedRuleset(rulesetId);
      const panel = await fixture<RhiRiskPanel>(html`<rhi-risk-panel lang=${lang} now=${now} .answers=${answers} .ruleset=${ruleset}></rhi-risk-panel>`);
      await waitUntil(() => part(panel, 'level') !== null, 'a level');
      panel.answers = wronglyTyped(answers);
      await waitUntil(() => part(panel, 'level') === null && part(panel, 'warning') !== null, 'the level goes');
      panel.answers = answers;
      await waitUntil(() => part(panel, 'level') !== null && part(panel, 'warning') === null, 'the level comes back');
    });
  });
}

describe('<rhi-interview> given answers that break the schema', () => {
  it('gives the panel the problems and no assessment, and the wizard no referrals', async () => {
    const s02 = scenario('S02');
    const england = await loadResolvedRuleset('england');
    const interview = await fixture<RhiInterview>(html`<rhi-interview .ruleset=${england} .answers=${wronglyTyped(s02.answers)} now=${s02.now} lang="en">
      <main>
        <h1>Return home interview</h1>
        <aside><rhi-risk-panel></rhi-risk-panel></aside>
        <rhi-referral-wizard no-drafts></rhi-referral-wizard>
      </main>
    </rhi-interview>`);
    const panel = interview.querySelector<RhiRiskPanel>('rhi-risk-panel')!;
    const wizard = interview.querySelector<RhiReferralWizard>('rhi-referral-wizard')!;
    await waitUntil(() => interview.answerProblems !== undefined, 'the session refused the answers');
    expect(await interview.settled()).to.equal(undefined);
    await panel.updateComplete;
    expect(interview.answerProblems!.map((problem) => problem.pointer)).to.have.members(pointers);
    expect(panel.assessment).to.equal(undefined);
    expect(part(panel, 'level')).to.equal(null);
    expect(part(panel, 'warning')?.getAttribute('role')).to.equal('alert');
    for (const pointer of pointers) expect(textOf(panel, '[part~="warning"]')).to.contain(pointer);
    expect(wizard.assessment).to.equal(undefined);
    expect(wizard.assessmentFailed).to.equal(true);
    await expect(panel).to.be.accessible();
  });
});

describe('<rhi-risk-panel> and dates in an impossible order', () => {
  for (const lang of ['en', 'cy'] as const) {
    it(`names both answers of a return before the child was reported missing, in ${lang}`, async () => {
      const { ruleset: rulesetId, answers, now } = scenario('S01');
      const ruleset = await loadResolvedRuleset(rulesetId);
      const episode = (answers as { episode: Record<string, unknown> }).episode;
      const early = { ...answers, episode: { ...episode, returnedAt: '2026-03-01T19:30:00Z' } };
      const panel = await fixture<RhiRiskPanel>(html`<rhi-risk-panel lang=${lang} now=${now} .answers=${early} .ruleset=${ruleset}></rhi-risk-panel>`);
      await waitUntil(() => part(panel, 'inconsistencies') !== null, 'the inconsistency is shown');
      const text = textOf(panel, '[part~="inconsistencies"]');
      expect(text).to.contain('episode.returnedAt').and.to.contain('episode.reportedMissingAt');
      expect(text).to.contain(lang === 'en' ? 'Dates that cannot both be right' : "Dyddiadau na all y ddau fod yn gywir");
      expect(textOf(panel, '[part~="level"]')).to.contain(lang === 'en' ? 'provisional' : 'dros dro');
      await expect(panel).to.be.accessible();
    });
  }
});
