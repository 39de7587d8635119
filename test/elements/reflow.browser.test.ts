// Reflow (WCAG 2.2, 1.4.10): at 320 and 375 CSS px nothing of the form or the wizard scrolls
// sideways — every form page (filled with S02's answers, and with errors shown) and every wizard
// step of S02 — and a checkbox or radio label stays beside its box instead of dropping below it.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { Layout, RhiInterviewForm } from '../../packages/elements/src/index.js';
import type { ScenarioFile } from '../support/harness.js';
import { pressButton as pressFormButton } from '../support/interview-form-driver.js';
import { assessedScenario, confirm, openWizard, settle, shadow, walkToCheck, type RhiReferralWizard } from '../support/referral-wizard-driver.js';

const scenarios: ScenarioFile[] = await (await fetch('/__scenarios__.json')).json();
const s02 = scenarios.find(({ scenario }) => scenario.id === 'S02')!.scenario;
const layout: Layout = await (await fetch('/schemas/interview.layout.json')).json();

/** What scrolls sideways, or sticks out past the screen's right edge, on the page as it stands. */
function overflowOn(host: HTMLElement, what: string): string[] {
  const found: string[] = [];
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth) found.push(`${what}: the page is ${page.scrollWidth} px wide in ${page.clientWidth} px`);
  if (host.scrollWidth > host.clientWidth) found.push(`${what}: the component is ${host.scrollWidth} px wide in ${host.clientWidth} px`);
  for (const element of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.right > page.clientWidth + 0.5) found.push(`${what}: <${element.localName} class="${element.className}"> ends at ${Math.round(box.right)} px`);
  }
  return found;
}

/** Labels that dropped below their radio or checkbox instead of sitting beside it. */
function labelsBelowTheirBoxes(host: HTMLElement, what: string): string[] {
  return [...host.shadowRoot!.querySelectorAll<HTMLElement>('.radios__label, .checkboxes__label')]
    .filter((label) => label.getBoundingClientRect().top >= label.parentElement!.querySelector('input')!.getBoundingClientRect().bottom)
    .map((label) => `${what}: "${label.textContent!.trim()}" is below its box`);
}

for (const width of [320, 375]) {
  describe(`reflow at ${width} CSS px`, () => {
    before(() => setViewport({ width, height: 700 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const lang of ['en', 'cy'] as const) {
      it(`<rhi-interview-form>: no page scrolls sideways, filled or with errors, in ${lang}`, async function () {
        this.timeout(120_000);
        const found: string[] = [];
        const filled = await fixture<RhiInterviewForm>(html`<rhi-interview-form lang=${lang} no-drafts .answers=${s02.answers}></rhi-interview-form>`);
        for (const id of [...layout.pages.map((page) => page.id), 'check']) {
          await filled.goToPage(id);
          found.push(...overflowOn(filled, `page ${id}`), ...labelsBelowTheirBoxes(filled, `page ${id}`));
        }
        filled.readOnly = true;
        await filled.updateComplete;
        found.push(...overflowOn(filled, 'the read-only record'));
        filled.remove();

        const empty = await fixture<RhiInterviewForm>(html`<rhi-interview-form lang=${lang} no-drafts></rhi-interview-form>`);
        for (const id of layout.pages.map((page) => page.id)) {
          await empty.goToPage(id);
          await pressFormButton(empty, lang === 'en' ? 'Continue' : 'Parhau');
          found.push(...overflowOn(empty, `page ${id} with errors`));
        }
        expect(found).to.deep.equal([]);
      });

      it(`<rhi-referral-wizard>: no step of S02 scrolls sideways, and no label drops below its checkbox, in ${lang}`, async function () {
        this.timeout(120_000);
        const found: string[] = [];
        const wizard: RhiReferralWizard = await openWizard(await assessedScenario('S02', lang), { lang });
        const look = async (what: string) => {
          await settle(wizard);
          found.push(...overflowOn(wizard, what), ...labelsBelowTheirBoxes(wizard, what));
        };
        shadow(wizard).querySelector<HTMLDetailsElement>('details[part~="add-agency"]')!.open = true;
        await walkToCheck(wizard, () => ({ told: 'no' }), (heading) => look(heading));
        await confirm(wizard);
        await look('sent');
        expect(found).to.deep.equal([]);
      });
    }
  });
}
