/**
 * Keywords of a JSON Schema someone else wrote, with no layout (issue 16): `required` at every depth,
 * lists of plain values with "Add another" and "Remove", enums of numbers and booleans, `oneOf` of
 * `const` + `title`, `const`, `default`, `readOnly`, long enums, item names in the singular and the
 * root's title. Each the GOV.UK way, axe clean, and a record loaded is posted back exactly as it came.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';
import type { JsonSchema, Layout } from '../../packages/elements/src/interview-form/layout-types.js';
import { RecordingDraftStore, uniqueDraftKey } from '../support/draft-stores.js';
import { choose, control, errorSummary, heading, pressButton, typeInto } from '../support/interview-form-driver.js';

interface Loaded {
  host: HTMLFormElement;
  form: RhiInterviewForm;
}

interface LoadOptions {
  answers?: Record<string, unknown>;
  lang?: 'en' | 'cy';
  layout?: Layout;
}

async function load(schema: JsonSchema, options: LoadOptions = {}): Promise<Loaded> {
  const host = await fixture<HTMLFormElement>(html`<form>
    <rhi-interview-form name="record" no-drafts lang=${options.lang ?? 'en'} .schema=${schema} .layout=${options.layout} .answers=${options.answers ?? {}}></rhi-interview-form>
  </form>`);
  const form = host.querySelector<RhiInterviewForm>('rhi-interview-form')!;
  await form.updateComplete;
  return { host, form };
}

/** The record as the owning form posts it. */
function posted(host: HTMLFormElement): unknown {
  return JSON.parse(new FormData(host).get('record') as string);
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function labelOf(form: RhiInterviewForm, id: string): string {
  const box = control(form, id);
  const label = form.shadowRoot!.querySelector(`label[for="${id}"]`) ?? box.closest('fieldset')?.querySelector('legend');
  return text(label);
}

function buttonTexts(form: RhiInterviewForm): string[] {
  return [...form.shadowRoot!.querySelectorAll('[part~="repeatable"] button')].map((button) => text(button));
}

function optionLabels(form: RhiInterviewForm, name: string): string[] {
  return [...form.shadowRoot!.querySelectorAll(`input[name="${name}"]`)].map((input) => text(form.shadowRoot!.querySelector(`label[for="${input.id}"]`)));
}

function problemMessages(form: RhiInterviewForm): string[] {
  return form.problems.map((problem) => problem.message);
}

describe('<rhi-interview-form> required, without a layout', () => {
  const schema: JsonSchema = {
    type: 'object',
    title: 'Referral',
    required: ['name'],
    properties: {
      name: { type: 'string', title: 'Full name' },
      nickname: { type: 'string', title: 'Nickname' },
      address: {
        type: 'object',
        title: 'Address',
        required: ['town', 'postcode'],
        properties: {
          street: { type: 'string', title: 'Street' },
          town: { type: 'string', title: 'Town' },
          postcode: { type: 'object', required: ['outward'], properties: { outward: { type: 'string', title: 'Outward code' }, inward: { type: 'string', title: 'Inward code' } } },
        },
      },
      contacts: {
        type: 'array',
        title: 'Contacts',
        items: { type: 'object', required: ['phone'], properties: { phone: { type: 'string', title: 'Phone' }, note: { type: 'string', title: 'Note' } } },
      },
    },
  };

  it('marks and asks for what each object requires: the root, a nested object flattened into its page, and an object inside it', async () => {
    const { form } = await load(schema);
    expect(labelOf(form, 'field-name')).to.equal('Full name (required)');
    expect(labelOf(form, 'field-nickname')).to.equal('Nickname');
    expect(problemMessages(form)).to.deep.equal([
      'Enter an answer for ‘Full name’',
      'Enter an answer for ‘Town’',
      'Enter an answer for ‘Outward code’',
    ]);
    await pressButton(form, 'Continue');
    expect(errorSummary(form)).to.deep.equal(['Enter an answer for ‘Full name’']);
    await expect(form).to.be.accessible();
    await typeInto(form, 'field-name', 'Sam');
    await pressButton(form, 'Continue');
    expect(heading(form)).to.equal('Address');
    expect(labelOf(form, 'field-address.street')).to.equal('Street');
    expect(labelOf(form, 'field-address.postcode.outward')).to.equal('Outward code (required)');
    await pressButton(form, 'Continue');
    expect(errorSummary(form)).to.deep.equal(['Enter an answer for ‘Town’', 'Enter an answer for ‘Outward code’']);
    await expect(form).to.be.accessible();
  });

  it('asks for what an item of a list of objects requires, in that item', async () => {
    const { form } = await load(schema, { answers: { name: 'Sam', address: { town: 'Rhyl', postcode: { outward: 'LL18' } } } });
    expect(problemMessages(form)).to.deep.equal([]);
    await form.goToPage('page-3');
    await pressButton(form, 'Add contact');
    expect(labelOf(form, 'field-contacts.0.phone')).to.equal('Phone (required)');
    expect(labelOf(form, 'field-contacts.0.note')).to.equal('Note');
    await pressButton(form, 'Continue');
    expect(errorSummary(form)).to.deep.equal(['Enter an answer for ‘Phone’']);
    await expect(form).to.be.accessible();
  });

  it('leaves required to the layout when there is one', async () => {
    const layout: Layout = { pages: [{ id: 'who', title: { en: 'Who', cy: 'Pwy' }, fields: ['name', { path: 'nickname', required: true }] }] };
    const { form } = await load(schema, { layout });
    expect(labelOf(form, 'field-name')).to.equal('Full name');
    expect(problemMessages(form)).to.deep.equal(['Enter an answer for ‘Nickname’']);
  });

  it('posts a complete record back exactly as it came', async () => {
    const record = { name: 'Sam', address: { street: '1 High St', town: 'Rhyl', postcode: { outward: 'LL18', inward: '1AA' } }, contacts: [{ phone: '01745', note: 'Evenings' }] };
    const { host, form } = await load(schema, { answers: record });
    expect(form.checkValidity()).to.equal(true);
    expect(posted(host)).to.deep.equal(record);
  });
});

describe('<rhi-interview-form> lists of plain values', () => {
  const schema: JsonSchema = {
    type: 'object',
    title: 'Household',
    properties: {
      phones: { type: 'array', title: 'Phone numbers', items: { type: 'string' } },
      ages: { type: 'array', title: 'Ages', items: { type: 'integer' } },
      weights: { type: 'array', title: 'Weights', items: { type: 'number', title: 'Weight in kg' } },
      visits: { type: 'array', title: 'Visit dates', items: { type: 'string', format: 'date' } },
      pets: { type: 'array', title: 'Pets', items: { type: 'string', enum: ['cat', 'dog'] }, 'x-rhi-enum-labels': { en: { cat: 'Cat', dog: 'Dog' }, cy: { cat: 'Cath', dog: 'Ci' } } },
    },
  };
  const record = { phones: ['01745 000111', '07700 900123'], ages: [3, 7], weights: [12.5], visits: ['2026-01-02'], pets: ['dog'] };

  it('shows each value in its own row with a Remove button, and posts the record back as it came', async () => {
    const { host, form } = await load(schema, { answers: record });
    expect(control(form, 'field-phones.0').value).to.equal('01745 000111');
    expect(control(form, 'field-phones.1').value).to.equal('07700 900123');
    expect(labelOf(form, 'field-phones.1')).to.equal('Phone number 2 (required)');
    expect(control(form, 'field-ages.1').value).to.equal('7');
    expect(control(form, 'field-weights.0').value).to.equal('12.5');
    expect(labelOf(form, 'field-weights.0')).to.equal('Weight in kg 1 (required)');
    expect(control(form, 'field-visits.0-day').value).to.equal('2');
    expect(control(form, 'field-pets-1').checked, 'a list of an enum stays checkboxes').to.equal(true);
    expect(buttonTexts(form)).to.include.members(['Remove phone number 1', 'Remove phone number 2', 'Add another phone number', 'Remove age 2', 'Add another visit date']);
    expect(posted(host)).to.deep.equal(record);
    await expect(form).to.be.accessible();
  });

  it('adds a row, keeps numbers as numbers and dates as dates, and removes a row', async () => {
    const { host, form } = await load(schema, { answers: record });
    await pressButton(form, 'Add another phone number');
    expect(form.shadowRoot!.activeElement?.id, 'focus goes into the new box').to.equal('field-phones.2');
    await typeInto(form, 'field-phones.2', '029 2000 0000');
    await pressButton(form, 'Add another age');
    await typeInto(form, 'field-ages.2', '12');
    await pressButton(form, 'Add another weight in kg');
    await typeInto(form, 'field-weights.1', '3.25');
    await pressButton(form, 'Add another visit date');
    await typeInto(form, 'field-visits.1-day', '9');
    await typeInto(form, 'field-visits.1-month', '3');
    await typeInto(form, 'field-visits.1-year', '2026');
    await expect(form).to.be.accessible();
    const remove = [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="repeatable"] button')].find((button) => text(button) === 'Remove phone number 1')!;
    remove.click();
    await form.updateComplete;
    expect(posted(host)).to.deep.equal({
      phones: ['07700 900123', '029 2000 0000'],
      ages: [3, 7, 12],
      weights: [12.5, 3.25],
      visits: ['2026-01-02', '2026-03-09'],
      pets: ['dog'],
    });
  });

  it('asks for a value in an empty row, and a row left empty is never posted as an object', async () => {
    const { form } = await load(schema);
    await pressButton(form, 'Add phone number');
    expect(form.answers).to.deep.equal({ phones: [null] });
    await pressButton(form, 'Submit');
    expect(errorSummary(form)).to.deep.equal(['Enter an answer for ‘Phone number’']);
    await expect(form).to.be.accessible();
  });

  it('keeps a number typed that is not one with its own row, and drops it with the row', async () => {
    const { form } = await load(schema, { answers: { ages: [3, 7] } });
    await typeInto(form, 'field-ages.0', 'three');
    expect(form.answers).to.deep.equal({ ages: [null, 7] });
    const remove = [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="repeatable"] button')].find((button) => text(button) === 'Remove age 1')!;
    remove.click();
    await form.updateComplete;
    expect(form.answers).to.deep.equal({ ages: [7] });
    expect(control(form, 'field-ages.0').value).to.equal('7');
  });

  it('names rows in Welsh with "Eitem" when the schema gives no Welsh name for one item', async () => {
    const { form } = await load(schema, { answers: record, lang: 'cy' });
    expect(labelOf(form, 'field-phones.0')).to.equal('Eitem 1 (gofynnol)');
    expect(buttonTexts(form)).to.include.members(['Dileu eitem 1', 'Ychwanegu eitem arall']);
    await expect(form).to.be.accessible();
  });
});

describe('<rhi-interview-form> choices whose values are numbers, booleans, or consts with titles', () => {
  const scale = Array.from({ length: 15 }, (_, index) => index / 2);
  const schema: JsonSchema = {
    type: 'object',
    title: 'Check-in',
    properties: {
      score: { type: 'integer', title: 'Score', enum: [1, 2, 3] },
      urgent: { type: 'boolean', title: 'How urgent', enum: [true, false], 'x-rhi-enum-labels': { en: { true: 'Urgent', false: 'Not urgent' }, cy: { true: 'Brys', false: 'Dim brys' } } },
      consent: { type: 'boolean', title: 'Consent given' },
      confirmed: { type: 'boolean', title: 'I confirm the details', enum: [true] },
      hours: { type: 'number', title: 'Hours of sleep', enum: scale },
      colour: {
        type: 'string',
        title: 'Colour',
        oneOf: [
          { const: 'r', title: 'Red', 'x-rhi-cy': { title: 'Coch' } },
          { const: 'g', title: 'Green', 'x-rhi-cy': { title: 'Gwyrdd' } },
        ],
      },
      size: { type: 'integer', title: 'Size', anyOf: [{ enum: [1], title: 'Small' }, { enum: [2], title: 'Large' }] },
      features: { type: 'array', title: 'Features', uniqueItems: true, items: { type: 'string', anyOf: [{ const: 'wifi', title: 'Wi-fi' }, { const: 'lift', title: 'Lift' }] } },
    },
  };

  it('offers numbers and booleans as radios (or a drop-down when long) and posts them with their type', async () => {
    const { host, form } = await load(schema);
    expect(form.shadowRoot!.getElementById('layout-problem'), 'numbers and booleans need no labels').to.equal(null);
    expect(optionLabels(form, 'field-score')).to.deep.equal(['1', '2', '3']);
    expect(optionLabels(form, 'field-urgent')).to.deep.equal(['Urgent', 'Not urgent']);
    expect(optionLabels(form, 'field-consent')).to.deep.equal(['Yes', 'No']);
    expect(optionLabels(form, 'field-confirmed')).to.deep.equal(['Yes']);
    await choose(form, 'field-score-2');
    await choose(form, 'field-urgent-1');
    await choose(form, 'field-consent-1');
    await choose(form, 'field-confirmed-0');
    const select = control<HTMLSelectElement>(form, 'field-hours');
    expect(select.tagName).to.equal('SELECT');
    select.value = '13';
    select.dispatchEvent(new Event('change'));
    await form.updateComplete;
    expect(posted(host)).to.deep.equal({ score: 3, urgent: false, consent: false, confirmed: true, hours: 6.5 });
    await expect(form).to.be.accessible();
  });

  it('offers oneOf / anyOf of const and title as choices labelled by their titles, checkboxes in a list', async () => {
    const { host, form } = await load(schema);
    expect(optionLabels(form, 'field-colour')).to.deep.equal(['Red', 'Green']);
    expect(optionLabels(form, 'field-size')).to.deep.equal(['Small', 'Large']);
    expect(optionLabels(form, 'field-features')).to.deep.equal(['Wi-fi', 'Lift']);
    expect(control(form, 'field-features-0').type).to.equal('checkbox');
    await choose(form, 'field-colour-1');
    await choose(form, 'field-size-1');
    await choose(form, 'field-features-1');
    expect(posted(host)).to.deep.equal({ colour: 'g', size: 2, features: ['lift'] });
    await expect(form).to.be.accessible();
  });

  it('labels const choices in Welsh from their x-rhi-cy titles', async () => {
    const { form } = await load(schema, { lang: 'cy' });
    expect(optionLabels(form, 'field-colour')).to.deep.equal(['Coch', 'Gwyrdd']);
    expect(optionLabels(form, 'field-urgent')).to.deep.equal(['Brys', 'Dim brys']);
    await expect(form).to.be.accessible();
  });

  it('shows a record of such choices as chosen and posts it back as it came', async () => {
    const record = { score: 2, urgent: true, consent: true, confirmed: true, hours: 0, colour: 'r', size: 1, features: ['wifi', 'lift'] };
    const { host, form } = await load(schema, { answers: record });
    expect(control(form, 'field-score-1').checked).to.equal(true);
    expect(control(form, 'field-urgent-0').checked).to.equal(true);
    expect(control<HTMLSelectElement>(form, 'field-hours').value).to.equal('0');
    expect(control(form, 'field-size-0').checked).to.equal(true);
    expect(posted(host)).to.deep.equal(record);
  });
});

describe('<rhi-interview-form> const and readOnly', () => {
  const schema: JsonSchema = {
    type: 'object',
    title: 'Visit record',
    required: ['formVersion'],
    properties: {
      formVersion: { type: 'string', title: 'Form version', const: '2' },
      recordKind: { type: 'string', title: 'Record kind', const: 'visit' },
      caseNumber: { type: 'string', title: 'Case number', readOnly: true },
      visitor: { type: 'string', title: 'Visitor' },
    },
  };

  it('shows a const and a read-only answer with their values and no control to change them', async () => {
    const { form } = await load(schema, { answers: { caseNumber: 'C-104', visitor: 'Ana' } });
    const rows = [...form.shadowRoot!.querySelectorAll('[part~="read-only"] .summary-list__row')].map((row) => text(row));
    expect(rows).to.deep.equal(['Form version 2', 'Record kind visit', 'Case number C-104']);
    for (const id of ['field-formVersion', 'field-recordKind', 'field-caseNumber']) expect(control(form, id).tagName, id).to.equal('SPAN');
    expect(form.shadowRoot!.querySelectorAll('input, select, textarea').length, 'only the visitor can be answered').to.equal(1);
    await expect(form).to.be.accessible();
  });

  it('posts a required const even when the answers lack it, and one that is not required only when they hold it', async () => {
    const { host } = await load(schema, { answers: { visitor: 'Ana' } });
    expect(posted(host)).to.deep.equal({ formVersion: '2', visitor: 'Ana' });
  });

  it('posts a record with consts and read-only answers back exactly as it came', async () => {
    const record = { formVersion: '2', recordKind: 'visit', caseNumber: 'C-104', visitor: 'Ana' };
    const { host, form } = await load(schema, { answers: record });
    await typeInto(form, 'field-visitor', 'Ana');
    expect(posted(host)).to.deep.equal(record);
  });

  it('says on a read-only answer what the validator finds wrong with it, links there, and keeps the value as it came', async () => {
    const flaggedSchema: JsonSchema = { type: 'object', title: 'Flags', properties: { flagged: { type: 'boolean', title: 'Flagged by the system', readOnly: true } } };
    type Validate = ((data: unknown) => boolean) & { errors: unknown[] | null };
    const validate: Validate = Object.assign(
      (data: unknown) => {
        const wrong = typeof (data as { flagged?: unknown }).flagged !== 'boolean';
        validate.errors = wrong ? [{ instancePath: '/flagged', keyword: 'type', params: { type: 'boolean' }, schemaPath: '#/properties/flagged/type' }] : null;
        return !wrong;
      },
      { errors: null },
    );
    const host = await fixture<HTMLFormElement>(html`<form>
      <rhi-interview-form name="record" no-drafts .schema=${flaggedSchema} .validator=${validate} .answers=${{ flagged: 'yes' }}></rhi-interview-form>
    </form>`);
    const form = host.querySelector<RhiInterviewForm>('rhi-interview-form')!;
    await form.updateComplete;
    await pressButton(form, 'Submit');
    expect(errorSummary(form)).to.have.length(1);
    form.shadowRoot!.querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    await form.updateComplete;
    expect(form.shadowRoot!.activeElement?.id).to.equal('field-flagged');
    expect(form.shadowRoot!.getElementById('field-flagged-error')).to.not.equal(null);
    expect(posted(host)).to.deep.equal({ flagged: 'yes' });
    await expect(form).to.be.accessible();
  });

  it('shows them on check your answers without a Change link', async () => {
    const { form } = await load(schema, { answers: { caseNumber: 'C-104', visitor: 'Ana' } });
    form.checkAnswers = true;
    await form.updateComplete;
    await pressButton(form, 'Continue');
    expect(heading(form)).to.equal('Check your answers');
    const rows = [...form.shadowRoot!.querySelectorAll('.summary-list__row')].map((row) => text(row));
    expect(rows).to.deep.equal(['Form version 2', 'Record kind visit', 'Case number C-104', 'Visitor Ana Change Visitor']);
    await expect(form).to.be.accessible();
  });
});

describe('<rhi-interview-form> defaults', () => {
  const schema: JsonSchema = {
    type: 'object',
    title: 'Visit',
    properties: {
      country: { type: 'string', title: 'Country', default: 'Wales' },
      visits: { type: 'integer', title: 'Visits this year', default: 1 },
      notify: { type: 'boolean', title: 'Notify the school', default: true },
      origin: { type: 'string', title: 'Recorded by', readOnly: true, default: 'Duty team' },
      people: { type: 'array', title: 'People present', items: { type: 'object', properties: { role: { type: 'string', title: 'Role', default: 'Parent' }, name: { type: 'string', title: 'Name' } } } },
    },
  };

  it('fills a new record with the defaults, and a new item of a list with its own', async () => {
    const { host, form } = await load(schema);
    expect(control(form, 'field-country').value).to.equal('Wales');
    expect(control(form, 'field-visits').value).to.equal('1');
    expect(control(form, 'field-notify-0').checked).to.equal(true);
    await pressButton(form, 'Add person');
    expect(control(form, 'field-people.0.role').value).to.equal('Parent');
    expect(posted(host)).to.deep.equal({ country: 'Wales', visits: 1, notify: true, origin: 'Duty team', people: [{ role: 'Parent' }] });
    await expect(form).to.be.accessible();
  });

  it('never fills the host’s answers with defaults', async () => {
    const { host, form } = await load(schema, { answers: { visits: 4 } });
    expect(control(form, 'field-country').value).to.equal('');
    expect(posted(host)).to.deep.equal({ visits: 4 });
  });

  it('shows a read-only record as it is, without defaults', async () => {
    const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form no-drafts readonly .schema=${schema} .answers=${{ visits: 4 }}></rhi-interview-form>`);
    const rows = [...form.shadowRoot!.querySelectorAll('.summary-list__row')].map((row) => text(row));
    expect(rows).to.include.members(['Country Not answered', 'Visits this year 4']);
    expect(form.answers).to.deep.equal({ visits: 4 });
    const empty = await fixture<RhiInterviewForm>(html`<rhi-interview-form no-drafts readonly .schema=${schema}></rhi-interview-form>`);
    expect(empty.answers).to.deep.equal({});
  });

  it('never fills a restored draft with defaults', async () => {
    const key = uniqueDraftKey('defaults');
    const store = new RecordingDraftStore({ [key]: { answers: { visits: 2 }, rawInputs: {}, savedAt: new Date().toISOString() } });
    const host = await fixture<HTMLFormElement>(html`<form>
      <rhi-interview-form name="record" draft-key=${key} .draftStore=${store} .schema=${schema}></rhi-interview-form>
    </form>`);
    const form = host.querySelector<RhiInterviewForm>('rhi-interview-form')!;
    await form.draftLoaded;
    await form.updateComplete;
    expect(control(form, 'field-country').value).to.equal('');
    expect(control(form, 'field-visits').value).to.equal('2');
    expect(posted(host)).to.deep.equal({ visits: 2 });
    await expect(form).to.be.accessible();
  });
});

describe('<rhi-interview-form> items named in the singular', () => {
  const itemsOf = (title: string, extra: JsonSchema = {}): JsonSchema => ({
    type: 'array',
    title,
    items: { type: 'object', properties: { note: { type: 'string', title: 'Note' } }, ...extra },
  });
  const schema: JsonSchema = {
    type: 'object',
    title: 'History',
    properties: {
      previousEpisodes: itemsOf('Previous episodes'),
      addresses: itemsOf('Addresses'),
      categories: itemsOf('Categories'),
      sharedWith: itemsOf('Shared with'),
      stays: itemsOf('Stays', { title: 'Overnight stay', 'x-rhi-cy': { title: 'Arhosiad dros nos' } }),
    },
  };
  const record = {
    previousEpisodes: [{ note: 'a' }],
    addresses: [{ note: 'b' }],
    categories: [{ note: 'c' }],
    sharedWith: [{ note: 'd' }],
    stays: [{ note: 'e' }],
  };

  it('names an item from the items’ title, else a singular of the list’s title, else "Item"', async () => {
    const { host, form } = await load(schema, { answers: record });
    const legends = [...form.shadowRoot!.querySelectorAll('.repeat-item > legend')].map((legend) => text(legend));
    expect(legends).to.deep.equal(['Previous episode 1', 'Address 1', 'Category 1', 'Item 1', 'Overnight stay 1']);
    expect(buttonTexts(form)).to.deep.equal([
      'Remove previous episode 1',
      'Add another previous episode',
      'Remove address 1',
      'Add another address',
      'Remove category 1',
      'Add another category',
      'Remove item 1',
      'Add another item',
      'Remove overnight stay 1',
      'Add another overnight stay',
    ]);
    expect(posted(host)).to.deep.equal(record);
    await expect(form).to.be.accessible();
  });

  it('names them in Welsh from the items’ x-rhi-cy title, else "Eitem"', async () => {
    const { form } = await load(schema, { answers: record, lang: 'cy' });
    const legends = [...form.shadowRoot!.querySelectorAll('.repeat-item > legend')].map((legend) => text(legend));
    expect(legends).to.deep.equal(['Eitem 1', 'Eitem 1', 'Eitem 1', 'Eitem 1', 'Arhosiad dros nos 1']);
    expect(buttonTexts(form)).to.include.members(['Dileu eitem 1', 'Ychwanegu eitem arall', 'Dileu arhosiad dros nos 1', 'Ychwanegu arhosiad dros nos arall']);
    await expect(form).to.be.accessible();
  });

  it('announces an item added by its singular name', async () => {
    const { form } = await load(schema);
    await pressButton(form, 'Add address');
    expect(text(form.shadowRoot!.querySelector('[role="status"]'))).to.equal('Address 1 added');
  });

  it('keeps the name a layout gives an item', async () => {
    const layout: Layout = {
      pages: [{ id: 'history', title: { en: 'History', cy: 'Hanes' }, fields: [{ path: 'stays', itemLabel: { en: 'Night away', cy: 'Noson i ffwrdd' }, fields: ['note'] }] }],
    };
    const { form } = await load(schema, { answers: record, layout });
    expect(text(form.shadowRoot!.querySelector('.repeat-item > legend'))).to.equal('Night away 1');
  });
});

describe('<rhi-interview-form> the root’s title and description', () => {
  const schema: JsonSchema = {
    type: 'object',
    title: 'Family support request',
    description: 'Tell us who needs support and how to reach them.',
    'x-rhi-cy': { title: 'Cais am gymorth i deulu', description: 'Dywedwch wrthym pwy sydd angen cymorth a sut i gysylltu â nhw.' },
    properties: {
      child: { type: 'object', title: 'Child', properties: { name: { type: 'string', title: 'Name' } } },
      carer: { type: 'object', title: 'Carer', properties: { name: { type: 'string', title: 'Name' } } },
    },
  };

  for (const [lang, title, description] of [
    ['en', 'Family support request', 'Tell us who needs support and how to reach them.'],
    ['cy', 'Cais am gymorth i deulu', 'Dywedwch wrthym pwy sydd angen cymorth a sut i gysylltu â nhw.'],
  ] as const) {
    it(`shows them above the sections (${lang})`, async () => {
      const { form } = await load(schema, { lang });
      const block = form.shadowRoot!.querySelector('[part="form-title"]');
      expect(text(block?.querySelector('h2'))).to.equal(title);
      expect(text(block?.querySelector('p'))).to.equal(description);
      await expect(form).to.be.accessible();
    });
  }

  it('gives a form of one page the root’s title as its heading and the description under it, once', async () => {
    const flat: JsonSchema = { type: 'object', title: 'Contact', description: 'How to reach you.', properties: { phone: { type: 'string', title: 'Phone' } } };
    const { form } = await load(flat);
    expect(form.shadowRoot!.querySelector('[part="form-title"]')).to.equal(null);
    expect(heading(form)).to.equal('Contact');
    expect(text(form.shadowRoot!.querySelector('.page-hint'))).to.equal('How to reach you.');
  });

  it('says the title once when the root’s own questions come first and a section follows', async () => {
    const mixed: JsonSchema = {
      type: 'object',
      title: 'Follow-up visit',
      description: 'Record of a follow-up visit.',
      properties: { visitor: { type: 'string', title: 'Visitor' }, contact: { type: 'object', title: 'Who to contact', properties: { name: { type: 'string', title: 'Name' } } } },
    };
    const { form } = await load(mixed);
    form.onePage = true;
    await form.updateComplete;
    const headings = [...form.shadowRoot!.querySelectorAll('h2')].map((one) => text(one));
    expect(headings.filter((one) => one === 'Follow-up visit')).to.have.length(1);
    expect(headings).to.include('Who to contact');
    expect(text(form.shadowRoot!.querySelector('.page-hint'))).to.equal('Record of a follow-up visit.');
    await expect(form).to.be.accessible();
  });

  it('leaves the title to the layout when there is one', async () => {
    const layout: Layout = { pages: [{ id: 'child', title: { en: 'The child', cy: 'Y plentyn' }, fields: ['child.name'] }] };
    const { form } = await load(schema, { layout });
    expect(form.shadowRoot!.querySelector('[part="form-title"]')).to.equal(null);
  });
});
