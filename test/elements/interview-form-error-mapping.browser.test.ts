/**
 * Errors land on the field (issue 16): every error Ajv reports for a schema someone else wrote is
 * put on the question that caused it — a missing property on that property's question, an error
 * inside a list's item on the item's question (or the list's, when the item's question is not
 * shown), a list's own limits on the list — counted once, with a link to its control. What no
 * question shows still stops the form and is named in the summary. Validators are compiled by the
 * test server from the schemas below, as `rhi compile-schema` compiles a host's (no eval here).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { Layout, RhiInterviewForm } from '../../packages/elements/src/index.js';
import { buildFormTree } from '../../packages/elements/src/interview-form/field-tree.js';
import type { FieldNode } from '../../packages/elements/src/interview-form/field-tree.js';
import type { JsonSchema } from '../../packages/elements/src/interview-form/layout-types.js';
import { everyProblem } from '../../packages/elements/src/interview-form/validate-answers.js';
import { uiWords } from '../../packages/elements/src/i18n/ui-words.js';
import { compiledValidator } from '../support/compiled-validator.js';
import { errorSummary, focusedId, inlineError, leave, typeInto } from '../support/interview-form-driver.js';

type Answers = Record<string, unknown>;

async function formWith(schema: JsonSchema, answers: Answers, options: { layout?: Layout; lang?: 'en' | 'cy' } = {}): Promise<RhiInterviewForm> {
  const validator = await compiledValidator(schema);
  const form = await fixture<RhiInterviewForm>(
    html`<rhi-interview-form no-drafts lang=${options.lang ?? 'en'} .schema=${schema} .layout=${options.layout} .validator=${validator} .answers=${answers}></rhi-interview-form>`,
  );
  await form.updateComplete;
  return form;
}

/** Submits as the owning form would see it: every problem in the error summary. */
async function showEveryProblem(form: RhiInterviewForm): Promise<void> {
  form.reportValidity();
  await form.updateComplete;
  await form.updateComplete;
}

function summaryLinks(form: RhiInterviewForm): { text: string; href: string | null }[] {
  return [...form.shadowRoot!.querySelectorAll('.error-summary li')].map((item) => ({
    text: item.textContent!.trim(),
    href: item.querySelector('a')?.getAttribute('href') ?? null,
  }));
}

/** Follows every link of the error summary and checks each reaches its problem's control. */
async function followEveryLink(form: RhiInterviewForm): Promise<void> {
  const problems = form.problems;
  for (const [index, problem] of problems.entries()) {
    await showEveryProblem(form);
    const link = form.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary li a')[index]!;
    expect(link.textContent!.trim(), `link ${index}`).to.equal(problem.message);
    link.click();
    await form.updateComplete;
    await form.updateComplete;
    expect(focusedId(form), problem.message).to.equal(problem.focusId);
  }
}

const referral = {
  type: 'object',
  title: 'Referral',
  required: ['name', 'child'],
  properties: {
    name: { type: 'string', title: 'Your name' },
    child: {
      type: 'object',
      title: 'Child',
      required: ['firstName', 'lastName', 'dateOfBirth'],
      properties: {
        firstName: { type: 'string', title: 'First name' },
        lastName: { type: 'string', title: 'Last name' },
        dateOfBirth: { type: 'string', format: 'date', title: 'Date of birth' },
        school: { type: 'string', title: 'School' },
      },
    },
  },
} satisfies JsonSchema;

describe('<rhi-interview-form> errors on the field: required', () => {
  it("puts the root's required error on the missing question, with a link, not on '—'", async () => {
    const form = await formWith(referral, { child: { firstName: 'Sam', lastName: 'Jones', dateOfBirth: '2012-04-01' } });
    await showEveryProblem(form);
    expect(summaryLinks(form)).to.deep.equal([{ text: 'Enter an answer for ‘Your name’', href: '#field-name' }]);
    await followEveryLink(form);
    expect(inlineError(form, 'name')).to.equal('Error: Enter an answer for ‘Your name’');
  });

  it('asks for each required question of a required nested object that is missing, once each', async () => {
    const form = await formWith(referral, { name: 'Ali' });
    await showEveryProblem(form);
    // The schema's "child is missing" is not a fourth problem: the child's own required questions say it.
    expect(summaryLinks(form)).to.deep.equal([
      { text: 'Enter an answer for ‘First name’', href: '#field-child.firstName' },
      { text: 'Enter an answer for ‘Last name’', href: '#field-child.lastName' },
      { text: 'Enter the date for ‘Date of birth’', href: '#field-child.dateOfBirth-day' },
    ]);
    expect(form.problems).to.have.length(3);
    await followEveryLink(form);
  });

  it("puts an object's own error on its first question, without asking for an answer already given", async () => {
    const schema = {
      type: 'object',
      properties: { child: { type: 'object', title: 'Child', minProperties: 2, properties: { firstName: { type: 'string', title: 'First name' }, school: { type: 'string', title: 'School' } } } },
    };
    const form = await formWith(schema, { child: { firstName: 'Sam' } });
    expect(form.problems).to.deep.equal([{ path: 'child.firstName', focusId: 'field-child.firstName', message: 'Check the answer to ‘First name’' }]);
  });

  it('counts each problem once and links every one (no "Check the answer to ‘child’")', async () => {
    const form = await formWith(referral, { child: { school: 'Hill Top' } });
    await showEveryProblem(form);
    const links = summaryLinks(form);
    expect(links.map(({ text }) => text)).to.deep.equal([
      'Enter an answer for ‘Your name’',
      'Enter an answer for ‘First name’',
      'Enter an answer for ‘Last name’',
      'Enter the date for ‘Date of birth’',
    ]);
    expect(form.problems.length).to.equal(links.length);
    expect(links.every(({ href }) => href !== null), 'every item links to its question').to.equal(true);
    expect(form.problems.every((problem) => problem.focusId)).to.equal(true);
    expect(form.validationMessage).to.equal('The interview record has 4 problems to fix');
    await followEveryLink(form);
    await showEveryProblem(form);
    await expect(form).to.be.accessible();
  });

  it("counts the layout's required check and the schema's required error for the same question once", async () => {
    const layout: Layout = {
      pages: [
        { id: 'you', title: { en: 'You', cy: 'Chi' }, fields: [{ path: 'name', required: true }] },
        {
          id: 'child',
          title: { en: 'Child', cy: 'Plentyn' },
          fields: [
            { path: 'child.firstName', required: true },
            { path: 'child.lastName', required: true },
            { path: 'child.dateOfBirth', required: true },
            'child.school',
          ],
        },
      ],
    };
    const form = await formWith(referral, { child: { school: 'Hill Top' } }, { layout });
    await showEveryProblem(form);
    expect(form.problems.length).to.equal(4);
    expect(errorSummary(form).length).to.equal(4);
    expect(form.problems.every((problem) => problem.focusId)).to.equal(true);
  });

  it('puts an error of dependencies (draft-07) and dependentRequired (2020-12) on the missing question', async () => {
    const properties = { phone: { type: 'string', title: 'Phone' }, bestTime: { type: 'string', title: 'Best time to call' } };
    const draft07 = { type: 'object', properties, dependencies: { phone: ['bestTime'] } };
    const draft2020 = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties, dependentRequired: { phone: ['bestTime'] } };
    for (const schema of [draft07, draft2020]) {
      const form = await formWith(schema, { phone: '01234 567890' });
      await showEveryProblem(form);
      expect(summaryLinks(form)).to.deep.equal([{ text: 'Enter an answer for ‘Best time to call’', href: '#field-bestTime' }]);
    }
  });
});

const colourLabels = { en: { red: 'Red', green: 'Green', blue: 'Blue' }, cy: { red: 'Coch', green: 'Gwyrdd', blue: 'Glas' } };

const household = {
  type: 'object',
  title: 'Household',
  properties: {
    contacts: {
      type: 'array',
      title: 'Contacts',
      minItems: 2,
      maxItems: 3,
      uniqueItems: true,
      items: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', title: 'Name', minLength: 2 },
          phone: { type: 'string', title: 'Phone', pattern: '^[0-9 ]+$' },
        },
      },
    },
    colours: { type: 'array', title: 'Colours', maxItems: 2, uniqueItems: true, items: { type: 'string', enum: ['red', 'green', 'blue'], 'x-rhi-enum-labels': colourLabels } },
  },
} satisfies JsonSchema;

describe('<rhi-interview-form> errors on the field: lists', () => {
  it("puts errors inside a list's items on the item's questions", async () => {
    const form = await formWith(household, { contacts: [{ name: 'A' }, {}] });
    await showEveryProblem(form);
    expect(summaryLinks(form)).to.deep.equal([
      { text: '‘Name’ must be 2 characters or more', href: '#field-contacts.0.name' },
      { text: 'Enter an answer for ‘Name’', href: '#field-contacts.1.name' },
    ]);
    await followEveryLink(form);
    expect(inlineError(form, 'contacts.0.name')).to.equal('Error: ‘Name’ must be 2 characters or more');
    expect(inlineError(form, 'contacts.1.name')).to.equal('Error: Enter an answer for ‘Name’');
    await showEveryProblem(form);
    await expect(form).to.be.accessible();
  });

  it("puts an error in an item's answer that no question shows on the list, and does not post", async () => {
    const layout: Layout = { pages: [{ id: 'household', title: { en: 'Household', cy: 'Aelwyd' }, fields: [{ path: 'contacts', fields: ['name'] }] }] };
    const form = await formWith(household, { contacts: [{ name: 'Al', phone: 'none' }, { name: 'Bo' }] }, { layout });
    expect(form.checkValidity(), 'the form does not post').to.equal(false);
    await showEveryProblem(form);
    expect(summaryLinks(form)).to.deep.equal([{ text: 'Check the answer to ‘Contacts’', href: '#field-contacts-add' }]);
    await followEveryLink(form);
  });

  it('puts maxItems and uniqueItems on the list, naming the limit', async () => {
    const same = { name: 'Al' };
    const form = await formWith(household, { contacts: [same, same, { name: 'Bo' }, { name: 'Cy' }], colours: ['red', 'green', 'blue'] });
    await showEveryProblem(form);
    expect(summaryLinks(form)).to.deep.equal([
      { text: '‘Contacts’ must have 3 or fewer', href: '#field-contacts-add' },
      { text: 'Select no more than 2 for ‘Colours’', href: '#field-colours-0' },
    ]);
    const repeated = await formWith(household, { contacts: [same, same] });
    await showEveryProblem(repeated);
    expect(summaryLinks(repeated)).to.deep.equal([{ text: 'Remove the repeated answer from ‘Contacts’', href: '#field-contacts-add' }]);
    await expect(repeated).to.be.accessible();
  });

  it("puts an error in an item of a list of single answers on the item's question when shown, else on the list", async () => {
    const schema: JsonSchema = { type: 'object', properties: { nicknames: { type: 'array', title: 'Nicknames', items: { type: 'string', minLength: 2 } } } };
    const validator = await compiledValidator(schema);
    const words = uiWords('en');
    const list: FieldNode = { key: ['nicknames'], kind: 'repeatable', label: { en: 'Nicknames', cy: 'Llysenwau' }, required: false, inline: false, choices: [], reveals: [], itemFields: [] };
    const item: FieldNode = { ...list, key: [], kind: 'text', label: { en: 'Nickname', cy: 'Llysenw' } };
    const request = (fields: FieldNode[]) => ({ fields, answers: { nicknames: ['Jo', 'J'] }, rawInputs: {}, validator, words, timeZone: 'Europe/London' });
    expect(everyProblem(request([{ ...list, itemFields: [item] }])).map(({ path, focusId, message }) => ({ path, focusId, message }))).to.deep.equal([
      { path: 'nicknames.1', focusId: 'field-nicknames.1', message: '‘Nickname’ must be 2 characters or more' },
    ]);
    expect(everyProblem(request([list])).map(({ path, focusId, message }) => ({ path, focusId, message }))).to.deep.equal([
      { path: 'nicknames', focusId: 'field-nicknames-add', message: 'Check the answer to ‘Nicknames’' },
    ]);
  });
});

describe('<rhi-interview-form> errors on the field: conditions and alternatives', () => {
  it("counts the error of a `then` once, not again for Ajv's `if`", async () => {
    const schema = {
      type: 'object',
      properties: { contactable: { type: 'boolean', title: 'Can we contact you?' }, email: { type: 'string', title: 'Email address' } },
      if: { properties: { contactable: { const: true } }, required: ['contactable'] },
      then: { required: ['email'] },
    };
    const form = await formWith(schema, { contactable: true });
    await showEveryProblem(form);
    expect(summaryLinks(form)).to.deep.equal([{ text: 'Enter an answer for ‘Email address’', href: '#field-email' }]);
    expect(form.problems.length).to.equal(1);
  });

  it('counts a failed oneOf or anyOf once, on its question', async () => {
    const schema = {
      type: 'object',
      properties: {
        size: { title: 'Size', oneOf: [{ const: 'S', title: 'Small' }, { const: 'L', title: 'Large' }] },
        code: { title: 'Code', anyOf: [{ type: 'string', minLength: 3 }, { type: 'number' }] },
      },
    };
    const form = await formWith(schema, { size: 'M', code: 'x' });
    await showEveryProblem(form);
    // How a oneOf of consts is drawn (a box, or choices) is not this test's business: where its error goes is.
    expect(form.problems.map(({ path }) => path)).to.deep.equal(['size', 'code']);
    expect(summaryLinks(form).every(({ href }) => href !== null)).to.equal(true);
  });

  it('still names a problem no question shows, without a link, and does not post', async () => {
    const schema = { type: 'object', title: 'Consent', required: ['signature'], properties: { name: { type: 'string', title: 'Name' } }, minProperties: 3 };
    const form = await formWith(schema, { name: 'Ali' });
    expect(form.checkValidity()).to.equal(false);
    await showEveryProblem(form);
    expect(summaryLinks(form)).to.deep.equal([
      { text: 'Check your answers: together they do not meet a rule of this form', href: null },
      { text: '‘signature’ must be answered, but it is not a question on this form. Ask the web team to add it to the form.', href: null },
    ]);
    expect(form.problems.length).to.equal(2);
    await expect(form).to.be.accessible();
    const welsh = await formWith(schema, { name: 'Ali' }, { lang: 'cy' });
    expect(welsh.problems.map(({ message }) => message)).to.deep.equal([
      "Gwiriwch eich atebion: gyda'i gilydd nid ydynt yn bodloni un o reolau'r ffurflen hon",
      "Rhaid ateb ‘signature’, ond nid yw'n gwestiwn yn y ffurflen hon. Gofynnwch i'r tîm gwe ei ychwanegu at y ffurflen.",
    ]);
  });
});

describe('<rhi-interview-form> messages naming the limit (en and cy)', () => {
  const schema = {
    type: 'object',
    title: 'Appointment',
    properties: {
      day: { type: 'string', format: 'date', title: 'Day' },
      starts: { type: 'string', format: 'date-time', title: 'Starts' },
      time: { type: 'string', format: 'time', title: 'Time' },
      age: { type: 'integer', minimum: 0, title: 'Age' },
      guests: { type: 'array', title: 'Guests', minItems: 2, items: { type: 'object', properties: { name: { type: 'string', title: 'Name' } } } },
      colours: { type: 'array', title: 'Colours', minItems: 2, items: { type: 'string', enum: ['red', 'green', 'blue'], 'x-rhi-enum-labels': colourLabels } },
      hosts: { type: 'array', title: 'Hosts', maxItems: 1, items: { type: 'object', properties: { name: { type: 'string', title: 'Name' } } } },
      shades: { type: 'array', title: 'Shades', maxItems: 1, items: { type: 'string', enum: ['red', 'green', 'blue'], 'x-rhi-enum-labels': colourLabels } },
      rooms: { type: 'array', title: 'Rooms', uniqueItems: true, items: { type: 'object', properties: { name: { type: 'string', title: 'Name' } } } },
    },
  };
  const answers = {
    day: '2026-02-30',
    starts: '2026-02-30T10:00:00Z',
    time: 'half two',
    age: -1,
    guests: [{ name: 'Al' }],
    colours: ['red'],
    hosts: [{ name: 'Al' }, { name: 'Bo' }],
    shades: ['red', 'blue'],
    rooms: [{ name: 'Hall' }, { name: 'Hall' }],
  };
  const expected = {
    en: {
      day: '‘Day’ must be a real date, for example 27 3 2026',
      starts: '‘Starts’ must be a real date and time, for example 27 3 2026 21 30',
      time: '‘Time’ must be a time with seconds and its offset from UTC, like 14:30:00+00:00',
      age: '‘Age’ must be 0 or more',
      guests: 'Add at least 2 ‘Guests’',
      colours: 'Select at least 2 options for ‘Colours’',
      hosts: '‘Hosts’ must have 1 or fewer',
      shades: 'Select no more than 1 for ‘Shades’',
      rooms: 'Remove the repeated answer from ‘Rooms’',
    },
    cy: {
      day: 'Rhaid i ‘Day’ fod yn ddyddiad go iawn, er enghraifft 27 3 2026',
      starts: 'Rhaid i ‘Starts’ fod yn ddyddiad ac amser go iawn, er enghraifft 27 3 2026 21 30',
      time: "Rhaid i ‘Time’ fod yn amser gydag eiliadau a'i wahaniaeth o UTC, fel 14:30:00+00:00",
      age: 'Rhaid i ‘Age’ fod yn 0 neu fwy',
      guests: 'Ychwanegwch o leiaf 2 ‘Guests’',
      colours: 'Dewiswch o leiaf 2 opsiwn ar gyfer ‘Colours’',
      hosts: 'Rhaid i ‘Hosts’ gael 1 neu lai',
      shades: 'Dewiswch ddim mwy na 1 ar gyfer ‘Shades’',
      rooms: "Dilëwch yr ateb sy'n cael ei ailadrodd yn ‘Rooms’",
    },
  };
  for (const lang of ['en', 'cy'] as const) {
    it(`says what is wrong with dates, times, numbers and lists, in ${lang}`, async () => {
      const form = await formWith(schema, answers, { lang });
      await showEveryProblem(form);
      expect(Object.fromEntries(form.problems.map(({ path, message }) => [path, message]))).to.deep.equal(expected[lang]);
      await expect(form).to.be.accessible();
    });
  }
});

describe("<rhi-interview-form> a field's own error message", () => {
  const schema = {
    type: 'object',
    title: 'Contact',
    required: ['postcode', 'reference', 'nickname'],
    properties: {
      postcode: { type: 'string', title: 'Postcode', pattern: '^[A-Z]{1,2}[0-9]', 'x-rhi-error': { en: 'Enter a real postcode, like SW1A 1AA', cy: 'Rhowch god post go iawn, fel SW1A 1AA' } },
      reference: { type: 'string', title: 'Reference', minLength: 6, errorMessage: 'Enter the 6-character reference from the letter' },
      nickname: {
        type: 'string',
        title: 'Nickname',
        minLength: 2,
        maxLength: 10,
        errorMessage: { minLength: 'A nickname has 2 letters or more', required: 'Tell us what they like to be called', _: 'Check the nickname' },
      },
      website: { type: 'string', format: 'uri', title: 'Website', errorMessage: { en: 'Enter the full web address', cy: "Rhowch y cyfeiriad gwe llawn" } },
    },
  };

  it("replaces every schema error's message on that field, in en and cy, but not the required message unless asked", async () => {
    const form = await formWith(schema, { postcode: 'sw1', reference: 'AB1', nickname: 'J', website: 'nowhere' });
    await showEveryProblem(form);
    expect(form.problems.map(({ message }) => message)).to.deep.equal([
      'Enter a real postcode, like SW1A 1AA',
      'Enter the 6-character reference from the letter',
      'A nickname has 2 letters or more',
      'Enter the full web address',
    ]);
    const long = await formWith(schema, { postcode: 'SW1A', reference: 'ABCDEF', nickname: 'Jay the very long' });
    await showEveryProblem(long);
    expect(long.problems.map(({ message }) => message)).to.deep.equal(['Check the nickname']);
    const empty = await formWith(schema, {});
    await showEveryProblem(empty);
    expect(empty.problems.map(({ message }) => message)).to.deep.equal([
      'Enter an answer for ‘Postcode’',
      'Enter an answer for ‘Reference’',
      'Tell us what they like to be called',
    ]);
    const welsh = await formWith(schema, { postcode: 'sw1', reference: 'ABCDEF', nickname: 'Jo', website: 'nowhere' }, { lang: 'cy' });
    await showEveryProblem(welsh);
    expect(welsh.problems.map(({ message }) => message)).to.deep.equal(['Rhowch god post go iawn, fel SW1A 1AA', 'Rhowch y cyfeiriad gwe llawn']);
    await expect(welsh).to.be.accessible();
  });

  it('replaces the message for what was typed in a number box that is not a number', async () => {
    const ages = { type: 'object', properties: { age: { type: 'integer', title: 'Age', errorMessage: { type: 'Enter their age in years, like 14' } } } };
    const form = await formWith(ages, {});
    await typeInto(form, 'field-age', 'fourteen');
    await leave(form, 'field-age');
    expect(inlineError(form, 'age')).to.equal('Error: Enter their age in years, like 14');
  });

  it('reads the message and the limits into the field tree', () => {
    const lists = Object.fromEntries(buildFormTree(household).pages.flatMap((page) => page.fields).map((field) => [field.key.join('.'), field]));
    expect(lists.contacts).to.include({ minItems: 2, maxItems: 3, uniqueItems: true });
    expect(lists.colours).to.include({ maxItems: 2, uniqueItems: true });
    expect(buildFormTree(referral).pages[1]!.fields[2]).to.include({ format: 'date' });
    const fields = buildFormTree(schema).pages.flatMap((page) => page.fields);
    const byName = Object.fromEntries(fields.map((field) => [field.key.join('.'), field]));
    expect(byName.postcode!.errorMessage).to.deep.equal({ en: 'Enter a real postcode, like SW1A 1AA', cy: 'Rhowch god post go iawn, fel SW1A 1AA' });
    expect(byName.reference!.errorMessage).to.deep.equal({ en: 'Enter the 6-character reference from the letter', cy: 'Enter the 6-character reference from the letter' });
    expect(byName.nickname!.errorMessage).to.deep.equal({ en: 'Check the nickname', cy: 'Check the nickname' });
    expect(byName.nickname!.errorMessageFor).to.deep.equal({
      minLength: { en: 'A nickname has 2 letters or more', cy: 'A nickname has 2 letters or more' },
      required: { en: 'Tell us what they like to be called', cy: 'Tell us what they like to be called' },
    });
  });
});
