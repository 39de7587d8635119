// <rhi-interview> around the form, the panel and the wizard: one assessment per settled change,
// the same object for every component, the panel's missing-answer links reaching the form.
import { expect, fixture, html } from '@open-wc/testing';
import type { ResolvedRuleset } from '../../packages/engine/src/index.js';
import '../../packages/elements/src/interview-form/interview-form.js';
import '../../packages/elements/src/interview-session/interview.js';
import '../../packages/elements/src/referral-wizard/referral-wizard.js';
import '../../packages/elements/src/risk-panel/risk-panel.js';
import type { RhiInterviewForm } from '../../packages/elements/src/interview-form/interview-form.component.js';
import type { RhiInterview } from '../../packages/elements/src/interview-session/interview.component.js';
import type { RhiAssessmentDetail } from '../../packages/elements/src/interview-session/interview.events.js';
import type { RhiReferralWizard } from '../../packages/elements/src/referral-wizard/referral-wizard.component.js';
import { RhiRiskPanel } from '../../packages/elements/src/risk-panel/risk-panel.component.js';
import { loadResolvedRuleset, loadScenarios } from '../support/harness.js';
import { focusedId, heading, typeInto } from '../support/interview-form-driver.js';
import { PATIENCE_MS } from '../support/wait-until.js';

const scenarios = (await loadScenarios()).map(({ scenario }) => scenario);
const s02 = scenarios.find((scenario) => scenario.id === 'S02')!;
const england = await loadResolvedRuleset('england');
const locality = await loadResolvedRuleset('example-locality');

interface Page {
  interview: RhiInterview;
  form: RhiInterviewForm;
  panel: RhiRiskPanel;
  wizard: RhiReferralWizard;
  /** Every `rhi-assessment` event, from the first. */
  events: RhiAssessmentDetail[];
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits for `count` rhi-assessment events in all, then for the components to render them. */
async function assessments(page: Page, count: number): Promise<RhiAssessmentDetail> {
  const giveUpAt = Date.now() + PATIENCE_MS;
  while (page.events.length < count) {
    if (Date.now() > giveUpAt) throw new Error(`expected ${count} rhi-assessment events, saw ${page.events.length}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await Promise.all([page.panel.updateComplete, page.wizard.updateComplete]);
  return page.events.at(-1)!;
}

async function newPage(options: { ruleset?: ResolvedRuleset; answers?: object; now?: string; lang?: string } = {}): Promise<Page> {
  const events: RhiAssessmentDetail[] = [];
  const interview = await fixture<RhiInterview>(html`<rhi-interview
    .ruleset=${options.ruleset}
    .answers=${options.answers}
    now=${options.now ?? ''}
    lang=${options.lang ?? 'en'}
    @rhi-assessment=${(event: CustomEvent<RhiAssessmentDetail>) => events.push(event.detail)}
  >
    <main>
      <h1>Return home interview</h1>
      <div class="columns">
        <rhi-interview-form no-drafts></rhi-interview-form>
        <aside><rhi-risk-panel></rhi-risk-panel></aside>
      </div>
      <rhi-referral-wizard no-drafts></rhi-referral-wizard>
    </main>
  </rhi-interview>`);
  return {
    interview,
    form: interview.querySelector('rhi-interview-form')!,
    panel: interview.querySelector('rhi-risk-panel')!,
    wizard: interview.querySelector('rhi-referral-wizard')!,
    events,
  };
}

describe('<rhi-interview>', () => {
  it('assesses once on connect, hands the form its answers, and gives the panel and the wizard the same assessment', async () => {
    const page = await newPage({ ruleset: england, answers: s02.answers, now: s02.now });
    const { assessment, answers } = await assessments(page, 1);
    for (let index = 0; index < 5; index += 1) await frame();
    expect(page.events, 'one assessment for the initial answers').to.have.length(1);
    expect(page.form.answers).to.equal(s02.answers);
    expect(answers).to.deep.equal(page.form.submittedAnswers);
    expect(assessment.riskLevel).to.equal(s02.expect.riskLevel);
    expect(assessment.assessedAt, 'the fixed moment of the now attribute').to.equal(new Date(s02.now!).toISOString());
    expect(page.panel.assessment).to.equal(assessment);
    expect(page.wizard.assessment).to.equal(assessment);
    expect(page.wizard.answers).to.equal(answers);
    expect(page.panel.ruleset).to.equal(england);
    expect(page.panel.shadowRoot!.textContent).to.match(/high/i);
  });

  it('is never blank with a ruleset: the empty record is assessed too', async () => {
    const page = await newPage({ ruleset: england });
    const { assessment } = await assessments(page, 1);
    expect(assessment.missing).to.include('episode.returnedAt');
    expect(page.panel.assessment).to.equal(assessment);
  });

  it('assesses a burst of keystrokes far fewer times than there are keys, ending with the last answers', async () => {
    const page = await newPage({ ruleset: england, answers: s02.answers, now: s02.now });
    await assessments(page, 1);
    await page.form.goToPage('since-coming-back');
    const words = 'I stayed at a flat in Coventry with people I met online';
    for (let length = 1; length <= words.length; length += 1) {
      await typeInto(page.form, 'field-afterReturn.childsWords', words.slice(0, length));
    }
    const last = await assessments(page, 2);
    for (let index = 0; index < 5; index += 1) await frame();
    const burst = page.events.length - 1;
    expect(burst).to.be.at.least(1);
    expect(burst, `${burst} assessments for ${words.length} keystrokes`).to.be.at.most(3);
    expect((page.events.at(-1)!.answers as { afterReturn: { childsWords: string } }).afterReturn.childsWords).to.equal(words);
    expect(page.panel.assessment).to.equal(page.events.at(-1)!.assessment);
    expect(page.wizard.assessment).to.equal(page.panel.assessment);
    expect(last.assessment.riskLevel).to.equal('high');
  });

  it('re-assesses when the return time is typed, so the panel shows the 72-hour deadline', async () => {
    const page = await newPage({ ruleset: england, now: '2026-03-04T10:00:00Z' });
    const first = await assessments(page, 1);
    expect(first.assessment.rhi.offerDueBy).to.equal(undefined);
    await page.form.goToPage('episode');
    for (const [part, text] of Object.entries({ day: '3', month: '3', year: '2026', hour: '09', minute: '30' })) {
      await typeInto(page.form, `field-episode.returnedAt-${part}`, text);
    }
    await frame();
    const { assessment } = await assessments(page, 2);
    expect(assessment.rhi.offerDueBy).to.equal('2026-03-06T09:30:00.000Z');
    expect(assessment.missing).to.not.include('episode.returnedAt');
    expect(page.panel.assessment).to.equal(assessment);
  });

  it("moves focus to the form's question when a missing-answer link in the panel is followed, and keeps the event inside", async () => {
    const page = await newPage({ ruleset: england });
    await assessments(page, 1);
    let escaped = 0;
    const count = () => (escaped += 1);
    document.addEventListener('rhi-focus-field', count);
    try {
      const link = page.panel.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-path="episode.returnedAt"]');
      expect(link, 'the panel links to the missing return time').to.exist;
      link!.click();
      for (let index = 0; index < 3; index += 1) await page.form.updateComplete;
    } finally {
      document.removeEventListener('rhi-focus-field', count);
    }
    expect(heading(page.form)).to.equal('The missing episode');
    expect(focusedId(page.form)).to.equal('field-episode.returnedAt-day');
    expect(escaped).to.equal(0);
  });

  it('passes its language to every component, and the reasons follow in Welsh', async () => {
    const page = await newPage({ ruleset: england, answers: s02.answers, now: s02.now });
    const english = await assessments(page, 1);
    page.interview.lang = 'cy';
    const welsh = await assessments(page, 2);
    expect([page.form.lang, page.panel.lang, page.wizard.lang]).to.deep.equal(['cy', 'cy', 'cy']);
    expect(welsh.assessment.lang).to.equal('cy');
    expect(welsh.assessment.reasons[0]!.message).to.not.equal(english.assessment.reasons[0]!.message);
    expect(page.panel.assessment).to.equal(welsh.assessment);
  });

  it('re-assesses with the new ruleset when the locality changes', async () => {
    const page = await newPage({ ruleset: england, answers: s02.answers, now: s02.now });
    await assessments(page, 1);
    page.interview.ruleset = locality;
    const { assessment } = await assessments(page, 2);
    expect(assessment.rulesetId).to.equal(locality.id);
    expect(page.panel.ruleset).to.equal(locality);
    expect(page.wizard.ruleset).to.equal(locality);
    expect(page.panel.assessment).to.equal(assessment);
  });

  it('does nothing without a ruleset (components keep their empty states), then assesses once one is given', async () => {
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...parts: unknown[]) => errors.push(parts);
    try {
      const page = await newPage();
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(page.events).to.have.length(0);
      expect(page.panel.assessment).to.equal(undefined);
      expect(errors).to.deep.equal([]);
      page.interview.ruleset = england;
      const { assessment } = await assessments(page, 1);
      expect(page.panel.assessment).to.equal(assessment);
    } finally {
      console.error = consoleError;
    }
  });

  it('finds components added later, nested, and registered under a host’s own tag name', async () => {
    class CouncilRiskPanel extends RhiRiskPanel {}
    if (!customElements.get('council-risk-panel')) customElements.define('council-risk-panel', CouncilRiskPanel);
    const page = await newPage({ ruleset: england, answers: s02.answers, now: s02.now });
    const { assessment } = await assessments(page, 1);
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<div><council-risk-panel></council-risk-panel></div>';
    page.interview.querySelector('main')!.append(wrapper);
    const late = wrapper.querySelector('council-risk-panel') as RhiRiskPanel;
    await frame();
    expect(late.assessment).to.equal(assessment);
    expect(late.lang).to.equal('en');
    expect(late.now).to.equal(s02.now);
  });

  it('has no axe violations on the assembled page', async () => {
    const page = await newPage({ ruleset: england, answers: s02.answers, now: s02.now });
    await assessments(page, 1);
    await expect(page.interview).to.be.accessible();
  });
});
