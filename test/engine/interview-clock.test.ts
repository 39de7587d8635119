// The interview's own 72 hours, beside the offer clock: an interview must be held within the
// window, not only offered in it. And when the statutory offer does not apply, the assessment says
// why (18 or over at the return, a care leaver, or not a duty in Wales). Runs in Node and Chromium.
import { expect } from 'chai';
import { createAssessor, validateAssessment, valueLabels } from '../../packages/engine/src/index.js';
import { describe, it, loadResolvedRuleset } from '../support/harness.js';

const HOUR = 3_600_000;
const returnedAt = '2026-03-02T10:00:00Z';
const hoursAfterReturn = (hours: number) => new Date(Date.parse(returnedAt) + hours * HOUR).toISOString();
const england = createAssessor(await loadResolvedRuleset('england'));
const wales = createAssessor(await loadResolvedRuleset('wales'));

function interviewAnswers(interview: Record<string, unknown>, more: Record<string, unknown> = {}) {
  return { episode: { returnedAt }, interview, ...more };
}

describe('the interview clock', () => {
  it('calls an offer at hour 10 with an interview at hour 120 on time for the offer and late for the interview', async () => {
    const assessment = await england.assess(
      interviewAnswers({ offeredAt: hoursAfterReturn(10), conductedAt: hoursAfterReturn(120), delayReason: 'child-asked-for-later-time' }),
      { now: hoursAfterReturn(130) },
    );
    expect(assessment.rhi).to.include({
      overdue: false,
      interviewDueBy: hoursAfterReturn(72),
      interviewWithinWindow: false,
      interviewOverdue: true,
      interviewDelayReason: 'child-asked-for-later-time',
    });
    expect(validateAssessment(assessment)).to.deep.equal([]);
  });

  it('calls an interview held at the due time, or before it, within the window', async () => {
    for (const hours of [20, 72]) {
      const { rhi } = await england.assess(interviewAnswers({ offeredAt: hoursAfterReturn(5), conductedAt: hoursAfterReturn(hours) }), {
        now: hoursAfterReturn(200),
      });
      expect(rhi, `held at hour ${hours}`).to.include({ interviewWithinWindow: true, interviewOverdue: false });
      expect(rhi.interviewDelayReason).to.equal(undefined);
    }
  });

  it('gives no delay reason for an interview held on time, even if the record has one', async () => {
    const { rhi } = await england.assess(interviewAnswers({ conductedAt: hoursAfterReturn(30), delayReason: 'notified-late' }), { now: hoursAfterReturn(40) });
    expect(rhi.interviewWithinWindow).to.equal(true);
    expect(rhi.interviewDelayReason).to.equal(undefined);
  });

  it('is overdue once the due time passes with no interview held, and not a moment before', async () => {
    const before = await england.assess(interviewAnswers({ offeredAt: hoursAfterReturn(2) }), { now: hoursAfterReturn(72) });
    const after = await england.assess(interviewAnswers({ offeredAt: hoursAfterReturn(2), delayReason: 'child-not-contactable' }), {
      now: new Date(Date.parse(hoursAfterReturn(72)) + 1).toISOString(),
    });
    expect(before.rhi).to.include({ interviewOverdue: false });
    expect(before.rhi.interviewWithinWindow).to.equal(undefined);
    expect(after.rhi).to.include({ interviewOverdue: true, interviewDelayReason: 'child-not-contactable' });
    expect(after.rhi.interviewWithinWindow).to.equal(undefined);
  });

  it('never reads an interview time before the return as on time: it counts as no interview yet', async () => {
    const answers = interviewAnswers({ offeredAt: hoursAfterReturn(1), conductedAt: hoursAfterReturn(-5) });
    const { rhi } = await england.assess(answers, { now: hoursAfterReturn(80) });
    expect(rhi.interviewWithinWindow).to.equal(undefined);
    expect(rhi.interviewOverdue).to.equal(true);
  });

  it('never reads an interview time later than the assessment as on time, until that time has come', async () => {
    const answers = interviewAnswers({ offeredAt: hoursAfterReturn(1), conductedAt: hoursAfterReturn(50) });
    const early = await england.assess(answers, { now: hoursAfterReturn(40) });
    const later = await england.assess(answers, { now: hoursAfterReturn(80) });
    expect(early.rhi.interviewWithinWindow).to.equal(undefined);
    expect(later.rhi.interviewWithinWindow).to.equal(true);
  });

  it('has no due time, and nothing overdue, while the return time is unknown', async () => {
    const { rhi } = await england.assess({ interview: { conductedAt: '2026-03-02T10:00:00Z' } }, { now: '2026-04-01T00:00:00Z' });
    expect(rhi.interviewDueBy).to.equal(undefined);
    expect(rhi.interviewOverdue).to.equal(false);
    expect(rhi.interviewWithinWindow).to.equal(undefined);
  });

  it('in Wales, runs only once an interview was offered: one nobody offered is not due, so not overdue', async () => {
    const notOffered = await wales.assess({ episode: { returnedAt } }, { now: hoursAfterReturn(100) });
    const offered = await wales.assess(interviewAnswers({ offeredAt: hoursAfterReturn(10) }), { now: hoursAfterReturn(100) });
    expect(notOffered.rhi).to.include({ offerRequired: false, interviewOverdue: false });
    expect(notOffered.rhi.interviewDueBy, 'no interview is due where none is expected').to.equal(undefined);
    expect(offered.rhi).to.include({ offerRequired: false, overdue: false, interviewOverdue: true, interviewDueBy: hoursAfterReturn(72) });
  });
});

describe('when the statutory offer does not apply', () => {
  it('says so for a young person who was 18 on the day they came back, on the UK calendar', async () => {
    // 23:30 on 1 March UTC is 23:30 GMT: still 17; the next day they are 18.
    const seventeen = await england.assess({ child: { dateOfBirth: '2008-03-02' }, episode: { returnedAt: '2026-03-01T23:30:00Z' } }, { now: '2026-03-10T00:00:00Z' });
    const eighteen = await england.assess({ child: { dateOfBirth: '2008-03-02' }, episode: { returnedAt } }, { now: '2026-03-10T00:00:00Z', lang: 'cy' });
    expect(seventeen.rhi).to.include({ offerRequired: true, overdue: true });
    expect(seventeen.rhi.offerNotRequiredBecause).to.equal(undefined);
    expect(eighteen.rhi).to.include({ offerRequired: false, offerNotRequiredBecause: 'adult', overdue: false, interviewOverdue: false });
    expect(eighteen.rhi.offerNotRequiredMessage).to.contain('18 oed');
    expect(validateAssessment(eighteen)).to.deep.equal([]);
  });

  it('takes the age at the earlier date when the return contradicts the time reported missing', async () => {
    // Returned "before" going missing: either date may be the mistyped one, so the younger age counts.
    const { rhi } = await england.assess(
      { child: { dateOfBirth: '2008-03-02' }, episode: { reportedMissingAt: '2026-03-03T10:00:00Z', returnedAt: '2026-02-28T10:00:00Z' } },
      { now: '2026-03-10T00:00:00Z' },
    );
    expect(rhi.offerRequired).to.equal(true);
  });

  it('says so for a care leaver, with the reason in English', async () => {
    const { rhi } = await england.assess({ care: { status: 'care-leaver' }, episode: { returnedAt } }, { now: hoursAfterReturn(1) });
    expect(rhi).to.include({ offerRequired: false, offerNotRequiredBecause: 'care-leaver' });
    expect(rhi.offerNotRequiredMessage).to.contain('personal adviser');
  });

  it('says so where the ruleset says the offer is not a duty (Wales), even before the return is known', async () => {
    const { rhi } = await wales.assess({}, { now: hoursAfterReturn(1), lang: 'cy' });
    expect(rhi).to.include({ offerRequired: false, offerNotRequiredBecause: 'not-statutory-in-wales' });
    expect(rhi.offerNotRequiredMessage).to.contain('Nghymru');
  });

  it('keeps the offer required for a child of 17, or when the date of birth is not recorded', async () => {
    for (const child of [{ dateOfBirth: '2009-06-01' }, {}]) {
      const { rhi } = await england.assess({ child, episode: { returnedAt } }, { now: hoursAfterReturn(1) });
      expect(rhi.offerRequired).to.equal(true);
      expect(rhi.offerNotRequiredBecause).to.equal(undefined);
    }
  });
});

describe('the assessment schema for the clocks', () => {
  it('takes every field of both clocks, refuses a reason it does not know, and words every reason in English and Welsh', async () => {
    const late = await england.assess(
      interviewAnswers({ offeredAt: hoursAfterReturn(10), conductedAt: hoursAfterReturn(120), delayReason: 'other' }, { care: { status: 'care-leaver' } }),
      { now: hoursAfterReturn(130) },
    );
    expect(Object.keys(late.rhi)).to.include.members(['offerNotRequiredBecause', 'offerNotRequiredMessage', 'interviewDueBy', 'interviewWithinWindow', 'interviewOverdue', 'interviewDelayReason']);
    expect(validateAssessment(late)).to.deep.equal([]);
    const unknownReason = { ...late, rhi: { ...late.rhi, offerNotRequiredBecause: 'too-busy' } };
    expect(validateAssessment(unknownReason).map((problem) => problem.pointer)).to.deep.equal(['/rhi/offerNotRequiredBecause']);
    const wrongKind = { ...late, rhi: { ...late.rhi, interviewWithinWindow: 'yes' } };
    expect(validateAssessment(wrongKind).map((problem) => problem.pointer)).to.deep.equal(['/rhi/interviewWithinWindow']);
    for (const lang of ['en', 'cy'] as const) {
      expect(Object.keys(valueLabels.offerNotRequiredBecause[lang]).sort()).to.deep.equal(['adult', 'care-leaver', 'not-statutory-in-wales']);
    }
  });
});
