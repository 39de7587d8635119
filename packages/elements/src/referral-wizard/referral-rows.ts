/**
 * The rows about one referral — why, urgency, summary, lawful basis, consent, told — as both the
 * check page (from the wizard's state, with gaps) and the sent summary (from the package) show
 * them, so the two pages cannot drift apart.
 */
import type { Consent, Reason, Urgency } from '@rhi-toolkit/engine';
import { html, nothing, type TemplateResult } from 'lit';
import type { UiWords } from '../i18n/ui-words.js';
import type { Agreement } from './referral-types.js';
import { agreementWords, consentWords, urgencyWords } from './referral-words.js';

export type ReferralRowName = 'why' | 'urgency' | 'summary' | 'lawfulBasis' | 'consent' | 'told';

export interface ReferralFacts {
  /** The rules' reasons if recommended; undefined if the worker added the agency. */
  reasons: Reason[] | undefined;
  addedReason: string | undefined;
  urgency: Urgency;
  /** The recommended urgency and the reason, when the worker made it less urgent. */
  lowered: { from: Urgency; reason: string } | undefined;
  summary: string;
  lawfulBasis: string | undefined;
  consent: Consent;
  agreement: Agreement | undefined;
  told: 'yes' | 'no' | undefined;
  notToldReason: string | undefined;
  /** Shown where the check page still lacks an answer; the sent summary has none. */
  missing?: TemplateResult | undefined;
}

export function referralRows(facts: ReferralFacts, words: UiWords): { name: ReferralRowName; key: string; value: TemplateResult | string }[] {
  const { missing } = facts;
  const multiline = (text: string | undefined) => html`<span class="multiline">${text ?? ''}</span>`;
  return [
    {
      name: 'why',
      key: words.say('wizard.check.why'),
      value: facts.reasons
        ? html`${words.say('wizard.check.recommended')}
            <ul class="list reasons">
              ${facts.reasons.map((reason) => html`<li>${reason.message}</li>`)}
            </ul>`
        : html`${words.say('wizard.check.added')} ${multiline(facts.addedReason)}`,
    },
    {
      name: 'urgency',
      key: words.say('wizard.check.urgency'),
      value: html`${urgencyWords(facts.urgency, words)}${facts.lowered
        ? html`<br />${words.say('wizard.check.lowered', { urgency: urgencyWords(facts.lowered.from, words) })}
            ${multiline(facts.lowered.reason)}`
        : nothing}`,
    },
    { name: 'summary', key: words.say('wizard.check.summary'), value: multiline(facts.summary) },
    { name: 'lawfulBasis', key: words.say('wizard.check.lawfulBasis'), value: facts.lawfulBasis || (missing ?? '') },
    {
      name: 'consent',
      key: words.say('wizard.check.consent'),
      value: html`${consentWords(facts.consent, words)}${facts.agreement
        ? html`<br />${agreementWords(facts.agreement, words)}`
        : missing && facts.consent !== 'not-needed'
          ? html`<br />${missing}`
          : nothing}`,
    },
    {
      name: 'told',
      key: words.say('wizard.check.told'),
      value:
        facts.told === 'yes'
          ? words.say('yes')
          : facts.told === 'no'
            ? html`${words.say('no')}<br />${multiline(facts.notToldReason)}`
            : (missing ?? ''),
    },
  ];
}
