// <rhi-interview-form>.focusField(path): how the risk panel's "missing answer" links reach a
// question — the page that shows it, then its control.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { Layout, RhiInterviewForm } from '../../packages/elements/src/index.js';
import type { ScenarioFile } from '../support/harness.js';
import { focusedId, heading } from '../support/interview-form-driver.js';

const scenarios: ScenarioFile[] = await (await fetch('/__scenarios__.json')).json();
const s01 = scenarios.find(({ scenario }) => scenario.id === 'S01')!.scenario;
const layout: Layout = await (await fetch('/schemas/interview.layout.json')).json();
const titleOf = (id: string) => layout.pages.find((page) => page.id === id)!.title.en;

async function newForm(answers: object = {}): Promise<RhiInterviewForm> {
  const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form lang="en" no-drafts .answers=${answers}></rhi-interview-form>`);
  await form.updateComplete;
  return form;
}

/** Records which elements were scrolled into view. */
function watchScrolling(): { ids: string[]; stop(): void } {
  const original = HTMLElement.prototype.scrollIntoView;
  const ids: string[] = [];
  HTMLElement.prototype.scrollIntoView = function (this: HTMLElement) {
    ids.push(this.id);
  };
  return { ids, stop: () => (HTMLElement.prototype.scrollIntoView = original) };
}

describe('<rhi-interview-form> focusField', () => {
  it('goes to the page of a date question on another page and focuses its day box, scrolled into view', async () => {
    const form = await newForm();
    expect(heading(form)).to.equal(titleOf('child'));
    const scrolled = watchScrolling();
    try {
      expect(await form.focusField('episode.returnedAt')).to.equal(true);
    } finally {
      scrolled.stop();
    }
    expect(heading(form)).to.equal(titleOf('episode'));
    expect(focusedId(form)).to.equal('field-episode.returnedAt-day');
    expect(scrolled.ids).to.deep.equal(['field-episode.returnedAt-day']);
  });

  it('focuses the first option of a choice', async () => {
    const form = await newForm();
    expect(await form.focusField('care.status')).to.equal(true);
    expect(heading(form)).to.equal(titleOf('care'));
    expect(focusedId(form)).to.equal('field-care.status-0');
  });

  it('focuses a text box on the page already shown', async () => {
    const form = await newForm();
    await form.goToPage('since-coming-back');
    expect(await form.focusField('afterReturn.childsWords')).to.equal(true);
    expect(heading(form)).to.equal(titleOf('since-coming-back'));
    expect(focusedId(form)).to.equal('field-afterReturn.childsWords');
  });

  it('reaches a question inside an item of a repeatable group', async () => {
    const form = await newForm({ episode: { previousEpisodes: [{ reportedMissingAt: '2026-01-02T10:00:00Z' }] } });
    expect(await form.focusField('episode.previousEpisodes.0.returnedAt')).to.equal(true);
    expect(focusedId(form)).to.equal('field-episode.previousEpisodes.0.returnedAt-day');
  });

  it('returns false and changes nothing for a question in a closed reveal, and focuses it once the reveal is open', async () => {
    const form = await newForm({ interview: { outcome: 'accepted' } });
    await form.goToPage('care');
    expect(await form.focusField('interview.outcomeReason')).to.equal(false);
    expect(heading(form)).to.equal(titleOf('care'));
    expect(focusedId(form)).to.not.equal('field-interview.outcomeReason');

    form.answers = { interview: { outcome: 'declined' } };
    expect(await form.focusField('interview.outcomeReason')).to.equal(true);
    expect(heading(form)).to.equal(titleOf('interview-offer'));
    expect(focusedId(form)).to.equal('field-interview.outcomeReason');
  });

  it('returns false for a path no page shows, and for a read-only record', async () => {
    const form = await newForm(s01.answers);
    expect(await form.focusField('episode.noSuchQuestion')).to.equal(false);
    expect(heading(form)).to.equal(titleOf('child'));
    form.readOnly = true;
    await form.updateComplete;
    expect(await form.focusField('episode.returnedAt')).to.equal(false);
  });
});
