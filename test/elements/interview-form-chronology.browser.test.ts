// Dates in an impossible order get a GOV.UK error on the later field, in English and Welsh: the
// return before the child was reported missing, the interview before the return, a previous
// episode after this one. The engine decides what is impossible (chronology.ts); the form words it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';
import { errorSummary, inlineError, leave, pressButton, typeInto } from '../support/interview-form-driver.js';

const words = {
  en: {
    continue: 'Continue',
    returned: 'The return must be after the child was reported missing',
    interview: 'The interview must be after the child returned',
    previous: 'A previous episode must be before the child was reported missing this time',
  },
  cy: {
    continue: 'Parhau',
    returned: "Rhaid i'r dychwelyd fod ar ôl i'r plentyn gael ei adrodd ar goll",
    interview: "Rhaid i'r cyfweliad fod ar ôl i'r plentyn ddychwelyd",
    previous: "Rhaid i gyfnod blaenorol fod cyn i'r plentyn gael ei adrodd ar goll y tro hwn",
  },
} as const;

async function newForm(lang: 'en' | 'cy', answers: object = {}): Promise<RhiInterviewForm> {
  const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form lang=${lang} no-drafts .answers=${answers}></rhi-interview-form>`);
  await form.updateComplete;
  return form;
}

async function typeDateTime(form: RhiInterviewForm, path: string, parts: Record<string, string>): Promise<void> {
  for (const [part, text] of Object.entries(parts)) await typeInto(form, `field-${path}-${part}`, text);
  await leave(form, `field-${path}-minute`);
}

for (const lang of ['en', 'cy'] as const) {
  describe(`<rhi-interview-form> and dates in an impossible order, in ${lang}`, () => {
    it('marks the return, not the report, when the child is recorded as back before going missing', async () => {
      const form = await newForm(lang);
      await form.goToPage('episode');
      await typeDateTime(form, 'episode.reportedMissingAt', { day: '2', month: '3', year: '2026', hour: '20', minute: '00' });
      await typeDateTime(form, 'episode.returnedAt', { day: '1', month: '3', year: '2026', hour: '08', minute: '00' });
      expect(inlineError(form, 'episode.returnedAt')).to.contain(words[lang].returned);
      expect(inlineError(form, 'episode.reportedMissingAt')).to.equal(undefined);
      await pressButton(form, words[lang].continue);
      expect(errorSummary(form).join(' ')).to.contain(words[lang].returned);
      await expect(form).to.be.accessible();
      // Corrected, the error goes.
      await typeDateTime(form, 'episode.returnedAt', { day: '3', month: '3', year: '2026', hour: '08', minute: '00' });
      expect(inlineError(form, 'episode.returnedAt')).to.equal(undefined);
    });

    it('marks the interview date when the interview is recorded before the return', async () => {
      const form = await newForm(lang, { episode: { reportedMissingAt: '2026-03-02T20:00:00Z', returnedAt: '2026-03-03T08:00:00Z' }, interview: { conductedAt: '2026-03-02T10:00:00Z' } });
      await form.goToPage('interview');
      await pressButton(form, words[lang].continue);
      expect(inlineError(form, 'interview.conductedAt')).to.contain(words[lang].interview);
      expect(errorSummary(form).join(' ')).to.contain(words[lang].interview);
      await expect(form).to.be.accessible();
    });

    it('marks the previous episode dated after this one', async () => {
      const form = await newForm(lang, {
        episode: { type: 'missing', reportedMissingAt: '2026-03-02T20:00:00Z', returnedAt: '2026-03-03T08:00:00Z', previousEpisodes: [{ reportedMissingAt: '2026-03-05T20:00:00Z' }] },
      });
      await form.goToPage('episode');
      await pressButton(form, words[lang].continue);
      expect(inlineError(form, 'episode.previousEpisodes.0.reportedMissingAt')).to.contain(words[lang].previous);
      expect(inlineError(form, 'episode.reportedMissingAt')).to.equal(undefined);
      await expect(form).to.be.accessible();
    });
  });
}
