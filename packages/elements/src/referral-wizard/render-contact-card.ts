/**
 * An agency's contact card from the ruleset's directory (team, phone, email, address, hours,
 * website, notes), or a plain "none" so the worker knows to ask. Used on the details page and in
 * the sent summary.
 */
import { html, type TemplateResult } from 'lit';
import type { AgencyContact } from '@rhi-toolkit/engine';
import type { UiWords } from '../i18n/ui-words.js';

/** Contact details with their notes in one language, as the package carries them. */
export type ContactInLanguage = Omit<AgencyContact, 'notes'> & { notes?: string | undefined };

export function contactIn(contact: AgencyContact | undefined, words: UiWords): ContactInLanguage | undefined {
  if (!contact) return undefined;
  return { ...contact, notes: contact.notes ? words.pick(contact.notes) : undefined };
}

/** The directory's contact card; links only for phone numbers, email addresses and web addresses. */
export function contactDetails(contact: ContactInLanguage | undefined, words: UiWords): TemplateResult {
  const rows: [string, TemplateResult | string][] = [];
  if (contact?.team) rows.push([words.say('wizard.contact.team'), contact.team]);
  if (contact?.phone) rows.push([words.say('wizard.contact.phone'), html`<a class="link" href="tel:${telephoneTarget(contact.phone)}">${contact.phone}</a>`]);
  if (contact?.email) rows.push([words.say('wizard.contact.email'), emailLink(contact.email)]);
  if (contact?.secureEmail) rows.push([words.say('wizard.contact.secureEmail'), emailLink(contact.secureEmail)]);
  if (contact?.address) rows.push([words.say('wizard.contact.address'), html`<span class="multiline">${contact.address}</span>`]);
  if (contact?.hours) rows.push([words.say('wizard.contact.hours'), contact.hours]);
  if (contact?.website) rows.push([words.say('wizard.contact.website'), websiteLink(contact.website)]);
  if (contact?.notes) rows.push([words.say('wizard.contact.notes'), html`<span class="multiline">${contact.notes}</span>`]);
  if (rows.length === 0) return html`<p class="body">${words.say('wizard.contact.none')}</p>`;
  return html`<dl class="summary-list summary-list--compact contact-list">
    ${rows.map(
      ([key, value]) => html`<div class="summary-list__row summary-list__row--two">
        <dt class="summary-list__key">${key}</dt>
        <dd class="summary-list__value">${value}</dd>
      </div>`,
    )}
  </dl>`;
}

/** Digits and a leading + only: what a `tel:` link dials. */
function telephoneTarget(phone: string): string {
  return phone.replace(/[^\d+]/g, '');
}

/**
 * One plain address (letters, digits and . _ + ' - before the @, then a domain of dot-separated
 * labels): nothing a mail program would read as a second recipient, a subject, a body or a header.
 * `a@b.org?bcc=x@evil.org`, `a@b.org,x@evil.org`, `a@b.org%0ABcc:x`, `a&b@c.org` and anything with
 * a space fail it. Stricter than RFC 5322 on purpose: a directory's address never needs more.
 */
const PLAIN_ADDRESS = /^[A-Za-z0-9._+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** Is the text one plain email address, safe as the whole of a `mailto:` link? */
export function isPlainEmailAddress(text: string): boolean {
  return text.length <= 254 && PLAIN_ADDRESS.test(text) && !text.startsWith('.') && !text.includes('..') && !text.includes('.@');
}

/** A `mailto:` link for one plain address; anything else is shown as the text written, never linked. */
function emailLink(email: string): TemplateResult | string {
  return isPlainEmailAddress(email) ? html`<a class="link" href=${`mailto:${email}`}>${email}</a>` : email;
}

/** Only http(s) addresses become links: a ruleset is data, and a `javascript:` address must not run. */
function websiteLink(website: string): TemplateResult | string {
  return /^https?:\/\//i.test(website) ? html`<a class="link" href=${website} rel="noopener noreferrer">${website}</a>` : website;
}
