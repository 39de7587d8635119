/**
 * A schema someone else wrote (issue 16, points 1 and 3): `$ref`'d objects are asked as their
 * fields, and whatever the form cannot show gives one console warning naming its JSON pointer and a
 * visible notice, while the answers under it are still kept and posted.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';
import type { JsonSchema } from '../../packages/elements/src/interview-form/layout-types.js';
import { control, typeInto } from '../support/interview-form-driver.js';

const corpus = (file: string) => fetch(`/test/fixtures/schema-corpus/${file}`).then((response) => response.json());
const singleStringRoot = await corpus('15-single-string-root.schema.json');
const singleStringAnswer = await corpus('15-single-string-root.data.json');

/** Accepts every answer, so the only warnings are the form's notices (no "no validator" warning). */
const acceptAll = Object.assign(() => true, { errors: null });

let warnings: string[];
const realWarn = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (...parts: unknown[]) => void warnings.push(parts.map(String).join(' '));
});
afterEach(() => {
  console.warn = realWarn;
});

async function inForm(schema: unknown, answers: unknown = {}, lang = 'en') {
  const host = await fixture<HTMLFormElement>(
    html`<form><rhi-interview-form name="answers" no-drafts lang=${lang} .schema=${schema as JsonSchema} .validator=${acceptAll} .answers=${answers as Record<string, unknown>}></rhi-interview-form></form>`,
  );
  const form = host.querySelector('rhi-interview-form') as RhiInterviewForm;
  await form.updateComplete;
  return { host, form, posted: () => JSON.parse(new FormData(host).get('answers') as string) };
}

const noticeText = (form: RhiInterviewForm) => form.shadowRoot!.getElementById('schema-notices')?.textContent?.replace(/\s+/g, ' ').trim();
const questionCount = (form: RhiInterviewForm) => form.shadowRoot!.querySelectorAll('[part~="field"]').length;

describe('<rhi-interview-form> with $ref in a schema', () => {
  const schema = {
    type: 'object',
    $defs: { address: { type: 'object', properties: { street: { type: 'string', title: 'Street' }, town: { type: 'string', title: 'Town' } } } },
    properties: { home: { $ref: '#/$defs/address', title: 'Home address' } },
  };

  it("asks a $ref'd object as its fields, and typing into one keeps the object", async () => {
    const { form, posted } = await inForm(schema, { home: { town: 'Cardiff' } });
    expect(form.shadowRoot!.getElementById('page-heading')!.textContent).to.contain('Home address');
    await typeInto(form, 'field-home.street', '1 High Street');
    expect(form.answers).to.deep.equal({ home: { town: 'Cardiff', street: '1 High Street' } });
    expect(control(form, 'field-home.town').value).to.equal('Cardiff');
    expect(posted()).to.deep.equal({ home: { town: 'Cardiff', street: '1 High Street' } });
    expect(noticeText(form)).to.equal(undefined);
    expect(warnings).to.deep.equal([]);
    await expect(form).to.be.accessible();
  });

  it('stops a recursive $ref three levels down with one warning, and posts the deeper answers as they came', async () => {
    const people = {
      type: 'object',
      definitions: { person: { type: 'object', properties: { name: { type: 'string', title: 'Name' }, parent: { $ref: '#/definitions/person' } } } },
      properties: { child: { $ref: '#/definitions/person', title: 'Child' } },
    };
    const answers = { child: { name: 'A', parent: { name: 'B', parent: { name: 'C', parent: { name: 'D', parent: { name: 'E' } } } } } };
    const { form, posted } = await inForm(people, answers);
    expect(control(form, 'field-child.parent.parent.name').value).to.equal('C');
    expect(form.shadowRoot!.getElementById('field-child.parent.parent.parent.name')).to.equal(null);
    await typeInto(form, 'field-child.name', 'Alex');
    expect(warnings).to.deep.equal([
      "rhi-interview-form: cannot show /properties/child/properties/parent/properties/parent/properties/parent: '#/definitions/person' refers back to itself more than 3 levels deep, so the form stops here. Its answers are kept and posted as they are.",
    ]);
    expect(noticeText(form)).to.contain('One part of this form cannot be shown here');
    expect(posted()).to.deep.equal({ ...answers, child: { ...answers.child, name: 'Alex' } });
    await expect(form).to.be.accessible();
  });
});

describe('<rhi-interview-form> never silent about what it cannot show', () => {
  it('a root that is not an object: the notice, no questions, and the answers posted unchanged', async () => {
    const { form, posted } = await inForm(singleStringRoot, singleStringAnswer);
    expect(questionCount(form)).to.equal(0);
    expect(noticeText(form)).to.equal(
      'One part of this form cannot be shown here. Any answers already given to them are kept and sent with the form. Tell the web team: the details are in the browser console. Where in the schema (for the web team) /',
    );
    expect([...form.shadowRoot!.querySelectorAll('#schema-notices [data-pointer]')].map((item) => item.getAttribute('data-pointer'))).to.deep.equal(['']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^rhi-interview-form: cannot show the root \(""\): the schema's root is not an object with properties \(its type is "string"\)/);
    expect(posted()).to.equal('initial value');
    await expect(form).to.be.accessible();
  });

  const partlyShown = {
    type: 'object',
    title: 'Household',
    properties: {
      name: { type: 'string', title: 'Your name' },
      pair: { type: 'array', title: 'Pair', items: [{ type: 'string' }, { type: 'boolean' }] },
      pets: { type: 'object', title: 'Pets', properties: { count: { type: 'integer', title: 'How many pets' } }, patternProperties: { '^pet-': { type: 'string' } } },
    },
  };
  const given = { name: 'Sam', pair: ['left', true], pets: { count: 2, 'pet-1': 'Rex' } };

  it('tuple items and an unknown keyword: one warning per pointer, a notice counting them, their answers posted', async () => {
    const { form, posted } = await inForm(partlyShown, given);
    expect(form.shadowRoot!.getElementById('field-pair')).to.equal(null);
    expect(warnings.map((warning) => warning.split(': ').slice(0, 2).join(': '))).to.deep.equal([
      'rhi-interview-form: cannot show /properties/pair/items',
      'rhi-interview-form: cannot show /properties/pets/patternProperties',
    ]);
    expect(noticeText(form)).to.match(/^2 parts of this form cannot be shown here\. Any answers already given to them are kept and sent with the form\./);
    await typeInto(form, 'field-name', 'Sam Jones');
    expect(warnings, 'no new warning when the form updates').to.have.length(2);
    expect(posted()).to.deep.equal({ ...given, name: 'Sam Jones' });
    await expect(form).to.be.accessible();
  });

  it('says so in Welsh', async () => {
    const { form } = await inForm(partlyShown, given, 'cy');
    expect(noticeText(form)).to.match(/^Ni ellir dangos dwy ran o'r ffurflen hon yma\. Mae unrhyw atebion sydd eisoes wedi'u rhoi iddynt yn cael eu cadw/);
    await expect(form).to.be.accessible();
  });

  it("shows no notice and warns nothing for the toolkit's own form", async () => {
    const host = await fixture<HTMLFormElement>(html`<form><rhi-interview-form name="answers" no-drafts></rhi-interview-form></form>`);
    const form = host.querySelector('rhi-interview-form') as RhiInterviewForm;
    await form.updateComplete;
    expect(noticeText(form)).to.equal(undefined);
    expect(warnings).to.deep.equal([]);
  });
});
