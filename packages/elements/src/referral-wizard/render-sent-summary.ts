/**
 * The last page: a confirmation panel and the referral summary as it was sent — every agency with
 * its contacts, urgency, summary and sharing decision, and the recommendations not made — laid out
 * to print for the record.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { writtenDateTime } from '../i18n/written-dates.js';
import type { PackagedReferral, ReferralPackage } from './referral-types.js';
import { referralRows } from './referral-rows.js';
import { childAgreesToShareText, riskLevelWords, urgencyWords } from './referral-words.js';
import { contactDetails } from './render-contact-card.js';
import { heading } from '../govuk/heading.js';
import { summaryList } from '../govuk/summary-list.js';
import type { WizardView } from './wizard-view.js';

type Row = [string, TemplateResult | string];

export function renderSentSummary(view: WizardView, referralPackage: ReferralPackage, print: () => void): TemplateResult {
  const { words } = view;
  const level = view.headingLevel;
  const count = referralPackage.referrals.length;
  return html`<div class="panel" part="confirmation">
      ${heading(level, words.say('wizard.sent.title'), { id: 'page-heading', className: 'panel__title', focusable: true })}
      <div class="panel__body">${words.say('wizard.sent.count', { count })}</div>
    </div>
    <p class="body">${words.say('wizard.sent.next', { count })}</p>
    <div class="button-group" part="buttons">
      <button type="button" class="button button--secondary" part="button secondary-button" @click=${print}>${words.say('wizard.sent.print')}</button>
    </div>
    <section class="referral-summary" part="summary" aria-labelledby="referral-summary-title">
      ${heading(level + 1, words.say('wizard.sent.summaryTitle'), { id: 'referral-summary-title', className: 'heading-l' })}
      ${rowList([
        [words.say('wizard.sent.preparedAt'), writtenDateTime(referralPackage.preparedAt, words, view.timeZone)],
        ...(referralPackage.caseReference ? [[words.say('wizard.sent.caseReference'), referralPackage.caseReference] as Row] : []),
        [
          words.say('wizard.sent.riskLevel'),
          `${riskLevelWords(referralPackage.assessment.riskLevel, words)}${referralPackage.assessment.provisional ? ` (${words.say('wizard.sent.provisional')})` : ''}`,
        ],
        [words.say('wizard.sent.ruleset'), `${referralPackage.ruleset.id} ${referralPackage.ruleset.version}`],
      ])}
      ${count === 0 ? html`<p class="body">${words.say('wizard.check.noReferrals')}</p>` : nothing}
      ${referralPackage.noReferralsReason
        ? rowList([[words.say('wizard.check.noReferralsReason'), html`<span class="multiline">${referralPackage.noReferralsReason}</span>`]])
        : nothing}
      ${referralPackage.referrals.map((referral) => referralSection(view, referral, level + 2))}
      ${referralPackage.removed.length > 0
        ? html`<section class="summary-section" aria-labelledby="sent-removed">
            ${heading(level + 2, words.say('wizard.check.removedTitle'), { id: 'sent-removed', className: 'heading-m' })}
            ${rowList(
              referralPackage.removed.map((removed) => [
                removed.agencyName,
                html`${words.say('wizard.sent.recommendedUrgency', { urgency: urgencyWords(removed.urgency, words) })}
                  <br /><span class="multiline">${removed.removalReason}</span>`,
              ]),
            )}
          </section>`
        : nothing}
    </section>`;
}

function referralSection(view: WizardView, referral: PackagedReferral, level: number): TemplateResult {
  const { words } = view;
  const { sharing } = referral;
  const childSaid = childAgreesToShareText(sharing.childAgreesToShare, view.schema, words, view.timeZone);
  const id = `sent-${referral.agency}`;
  return html`<section class="summary-section sent-agency" part="agency" aria-labelledby=${id}>
    ${heading(level, referral.agencyName, { id, className: 'heading-m' })}
    <div class="contact" part="contact">${contactDetails(referral.contact, words)}</div>
    ${rowList(
      referralRows(
        {
          reasons: referral.recommended ? referral.reasons : undefined,
          addedReason: referral.addedReason,
          urgency: referral.urgency,
          lowered: referral.urgencyLoweredReason && referral.recommendedUrgency ? { from: referral.recommendedUrgency, reason: referral.urgencyLoweredReason } : undefined,
          summary: referral.summary,
          lawfulBasis: sharing.lawfulBasis,
          consent: sharing.consent,
          agreement: sharing.agreement,
          told: sharing.childOrFamilyTold ? 'yes' : 'no',
          notToldReason: sharing.notToldReason,
        },
        words,
      ).flatMap(({ name, key, value }): Row[] =>
        name === 'told' ? [[words.say('wizard.details.childSharing'), childSaid ?? words.say('wizard.details.childSharingNotRecorded')], [key, value]] : [[key, value]],
      ),
    )}
  </section>`;
}

function rowList(rows: Row[]): TemplateResult {
  return summaryList(rows.map(([key, value]) => ({ key, value, className: 'summary-list__row--two' })));
}
