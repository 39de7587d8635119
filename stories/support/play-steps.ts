/**
 * Steps a story's play function takes through a component, the way a worker would: pressing its
 * buttons and choosing options inside its shadow root, then waiting for it to settle. Used to open
 * a state that only exists after some clicks (an error summary, the wizard's "check" or "sent").
 */
import type { RhiInterviewForm, RhiReferralWizard } from '../../packages/elements/src/index.js';

export async function settled(element: { updateComplete: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
}

export function within<T extends Element>(canvas: HTMLElement, tag: string): T {
  const found = canvas.querySelector<T & Element>(tag);
  if (!found) throw new Error(`the story has no <${tag}>`);
  return found;
}

function shadowElement<T extends HTMLElement>(host: HTMLElement, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`<${host.localName}> has no ${selector} (page: ${host.shadowRoot?.getElementById('page-heading')?.textContent?.trim()})`);
  return found;
}

/** Presses the page's main button (Continue, or Confirm on the wizard's "check"). */
export async function pressPrimary(host: RhiInterviewForm | RhiReferralWizard): Promise<void> {
  shadowElement(host, '[part~="primary-button"]').click();
  await settled(host);
}

/** Presses Continue on the form's first page with nothing answered, so its errors show. */
export async function continueWithoutAnswers(form: RhiInterviewForm): Promise<void> {
  await settled(form);
  await pressPrimary(form);
  shadowElement(form, '[part~="error-summary"]');
}

/**
 * From the wizard's first page to "check": Continue on "choose" and each agency's details, and on
 * each sharing page record that the agreement a service needs was given and the child or family told.
 */
export async function walkWizardToCheck(wizard: RhiReferralWizard): Promise<void> {
  await wizard.draftLoaded;
  await settled(wizard);
  for (let page = 0; page < 60; page++) {
    const state = wizard.wizardState;
    if (!state) throw new Error('the wizard has no assessment to work from');
    if (state.step === 'check') return;
    if (state.step === 'sharing') {
      const agency = state.chosen[state.agencyIndex]!;
      wizard.shadowRoot?.getElementById(`agreement-${agency}-0`)?.click();
      shadowElement(wizard, `[id="told-${agency}-0"]`).click();
      await settled(wizard);
    }
    await pressPrimary(wizard);
    if (wizard.shadowRoot?.querySelector('[part~="error-summary"]')) throw new Error(`the wizard stopped on page ${page + 1} with errors`);
  }
  throw new Error('the wizard never reached "check"');
}

/** Walks to "check" and confirms: the wizard shows what was sent. */
export async function sendReferrals(wizard: RhiReferralWizard): Promise<void> {
  await walkWizardToCheck(wizard);
  await pressPrimary(wizard);
  if (wizard.wizardState?.step !== 'sent') throw new Error('the referrals were not sent');
}
