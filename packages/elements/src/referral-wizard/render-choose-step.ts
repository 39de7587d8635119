/**
 * Step 1, choose: the referrals the rules recommend, ticked, each with its urgency and the rules'
 * reasons (unticking one reveals a required "why not"), then "Add another agency" from the
 * locality's directory (ticking one reveals a required "why"). When the rules recommend none and
 * none is chosen, a required "why is no referral needed?" records that decision.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { referralsToMake, signpostsOf, type Referral } from '@rhi-toolkit/engine';
import { agencyNameOf, otherDirectoryAgencies } from './agency-facts.js';
import { asksWhyNoReferrals } from './referral-package.js';
import { urgencyWords } from './referral-words.js';
import { checkboxes } from '../govuk/checkboxes.js';
import type { ChoiceOption } from '../govuk/choice-group.js';
import { heading } from '../govuk/heading.js';
import { question } from '../govuk/question.js';
import { reasonQuestion } from './reason-question.js';
import { problemKey } from './step-problems.js';
import type { WizardActions, WizardView } from './wizard-view.js';

export function renderChooseStep(view: WizardView, actions: WizardActions, pageHeading: TemplateResult): TemplateResult {
  const { words, assessment, ruleset, state } = view;
  // Signposts are given to the child, not referred: they are listed on their own, below.
  const recommended = referralsToMake(assessment);
  const others = otherDirectoryAgencies(assessment, ruleset);
  const addedCount = others.filter((agency) => state.chosen.includes(agency)).length;
  return html`${pageHeading}
    <p class="body">${recommended.length > 0 ? words.say('wizard.choose.intro') : words.say('wizard.choose.noneRecommended')}</p>
    ${recommended.length > 0
      ? checkboxes({
          id: 'recommended',
          legend: words.say('wizard.choose.recommendedLegend'),
          legendSize: 'm',
          hint: words.say('wizard.choose.recommendedHint'),
          error: undefined,
          options: recommended.map((referral) => recommendedOption(referral, view, actions)),
          words,
          onChange: (option, checked) => actions.choose(option.value, checked),
        })
      : nothing}
    ${others.length > 0
      ? html`<details class="details" part="add-agency" ?open=${addedCount > 0 || recommended.length === 0}>
          <summary class="details__summary"><span class="details__summary-text">${words.say('wizard.choose.addAnother')}</span></summary>
          <div class="details__text">
            ${checkboxes({
              id: 'directory',
              name: 'added',
              legend: words.say('wizard.choose.directoryLegend'),
              legendSize: 's',
              hint: words.say('wizard.choose.directoryHint'),
              error: undefined,
              options: others.map((agency) => directoryOption(agency, view, actions)),
              words,
              onChange: (option, checked) => actions.choose(option.value, checked),
            })}
          </div>
        </details>`
      : nothing}
    ${renderSignposts(view)}
    ${asksWhyNoReferrals(state, assessment, ruleset)
      ? question({
          id: 'no-referrals-reason',
          label: words.say('wizard.choose.noReferralsReason'),
          hint: words.say('wizard.choose.noReferralsReasonHint'),
          value: state.noReferralsReason ?? '',
          error: view.problemAt(problemKey('noReferralsReason', undefined)),
          required: true,
          rows: 3,
          bold: true,
          words,
          onInput: (text) => actions.setNoReferralsReason(text),
          onLeave: () => actions.leave('noReferralsReason', undefined),
        })
      : nothing}
    ${view.referralsMayFollow && recommended.length > 0 ? toFollowItem(view, actions) : nothing}`;
}

/** "Referrals to follow", where the host allows the record to be submitted before they are decided; needs a reason. */
function toFollowItem(view: WizardView, actions: WizardActions): TemplateResult {
  const { words, state } = view;
  const checked = state.toFollow === true;
  return html`<div class="form-group" part="field">
    <div class="checkboxes" part="checkboxes">
      <div class="checkboxes__item">
        <input
          class="checkboxes__input"
          id="to-follow"
          name="to-follow"
          type="checkbox"
          aria-describedby="to-follow-hint"
          aria-controls=${ifDefined(checked ? 'to-follow-reveal' : undefined)}
          .checked=${live(checked)}
          @change=${(event: Event) => actions.setToFollow({ toFollow: (event.target as HTMLInputElement).checked })}
        />
        <label class="label checkboxes__label" for="to-follow">${words.say('wizard.toFollow.label')}</label>
        <div id="to-follow-hint" class="hint checkboxes__hint">${words.say('wizard.toFollow.hint')}</div>
      </div>
      ${checked
        ? html`<div class="checkboxes__conditional" id="to-follow-reveal" part="conditional">
            ${question({
              id: 'to-follow-reason',
              label: words.say('wizard.toFollow.reason'),
              value: state.toFollowReason ?? '',
              error: undefined,
              required: true,
              rows: 3,
              words,
              onInput: (text) => actions.setToFollow({ toFollowReason: text }),
              onLeave: () => undefined,
            })}
          </div>`
        : nothing}
    </div>
  </div>`;
}

/** Signposts are something to give the child, not referrals: no tick box, nothing to decide or send. */
function renderSignposts(view: WizardView): TemplateResult | typeof nothing {
  const signposts = signpostsOf(view.assessment);
  if (signposts.length === 0) return nothing;
  return html`<div class="signposts" part="signposts">
    ${heading(view.headingLevel + 1, view.words.say('wizard.choose.signpostsHeading'), { id: 'signposts-heading', className: 'heading-s' })}
    <p class="hint">${view.words.say('wizard.choose.signpostsHint')}</p>
    <ul class="list">
      ${signposts.flatMap((signpost) => signpost.reasons.map((reason) => html`<li data-agency=${signpost.agency}>${reason.message}</li>`))}
    </ul>
  </div>`;
}

/** A recommended agency, ticked; unticked, it reveals the required "why not". */
function recommendedOption(referral: Referral, view: WizardView, actions: WizardActions): ChoiceOption {
  const { words, state } = view;
  const { agency } = referral;
  const name = agencyNameOf(agency, view.ruleset, view.assessment, words);
  const checked = state.chosen.includes(agency);
  return {
    id: `choose-${agency}`,
    value: agency,
    label: name,
    hint: html`<span class="urgency-tag">${words.say('wizard.choose.urgency', { urgency: urgencyWords(referral.urgency, words) })}</span>
      <ul class="list reasons">
        ${referral.reasons.map((reason) => html`<li>${reason.message}</li>`)}
      </ul>`,
    checked,
    conditional: checked
      ? undefined
      : reasonQuestion(view, `removal-reason-${agency}`, words.say('wizard.choose.removalReason', { agency: name }), state.removed[agency] ?? '', {
          hint: words.say('wizard.choose.removalReasonHint'),
          onInput: (text) => actions.setRemovalReason(agency, text),
          onLeave: () => actions.leave('removalReason', agency),
          key: problemKey('removalReason', agency),
        }),
  };
}

/** An agency from the directory; ticked, it reveals the required "why". */
function directoryOption(agency: string, view: WizardView, actions: WizardActions): ChoiceOption {
  const { words, state } = view;
  const name = agencyNameOf(agency, view.ruleset, view.assessment, words);
  const checked = state.chosen.includes(agency);
  return {
    id: `choose-${agency}`,
    value: agency,
    label: name,
    checked,
    conditional: checked
      ? reasonQuestion(view, `added-reason-${agency}`, words.say('wizard.choose.addedReason', { agency: name }), state.choices[agency]?.addedReason ?? '', {
          onInput: (text) => actions.setChoice(agency, { addedReason: text }),
          onLeave: () => actions.leave('addedReason', agency),
          key: problemKey('addedReason', agency),
        })
      : undefined,
  };
}
