// One record a worker can trust (issue 14, points 1 and 2): inside <rhi-interview>, the referral
// wizard's decisions are drafted with the answers under the form's draft-key (one encrypted draft)
// and come back after a real reload at every step, "Referrals confirmed" included; Submit is refused
// while the assessment recommends referrals and none is decided, or a required parent/carer
// discussion is not recorded; and the native post carries answers, assessment and package together.
import { expect } from '@open-wc/testing';
import { referralsToMake } from '../../packages/engine/src/index.js';
import type { RhiInterview, RhiInterviewForm, RhiReferralWizard } from '../../packages/elements/src/index.js';
import { checkReferralPackage } from '../../packages/elements/src/referral-wizard/referral-package.js';
import type { ReferralPackage, ReferralWizardState } from '../../packages/elements/src/referral-wizard/referral-types.js';
import { storedDraft, storedText, uniqueDraftKey } from '../support/draft-stores.js';
import { saveTestReferralDraft, storedReferralDraft } from '../support/referral-draft-stores.js';
import { errorSummary as formErrors, focusedId as formFocus, pressButton as pressFormButton } from '../support/interview-form-driver.js';
import { click, confirm, control, fillSharing, heading, pressButton, typeInto, walkToCheck } from '../support/referral-wizard-driver.js';
import { PATIENCE_MS, waitUntil } from '../support/wait-until.js';

interface RecordWindow extends Window {
  recordPageReady?: boolean;
  decisionsRestoredEvents: { state: ReferralWizardState }[];
  submitEvents: { answers: unknown; assessment?: { riskLevel: string }; referrals?: { decision: string; package?: ReferralPackage; toFollowReason?: string } }[];
}

interface OpenRecord {
  frame: HTMLIFrameElement;
  page: RecordWindow;
  interview: RhiInterview;
  form: RhiInterviewForm;
  wizard: RhiReferralWizard;
}

interface LastRecord {
  count: number;
  record: { fields: [string, string][] } | null;
}

function nextLoad(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${frame.src}: no page loaded within ${PATIENCE_MS} ms`)), PATIENCE_MS);
    frame.addEventListener('load', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** The record's parts once the page has set them up and the first assessment has reached the wizard. */
async function partsOf(frame: HTMLIFrameElement): Promise<OpenRecord> {
  const page = frame.contentWindow as unknown as RecordWindow;
  await waitUntil(() => page.recordPageReady === true, 'record-page.js to set up the record');
  const interview = page.document.querySelector('rhi-interview') as RhiInterview;
  const form = page.document.querySelector('rhi-interview-form') as RhiInterviewForm;
  const wizard = page.document.querySelector('rhi-referral-wizard') as RhiReferralWizard;
  await interview.settled();
  await waitUntil(() => wizard.wizardState !== undefined && wizard.assessment === interview.assessment, 'the wizard to have the assessment');
  await wizard.updateComplete;
  return { frame, page, interview, form, wizard };
}

async function openRecord(scenario: string, key: string, extra = ''): Promise<OpenRecord> {
  const frame = document.createElement('iframe');
  frame.width = '1024';
  frame.height = '768';
  const loaded = nextLoad(frame);
  frame.src = `/test/elements/pages/record-page.html?scenario=${scenario}&key=${encodeURIComponent(key)}${extra}`;
  document.body.append(frame);
  await loaded;
  return partsOf(frame);
}

/** A real reload of the page, once everything done so far is on the device; resolves once the wizard has taken its decisions back. */
async function reload(opened: OpenRecord): Promise<OpenRecord> {
  await opened.form.saveDraft();
  const loaded = nextLoad(opened.frame);
  opened.page.location.reload();
  await loaded;
  const reopened = await partsOf(opened.frame);
  await waitUntil(() => reopened.page.decisionsRestoredEvents.length > 0, 'the wizard to take back the decisions drafted with the answers');
  await reopened.interview.settled();
  await reopened.wizard.updateComplete;
  return reopened;
}

/** The wizard as the worker sees it: the page heading and every decision. */
function shownDecisions(wizard: RhiReferralWizard) {
  return { heading: heading(wizard), state: wizard.wizardState };
}

async function lastRecord(): Promise<LastRecord> {
  return (await fetch('/test-server/last-record')).json();
}

async function openCheckYourAnswers(form: RhiInterviewForm): Promise<void> {
  await form.goToPage('check');
}

function posted(record: LastRecord['record'], name: string): string | undefined {
  return record?.fields.find(([field]) => field === name)?.[1];
}

describe('<rhi-interview>: one record of answers and referral decisions', () => {
  let opened: OpenRecord | undefined;

  afterEach(() => {
    opened?.frame.remove();
    opened = undefined;
  });

  it('S05: a reload at each wizard step and after "Referrals confirmed" restores exactly what was there, from one encrypted draft', async function () {
    this.timeout(300_000);
    const key = uniqueDraftKey('record-reload');
    opened = await openRecord('S05', key);
    let { wizard } = opened;

    // Choose: one recommendation taken out, with the reason.
    await click(wizard, 'choose-youth-justice');
    await typeInto(wizard, 'removal-reason-youth-justice', 'Already known to the youth justice team this week.');
    let before = shownDecisions(wizard);
    opened = await reload(opened);
    ({ wizard } = opened);
    expect(shownDecisions(wizard), 'choose, after a reload').to.deep.equal(before);
    expect(control<HTMLTextAreaElement>(wizard, 'removal-reason-youth-justice').value).to.equal('Already known to the youth justice team this week.');

    // Details of the first agency, with the summary edited.
    await pressButton(wizard, 'Continue');
    const first = wizard.wizardState!.chosen[0]!;
    await typeInto(wizard, `summary-${first}`, 'Edited summary: third episode in 30 days, found with two phones and cash.');
    before = shownDecisions(wizard);
    opened = await reload(opened);
    ({ wizard } = opened);
    expect(shownDecisions(wizard), 'details, after a reload').to.deep.equal(before);
    expect(control<HTMLTextAreaElement>(wizard, `summary-${first}`).value).to.equal('Edited summary: third episode in 30 days, found with two phones and cash.');

    // Sharing for the first agency (after every agency's details): not told, with the reason.
    while (wizard.wizardState!.step === 'details') await pressButton(wizard, 'Continue');
    await fillSharing(wizard, { told: 'no', notToldReason: 'Telling the family would alert the people exploiting him.' });
    before = shownDecisions(wizard);
    opened = await reload(opened);
    ({ wizard } = opened);
    expect(shownDecisions(wizard), 'sharing, after a reload').to.deep.equal(before);

    // Check your answers.
    await walkToCheck(wizard);
    before = shownDecisions(wizard);
    opened = await reload(opened);
    ({ wizard } = opened);
    expect(shownDecisions(wizard), 'check, after a reload').to.deep.equal(before);

    // Confirmed: the wizard reopens on "Referrals confirmed" with the package it sent.
    const sent = await confirm(wizard);
    expect(sent, 'the package sent').to.not.equal(undefined);
    before = shownDecisions(wizard);
    await opened.form.saveDraft();
    const stored = await storedDraft(key);
    expect(stored, 'one draft of the record, under the form\'s key').to.not.equal(undefined);
    expect(storedText(stored), 'encrypted: neither answers nor decisions readable').to.not.include('youth justice team').and.not.include('two phones');
    expect(await storedReferralDraft(key), 'no second draft in the wizard\'s own store').to.equal(undefined);
    opened = await reload(opened);
    ({ wizard } = opened);
    expect(shownDecisions(wizard), 'sent, after a reload').to.deep.equal(before);
    expect(heading(wizard)).to.equal('Referrals confirmed');
    expect(wizard.referralDecision().referrals, 'the record still carries the package').to.deep.equal({ decision: 'confirmed', package: sent });
  });

  it('reads a wizard draft saved in its own store before it was joined, moves it into the record\'s draft, and only then deletes the old copy', async function () {
    this.timeout(300_000);
    const key = uniqueDraftKey('record-old-wizard-draft');
    // What an earlier toolkit's wizard saved: youth justice taken out with a reason, on the choose page.
    opened = await openRecord('S05', uniqueDraftKey('record-old-wizard-draft-probe'));
    const recommended = [...opened.wizard.wizardState!.recommended!];
    opened.frame.remove();
    const oldState: ReferralWizardState = {
      step: 'choose',
      agencyIndex: 0,
      chosen: recommended.filter((agency) => agency !== 'youth-justice'),
      removed: { 'youth-justice': 'Known to the team already (old draft).' },
      choices: {},
      recommended,
    };
    await saveTestReferralDraft(key, { state: oldState, savedAt: new Date().toISOString() });

    opened = await openRecord('S05', key);
    const { wizard, form } = opened;
    await waitUntil(() => wizard.wizardState?.removed['youth-justice'] === 'Known to the team already (old draft).', 'the old wizard draft to be restored');
    await waitUntil(async () => (await storedReferralDraft(key)) === undefined, 'the old copy to be deleted');
    await form.saveDraft();
    opened = await reload(opened);
    expect(opened.wizard.wizardState, 'after a reload, from the record\'s draft').to.deep.equal(oldState);
  });

  it('S02: a High record with no referral decision is refused; the error summary links to the wizard; once decided, one post carries answers, assessment and package', async function () {
    this.timeout(300_000);
    opened = await openRecord('S02', uniqueDraftKey('record-guard'));
    const { form, wizard, page, interview } = opened;
    const postsBefore = (await lastRecord()).count;
    expect(interview.assessment?.riskLevel).to.equal('high');

    await openCheckYourAnswers(form);
    await pressFormButton(form, 'Submit');
    await waitUntil(() => formErrors(form).length > 0, 'the error summary');
    expect(formErrors(form)).to.deep.equal(['Decide on the recommended referrals: confirm them, or remove each one and give a reason']);
    expect(formFocus(form), 'focus on the error summary').to.equal('error-summary');
    expect(page.submitEvents, 'no rhi-submit').to.deep.equal([]);
    expect(form.checkValidity(), 'the owning form refuses a native submit too').to.equal(false);

    // The link moves focus to the wizard's page heading.
    form.shadowRoot!.querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    await waitUntil(() => page.document.activeElement === wizard && wizard.shadowRoot!.activeElement?.id === 'page-heading', 'focus to move to the wizard');

    await walkToCheck(wizard);
    const sent = await confirm(wizard);
    await openCheckYourAnswers(form);
    await pressFormButton(form, 'Submit');
    await waitUntil(async () => (await lastRecord()).count > postsBefore, 'the record to be posted');
    const { record } = await lastRecord();
    expect(JSON.parse(posted(record, 'answers')!)).to.deep.equal(JSON.parse(JSON.stringify(form.submittedAnswers)));
    const assessment = JSON.parse(posted(record, 'answers-assessment')!);
    expect(assessment.riskLevel).to.equal('high');
    expect(assessment.referrals.map((referral: { agency: string }) => referral.agency)).to.include('exploitation-panel');
    const referrals = JSON.parse(posted(record, 'answers-referrals')!);
    expect(referrals.decision).to.equal('confirmed');
    expect(referrals.package).to.deep.equal(JSON.parse(JSON.stringify(sent)));
    expect(checkReferralPackage(referrals.package, 'en').valid, 'the package validates against the referral schema').to.equal(true);
  });

  it('S02: every recommendation taken out with a reason is a decision, and the record carries that package of removals', async function () {
    this.timeout(300_000);
    opened = await openRecord('S02', uniqueDraftKey('record-removed'));
    const { form, wizard, page } = opened;
    for (const agency of [...wizard.wizardState!.chosen]) {
      await click(wizard, `choose-${agency}`);
      await typeInto(wizard, `removal-reason-${agency}`, `Not needed for ${agency}: already involved.`);
    }
    await openCheckYourAnswers(form);
    await pressFormButton(form, 'Submit');
    await waitUntil(() => page.submitEvents.length > 0, 'rhi-submit');
    const { referrals, assessment } = page.submitEvents[0]!;
    expect(assessment?.riskLevel).to.equal('high');
    expect(referrals?.decision).to.equal('removed');
    expect(referrals?.package?.referrals).to.deep.equal([]);
    expect(checkReferralPackage(referrals!.package!, 'en').valid).to.equal(true);
  });

  it('with referrals-may-follow, "referrals to follow" needs a reason, which the record carries', async function () {
    this.timeout(300_000);
    opened = await openRecord('S02', uniqueDraftKey('record-follow'), '&mayFollow');
    const { form, wizard, page } = opened;
    await openCheckYourAnswers(form);
    await pressFormButton(form, 'Submit');
    await waitUntil(() => formErrors(form).length > 0, 'the error summary');
    expect(formErrors(form)[0]).to.include('Referrals to follow');

    await click(wizard, 'to-follow');
    await pressFormButton(form, 'Submit');
    await waitUntil(() => formErrors(form)[0] === 'Enter why the referrals will follow later', 'the reason to be asked for');
    form.shadowRoot!.querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    await waitUntil(() => wizard.shadowRoot!.activeElement?.id === 'to-follow-reason', 'focus to move to the reason');

    await typeInto(wizard, 'to-follow-reason', 'Strategy meeting tomorrow decides the referrals.');
    await pressFormButton(form, 'Submit');
    await waitUntil(() => page.submitEvents.length > 0, 'rhi-submit');
    expect(page.submitEvents[0]!.referrals).to.deep.equal({ decision: 'to-follow', toFollowReason: 'Strategy meeting tomorrow decides the referrals.' });
  });

  it('refuses in Welsh too, with the Welsh words for each item', async function () {
    this.timeout(300_000);
    opened = await openRecord('S01', uniqueDraftKey('record-welsh'), '&drop=interview.interviewee&mayFollow');
    const { form, interview, wizard } = opened;
    interview.lang = 'cy';
    await interview.updateComplete;
    await openCheckYourAnswers(form);
    await pressFormButton(form, 'Cyflwyno');
    await waitUntil(() => formErrors(form).length > 0, 'the error summary');
    const expected = ['Mae’r asesiad yn dweud bod angen trafodaeth gyda rhiant neu ofalwr: cofnodwch hi o dan ‘Pwy a gyfwelwyd’'];
    if (referralsToMake(wizard.assessment!).length > 0) {
      expected.unshift('Penderfynwch ar yr atgyfeiriadau a argymhellir: cadarnhewch nhw, tynnwch bob un a rhoi rheswm, neu dewiswch ‘Atgyfeiriadau i ddilyn’ a dweud pam');
      expect(wizard.shadowRoot!.querySelector('label[for="to-follow"]')!.textContent!.trim()).to.equal('Atgyfeiriadau i ddilyn: penderfynu arnynt ar ôl cyflwyno’r cofnod hwn');
    }
    expect(formErrors(form)).to.deep.equal(expected);
  });

  it('S01: a required parent/carer discussion not yet recorded refuses the submit and links to "Who was interviewed"', async function () {
    this.timeout(300_000);
    opened = await openRecord('S01', uniqueDraftKey('record-parent'), '&drop=interview.interviewee');
    const { form, interview, page } = opened;
    expect(interview.assessment?.parentCarerDiscussion).to.equal('required');
    await openCheckYourAnswers(form);
    await pressFormButton(form, 'Submit');
    await waitUntil(() => formErrors(form).length > 0, 'the error summary');
    expect(formErrors(form)).to.include('The assessment says a discussion with a parent or carer is required: record it under ‘Who was interviewed’');
    const link = [...form.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')].find((candidate) => candidate.textContent!.includes('parent or carer'))!;
    link.click();
    await waitUntil(() => formFocus(form)?.startsWith('field-interview.interviewee') === true, 'focus to move to "Who was interviewed"');
    expect(page.submitEvents).to.deep.equal([]);
  });
});
