/**
 * Numbers in a schema someone else wrote (issue 16): `type: number` takes decimals, `type: integer`
 * whole numbers only, each with its own message in English and Welsh, and nothing typed is lost.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';
import { control, inlineError, leave, typeInto } from '../support/interview-form-driver.js';

const schema = {
  type: 'object',
  title: 'Visit',
  properties: {
    weight: { type: 'number', title: 'Weight in kilograms' },
    children: { type: 'integer', title: 'Children in the household' },
    distance: { type: ['number', 'null'], title: 'Distance in miles' },
  },
};

async function formIn(lang: 'en' | 'cy'): Promise<RhiInterviewForm> {
  return fixture<RhiInterviewForm>(html`<rhi-interview-form no-drafts lang=${lang} .schema=${schema}></rhi-interview-form>`);
}

describe('<rhi-interview-form> number questions', () => {
  it('stores a decimal for type number, and a negative or leading-point one too', async () => {
    const form = await formIn('en');
    await typeInto(form, 'field-weight', '3.5');
    await leave(form, 'field-weight');
    expect(form.answers).to.deep.equal({ weight: 3.5 });
    expect(inlineError(form, 'weight')).to.equal(undefined);
    await typeInto(form, 'field-distance', '.25');
    await leave(form, 'field-distance');
    expect(form.answers).to.deep.equal({ weight: 3.5, distance: 0.25 });
    await typeInto(form, 'field-weight', '-0.5');
    expect(form.answers.weight).to.equal(-0.5);
  });

  it('offers the keyboard with a decimal point for type number and the plain numeric one for integer', async () => {
    const form = await formIn('en');
    expect(control(form, 'field-weight').getAttribute('inputmode')).to.equal('decimal');
    expect(control(form, 'field-children').getAttribute('inputmode')).to.equal('numeric');
  });

  it('keeps a decimal typed into a whole-number question as typed, with no answer, and says a whole number is needed', async () => {
    const form = await formIn('en');
    await typeInto(form, 'field-children', '2.5');
    await leave(form, 'field-children');
    expect(form.answers).to.deep.equal({});
    expect(control(form, 'field-children').value).to.equal('2.5');
    expect(inlineError(form, 'children')).to.equal('Error: ‘Children in the household’ must be a whole number, like 3');
  });

  for (const [lang, message] of [
    ['en', 'Error: ‘Weight in kilograms’ must be a number, like 3.5'],
    ['cy', 'Gwall: Rhaid i ‘Weight in kilograms’ fod yn rhif, fel 3.5'],
  ] as const) {
    it(`says a number is needed, not a whole number, when text is typed into a type number question (${lang})`, async () => {
      const form = await formIn(lang);
      await typeInto(form, 'field-weight', 'about 3');
      await leave(form, 'field-weight');
      expect(form.answers).to.deep.equal({});
      expect(control(form, 'field-weight').value).to.equal('about 3');
      expect(inlineError(form, 'weight')).to.equal(message);
      await expect(form).to.be.accessible();
    });
  }
});
