// A locality's own questions, end to end in a browser: the example locality's built schema, layout
// and precompiled validator render the question, check it, keep it in the draft, and its rules use
// the answer.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait-until.js';
import '../../packages/elements/src/interview-form/interview-form.js';
import { createAssessor } from '../../packages/engine/src/index.js';
import type { Answers, JsonSchema, Layout, RhiInterviewForm } from '../../packages/elements/src/index.js';
import type { SchemaValidator } from '../../packages/engine/src/form-support.js';
import { removeTestDrafts, storedDraft, uniqueDraftKey } from '../support/draft-stores.js';
import { choose, control, heading, inlineError, leave, typeInto } from '../support/interview-form-driver.js';
import { importBuilt, loadJson, loadResolvedRuleset, loadScenarios } from '../support/harness.js';

const built = 'packages/engine/dist/rulesets/example-locality';
const schema = await loadJson<JsonSchema>(`${built}.interview.schema.json`);
const layout = await loadJson<Layout>(`${built}.interview.layout.json`);
const { validateInterviewAnswers } = await importBuilt<{ validateInterviewAnswers: SchemaValidator }>(`${built}.interview-validator.js`);
const s02 = (await loadScenarios()).find(({ scenario }) => scenario.id === 'S02')!.scenario;

async function localityForm(lang: 'en' | 'cy', draftKey: string): Promise<RhiInterviewForm> {
  const form = await fixture<RhiInterviewForm>(
    html`<rhi-interview-form lang=${lang} draft-key=${draftKey} .schema=${schema} .layout=${layout} .validator=${validateInterviewAnswers}></rhi-interview-form>`,
  );
  await form.updateComplete;
  return form;
}

describe("a locality's own questions in <rhi-interview-form>", () => {
  afterEach(removeTestDrafts);

  it('renders them on the page the locality layout adds, in English and Welsh, and hides what it hides', async () => {
    const form = await localityForm('en', uniqueDraftKey('locality-render'));
    await form.goToPage('local-exploitation');
    expect(heading(form)).to.equal('Exploitation hub and places of concern');
    expect(form.shadowRoot!.textContent).to.include('Exploitation hub consulted');
    await form.goToPage('child');
    expect(form.shadowRoot!.getElementById('field-child.learningDisabilityOrAutism-0')).to.equal(null);
    form.lang = 'cy';
    await form.goToPage('local-exploitation');
    expect(form.shadowRoot!.textContent).to.include("Ymgynghorwyd â'r Hyb Camfanteisio");
    await expect(form).to.be.accessible();
  });

  it("checks them with the locality's precompiled validator and keeps them in the draft", async () => {
    const draftKey = uniqueDraftKey('locality-draft');
    const form = await localityForm('en', draftKey);
    await form.goToPage('local-exploitation');
    await choose(form, 'field-local.exploitationHubConsulted-1');
    await typeInto(form, 'field-local.contextualSafeguardingLocation', 'x'.repeat(501));
    await leave(form, 'field-local.contextualSafeguardingLocation');
    expect(inlineError(form, 'local.contextualSafeguardingLocation')).to.match(/‘Place of concern’ must be 500 characters or fewer/);
    await typeInto(form, 'field-local.contextualSafeguardingLocation', 'The underpass by the bus station, Exampletown');
    await leave(form, 'field-local.contextualSafeguardingLocation');
    expect(inlineError(form, 'local.contextualSafeguardingLocation')).to.equal(undefined);
    const local = { exploitationHubConsulted: false, contextualSafeguardingLocation: 'The underpass by the bus station, Exampletown' };
    expect(form.answers).to.deep.equal({ local });
    await waitUntil(async () => (await storedDraft(draftKey))?.answers.local !== undefined, 'the draft was not saved');
    expect((await storedDraft(draftKey))!.answers).to.deep.equal({ local });
    await expect(form).to.be.accessible();
  });

  it('rejects a local answer the locality did not define, naming it', async () => {
    const form = await localityForm('en', uniqueDraftKey('locality-unknown'));
    form.answers = { local: { exploitationHubConsultd: true } } as Answers;
    await form.updateComplete;
    const offThePages = form.problems.filter((problem) => problem.path.startsWith('local'));
    expect(offThePages.map((problem) => [problem.path, problem.message])).to.deep.equal([
      ['local.exploitationHubConsultd', '‘local.exploitationHubConsultd’ is not a question in this form. Ask the web team to add it to the form, or remove it from the record.'],
    ]);
    expect(form.checkValidity()).to.equal(false);
  });

  it("feeds the locality's rules: the hub action is due until the form says the hub was consulted", async () => {
    const assessor = createAssessor(await loadResolvedRuleset('example-locality'));
    const form = await localityForm('en', uniqueDraftKey('locality-rules'));
    form.answers = s02.answers as Answers;
    await form.goToPage('local-exploitation');
    const actions = async () => (await assessor.assess(form.submittedAnswers, { now: s02.now })).actions.map((action) => action.id);
    await choose(form, 'field-local.exploitationHubConsulted-1');
    expect(await actions()).to.include('consult-exploitation-hub');
    await choose(form, 'field-local.exploitationHubConsulted-0');
    expect(form.submittedAnswers.local).to.deep.equal({ exploitationHubConsulted: true });
    expect(await actions()).not.to.include('consult-exploitation-hub');
    expect(control(form, 'field-local.exploitationHubConsulted-0').checked).to.equal(true);
  });
});
