// The parts `rhi report` adds figures up with, each on its own: the median from minute buckets,
// the repeat window per child in any order, reasons grouped and capped, rounding, the period.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ChildEpisodes } from '../../packages/cli/src/report/child-episodes.js';
import { HoursHistogram } from '../../packages/cli/src/report/hours-histogram.js';
import { ReasonTally } from '../../packages/cli/src/report/reason-tally.js';
import { oneDecimal, percentOf } from '../../packages/cli/src/report/report-arithmetic.js';
import { isInPeriod, reportPeriod } from '../../packages/cli/src/report/report-period.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const reasonWords = { otherReasons: 'Other reasons', noReasonRecorded: 'No reason recorded' };

describe('the median hours from return to interview', () => {
  it('is the middle duration, or the mean of the two middle ones, to the minute', () => {
    const histogram = new HoursHistogram();
    assert.equal(histogram.medianHours(), null);
    for (const hours of [102, 24, 37.5]) histogram.add(hours * HOUR);
    assert.equal(histogram.medianHours(), 37.5);
    histogram.add(36 * HOUR);
    assert.equal(histogram.medianHours(), 36.75); // (36 + 37.5) / 2
    assert.equal(histogram.count, 4);
  });

  it('counts durations past 30 days by the hour, and past two years as the longest seen', () => {
    const histogram = new HoursHistogram();
    histogram.add(40 * DAY + 30 * 60_000); // 960.5 hours: counted as 960
    assert.equal(histogram.medianHours(), 960);
    const long = new HoursHistogram();
    long.add(800 * DAY);
    assert.equal(long.medianHours(), 800 * 24);
  });
});

describe('children reaching the repeat threshold', () => {
  it('finds three episodes within 90 days whatever order the records come in', () => {
    const episodes = new ChildEpisodes({ count: 3, withinDays: 90 });
    const start = Date.UTC(2026, 0, 1);
    // Child A: days 0, 200, 100, 150 — days 100, 150 and 200 fall within 100 days, not 90; day 180 closes it.
    for (const day of [0, 200, 100, 150]) episodes.add('A', start + day * DAY);
    assert.equal(episodes.childrenAtThreshold, 0);
    episodes.add('A', start + 180 * DAY); // 100, 150, 180: within 80 days
    assert.equal(episodes.childrenAtThreshold, 1);
    episodes.add('A', start + 181 * DAY);
    assert.equal(episodes.childrenAtThreshold, 1, 'a child is counted once');
    assert.equal(episodes.children, 1);
    assert.equal(episodes.childrenWithTwoOrMore, 1);
  });

  it('includes both ends of the window, as the engine does: exactly 90 days apart is within', () => {
    const episodes = new ChildEpisodes({ count: 3, withinDays: 90 });
    episodes.add('B', 90 * DAY);
    episodes.add('B', 0);
    episodes.add('B', 45 * DAY);
    assert.equal(episodes.childrenAtThreshold, 1);
    const late = new ChildEpisodes({ count: 3, withinDays: 90 });
    for (const instant of [0, 45 * DAY, 90 * DAY + 1]) late.add('C', instant);
    assert.equal(late.childrenAtThreshold, 0);
  });

  it('counts a record without a child id as a child of its own, and an episode without a time towards nothing', () => {
    const episodes = new ChildEpisodes({ count: 2, withinDays: 30 });
    episodes.add(undefined, 0);
    episodes.add(undefined, DAY);
    episodes.add('D', undefined);
    episodes.add('D', 0);
    assert.equal(episodes.children, 3);
    assert.equal(episodes.childrenWithTwoOrMore, 1);
    assert.equal(episodes.childrenAtThreshold, 0);
  });

  it("counts the earlier episodes one record's interview covered as that child's episodes, with or without a child id", () => {
    const episodes = new ChildEpisodes({ count: 3, withinDays: 90 });
    // One record without a child id, covering two earlier episodes: one child with three episodes within 90 days.
    episodes.addRecord(undefined, [20 * DAY, 2 * DAY, 10 * DAY]);
    episodes.addRecord('A', [5 * DAY, undefined]);
    assert.equal(episodes.children, 2);
    assert.equal(episodes.childrenWithTwoOrMore, 2);
    assert.equal(episodes.childrenAtThreshold, 1, 'A has two episodes, one without a time: not at the threshold');
    episodes.addRecord('A', [50 * DAY, 60 * DAY]);
    assert.equal(episodes.childrenAtThreshold, 2, 'A began episodes on days 5, 50 and 60');
  });

  it('keeps every child apart across thousands of ids and table growth', () => {
    const episodes = new ChildEpisodes({ count: 2, withinDays: 7 });
    for (let child = 0; child < 5000; child += 1) {
      episodes.add(`child-${child}`, 0);
      if (child % 2 === 0) episodes.add(`child-${child}`, child % 4 === 0 ? DAY : 30 * DAY);
    }
    assert.equal(episodes.children, 5000);
    assert.equal(episodes.childrenWithTwoOrMore, 2500);
    assert.equal(episodes.childrenAtThreshold, 1250);
  });
});

describe('free-text reasons', () => {
  it('groups spellings that differ in case and spaces, keeping the first, most given first', () => {
    const tally = new ReasonTally();
    for (const reason of ['Busy', ' did not  WANT to talk', 'Did not want to talk', 'busy ', '   ', undefined, 'Asleep']) tally.add(reason);
    assert.deepEqual(tally.counts(reasonWords), [
      { reason: 'Busy', count: 2 },
      { reason: 'did not WANT to talk', count: 2 },
      { reason: 'Asleep', count: 1 },
      { reason: 'No reason recorded', count: 2 },
    ]);
  });

  it('keeps at most the limit of different reasons and counts the rest as other reasons', () => {
    const tally = new ReasonTally(2);
    for (const reason of ['one', 'two', 'three', 'four', 'one', 'Three']) tally.add(reason);
    assert.deepEqual(tally.counts(reasonWords), [
      { reason: 'one', count: 2 },
      { reason: 'two', count: 1 },
      { reason: 'Other reasons', count: 3 },
    ]);
  });
});

describe('rounding and the period', () => {
  it('rounds to one decimal place, halves away from zero, without binary surprises', () => {
    assert.equal(oneDecimal(36.75), 36.8);
    assert.equal(oneDecimal(0.15), 0.2);
    assert.equal(oneDecimal(-0.25), -0.3);
    assert.equal(oneDecimal(-0.04), 0);
    assert.equal(percentOf(5, 6), 83.3);
    assert.equal(percentOf(1, 0), null);
  });

  it('places a return by its London date, across the clock changes', () => {
    const summer = reportPeriod('2026-04-01', '2026-06-30', 'Europe/London');
    assert.ok(isInPeriod(Date.parse('2026-03-31T23:00:00Z'), summer), '00:00 BST on 1 April');
    assert.ok(!isInPeriod(Date.parse('2026-03-31T22:59:59Z'), summer));
    assert.ok(isInPeriod(Date.parse('2026-06-30T22:59:59Z'), summer), '23:59:59 BST on 30 June');
    assert.ok(!isInPeriod(Date.parse('2026-06-30T23:00:00Z'), summer));
    const winter = reportPeriod('2026-11-01', undefined, 'Europe/London');
    assert.ok(isInPeriod(Date.parse('2026-11-01T00:00:00Z'), winter), '00:00 GMT on 1 November');
    assert.ok(!isInPeriod(Date.parse('2026-10-31T23:59:00Z'), winter));
    assert.ok(!isInPeriod(undefined, winter), 'a record without a return time is in no bounded period');
    assert.ok(isInPeriod(undefined, reportPeriod(undefined, undefined, 'Europe/London')));
  });
});
