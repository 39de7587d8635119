/**
 * Answers a record holds that the form does not ask for, or cannot show (issue 16): never hidden.
 * They are listed read-only in a notice, by pointer and value, and posted as they came. Objects and
 * lists where one value is expected are asked or shown: an `enum` of objects or lists as radios, a
 * `const` list or object read-only.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';
import type { JsonSchema } from '../../packages/elements/src/interview-form/layout-types.js';
import type { ScenarioFile } from '../support/harness.js';
import { choose, control } from '../support/interview-form-driver.js';

const corpus = (file: string) => fetch(`/test/fixtures/schema-corpus/${file}`).then((response) => response.json());
const scenarios: ScenarioFile[] = await (await fetch('/__scenarios__.json')).json();

/** Accepts every answer, so the form's own notices are the only ones. */
const acceptAll = Object.assign(() => true, { errors: null });

async function inForm(schema: unknown, answers: unknown, lang = 'en') {
  const host = await fixture<HTMLFormElement>(
    html`<form><rhi-interview-form name="answers" one-page no-drafts lang=${lang} .schema=${schema as JsonSchema} .validator=${acceptAll} .answers=${answers as Record<string, unknown>}></rhi-interview-form></form>`,
  );
  const form = host.querySelector('rhi-interview-form') as RhiInterviewForm;
  await form.updateComplete;
  return { form, posted: () => JSON.parse(new FormData(host).get('answers') as string) };
}

const unshownNotice = (form: RhiInterviewForm) => form.shadowRoot!.getElementById('unshown-answers');
const unshownRows = (form: RhiInterviewForm) =>
  [...(unshownNotice(form)?.querySelectorAll<HTMLElement>('[data-pointer]') ?? [])].map((row) => [
    row.dataset.pointer,
    row.querySelector('.summary-list__value')!.textContent!.trim(),
  ]);

describe('<rhi-interview-form> with answers it does not ask for', () => {
  it('lists a value the schema does not describe by its data pointer and JSON text, and posts it as it came', async () => {
    const product = await corpus('44-product.data.json');
    const { form, posted } = await inForm(await corpus('44-product.schema.json'), product);
    expect(unshownNotice(form)!.textContent).to.contain('This record also holds answers this form does not ask for (or cannot show). They are kept and sent with it:');
    expect(unshownRows(form)).to.deep.equal([
      ['/warehouseLocation/latitude', '-78.75'],
      ['/warehouseLocation/longitude', '20.4'],
    ]);
    expect(posted()).to.deep.equal(product);
    await expect(form).to.be.accessible();
  });

  it('lists an answer under additionalProperties, in Welsh too', async () => {
    const { form } = await inForm(await corpus('14-additional-properties.schema.json'), await corpus('14-additional-properties.data.json'), 'cy');
    expect(unshownNotice(form)!.textContent).to.contain("Mae'r cofnod hwn hefyd yn cynnwys atebion");
    expect(unshownRows(form)).to.deep.equal([['/assKickCount', '"infinity"']]);
    await expect(form).to.be.accessible();
  });

  it("lists text in a yes/no question, which its radios cannot show, and drops it from the list once answered", async () => {
    const { form, posted } = await inForm(await corpus('20-contextualised-errors.schema.json'), await corpus('20-contextualised-errors.data.json'));
    expect(unshownRows(form)).to.deep.equal([['/active', '"wrong"']]);
    await choose(form, 'field-active-0');
    expect(posted().active).to.equal(true);
    expect(unshownNotice(form)).to.equal(null);
  });

  it("shows no such notice on the toolkit's own form with any of its scenarios' answers, on any page or read-only", async () => {
    expect(scenarios.length).to.be.at.least(10);
    for (const { scenario } of scenarios) {
      const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form no-drafts lang="en" .answers=${scenario.answers}></rhi-interview-form>`);
      await form.updateComplete;
      expect(unshownNotice(form), scenario.id).to.equal(null);
      form.readOnly = true;
      await form.updateComplete;
      expect(unshownNotice(form), `${scenario.id} read-only`).to.equal(null);
    }
  });
});

describe('<rhi-interview-form> with objects and lists as values', () => {
  it("offers an enum of objects as radios by each object's name, and posts the object chosen", async () => {
    const { form, posted } = await inForm(await corpus('23-enum-objects.schema.json'), { location: { lon: 5, lat: 52, name: 'Amsterdam' } });
    expect(control(form, 'field-location-1').checked).to.equal(true);
    expect(form.shadowRoot!.querySelector('label[for="field-location-0"]')!.textContent!.trim()).to.equal('New York');
    await choose(form, 'field-location-2');
    expect(posted().location).to.deep.equal({ name: 'Hong Kong', lat: 22, lon: 114 });
    expect(unshownNotice(form)).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('offers a list among plain values as radios labelled by its JSON text, chosen by content', async () => {
    const { form, posted } = await inForm(await corpus('40-enumerated-values.schema.json'), { data: [1, 2, 3] });
    expect(control(form, 'field-data-3').checked).to.equal(true);
    expect(form.shadowRoot!.querySelector('label[for="field-data-3"]')!.textContent!.trim()).to.equal('[1,2,3]');
    expect(posted()).to.deep.equal({ data: [1, 2, 3] });
    await choose(form, 'field-data-0');
    expect(posted()).to.deep.equal({ data: 42 });
    await expect(form).to.be.accessible();
  });

  it("shows a const list's values as a read-only list and a const object's parts read-only, posting both as they came", async () => {
    const record = await corpus('22-const-fields.data.json');
    const { form, posted } = await inForm(await corpus('22-const-fields.schema.json'), record);
    const root = form.shadowRoot!;
    expect([0, 1, 2].map((index) => root.getElementById(`field-tags.${index}`)!.textContent!.trim())).to.deep.equal(['red', 'green', 'blue']);
    expect(root.getElementById('field-address.city')!.textContent!.trim()).to.equal('New York');
    expect(root.getElementById('field-address.detail.zip')!.textContent!.trim()).to.equal('12345');
    expect(root.querySelectorAll('input, textarea, select').length).to.equal(0);
    expect(posted()).to.deep.equal(record);
    expect(unshownNotice(form)).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('says a list of lists cannot be shown, under its pointer, and posts it as it came', async () => {
    const schema = { type: 'object', properties: { grid: { type: 'array', items: { type: 'array', items: { type: 'string' } } }, name: { type: 'string' } } };
    const { form, posted } = await inForm(schema, { grid: [['a', 'b'], ['c']], name: 'Ann' });
    expect(form.shadowRoot!.querySelector('#schema-notices [data-pointer="/properties/grid/items"]')).to.not.equal(null);
    expect(unshownRows(form)).to.deep.equal([['/grid', '[["a","b"],["c"]]']]);
    expect(posted()).to.deep.equal({ grid: [['a', 'b'], ['c']], name: 'Ann' });
    await expect(form).to.be.accessible();
  });
});
