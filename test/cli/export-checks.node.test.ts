// The SSDA903 checks rhi export runs (packages/cli/src/export/ssda903-checks.ts), rule by rule on
// rows built here, including the rules no record that passes the schema can break (1005, 1006,
// 570, 571). The overlap cases are those data-to-insight's csc-validator-be-903 tests rule 574
// with, so the two agree on which rows fail.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MissingCode } from '../../packages/cli/src/export/episode-row.js';
import { offerFlags } from '../../packages/cli/src/export/interview-offer-flags.js';
import type { PlacedRow } from '../../packages/cli/src/export/placed-row.js';
import { ssda903Failures, type CollectionYear } from '../../packages/cli/src/export/ssda903-checks.js';

const OPEN_YEAR: CollectionYear = { start: null, end: null };

function row(line: number, fields: { child?: string; missing?: string; start?: string; end?: string; dateOfBirth?: string }): PlacedRow {
  return {
    line,
    childId: fields.child ?? 'C',
    ...(fields.dateOfBirth === undefined ? {} : { dateOfBirth: fields.dateOfBirth }),
    lookedAfter: true,
    missing: (fields.missing ?? 'M') as MissingCode,
    interview: {},
    startDate: fields.start ?? '',
    endDate: fields.end ?? '',
    startDateTime: '',
    endDateTime: '',
    open: (fields.end ?? '') === '',
  };
}

/** "line rule" for each failure. */
const failed = (rows: PlacedRow[], year = OPEN_YEAR) => ssda903Failures(rows, year).map(({ row: { line }, rule }) => `${line} ${rule}`);

describe('the SSDA903 checks on the Missing rows', () => {
  it('passes a complete, closed episode', () => {
    assert.deepEqual(failed([row(1, { start: '2025-06-01', end: '2025-06-02', dateOfBirth: '2010-01-01' })]), []);
  });

  it('1004 and 564: a blank start; 1004 alone when MISSING is blank too', () => {
    assert.deepEqual(failed([row(1, { end: '2025-06-02' })]), ['1 1004', '1 564']);
    assert.deepEqual(failed([row(1, { missing: '' })]), ['1 1004']);
  });

  it('1005: an end that is not a date; 1006: MISSING other than M, A or blank', () => {
    assert.deepEqual(failed([row(1, { start: '2025-06-01', end: '02/06/25' })]), ['1 1005']);
    assert.deepEqual(failed([row(1, { start: '2025-06-01', missing: 'AWAY' })]), ['1 1006']);
  });

  it('565 and 566: dates given but MISSING blank', () => {
    assert.deepEqual(failed([row(1, { missing: '', start: '2025-06-01', end: '2025-06-02' })]), ['1 565', '1 566']);
  });

  it('567: ends before it starts, compared on days (the same day passes)', () => {
    assert.deepEqual(failed([row(1, { start: '2025-06-03', end: '2025-06-01' })]), ['1 567']);
    assert.deepEqual(failed([row(1, { start: '2025-06-03', end: '2025-06-03' })]), []);
  });

  it('570 and 571: dates outside the collection year', () => {
    const year = { start: '2025-04-01', end: '2026-03-31' };
    assert.deepEqual(failed([row(1, { start: '2026-04-01' })], year), ['1 570']);
    assert.deepEqual(failed([row(1, { start: '2025-03-01', end: '2025-03-31' })], year), ['1 571']);
    assert.deepEqual(failed([row(1, { start: '2026-03-30', end: '2026-04-02' })], year), ['1 571']);
    assert.deepEqual(failed([row(1, { start: '2025-03-30', end: '2025-04-01' })], year), []);
  });

  it('586: starts on or before the date of birth', () => {
    assert.deepEqual(failed([row(1, { start: '2020-02-04', dateOfBirth: '2020-02-04' })]), ['1 586']);
    assert.deepEqual(failed([row(1, { start: '2020-02-05', dateOfBirth: '2020-02-04' })]), []);
  });

  it("574: the validator's own cases — an earlier open period, or an overlap, fails the later row", () => {
    const rows = [
      row(1, { child: '111', start: '2020-06-01', end: '2020-06-05' }), // fails: the open one sorts before it
      row(2, { child: '111', start: '2020-06-04' }),
      row(3, { child: '222', start: '2020-06-03', end: '2020-06-04' }),
      row(4, { child: '222', start: '2020-06-04' }),
      row(5, { child: '222', start: '2020-06-07', end: '2020-06-09' }), // fails: line 4 is still open
      row(6, { child: '333', start: '2020-06-02', end: '2020-06-04' }),
      row(7, { child: '333', start: '2020-06-03', end: '2020-06-09' }), // fails: overlaps line 6
      row(8, { child: '444', start: '2020-06-06', end: '2020-06-08' }),
      row(9, { child: '444', start: '2020-06-10', end: '2020-06-10' }),
      row(10, { child: '444', start: '2020-06-08', end: '2020-08-10' }), // fails: overlaps line 9
      row(11, { child: '555', end: '2020-06-05' }),
      row(12, { child: '555', end: '2020-06-05' }),
    ];
    const overlaps = ssda903Failures(rows, OPEN_YEAR).filter(({ rule }) => rule === '574');
    assert.deepEqual(
      overlaps.map(({ row: { line }, previous }) => `${line} after ${previous?.line}`),
      ['1 after 2', '5 after 4', '7 after 6', '10 after 9'],
    );
  });
});

describe('return interview offered and accepted', () => {
  const closed = (interview: { outcome?: string; offeredAt?: string }) => ({ ...row(1, { start: '2025-06-01', end: '2025-06-02' }), interview });

  it('counts an offer as made when the child answered it or its time is recorded', () => {
    assert.deepEqual(offerFlags(closed({ outcome: 'accepted' })), { offered: 'Y', accepted: 'Y' });
    assert.deepEqual(offerFlags(closed({ outcome: 'declined' })), { offered: 'Y', accepted: 'N' });
    assert.deepEqual(offerFlags(closed({ offeredAt: '2025-06-02T10:00:00Z' })), { offered: 'Y', accepted: '' });
  });

  it('does not count "could not contact the child" as offered unless an offer time is recorded, and never as accepted', () => {
    assert.deepEqual(offerFlags(closed({ outcome: 'not-contactable' })), { offered: 'N', accepted: 'NA' });
    assert.deepEqual(offerFlags(closed({ outcome: 'not-contactable', offeredAt: '2025-06-02T10:00:00Z' })), { offered: 'Y', accepted: 'N' });
  });

  it('gives NA while the child is still missing, and blanks when the record says nothing', () => {
    assert.deepEqual(offerFlags({ ...row(1, { start: '2025-06-01' }), interview: { outcome: 'accepted' } }), { offered: 'NA', accepted: 'NA' });
    assert.deepEqual(offerFlags(closed({})), { offered: '', accepted: '' });
    assert.deepEqual(offerFlags(closed({ outcome: 'not-offered' })), { offered: 'N', accepted: 'NA' });
  });
});
