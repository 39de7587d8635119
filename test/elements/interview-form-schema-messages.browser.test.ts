/**
 * Messages for the limits of a schema someone else wrote (issue 16): what the validator reports
 * (Ajv's keywords and params, as `rhi compile-schema` writes them) is said in words naming the limit,
 * in English and Welsh, on the field — never "must be a real date" for an email address.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';
import { inlineError, leave, typeInto } from '../support/interview-form-driver.js';

const schema = {
  type: 'object',
  title: 'Contact',
  properties: {
    email: { type: 'string', format: 'email', title: 'Email address' },
    website: { type: 'string', format: 'uri', title: 'Website' },
    postcode: { type: 'string', pattern: '^[A-Z]{1,2}[0-9]', title: 'Postcode' },
    nickname: { type: 'string', minLength: 3, title: 'Nickname' },
    score: { type: 'number', exclusiveMinimum: 0, title: 'Score' },
    step: { type: 'integer', multipleOf: 5, title: 'Step' },
  },
};

type AjvError = { instancePath: string; keyword: string; params: Record<string, unknown>; schemaPath: string };
type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** The errors Ajv gives for these six properties, worked out by hand so the test needs no eval. */
const validate: Validate = (data) => {
  const answers = data as Record<string, unknown>;
  const errors: AjvError[] = [];
  const add = (path: string, keyword: string, params: Record<string, unknown>) => errors.push({ instancePath: `/${path}`, keyword, params, schemaPath: `#/properties/${path}/${keyword}` });
  if (typeof answers.email === 'string' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(answers.email)) add('email', 'format', { format: 'email' });
  if (typeof answers.website === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(answers.website)) add('website', 'format', { format: 'uri' });
  if (typeof answers.postcode === 'string' && !/^[A-Z]{1,2}[0-9]/.test(answers.postcode)) add('postcode', 'pattern', { pattern: '^[A-Z]{1,2}[0-9]' });
  if (typeof answers.nickname === 'string' && answers.nickname.length < 3) add('nickname', 'minLength', { limit: 3 });
  if (typeof answers.score === 'number' && !(answers.score > 0)) add('score', 'exclusiveMinimum', { comparison: '>', limit: 0 });
  if (typeof answers.step === 'number' && answers.step % 5 !== 0) add('step', 'multipleOf', { multipleOf: 5 });
  validate.errors = errors.length > 0 ? errors : null;
  return errors.length === 0;
};

const expected = {
  en: {
    email: 'Error: ‘Email address’ must be an email address, like name@example.com',
    website: 'Error: ‘Website’ must be a full web address, like https://www.example.com',
    postcode: 'Error: ‘Postcode’ is not in the right format',
    nickname: 'Error: ‘Nickname’ must be 3 characters or more',
    score: 'Error: ‘Score’ must be more than 0',
    step: 'Error: ‘Step’ must be a multiple of 5',
  },
  cy: {
    email: 'Gwall: Rhaid i ‘Email address’ fod yn gyfeiriad e-bost, fel enw@enghraifft.com',
    website: 'Gwall: Rhaid i ‘Website’ fod yn gyfeiriad gwe llawn, fel https://www.enghraifft.com',
    postcode: 'Gwall: Nid yw ‘Postcode’ yn y fformat cywir',
    nickname: 'Gwall: Rhaid i ‘Nickname’ fod yn 3 nod neu fwy',
    score: 'Gwall: Rhaid i ‘Score’ fod yn fwy na 0',
    step: 'Gwall: Rhaid i ‘Step’ fod yn lluosrif o 5',
  },
} as const;

const typed = { email: 'not an address', website: 'www.example', postcode: 'sw1a', nickname: 'Jo', score: '0', step: '7' } as const;

for (const lang of ['en', 'cy'] as const) {
  describe(`<rhi-interview-form> messages for a schema's limits (${lang})`, () => {
    it('names the limit on the field that broke it', async () => {
      const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form no-drafts lang=${lang} .schema=${schema} .validator=${validate}></rhi-interview-form>`);
      for (const [name, text] of Object.entries(typed)) {
        await typeInto(form, `field-${name}`, text);
        await leave(form, `field-${name}`);
      }
      for (const [name, message] of Object.entries(expected[lang])) expect(inlineError(form, name), name).to.equal(message);
      await expect(form).to.be.accessible();
    });
  });
}
