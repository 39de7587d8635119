/**
 * Step 3, one page per chosen agency: the information-sharing decision as the law expects it
 * recorded (DfE information sharing advice): the lawful basis (a ruleset setting), consent as the
 * assessment states it and whether it was given, and whether the child or family were told — and
 * if not, why. When the rules withheld the parent/carer discussion, a warning says not to tell the family.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { agencyNameOf, consentOf } from './agency-facts.js';
import type { Agreement } from './referral-types.js';
import { agreementWords, consentWords } from './referral-words.js';
import { heading, radioQuestion, textQuestion } from './render-controls.js';
import { problemKey } from './step-problems.js';
import type { WizardActions, WizardView } from './wizard-view.js';

const agreements: Agreement[] = ['given', 'refused', 'not-asked-yet'];

export function renderSharingDecision(view: WizardView, actions: WizardActions, agency: string, pageHeading: TemplateResult): TemplateResult {
  const { words, ruleset, assessment } = view;
  const name = agencyNameOf(agency, ruleset, assessment, words);
  const choices = view.state.choices[agency] ?? {};
  const consent = consentOf(agency, assessment, ruleset);
  const lawfulBasis = ruleset.settings.lawfulBasis;
  const sub = view.headingLevel + 1;
  return html`<div class="agency" part="agency">
    ${pageHeading}
    <p class="body">${words.say('wizard.sharing.intro', { agency: name })}</p>
    <section aria-labelledby="lawful-basis-heading">
      ${heading(sub, words.say('wizard.sharing.lawfulBasis'), { id: 'lawful-basis-heading', className: 'heading-s' })}
      ${lawfulBasis
        ? html`<p class="body inset" id="lawful-basis-${agency}">${words.pick(lawfulBasis)}</p>`
        : textQuestion({
            id: `lawful-basis-${agency}`,
            label: words.say('wizard.sharing.lawfulBasisQuestion'),
            hint: words.say('wizard.sharing.lawfulBasisHint'),
            value: choices.lawfulBasis ?? '',
            problem: view.problemAt(problemKey('lawfulBasis', agency)),
            required: true,
            words,
            onInput: (text) => actions.setChoice(agency, { lawfulBasis: text }),
            onLeave: () => actions.leave('lawfulBasis', agency),
          })}
    </section>
    <section aria-labelledby="consent-heading">
      ${heading(sub, words.say('wizard.sharing.consent'), { id: 'consent-heading', className: 'heading-s' })}
      <p class="body"><strong>${consentWords(consent, words)}</strong></p>
      ${consent === 'not-needed'
        ? nothing
        : radioQuestion<Agreement>({
            id: `agreement-${agency}`,
            legend: words.say('wizard.sharing.agreement'),
            options: agreements.map((agreement) => ({ value: agreement, label: agreementWords(agreement, words) })),
            value: choices.agreement,
            problem: view.problemAt(problemKey('agreement', agency)),
            words,
            onChoose: (agreement) => actions.setChoice(agency, { agreement }),
            onLeave: () => actions.leave('agreement', agency),
          })}
    </section>
    <section aria-labelledby="told-heading">
      ${heading(sub, words.say('wizard.sharing.toldHeading'), { id: 'told-heading', className: 'heading-s' })}
      ${assessment.parentCarerDiscussion === 'withheld' ? withheldWarning(view) : nothing}
      ${radioQuestion<'yes' | 'no'>({
        id: `told-${agency}`,
        legend: words.say('wizard.sharing.told'),
        options: [
          { value: 'yes', label: words.say('yes') },
          {
            value: 'no',
            label: words.say('no'),
            reveal: () =>
              textQuestion({
                id: `not-told-reason-${agency}`,
                label: words.say('wizard.sharing.notToldReason'),
                hint: words.say('wizard.sharing.notToldReasonHint'),
                value: choices.notToldReason ?? '',
                problem: view.problemAt(problemKey('notToldReason', agency)),
                required: true,
                long: true,
                rows: 3,
                words,
                onInput: (text) => actions.setChoice(agency, { notToldReason: text }),
                onLeave: () => actions.leave('notToldReason', agency),
              }),
          },
        ],
        value: choices.told,
        problem: view.problemAt(problemKey('told', agency)),
        words,
        onChoose: (told) => actions.setChoice(agency, { told }),
        onLeave: () => actions.leave('told', agency),
      })}
    </section>
  </div>`;
}

/** GOV.UK warning text: the family must not be told for this child (brief §6), with the rules' reasons. */
function withheldWarning(view: WizardView): TemplateResult {
  const { words, assessment } = view;
  return html`<div class="warning-text" part="warning" id="withheld-warning">
    <span class="warning-text__icon" aria-hidden="true">!</span>
    <div class="warning-text__text">
      <strong><span class="visually-hidden">${words.say('wizard.warning')}</span> ${words.say('wizard.sharing.withheld')}</strong>
      ${assessment.parentCarerDiscussionReasons.length > 0
        ? html`<ul class="list reasons">
            ${assessment.parentCarerDiscussionReasons.map((reason) => html`<li>${reason.message}</li>`)}
          </ul>`
        : nothing}
    </div>
  </div>`;
}
