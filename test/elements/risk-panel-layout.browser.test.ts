// <rhi-risk-panel> leads with what to do: the level as the engine stands by it (never a green "Low"
// for an empty record, "At least High — provisional" until final), then what to do now, the
// referrals one line each, and each reason once. For S02 at 1280×900 the level, the actions and
// the parent/carer decision are in sight without scrolling and the panel is at most two screens high.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { RhiRiskPanel } from '../../packages/elements/src/risk-panel/risk-panel.component.js';
import { createAssessor, referralsToMake, type Assessment, type Language, type ResolvedRuleset } from '../../packages/engine/src/index.js';
import { loadResolvedRuleset } from '../support/harness.js';
import { assessed, missingLinks, panelFor, part, scenario, textOf, without } from '../support/risk-panel-driver.js';

const words = {
  en: { notAssessed: 'Not assessed yet', atLeastHigh: 'At least High — provisional', low: 'Low', high: 'High', now: 'What to do now' },
  cy: { notAssessed: 'Heb ei asesu eto', atLeastHigh: 'O leiaf Uchel — dros dro', low: 'Isel', high: 'Uchel', now: "Beth i'w wneud nawr" },
} as const;
const HIGH_COLOUR = 'rgb(170, 42, 22)';
const LOW_COLOUR = 'rgb(0, 112, 60)';

/** The demo portal's columns at 1280 px: 1200 px wide, 30 px padding, the panel in the 2fr column. */
async function inPortalColumns(assessment: Assessment, ruleset: ResolvedRuleset, lang: Language): Promise<RhiRiskPanel> {
  const page = await fixture<HTMLElement>(html`<div style="max-width: 1200px; margin: 0 auto; padding: 0 30px; font-family: Arial, sans-serif">
    <div style="display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 30px; align-items: start">
      <div style="height: 3000px">the questions</div>
      <aside><rhi-risk-panel lang=${lang} now=${assessment.assessedAt} .assessment=${assessment} .ruleset=${ruleset}></rhi-risk-panel></aside>
    </div>
  </div>`);
  const panel = page.querySelector<RhiRiskPanel>('rhi-risk-panel')!;
  await panel.updateComplete;
  return panel;
}

function levelBorder(panel: RhiRiskPanel): string {
  return getComputedStyle(part(panel, 'level')!).borderTopColor;
}

function failedAssessmentOf(ruleset: ResolvedRuleset, answers: unknown, now: string, lang: Language) {
  const brokenRule = { ...ruleset.rules[0]!, id: 'test.broken', conditions: { all: [{ fact: 'child.gender', operator: 'no-such-operator', value: 'x' }] } };
  const broken = { ...ruleset, rules: [...ruleset.rules, brokenRule] };
  return createAssessor(broken).assess(answers, { now, lang }).then((assessment) => ({ assessment, ruleset: broken }));
}

afterEach(async () => {
  window.scrollTo(0, 0);
  await setViewport({ width: 800, height: 600 });
});

for (const lang of ['en', 'cy'] as const) {
  describe(`<rhi-risk-panel> states, in ${lang}`, () => {
    it('says "Not assessed yet" for an empty record, with no level, colour or icon, and lists the first answers needed', async () => {
      const { assessment, ruleset } = await assessed({}, 'england', '2026-05-12T14:00:00Z', lang);
      expect(assessment.standing).to.equal('not-assessed');
      const panel = await panelFor(assessment, ruleset, lang);
      const level = textOf(panel, '[part~="level"]');
      expect(level).to.contain(words[lang].notAssessed);
      expect(level).not.to.contain(words[lang].low);
      expect(part(panel, 'level')!.querySelector('svg'), 'no level icon').to.equal(null);
      expect(levelBorder(panel)).not.to.equal(LOW_COLOUR);
      expect(getComputedStyle(panel.shadowRoot!.querySelector('.level__word')!).color).not.to.equal(LOW_COLOUR);
      expect(missingLinks(panel).map((link) => link.dataset.path)).to.deep.equal(assessment.firstAnswersNeeded);
      await expect(panel).to.be.accessible();
    });

    it('reads a provisional level as "at least" it, in a neutral frame', async () => {
      const { ruleset: rulesetId, answers, now } = scenario('S02');
      const { assessment, ruleset } = await assessed(without(answers, 'episode.returnedAt'), rulesetId, now, lang);
      expect(assessment.standing).to.equal('provisional');
      const panel = await panelFor(assessment, ruleset, lang);
      expect(textOf(panel, '[part~="level"]')).to.contain(words[lang].atLeastHigh);
      expect(levelBorder(panel)).not.to.equal(HIGH_COLOUR);
      await expect(panel).to.be.accessible();
    });

    it('shows a final level in its words, icon and colour', async () => {
      const { ruleset: rulesetId, answers, now } = scenario('S02');
      const { assessment, ruleset } = await assessed(answers, rulesetId, now, lang);
      expect(assessment.standing).to.equal('final');
      const panel = await panelFor(assessment, ruleset, lang);
      expect(textOf(panel, '.level__word')).to.equal(words[lang].high);
      expect(levelBorder(panel)).to.equal(HIGH_COLOUR);
      expect(part(panel, 'level')!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(panel).to.be.accessible();
    });

    it('keeps a failed assessment at least high, provisional, and passes axe', async () => {
      const { ruleset: rulesetId, answers, now } = scenario('S05');
      const { assessment, ruleset } = await failedAssessmentOf(await loadResolvedRuleset(rulesetId), answers, now, lang);
      const panel = await panelFor(assessment, ruleset, lang);
      expect(textOf(panel, '[part~="level"]')).to.contain(words[lang].atLeastHigh);
      expect(part(panel, 'warning')).not.to.equal(null);
      await expect(panel).to.be.accessible();
    });

    it('leads with what to do: the level, then the actions and the parent/carer decision, then the referrals one line each, then each reason once', async () => {
      const { ruleset: rulesetId, answers, now } = scenario('S02');
      const { assessment, ruleset } = await assessed(answers, rulesetId, now, lang);
      const panel = await panelFor(assessment, ruleset, lang);
      const order = ['level', 'actions', 'parent-carer-discussion', 'referrals', 'reasons', 'footer'].map((name) => part(panel, name)!);
      for (let i = 1; i < order.length; i += 1) {
        expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING, `${i}`).to.not.equal(0);
      }
      expect(textOf(panel, '[part~="actions"]')).to.contain(words[lang].now);
      for (const action of assessment.actions) expect(textOf(panel, '[part~="actions"]')).to.contain(action.name);
      const lines = [...part(panel, 'referrals')!.querySelectorAll('li')];
      expect(lines.map((line) => line.querySelector('strong')!.textContent)).to.deep.equal(referralsToMake(assessment).map((referral) => referral.name));
      const ruleIds = [...panel.shadowRoot!.querySelectorAll('code.rule-id')].map((code) => code.textContent);
      expect(new Set(ruleIds).size, 'each reason once').to.equal(ruleIds.length);
      for (const reason of assessment.reasons) expect(ruleIds).to.include(reason.ruleId);
      // Rule ids and texts sit in a closed disclosure; the reasons themselves are in plain words.
      for (const details of panel.shadowRoot!.querySelectorAll('[part~="reasons"] details')) expect((details as HTMLDetailsElement).open).to.equal(false);
      await expect(panel).to.be.accessible();
    });

    it('writes the ruleset settings into rule texts, never their names', async () => {
      const { ruleset: rulesetId, answers, now } = scenario('S02');
      const { assessment, ruleset } = await assessed(answers, rulesetId, now, lang);
      expect(assessment.reasons.map((reason) => reason.ruleId)).to.include('risk.repeat-episodes');
      const panel = await panelFor(assessment, ruleset, lang);
      const text = textOf(panel);
      expect(text).not.to.match(/repeatEpisodes|withinDays|\{settings\./);
      expect(text).to.contain(lang === 'en' ? '3 episodes within 90 days' : '3 achos o fewn 90 diwrnod');
    });

    it(`shows S02's level, actions and parent/carer decision without scrolling at 1280×900, in at most two screens`, async () => {
      await setViewport({ width: 1280, height: 900 });
      const { ruleset: rulesetId, answers, now } = scenario('S02');
      const { assessment, ruleset } = await assessed(answers, rulesetId, now, lang);
      const panel = await inPortalColumns(assessment, ruleset, lang);
      for (const name of ['level', 'actions', 'parent-carer-discussion']) {
        const box = part(panel, name)!.getBoundingClientRect();
        expect(box.bottom, `${name} ends at ${box.bottom}px`).to.be.at.most(900);
      }
      const height = panel.getBoundingClientRect().height;
      expect(height, `the panel is ${height}px high`).to.be.at.most(1800);
    });
  });
}

describe('<rhi-risk-panel> keeps the level in sight', () => {
  it('sticks the level to the top of the scrolling area the panel is in', async () => {
    const { ruleset: rulesetId, answers, now } = scenario('S02');
    const { assessment, ruleset } = await assessed(answers, rulesetId, now, 'en');
    const box = await fixture<HTMLElement>(html`<div style="height: 400px; overflow-y: auto">
      <rhi-risk-panel lang="en" now=${now} .assessment=${assessment} .ruleset=${ruleset}></rhi-risk-panel>
    </div>`);
    const panel = box.querySelector<RhiRiskPanel>('rhi-risk-panel')!;
    await panel.updateComplete;
    box.scrollTop = 800;
    expect(box.scrollTop).to.equal(800);
    expect(Math.abs(part(panel, 'level')!.getBoundingClientRect().top - box.getBoundingClientRect().top)).to.be.below(2);
  });

  it('offers a compact panel, one line that sticks to the top of the page, on a phone too', async () => {
    await setViewport({ width: 375, height: 700 });
    const { ruleset: rulesetId, answers, now } = scenario('S02');
    const { assessment, ruleset } = await assessed(without(answers, 'episode.returnedAt'), rulesetId, now, 'en');
    const page = await fixture<HTMLElement>(html`<div>
      <rhi-risk-panel compact lang="en" .assessment=${assessment} .ruleset=${ruleset}></rhi-risk-panel>
      <div style="height: 3000px">the questions</div>
    </div>`);
    const compact = page.querySelector<RhiRiskPanel>('rhi-risk-panel')!;
    await compact.updateComplete;
    expect(textOf(compact)).to.equal('Risk level: At least High — provisional');
    expect(compact.getBoundingClientRect().height, 'one line').to.be.below(60);
    window.scrollTo(0, 1500);
    expect(window.scrollY).to.be.greaterThan(1000);
    expect(Math.abs(compact.getBoundingClientRect().top)).to.be.below(2);
    await expect(compact).to.be.accessible();
  });

  it('opens a rule from the keyboard', async () => {
    const { ruleset: rulesetId, answers, now } = scenario('S10');
    const { assessment, ruleset } = await assessed(answers, rulesetId, now, 'en');
    const panel = await panelFor(assessment, ruleset, 'en');
    const summary = panel.shadowRoot!.querySelector<HTMLElement>('[part~="reasons"] summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
  });
});

describe('<rhi-risk-panel> reflows (WCAG 1.4.10)', () => {
  for (const width of [320, 375]) {
    it(`needs no horizontal scrolling at ${width} px in every state`, async () => {
      await setViewport({ width, height: 700 });
      const { ruleset: rulesetId, answers, now } = scenario('S02');
      const ruleset = await loadResolvedRuleset(rulesetId);
      const states: [string, Assessment, ResolvedRuleset][] = [
        ['empty', (await assessed({}, rulesetId, now, 'cy')).assessment, ruleset],
        ['provisional', (await assessed(without(answers, 'episode.returnedAt'), rulesetId, now, 'cy')).assessment, ruleset],
        ['final', (await assessed(answers, rulesetId, now, 'cy')).assessment, ruleset],
      ];
      const failed = await failedAssessmentOf(ruleset, answers, now, 'cy');
      states.push(['failed', failed.assessment, failed.ruleset]);
      for (const [state, assessment, used] of states) {
        const panel = await panelFor(assessment, used, 'cy');
        for (const details of panel.shadowRoot!.querySelectorAll('details')) (details as HTMLDetailsElement).open = true;
        await panel.updateComplete;
        expect(document.documentElement.scrollWidth, `${state}: the page is ${document.documentElement.scrollWidth}px wide`).to.be.at.most(width);
        const inner = panel.shadowRoot!.querySelector('.panel')!;
        expect(inner.scrollWidth, `${state}: the panel's content is ${inner.scrollWidth}px wide`).to.be.at.most(inner.clientWidth);
      }
    });
  }
});
