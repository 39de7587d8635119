// <rhi-risk-panel> shows what the engine decided, in English and Welsh, and never decides itself.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait-until.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { RhiRiskPanel } from '../../packages/elements/src/risk-panel/risk-panel.component.js';
import { markedAsFailed } from '../../packages/elements/src/interview-session/assessment-failure.js';
import { createAssessor, referralsToMake, type ResolvedRuleset } from '../../packages/engine/src/index.js';
import { loadResolvedRuleset } from '../support/harness.js';
import { assessed, liveRegion, missingLinks, panelFor, part, scenario, textOf, without } from '../support/risk-panel-driver.js';

const levelWords = {
  en: { high: 'High', medium: 'Medium', low: 'Low', 'no-apparent-risk': 'No apparent risk' },
  cy: { high: 'Uchel', medium: 'Canolig', low: 'Isel', 'no-apparent-risk': 'Dim risg amlwg' },
} as const;
const discussionWords = {
  en: { required: 'Required', 'not-required': 'Not required', withheld: 'Withheld' },
  cy: { required: 'Yn ofynnol', 'not-required': 'Ddim yn ofynnol', withheld: "Wedi'i hatal" },
} as const;
const provisionalWord = { en: 'At least High — provisional', cy: 'O leiaf Uchel — dros dro' } as const;
const failedWords = {
  en: { highToBeSafe: 'The risk level is shown as high to be safe', mayBeTooLow: 'comes from earlier answers, so it may be too low', byHand: 'A manager must review the answers by hand' },
  cy: {
    highToBeSafe: 'Dangosir lefel y risg fel un uchel er diogelwch',
    mayBeTooLow: "Daw'r lefel risg a ddangosir o atebion cynharach, felly gallai fod yn rhy isel",
    byHand: "Rhaid i reolwr adolygu'r atebion â llaw",
  },
} as const;

const built = [
  { id: 'S02', level: 'high' },
  { id: 'S05', level: 'high' },
  { id: 'S10', level: 'low', discussion: 'required', action: 'offer-welsh-interview' },
] as const;

for (const lang of ['en', 'cy'] as const) {
  describe(`<rhi-risk-panel> built for the scenarios, in ${lang}`, () => {
    for (const expected of built) {
      it(`shows ${expected.id}'s level, every referral, every action and the parent/carer discussion`, async () => {
        const { ruleset: rulesetId, answers, now } = scenario(expected.id);
        const { assessment, ruleset } = await assessed(answers, rulesetId, now, lang);
        expect(assessment.riskLevel).to.equal(expected.level);
        const panel = await panelFor(assessment, ruleset, lang);

        expect(textOf(panel, '[part~="level"]')).to.contain(levelWords[lang][expected.level]);
        const referrals = referralsToMake(assessment).map((referral) => referral.name);
        const actions = assessment.actions.map((action) => action.name);
        expect(referrals.length).to.be.greaterThan(1);
        for (const name of referrals) expect(textOf(panel, '[part~="referrals"]')).to.contain(name);
        for (const name of actions) expect(textOf(panel, '[part~="actions"]')).to.contain(name);
        if ('action' in expected) expect(assessment.actions.map((action) => action.id)).to.include(expected.action);
        if ('discussion' in expected) expect(assessment.parentCarerDiscussion).to.equal(expected.discussion);
        expect(textOf(panel, '[part~="parent-carer-discussion"]')).to.contain(discussionWords[lang][assessment.parentCarerDiscussion]);
        expect(textOf(panel, '[part~="footer"]')).to.contain(`${ruleset.id} ${ruleset.version}`);
        await expect(panel).to.be.accessible();
      });
    }

    it('shows every reason with its message, its rule id and, for a ruleset rule, its plain description', async () => {
      const { ruleset: rulesetId, answers, now } = scenario('S02');
      const { assessment, ruleset } = await assessed(answers, rulesetId, now, lang);
      const panel = await panelFor(assessment, ruleset, lang);
      const reasons = textOf(panel, '[part~="reasons"]');
      const ids = [...panel.shadowRoot!.querySelectorAll('code.rule-id')].map((code) => code.textContent);
      for (const reason of assessment.reasons) {
        expect(reasons).to.contain(reason.message);
        expect(ids).to.include(reason.ruleId);
        const rule = ruleset.rules.find((candidate) => candidate.id === reason.ruleId);
        // The rule's text with the ruleset's settings written in (risk-panel-layout tests the filling).
        if (rule && !/settings|repeatEpisodes/.test(rule.description[lang])) expect(reasons).to.contain(rule.description[lang]);
      }
    });

    it('marks a provisional level and links each missing answer by its question', async () => {
      const { ruleset: rulesetId, answers, now } = scenario('S02');
      const { assessment, ruleset } = await assessed(without(answers, 'episode.returnedAt'), rulesetId, now, lang);
      expect(assessment.provisional).to.equal(true);
      expect(assessment.missing).to.include('episode.returnedAt');
      const panel = await panelFor(assessment, ruleset, lang);

      expect(textOf(panel, '[part~="level"]')).to.contain(provisionalWord[lang]);
      const links = missingLinks(panel);
      expect(links.map((link) => link.dataset.path)).to.deep.equal(assessment.missing);
      const returned = links.find((link) => link.dataset.path === 'episode.returnedAt')!;
      expect(returned.textContent!.trim()).to.equal(lang === 'en' ? 'Returned' : 'Dychwelodd');
      for (const link of links) expect(link.textContent!.trim(), 'a question name, not a path').not.to.equal(link.dataset.path);
      await expect(panel).to.be.accessible();
    });

    it('names missing answers in list items, local questions and unknown paths', async () => {
      const { answers, now } = scenario('S02');
      const { assessment, ruleset } = await assessed(answers, 'example-locality', now, lang);
      const missing = ['episode.previousEpisodes.1.returnedAt', 'local.exploitationHubConsulted', 'no.such.answer'];
      const panel = await panelFor({ ...assessment, provisional: true, missing }, ruleset, lang);
      const labels = missingLinks(panel).map((link) => link.textContent!.trim());
      expect(labels).to.deep.equal(
        lang === 'en'
          ? ['Previous episode: returned (2)', 'Exploitation hub consulted', 'no.such.answer']
          : ['Cyfnod blaenorol: dychwelodd (2)', "Ymgynghorwyd â'r Hyb Camfanteisio", 'no.such.answer'],
      );
    });

    it('warns that a manager must review when the rules could not all be run', async () => {
      const { ruleset: rulesetId, answers, now } = scenario('S05');
      const ruleset = await loadResolvedRuleset(rulesetId);
      // A rule whose operator does not exist cannot be run: the engine fails safe.
      const brokenRule = { ...ruleset.rules[0]!, id: 'test.broken', conditions: { all: [{ fact: 'child.gender', operator: 'no-such-operator', value: 'x' }] } };
      const broken = { ...ruleset, rules: [...ruleset.rules, brokenRule] };
      const assessment = await createAssessor(broken).assess(answers, { now, lang });
      expect(assessment.failed).to.equal(true);
      const panel = await panelFor(assessment, broken, lang);
      const warning = textOf(panel, '[part~="warning"]');
      expect(warning).to.contain(lang === 'en' ? 'A manager must review this record' : "Rhaid i reolwr adolygu'r cofnod hwn");
      expect(warning).to.contain(assessment.failure!.message);
      expect(assessment.riskLevel).to.equal('high');
      expect(warning).to.contain(failedWords[lang].highToBeSafe);
      expect(warning).to.contain(failedWords[lang].byHand);
      // The engine's own reason has no rule entry: its message and id, no description.
      const failedReason = [...panel.shadowRoot!.querySelectorAll('.reason')].find((item) => item.querySelector('code')!.textContent === 'engine.rule-failed')!;
      expect(failedReason.querySelector('.reason__rule')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${lang === 'en' ? 'Rule:' : 'Rheol:'} engine.rule-failed`);
      await expect(panel).to.be.accessible();
    });

    it('says a lower level kept from earlier answers may be too low, not that it is high to be safe', async () => {
      const { ruleset: rulesetId, answers, now } = scenario('S10');
      const { assessment: earlier, ruleset } = await assessed(answers, rulesetId, now, lang);
      expect(earlier.riskLevel).to.equal('low');
      // What <rhi-interview> shows when the engine throws: the last assessment, marked failed.
      const kept = markedAsFailed(earlier, lang);
      const panel = await panelFor(kept, ruleset, lang);
      const warning = textOf(panel, '[part~="warning"]');
      expect(textOf(panel, '[part~="level"]')).to.contain(levelWords[lang].low);
      expect(warning).not.to.contain(failedWords[lang].highToBeSafe);
      expect(warning).to.contain(failedWords[lang].mayBeTooLow);
      expect(warning).to.contain(failedWords[lang].byHand);
      expect(warning).to.contain(kept.failure!.message);
      await expect(panel).to.be.accessible();
    });

    it('warns when it cannot run the rules at all, and shows no level', async () => {
      const { ruleset: rulesetId, answers, now } = scenario('S05');
      const unusable = { ...(await loadResolvedRuleset(rulesetId)), rules: null } as unknown as ResolvedRuleset;
      const panel = await fixture<RhiRiskPanel>(html`<rhi-risk-panel lang=${lang} now=${now} .answers=${answers} .ruleset=${unusable}></rhi-risk-panel>`);
      await waitUntil(() => part(panel, 'warning') !== null, 'a warning');
      expect(textOf(panel, '[part~="warning"]')).to.contain(lang === 'en' ? 'A manager must review the record' : "Rhaid i reolwr adolygu'r cofnod");
      expect(part(panel, 'level')).to.equal(null);
      await expect(panel).to.be.accessible();
    });

    it('says where the risk level will appear when there is nothing to assess', async () => {
      const panel = await panelFor(undefined, undefined, lang);
      expect(textOf(panel)).to.contain(
        lang === 'en' ? 'The risk level appears here once the interview record has answers' : 'Bydd lefel y risg yn ymddangos yma',
      );
      expect(part(panel, 'level')).to.equal(null);
      await expect(panel).to.be.accessible();
    });
  });
}

describe('<rhi-risk-panel> links to missing answers', () => {
  async function provisionalPanel() {
    const { ruleset: rulesetId, answers, now } = scenario('S02');
    const { assessment, ruleset } = await assessed(without(answers, 'episode.returnedAt'), rulesetId, now, 'en');
    return panelFor(assessment, ruleset, 'en');
  }

  it('asks the form to focus the question when a link is clicked', async () => {
    const panel = await provisionalPanel();
    const link = missingLinks(panel).find((candidate) => candidate.dataset.path === 'episode.returnedAt')!;
    setTimeout(() => link.click());
    const event = await oneEvent(panel, 'rhi-focus-field');
    expect(event.detail).to.deep.equal({ path: 'episode.returnedAt' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.defaultPrevented).to.equal(false);
  });

  it('asks the same when Enter is pressed on a link, and the page does not navigate', async () => {
    const panel = await provisionalPanel();
    const links = missingLinks(panel);
    const last = links[links.length - 1]!;
    last.focus();
    const before = location.href;
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(panel, 'rhi-focus-field');
    expect(event.detail.path).to.equal(last.dataset.path);
    expect(location.href).to.equal(before);
  });

  it('offers a link to the return time when the 72-hour deadline is not known', async () => {
    const panel = await provisionalPanel();
    const link = part(panel, 'offer-clock')!.querySelector('a')!;
    expect(link.textContent!.trim()).to.equal('Add when the child returned');
    setTimeout(() => link.click());
    const event = await oneEvent(panel, 'rhi-focus-field');
    expect(event.detail.path).to.equal('episode.returnedAt');
  });
});

describe('<rhi-risk-panel> assessing itself', () => {
  for (const [id, lang] of [['S02', 'en'], ['S10', 'en'], ['S02', 'cy'], ['S10', 'cy']] as const) {
    it(`shows the level the engine gives for ${id} when given answers, a ruleset and now, in ${lang}`, async () => {
      const { ruleset: rulesetId, answers, now } = scenario(id);
      const ruleset = await loadResolvedRuleset(rulesetId);
      const expected = await createAssessor(ruleset).assess(answers, { now, lang });
      const panel = await fixture<RhiRiskPanel>(html`<rhi-risk-panel lang=${lang} now=${now} .answers=${answers} .ruleset=${ruleset}></rhi-risk-panel>`);
      await waitUntil(() => part(panel, 'level') !== null, 'the panel assessed the answers');
      expect(textOf(panel, '[part~="level"]')).to.contain(levelWords[lang][expected.riskLevel]);
      for (const referral of referralsToMake(expected)) expect(textOf(panel, '[part~="referrals"]')).to.contain(referral.name);
      expect(textOf(panel, '[part~="footer"]')).to.contain(`${ruleset.id} ${ruleset.version}`);
      await expect(panel).to.be.accessible();
    });
  }

  it('logs only the kind of error when it cannot run the rules, never an answer the message quotes', async () => {
    const { ruleset: rulesetId, answers, now } = scenario('S05');
    const childsWords = (answers.afterReturn as { childsWords: string }).childsWords;
    expect(childsWords, 'S05 records the child\'s own words').to.be.a('string').and.not.equal('');
    // An engine error whose message quotes an answer, as one could.
    const quoting = Object.defineProperty({ ...(await loadResolvedRuleset(rulesetId)) }, 'rules', {
      get: () => {
        throw new RangeError(`cannot read the answer '${childsWords}'`);
      },
    }) as ResolvedRuleset;
    const logged: string[] = [];
    const methods = ['error', 'warn', 'log', 'info', 'debug'] as const;
    const originals = methods.map((method) => console[method]);
    for (const method of methods) console[method] = (...args: unknown[]) => void logged.push(args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(' '));
    try {
      const panel = await fixture<RhiRiskPanel>(html`<rhi-risk-panel lang="en" now=${now} .answers=${answers} .ruleset=${quoting}></rhi-risk-panel>`);
      await waitUntil(() => part(panel, 'warning') !== null, 'a warning');
    } finally {
      methods.forEach((method, index) => (console[method] = originals[index]!));
    }
    for (const line of logged) expect(line).not.to.contain(childsWords);
    expect(logged.some((line) => line.includes('rhi-risk-panel') && line.includes('RangeError')), logged.join('\n')).to.equal(true);
  });

  it('follows changed answers, and a given assessment takes over', async () => {
    const { ruleset: rulesetId, answers, now } = scenario('S02');
    const ruleset = await loadResolvedRuleset(rulesetId);
    const panel = await fixture<RhiRiskPanel>(html`<rhi-risk-panel lang="en" now=${now} .answers=${{}} .ruleset=${ruleset}></rhi-risk-panel>`);
    await waitUntil(() => part(panel, 'level') !== null);
    // Nothing answered: no level at all (it read "Low Provisional" before standing came from the engine).
    expect(textOf(panel, '[part~="level"]')).to.contain('Not assessed yet');
    panel.answers = answers;
    await waitUntil(() => textOf(panel, '.level__word') === 'High');
    const s10 = scenario('S10');
    const { assessment } = await assessed(s10.answers, s10.ruleset, s10.now, 'en');
    panel.assessment = assessment;
    await panel.updateComplete;
    expect(textOf(panel, '[part~="level"]')).to.contain('Low');
  });

  it('takes its language from the closest lang around it', async () => {
    const { ruleset: rulesetId, answers, now } = scenario('S10');
    const { assessment, ruleset } = await assessed(answers, rulesetId, now, 'cy');
    const wrapper = await fixture(html`<div lang="cy"><rhi-risk-panel .assessment=${assessment} .ruleset=${ruleset} now=${now}></rhi-risk-panel></div>`);
    const panel = wrapper.querySelector('rhi-risk-panel')!;
    await panel.updateComplete;
    expect(textOf(panel, '[part~="level"]')).to.contain('Isel');
    expect(panel.hasAttribute('lang')).to.equal(false);
    panel.lang = 'en';
    await panel.updateComplete;
    expect(panel.getAttribute('lang')).to.equal('en');
    expect(textOf(panel, '[part~="level"]')).to.contain('Low');
  });

  it('puts its heading at the level the host asks for', async () => {
    const { ruleset: rulesetId, answers, now } = scenario('S10');
    const { assessment, ruleset } = await assessed(answers, rulesetId, now, 'en');
    const panel = await fixture<RhiRiskPanel>(html`<rhi-risk-panel heading-level="3" lang="en" .assessment=${assessment} .ruleset=${ruleset}></rhi-risk-panel>`);
    const root = panel.shadowRoot!;
    expect(root.querySelector('h3')!.textContent).to.equal('Risk assessment');
    expect(root.querySelector('[part~="actions"] h4')).not.to.equal(null);
    expect(root.querySelector('h2')).to.equal(null);
  });
});

describe('<rhi-risk-panel> look and print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  async function provisionalHighPanel() {
    const { ruleset: rulesetId, answers, now } = scenario('S02');
    const { assessment, ruleset } = await assessed(without(answers, 'episode.returnedAt'), rulesetId, now, 'en');
    return panelFor(assessment, ruleset, 'en');
  }

  // A final level takes its colour; a provisional one is framed neutrally (risk-panel-layout tests that).
  it('colours the level from --rhi-risk-high-colour, with the level in words and an icon hidden from screen readers', async () => {
    const { ruleset: rulesetId, answers, now } = scenario('S02');
    const { assessment, ruleset } = await assessed(answers, rulesetId, now, 'en');
    const panel = await panelFor(assessment, ruleset, 'en');
    panel.style.setProperty('--rhi-risk-high-colour', 'rgb(1, 2, 3)');
    const word = panel.shadowRoot!.querySelector('.level__word')!;
    expect(getComputedStyle(word).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(panel, 'level')!).borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(word.textContent).to.equal('High');
    expect(part(panel, 'level')!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('prints black on white, links as plain text and without the live region', async () => {
    const panel = await provisionalHighPanel();
    await emulateMedia({ media: 'print' });
    const link = missingLinks(panel)[0]!;
    expect(getComputedStyle(liveRegion(panel)).display).to.equal('none');
    expect(getComputedStyle(link).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(link).textDecorationLine).to.equal('none');
    expect(getComputedStyle(panel.shadowRoot!.querySelector('.level__word')!).color).to.equal('rgb(0, 0, 0)');
    for (const name of ['level', 'missing', 'offer-clock', 'reasons', 'parent-carer-discussion', 'actions', 'footer']) {
      expect(getComputedStyle(part(panel, name)!).display, name).not.to.equal('none');
    }
  });
});
