// Acceptance: with the keyboard alone an interviewer can answer every page with S02's answers
// and reach "Check your answers", with axe passing on every page on the way.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';
import { interviewLayout } from '../../packages/elements/src/generated/interview-defaults.js';
import { loadScenarios } from '../support/harness.js';
import { answerWithKeyboard, focusIn } from '../support/keyboard-robot.js';
import { whatTheFormCanHold, type Answers } from '../support/form-answers.js';

describe('<rhi-interview-form> with the keyboard alone', () => {
  it('answers every page with S02 and reaches check your answers, passing axe on each page', async function () {
    this.timeout(180_000);
    const started = performance.now();
    const s02 = (await loadScenarios()).find((entry) => entry.scenario.id === 'S02')!.scenario;
    const { expected, notPlaced, empty } = whatTheFormCanHold(s02.answers as Answers);
    console.log(`S02 answers the layout does not place: ${notPlaced.join(', ') || 'none'}; empty answers the form keeps as no answer: ${empty.join(', ') || 'none'}`);
    expect(notPlaced, 'S02 answers with no question in the layout').to.deep.equal([]);

    const host = await fixture<HTMLDivElement>(html`<div>
      <button type="button" id="before-the-form">Before the form</button>
      <rhi-interview-form no-drafts lang="en"></rhi-interview-form>
    </div>`);
    const form = host.querySelector('rhi-interview-form') as RhiInterviewForm;
    await form.updateComplete;
    host.querySelector<HTMLButtonElement>('#before-the-form')!.focus();

    const axeChecked: string[] = [];
    const run = await answerWithKeyboard(form, {
      answers: expected,
      stopAt: 'Check your answers',
      // Overshoot one option, Tab on, then Shift+Tab back to put it right.
      mistakes: { 'care.placementType': 'supported-accommodation' },
      onPage: async (heading) => {
        await expect(form).to.be.accessible();
        axeChecked.push(heading);
      },
    });

    const pages = interviewLayout!.pages.map((page) => page.title.en);
    expect(run.pages).to.deep.equal([...pages, 'Check your answers']);
    expect(axeChecked).to.deep.equal(run.pages);
    expect(run.corrected).to.deep.equal(['care.placementType']);
    for (const key of ['Tab', 'Shift+Tab', ' ', 'Enter', 'ArrowDown', 'ArrowUp', 'ArrowRight']) expect(run.keys, 'keys pressed').to.include(key);
    expect(run.keys.every((key) => key.startsWith('type:') || ['Tab', 'Shift+Tab', ' ', 'Enter'].includes(key) || key.startsWith('Arrow'))).to.equal(true);
    const focus = focusIn(form);
    expect(focus.kind === 'heading' && focus.text).to.equal('Check your answers');
    expect(form.shadowRoot!.querySelector('.error-summary'), 'an error summary').to.equal(null);
    expect(form.answers).to.deep.equal(expected);
    expect(form.submittedAnswers).to.deep.equal(expected);
    console.log(`keyboard run: ${run.pages.length} pages, ${run.keys.length} keys, ${Math.round(performance.now() - started)} ms`);
  });
});
