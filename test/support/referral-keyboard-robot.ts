/**
 * A keyboard-only worker for `<rhi-referral-wizard>`: it looks at what has focus and acts on it
 * with keys alone (Tab, Shift+Tab, Space, Enter, arrows and typed text). It reads the page but
 * never clicks, never sets a value and never calls the wizard's methods, so a key the wizard
 * ignores shows up as a failure.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { RhiReferralWizard } from '../../packages/elements/src/referral-wizard/referral-wizard.component.js';

export interface ReferralKeyboardPlan {
  /** Per agency: was the child or family told (default yes), and why not. */
  told?: Record<string, { told: 'yes' | 'no'; reason?: string }>;
  /** Called once on each page as it is reached (for example to run axe). */
  onPage?: (heading: string) => Promise<void>;
  /** The heading at which the robot stops. */
  stopAt: string;
  maxKeys?: number;
}

export interface ReferralKeyboardRun {
  pages: string[];
  keys: string[];
  trail: string[];
  /** Radios put right by coming back with Shift+Tab. */
  cameBack: string[];
}

/** From focus just before the wizard, works through it with the keyboard until the `stopAt` heading has focus. */
export async function completeWithKeyboard(wizard: RhiReferralWizard, plan: ReferralKeyboardPlan): Promise<ReferralKeyboardRun> {
  const run: ReferralKeyboardRun = { pages: [], keys: [], trail: [], cameBack: [] };
  const maxKeys = plan.maxKeys ?? 1500;
  const cameBackTo = new Set<string>();
  const press = async (key: string) => {
    if (run.keys.length >= maxKeys) throw new Error(`gave up after ${maxKeys} keys, on ${describe(wizard)}`);
    const step = `${describe(wizard)} ← ${key}`;
    if (run.trail.length >= 2 && run.trail.slice(-2).every((earlier) => earlier === step)) {
      throw new Error(`'${key}' on ${describe(wizard)} changes nothing (page '${headingText(wizard)}')`);
    }
    run.keys.push(key);
    run.trail.push(step);
    if (key.startsWith('type:')) await sendKeys({ type: key.slice('type:'.length) });
    else if (key === 'Shift+Tab') {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    } else await sendKeys({ press: key });
    await settle(wizard);
  };

  await press('Tab');
  for (;;) {
    const heading = headingText(wizard);
    if (run.pages.at(-1) !== heading) {
      run.pages.push(heading);
      await plan.onPage?.(heading);
      if (heading === plan.stopAt) return run;
    }
    if (document.activeElement !== wizard) throw new Error(`focus left the wizard for ${describeNode(document.activeElement)} (after:\n${run.trail.slice(-8).join('\n')})`);
    const active = wizard.shadowRoot!.activeElement as HTMLElement | null;
    if (!active) throw new Error('focus is on the wizard, on nothing inside it');

    if (active.id === 'page-heading' || active.matches('summary, a, [part~="change-link"]')) {
      await press('Tab');
    } else if (active instanceof HTMLInputElement && active.type === 'checkbox') {
      // Keep the recommendations ticked and add none.
      const wanted = active.name === 'recommended';
      await press(active.checked === wanted ? 'Tab' : ' ');
    } else if (active instanceof HTMLInputElement && active.type === 'radio') {
      await answerRadio(wizard, active, plan, press, cameBackTo, run);
    } else if (active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type === 'text')) {
      const agency = /^not-told-reason-(.+)$/.exec(active.id)?.[1];
      const wanted = agency ? (plan.told?.[agency]?.reason ?? '') : '';
      if (wanted && active.value === '') await press(`type:${wanted}`);
      await press('Tab');
    } else if (active instanceof HTMLButtonElement && active.matches('[part~="primary-button"]')) {
      const before = headingText(wizard);
      await press('Enter');
      const summary = wizard.shadowRoot!.querySelector('.error-summary');
      if (summary) throw new Error(`'${before}' showed: ${summary.textContent!.replace(/\s+/g, ' ').trim()}`);
      const now = wizard.shadowRoot!.activeElement;
      if (now?.id !== 'page-heading') throw new Error(`after Enter on '${before}' focus is on ${describe(wizard)}, not the page heading`);
    } else if (active instanceof HTMLButtonElement) {
      throw new Error(`reached ${describe(wizard)} on '${headingText(wizard)}' without passing the main button`);
    } else {
      throw new Error(`focus is on ${describe(wizard)}`);
    }
  }
}

/** Urgency radios keep the recommendation; agreement is given; told as planned (default yes). */
async function answerRadio(
  wizard: RhiReferralWizard,
  radio: HTMLInputElement,
  plan: ReferralKeyboardPlan,
  press: (key: string) => Promise<void>,
  cameBackTo: Set<string>,
  run: ReferralKeyboardRun,
): Promise<void> {
  const group = [...wizard.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(radio.name)}"]`)];
  const told = /^told-(.+)$/.exec(radio.name)?.[1];
  let wanted: string | undefined;
  if (radio.name.startsWith('agreement-')) wanted = 'given';
  else if (told) wanted = plan.told?.[told]?.told ?? 'yes';
  if (wanted === undefined || group.find((option) => option.value === wanted)?.checked) {
    await press('Tab');
    // Once, having answered "no", come back with Shift+Tab to check the answer held.
    if (told && wanted === 'no' && !cameBackTo.has(told)) {
      cameBackTo.add(told);
      await press('Shift+Tab');
      const back = wizard.shadowRoot!.activeElement as HTMLInputElement | null;
      if (back?.name !== radio.name || !back.checked || back.value !== 'no') throw new Error(`Shift+Tab went to ${describe(wizard)}, not the chosen "No"`);
      run.cameBack.push(told);
      await press('Tab');
    }
    return;
  }
  const target = group.findIndex((option) => option.value === wanted);
  const at = group.indexOf(radio);
  if (target < 0) throw new Error(`${radio.name} has no option '${wanted}'`);
  await press(target === at ? ' ' : target > at ? 'ArrowDown' : 'ArrowUp');
}

function headingText(wizard: RhiReferralWizard): string {
  return wizard.shadowRoot!.getElementById('page-heading')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function describe(wizard: RhiReferralWizard): string {
  return describeNode(wizard.shadowRoot!.activeElement ?? document.activeElement);
}

function describeNode(node: Element | null): string {
  if (!node) return 'nothing';
  const text = node.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40);
  const name = node instanceof HTMLInputElement ? `[name=${node.name}][value=${node.value}]` : '';
  return `<${node.localName}${node.id ? `#${node.id}` : ''}${name}>${text ? ` '${text}'` : ''}`;
}

async function settle(wizard: RhiReferralWizard): Promise<void> {
  await wizard.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await wizard.updateComplete;
}
