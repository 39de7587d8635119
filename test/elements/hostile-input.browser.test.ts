/**
 * Answers and locality rule text are data a person typed or a provider wrote: whatever markup or
 * script they contain, every component shows it as plain text. Also: very long free text and a very
 * long list of previous episodes keep working.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait-until.js';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { Layout, RhiInterviewForm } from '../../packages/elements/src/index.js';
import { createAssessor, isAnswersSchemaError, type AnswersSchemaError, type ResolvedRuleset } from '../../packages/engine/src/index.js';
import type { RhiRiskPanel } from '../../packages/elements/src/risk-panel/risk-panel.component.js';
import { loadResolvedRuleset } from '../support/harness.js';
import { errorSummary, inlineError, leave } from '../support/interview-form-driver.js';
import { panelFor, scenario } from '../support/risk-panel-driver.js';
import { confirm, openWizard, walkToCheck, type RhiReferralWizard } from '../support/referral-wizard-driver.js';

const payloads = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '${window.__pwned=1}',
];
const allPayloads = payloads.join(' ');

type Answers = Record<string, any>;
const layout: Layout = await (await fetch('/schemas/interview.layout.json')).json();
const s02 = scenario('S02');

function pwned(): unknown {
  return (window as unknown as { __pwned?: unknown }).__pwned;
}

/** The root and every shadow root under it, however deep. */
function allRoots(root: ParentNode): ParentNode[] {
  const roots: ParentNode[] = [root];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(...allRoots(element.shadowRoot));
  return roots;
}

/** Every text a root shows (text nodes and form control values), spaces collapsed. */
function shownText(root: ParentNode): string {
  return allRoots(root)
    .map((node) => {
      const controls = [...node.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((box) => box.value);
      return [(node as Element | ShadowRoot).textContent ?? '', ...controls].join(' ');
    })
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Nothing from the payloads became an element, a handler or a live `javascript:` link. */
function expectInert(host: Element, where: string): void {
  expect(pwned(), `${where}: a payload ran`).to.equal(undefined);
  for (const root of allRoots(host.shadowRoot!)) {
    expect(root.querySelectorAll('script').length, `${where}: a <script> element`).to.equal(0);
    expect(root.querySelectorAll('img[src="x"], svg[onload], img[onerror]').length, `${where}: an <img>/<svg> from a payload`).to.equal(0);
    for (const element of root.querySelectorAll('*')) {
      const handlers = [...element.attributes].filter((attribute) => attribute.name.toLowerCase().startsWith('on'));
      expect(handlers.map((attribute) => attribute.name), `${where}: handler attributes on <${element.localName}>`).to.deep.equal([]);
      const href = element.getAttribute('href');
      if (href !== null) expect(href.trim().toLowerCase().startsWith('javascript:'), `${where}: live link ${href}`).to.equal(false);
    }
  }
}

function expectShown(host: Element, where: string, texts: string[] = payloads): void {
  const text = shownText(host.shadowRoot!);
  for (const payload of texts) expect(text, `${where}: '${payload}' shown as text`).to.include(payload);
}

/** S02's answers with the payloads in every free-text answer the form, panel and wizard may show. */
function hostileAnswers(): Answers {
  const answers: Answers = structuredClone(s02.answers);
  answers.afterReturn.childsWords = allPayloads;
  answers.episode.whereFound = allPayloads;
  return answers;
}

/** The same, with the interview declined, so the decline reason is asked and shown. */
function hostileDeclinedAnswers(): Answers {
  const answers = hostileAnswers();
  answers.interview = { offeredAt: answers.interview.offeredAt, outcome: 'declined', outcomeReason: allPayloads };
  answers.episode.previousEpisodes[0].returnedAt = payloads[0];
  return answers;
}

/** England's rules with the payloads in every text a provider writes. */
async function hostileRuleset(): Promise<ResolvedRuleset> {
  const ruleset = structuredClone(await loadResolvedRuleset('england')) as any;
  const taint = (text: { en: string; cy?: string } | undefined) => text && { ...text, en: `${text.en} ${allPayloads}` };
  ruleset.title = taint(ruleset.title);
  ruleset.description = taint(ruleset.description);
  ruleset.settings.lawfulBasis = taint(ruleset.settings.lawfulBasis);
  for (const rule of ruleset.rules) {
    rule.description = taint(rule.description);
    rule.message = taint({ ...rule.message, en: `${rule.message.en} ({afterReturn.childsWords})` });
  }
  for (const action of Object.values<any>(ruleset.actions)) action.name = taint(action.name);
  for (const agency of Object.values<any>(ruleset.agencies)) {
    agency.name = taint(agency.name);
    agency.contact = {
      team: allPayloads,
      phone: `01632 960000 ${payloads[2]}`,
      email: `x@example.org${payloads[2]}`,
      secureEmail: 'javascript:window.__pwned=1',
      address: allPayloads,
      hours: allPayloads,
      website: 'javascript:window.__pwned=1',
      notes: { en: allPayloads, cy: allPayloads },
    };
  }
  return ruleset;
}

async function newForm(answers: Answers): Promise<RhiInterviewForm> {
  const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form lang="en" no-drafts .answers=${answers}></rhi-interview-form>`);
  await form.updateComplete;
  return form;
}

async function everyPage(form: RhiInterviewForm, visit: (id: string) => void): Promise<void> {
  for (const id of [...layout.pages.map((page) => page.id), 'check']) {
    await form.goToPage(id);
    visit(id);
  }
}

describe('hostile answers', () => {
  afterEach(() => {
    delete (window as unknown as { __pwned?: unknown }).__pwned;
  });

  for (const [name, answers] of [
    ['interview accepted', hostileAnswers],
    ['interview declined', hostileDeclinedAnswers],
  ] as const) {
    it(`shows markup in answers as text on every page, check your answers and the print view (${name})`, async () => {
      const form = await newForm(answers());
      await everyPage(form, (id) => expectInert(form, `form page ${id}`));
      await form.goToPage('check');
      expectShown(form, 'check your answers');
      form.readOnly = true;
      await form.updateComplete;
      expectInert(form, 'read-only view');
      expectShown(form, 'read-only view');
    });
  }

  it('keeps the payload as the field value a worker can edit', async () => {
    const form = await newForm(hostileDeclinedAnswers());
    await form.goToPage('since-coming-back');
    const box = form.shadowRoot!.getElementById('field-afterReturn.childsWords') as HTMLTextAreaElement;
    expect(box.value).to.equal(allPayloads);
    expect(form.submittedAnswers.afterReturn).to.deep.include({ childsWords: allPayloads });
  });

  it('shows the panel for hostile answers with nothing live', async () => {
    const ruleset = await loadResolvedRuleset('england');
    const assessment = await createAssessor(ruleset).assess(hostileAnswers(), { now: s02.now, lang: 'en' });
    expectInert(await panelFor(assessment, ruleset, 'en'), 'panel');
  });

  it('refuses a payload given as a date, and lists the refusal in the panel with nothing live', async () => {
    const ruleset = await loadResolvedRuleset('england');
    const refusal = await createAssessor(ruleset).assess(hostileDeclinedAnswers(), { now: s02.now, lang: 'en' }).catch((error: unknown) => error);
    expect(isAnswersSchemaError(refusal)).to.equal(true);
    expect((refusal as AnswersSchemaError).problems.map((problem) => problem.pointer)).to.deep.equal(['/episode/previousEpisodes/0/returnedAt']);
    const panel = await fixture<RhiRiskPanel>(html`<rhi-risk-panel lang="en" now=${s02.now!} .answers=${hostileDeclinedAnswers()} .ruleset=${ruleset}></rhi-risk-panel>`);
    await waitUntil(() => panel.shadowRoot!.querySelector('[part~="warning"]') !== null, 'the refusal is shown');
    expectInert(panel, 'panel listing the refused answers');
  });

  it('shows hostile answers in the wizard: summaries, the sharing reason and the sent summary', async () => {
    const ruleset = await loadResolvedRuleset('england');
    const answers = hostileAnswers();
    const assessment = await createAssessor(ruleset).assess(answers, { now: s02.now, lang: 'en' });
    const wizard = await openWizard({ scenario: { ...s02, answers } as any, ruleset, assessment });
    await walkToCheck(
      wizard,
      () => ({ told: 'no', notToldReason: allPayloads }),
      async (page) => expectInert(wizard, `wizard page '${page}'`),
    );
    expectInert(wizard, 'wizard check page');
    expectShown(wizard, 'wizard check page', [allPayloads]);
    const sent = await confirm(wizard);
    expect(sent, 'a package was sent').to.not.equal(undefined);
    expectInert(wizard, 'sent summary');
    expectShown(wizard, 'sent summary', [allPayloads]);
  });
});

describe('hostile locality rule text', () => {
  afterEach(() => {
    delete (window as unknown as { __pwned?: unknown }).__pwned;
  });

  it('shows rule messages, descriptions, agency and action names in the panel as text', async () => {
    const ruleset = await hostileRuleset();
    const assessment = await createAssessor(ruleset).assess(hostileAnswers(), { now: s02.now, lang: 'en' });
    expect(assessment.reasons.length, 'rules fired').to.be.greaterThan(0);
    const panel = await panelFor(assessment, ruleset, 'en');
    expectInert(panel, 'panel');
    expectShown(panel, 'panel');
  });

  it('shows agency names, contact cards and the lawful basis in the wizard as text, with no javascript: link', async () => {
    const ruleset = await hostileRuleset();
    const answers = hostileAnswers();
    const assessment = await createAssessor(ruleset).assess(answers, { now: s02.now, lang: 'en' });
    const wizard: RhiReferralWizard = await openWizard({ scenario: { ...s02, answers } as any, ruleset, assessment });
    expectInert(wizard, 'wizard choose page');
    expectShown(wizard, 'wizard choose page');
    await walkToCheck(wizard, () => ({}), async (page) => {
      expectInert(wizard, `wizard page '${page}'`);
      expectShown(wizard, `wizard page '${page}'`);
    });
    const websites = [...wizard.shadowRoot!.querySelectorAll('a')].filter((link) => link.textContent?.includes('javascript:'));
    expect(websites, 'javascript: addresses are not links').to.deep.equal([]);
    await confirm(wizard);
    expectInert(wizard, 'sent summary');
    expectShown(wizard, 'sent summary');
  });
});

describe('large inputs', () => {
  const longWords = 'She said: '.padEnd(100_000, 'word ');

  it('reports 100,000 characters of the child\'s words as too long, in plain words, and keeps the text', async () => {
    const answers = structuredClone(s02.answers) as Answers;
    answers.afterReturn.childsWords = longWords;
    const form = await newForm(answers);
    await form.goToPage('since-coming-back');
    const box = form.shadowRoot!.getElementById('field-afterReturn.childsWords') as HTMLTextAreaElement;
    expect(box.value.length).to.equal(100_000);
    await leave(form, 'field-afterReturn.childsWords');
    expect(inlineError(form, 'afterReturn.childsWords')).to.match(/20,000 characters or fewer/);
    expect(form.checkValidity()).to.equal(false);
    await form.goToPage('check');
    form.reportValidity();
    await form.updateComplete;
    expect(errorSummary(form).join('\n')).to.match(/The child's own words.*20,000 characters or fewer/);
    expect(form.submittedAnswers.afterReturn).to.deep.include({ childsWords: longWords });
  });

  it('handles 500 previous episodes in the form, the engine and the panel', async () => {
    const answers = structuredClone(s02.answers) as Answers;
    const start = Date.parse('2020-01-01T10:00:00Z');
    answers.episode.previousEpisodes = Array.from({ length: 500 }, (_, index) => ({
      reportedMissingAt: new Date(start + index * 3 * 86_400_000).toISOString(),
      returnedAt: new Date(start + index * 3 * 86_400_000 + 6 * 3_600_000).toISOString(),
    }));
    answers.afterReturn.childsWords = longWords.slice(0, 20_000);

    let began = performance.now();
    const form = await newForm(answers);
    await form.goToPage('episode');
    const items = form.shadowRoot!.querySelectorAll('[id^="field-episode.previousEpisodes."][id$=".reportedMissingAt-day"]');
    expect(items.length).to.equal(500);
    await form.goToPage('check');
    expect(form.shadowRoot!.textContent).to.include('Previous missing episode 500');
    console.log(`form with 500 previous episodes: ${Math.round(performance.now() - began)} ms`);

    const ruleset = await loadResolvedRuleset('england');
    began = performance.now();
    const assessment = await createAssessor(ruleset).assess(answers, { now: s02.now, lang: 'en' });
    console.log(`engine assessment with 500 previous episodes: ${Math.round(performance.now() - began)} ms`);
    expect(assessment.riskLevel).to.equal(s02.expect?.riskLevel ?? 'high');

    began = performance.now();
    const panel = await panelFor(assessment, ruleset, 'en');
    console.log(`panel with 500 previous episodes: ${Math.round(performance.now() - began)} ms`);
    expect(panel.shadowRoot!.textContent).to.match(/high/i);
  });
});
