/**
 * Step 2, one page per chosen agency: its contact card from the directory, how urgent the referral
 * is (a lower urgency than recommended needs a reason), the summary it will receive (prefilled from
 * the answers, editable) and what the child said about sharing, with the answers that bear on it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Urgency } from '@rhi-toolkit/engine';
import { agencyAnswers } from './agency-answers.js';
import { isLessUrgent, recommendationFor, urgencies, urgencyOf } from './agency-facts.js';
import { childAgreesToShareWords, urgencyWords } from './referral-words.js';
import { contactDetails, contactIn } from './render-contact-card.js';
import { heading } from '../govuk/heading.js';
import { question } from '../govuk/question.js';
import { radios } from '../govuk/radios.js';
import { summaryList } from '../govuk/summary-list.js';
import { reasonQuestion } from './reason-question.js';
import { problemKey } from './step-problems.js';
import type { WizardActions, WizardView } from './wizard-view.js';

export function renderAgencyDetails(view: WizardView, actions: WizardActions, agency: string, pageHeading: TemplateResult): TemplateResult {
  const { words } = view;
  const facts = agencyAnswers(view, agency);
  const choices = view.state.choices[agency] ?? {};
  const recommended = recommendationFor(view.assessment, agency);
  const chosenUrgency = urgencyOf(choices, recommended);
  const sub = view.headingLevel + 1;
  return html`<div class="agency" part="agency">
    ${pageHeading}
    ${recommended
      ? html`<p class="body">${words.say('wizard.details.recommendedBecause')}</p>
          <ul class="list reasons body">
            ${facts.reasons.map((reason) => html`<li>${reason.message}</li>`)}
          </ul>`
      : html`<p class="body">${words.say('wizard.details.added')}</p>
          <p class="body multiline inset">${choices.addedReason ?? ''}</p>`}
    <section class="contact" part="contact" aria-labelledby="contact-heading">
      ${heading(sub, words.say('wizard.contact.title'), { id: 'contact-heading', className: 'heading-s' })}
      ${contactDetails(contactIn(view.ruleset.agencies[agency]?.contact, words), words)}
    </section>
    ${radios({
      id: `urgency-${agency}`,
      legend: words.say('wizard.details.urgency', { agency: facts.name }),
      legendSize: 's',
      hint: recommended ? words.say('wizard.details.urgencyHint', { urgency: urgencyWords(recommended.urgency, words) }) : undefined,
      options: urgencies.map((urgency) => ({
        value: urgency,
        label: urgencyWords(urgency, words),
        checked: urgency === chosenUrgency,
        conditional:
          urgency === chosenUrgency && isLessUrgent(urgency, recommended?.urgency)
            ? reasonQuestion(view, `urgency-reason-${agency}`, words.say('wizard.details.urgencyLoweredReason'), choices.urgencyLoweredReason ?? '', {
                key: problemKey('urgencyLoweredReason', agency),
                onInput: (text) => actions.setChoice(agency, { urgencyLoweredReason: text }),
                onLeave: () => actions.leave('urgencyLoweredReason', agency),
              })
            : undefined,
      })),
      error: view.problemAt(problemKey('urgency', agency)),
      words,
      onChange: (option) => actions.setChoice(agency, { urgency: option.value as Urgency }),
      onLeave: () => actions.leave('urgency', agency),
    })}
    <div class="summary-question" part="summary">
      ${question({
        id: `summary-${agency}`,
        label: words.say('wizard.details.summary', { agency: facts.name }),
        hint: words.say('wizard.details.summaryHint'),
        value: facts.summary,
        error: view.problemAt(problemKey('summary', agency)),
        required: true,
        rows: 10,
        bold: true,
        words,
        onInput: (text) => actions.setChoice(agency, { summary: text }),
        onLeave: () => actions.leave('summary', agency),
      })}
      ${choices.summary !== undefined && choices.summary !== facts.suggestedSummary
        ? html`<p class="body">
            <button type="button" class="button button--secondary" part="button secondary-button" @click=${() => actions.useSuggestedSummary(agency)}>
              ${words.say('wizard.details.useSuggested')}
            </button>
          </p>`
        : nothing}
    </div>
    <section class="child-sharing" aria-labelledby="child-sharing-heading">
      ${heading(sub, words.say('wizard.details.childSharing'), { id: 'child-sharing-heading', className: 'heading-s' })}
      ${childSaid(view)}
      ${heading(sub + 1, words.say('wizard.details.relevantAnswers'), { id: 'relevant-answers-heading', className: 'heading-xs' })}
      ${facts.lines.length > 0
        ? summaryList(
            facts.lines.map((line) => ({ key: line.label, value: html`<span class="multiline">${line.value}</span>`, className: 'summary-list__row--two' })),
            { compact: true },
          )
        : html`<p class="body">${words.say('wizard.details.noRelevantAnswers')}</p>`}
    </section>
  </div>`;
}

function childSaid(view: WizardView): TemplateResult {
  const { words } = view;
  const said = childAgreesToShareWords(view.answers, view.schema, words, view.timeZone);
  if (said) return html`<p class="body"><strong>${said}</strong></p>`;
  return html`<p class="body"><strong>${words.say('wizard.details.childSharingNotRecorded')}</strong></p>
    <p class="hint">${words.say('wizard.details.childSharingNotRecordedHint')}</p>`;
}
