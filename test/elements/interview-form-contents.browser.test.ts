// The form's list of sections and its "Section N of M" caption agree (issue 14, point 9): the list
// numbers exactly the sections the caption counts, the current one marked, and "Check your answers"
// is reachable from the list without being numbered as a section — in English and Welsh.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';

async function newForm(lang: 'en' | 'cy'): Promise<RhiInterviewForm> {
  const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form lang=${lang} no-drafts></rhi-interview-form>`);
  await form.updateComplete;
  return form;
}

const captionPattern = { en: /^Section (\d+) of (\d+)$/, cy: /^Adran (\d+) o (\d+)$/ };

for (const lang of ['en', 'cy'] as const) {
  describe(`<rhi-interview-form> contents list (${lang})`, () => {
    it('numbers as many sections as "Section N of M" counts, with section N marked current on every page', async () => {
      const form = await newForm(lang);
      const root = form.shadowRoot!;
      const numbered = [...root.querySelectorAll<HTMLButtonElement>('.page-nav ol > li button')];
      expect(numbered.length).to.be.greaterThan(1);
      for (let index = 0; index < numbered.length; index++) {
        numbered[index]!.click();
        await form.updateComplete;
        const caption = root.getElementById('page-caption')!.textContent!.trim();
        const [, current, total] = captionPattern[lang].exec(caption) ?? [];
        expect(Number(total), caption).to.equal(numbered.length);
        expect(Number(current), caption).to.equal(index + 1);
        const marked = [...root.querySelectorAll('.page-nav ol > li button')].findIndex((button) => button.getAttribute('aria-current') === 'step');
        expect(marked).to.equal(index);
      }
      const check = root.querySelector<HTMLButtonElement>('.page-nav__check button')!;
      check.click();
      await form.updateComplete;
      expect(check.getAttribute('aria-current')).to.equal('step');
      expect(root.getElementById('page-caption')).to.equal(null);
      await expect(form).to.be.accessible();
    });
  });
}
