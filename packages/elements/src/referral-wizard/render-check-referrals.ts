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
import { agreementWords, consentWords, urgencyWords } from './referral-words.js';
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
  const rows: CheckRow[] = [
    {
      key: words.say('wizard.check.why'),
      value: recommended
        ? html`${words.say('wizard.check.recommended')}
            <ul class="list reasons">
              ${facts.reasons.map((reason) => html`<li>${reason.message}</li>`)}
            </ul>`
        : html`${words.say('wizard.check.added')} <span class="multiline">${choices.addedReason ?? ''}</span>`,
      change: on('choose', recommended ? `choose-${agency}` : `added-reason-${agency}`, words.say('wizard.check.why')),
    },
    {
      key: words.say('wizard.check.urgency'),
      value: html`${urgencyWords(urgency, words)}${recommended && isLessUrgent(urgency, recommended.urgency)
        ? html`<br />${words.say('wizard.check.lowered', { urgency: urgencyWords(recommended.urgency, words) })}
            <span class="multiline">${choices.urgencyLoweredReason ?? ''}</span>`
        : nothing}`,
      change: on('details', `urgency-${agency}-${urgencies.indexOf(urgency)}`, words.say('wizard.check.urgency')),
    },
    {
      key: words.say('wizard.check.summary'),
      value: html`<span class="multiline">${facts.summary}</span>`,
      change: on('details', `summary-${agency}`, words.say('wizard.check.summary')),
    },
    {
      key: words.say('wizard.check.lawfulBasis'),
      value: ruleset.settings.lawfulBasis ? words.pick(ruleset.settings.lawfulBasis) : choices.lawfulBasis || notAnswered(view),
      ...(ruleset.settings.lawfulBasis ? {} : { change: on('sharing', `lawful-basis-${agency}`, words.say('wizard.check.lawfulBasis')) }),
    },
    {
      key: words.say('wizard.check.consent'),
      value: html`${consentWords(consent, words)}${consent !== 'not-needed'
        ? html`<br />${choices.agreement ? agreementWords(choices.agreement, words) : notAnswered(view)}`
        : nothing}`,
      ...(consent !== 'not-needed' ? { change: on('sharing', `agreement-${agency}-0`, words.say('wizard.check.consent')) } : {}),
    },
    {
      key: words.say('wizard.check.told'),
      value:
        choices.told === 'yes'
          ? words.say('yes')
          : choices.told === 'no'
            ? html`${words.say('no')}<br /><span class="multiline">${choices.notToldReason ?? ''}</span>`
            : notAnswered(view),
      change: on('sharing', `told-${agency}-${choices.told === 'no' ? 1 : 0}`, words.say('wizard.check.told')),
    },
  ];
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
