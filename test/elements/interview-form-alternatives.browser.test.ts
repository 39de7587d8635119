/**
 * Alternatives as other people write them (issue 16): a property that is nothing but a `oneOf` of
 * object `$ref`s, a `null` alternative beside one object (a recursive tree's items), two
 * alternatives of the same shape, a draft-07 `dependencies` whose schema is a `oneOf` keyed on the
 * trigger's enum (the RJSF pattern), and a loaded answer that is none of a question's choices.
 * Each is asked as GOV.UK conditional reveals, and a loaded record is posted exactly as it came.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';
import type { JsonSchema } from '../../packages/elements/src/interview-form/layout-types.js';
import { choose, control, postedRecord, revealedUnder, shown } from '../support/interview-form-driver.js';

const addressOrUser: JsonSchema = {
  type: 'object',
  $defs: {
    address: {
      type: 'object',
      properties: { street_address: { type: 'string' }, city: { type: 'string' } },
      required: ['street_address', 'city'],
    },
    user: { type: 'object', properties: { name: { type: 'string' }, mail: { type: 'string' } }, required: ['name', 'mail'] },
  },
  properties: {
    name: { type: 'string' },
    addressOrUser: { oneOf: [{ $ref: '#/$defs/address' }, { $ref: '#/$defs/user' }] },
  },
};

const colours: JsonSchema = {
  type: 'object',
  properties: {
    coloursOrNumbers: {
      oneOf: [
        { title: 'Colours', type: 'object', properties: { colour: { title: 'Colour', type: 'string', enum: ['Red', 'Green', 'Blue'] } } },
        { title: 'Numbers', type: 'object', properties: { number: { title: 'Number', type: 'string', enum: ['One', 'Two'] } } },
      ],
    },
  },
};

const references: JsonSchema = {
  type: 'object',
  definitions: {
    node: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        children: { type: 'array', items: { oneOf: [{ title: 'None', type: 'null' }, { $ref: '#/definitions/node' }] } },
      },
    },
    person: { type: 'object', properties: { name: { type: 'string' }, details: { type: 'string' } } },
    company: { type: 'object', properties: { name: { type: 'string' }, details: { type: 'string' } } },
  },
  properties: {
    tree: { title: 'Tree', $ref: '#/definitions/node' },
    contact: { title: 'Contact', oneOf: [{ title: 'Person', $ref: '#/definitions/person' }, { title: 'Company', $ref: '#/definitions/company' }] },
  },
};

const PETS = 'Do you have any pets?';
const AGE = 'How old is your pet?';
const RID = 'Do you want to get rid of any?';
const petOwner: JsonSchema = {
  type: 'object',
  title: 'Pet owner',
  properties: { [PETS]: { type: 'string', enum: ['No', 'Yes: One', 'Yes: More than one'] } },
  required: [PETS],
  dependencies: {
    [PETS]: {
      oneOf: [
        { properties: { [PETS]: { enum: ['No'] } } },
        { properties: { [PETS]: { enum: ['Yes: One'] }, [AGE]: { type: 'number' } }, required: [AGE] },
        { properties: { [PETS]: { enum: ['Yes: More than one'] }, [RID]: { type: 'boolean' } }, required: [RID] },
      ],
    },
  },
};

async function newForm(schema: JsonSchema, answers: Record<string, unknown> = {}, lang = 'en'): Promise<RhiInterviewForm> {
  const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form one-page no-drafts lang=${lang} .schema=${schema} .answers=${answers}></rhi-interview-form>`);
  await form.updateComplete;
  return form;
}

describe('<rhi-interview-form> a property that is only a oneOf of objects', () => {
  it('asks which applies, not for a line of text, and reveals the chosen alternative’s fields', async () => {
    const form = await newForm(addressOrUser);
    expect(shown(form, 'field-addressOrUser')).to.equal(false);
    expect(shown(form, 'field-addressOrUser.$alternative-0')).to.equal(true);
    expect(shown(form, 'field-addressOrUser.street_address')).to.equal(false);
    await expect(form).to.be.accessible();
    await choose(form, 'field-addressOrUser.$alternative-0');
    expect(revealedUnder(form, 'field-addressOrUser.street_address')).to.equal(true);
    expect(shown(form, 'field-addressOrUser.mail')).to.equal(false);
    await expect(form).to.be.accessible();
    await choose(form, 'field-addressOrUser.$alternative-1');
    expect(revealedUnder(form, 'field-addressOrUser.mail')).to.equal(true);
    expect(shown(form, 'field-addressOrUser.street_address')).to.equal(false);
  });

  it('has a page of its own when the form is in pages, as an object with properties does', async () => {
    const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form no-drafts .schema=${addressOrUser}></rhi-interview-form>`);
    await form.updateComplete;
    const headings = [...form.shadowRoot!.querySelectorAll('h1, h2, nav a, nav li')].map((element) => element.textContent!.trim());
    expect(headings.some((text) => text.includes('Address or user'))).to.equal(true);
    await expect(form).to.be.accessible();
  });

  it('finds the alternative of a loaded record and posts it exactly', async () => {
    const record = { name: 'test', addressOrUser: { street_address: '1600 Pennsylvania Avenue NW', city: 'Washington' } };
    const form = await newForm(addressOrUser, record);
    expect(control(form, 'field-addressOrUser.$alternative-0').checked).to.equal(true);
    expect(control(form, 'field-addressOrUser.city').value).to.equal('Washington');
    expect(await postedRecord(addressOrUser, record)).to.deep.equal(record);
    const user = { addressOrUser: { name: 'Ann', mail: 'ann@example.com' } };
    expect(await postedRecord(addressOrUser, user)).to.deep.equal(user);
  });
});

describe('<rhi-interview-form> an answer that is none of the choices', () => {
  it('shows a loaded value the choices lack under its question, keeps and posts it until another is chosen', async () => {
    const record = { coloursOrNumbers: { colour: 'Foo' } };
    const form = await newForm(colours, record);
    expect(control(form, 'field-coloursOrNumbers.$alternative-0').checked).to.equal(true);
    const kept = form.shadowRoot!.getElementById('field-coloursOrNumbers.colour');
    expect(kept?.textContent?.trim()).to.equal('Not one of the choices: Foo');
    expect(kept?.closest('fieldset')?.getAttribute('aria-describedby')).to.contain('field-coloursOrNumbers.colour');
    expect(form.submittedAnswers).to.deep.equal(record);
    expect(await postedRecord(colours, record)).to.deep.equal(record);
    await expect(form).to.be.accessible();
    await choose(form, 'field-coloursOrNumbers.colour-1');
    expect(shown(form, 'field-coloursOrNumbers.colour')).to.equal(false);
    expect(form.submittedAnswers).to.deep.equal({ coloursOrNumbers: { colour: 'Green' } });
  });

  it('says so in Welsh too', async () => {
    const form = await newForm(colours, { coloursOrNumbers: { colour: 'Foo' } }, 'cy');
    expect(form.shadowRoot!.getElementById('field-coloursOrNumbers.colour')?.textContent?.trim()).to.equal("Nid yw'n un o'r dewisiadau: Foo");
    await expect(form).to.be.accessible();
  });

  it('counts a loaded list or object equal to a choice as that choice, not as none of them', async () => {
    const schema: JsonSchema = { type: 'object', properties: { data: { title: 'Data', enum: [42, 'hello', [1, 2, 3], { name: 'Amsterdam' }] as unknown as string[] } } };
    const list = await newForm(schema, { data: [1, 2, 3] });
    expect(control(list, 'field-data-2').checked).to.equal(true);
    expect(control(list, 'field-data-2').labels![0]!.textContent!.trim()).to.equal('[1,2,3]');
    expect(shown(list, 'field-data')).to.equal(false);
    const object = await newForm(schema, { data: { name: 'Amsterdam' } });
    expect(control(object, 'field-data-3').checked).to.equal(true);
    expect(await postedRecord(schema, { data: { name: 'Amsterdam' } })).to.deep.equal({ data: { name: 'Amsterdam' } });
    await expect(object).to.be.accessible();
  });

  it('shows it under a drop-down list too, and in a list of checkboxes only the values none of them are', async () => {
    const months = Array.from({ length: 13 }, (_, index) => `M${index + 1}`);
    const schema: JsonSchema = {
      type: 'object',
      properties: { month: { title: 'Month', enum: months }, pets: { title: 'Pets', type: 'array', items: { enum: ['cat', 'dog'] } } },
    };
    const record = { month: 'Smarch', pets: ['cat', 'ferret'] };
    const form = await newForm(schema, record);
    const select = control<HTMLSelectElement>(form, 'field-month');
    expect(select.value).to.equal('');
    expect(form.shadowRoot!.getElementById('field-month-not-listed')?.textContent?.trim()).to.equal('Not one of the choices: Smarch');
    expect(select.getAttribute('aria-describedby')).to.contain('field-month-not-listed');
    expect(form.shadowRoot!.getElementById('field-pets')?.textContent?.trim()).to.equal('Not one of the choices: ferret');
    expect(control(form, 'field-pets-0').checked).to.equal(true);
    // The value none of the choices has a ticked box of its own: editing the others keeps it.
    expect(control(form, 'field-pets-2').checked).to.equal(true);
    expect(await postedRecord(schema, record)).to.deep.equal(record);
    await expect(form).to.be.accessible();
    await choose(form, 'field-pets-1');
    expect(form.answers.pets).to.deep.equal(['cat', 'dog', 'ferret']);
    await choose(form, 'field-pets-2');
    expect(form.answers.pets).to.deep.equal(['cat', 'dog']);
  });

  it('shows a yes/no question’s loaded answer that is neither', async () => {
    const schema: JsonSchema = { type: 'object', properties: { active: { type: 'boolean', title: 'Active' } } };
    const form = await newForm(schema, { active: 'wrong' });
    expect(form.shadowRoot!.getElementById('field-active')?.textContent?.trim()).to.equal('Not one of the choices: wrong');
    expect(await postedRecord(schema, { active: 'wrong' })).to.deep.equal({ active: 'wrong' });
  });
});

describe('<rhi-interview-form> null beside an object, and alternatives of one shape', () => {
  it('makes items that are oneOf [null, object] a list of those objects, recursively, and posts it exactly', async () => {
    const record = { tree: { name: 'root', children: [{ name: 'leaf', children: [{ name: 'deeper' }] }] }, contact: { name: 'Jane Smith', details: 'Engineer' } };
    const form = await newForm(references, record);
    expect(control(form, 'field-tree.children.0.name').value).to.equal('leaf');
    expect(control(form, 'field-tree.children.0.children.0.name').value).to.equal('deeper');
    expect(shown(form, 'field-tree.children.0.$alternative-0')).to.equal(false);
    expect(control(form, 'field-contact.$alternative-0').checked).to.equal(true);
    expect(control(form, 'field-contact.name').value).to.equal('Jane Smith');
    expect(control(form, 'field-contact.details').value).to.equal('Engineer');
    await expect(form).to.be.accessible();
    expect(await postedRecord(references, record)).to.deep.equal(record);
    await choose(form, 'field-contact.$alternative-1');
    expect(control(form, 'field-contact.name').value).to.equal('Jane Smith');
    expect(form.submittedAnswers).to.deep.equal(record);
  });
});

describe('<rhi-interview-form> dependencies whose schema is a oneOf keyed on the trigger’s value', () => {
  it('reveals under each option the fields its alternative adds, required while open', async () => {
    const form = await newForm(petOwner);
    expect(shown(form, `field-${AGE}`)).to.equal(false);
    expect(shown(form, `field-${RID}-0`)).to.equal(false);
    await choose(form, `field-${PETS}-1`);
    expect(revealedUnder(form, `field-${AGE}`)).to.equal(true);
    expect(shown(form, `field-${RID}-0`)).to.equal(false);
    expect(form.problems.map(({ path }) => path)).to.deep.equal([AGE]);
    await expect(form).to.be.accessible();
    await choose(form, `field-${PETS}-2`);
    expect(shown(form, `field-${AGE}`)).to.equal(false);
    expect(revealedUnder(form, `field-${RID}-0`)).to.equal(true);
    await expect(form).to.be.accessible();
    await choose(form, `field-${PETS}-0`);
    expect(shown(form, `field-${AGE}`)).to.equal(false);
    expect(shown(form, `field-${RID}-0`)).to.equal(false);
    expect(form.problems).to.deep.equal([]);
  });

  it('posts records of each alternative, in lists too, exactly as they came', async () => {
    const list: JsonSchema = { type: 'object', properties: { owners: { type: 'array', title: 'Owners', items: petOwner } } };
    const owners = { owners: [{ [PETS]: 'No' }, { [PETS]: 'Yes: One', [AGE]: 6 }, { [PETS]: 'Yes: More than one', [RID]: false }] };
    const form = await newForm(list, owners);
    expect(control(form, `field-owners.1.${AGE}`).value).to.equal('6');
    expect(control(form, `field-owners.2.${RID}-1`).checked).to.equal(true);
    expect(await postedRecord(list, owners)).to.deep.equal(owners);
  });
});
