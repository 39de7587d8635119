// <rhi-referral-wizard>: the rules' recommendations become referrals, each with its sharing
// decision, sent as a package that validates against schemas/referral.schema.json.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { interviewSchema } from '../../packages/elements/src/generated/interview-defaults.js';
import { uiWords } from '../../packages/elements/src/i18n/ui-words.js';
import { markedAsFailed } from '../../packages/elements/src/interview-session/assessment-failure.js';
import { questionAt } from '../../packages/elements/src/interview-form/field-tree.js';
import { checkReferralPackage } from '../../packages/elements/src/referral-wizard/referral-package.js';
import type { ReferralPackage } from '../../packages/elements/src/referral-wizard/referral-types.js';
import { createAssessor, referralsToMake, type ResolvedRuleset } from '../../packages/engine/src/index.js';
import {
  assessedScenario,
  buttonNamed,
  click,
  confirm,
  control,
  errorSummary,
  fillSharing,
  focusedId,
  has,
  heading,
  inlineError,
  leave,
  openWizard,
  pressButton,
  settle,
  shadow,
  stepIndicator,
  tickedAgencies,
  typeInto,
  walkToCheck,
  words,
  type AssessedScenario,
  type RhiReferralWizard,
} from '../support/referral-wizard-driver.js';

const lawfulBasisOf = (assessed: AssessedScenario) => assessed.ruleset.settings.lawfulBasis!.en;
const nameOf = (assessed: AssessedScenario, agency: string) => assessed.ruleset.agencies[agency]!.name.en;

/** Every referral names its agency and carries a complete sharing decision. */
function expectEverySharingDecision(pkg: ReferralPackage, assessed: AssessedScenario): void {
  for (const referral of pkg.referrals) {
    expect(referral.agencyName, referral.agency).to.equal(nameOf(assessed, referral.agency));
    const { sharing } = referral;
    expect(sharing.lawfulBasis, referral.agency).to.equal(lawfulBasisOf(assessed));
    const recommended = assessed.assessment.referrals.find((candidate) => candidate.agency === referral.agency);
    expect(sharing.consent, referral.agency).to.equal(recommended?.consent ?? assessed.ruleset.agencies[referral.agency]!.consent ?? 'not-needed');
    if (sharing.consent === 'not-needed') expect(sharing.agreement, referral.agency).to.equal(undefined);
    else expect(sharing.agreement, referral.agency).to.equal('given');
    expect(typeof sharing.childOrFamilyTold, referral.agency).to.equal('boolean');
    if (!sharing.childOrFamilyTold) expect(sharing.notToldReason, referral.agency).to.match(/\S/);
  }
}

describe('<rhi-referral-wizard> with the scenarios', () => {
  for (const id of ['S02', 'S05']) {
    it(`${id}: pre-ticks exactly the recommended referrals, then sends a valid package naming each with its sharing decision`, async function () {
      const assessed = await assessedScenario(id);
      const wizard = await openWizard(assessed, { caseReference: `CASE-${id}` });
      const recommended = referralsToMake(assessed.assessment).map((referral) => referral.agency);

      expect(heading(wizard)).to.equal('Which referrals are you making?');
      // The helpline is given to the child: listed as an action, with no tick box, page or summary.
      const signposts = shadow(wizard).querySelector('[part~="signposts"]')!;
      expect(words(signposts)).to.include('Give the child');
      expect(words(signposts)).to.include('call or text 116 000');
      expect(shadow(wizard).getElementById('choose-runaway-helpline')).to.equal(null);
      expect(stepIndicator(wizard)).to.equal('Step 1 of 5: Choose referrals');
      expect(tickedAgencies(wizard)).to.deep.equal(recommended);
      expect(recommended).to.include.members(assessed.scenario.expect.referrals?.include ?? []);
      for (const referral of referralsToMake(assessed.assessment)) {
        const hint = words(control(wizard, `choose-${referral.agency}-hint`));
        for (const reason of referral.reasons) expect(hint, referral.agency).to.include(reason.message);
        expect(words(shadow(wizard).querySelector(`label[for="choose-${referral.agency}"]`))).to.equal(nameOf(assessed, referral.agency));
      }

      // The police are not told (the child's associates are involved); everyone else is.
      const passed = await walkToCheck(wizard, (agency) => (agency === 'police' ? { told: 'no', notToldReason: 'Telling them would warn the adults involved.' } : {}));
      expect(passed).to.have.length(1 + 2 * recommended.length + 1);
      expect(passed.slice(1, 1 + recommended.length)).to.deep.equal(recommended.map((agency) => `Referral to ${nameOf(assessed, agency)}`));
      expect(passed.at(-1)).to.equal('Check the referrals before you send them');

      const pkg = await confirm(wizard);
      expect(pkg, 'rhi-referrals-submit').to.not.equal(undefined);
      expect(checkReferralPackage(pkg)).to.deep.equal({ valid: true });
      expect(pkg!.referrals.map((referral) => referral.agency)).to.deep.equal(recommended);
      expect(pkg!.referrals.every((referral) => referral.recommended)).to.equal(true);
      expect(pkg!.removed).to.deep.equal([]);
      expect(pkg!.referrals.map((referral) => referral.agency)).to.not.include('runaway-helpline');
      expect(passed.join(' ')).to.not.include('Runaway Helpline');
      expect(pkg!.signposts!.map((signpost) => Object.keys(signpost).sort())).to.deep.equal([['agency', 'agencyName', 'contact', 'reasons']]);
      expect(pkg!.caseReference).to.equal(`CASE-${id}`);
      expect(pkg!.preparedAt).to.equal(assessed.scenario.now);
      expect(pkg!.lang).to.equal('en');
      expectEverySharingDecision(pkg!, assessed);
      const police = pkg!.referrals.find((referral) => referral.agency === 'police')!;
      expect(police.sharing).to.include({ childOrFamilyTold: false, notToldReason: 'Telling them would warn the adults involved.' });
      for (const [agency, consent] of Object.entries(assessed.scenario.expect.referralConsent ?? {})) {
        expect(pkg!.referrals.find((referral) => referral.agency === agency)!.sharing.consent, agency).to.equal(consent);
      }

      // The last page confirms and shows what was sent, ready to print.
      expect(heading(wizard)).to.equal('Referrals confirmed');
      expect(focusedId(wizard)).to.equal('page-heading');
      const summary = shadow(wizard).querySelector('[part~="summary"]')!;
      for (const agency of recommended) expect(words(summary)).to.include(nameOf(assessed, agency));
      expect(words(summary)).to.include(`CASE-${id}`);
      expect(words(summary)).to.include('Telling them would warn the adults involved.');
    });
  }

  it('S02: the NRM page says no consent is needed and asks for no agreement; the early help page in S10 asks the family', async () => {
    const s02 = await assessedScenario('S02');
    const wizard = await openWizard(s02);
    const nrm = s02.assessment.referrals.findIndex((referral) => referral.agency === 'national-referral-mechanism');
    await wizard.goToStep('sharing', nrm);
    await settle(wizard);
    expect(heading(wizard)).to.equal(`Sharing information with ${nameOf(s02, 'national-referral-mechanism')}`);
    expect(words(shadow(wizard).querySelector('[part~="agency"]'))).to.include('No agreement needed');
    expect(has(wizard, 'agreement-national-referral-mechanism-0')).to.equal(false);
    expect(words(shadow(wizard).querySelector('[part~="agency"]'))).to.include(lawfulBasisOf(s02));

    const s10 = await assessedScenario('S10');
    const welsh = await openWizard(s10);
    const earlyHelp = s10.assessment.referrals.findIndex((referral) => referral.agency === 'early-help');
    await welsh.goToStep('sharing', earlyHelp);
    await settle(welsh);
    expect(words(shadow(welsh).querySelector('[part~="agency"]'))).to.include("The family's agreement");
    expect(has(welsh, 'agreement-early-help-0')).to.equal(true);
  });
});

describe('<rhi-referral-wizard> choosing referrals', () => {
  it('asks why a recommended referral is taken out, moves focus to the reason, and keeps the reason in the package', async function () {
    const assessed = await assessedScenario('S05');
    const wizard = await openWizard(assessed);
    expect(has(wizard, 'removal-reason-police')).to.equal(false);
    await click(wizard, 'choose-police');
    expect(tickedAgencies(wizard)).to.not.include('police');
    expect(has(wizard, 'removal-reason-police'), 'the reason is revealed').to.equal(true);

    await pressButton(wizard, 'Continue');
    const message = `Enter why you are not making the referral to ${nameOf(assessed, 'police')}`;
    expect(errorSummary(wizard)).to.deep.equal([message]);
    expect(words(shadow(wizard).querySelector('.error-summary__title'))).to.equal('There is a problem');
    expect(focusedId(wizard), 'the error summary takes focus').to.equal('error-summary');
    expect(inlineError(wizard, 'removal-reason-police')).to.equal(`Error: ${message}`);
    expect(heading(wizard)).to.equal('Which referrals are you making?');

    (shadow(wizard).querySelector('.error-summary a') as HTMLAnchorElement).click();
    await settle(wizard);
    expect(focusedId(wizard), 'the link moves focus to the reason').to.equal('removal-reason-police');

    await typeInto(wizard, 'removal-reason-police', 'The police already hold this; the officer in the case was at the interview.');
    expect(inlineError(wizard, 'removal-reason-police'), 'the error stays while typing').to.equal(`Error: ${message}`);
    await leave(wizard, 'removal-reason-police');
    expect(inlineError(wizard, 'removal-reason-police'), 'and goes once the question is left').to.equal(undefined);
    expect(errorSummary(wizard)).to.deep.equal([]);

    await walkToCheck(wizard);
    const removedSection = words(shadow(wizard).getElementById('check-removed')?.parentElement);
    expect(removedSection).to.include(nameOf(assessed, 'police'));
    expect(removedSection).to.include('The police already hold this');
    const pkg = await confirm(wizard);
    expect(checkReferralPackage(pkg)).to.deep.equal({ valid: true });
    expect(pkg!.referrals.map((referral) => referral.agency)).to.not.include('police');
    expect(pkg!.removed).to.have.length(1);
    expect(pkg!.removed[0]).to.include({
      agency: 'police',
      agencyName: nameOf(assessed, 'police'),
      removalReason: 'The police already hold this; the officer in the case was at the interview.',
    });
  });

  it('adds an agency from the directory only with a reason, and sends it as not recommended', async function () {
    const assessed = await assessedScenario('S05');
    const wizard = await openWizard(assessed);
    const recommended = referralsToMake(assessed.assessment).map((referral) => referral.agency);
    expect(recommended).to.not.include('advocacy');
    const directory = shadow(wizard).querySelector<HTMLDetailsElement>('details[part~="add-agency"]')!;
    expect(words(directory.querySelector('summary'))).to.equal('Add another agency');
    expect(directory.open).to.equal(false);
    directory.querySelector('summary')!.click();
    await settle(wizard);
    const offered = [...directory.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((box) => box.value);
    expect(offered).to.deep.equal(Object.keys(assessed.ruleset.agencies).filter((agency) => !recommended.includes(agency) && !assessed.ruleset.agencies[agency]!.signpost));
    expect(words(directory.querySelector('label[for="choose-advocacy"]'))).to.equal(nameOf(assessed, 'advocacy'));

    await click(wizard, 'choose-advocacy');
    await pressButton(wizard, 'Continue');
    expect(errorSummary(wizard)).to.deep.equal([`Enter why you are adding the referral to ${nameOf(assessed, 'advocacy')}`]);
    await typeInto(wizard, 'added-reason-advocacy', 'The child asked for an advocate to help them be heard at the review.');
    const passed = await walkToCheck(wizard);
    expect(passed).to.include(`Referral to ${nameOf(assessed, 'advocacy')}`);
    expect(passed).to.include(`Sharing information with ${nameOf(assessed, 'advocacy')}`);

    const pkg = await confirm(wizard);
    expect(checkReferralPackage(pkg)).to.deep.equal({ valid: true });
    const advocacy = pkg!.referrals.find((referral) => referral.agency === 'advocacy')!;
    expect(advocacy).to.include({ recommended: false, addedReason: 'The child asked for an advocate to help them be heard at the review.' });
    expect(advocacy.reasons).to.deep.equal([]);
    expect(pkg!.referrals.at(-1)!.agency, 'an added agency comes after the recommended ones').to.equal('advocacy');
  });
});

describe('<rhi-referral-wizard> details and sharing pages', () => {
  it('shows the contact card with tel and mailto links, or says there are none', async () => {
    const assessed = await assessedScenario('S05');
    const wizard = await openWizard(assessed);
    const withContacts = Object.entries(assessed.ruleset.agencies).find(([, agency]) => agency.contact?.phone && agency.contact?.email);
    const police = assessed.assessment.referrals.findIndex((referral) => referral.agency === 'police');
    await wizard.goToStep('details', police);
    await settle(wizard);
    const card = shadow(wizard).querySelector('[part~="contact"]')!;
    expect(card.querySelector('a[href="tel:101"]'), 'the police phone number').to.not.equal(null);
    expect(words(card)).to.include('In an emergency, call 999.');
    if (withContacts) {
      const [agency, entry] = withContacts;
      const index = assessed.assessment.referrals.findIndex((referral) => referral.agency === agency);
      if (index >= 0) {
        await wizard.goToStep('details', index);
        await settle(wizard);
        expect(shadow(wizard).querySelector(`[part~="contact"] a[href="mailto:${entry.contact!.email}"]`)).to.not.equal(null);
      }
    }
    const bare = { ...assessed, ruleset: { ...assessed.ruleset, agencies: { ...assessed.ruleset.agencies, police: { name: assessed.ruleset.agencies.police!.name } } } };
    const withoutContacts = await openWizard(bare);
    await withoutContacts.goToStep('details', police);
    await settle(withoutContacts);
    expect(words(shadow(withoutContacts).querySelector('[part~="contact"]'))).to.include('No contact details in this ruleset — ask your manager.');
  });

  it('keeps what was typed when going back and on again, and can put the suggested summary back', async function () {
    const assessed = await assessedScenario('S05');
    const wizard = await openWizard(assessed);
    await pressButton(wizard, 'Continue');
    const first = referralsToMake(assessed.assessment)[0]!;
    expect(heading(wizard)).to.equal(`Referral to ${nameOf(assessed, first.agency)}`);
    expect(stepIndicator(wizard)).to.equal(`Step 2 of 5: Details for ${nameOf(assessed, first.agency)} (1 of ${referralsToMake(assessed.assessment).length})`);
    expect(focusedId(wizard), 'a new page focuses its heading').to.equal('page-heading');
    expect(control(wizard, `urgency-${first.agency}-0`).checked, 'the recommended urgency is chosen').to.equal(first.urgency === 'immediate');

    const suggested = control<HTMLTextAreaElement>(wizard, `summary-${first.agency}`).value;
    expect(suggested).to.include(nameOf(assessed, first.agency));
    expect(suggested).to.include(first.reasons[0]!.message);
    const partly = questionAt(interviewSchema, 'afterReturn.childAgreesToShare')!.choices.find((choice) => choice.value === 'partly')!.label.en;
    expect(assessed.scenario.answers.afterReturn?.childAgreesToShare).to.equal('partly');
    expect(words(shadow(wizard).querySelector('.child-sharing')), 'what the child said, in words').to.include(partly);

    await typeInto(wizard, `summary-${first.agency}`, 'Edited by the worker.');
    await click(wizard, `urgency-${first.agency}-2`);
    expect(has(wizard, `urgency-reason-${first.agency}`), 'a lower urgency asks why').to.equal(true);
    await pressButton(wizard, 'Continue');
    expect(errorSummary(wizard)).to.deep.equal([
      `Enter why the referral to ${nameOf(assessed, first.agency)} is less urgent than the rules recommend`,
    ]);
    await typeInto(wizard, `urgency-reason-${first.agency}`, 'A strategy discussion is already booked for tomorrow.');
    await pressButton(wizard, 'Continue');
    expect(heading(wizard)).to.equal(`Referral to ${nameOf(assessed, assessed.assessment.referrals[1]!.agency)}`);

    await pressButton(wizard, 'Back');
    expect(control<HTMLTextAreaElement>(wizard, `summary-${first.agency}`).value).to.equal('Edited by the worker.');
    expect(control(wizard, `urgency-${first.agency}-2`).checked).to.equal(true);
    expect(control<HTMLTextAreaElement>(wizard, `urgency-reason-${first.agency}`).value).to.equal('A strategy discussion is already booked for tomorrow.');
    await pressButton(wizard, 'Back');
    expect(heading(wizard)).to.equal('Which referrals are you making?');
    expect(tickedAgencies(wizard)).to.deep.equal(referralsToMake(assessed.assessment).map((referral) => referral.agency));
    await pressButton(wizard, 'Continue');

    await pressButton(wizard, 'Use the suggested summary again');
    expect(control<HTMLTextAreaElement>(wizard, `summary-${first.agency}`).value).to.equal(suggested);
    expect(focusedId(wizard)).to.equal(`summary-${first.agency}`);
    expect(() => buttonNamed(wizard, 'Use the suggested summary again')).to.throw();
  });

  it('will not go on while "not told" has no reason', async () => {
    const assessed = await assessedScenario('S05');
    const wizard = await openWizard(assessed);
    await wizard.goToStep('sharing', 0);
    await settle(wizard);
    const agency = assessed.assessment.referrals[0]!.agency;
    const before = heading(wizard);
    await pressButton(wizard, 'Continue');
    expect(errorSummary(wizard)).to.deep.equal([`Select whether the child or family have been told about sharing with ${nameOf(assessed, agency)}`]);
    await click(wizard, `told-${agency}-1`);
    expect(words(control(wizard, `not-told-reason-${agency}-hint`))).to.include('telling them would increase the risk');
    await pressButton(wizard, 'Continue');
    expect(heading(wizard)).to.equal(before);
    expect(errorSummary(wizard)).to.deep.equal([`Enter why the child or family have not been told about sharing with ${nameOf(assessed, agency)}`]);
    expect(focusedId(wizard)).to.equal('error-summary');
    await fillSharing(wizard, { told: 'no', notToldReason: 'It would put the child at risk.' });
    await pressButton(wizard, 'Continue');
    expect(heading(wizard)).to.not.equal(before);
    expect(errorSummary(wizard)).to.deep.equal([]);
  });

  it('warns not to tell the family when the parent/carer discussion is withheld, and not otherwise', async () => {
    const s03 = await assessedScenario('S03');
    expect(s03.assessment.parentCarerDiscussion).to.equal('withheld');
    const withheld = await openWizard(s03);
    await withheld.goToStep('sharing', 0);
    await settle(withheld);
    const warning = shadow(withheld).querySelector('[part~="warning"]');
    expect(words(warning)).to.include('Do not tell the family about this referral.');
    for (const reason of s03.assessment.parentCarerDiscussionReasons) expect(words(warning)).to.include(reason.message);
    const told = shadow(withheld).getElementById(`told-${s03.assessment.referrals[0]!.agency}-0`)!;
    expect(warning!.compareDocumentPosition(told) & Node.DOCUMENT_POSITION_FOLLOWING, 'the warning comes before the question').to.not.equal(0);

    const s05 = await assessedScenario('S05');
    expect(s05.assessment.parentCarerDiscussion).to.not.equal('withheld');
    const notWithheld = await openWizard(s05);
    await notWithheld.goToStep('sharing', 0);
    await settle(notWithheld);
    expect(shadow(notWithheld).querySelector('[part~="warning"]')).to.equal(null);
  });
});

describe('<rhi-referral-wizard> when the ruleset sets no lawful basis', () => {
  it('asks for one on each sharing page and sends what the worker wrote', async function () {
    const assessed = await assessedScenario('S05');
    const { lawfulBasis: _none, ...settings } = assessed.ruleset.settings;
    const withoutBasis = { ...assessed, ruleset: { ...assessed.ruleset, settings } };
    const wizard = await openWizard(withoutBasis);
    await wizard.goToStep('sharing', 0);
    await settle(wizard);
    const agency = assessed.assessment.referrals[0]!.agency;
    await fillSharing(wizard);
    await pressButton(wizard, 'Continue');
    expect(errorSummary(wizard)).to.deep.equal([`Enter the lawful basis for sharing with ${nameOf(assessed, agency)}`]);
    (shadow(wizard).querySelector('.error-summary a') as HTMLAnchorElement).click();
    await settle(wizard);
    expect(focusedId(wizard)).to.equal(`lawful-basis-${agency}`);
    await typeInto(wizard, `lawful-basis-${agency}`, 'Public task (UK GDPR Article 6(1)(e)).');
    await pressButton(wizard, 'Continue');
    expect(errorSummary(wizard)).to.deep.equal([]);

    await wizard.goToStep('check');
    await settle(wizard);
    await confirm(wizard);
    expect(heading(wizard), 'the other agencies still need a basis').to.equal('Check the referrals before you send them');
    expect(errorSummary(wizard).length).to.be.greaterThan(0);
    expect(focusedId(wizard)).to.equal('error-summary');
  });

});

describe('<rhi-referral-wizard> with no referral at all', () => {
  it('confirms no referral when every recommendation is taken out with a reason, and sends those reasons', async function () {
    const assessed = await assessedScenario('S05');
    const wizard = await openWizard(assessed);
    for (const referral of referralsToMake(assessed.assessment)) {
      await click(wizard, `choose-${referral.agency}`);
      await typeInto(wizard, `removal-reason-${referral.agency}`, `Not needed: ${referral.agency}.`);
    }
    await pressButton(wizard, 'Continue');
    expect(errorSummary(wizard)).to.deep.equal([]);
    expect(heading(wizard)).to.equal('Check the referrals before you send them');
    const check = words(shadow(wizard).querySelector('[part~="check-answers"]'));
    expect(check).to.include('You are not making any referrals.');
    expect(check).to.include('Recommended referrals you are not making');
    const pkg = await confirm(wizard);
    expect(pkg, 'the decision is sent').to.not.equal(undefined);
    expect(checkReferralPackage(pkg)).to.deep.equal({ valid: true });
    expect(pkg!.referrals).to.deep.equal([]);
    expect(pkg!.removed.map((removed) => removed.removalReason)).to.deep.equal(referralsToMake(assessed.assessment).map((referral) => `Not needed: ${referral.agency}.`));
    expect(heading(wizard)).to.equal('Referrals confirmed');
    expect(words(shadow(wizard).querySelector('[part~="confirmation"]'))).to.include('No referrals ready to send');
    expect(words(shadow(wizard).querySelector('[part~="summary"]'))).to.include('You are not making any referrals.');
  });

  it('asks why none is needed when the rules recommend none, and sends that reason', async function () {
    const s01 = await assessedScenario('S01');
    // S01's only recommendation is the helpline every child is given; without that rule the rules recommend none.
    const ruleset: ResolvedRuleset = { ...s01.ruleset, rules: s01.ruleset.rules.filter((rule) => rule.id !== 'referral.runaway-helpline') };
    const assessment = await createAssessor(ruleset).assess(s01.scenario.answers, { now: s01.scenario.now, lang: 'en' });
    expect(assessment.referrals).to.deep.equal([]);
    const wizard = await openWizard({ ...s01, ruleset, assessment });
    expect(words(shadow(wizard).querySelector('label[for="no-referrals-reason"]'))).to.equal('Why is no referral needed?');
    await pressButton(wizard, 'Continue');
    expect(errorSummary(wizard)).to.deep.equal(['Enter why no referral is needed, or add one from the directory']);
    expect(focusedId(wizard)).to.equal('error-summary');
    shadow(wizard).querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    await settle(wizard);
    expect(focusedId(wizard)).to.equal('no-referrals-reason');
    await expect(wizard).to.be.accessible();
    await typeInto(wizard, 'no-referrals-reason', 'Her school already supports her; she wanted nothing more.');
    await pressButton(wizard, 'Continue');
    expect(heading(wizard)).to.equal('Check the referrals before you send them');
    expect(words(shadow(wizard).querySelector('[part~="check-answers"]'))).to.include('Why no referral is needed Her school already supports her; she wanted nothing more.');
    await expect(wizard).to.be.accessible();
    const pkg = await confirm(wizard);
    expect(checkReferralPackage(pkg)).to.deep.equal({ valid: true });
    expect([pkg!.referrals, pkg!.removed, pkg!.noReferralsReason]).to.deep.equal([[], [], 'Her school already supports her; she wanted nothing more.']);
    expect(words(shadow(wizard).querySelector('[part~="summary"]'))).to.include('Her school already supports her; she wanted nothing more.');
    expect(words(shadow(wizard).querySelector('.wizard'))).to.include('Your decision has been handed to your case system.');
  });
});

describe('<rhi-referral-wizard> check your answers', () => {
  async function atCheck(): Promise<{ wizard: RhiReferralWizard; assessed: AssessedScenario }> {
    const assessed = await assessedScenario('S05');
    const wizard = await openWizard(assessed);
    await walkToCheck(wizard);
    return { wizard, assessed };
  }

  it('lists every agency with its decisions, and a change link goes to the page and comes back to check', async function () {
    const { wizard, assessed } = await atCheck();
    const check = shadow(wizard).querySelector('[part~="check-answers"]')!;
    for (const referral of referralsToMake(assessed.assessment)) expect(words(check)).to.include(nameOf(assessed, referral.agency));
    expect(words(check), 'a signpost is not a referral to check').to.not.include('Runaway Helpline');
    expect(stepIndicator(wizard)).to.equal('Step 4 of 5: Check and send');

    const police = assessed.assessment.referrals.findIndex((referral) => referral.agency === 'police');
    const policeSection = shadow(wizard).getElementById('check-police')!.parentElement!;
    const toldChange = [...policeSection.querySelectorAll<HTMLButtonElement>('[part~="change-link"]')].find((link) => words(link).includes('Child or family told'))!;
    toldChange.click();
    await settle(wizard);
    expect(heading(wizard)).to.equal(`Sharing information with ${nameOf(assessed, 'police')}`);
    expect(wizard.wizardState!.agencyIndex).to.equal(police);
    expect(focusedId(wizard)).to.equal('told-police-0');
    await fillSharing(wizard, { told: 'no', notToldReason: 'The adults involved must not be warned.' });
    await pressButton(wizard, 'Continue');
    expect(heading(wizard), 'back to check, not the next agency').to.equal('Check the referrals before you send them');
    expect(words(shadow(wizard).getElementById('check-police')!.parentElement)).to.include('The adults involved must not be warned.');

    const urgencyChange = [...shadow(wizard).getElementById('check-police')!.parentElement!.querySelectorAll<HTMLButtonElement>('[part~="change-link"]')].find((link) =>
      words(link).includes('Urgency'),
    )!;
    urgencyChange.click();
    await settle(wizard);
    expect(heading(wizard)).to.equal(`Referral to ${nameOf(assessed, 'police')}`);
    expect(focusedId(wizard)).to.match(/^urgency-police-\d$/);
    expect(control(wizard, focusedId(wizard)!).checked, 'focus is on the chosen urgency').to.equal(true);
    await pressButton(wizard, 'Continue');
    expect(heading(wizard)).to.equal('Check the referrals before you send them');
  });

  it('does not send, and stays on check, when the host cancels rhi-referrals-submit', async function () {
    const { wizard } = await atCheck();
    const pkg = await confirm(wizard, true);
    expect(pkg).to.not.equal(undefined);
    expect(heading(wizard)).to.equal('Check the referrals before you send them');
  });

  it('sends rhi-referrals-change with the whole state after each change', async () => {
    const assessed = await assessedScenario('S05');
    const wizard = await openWizard(assessed);
    const states: unknown[] = [];
    wizard.addEventListener('rhi-referrals-change', (event) => states.push(event.detail.state));
    await click(wizard, 'choose-police');
    await typeInto(wizard, 'removal-reason-police', 'Reason');
    expect(states).to.have.length(2);
    expect(states[1]).to.deep.include({ removed: { police: 'Reason' } });
    expect((states[1] as { chosen: string[] }).chosen).to.not.include('police');
  });

  it("refuses goToStep('sent') before the referrals have been sent: nothing is sent and the page stays", async function () {
    const { wizard } = await atCheck();
    let submitted = 0;
    wizard.addEventListener('rhi-referrals-submit', () => submitted++);
    let refusal: unknown;
    try {
      await wizard.goToStep('sent');
    } catch (error) {
      refusal = error;
    }
    await settle(wizard);
    expect(String(refusal)).to.include("goToStep('sent') is refused");
    expect(wizard.wizardState!.step).to.equal('check');
    expect(heading(wizard)).to.equal('Check the referrals before you send them');
    expect(submitted).to.equal(0);

    await confirm(wizard);
    expect(heading(wizard)).to.equal('Referrals confirmed');
    await wizard.goToStep('sent');
    expect(wizard.wizardState!.step, 'once sent, asking for sent is no change').to.equal('sent');
    // Nor can the sent referrals be reopened and sent a second time.
    let reopening: unknown;
    try {
      await wizard.goToStep('check');
    } catch (error) {
      reopening = error;
    }
    expect(String(reopening)).to.include("goToStep('check') is refused");
    expect(wizard.wizardState!.step).to.equal('sent');
  });

  it('prints the sent summary without buttons or the step indicator', async function () {
    const { wizard } = await atCheck();
    await confirm(wizard);
    const printButton = buttonNamed(wizard, 'Print this summary');
    let printed = 0;
    const realPrint = window.print;
    window.print = () => void printed++;
    try {
      printButton.click();
    } finally {
      window.print = realPrint;
    }
    expect(printed).to.equal(1);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(printButton).display).to.equal('none');
      expect(getComputedStyle(shadow(wizard).querySelector('[part~="summary"]')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<rhi-referral-wizard> when the assessment changes while it is open', () => {
  it('names the newly and no longer recommended agencies, and drops none silently', async function () {
    const assessed = await assessedScenario('S05');
    const wizard = await openWizard(assessed);
    await click(wizard, 'choose-childrens-services');
    await typeInto(wizard, 'removal-reason-childrens-services', 'Already referred by the police.');
    const answers = structuredClone(assessed.scenario.answers) as Record<string, Record<string, unknown>>;
    answers.duringEpisode = { ...answers.duringEpisode, arrestedOrCharged: false };
    answers.indicators = [...((answers.indicators as unknown as string[]) ?? []), 'self-harm'] as unknown as Record<string, unknown>;
    const next = await createAssessor(assessed.ruleset).assess(answers, { now: assessed.scenario.now, lang: 'en' });
    const before = referralsToMake(assessed.assessment).map((referral) => referral.agency);
    const after = referralsToMake(next).map((referral) => referral.agency);
    const newly = after.filter((agency) => !before.includes(agency));
    const gone = before.filter((agency) => !after.includes(agency));
    expect(newly.length + gone.length, 'the changed answers change the recommendations').to.be.greaterThan(0);

    wizard.answers = answers;
    wizard.assessment = next;
    await settle(wizard);
    const notice = words(shadow(wizard).getElementById('recommendations-changed'));
    expect(notice).to.include('The recommended referrals have changed');
    for (const agency of newly) expect(notice).to.include(nameOf(assessed, agency));
    for (const agency of gone) expect(notice).to.include(nameOf(assessed, agency));
    for (const agency of newly) expect(tickedAgencies(wizard), agency).to.include(agency);
    for (const agency of gone) expect(wizard.wizardState!.chosen, `${agency} stays until the worker takes it out`).to.include(agency);
    expect(wizard.wizardState!.removed).to.deep.include({ 'childrens-services': 'Already referred by the police.' });

    await pressButton(wizard, 'Hide this message');
    expect(shadow(wizard).getElementById('recommendations-changed')).to.equal(null);
  });
});

describe('<rhi-referral-wizard> when the rules could not all be run', () => {
  const failedWords = {
    en: ['A manager must review these referrals.', 'the recommended referrals may be incomplete'],
    cy: ["Rhaid i reolwr adolygu'r atgyfeiriadau hyn.", "gallai'r atgyfeiriadau a argymhellir fod yn anghyflawn"],
  } as const;

  function failureWarning(wizard: RhiReferralWizard): string {
    return words(shadow(wizard).getElementById('failed-warning'));
  }

  for (const lang of ['en', 'cy'] as const) {
    it(`warns on every page, from choose to sent, that a manager must review and the recommendations may be incomplete (${lang})`, async function () {
      const assessed = await assessedScenario('S05', lang);
      // A rule whose operator does not exist cannot be run: the engine fails safe and marks the assessment failed.
      const brokenRule = { ...assessed.ruleset.rules[0]!, id: 'test.broken', conditions: { all: [{ fact: 'child.gender', operator: 'no-such-operator', value: 'x' }] } };
      const ruleset = { ...assessed.ruleset, rules: [...assessed.ruleset.rules, brokenRule] } as ResolvedRuleset;
      const assessment = await createAssessor(ruleset).assess(assessed.scenario.answers, { now: assessed.scenario.now, lang });
      expect(assessment.failed).to.equal(true);
      const wizard = await openWizard({ ...assessed, ruleset, assessment }, { lang });
      const seen: string[] = [];
      await walkToCheck(
        wizard,
        () => ({}),
        async (page) => {
          for (const phrase of failedWords[lang]) expect(failureWarning(wizard), page).to.include(phrase);
          seen.push(page);
        },
      );
      expect(seen.length).to.equal(2 * wizard.wizardState!.chosen.length + 2);
      await expect(wizard).to.be.accessible();
      await confirm(wizard);
      expect(wizard.wizardState!.step).to.equal('sent');
      for (const phrase of failedWords[lang]) expect(failureWarning(wizard), 'sent').to.include(phrase);
      await expect(wizard).to.be.accessible();
    });
  }

  it('warns too when <rhi-interview> kept an earlier assessment after the engine failed, and not otherwise', async () => {
    const assessed = await assessedScenario('S10');
    const wizard = await openWizard({ ...assessed, assessment: markedAsFailed(assessed.assessment, 'en') });
    expect(failureWarning(wizard)).to.include(failedWords.en[0]);
    await expect(wizard).to.be.accessible();
    const fine = await openWizard(assessed);
    expect(shadow(fine).getElementById('failed-warning')).to.equal(null);
  });
});

describe('<rhi-referral-wizard> attributes', () => {
  it('puts page headings at heading-level, and takes its language from the closest lang', async () => {
    const assessed = await assessedScenario('S05');
    const wizard = await openWizard(assessed);
    wizard.setAttribute('heading-level', '3');
    wizard.removeAttribute('lang');
    wizard.lang = '';
    wizard.parentElement!.setAttribute('lang', 'cy');
    await settle(wizard);
    expect(shadow(wizard).getElementById('page-heading')!.localName).to.equal('h3');
    expect(heading(wizard)).to.equal("Pa atgyfeiriadau ydych chi'n eu gwneud?");
  });

  /** A wizard on S05 inside a shadow root: `<div lang=outerLang><div>#shadow <div lang=innerLang><wizard>`. */
  async function wizardInShadowRoot(outerLang: string | undefined, innerLang: string | undefined): Promise<{ wizard: RhiReferralWizard; page: HTMLElement }> {
    const assessed = await assessedScenario('S05');
    const page = document.createElement('div');
    if (outerLang) page.setAttribute('lang', outerLang);
    const host = document.createElement('div');
    page.append(host);
    const around = document.createElement('div');
    if (innerLang) around.setAttribute('lang', innerLang);
    host.attachShadow({ mode: 'open' }).append(around);
    const wizard = document.createElement('rhi-referral-wizard');
    wizard.setAttribute('no-drafts', '');
    wizard.assessment = assessed.assessment;
    wizard.answers = assessed.scenario.answers as Record<string, unknown>;
    wizard.ruleset = assessed.ruleset;
    around.append(wizard);
    document.body.append(page);
    await settle(wizard);
    return { wizard, page };
  }

  it('speaks Welsh inside <div lang="cy"> in a shadow root, and in a shadow root whose host is in a Welsh page', async () => {
    expect(document.documentElement.lang).to.not.match(/^cy/);
    for (const [outer, inner] of [[undefined, 'cy'], ['cy', undefined]] as const) {
      const { wizard, page } = await wizardInShadowRoot(outer, inner);
      try {
        expect(heading(wizard), `outer ${outer}, inner ${inner}`).to.equal("Pa atgyfeiriadau ydych chi'n eu gwneud?");
      } finally {
        page.remove();
      }
    }
  });

  it('never shows an empty lang on the host, which would hide the language around it', async () => {
    const { wizard, page } = await wizardInShadowRoot('cy', undefined);
    try {
      expect(wizard.hasAttribute('lang'), 'no lang="" reflected when none is set').to.equal(false);
      wizard.lang = 'en';
      await settle(wizard);
      expect(wizard.getAttribute('lang')).to.equal('en');
      expect(heading(wizard)).to.equal('Which referrals are you making?');
      wizard.lang = '';
      await settle(wizard);
      expect(wizard.hasAttribute('lang'), 'an emptied lang is taken off the host').to.equal(false);
      expect(heading(wizard)).to.equal("Pa atgyfeiriadau ydych chi'n eu gwneud?");
    } finally {
      page.remove();
    }
  });

  it('joins lists in Welsh the Welsh way, in a browser with no Welsh list data', () => {
    const welsh = uiWords('cy');
    expect(welsh.list(['Yr heddlu', 'Gwasanaethau plant', 'Ysgol'])).to.equal('Yr heddlu, Gwasanaethau plant ac Ysgol');
    expect(welsh.list(['Yr heddlu', 'Meddyg teulu'])).to.equal('Yr heddlu a Meddyg teulu');
  });
});
