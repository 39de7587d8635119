/**
 * Step 4, check your answers: every chosen agency with why, urgency, summary and the sharing
 * decision, and the recommended referrals not being made with their reasons, each with a Change
 * link that opens the page and comes back here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { agencyAnswers } from './agency-answers.js';
import { agencyNameOf, consentOf, isLessUrgent, recommendationFor, urgencies, urgencyOf } from './agency-facts.js';
import { asksWhyNoReferrals } from './referral-package.js';
import type { WizardStep } from './referral-types.js';
import { referralRows, type ReferralRowName } from './referral-rows.js';
import { heading } from '../govuk/heading.js';
import { summaryList as rowsOf } from '../govuk/summary-list.js';
import type { WizardActions, WizardView } from './wizard-view.js';

interface CheckRow {
  key: string;
  value: TemplateResult | string;
  change?: { step: WizardStep; agencyIndex: number; focusId: string; what: string };
}

export function renderCheckReferrals(view: WizardView, actions: WizardActions, pageHeading: TemplateResult): TemplateResult {
  const { words, state } = view;
  const removed = Object.entries(state.removed);
  return html`${pageHeading}
    <div class="check-answers" part="check-answers">
      <p class="body">${words.say('wizard.check.intro')}</p>
      ${state.chosen.length === 0 ? html`<p class="body">${words.say('wizard.check.noReferrals')}</p>` : nothing}
      ${asksWhyNoReferrals(state, view.assessment, view.ruleset)
        ? summaryList(
            [
              {
                key: words.say('wizard.check.noReferralsReason'),
                value: state.noReferralsReason?.trim() ? html`<span class="multiline">${state.noReferralsReason}</span>` : notAnswered(view),
                change: { step: 'choose', agencyIndex: 0, focusId: 'no-referrals-reason', what: words.say('wizard.check.noReferralsReason') },
              },
            ],
            view,
            actions,
          )
        : nothing}
      ${state.chosen.map((agency, agencyIndex) => agencySection(view, actions, agency, agencyIndex))}
      ${removed.length > 0
        ? html`<section class="summary-section" aria-labelledby="check-removed">
            ${heading(view.headingLevel + 1, words.say('wizard.check.removedTitle'), { id: 'check-removed', className: 'heading-m' })}
            ${summaryList(
              removed.map(([agency, reason]) => {
                const name = agencyNameOf(agency, view.ruleset, view.assessment, words);
                return {
                  key: name,
                  value: html`<span class="multiline">${reason}</span>`,
                  change: { step: 'choose', agencyIndex: 0, focusId: `removal-reason-${agency}`, what: words.say('wizard.check.changeRemoval', { agency: name }) },
                };
              }),
              view,
              actions,
            )}
          </section>`
        : nothing}
    </div>`;
}

function agencySection(view: WizardView, actions: WizardActions, agency: string, agencyIndex: number): TemplateResult {
  const { words, assessment, ruleset } = view;
  const facts = agencyAnswers(view, agency);
  const choices = view.state.choices[agency] ?? {};
  const recommended = recommendationFor(assessment, agency);
  const consent = consentOf(agency, assessment, ruleset);
  const urgency = urgencyOf(choices, recommended);
  const name = facts.name;
  const on = (step: WizardStep, focusId: string, what: string) => ({ step, agencyIndex, focusId, what: `${what} (${name})` });
  const asksAgreement = consent !== 'not-needed';
  const changes: Partial<Record<ReferralRowName, CheckRow['change']>> = {
    why: on('choose', recommended ? `choose-${agency}` : `added-reason-${agency}`, words.say('wizard.check.why')),
    urgency: on('details', `urgency-${agency}-${urgencies.indexOf(urgency)}`, words.say('wizard.check.urgency')),
    summary: on('details', `summary-${agency}`, words.say('wizard.check.summary')),
    ...(ruleset.settings.lawfulBasis ? {} : { lawfulBasis: on('sharing', `lawful-basis-${agency}`, words.say('wizard.check.lawfulBasis')) }),
    ...(asksAgreement ? { consent: on('sharing', `agreement-${agency}-0`, words.say('wizard.check.consent')) } : {}),
    told: on('sharing', `told-${agency}-${choices.told === 'no' ? 1 : 0}`, words.say('wizard.check.told')),
  };
  const rows: CheckRow[] = referralRows(
    {
      reasons: recommended ? facts.reasons : undefined,
      addedReason: choices.addedReason,
      urgency,
      lowered: recommended && isLessUrgent(urgency, recommended.urgency) ? { from: recommended.urgency, reason: choices.urgencyLoweredReason ?? '' } : undefined,
      summary: facts.summary,
      lawfulBasis: ruleset.settings.lawfulBasis ? words.pick(ruleset.settings.lawfulBasis) : choices.lawfulBasis,
      consent,
      agreement: asksAgreement ? choices.agreement : undefined,
      told: choices.told,
      notToldReason: choices.notToldReason,
      missing: notAnswered(view),
    },
    words,
  ).map(({ name: row, key, value }) => ({ key, value, change: changes[row] }));
  return html`<section class="summary-section" aria-labelledby="check-${agency}">
    ${heading(view.headingLevel + 1, name, { id: `check-${agency}`, className: 'heading-m' })}
    ${summaryList(rows, view, actions)}
  </section>`;
}

function notAnswered(view: WizardView): TemplateResult {
  return html`<span class="not-answered">${view.words.say('check.notAnswered')}</span>`;
}

/** The rows as the GOV.UK summary list: each change link opens its page, then comes back here. */
function summaryList(rows: CheckRow[], view: WizardView, actions: WizardActions): TemplateResult {
  return rowsOf(
    rows.map((row) => ({
      key: row.key,
      value: row.value,
      keepActionsColumn: true,
      change: row.change
        ? { text: view.words.say('check.change'), hiddenText: row.change.what, onClick: () => actions.change(row.change!.step, row.change!.agencyIndex, row.change!.focusId) }
        : undefined,
    })),
  );
}
