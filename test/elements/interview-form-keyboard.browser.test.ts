// Acceptance: with the keyboard alone an interviewer can answer every page with S02's answers
// and reach "Check your answers", with axe passing on every page on the way.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';
import type { LayoutPlacement } from '../../packages/elements/src/interview-form/layout-types.js';
import { interviewLayout } from '../../packages/elements/src/generated/interview-defaults.js';
import { loadScenarios } from '../support/harness.js';
import { answerWithKeyboard, focusIn } from '../support/keyboard-robot.js';

type Answers = Record<string, unknown>;

/** Dotted paths the layout places, with `*` for an item of a repeatable group. */
function placedPaths(placements: LayoutPlacement[], base = ''): string[] {
  return placements.flatMap((placement) => {
    const spec = typeof placement === 'string' ? { path: placement } : placement;
    const path = base + spec.path;
    return [
      path,
      ...placedPaths(spec.fields ?? [], `${path}.*.`),
      ...(spec.reveal ?? []).flatMap((reveal) => placedPaths(reveal.fields, base)),
    ];
  });
}

/** Every answered leaf: objects are walked into, items of lists of objects too; other values are leaves. */
function answerLeaves(value: unknown, path: string[] = []): { path: string[]; value: unknown }[] {
  if (Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null)) {
    return value.flatMap((item, index) => answerLeaves(item, [...path, String(index)]));
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([name, inner]) => answerLeaves(inner, [...path, name]));
  }
  return [{ path, value }];
}

function setLeaf(target: Answers, path: string[], value: unknown): void {
  let node: Record<string, unknown> = target;
  path.forEach((step, index) => {
    if (index === path.length - 1) node[step] = value;
    else node = (node[step] ??= /^\d+$/.test(path[index + 1]!) ? [] : {}) as Record<string, unknown>;
  });
}

/** S02's answers split into what the form can hold, what the layout does not place, and empty answers. */
function whatTheFormCanHold(answers: Answers) {
  const placed = new Set(placedPaths(interviewLayout!.pages.flatMap((page) => page.fields)));
  const expected: Answers = {};
  const notPlaced: string[] = [];
  const empty: string[] = [];
  for (const leaf of answerLeaves(answers)) {
    const pattern = leaf.path.map((step) => (/^\d+$/.test(step) ? '*' : step)).join('.');
    if (!placed.has(pattern)) notPlaced.push(leaf.path.join('.'));
    // The form stores an unticked list or an empty box as no answer at all.
    else if (leaf.value === '' || (Array.isArray(leaf.value) && leaf.value.length === 0)) empty.push(leaf.path.join('.'));
    else setLeaf(expected, leaf.path, leaf.value);
  }
  return { expected, notPlaced, empty };
}

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
