/**
 * Small steps for tests of `<rhi-interview-form>`: find a control in its shadow root, type into it
 * the way a browser reports typing (input events), leave it (focusout), press its buttons.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';
import type { JsonSchema } from '../../packages/elements/src/interview-form/layout-types.js';
import { interviewLayout } from '../../packages/elements/src/generated/interview-defaults.js';

export function control<T extends HTMLElement = HTMLInputElement>(form: RhiInterviewForm, id: string): T {
  const found = form.shadowRoot!.getElementById(id);
  if (!found) throw new Error(`No element #${id} in the form's shadow root (page: ${heading(form)})`);
  return found as T;
}

export function heading(form: RhiInterviewForm): string {
  return form.shadowRoot!.getElementById('page-heading')?.textContent?.trim() ?? '';
}

export async function typeInto(form: RhiInterviewForm, id: string, text: string): Promise<void> {
  const box = control<HTMLInputElement | HTMLTextAreaElement>(form, id);
  box.focus();
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** Moves focus out of a question, as Tab would, so "errors appear when a field is left" applies. */
export async function leave(form: RhiInterviewForm, id: string): Promise<void> {
  const box = control(form, id);
  box.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: null }));
  box.blur();
  await form.updateComplete;
}

export async function choose(form: RhiInterviewForm, id: string): Promise<void> {
  control(form, id).click();
  await form.updateComplete;
}

export async function pressButton(form: RhiInterviewForm, text: string): Promise<void> {
  const button = [...form.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim().startsWith(text));
  if (!button) throw new Error(`No button '${text}' on page '${heading(form)}'`);
  button.click();
  await form.updateComplete;
  await form.updateComplete;
}

export function errorSummary(form: RhiInterviewForm): string[] {
  return [...form.shadowRoot!.querySelectorAll('.error-summary li')].map((item) => item.textContent!.trim());
}

export function inlineError(form: RhiInterviewForm, path: string): string | undefined {
  return form.shadowRoot!.getElementById(`field-${path}-error`)?.textContent?.replace(/\s+/g, ' ').trim();
}

export function focusedId(form: RhiInterviewForm): string | undefined {
  return (form.shadowRoot!.activeElement as HTMLElement | null)?.id;
}

/** Opens the "interview" page by its contents link and types `text` into the interviewer box key by key, as a person would. */
export async function typeInterviewer(form: RhiInterviewForm, text: string): Promise<void> {
  const index = (interviewLayout?.pages ?? []).findIndex((page) => page.id === 'interview');
  form.shadowRoot!.querySelectorAll<HTMLButtonElement>('.page-nav button')[index]!.click();
  await form.updateComplete;
  control(form, 'field-interview.interviewer').focus();
  await sendKeys({ type: text });
  await form.updateComplete;
}

/** Whether an element with this id is in the form's shadow root (a question shown, or not). */
export function shown(form: RhiInterviewForm, id: string): boolean {
  return form.shadowRoot!.getElementById(id) !== null;
}

/** The conditional area under an option holds the revealed question (the GOV.UK pattern), not the page. */
export function revealedUnder(form: RhiInterviewForm, id: string): boolean {
  return form.shadowRoot!.getElementById(id)?.closest('.radios__conditional') != null;
}

/** What a host's `<form>` would post for a record loaded into a form of this schema, read back from its form data. */
export async function postedRecord(schema: JsonSchema, answers: Record<string, unknown>): Promise<unknown> {
  const host = await fixture<HTMLFormElement>(html`<form><rhi-interview-form name="record" no-drafts .schema=${schema} .answers=${answers}></rhi-interview-form></form>`);
  await host.querySelector<RhiInterviewForm>('rhi-interview-form')!.updateComplete;
  return JSON.parse(String(new FormData(host).get('record')));
}
