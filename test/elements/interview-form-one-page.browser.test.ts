/**
 * The whole form on one page (issue 16): a layout's `"onePage": true` or the `one-page` attribute
 * shows every section at once under its own heading and submits from that page, with no contents
 * list, no "Section N of M", no Continue or Back, and no check-your-answers step unless asked for.
 * A form of one page, in the paged mode, has no contents list of one entry nor "Section 1 of 1".
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';
import type { Layout } from '../../packages/elements/src/interview-form/layout-types.js';
import { control, errorSummary, focusedId, heading, inlineError, pressButton } from '../support/interview-form-driver.js';

const schema = {
  type: 'object',
  title: 'Visit record',
  properties: {
    child: {
      type: 'object',
      title: 'The child',
      properties: {
        name: { type: 'string', title: 'Full name', maxLength: 100 },
        dateOfBirth: { type: 'string', format: 'date', title: 'Date of birth' },
      },
    },
    visit: {
      type: 'object',
      title: 'The visit',
      properties: {
        seenAlone: { type: 'boolean', title: 'Was the child seen alone?' },
        mood: { type: 'string', title: 'How did the child seem?', enum: ['calm', 'upset'], 'x-rhi-enum-labels': { en: { calm: 'Calm', upset: 'Upset' }, cy: { calm: 'Tawel', upset: 'Gofidus' } } },
        moodNotes: { type: 'string', title: 'What upset them?', maxLength: 500 },
      },
    },
  },
};

const pages: Layout['pages'] = [
  { id: 'child', title: { en: 'The child', cy: 'Y plentyn' }, fields: [{ path: 'child.name', required: true }, 'child.dateOfBirth'] },
  {
    id: 'visit',
    title: { en: 'The visit', cy: "Yr ymweliad" },
    fields: [{ path: 'visit.seenAlone', required: true }, { path: 'visit.mood', reveal: [{ when: ['upset'], fields: ['visit.moodNotes'] }] }],
  },
];
const onePageLayout: Layout = { pages, onePage: true };
const pagedLayout: Layout = { pages };

const words = {
  en: { submit: 'Submit', check: 'Continue to check answers', checkTitle: 'Check your answers' },
  cy: { submit: 'Cyflwyno', check: 'Parhau i wirio eich atebion', checkTitle: 'Gwiriwch eich atebion' },
} as const;

function buttons(form: RhiInterviewForm): string[] {
  return [...form.shadowRoot!.querySelectorAll('button:not(.link-button)')].map((button) => button.textContent!.trim());
}

function sectionHeadings(form: RhiInterviewForm): string[] {
  return [...form.shadowRoot!.querySelectorAll('h2.heading-l')].map((h2) => h2.textContent!.trim());
}

/** The form inside a host `<form>` whose submit is caught, so the posted data can be read. */
async function hostedForm(options: { lang?: 'en' | 'cy'; layout?: Layout; onePage?: boolean; checkAnswers?: boolean; schema?: object } = {}) {
  const host = await fixture<HTMLFormElement>(html`<form method="post" action="/nowhere">
    <button type="button" id="before">Before the form</button>
    <rhi-interview-form
      name="record"
      no-drafts
      lang=${options.lang ?? 'en'}
      ?one-page=${options.onePage ?? false}
      ?check-answers=${options.checkAnswers ?? false}
      .schema=${options.schema ?? schema}
      .layout=${options.layout}
    ></rhi-interview-form>
  </form>`);
  host.addEventListener('submit', (event) => event.preventDefault());
  const form = host.querySelector<RhiInterviewForm>('rhi-interview-form')!;
  await form.updateComplete;
  return { host, form };
}

/**
 * What the host's form posts: its FormData at the real submit event. The submit follows the key or
 * click within a few frames; a form that does not submit fails here, naming what it shows instead.
 */
async function postedRecord(host: HTMLFormElement, submitting: () => Promise<unknown>): Promise<unknown> {
  let posted: FormDataEntryValue | null | undefined;
  host.addEventListener('submit', (event) => (posted = new FormData(event.target as HTMLFormElement).get('record')), { once: true });
  await submitting();
  for (let frames = 0; posted === undefined && frames < 20; frames += 1) await new Promise(requestAnimationFrame);
  const form = host.querySelector<RhiInterviewForm>('rhi-interview-form')!;
  if (posted === undefined) throw new Error(`the form did not submit; it shows: ${errorSummary(form).join(' | ') || heading(form)}`);
  return JSON.parse(String(posted));
}

/** Presses Tab until the control with this id (in the form's shadow root) has focus. */
async function tabTo(form: RhiInterviewForm, id: string): Promise<void> {
  // Tabbing past the page's last control would leave the page for the browser's own controls.
  if (!form.shadowRoot!.getElementById(id)) throw new Error(`#${id} is not on the page (page: ${heading(form)})`);
  for (let presses = 0; presses < 40; presses += 1) {
    if (focusedId(form) === id) return;
    await sendKeys({ press: 'Tab' });
    await form.updateComplete;
  }
  throw new Error(`Tab never reached #${id} (focus: ${focusedId(form)})`);
}

async function tabToButton(form: RhiInterviewForm, text: string): Promise<void> {
  if (!buttons(form).includes(text)) throw new Error(`No button '${text}' on the page (buttons: ${buttons(form).join(', ')})`);
  for (let presses = 0; presses < 40; presses += 1) {
    const focused = form.shadowRoot!.activeElement as HTMLElement | null;
    if (focused?.tagName === 'BUTTON' && focused.textContent!.trim() === text) return;
    await sendKeys({ press: 'Tab' });
    await form.updateComplete;
  }
  throw new Error(`Tab never reached the button '${text}'`);
}

describe('<rhi-interview-form> on one page', () => {
  for (const lang of ['en', 'cy'] as const) {
    it(`shows every section under its own heading with one Submit, no contents list, caption, Continue or Back (${lang})`, async () => {
      const { form } = await hostedForm({ lang, layout: onePageLayout });
      expect(sectionHeadings(form)).to.deep.equal(pages.map((page) => page.title[lang]));
      expect(form.shadowRoot!.querySelector('nav') !== null, 'contents list').to.equal(false);
      expect(form.shadowRoot!.querySelector('.skip-link') !== null, 'skip link').to.equal(false);
      expect(form.shadowRoot!.querySelector('.caption') !== null, 'Section N of M').to.equal(false);
      expect(buttons(form)).to.deep.equal([words[lang].submit]);
      for (const id of ['field-child.name', 'field-child.dateOfBirth-day', 'field-visit.seenAlone-0', 'field-visit.mood-0']) control(form, id);
      await expect(form).to.be.accessible();
    });

    it(`puts every problem in the error summary on an empty submit, and its links focus the field on the same page (${lang})`, async () => {
      const { host, form } = await hostedForm({ lang, layout: onePageLayout });
      let posted = false;
      host.addEventListener('submit', () => (posted = true));
      await pressButton(form, words[lang].submit);
      expect(posted).to.equal(false);
      const summary = errorSummary(form);
      expect(summary).to.have.length(2);
      if (lang === 'en') expect(summary).to.deep.equal(['Enter an answer for ‘Full name’', 'Select an answer for ‘Was the child seen alone?’']);
      expect(focusedId(form)).to.equal('error-summary');
      // The summary is above the first section.
      const summaryBox = form.shadowRoot!.getElementById('error-summary')!;
      expect(summaryBox.compareDocumentPosition(form.shadowRoot!.getElementById('page-heading')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expect(form).to.be.accessible();
      const links = form.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a');
      links[1]!.click();
      await form.updateComplete;
      expect(focusedId(form)).to.equal('field-visit.seenAlone-0');
      expect(sectionHeadings(form)).to.deep.equal(pages.map((page) => page.title[lang]));
      links[0]!.click();
      await form.updateComplete;
      expect(focusedId(form)).to.equal('field-child.name');
      expect(inlineError(form, 'child.name')).to.not.equal(undefined);
    });

    it(`is filled in and submitted with the keyboard alone, a reveal opening on the way, and posts the answers (${lang})`, async () => {
      const { host, form } = await hostedForm({ lang, layout: onePageLayout });
      host.querySelector<HTMLButtonElement>('#before')!.focus();
      await tabTo(form, 'field-child.name');
      await sendKeys({ type: 'Sam Jones' });
      await tabTo(form, 'field-child.dateOfBirth-day');
      await sendKeys({ type: '4' });
      await tabTo(form, 'field-child.dateOfBirth-month');
      await sendKeys({ type: '11' });
      await tabTo(form, 'field-child.dateOfBirth-year');
      await sendKeys({ type: '2012' });
      await tabTo(form, 'field-visit.seenAlone-0');
      await sendKeys({ press: 'Space' });
      await tabTo(form, 'field-visit.mood-0');
      await sendKeys({ press: 'ArrowDown' }); // Upset: reveals the question under it
      await form.updateComplete;
      await tabTo(form, 'field-visit.moodNotes');
      await sendKeys({ type: 'A row at school' });
      await tabToButton(form, words[lang].submit);
      await expect(form).to.be.accessible();
      const record = await postedRecord(host, () => sendKeys({ press: 'Enter' }));
      expect(record).to.deep.equal({
        child: { name: 'Sam Jones', dateOfBirth: '2012-11-04' },
        visit: { seenAlone: true, mood: 'upset', moodNotes: 'A row at school' },
      });
    });
  }

  it('does the same for the one-page attribute with a layout of several pages, and Space submits too', async () => {
    const { host, form } = await hostedForm({ layout: pagedLayout, onePage: true });
    expect(sectionHeadings(form)).to.deep.equal(['The child', 'The visit']);
    expect(form.shadowRoot!.querySelector('nav') !== null).to.equal(false);
    expect(buttons(form)).to.deep.equal(['Submit']);
    form.answers = { child: { name: 'Sam' }, visit: { seenAlone: false } };
    await form.updateComplete;
    await tabToButton(form, 'Submit');
    const record = await postedRecord(host, () => sendKeys({ press: 'Space' }));
    expect(record).to.deep.equal({ child: { name: 'Sam' }, visit: { seenAlone: false } });
  });

  for (const [how, options] of [
    ['the check-answers attribute', { layout: onePageLayout, checkAnswers: true }],
    ['the layout\'s "checkAnswers": true', { layout: { ...onePageLayout, checkAnswers: true } }],
  ] as const) {
    it(`goes to "Check your answers" before submitting when asked by ${how}`, async () => {
      const { host, form } = await hostedForm(options);
      expect(buttons(form)).to.deep.equal(['Continue to check answers']);
      await pressButton(form, 'Continue to check answers');
      expect(errorSummary(form)).to.have.length(2);
      expect(sectionHeadings(form)).to.include('The visit');
      form.answers = { child: { name: 'Sam' }, visit: { seenAlone: true } };
      await form.updateComplete;
      await pressButton(form, 'Continue to check answers');
      expect(heading(form)).to.equal('Check your answers');
      expect(focusedId(form)).to.equal('page-heading');
      await expect(form).to.be.accessible();
      await pressButton(form, 'Back');
      expect(sectionHeadings(form)).to.deep.equal(['The child', 'The visit']);
      await pressButton(form, 'Continue to check answers');
      const record = await postedRecord(host, () => pressButton(form, 'Submit interview record'));
      expect(record).to.deep.equal({ child: { name: 'Sam' }, visit: { seenAlone: true } });
    });
  }
});

describe('<rhi-interview-form> with a single page', () => {
  it('shows no contents list of one entry nor "Section 1 of 1" in a layout of one page, and still checks answers', async () => {
    const { form } = await hostedForm({ layout: { pages: [pages[0]!] } });
    expect(heading(form)).to.equal('The child');
    expect(form.shadowRoot!.querySelector('nav') !== null).to.equal(false);
    expect(form.shadowRoot!.querySelector('.caption') !== null).to.equal(false);
    expect(form.shadowRoot!.getElementById('page-heading')!.hasAttribute('aria-describedby')).to.equal(false);
    expect(buttons(form)).to.deep.equal(['Continue']);
    await expect(form).to.be.accessible();
    form.answers = { child: { name: 'Sam' } };
    await form.updateComplete;
    await pressButton(form, 'Continue');
    expect(heading(form)).to.equal('Check your answers');
  });

  it('submits a schema of one page with no layout straight from that page (cy)', async () => {
    const flat = { type: 'object', title: 'Contact', properties: { phone: { type: 'string', title: 'Phone' } } };
    const { host, form } = await hostedForm({ schema: flat, lang: 'cy' });
    expect(heading(form)).to.equal('Contact');
    expect(form.shadowRoot!.querySelector('nav') !== null).to.equal(false);
    expect(form.shadowRoot!.querySelector('.caption') !== null).to.equal(false);
    expect(buttons(form)).to.deep.equal(['Cyflwyno']);
    await expect(form).to.be.accessible();
    form.answers = { phone: '01234 567890' };
    await form.updateComplete;
    const record = await postedRecord(host, () => pressButton(form, 'Cyflwyno'));
    expect(record).to.deep.equal({ phone: '01234 567890' });
  });
});
