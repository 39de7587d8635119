// The engine at the edges of the calendar, in Europe/London: the 72-hour clock across the spring
// and autumn clock changes, 29 February birthdays, the overnight window at London midnight, and
// the same instant written with different offsets.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createAssessor, type AnswersSchemaError, type Assessment } from '../../packages/engine/src/index.js';
import { offerClock } from '../../packages/engine/src/offer-clock.js';
import { loadResolvedRuleset } from '../support/harness.js';

const HOUR = 3_600_000;
const england = await loadResolvedRuleset('england');
const assessor = createAssessor(england);
const iso = (ms: number) => new Date(ms).toISOString();
const ruleIds = (assessment: Assessment) => assessment.reasons.map((reason) => reason.ruleId);
const discussionRuleIds = (assessment: Assessment) => assessment.parentCarerDiscussionReasons.map((reason) => reason.ruleId);

function returnedAtOnly(returnedAt: string, offeredAt?: string) {
  return { episode: { returnedAt }, ...(offeredAt ? { interview: { offeredAt } } : {}) };
}

const clockChanges = [
  // Spring: 01:00 GMT becomes 02:00 BST. 00:30Z is 00:30 GMT; 01:30Z is 02:30 BST.
  { name: 'the spring clock change (29 March 2026)', returns: ['2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z'] },
  // Autumn: 02:00 BST becomes 01:00 GMT. 00:30Z is the first 01:30 (BST), 01:30Z the second (GMT).
  { name: 'the autumn clock change (25 October 2026)', returns: ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'] },
];

for (const change of clockChanges) {
  describe(`the 72-hour offer clock across ${change.name}`, () => {
    for (const returnedAt of change.returns) {
      const returned = Date.parse(returnedAt);
      const due = returned + 72 * HOUR;

      it(`is due exactly 72 elapsed hours after a return at ${returnedAt}`, async () => {
        const { rhi } = await assessor.assess(returnedAtOnly(returnedAt), { now: returnedAt });
        assert.equal(rhi.offerDueBy, iso(due));
        assert.equal(rhi.overdue, false);
      });

      it(`is not overdue a millisecond before, or at, the due time after a return at ${returnedAt}`, async () => {
        for (const now of [due - 1, due]) {
          const { rhi } = await assessor.assess(returnedAtOnly(returnedAt), { now: iso(now) });
          assert.equal(rhi.overdue, false, `overdue at ${iso(now)}`);
        }
      });

      it(`is overdue a millisecond after the due time when no offer is recorded, after a return at ${returnedAt}`, async () => {
        const { rhi } = await assessor.assess(returnedAtOnly(returnedAt), { now: iso(due + 1) });
        assert.equal(rhi.overdue, true);
      });

      it(`judges a recorded offer by its own time, not by now, after a return at ${returnedAt}`, async () => {
        const later = iso(due + 10 * HOUR);
        const onTime = await assessor.assess(returnedAtOnly(returnedAt, iso(due)), { now: later });
        const late = await assessor.assess(returnedAtOnly(returnedAt, iso(due + 1)), { now: later });
        assert.equal(onTime.rhi.overdue, false);
        assert.equal(late.rhi.overdue, true);
      });
    }
  });
}

describe('a child born on 29 February', () => {
  const answersOn = (conductedAt: string, dateOfBirth = '2012-02-29') => ({
    child: { dateOfBirth, ableToConsent: 'yes' },
    episode: { reportedMissingAt: '2023-02-20T10:00:00Z', returnedAt: '2023-02-20T12:00:00Z' },
    interview: { conductedAt },
  });

  it('is still 10 on 28 February 2023, so the under-11 parent/carer discussion is part of the interview', async () => {
    const assessment = await assessor.assess(answersOn('2023-02-28T12:00:00Z'), { now: '2023-02-28T12:00:00Z' });
    assert.ok(discussionRuleIds(assessment).includes('parent-carer.younger-child'), JSON.stringify(assessment.parentCarerDiscussionReasons));
    assert.equal(assessment.parentCarerDiscussion, 'required');
  });

  it('turns 11 on 1 March 2023, as English law counts a leap-day birthday in other years', async () => {
    const assessment = await assessor.assess(answersOn('2023-03-01T12:00:00Z'), { now: '2023-03-01T12:00:00Z' });
    assert.ok(!discussionRuleIds(assessment).includes('parent-carer.younger-child'), JSON.stringify(assessment.parentCarerDiscussionReasons));
  });

  it('is still 10 late on 28 February in London, just before midnight', async () => {
    const assessment = await assessor.assess(answersOn('2023-02-28T23:59:00Z'), { now: '2023-02-28T23:59:00Z' });
    assert.ok(discussionRuleIds(assessment).includes('parent-carer.younger-child'));
  });

  it('counts the interview day as the London day: 23:30 UTC on 30 June is already 1 July in summer time', async () => {
    const before = await assessor.assess(answersOn('2023-06-30T22:59:00Z', '2012-07-01'), { now: '2023-06-30T22:59:00Z' });
    const after = await assessor.assess(answersOn('2023-06-30T23:30:00Z', '2012-07-01'), { now: '2023-06-30T23:30:00Z' });
    assert.ok(discussionRuleIds(before).includes('parent-carer.younger-child'), 'still 10 at 23:59 BST on 30 June');
    assert.ok(!discussionRuleIds(after).includes('parent-carer.younger-child'), 'already 11 at 00:30 BST on 1 July');
  });
});

describe('the overnight window at London midnight', () => {
  const episode = (reportedMissingAt: string, returnedAt: string) => ({ episode: { reportedMissingAt, returnedAt } });
  const cases = [
    { name: 'in winter (GMT): missing 23:59, back 00:01', missing: '2026-01-14T23:59:00Z', back: '2026-01-15T00:01:00Z', overnight: true },
    { name: 'in summer (BST): missing 23:59, back 00:01', missing: '2026-07-14T22:59:00Z', back: '2026-07-14T23:01:00Z', overnight: true },
    { name: 'in winter (GMT): missing 06:10 to 06:50, after the window', missing: '2026-01-15T06:10:00Z', back: '2026-01-15T06:50:00Z', overnight: false },
    // 05:10–05:50 UTC would be inside 22:00–06:00 if read in UTC; in London it is 06:10–06:50 BST.
    { name: 'in summer (BST): missing 06:10 to 06:50 London time, after the window', missing: '2026-07-15T05:10:00Z', back: '2026-07-15T05:50:00Z', overnight: false },
    { name: 'in summer (BST): missing 21:00 to 21:59 London time, before the window', missing: '2026-07-14T20:00:00Z', back: '2026-07-14T20:59:00Z', overnight: false },
    { name: 'across the spring change: missing 00:30 GMT, back 03:00 BST', missing: '2026-03-29T00:30:00Z', back: '2026-03-29T02:00:00Z', overnight: true },
  ];
  for (const { name, missing, back, overnight } of cases) {
    it(`${overnight ? 'counts' : 'does not count'} an episode as overnight ${name}`, async () => {
      const assessment = await assessor.assess(episode(missing, back), { now: '2026-08-01T12:00:00Z' });
      assert.equal(ruleIds(assessment).includes('risk.missing-overnight'), overnight, JSON.stringify(ruleIds(assessment)));
    });
  }
});

describe('the same instants written with different offsets', () => {
  const s02 = JSON.parse(readFileSync('test/scenarios/s02.json', 'utf8')) as { now: string; answers: any };

  /** `2026-05-11T08:00:00Z` as `2026-05-11T09:00:00+01:00`: the same instant. */
  function withOffset(text: string, hours: number): string {
    const shifted = new Date(Date.parse(text) + hours * HOUR).toISOString().slice(0, 19);
    const sign = hours >= 0 ? '+' : '-';
    return `${shifted}${sign}${String(Math.abs(hours)).padStart(2, '0')}:00`;
  }

  function rewriteInstants(value: unknown, hours: number): unknown {
    if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}T.*Z$/.test(value) ? withOffset(value, hours) : value;
    if (Array.isArray(value)) return value.map((item) => rewriteInstants(item, hours));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewriteInstants(item, hours)]));
    }
    return value;
  }

  it('gives identical assessments for a return at 00:01 BST written with +01:00 and with Z', async () => {
    const zulu = await assessor.assess({ episode: { reportedMissingAt: '2026-07-14T22:59:00Z', returnedAt: '2026-07-14T23:01:00Z' } }, { now: '2026-07-15T09:00:00Z' });
    const offset = await assessor.assess(
      { episode: { reportedMissingAt: '2026-07-14T23:59:00+01:00', returnedAt: '2026-07-15T00:01:00+01:00' } },
      { now: '2026-07-15T10:00:00+01:00' },
    );
    assert.deepEqual(offset, zulu);
  });

  for (const hours of [1, -5, 14]) {
    it(`gives identical assessments for scenario S02 with every time written at ${withOffset('2026-01-01T00:00:00Z', hours).slice(19)}`, async () => {
      const zulu = await assessor.assess(s02.answers, { now: s02.now });
      const offset = await assessor.assess(rewriteInstants(s02.answers, hours), { now: withOffset(s02.now, hours) });
      assert.notDeepEqual(rewriteInstants(s02.answers, hours), s02.answers, 'no time was rewritten');
      assert.deepEqual(offset, zulu);
    });
  }
});

describe('impossible dates', () => {
  it('never reads 30 February as 2 March: the answers are refused, naming the return time', async () => {
    await assert.rejects(assessor.assess(returnedAtOnly('2026-02-30T10:00:00Z'), { now: '2026-06-15T12:00:00Z' }), (error: AnswersSchemaError) => {
      assert.equal(error.name, 'AnswersSchemaError');
      assert.deepEqual(error.problems.map((problem) => problem.pointer), ['/episode/returnedAt']);
      return true;
    });
    // Below the schema check, the clock never rolls the day over either.
    assert.equal(offerClock({ 'episode.returnedAt': '2026-02-30T10:00:00Z' }, undefined, assessor.ruleset.settings, Date.parse('2026-06-15T12:00:00Z')).offerDueBy, undefined);
  });

  it('leaves the deadline unknown for a return so late in 9999 that 72 hours on is in the year 10000', async () => {
    const assessment = await assessor.assess(returnedAtOnly('9999-12-31T23:59:59Z'), { now: '2026-06-15T12:00:00Z' });
    assert.equal(assessment.rhi.offerDueBy, undefined);
    assert.equal(assessment.rhi.overdue, false);
    assert.equal(assessment.failed, false);
    assert.ok(assessment.missing.includes('episode.returnedAt'));
  });

  it('still gives the deadline for a return 72 hours before the last instant of 9999', async () => {
    const assessment = await assessor.assess(returnedAtOnly('9999-12-28T23:59:59Z'), { now: '2026-06-15T12:00:00Z' });
    assert.equal(assessment.rhi.offerDueBy, '9999-12-31T23:59:59.000Z');
  });
});
