// Issue 15, point 2: the fields of the fuller episode record in the form. A worker fills every new
// question on its page (councils from a select, repeatable places, people and contact attempts,
// reveals) and the JSON posted with the host's <form> holds exactly those answers; with the fixture
// record every new question is labelled in English and in Welsh, and every page passes axe.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';
import { choose, control, pressButton, typeInto } from '../support/interview-form-driver.js';

const record = await (await fetch('/test/fixtures/fuller-record/every-new-field.json')).json();

async function formIn(lang: 'en' | 'cy', answers: object = {}) {
  const host = await fixture<HTMLFormElement>(
    html`<form><rhi-interview-form name="answers" lang=${lang} no-drafts .answers=${answers}></rhi-interview-form></form>`,
  );
  const form = host.querySelector<RhiInterviewForm>('rhi-interview-form')!;
  await form.updateComplete;
  return { host, form };
}

/** Picks the option whose text is `label` in a select, as a person would. */
async function select(form: RhiInterviewForm, id: string, label: string): Promise<void> {
  const box = control<HTMLSelectElement>(form, id);
  const option = [...box.options].find((candidate) => candidate.textContent!.trim() === label);
  if (!option) throw new Error(`No option '${label}' in #${id}`);
  box.value = option.value;
  box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await form.updateComplete;
}

async function typeDateTime(form: RhiInterviewForm, id: string, [day, month, year, hour, minute]: string[]): Promise<void> {
  for (const [part, text] of Object.entries({ day, month, year, hour, minute })) await typeInto(form, `${id}-${part}`, text!);
}

const pageText = (form: RhiInterviewForm) => form.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<rhi-interview-form> the fuller episode record', () => {
  it('posts every new answer a worker gives, in the host form’s data', async () => {
    const { host, form } = await formIn('en');
    await form.goToPage('care');
    await choose(form, 'field-care.status-4');
    await select(form, 'field-care.responsibleAuthority', 'Camden (202)');
    await select(form, 'field-care.hostAuthority', 'Cardiff (681)');

    await form.goToPage('episode');
    // May is British Summer Time: 19:30 on the locality's clock is 18:30 UTC.
    await typeDateTime(form, 'field-episode.lastSeenAt', ['9', '5', '2026', '19', '30']);
    await pressButton(form, 'Add previous');
    await choose(form, 'field-episode.previousEpisodes.0.coveredByThisInterview-0');

    await form.goToPage('interview-offer');
    await pressButton(form, 'Add contact attempt');
    await typeDateTime(form, 'field-interview.contactAttempts.0.at', ['11', '5', '2026', '11', '00']);
    await choose(form, 'field-interview.contactAttempts.0.method-4');
    await choose(form, 'field-interview.contactAttempts.0.result-0');

    await form.goToPage('interview');
    await choose(form, 'field-interview.delayReason-1');
    await typeInto(form, 'field-interview.delayDetail', 'She asked to meet after her exam.');
    await choose(form, 'field-interview.interviewerRole-0');
    await choose(form, 'field-interview.method-2');
    await choose(form, 'field-interview.setting-2');
    await choose(form, 'field-interview.seenAlone-0');

    await form.goToPage('why-they-went');
    await choose(form, 'field-pullFactors-0');
    await choose(form, 'field-pullFactors-5');
    await typeInto(form, 'field-pullFactorsOther', 'Her old school friends.');

    await form.goToPage('places-and-people');
    await pressButton(form, 'Add place');
    await choose(form, 'field-places.0.placeType-5');
    await typeInto(form, 'field-places.0.area', 'CF10');
    await pressButton(form, 'Add person');
    await choose(form, 'field-associates.0.role-4');
    await choose(form, 'field-associates.0.adult-0');
    await typeInto(form, 'field-associates.0.description', "'Jay', about 25");

    await form.goToPage('since-coming-back');
    await choose(form, 'field-afterReturn.supportOffered-0');
    await choose(form, 'field-afterReturn.supportTakenUp-2');

    const posted = JSON.parse(new FormData(host).get('answers') as string);
    expect(posted).to.deep.equal({
      care: { status: 'looked-after', responsibleAuthority: '202', hostAuthority: '681' },
      episode: { lastSeenAt: '2026-05-09T18:30:00Z', previousEpisodes: [{ coveredByThisInterview: true }] },
      interview: {
        contactAttempts: [{ at: '2026-05-11T10:00:00Z', method: 'home-visit', result: 'spoke-to-child' }],
        delayReason: 'child-asked-for-later-time',
        delayDetail: 'She asked to meet after her exam.',
        interviewerRole: 'independent-provider',
        method: 'video',
        setting: 'community-venue',
        seenAlone: true,
      },
      pullFactors: ['friends-or-partner', 'other'],
      pullFactorsOther: 'Her old school friends.',
      places: [{ placeType: 'transport-hub', area: 'CF10' }],
      associates: [{ role: 'older-adult', adult: 'yes', description: "'Jay', about 25" }],
      afterReturn: { supportOffered: true, supportTakenUp: 'not-yet' },
    });
  });

  it('keeps the councils out of the posted answers when the child is not looked after', async () => {
    const { host, form } = await formIn('en', { care: { status: 'looked-after', responsibleAuthority: '202' } });
    await form.goToPage('care');
    await choose(form, 'field-care.status-0');
    expect(JSON.parse(new FormData(host).get('answers') as string)).to.deep.equal({ care: { status: 'none' } });
  });

  const labels = {
    en: {
      care: ['Responsible authority', 'Host authority', 'Camden (202)', 'Cardiff (681)'],
      episode: ['Last seen', 'Previous episode: covered by this interview'],
      'interview-offer': ['Attempts to contact the child', 'Contact attempt 1', 'Add another contact attempt'],
      interview: ["Interviewer's role", 'How the interview was held', 'Where the interview was held', 'Child seen alone', 'Why the interview was not within 72 hours', 'More about the delay'],
      'why-they-went': ['What drew the child away (pull factors)', 'Other pull factors'],
      'places-and-people': ['Places the child went', 'Place 1', 'Place: kind of place', 'People the child was with', 'Person 2', 'Person: an adult', 'Add another person'],
      'since-coming-back': ['Follow-up support offered', 'Follow-up support taken up'],
      check: ['Camden (202)', 'Independent provider (for example a charity)', 'Someone offering money, food or a place to stay'],
    },
    cy: {
      care: ['Awdurdod cyfrifol', 'Awdurdod lletyol', 'Camden (202)', 'Caerdydd (681)'],
      episode: ['Gwelwyd ddiwethaf', "Cyfnod blaenorol: wedi'i gynnwys yn y cyfweliad hwn"],
      'interview-offer': ["Ymdrechion i gysylltu â'r plentyn", 'Ymdrech i gysylltu 1'],
      interview: ['Rôl y cyfwelydd', 'Sut y cynhaliwyd y cyfweliad', 'Ble cynhaliwyd y cyfweliad', 'Gwelwyd y plentyn ar ei ben ei hun', 'Pam na chynhaliwyd y cyfweliad o fewn 72 awr', 'Mwy am yr oedi'],
      'why-they-went': ['Beth a ddenodd y plentyn i ffwrdd (ffactorau tynnu)', 'Ffactorau tynnu eraill'],
      'places-and-people': ['Lleoedd yr aeth y plentyn iddynt', 'Lle 1', 'Lle: math o le', 'Pobl yr oedd y plentyn gyda nhw', 'Unigolyn 2', 'Unigolyn: oedolyn'],
      'since-coming-back': ['Cynigiwyd cymorth dilynol', 'Derbyniwyd cymorth dilynol'],
      check: ['Caerdydd (681)', 'Darparwr annibynnol (er enghraifft elusen)', 'Rhywun yn cynnig arian, bwyd neu le i aros'],
    },
  };

  for (const lang of ['en', 'cy'] as const) {
    it(`labels every new question and choice, and has no axe violations, in ${lang}`, async () => {
      const { form } = await formIn(lang, record.answers);
      for (const [page, expected] of Object.entries(labels[lang])) {
        await form.goToPage(page);
        const text = pageText(form);
        for (const label of expected) expect(text, `page ${page}`).to.include(label);
        await expect(form, `page ${page}`).to.be.accessible();
      }
      // The councils are a select sorted by name, as a worker looks them up.
      await form.goToPage('care');
      const names = [...control<HTMLSelectElement>(form, 'field-care.hostAuthority').options].slice(1).map((option) => option.textContent!.trim());
      expect(names.length).to.equal(175);
      expect(names[0]).to.equal('Barking and Dagenham (301)');
    });
  }
});
