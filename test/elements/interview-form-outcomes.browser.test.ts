// The two outcome-rating pages of the interview form speak to the young person: each question in
// their words, what 1 and 5 mean as its hint and on its ends, answered with the keyboard alone,
// stored as whole numbers, and shown in words on check your answers — in English and Welsh.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { Layout, RhiInterviewForm } from '../../packages/elements/src/index.js';
import { interviewLayout } from '../../packages/elements/src/generated/interview-defaults.js';
import { answerWithKeyboard } from '../support/keyboard-robot.js';

type Language = 'en' | 'cy';

const ratingPages = ['ratings-at-interview', 'ratings-after-follow-up'];
/** The toolkit's own two pages, alone, so the robot starts on the first of them. */
const ratingsLayout: Layout = { pages: interviewLayout!.pages.filter((page) => ratingPages.includes(page.id)) };

const answers = {
  outcomes: {
    baseline: { safeHappyHome: 1, reducedRisk: 2, familyRelationships: 1, educationProspects: 3, confidence: 4, positiveFuture: 5 },
    followUp: { ratedAt: '2026-08-14', safeHappyHome: 4, reducedRisk: 3, familyRelationships: 5, educationProspects: 1, confidence: 5, positiveFuture: 2 },
  },
};

const words = {
  en: {
    pages: ['How the young person feels: at the interview', 'How the young person feels: after follow-up support'],
    pageHint: 'Ask the young person',
    checkTitle: 'Check your answers',
    safeHappyHome: 'How safe and happy do you feel where you live?',
    familyRelationships: 'How well do you get on with your family?',
    veryHint: '1 means not at all, 5 means very.',
    safeHappyHomeChoices: ['1 – not at all', '2', '3', '4', '5 – very'],
    familyChoices: ['1 – very badly', '2', '3', '4', '5 – very well'],
    educationChoices: ['1 – very bad', '2', '3', '4', '5 – very good'],
  },
  cy: {
    pages: ["Sut mae'r person ifanc yn teimlo: yn y cyfweliad", "Sut mae'r person ifanc yn teimlo: ar ôl cymorth dilynol"],
    pageHint: "Gofynnwch bob cwestiwn i'r person ifanc",
    checkTitle: 'Gwiriwch eich atebion',
    safeHappyHome: "Pa mor ddiogel a hapus wyt ti'n teimlo lle rwyt ti'n byw?",
    familyRelationships: "Pa mor dda wyt ti'n dod ymlaen â dy deulu?",
    veryHint: 'Mae 1 yn golygu ddim o gwbl, mae 5 yn golygu yn fawr iawn.',
    safeHappyHomeChoices: ['1 – ddim o gwbl', '2', '3', '4', '5 – yn fawr iawn'],
    familyChoices: ['1 – yn wael iawn', '2', '3', '4', '5 – yn dda iawn'],
    educationChoices: ['1 – gwael iawn', '2', '3', '4', '5 – da iawn'],
  },
} as const;

async function ratingsForm(lang: Language): Promise<{ host: HTMLDivElement; form: RhiInterviewForm }> {
  const host = await fixture<HTMLDivElement>(html`<div>
    <button type="button" id="before-the-form">Before the form</button>
    <rhi-interview-form no-drafts lang=${lang} .layout=${ratingsLayout}></rhi-interview-form>
  </div>`);
  const form = host.querySelector('rhi-interview-form') as RhiInterviewForm;
  await form.updateComplete;
  return { host, form };
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A rating question's legend, hint and the label of each radio (what a screen reader hears for it). */
function question(form: RhiInterviewForm, path: string) {
  const radios = [...form.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[type=radio][name="field-${path}"]`)];
  const fieldset = radios[0]?.closest('fieldset');
  const describedBy = (fieldset?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return {
    legend: text(fieldset?.querySelector('legend')),
    hint: describedBy.map((id) => text(form.shadowRoot!.getElementById(id))).join(' '),
    choices: radios.map((radio) => text(form.shadowRoot!.querySelector(`label[for="${radio.id}"]`))),
    values: radios.map((radio) => radio.value),
  };
}

/** Check-your-answers rows of one page: question → answer as shown. */
function summaryOf(form: RhiInterviewForm, pageId: string): Record<string, string> {
  const rows = form.shadowRoot!.querySelectorAll(`#summary-${pageId} ~ .summary-list .summary-list__row, [aria-labelledby="summary-${pageId}"] .summary-list__row`);
  return Object.fromEntries([...rows].map((row) => [text(row.querySelector('dt')), text(row.querySelector('.summary-list__value'))]));
}

for (const lang of ['en', 'cy'] as const) {
  describe(`<rhi-interview-form> outcome ratings in ${lang}`, () => {
    it('asks each question in the young person\'s words, with what 1 and 5 mean as the hint and on the ends of the scale', async () => {
      const { form } = await ratingsForm(lang);
      expect(text(form.shadowRoot!.getElementById('page-heading'))).to.equal(words[lang].pages[0]);
      expect(text(form.shadowRoot!.querySelector('[part~="page"]'))).to.contain(words[lang].pageHint);
      const safe = question(form, 'outcomes.baseline.safeHappyHome');
      expect(safe.legend).to.equal(words[lang].safeHappyHome);
      expect(safe.hint).to.equal(words[lang].veryHint);
      expect(safe.choices).to.deep.equal(words[lang].safeHappyHomeChoices);
      expect(safe.values).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(question(form, 'outcomes.baseline.familyRelationships').legend).to.equal(words[lang].familyRelationships);
      expect(question(form, 'outcomes.baseline.familyRelationships').choices).to.deep.equal(words[lang].familyChoices);
      expect(question(form, 'outcomes.baseline.educationProspects').choices).to.deep.equal(words[lang].educationChoices);
      for (const name of Object.keys(answers.outcomes.baseline)) {
        const asked = question(form, `outcomes.baseline.${name}`);
        expect(asked.legend, name).to.match(/\?$/);
        expect(asked.choices[0], name).to.match(/^1 – \S/);
        expect(asked.choices[4], name).to.match(/^5 – \S/);
      }
    });

    it('is answered with the keyboard alone, page by page, with no accessibility problem, and stores whole numbers', async function () {
      const { host, form } = await ratingsForm(lang);
      host.querySelector<HTMLButtonElement>('#before-the-form')!.focus();
      const axeChecked: string[] = [];
      const run = await answerWithKeyboard(form, {
        answers,
        stopAt: words[lang].checkTitle,
        mistakes: { 'outcomes.baseline.educationProspects': 4 },
        onPage: async (heading) => {
          await expect(form).to.be.accessible();
          axeChecked.push(heading);
        },
      });
      expect(run.pages).to.deep.equal([...words[lang].pages, words[lang].checkTitle]);
      expect(axeChecked).to.deep.equal(run.pages);
      expect(run.corrected).to.deep.equal(['outcomes.baseline.educationProspects']);
      expect(run.keys.every((key) => key.startsWith('type:') || ['Tab', 'Shift+Tab', ' ', 'Enter'].includes(key) || key.startsWith('Arrow'))).to.equal(true);
      expect(form.answers).to.deep.equal(answers);
      const given = form.answers.outcomes as Record<'baseline' | 'followUp', Record<string, unknown>>;
      for (const time of ['baseline', 'followUp'] as const) {
        for (const [name, value] of Object.entries(given[time])) {
          if (name !== 'ratedAt') expect(Number.isInteger(value), `outcomes.${time}.${name} is a whole number`).to.equal(true);
        }
      }
    });

    it('shows the ratings in words on check your answers', async () => {
      const { form } = await ratingsForm(lang);
      form.answers = structuredClone(answers);
      await form.updateComplete;
      const pressContinue = async () => {
        form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="primary-button"]')!.click();
        await form.updateComplete;
        await form.updateComplete;
      };
      await pressContinue();
      await pressContinue();
      expect(text(form.shadowRoot!.getElementById('page-heading'))).to.equal(words[lang].checkTitle);
      const atInterview = summaryOf(form, 'ratings-at-interview');
      expect(atInterview[words[lang].safeHappyHome]).to.equal(words[lang].safeHappyHomeChoices[0]);
      expect(atInterview[words[lang].familyRelationships]).to.equal(words[lang].familyChoices[0]);
      const afterFollowUp = summaryOf(form, 'ratings-after-follow-up');
      expect(afterFollowUp[words[lang].familyRelationships]).to.equal(words[lang].familyChoices[4]);
      expect(Object.values(afterFollowUp)).to.include(words[lang].educationChoices[0]);
      expect(Object.values(atInterview)).to.include('3');
      const headings = [...form.shadowRoot!.querySelectorAll('[part~="summary-section"] .heading-m')].map(text);
      expect(headings).to.deep.equal(words[lang].pages);
      await expect(form).to.be.accessible();
    });
  });
}
