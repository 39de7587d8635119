/**
 * One training scenario as a story: its narrative (in Welsh when the toolbar is Welsh and the
 * scenario has `narrativeCy`), what the rules should show (from the scenario's `expect`, kept
 * behind a GOV.UK details "Show the expected outcome" so a group can decide first and the trainer
 * reveals it), and the whole interview page — the form prefilled with the scenario's answers, the
 * live risk panel and the referral wizard under one `<rhi-interview>` — on the scenario's clock
 * (`now`) and its own ruleset unless the toolbar chooses another. The live panel and the wizard
 * show the engine's answer, so they stay hidden with the expected outcome until the trainer
 * reveals it (stories.css, by whether the details is open: no script, no event to miss); the
 * form is there from the start for the group to read.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { StoryObj } from '@storybook/web-components-vite';
import type { BilingualText, Language } from '@rhi-toolkit/engine';
import { uiWords, type UiMessageId } from '../../packages/elements/src/i18n/ui-words.js';
import { writtenDateTime } from '../../packages/elements/src/i18n/written-dates.js';
import { consentWords, riskLevelWords } from '../../packages/elements/src/shared/value-words.js';
import { builtRuleset } from './rulesets.js';
import { scenario, type ScenarioFile } from './scenarios.js';
import { storySetting, type StorySetting } from './story-setting.js';
import { trainerSays } from './trainer-words.js';

/** The story for scenario `id` (S01…); the stories file gives it its name. */
export function scenarioStory(id: string): StoryObj {
  const { ruleset } = scenario(id);
  return {
    // A training page has no args to change: without this Storybook shows an empty Controls
    // panel saying "this story has no controls", which trainers took for a fault.
    parameters: { rhi: { ruleset, scenario: id }, layout: 'fullscreen', controls: { disable: true } },
    render: (_args, context) => trainingPage(scenario(id), storySetting(context)),
  };
}

function trainingPage(worked: ScenarioFile, setting: StorySetting): TemplateResult {
  const { lang } = setting;
  return html`<article class="training" lang=${lang}>
    <!-- Scenario titles are written in English only (they name the stories). -->
    <h1 class="training__title" lang="en">${worked.id}: ${worked.title}</h1>
    <div class="training__brief">
      <section class="training__narrative" aria-labelledby="narrative-heading">
        <h2 id="narrative-heading">${trainerSays('narrativeHeading', lang)}</h2>
        ${narrative(worked, lang)}
      </section>
      ${expectedOutcome(worked, setting)}
    </div>
    <p class="training__try">${trainerSays('tryIt', lang)}</p>
    <rhi-interview lang=${lang} now=${worked.now} .ruleset=${setting.ruleset} .answers=${worked.answers}>
      <div class="training__columns">
        <div class="training__form">
          <rhi-interview-form name="answers" lang=${lang} .schema=${setting.schema} .layout=${setting.layout} .validator=${setting.validator}></rhi-interview-form>
        </div>
        <div class="training__panel">
          <p class="training__note training__live-hidden">${trainerSays('liveResultHidden', lang)}</p>
          <rhi-risk-panel lang=${lang}></rhi-risk-panel>
        </div>
      </div>
      <div class="training__wizard">
        <rhi-referral-wizard lang=${lang}></rhi-referral-wizard>
      </div>
    </rhi-interview>
  </article>`;
}

/** The narrative in the page's language; in English, marked as such, when there is no Welsh one. */
function narrative(worked: ScenarioFile, lang: Language): TemplateResult {
  if (lang === 'cy' && worked.narrativeCy) return html`<p lang="cy">${worked.narrativeCy}</p>`;
  return html`<p lang="en">${worked.narrative}</p>
    ${lang === 'cy' ? html`<p class="training__note">${trainerSays('narrativeInEnglish', lang)}</p>` : nothing}`;
}

/**
 * The scenario's `expect`, in words a trainer reads beside the live panel, closed until opened.
 * A native <details> (GOV.UK's details pattern): it opens with Enter or Space, is announced as
 * collapsed or expanded, and stays open when the story re-renders, since lit does not own `open`.
 */
function expectedOutcome(worked: ScenarioFile, setting: StorySetting): TemplateResult {
  const { lang } = setting;
  const words = uiWords(lang);
  const expected = worked.expect;
  // Named from the scenario's own ruleset, which the expectations were written for.
  const own = builtRuleset(worked.ruleset).ruleset;
  const agency = (id: string) => nameIn(own.agencies[id]?.name, lang) ?? id;
  const action = (id: string) => nameIn(own.actions?.[id]?.name, lang) ?? id;
  const consents = Object.entries(expected.referralConsent ?? {});
  return html`<section class="training__expected" aria-labelledby="expected-heading">
    <h2 id="expected-heading">${trainerSays('expectedHeading', lang)}</h2>
    <p class="training__note">${trainerSays('expectedHidden', lang)}</p>
    <details class="govuk-details training__reveal">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">${trainerSays('revealExpected', lang)}</span>
      </summary>
      <div class="govuk-details__text">
        <p>${trainerSays('expectedIntro', lang, { ruleset: worked.ruleset, now: writtenDateTime(worked.now, words, 'Europe/London') })}</p>
        <dl class="training__outcomes">
          ${entry(trainerSays('riskLevel', lang), riskLevelWords(expected.riskLevel, words))}
          ${expected.parentCarerDiscussion
            ? entry(trainerSays('discussion', lang), words.say(`panel.discussion.${expected.parentCarerDiscussion}` as UiMessageId))
            : nothing}
          ${listEntry(trainerSays('referralsIncluded', lang), expected.referrals?.include?.map(agency))}
          ${listEntry(trainerSays('referralsExcluded', lang), expected.referrals?.exclude?.map(agency))}
          ${listEntry(
            trainerSays('referralConsent', lang),
            consents.map(([id, consent]) => `${agency(id)}: ${consentWords(consent, words)}`),
          )}
          ${listEntry(trainerSays('actionsIncluded', lang), expected.actions?.include?.map(action))}
          ${listEntry(trainerSays('actionsExcluded', lang), expected.actions?.exclude?.map(action))}
        </dl>
        ${setting.rulesetOverridden ? html`<p class="training__note">${trainerSays('overridden', lang, { chosen: setting.rulesetId })}</p>` : nothing}
      </div>
    </details>
  </section>`;
}

function entry(term: string, value: string): TemplateResult {
  return html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
}

function listEntry(term: string, items: string[] | undefined): TemplateResult | typeof nothing {
  if (!items || items.length === 0) return nothing;
  return html`<div>
    <dt>${term}</dt>
    <dd><ul>${items.map((item) => html`<li>${item}</li>`)}</ul></dd>
  </div>`;
}

function nameIn(name: BilingualText | undefined, lang: Language): string | undefined {
  return name ? name[lang] || name.en : undefined;
}
