// Impossible chronology never lowers a risk: a return before the child was reported missing, an
// interview or offer before the return, a previous episode after this one. No negative duration is
// worked out; the assessment is provisional and names both answers; the level is never below what
// the right dates (or the dates read either way) give.
import { expect } from 'chai';
import { createAssessor, riskLevels, validateAssessment, type Assessment } from '../../packages/engine/src/index.js';
import { describe, it, loadResolvedRuleset } from '../support/harness.js';

const now = '2026-03-04T10:00:00Z';
const assessor = createAssessor(await loadResolvedRuleset('england'));
const rank = (assessment: Assessment) => riskLevels.indexOf(assessment.riskLevel);

/** A 17-year-old the worker sees no apparent risk for, missing overnight from 20:00 to 08:00: medium. */
function answers(episode: Record<string, unknown>, interview: Record<string, unknown> = {}) {
  return {
    child: { dateOfBirth: '2009-01-01' },
    episode: { reportedMissingAt: '2026-03-02T20:00:00Z', returnedAt: '2026-03-03T08:00:00Z', previousEpisodes: [], ...episode },
    interview,
    indicators: [],
    afterReturn: { workerRiskView: 'no-apparent-risk' },
  };
}

describe('dates in an impossible order', () => {
  it('never gives a final no-apparent-risk for a return typed days early (hours missing were -36)', async () => {
    const right = await assessor.assess(answers({}), { now });
    // 08:00 on 1 March instead of 3 March: 36 hours before the child was reported missing.
    const daysEarly = await assessor.assess(answers({ returnedAt: '2026-03-01T08:00:00Z' }), { now });
    expect(right.riskLevel).to.equal('medium');
    expect(rank(daysEarly), `${daysEarly.riskLevel} (${daysEarly.reasons.map((reason) => reason.ruleId).join(', ')})`).to.be.at.least(rank(right));
    expect(daysEarly.provisional).to.equal(true);
    expect(validateAssessment(daysEarly)).to.deep.equal([]);
  });

  it('asks for both dates again when no reading of them can say how long the child was missing', async () => {
    // 08:00 on 2 March: read either way, 12 hours of daytime; the right dates were overnight.
    const dayEarly = await assessor.assess(answers({ returnedAt: '2026-03-02T08:00:00Z' }), { now });
    expect(dayEarly.riskLevel).not.to.equal('no-apparent-risk');
    expect(dayEarly.provisional).to.equal(true);
    expect(dayEarly.missing).to.include.members(['episode.reportedMissingAt', 'episode.returnedAt']);
  });

  it('names both answers of a return before the reported-missing time, as pointers and dotted paths, in English and Welsh', async () => {
    const given = answers({ returnedAt: '2026-03-01T20:00:00Z' });
    const en = await assessor.assess(given, { now });
    const cy = await assessor.assess(given, { now, lang: 'cy' });
    expect(en.inconsistencies).to.have.length(1);
    const [inconsistency] = en.inconsistencies!;
    expect(inconsistency.kind).to.equal('returned-before-reported-missing');
    expect(inconsistency.pointers).to.deep.equal(['/episode/returnedAt', '/episode/reportedMissingAt']);
    expect(inconsistency.fields).to.deep.equal(['episode.returnedAt', 'episode.reportedMissingAt']);
    expect(inconsistency.message).to.include('episode.returnedAt').and.to.include('episode.reportedMissingAt').and.to.match(/before they were reported missing/);
    expect(cy.inconsistencies![0].message).to.include('episode.returnedAt').and.to.match(/Gwiriwch y ddau ateb/);
    expect(validateAssessment(cy)).to.deep.equal([]);
  });

  it('reads a return time with a +14:00 offset as the instant it is, and finds it before the child went missing', async () => {
    // 08:00 at +14:00 on 3 March is 18:00 UTC on 2 March: two hours before the report.
    const assessment = await assessor.assess(answers({ returnedAt: '2026-03-03T08:00:00+14:00' }), { now });
    expect(assessment.inconsistencies?.map((item) => item.kind)).to.deep.equal(['returned-before-reported-missing']);
    expect(assessment.riskLevel).not.to.equal('no-apparent-risk');
    expect(assessment.provisional).to.equal(true);
  });

  it('works out no negative time from return to interview when the interview is dated before the return', async () => {
    const assessment = await assessor.assess(answers({}, { conductedAt: '2026-03-02T10:00:00Z' }), { now });
    expect(assessment.rhi.hoursFromReturnToInterview).to.equal(undefined);
    expect(assessment.provisional).to.equal(true);
    expect(assessment.inconsistencies?.map((item) => item.fields)).to.deep.equal([['interview.conductedAt', 'episode.returnedAt']]);
  });

  it('counts no offer made before the return: the offer clock runs as if none was made', async () => {
    const assessment = await assessor.assess(answers({}, { offeredAt: '2026-03-01T10:00:00Z' }), { now: '2026-03-09T10:00:00Z' });
    expect(assessment.rhi.overdue).to.equal(true);
    expect(assessment.inconsistencies?.map((item) => item.kind)).to.deep.equal(['offer-before-return']);
  });

  it('never gives a lower level when a previous episode is dated after this one (a year typed wrong)', async () => {
    // Two earlier episodes in the last 90 days reach the repeat threshold (3 counting this one).
    const previous = [{ reportedMissingAt: '2026-01-20T20:00:00Z' }, { reportedMissingAt: '2026-02-10T20:00:00Z' }];
    const right = await assessor.assess(answers({ previousEpisodes: previous }), { now });
    const wrongYear = await assessor.assess(answers({ previousEpisodes: [previous[0], { reportedMissingAt: '2027-02-10T20:00:00Z' }] }), { now });
    const afterThisOne = await assessor.assess(answers({ previousEpisodes: [previous[0], { reportedMissingAt: '2026-03-03T20:00:00Z' }] }), { now });
    expect(right.reasons.map((reason) => reason.ruleId)).to.include('risk.repeat-episodes');
    for (const assessment of [wrongYear, afterThisOne]) {
      expect(assessment.provisional).to.equal(true);
      expect(assessment.inconsistencies?.[0]?.pointers).to.deep.equal(['/episode/previousEpisodes/1/reportedMissingAt', '/episode/reportedMissingAt']);
    }
    // The year typed wrong cannot be read back into the window; the answers it needs are asked for.
    expect(wrongYear.missing).to.include('episode.previousEpisodes');
    expect(rank(afterThisOne)).to.be.at.least(rank(right));
  });

  it('leaves right dates alone: equal instants are a zero duration, not an inconsistency', async () => {
    const assessment = await assessor.assess(answers({ returnedAt: '2026-03-02T20:00:00Z' }), { now });
    expect(assessment.inconsistencies).to.equal(undefined);
  });
});
