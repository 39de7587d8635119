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
import { heading } from '../govuk/heading.js';
import { question } from '../govuk/question.js';
import { radios } from '../govuk/radios.js';
import { warningText } from '../govuk/warning-text.js';
import { reasonQuestion } from './reason-question.js';
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
        : question({
            id: `lawful-basis-${agency}`,
            label: words.say('wizard.sharing.lawfulBasisQuestion'),
            hint: words.say('wizard.sharing.lawfulBasisHint'),
            value: choices.lawfulBasis ?? '',
            error: view.problemAt(problemKey('lawfulBasis', agency)),
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
        : radios({
            id: `agreement-${agency}`,
            legend: words.say('wizard.sharing.agreement'),
            legendSize: 's',
            options: agreements.map((agreement) => ({ value: agreement, label: agreementWords(agreement, words), checked: choices.agreement === agreement })),
            error: view.problemAt(problemKey('agreement', agency)),
            words,
            onChange: (option) => actions.setChoice(agency, { agreement: option.value as Agreement }),
            onLeave: () => actions.leave('agreement', agency),
          })}
    </section>
    <section aria-labelledby="told-heading">
      ${heading(sub, words.say('wizard.sharing.toldHeading'), { id: 'told-heading', className: 'heading-s' })}
      ${assessment.parentCarerDiscussion === 'withheld' ? withheldWarning(view) : nothing}
      ${radios({
        id: `told-${agency}`,
        legend: words.say('wizard.sharing.told'),
        legendSize: 's',
        options: [
          { value: 'yes', label: words.say('yes'), checked: choices.told === 'yes' },
          {
            value: 'no',
            label: words.say('no'),
            checked: choices.told === 'no',
            conditional:
              choices.told === 'no'
                ? reasonQuestion(view, `not-told-reason-${agency}`, words.say('wizard.sharing.notToldReason'), choices.notToldReason ?? '', {
                    hint: words.say('wizard.sharing.notToldReasonHint'),
                    key: problemKey('notToldReason', agency),
                    onInput: (text) => actions.setChoice(agency, { notToldReason: text }),
                    onLeave: () => actions.leave('notToldReason', agency),
                  })
                : undefined,
          },
        ],
        error: view.problemAt(problemKey('told', agency)),
        words,
        onChange: (option) => actions.setChoice(agency, { told: option.value as 'yes' | 'no' }),
        onLeave: () => actions.leave('told', agency),
      })}
    </section>
  </div>`;
}

/** GOV.UK warning text: the family must not be told for this child (brief §6), with the rules' reasons. */
function withheldWarning(view: WizardView): TemplateResult {
  const { words, assessment } = view;
  const reasons = assessment.parentCarerDiscussionReasons;
  return warningText({
    id: 'withheld-warning',
    warning: words.say('wizard.warning'),
    text: words.say('wizard.sharing.withheld'),
    more: reasons.length > 0 ? html`<ul class="list reasons">${reasons.map((reason) => html`<li>${reason.message}</li>`)}</ul>` : undefined,
  });
}
