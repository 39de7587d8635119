// The rules the statutory guidance expects (issue 15, point 3): the responsible and host authorities
// of a child in care placed out of area, a strategy discussion at the repeat threshold nationally,
// the locality's exploitation screening tool, Wales offering an interview from the third episode,
// and the personal adviser and the adult route for care leavers and young people of 18 or over.
// Every threshold is a setting; the safety floor keeps each rule a locality might otherwise drop.
import { expect } from 'chai';
import { composeCheckedRuleset, createAssessor, type Assessment, type RuleFilesByRuleset } from '../../packages/engine/src/index.js';
import type { FloorCasesFile, ResolvedRuleset, RuleFile, RuleFileSource } from '../../packages/engine/src/types.js';
import { describe, it, loadJson, loadResolvedRuleset } from '../support/harness.js';

const NOW = '2026-05-12T14:00:00Z';

async function assess(rulesetId: string, answers: Record<string, unknown>, now = NOW, lang: 'en' | 'cy' = 'en'): Promise<Assessment> {
  return createAssessor(await loadResolvedRuleset(rulesetId)).assess(answers, { now, lang });
}

function withSettings(ruleset: ResolvedRuleset, settings: Record<string, unknown>): ResolvedRuleset {
  return { ...ruleset, settings: { ...ruleset.settings, ...settings } };
}

const action = (assessment: Assessment, id: string) => assessment.actions.find((item) => item.id === id);
const actionIds = (assessment: Assessment) => assessment.actions.map((item) => item.id);
const agencies = (assessment: Assessment) => assessment.referrals.map((item) => item.agency);

const placedOutOfArea = {
  care: { status: 'looked-after', placedOutOfArea: true },
  episode: { reportedMissingAt: '2026-05-10T18:00:00Z', returnedAt: '2026-05-11T09:00:00Z' },
};

describe('a child in care placed out of area', () => {
  it('asks for the responsible and the host authority to be told, each due the setting\'s hours after the return', async () => {
    const assessment = await assess('england', placedOutOfArea);
    for (const id of ['notify-responsible-authority', 'notify-host-authority']) {
      expect(action(assessment, id), id).to.include({ dueBy: '2026-05-12T09:00:00.000Z', overdue: true });
    }
    expect(action(assessment, 'notify-responsible-authority')?.name).to.equal('Tell the responsible authority (the council that looks after the child)');
    expect(action(assessment, 'notify-host-authority')?.reasons[0]?.message).to.contain('within 24 hours of the return');
  });

  it('follows notifyAuthoritiesWithinHours when a locality changes it, and says it in Welsh', async () => {
    const ruleset = withSettings(await loadResolvedRuleset('england'), { notifyAuthoritiesWithinHours: 4 });
    const assessment = await createAssessor(ruleset).assess(placedOutOfArea, { now: '2026-05-11T10:00:00Z', lang: 'cy' });
    const host = action(assessment, 'notify-host-authority');
    expect(host).to.include({ dueBy: '2026-05-11T13:00:00.000Z', overdue: false, name: "Rhoi gwybod i'r awdurdod sy'n lletya (y cyngor lle mae'r plentyn wedi'i leoli)" });
    expect(host?.reasons[0]?.message).to.contain('o fewn 4 awr');
  });

  it('asks for neither when the child in care is placed in the home area, or the child is not in care', async () => {
    for (const care of [{ status: 'looked-after', placedOutOfArea: false }, { status: 'child-in-need', placedOutOfArea: true }]) {
      const ids = actionIds(await assess('england', { ...placedOutOfArea, care }));
      expect(ids, JSON.stringify(care)).not.to.include.members(['notify-responsible-authority']);
      expect(ids, JSON.stringify(care)).not.to.include('notify-host-authority');
    }
  });
});

describe("the locality's exploitation screening tool", () => {
  const signs: Record<string, unknown>[] = [
    { indicators: ['county-lines'] },
    { indicators: ['online-grooming'] },
    { duringEpisode: { receivedMoneyGiftsOrPhone: true } },
    { duringEpisode: { stayedWithUnknownAdults: true } },
    { episode: { withWhom: ['other-missing-children'] } },
    { episode: { foundOutOfArea: true } },
  ];

  it('is asked for on any indicator or warning sign of exploitation', async () => {
    for (const answers of signs) expect(actionIds(await assess('england', answers)), JSON.stringify(answers)).to.include('complete-exploitation-screening');
  });

  it('is not asked for without one', async () => {
    for (const answers of [{ indicators: ['self-harm'] }, { episode: { withWhom: ['peers'], foundOutOfArea: false } }, {}]) {
      expect(actionIds(await assess('england', answers)), JSON.stringify(answers)).not.to.include('complete-exploitation-screening');
    }
  });

  it("names the tool from the settings, in English and Welsh, and the example locality's own tool", async () => {
    const answers = { duringEpisode: { receivedMoneyGiftsOrPhone: true } };
    const english = action(await assess('england', answers), 'complete-exploitation-screening')!;
    expect(english.reasons[0]!.message).to.contain('Complete the child exploitation screening tool your safeguarding partnership uses');
    const welsh = action(await assess('england', answers, NOW, 'cy'), 'complete-exploitation-screening')!;
    expect(welsh.reasons[0]!.message).to.contain("Cwblhewch yr offeryn sgrinio camfanteisio ar blant y mae eich partneriaeth ddiogelu yn ei ddefnyddio");
    const local = action(await assess('example-locality', answers), 'complete-exploitation-screening')!;
    expect(local.reasons[0]!.message).to.contain('the Example Locality Child Exploitation Screening Tool');
    expect(local.reasons[0]!.message).not.to.match(/\{settings/);
  });
});

describe('Wales: an interview offered from the third episode within the repeat window', () => {
  const episodes = (count: number, outcome?: string) => ({
    episode: {
      reportedMissingAt: '2026-05-10T18:00:00Z',
      returnedAt: '2026-05-11T09:00:00Z',
      previousEpisodes: ['2026-03-01', '2026-04-20', '2026-05-01'].slice(0, count - 1).map((day) => ({ reportedMissingAt: `${day}T18:00:00Z` })),
    },
    ...(outcome ? { interview: { outcome } } : {}),
  });

  it('asks for the offer at the third episode when none is recorded, due with the offer window', async () => {
    for (const answers of [episodes(3, 'not-offered'), episodes(3)]) {
      const offer = action(await assess('wales', answers), 'offer-interview');
      expect(offer?.reasons.map((reason) => reason.ruleId), JSON.stringify(answers)).to.deep.equal(['action.offer-interview-repeat-episodes']);
      expect(offer).to.include({ dueBy: '2026-05-14T09:00:00.000Z' });
    }
    const welsh = action(await assess('wales', episodes(4, 'not-offered'), NOW, 'cy'), 'offer-interview')!;
    expect(welsh.reasons[0]!.message).to.contain('o achos 3 o fewn yr amser hwnnw');
    expect(welsh.reasons[0]!.message).to.contain('4 gwaith mewn 90 diwrnod');
  });

  it('does not ask at the second episode, once the interview was offered, or where the offer is already a duty', async () => {
    expect(actionIds(await assess('wales', episodes(2, 'not-offered')))).not.to.include('offer-interview');
    expect(actionIds(await assess('wales', episodes(3, 'accepted')))).not.to.include('offer-interview');
    const dutyHere = withSettings(await loadResolvedRuleset('wales'), { rhiOfferRequired: true });
    const assessment = await createAssessor(dutyHere).assess(episodes(3, 'not-offered'), { now: NOW });
    expect(action(assessment, 'offer-interview')?.reasons.map((reason) => reason.ruleId)).to.deep.equal(['action.offer-interview']);
  });

  it('follows repeatOfferFromEpisode', async () => {
    const fromSecond = withSettings(await loadResolvedRuleset('wales'), { repeatOfferFromEpisode: 2 });
    const assessment = await createAssessor(fromSecond).assess(episodes(2, 'not-offered'), { now: NOW });
    expect(actionIds(assessment)).to.include('offer-interview');
  });

  it('is not a rule of England, where every child is offered an interview', async () => {
    const assessment = await assess('england', episodes(3, 'not-offered'));
    expect(action(assessment, 'offer-interview')?.reasons.map((reason) => reason.ruleId)).to.deep.equal(['action.offer-interview']);
  });
});

describe('a young person of 18 or over, or a care leaver', () => {
  // 18 on 12 May 2026: in London (BST, UTC+1) that day begins at 23:00 UTC on 11 May.
  const eighteenOnTwelfthMay = { child: { dateOfBirth: '2008-05-12' } };

  it('takes the adult route from the 18th birthday in the locality\'s time zone, not in UTC', async () => {
    expect(actionIds(await assess('england', eighteenOnTwelfthMay, '2026-05-11T22:30:00Z'))).not.to.include('follow-adult-missing-route');
    const adult = await assess('england', eighteenOnTwelfthMay, '2026-05-11T23:30:00Z');
    expect(action(adult, 'follow-adult-missing-route')?.reasons[0]?.message).to.contain('The young person is 18, an adult (from 18)');
  });

  it('follows adultAge', async () => {
    const from21 = withSettings(await loadResolvedRuleset('england'), { adultAge: 21 });
    const assessment = await createAssessor(from21).assess(eighteenOnTwelfthMay, { now: NOW });
    expect(actionIds(assessment)).not.to.include('follow-adult-missing-route');
  });

  it('tells the personal adviser of a care leaver, and of a young person in care who is now an adult', async () => {
    expect(agencies(await assess('england', { care: { status: 'care-leaver' } }))).to.include('personal-adviser');
    expect(agencies(await assess('england', { ...eighteenOnTwelfthMay, care: { status: 'looked-after' } }))).to.include('personal-adviser');
    expect(agencies(await assess('england', { child: { dateOfBirth: '2010-01-01' }, care: { status: 'looked-after' } }))).not.to.include('personal-adviser');
    const welsh = await assess('wales', { care: { status: 'care-leaver' } }, NOW, 'cy');
    expect(welsh.referrals.find((referral) => referral.agency === 'personal-adviser')?.name).to.equal('Cynghorydd personol (gwasanaeth gadael gofal)');
  });

  it('raises a concern with adult social care for an adult with a learning disability or autism, not for a child with one', async () => {
    const answers = (dateOfBirth: string) => ({ child: { dateOfBirth, learningDisabilityOrAutism: true } });
    expect(agencies(await assess('england', answers('2008-01-01')))).to.include('adult-social-care');
    expect(agencies(await assess('england', answers('2010-01-01')))).not.to.include('adult-social-care');
  });
});

describe('the safety floor keeps the new rules', () => {
  const englandFiles = ['ruleset.json', 'risk.rules.json', 'referrals.rules.json', 'actions.rules.json', 'parent-carer.rules.json', 'floor-cases.json'];
  const england = async (): Promise<RuleFileSource[]> =>
    Promise.all(englandFiles.map(async (name) => ({ file: `rules/england/${name}`, rulesetId: 'england', content: await loadJson<RuleFile | FloorCasesFile>(`rules/england/${name}`) })));
  const locality = (manifest: Partial<RuleFile>): RuleFileSource[] => [
    { file: 'rules/mine/ruleset.json', rulesetId: 'mine', content: { id: 'mine', version: '1', extends: 'england', title: { en: 'Mine', cy: 'Fy un i' }, ...manifest } },
  ];

  for (const [ruleId, caseId, actionId] of [
    ['action.notify-host-authority', 'looked-after-placed-out-of-area', 'notify-host-authority'],
    ['action.notify-responsible-authority', 'looked-after-placed-out-of-area', 'notify-responsible-authority'],
    ['action.strategy-discussion-repeat-episodes', 'repeat-episodes-five-in-three-weeks', 'strategy-discussion'],
    ['action.complete-exploitation-screening', 'exploitation-warning-sign', 'complete-exploitation-screening'],
    ['action.follow-adult-missing-route', 'adult-18-or-over', 'follow-adult-missing-route'],
  ]) {
    it(`refuses a locality that disables ${ruleId}, naming the case, the action and the disable entry`, async () => {
      const files: RuleFilesByRuleset = { england: await england(), mine: locality({ disable: [ruleId] }) };
      const { ruleset, problems } = await composeCheckedRuleset(files, 'mine');
      expect(ruleset).to.equal(undefined);
      const problem = problems.find((found) => found.message.includes(`'${caseId}'`));
      expect(problem, JSON.stringify(problems, null, 2)).to.not.equal(undefined);
      expect(problem!.message).to.contain(`does not ask for the action ${actionId}`);
      expect(problem!.message).to.contain(`'${ruleId}'`);
      expect(problem!).to.include({ file: 'rules/mine/ruleset.json', pointer: '/disable/0' });
    });
  }

  it('refuses a locality that drops the personal adviser, in Welsh too', async () => {
    const files: RuleFilesByRuleset = { england: await england(), mine: locality({ disable: ['referral.personal-adviser'] }) };
    const { problems } = await composeCheckedRuleset(files, 'mine', 'cy');
    const problem = problems.find((found) => found.message.includes("'care-leaver'"))!;
    expect(problem.message).to.contain('yn argymell dim atgyfeiriad at personal-adviser');
  });

  it('lets a locality move the repeat threshold within reason (3 in 30 days), and refuses a local threshold above the floor case', async () => {
    const within: RuleFilesByRuleset = { england: await england(), mine: locality({ settings: { repeatEpisodes: { count: 3, withinDays: 30 } } }) };
    expect((await composeCheckedRuleset(within, 'mine')).problems).to.deep.equal([]);
    const beyond: RuleFilesByRuleset = { england: await england(), mine: locality({ settings: { repeatEpisodes: { count: 6 } } }) };
    const { problems } = await composeCheckedRuleset(beyond, 'mine');
    const problem = problems.find((found) => found.message.includes("'repeat-episodes-five-in-three-weeks'"))!;
    expect(problem.message).to.contain("this changes the setting 'repeatEpisodes.count'");
    expect(problem.message).to.contain('does not ask for the action strategy-discussion');
  });

  it('holds a Welsh locality to the third-episode offer', async () => {
    const wales = await Promise.all(
      ['ruleset.json', 'referrals.rules.json', 'actions.rules.json', 'floor-cases.json'].map(async (name) => ({
        file: `rules/wales/${name}`,
        rulesetId: 'wales',
        content: await loadJson<RuleFile | FloorCasesFile>(`rules/wales/${name}`),
      })),
    );
    const files: RuleFilesByRuleset = {
      england: await england(),
      wales,
      gwynedd: [{ file: 'rules/gwynedd/ruleset.json', rulesetId: 'gwynedd', content: { id: 'gwynedd', version: '1', extends: 'wales', title: { en: 'Gwynedd', cy: 'Gwynedd' }, disable: ['action.offer-interview-repeat-episodes'] } }],
    };
    const { ruleset, problems } = await composeCheckedRuleset(files, 'gwynedd');
    expect(ruleset).to.equal(undefined);
    expect(problems.find((found) => found.message.includes("'third-episode-interview-offer'"))?.message).to.contain('does not ask for the action offer-interview');
  });
});

describe('the statutory offer is for children', () => {
  const notOffered = (dateOfBirth?: string) => ({
    ...(dateOfBirth ? { child: { dateOfBirth } } : {}),
    episode: { returnedAt: '2026-05-11T09:00:00Z' },
    interview: { outcome: 'not-offered' },
  });

  it('asks England to offer the interview to a 17-year-old and to a child of unknown age, not to an adult', async () => {
    expect(actionIds(await assess('england', notOffered('2008-06-01')))).to.include('offer-interview');
    expect(actionIds(await assess('england', notOffered()))).to.include('offer-interview');
    const adult = await assess('england', notOffered('2008-01-01'));
    expect(actionIds(adult)).not.to.include('offer-interview');
    expect(actionIds(adult)).to.include('follow-adult-missing-route');
  });
});
