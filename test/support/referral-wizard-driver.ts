/**
 * Small steps for tests of `<rhi-referral-wizard>`: open it on a scenario's assessment, find
 * things in its shadow root, type and leave the way a browser reports it, press its buttons, fill
 * a page's decisions, and catch the package it sends.
 */
import { fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/referral-wizard/referral-wizard.js';
import type { RhiReferralWizard } from '../../packages/elements/src/referral-wizard/referral-wizard.component.js';
import type { ReferralDraftStore } from '../../packages/elements/src/referral-wizard/referral-draft-store.js';
import type { ReferralPackage } from '../../packages/elements/src/referral-wizard/referral-types.js';
import { createAssessor, type Assessment, type ResolvedRuleset, type Scenario } from '../../packages/engine/src/index.js';
import { loadResolvedRuleset, loadScenarios } from './harness.js';

export type { RhiReferralWizard };

export interface AssessedScenario {
  scenario: Scenario;
  ruleset: ResolvedRuleset;
  assessment: Assessment;
}

/** A scenario assessed by the engine against its own ruleset, as a host page would do it. */
export async function assessedScenario(id: string, lang: 'en' | 'cy' = 'en'): Promise<AssessedScenario> {
  const scenario = (await loadScenarios()).find((entry) => entry.scenario.id === id)?.scenario;
  if (!scenario) throw new Error(`No scenario ${id} in test/scenarios`);
  const ruleset = await loadResolvedRuleset(scenario.ruleset);
  const assessment = await createAssessor(ruleset).assess(scenario.answers, { now: scenario.now, lang });
  return { scenario, ruleset, assessment };
}

export interface WizardOptions {
  lang?: 'en' | 'cy';
  draftKey?: string;
  draftStore?: ReferralDraftStore;
  caseReference?: string;
  now?: string;
  /** Something focusable just before the wizard (for keyboard tests). */
  withButtonBefore?: boolean;
  /** Wait for the saved draft to be looked for (default); false for a store that never answers. */
  waitForDraft?: boolean;
}

/** A wizard on the page with a scenario's assessment, answers and ruleset. */
export async function openWizard(assessed: AssessedScenario, options: WizardOptions = {}): Promise<RhiReferralWizard> {
  const host = await fixture<HTMLDivElement>(html`<div>
    ${options.withButtonBefore ? html`<button type="button" id="before-the-wizard">Before the wizard</button>` : ''}
  </div>`);
  const wizard = document.createElement('rhi-referral-wizard');
  wizard.lang = options.lang ?? 'en';
  if (options.draftKey) wizard.setAttribute('draft-key', options.draftKey);
  else wizard.setAttribute('no-drafts', '');
  if (options.draftStore) wizard.draftStore = options.draftStore;
  if (options.caseReference) wizard.setAttribute('case-reference', options.caseReference);
  wizard.setAttribute('now', options.now ?? assessed.scenario.now);
  wizard.assessment = assessed.assessment;
  wizard.answers = assessed.scenario.answers as Record<string, unknown>;
  wizard.ruleset = assessed.ruleset;
  host.append(wizard);
  await wizard.updateComplete;
  if (options.waitForDraft !== false) await wizard.draftLoaded;
  await settle(wizard);
  return wizard;
}

export async function settle(wizard: RhiReferralWizard): Promise<void> {
  await wizard.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await wizard.updateComplete;
}

export function shadow(wizard: RhiReferralWizard): ShadowRoot {
  return wizard.shadowRoot!;
}

export function words(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function heading(wizard: RhiReferralWizard): string {
  return words(shadow(wizard).getElementById('page-heading'));
}

export function stepIndicator(wizard: RhiReferralWizard): string {
  return words(shadow(wizard).querySelector('[part~="step-indicator"]'));
}

export function control<T extends HTMLElement = HTMLInputElement>(wizard: RhiReferralWizard, id: string): T {
  const found = shadow(wizard).getElementById(id);
  if (!found) throw new Error(`No element #${id} in the wizard (page: ${heading(wizard)})`);
  return found as T;
}

export function has(wizard: RhiReferralWizard, id: string): boolean {
  return shadow(wizard).getElementById(id) !== null;
}

export async function typeInto(wizard: RhiReferralWizard, id: string, text: string): Promise<void> {
  const box = control<HTMLInputElement | HTMLTextAreaElement>(wizard, id);
  box.focus();
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(wizard);
}

/** Moves focus out of a question, as Tab would. */
export async function leave(wizard: RhiReferralWizard, id: string): Promise<void> {
  const box = control(wizard, id);
  box.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: null }));
  box.blur();
  await settle(wizard);
}

export async function click(wizard: RhiReferralWizard, id: string): Promise<void> {
  control(wizard, id).click();
  await settle(wizard);
}

export function buttonNamed(wizard: RhiReferralWizard, text: string): HTMLButtonElement {
  const button = [...shadow(wizard).querySelectorAll('button')].find((candidate) => words(candidate).startsWith(text));
  if (!button) throw new Error(`No button '${text}' on page '${heading(wizard)}'`);
  return button;
}

export async function pressButton(wizard: RhiReferralWizard, text: string): Promise<void> {
  buttonNamed(wizard, text).click();
  await settle(wizard);
}

export function errorSummary(wizard: RhiReferralWizard): string[] {
  return [...shadow(wizard).querySelectorAll('.error-summary li')].map((item) => words(item));
}

export function inlineError(wizard: RhiReferralWizard, id: string): string | undefined {
  const error = shadow(wizard).getElementById(`${id}-error`);
  return error ? words(error) : undefined;
}

export function focusedId(wizard: RhiReferralWizard): string | undefined {
  return (shadow(wizard).activeElement as HTMLElement | null)?.id;
}

/** The agencies ticked on the choose page, in order. */
export function tickedAgencies(wizard: RhiReferralWizard): string[] {
  return [...shadow(wizard).querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((box) => box.checked).map((box) => box.value);
}

/** The agency a details or sharing page is about (from its controls' ids). */
export function agencyOnPage(wizard: RhiReferralWizard): string {
  const state = wizard.wizardState!;
  return state.chosen[state.agencyIndex]!;
}

export interface SharingChoice {
  told?: 'yes' | 'no';
  notToldReason?: string;
  agreement?: 'given' | 'refused' | 'not-asked-yet';
}

/** Fills a sharing page: the agreement when asked, whether they were told, and why not. */
export async function fillSharing(wizard: RhiReferralWizard, choice: SharingChoice = {}): Promise<void> {
  const agency = agencyOnPage(wizard);
  const agreementIndex = ['given', 'refused', 'not-asked-yet'].indexOf(choice.agreement ?? 'given');
  if (has(wizard, `agreement-${agency}-0`)) await click(wizard, `agreement-${agency}-${agreementIndex}`);
  await click(wizard, `told-${agency}-${choice.told === 'no' ? 1 : 0}`);
  if (choice.told === 'no') await typeInto(wizard, `not-told-reason-${agency}`, choice.notToldReason ?? 'Telling the family would increase the risk.');
}

/**
 * From the choose page to "check": Continue on choose and each details page, and fill each sharing
 * page (per agency, or the default: agreement given, told). Returns the headings passed.
 */
export async function walkToCheck(
  wizard: RhiReferralWizard,
  sharing: (agency: string) => SharingChoice = () => ({}),
  onPage: (heading: string) => Promise<void> = async () => {},
): Promise<string[]> {
  const passed: string[] = [];
  for (let guard = 0; guard < 60; guard++) {
    const state = wizard.wizardState!;
    passed.push(heading(wizard));
    await onPage(heading(wizard));
    if (state.step === 'check') return passed;
    if (state.step === 'sharing') await fillSharing(wizard, sharing(agencyOnPage(wizard)));
    await pressButton(wizard, continueWord(wizard));
    if (errorSummary(wizard).length > 0) throw new Error(`Continue on '${heading(wizard)}' showed: ${errorSummary(wizard).join('; ')}`);
  }
  throw new Error('never reached check');
}

function continueWord(wizard: RhiReferralWizard): string {
  return wizard.lang === 'cy' ? 'Parhau' : 'Continue';
}

/** Presses "Confirm and send referrals" and returns the package sent, or undefined if none was. */
export async function confirm(wizard: RhiReferralWizard, cancel = false): Promise<ReferralPackage | undefined> {
  let sent: ReferralPackage | undefined;
  const listener = (event: CustomEvent<{ package: ReferralPackage }>) => {
    sent = event.detail.package;
    if (cancel) event.preventDefault();
  };
  wizard.addEventListener('rhi-referrals-submit', listener);
  await pressButton(wizard, wizard.lang === 'cy' ? 'Cadarnhau' : 'Confirm and send referrals');
  wizard.removeEventListener('rhi-referrals-submit', listener);
  await settle(wizard);
  return sent;
}
