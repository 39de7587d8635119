import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { Layout, RhiInterviewForm } from '../../packages/elements/src/index.js';
import type { ScenarioFile } from '../support/harness.js';
import { choose, control, errorSummary, focusedId, heading, inlineError, leave, pressButton, typeInto } from '../support/interview-form-driver.js';

const scenarios: ScenarioFile[] = await (await fetch('/__scenarios__.json')).json();
const s02 = scenarios.find(({ scenario }) => scenario.id === 'S02')!.scenario;
const layout: Layout = await (await fetch('/schemas/interview.layout.json')).json();
const pageIds = layout.pages.map((page) => page.id);

async function newForm(lang: 'en' | 'cy' = 'en', answers: object = {}): Promise<RhiInterviewForm> {
  const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form lang=${lang} no-drafts .answers=${answers}></rhi-interview-form>`);
  await form.updateComplete;
  return form;
}

/** Ajv's own phrases: none may reach a person. */
const ajvWording = /must NOT|must match|allowed values|must have required|must be equal|should be/;

describe('<rhi-interview-form> pages from the layout file', () => {
  it('shows the layout pages in order, then "Check your answers"', async () => {
    const form = await newForm();
    const nav = [...form.shadowRoot!.querySelectorAll('.page-nav button')].map((button) => button.textContent!.trim());
    expect(nav).to.deep.equal([...layout.pages.map((page) => page.title.en), 'Check your answers']);
    expect(heading(form)).to.equal(layout.pages[0]!.title.en);
  });

  for (const lang of ['en', 'cy'] as const) {
    it(`has no axe violations on any empty page, in ${lang}`, async () => {
      const form = await newForm(lang);
      for (const id of [...pageIds, 'check']) {
        await form.goToPage(id);
        await expect(form, `page ${id}`).to.be.accessible();
      }
    });

    it(`has no axe violations on any page filled with S02's answers, or read-only, in ${lang}`, async () => {
      const form = await newForm(lang, s02.answers);
      for (const id of [...pageIds, 'check']) {
        await form.goToPage(id);
        await expect(form, `page ${id}`).to.be.accessible();
      }
      form.readOnly = true;
      await form.updateComplete;
      await expect(form).to.be.accessible();
    });

    it(`has no axe violations with errors shown, in ${lang}`, async () => {
      const form = await newForm(lang);
      await form.goToPage('episode');
      await typeInto(form, 'field-episode.reportedMissingAt-day', '31');
      await typeInto(form, 'field-episode.reportedMissingAt-month', '2');
      await pressButton(form, lang === 'en' ? 'Continue' : 'Parhau');
      expect(errorSummary(form).length).to.be.greaterThan(1);
      await expect(form).to.be.accessible();
      await form.goToPage('check');
      form.reportValidity();
      await form.updateComplete;
      expect(errorSummary(form).length).to.be.greaterThan(3);
      await expect(form).to.be.accessible();
    });
  }

  it('moves focus to the page heading when the page changes', async () => {
    const form = await newForm('en', s02.answers);
    await pressButton(form, 'Continue');
    expect(heading(form)).to.equal(layout.pages[1]!.title.en);
    expect(focusedId(form)).to.equal('page-heading');
  });
});

describe('<rhi-interview-form> with a schema and no layout', () => {
  const schema = {
    type: 'object',
    title: 'Visit',
    properties: {
      visitor: { type: 'string', title: 'Visitor', maxLength: 50 },
      notes: { type: 'string', title: 'Notes', maxLength: 500 },
      seenAlone: { type: 'boolean', title: 'Seen alone' },
      mood: { type: 'string', title: 'Mood', enum: ['calm', 'upset'] },
      worries: { type: 'array', title: 'Worries', items: { type: 'string', enum: ['school', 'home'] } },
      visitedOn: { type: 'string', format: 'date', title: 'Visited on' },
      visits: { type: 'integer', title: 'Visits', minimum: 0 },
      place: { type: 'object', title: 'Place', properties: { town: { type: 'string', title: 'Town' } } },
      contacts: { type: 'array', title: 'Contacts', items: { type: 'object', properties: { name: { type: 'string' } } } },
    },
  };

  it('renders every property in schema order, a page for each top-level object', async () => {
    const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form no-drafts .schema=${schema}></rhi-interview-form>`);
    const ids = [...form.shadowRoot!.querySelectorAll('[id^="field-"]')].map((node) => node.id);
    for (const id of ['field-visitor', 'field-notes', 'field-seenAlone-0', 'field-mood-1', 'field-worries-1', 'field-visitedOn-day', 'field-visits']) {
      expect(ids, id).to.include(id);
    }
    expect(ids.indexOf('field-visitor')).to.be.lessThan(ids.indexOf('field-visits'));
    expect(control(form, 'field-notes').tagName).to.equal('TEXTAREA');
    await pressButton(form, 'Continue');
    expect(heading(form)).to.equal('Place');
    await pressButton(form, 'Continue');
    expect(heading(form)).to.equal('Visit');
    await pressButton(form, 'Add contact'); // one item is named in the singular (issue 16)
    await typeInto(form, 'field-contacts.0.name', 'Aunt');
    expect(form.answers).to.deep.equal({ contacts: [{ name: 'Aunt' }] });
    await expect(form).to.be.accessible();
  });
});

describe('<rhi-interview-form> validation', () => {
  it('shows an error when a field is left, not while typing, in plain words', async () => {
    const form = await newForm();
    await form.goToPage('interview-offer');
    const reason = 'field-interview.outcome';
    await choose(form, `${reason}-1`); // declined: reveals the reason
    const long = 'x'.repeat(20001);
    await typeInto(form, 'field-interview.outcomeReason', long);
    expect(inlineError(form, 'interview.outcomeReason')).to.equal(undefined);
    await leave(form, 'field-interview.outcomeReason');
    expect(inlineError(form, 'interview.outcomeReason')).to.match(/must be 20,000 characters or fewer/);
    expect(inlineError(form, 'interview.outcomeReason')).not.to.match(ajvWording);
    // Typing a fix does not make the message jump about; leaving again clears it.
    await typeInto(form, 'field-interview.outcomeReason', 'Said they were fine and did not want to talk.');
    expect(inlineError(form, 'interview.outcomeReason')).to.match(/characters or fewer/);
    await leave(form, 'field-interview.outcomeReason');
    expect(inlineError(form, 'interview.outcomeReason')).to.equal(undefined);
  });

  it('reads half-typed and impossible dates as GOV.UK does', async () => {
    const form = await newForm();
    await form.goToPage('child');
    await typeInto(form, 'field-child.dateOfBirth-day', '30');
    await leave(form, 'field-child.dateOfBirth-day');
    expect(inlineError(form, 'child.dateOfBirth')).to.match(/must include a month and year/);
    await typeInto(form, 'field-child.dateOfBirth-month', '2');
    await typeInto(form, 'field-child.dateOfBirth-year', '2011');
    await leave(form, 'field-child.dateOfBirth-year');
    expect(inlineError(form, 'child.dateOfBirth')).to.match(/must be a real date/);
    expect(form.answers).to.deep.equal({});
    await typeInto(form, 'field-child.dateOfBirth-day', '28');
    expect(form.answers).to.deep.equal({ child: { dateOfBirth: '2011-02-28' } });
  });

  it('stores date-times in UTC from the London wall clock, across the clock change', async () => {
    const form = await newForm();
    await form.goToPage('episode');
    const parts = { day: '9', month: '5', year: '2026', hour: '22', minute: '00' };
    for (const [part, text] of Object.entries(parts)) await typeInto(form, `field-episode.reportedMissingAt-${part}`, text);
    const winter = { day: '10', month: '1', year: '2026', hour: '09', minute: '05' };
    for (const [part, text] of Object.entries(winter)) await typeInto(form, `field-episode.returnedAt-${part}`, text);
    expect(form.answers).to.deep.equal({ episode: { reportedMissingAt: '2026-05-09T21:00:00Z', returnedAt: '2026-01-10T09:05:00Z' } });
  });

  it('on Continue puts the problems in an error summary that takes focus; each link focuses its field', async () => {
    const form = await newForm();
    await form.goToPage('episode');
    await pressButton(form, 'Continue');
    expect(heading(form)).to.equal(layout.pages.find((page) => page.id === 'episode')!.title.en);
    const summary = errorSummary(form);
    expect(summary[0]).to.match(/^Select an answer for ‘/);
    expect(summary.join(' ')).to.match(/Enter the date for ‘Reported missing’/);
    expect(summary.join(' ')).not.to.match(ajvWording);
    expect(focusedId(form)).to.equal('error-summary');
    const link = [...form.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')].find((anchor) => /Reported missing/.test(anchor.textContent!))!;
    link.click();
    await form.updateComplete;
    expect(focusedId(form)).to.equal('field-episode.reportedMissingAt-day');
  });

  it('says it in Welsh', async () => {
    const form = await newForm('cy');
    await form.goToPage('episode');
    await pressButton(form, 'Parhau');
    const summary = form.shadowRoot!.querySelector('.error-summary')!.textContent!;
    expect(summary).to.match(/Mae problem wedi codi/);
    expect(summary).to.match(/Rhowch y dyddiad ar gyfer ‘Adroddwyd ar goll’/);
  });

  it('speaks Welsh inside a Welsh page region when given no lang of its own', async () => {
    const region = await fixture<HTMLDivElement>(html`<div lang="cy"><rhi-interview-form no-drafts></rhi-interview-form></div>`);
    const form = region.querySelector('rhi-interview-form') as RhiInterviewForm;
    await form.updateComplete;
    await form.goToPage('episode');
    await pressButton(form, 'Parhau');
    expect(form.shadowRoot!.querySelector('.error-summary')!.textContent).to.match(/Mae problem wedi codi/);
  });

  it('requires the reason only while "declined" reveals it, and keeps the hidden answer without submitting it', async () => {
    const form = await newForm();
    await form.goToPage('interview-offer');
    await choose(form, 'field-interview.outcome-1');
    await typeInto(form, 'field-interview.outcomeReason', 'Did not want to talk today.');
    await choose(form, 'field-interview.outcome-0'); // accepted: the reason folds away
    expect(form.shadowRoot!.getElementById('field-interview.outcomeReason')).to.equal(null);
    expect(form.answers).to.deep.include({ interview: { outcome: 'accepted', outcomeReason: 'Did not want to talk today.' } });
    expect(form.submittedAnswers).to.deep.equal({ interview: { outcome: 'accepted' } });
    await choose(form, 'field-interview.outcome-1');
    expect(control<HTMLTextAreaElement>(form, 'field-interview.outcomeReason').value).to.equal('Did not want to talk today.');
  });

  it('accepts every scenario record as complete', async () => {
    for (const { scenario } of scenarios) {
      const form = await newForm('en', scenario.answers);
      expect(form.problems.map((problem) => problem.message), scenario.id).to.deep.equal([]);
      expect(form.checkValidity(), scenario.id).to.equal(true);
    }
  });
});

describe('<rhi-interview-form> field kinds', () => {
  it('adds and removes previous episodes, moving focus sensibly', async () => {
    const form = await newForm();
    await form.goToPage('episode');
    await pressButton(form, 'Add previous');
    expect(focusedId(form)).to.equal('field-episode.previousEpisodes-0-legend');
    await typeInto(form, 'field-episode.previousEpisodes.0.reportedMissingAt-day', '20');
    await pressButton(form, 'Add another');
    await pressButton(form, 'Add another');
    expect(form.answers).to.deep.equal({ episode: { previousEpisodes: [{}, {}, {}] } });
    const removeFirst = [...form.shadowRoot!.querySelectorAll('button')].find((button) => /Remove/.test(button.textContent!))!;
    removeFirst.click();
    await form.updateComplete;
    expect(form.answers).to.deep.equal({ episode: { previousEpisodes: [{}, {}] } });
    expect(focusedId(form)).to.equal('field-episode.previousEpisodes-add');
    expect(control(form, 'field-episode.previousEpisodes.0.reportedMissingAt-day').value).to.equal('');
  });

  it('counts characters left in a limited text box', async () => {
    const form = await newForm();
    await form.goToPage('since-coming-back');
    await typeInto(form, 'field-afterReturn.childsWords', 'They look after me.');
    const count = form.shadowRoot!.querySelector('.character-count')!.textContent!.trim();
    expect(count).to.equal('You have 19,981 characters remaining');
  });

  it('ticks checkboxes in the order of the options', async () => {
    const form = await newForm();
    await form.goToPage('signs-of-risk');
    await choose(form, 'field-indicators-2');
    await choose(form, 'field-indicators-0');
    expect(form.answers).to.deep.equal({ indicators: ['sexual-exploitation', 'county-lines'] });
    await choose(form, 'field-indicators-2');
    expect(form.answers).to.deep.equal({ indicators: ['sexual-exploitation'] });
  });

  it('shows dates the en-GB and cy way on "Check your answers", and keeps the answers when the language changes', async () => {
    const form = await newForm('en', s02.answers);
    await form.goToPage('check');
    const text = () => form.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text()).to.include('11 May 2026 at 09:00');
    expect(text()).to.include('3 November 2010');
    form.lang = 'cy';
    await form.updateComplete;
    expect(text()).to.include('Gwiriwch eich atebion');
    expect(text()).to.include('3 Tachwedd 2010');
    expect(text()).to.match(/11 Mai 2026 (am )?09:00/);
    expect(form.answers).to.deep.equal(s02.answers);
  });

  it('sends a change link back to the question and returns to "Check your answers" after it', async () => {
    const form = await newForm('en', s02.answers);
    await form.goToPage('check');
    const change = [...form.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.replace(/\s+/g, ' ').includes('Change Returned'))!;
    change.click();
    await form.updateComplete;
    await form.updateComplete;
    expect(focusedId(form)).to.equal('field-episode.returnedAt-day');
    await pressButton(form, 'Continue');
    expect(heading(form)).to.equal('Check your answers');
  });
});

describe('<rhi-interview-form> in a form', () => {
  async function inForm(attributes = '') {
    const host = await fixture<HTMLFormElement>(
      html`<form><fieldset><rhi-interview-form name="answers" no-drafts></rhi-interview-form></fieldset></form>`,
    );
    const form = host.querySelector('rhi-interview-form')!;
    if (attributes.includes('required')) form.required = true;
    await form.updateComplete;
    return { host, form };
  }

  it('puts the answers JSON in the FormData under its name and follows reset', async () => {
    const { host, form } = await inForm();
    await form.goToPage('care');
    await choose(form, 'field-care.status-4');
    expect(JSON.parse(new FormData(host).get('answers') as string)).to.deep.equal({ care: { status: 'looked-after' } });
    host.reset();
    await form.updateComplete;
    expect(form.answers).to.deep.equal({});
    expect(JSON.parse(new FormData(host).get('answers') as string)).to.deep.equal({});
  });

  it('is invalid while required answers are missing, and valid with a complete record', async () => {
    const { form } = await inForm('required');
    expect(form.validity.valueMissing).to.equal(true);
    expect(form.checkValidity()).to.equal(false);
    form.answers = { child: { dateOfBirth: '2010-11-03' } };
    await form.updateComplete;
    expect(form.validity.customError).to.equal(true);
    expect(form.validationMessage).to.match(/has \d+ problems to fix/);
    form.answers = s02.answers as Record<string, unknown>;
    await form.updateComplete;
    expect(form.checkValidity()).to.equal(true);
  });

  it('is disabled with its fieldset', async () => {
    const { host, form } = await inForm();
    host.querySelector('fieldset')!.disabled = true;
    await form.updateComplete;
    expect(control(form, 'field-child.dateOfBirth-day').disabled).to.equal(true);
    expect(new FormData(host).has('answers')).to.equal(false);
  });

  it('hands the browser no answers to keep: a restored state (as older versions wrote) changes nothing', async () => {
    const { form } = await inForm();
    form.formStateRestoreCallback(
      JSON.stringify({ answers: { care: { status: 'none' } }, rawInputs: { 'child.dateOfBirth': { kind: 'date', parts: { day: '3' } } } }),
    );
    await form.updateComplete;
    expect(form.answers).to.deep.equal({});
    expect(control(form, 'field-child.dateOfBirth-day').value).to.equal('');
  });

  it('adds its answers to the form data under its name only while the form data is built', async () => {
    const { host, form } = await inForm();
    form.answers = { care: { status: 'none' } };
    await form.updateComplete;
    const data = new FormData(host);
    expect(data.getAll('answers')).to.have.length(1);
    expect(JSON.parse(data.get('answers') as string)).to.deep.equal({ care: { status: 'none' } });
    form.remove();
    expect(new FormData(host).has('answers'), 'gone with the element').to.equal(false);
  });

  it('sends rhi-change with the path, bubbling out of the shadow root', async () => {
    const { host, form } = await inForm();
    const seen: string[] = [];
    host.addEventListener('rhi-change', (event) => seen.push(event.detail.path));
    await typeInto(form, 'field-child.dateOfBirth-day', '3');
    await choose(form, 'field-child.gender-0');
    expect(seen).to.deep.equal(['child.dateOfBirth', 'child.gender']);
  });
});

describe('<rhi-interview-form> read-only and printed', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('shows the record without change links or buttons, and prints without navigation', async () => {
    const form = await newForm('en', s02.answers);
    form.readOnly = true;
    await form.updateComplete;
    expect(form.shadowRoot!.querySelectorAll('button, input')).to.have.length(0);
    expect(form.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.include("They're my mates, they look after me.");
    form.readOnly = false;
    await form.updateComplete;
    await emulateMedia({ media: 'print' });
    const shown = (selector: string) => getComputedStyle(form.shadowRoot!.querySelector(selector)!).display !== 'none';
    expect(shown('.page-nav')).to.equal(false);
    expect(shown('.button')).to.equal(false);
    expect(shown('#page-heading')).to.equal(true);
  });
});

describe('<rhi-interview-form> theming', () => {
  it('takes colours from --rhi-* custom properties and the font from the host page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="font-family: Georgia, serif"><rhi-interview-form no-drafts></rhi-interview-form></div>`,
    );
    const form = wrapper.querySelector('rhi-interview-form')!;
    form.style.setProperty('--rhi-button-colour', 'rgb(1, 2, 3)');
    await form.updateComplete;
    const button = form.shadowRoot!.querySelector('.button')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(control(form, 'field-child.dateOfBirth-day')).fontFamily).to.match(/Georgia/);
  });

  it('gives every control a target of at least 24 by 24 pixels', async () => {
    const form = await newForm('en', s02.answers);
    for (const id of pageIds) {
      await form.goToPage(id);
      for (const target of form.shadowRoot!.querySelectorAll<HTMLElement>('input, button, select, textarea')) {
        // The skip link is hidden until it has focus; measure it as a keyboard user meets it.
        if (target.classList.contains('skip-link')) target.focus();
        const box = target.getBoundingClientRect();
        expect(Math.min(box.width, box.height), `${id}: ${target.id || target.textContent?.trim()}`).to.be.at.least(24);
      }
    }
  });
});
