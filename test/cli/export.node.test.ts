// `rhi export`: the three CSVs byte for byte over a hand-built fixture of looked-after children
// (overlapping, open and out-of-year episodes, a repeated record, one interview covering two
// episodes) and a child in need; each broken SSDA903 rule named with its line, in English and
// Welsh; --strict; bad input.
//
// The fixture, line by line (test/fixtures/exports/records.ndjson; england: London time; the
// period is the 903's collection year 1 April 2025 – 31 March 2026):
//
//  line  child    episode (UTC)                                  what it tests
//   1    LAC-001  M, last seen 1 Jun 23:30 → 3 Jun 09:00         MIS_START is 02/06/2025: 00:30 BST on the locality's clock
//   2    LAC-001  A, 2 Jun 12:00 → 4 Jun 10:00                   overlaps line 1: rule 574
//   3    LAC-001  M, last seen 31 Dec 23:30 → 1 Jan 15:00         not contactable, no offer time: offered N
//   4    LAC-002  M, 20 Mar 2025 → 22 Mar 2025                    ended before the year: left out
//   5    LAC-002  M, 28 Mar 2026, not back                       open: MIS_END blank
//   6    LAC-002  M, 30 Mar → 31 Mar 2026                        starts while line 5 is open: rule 574
//   7    LAC-002  M, 5 Apr 2026 → 6 Apr 2026                      after the year: left out
//   8    LAC-003  M, reported 10 Sep, returned 9 Sep             rule 567
//   9    LAC-003  type not recorded                              rules 565, 566
//  10    LAC-003  M, no start, returned 5 Nov                    rules 1004, 564
//  11    LAC-004  M, 1 Jul → 2 Jul, offered, no outcome          the same episode as line 12: left out, with a note
//  12    LAC-004  the same episode saved again, accepted         written
//  13    LAC-004  M, 20 Aug; covers 1 Jul (line 12's) and 15 Aug; 1 May not covered
//                                                                1 Jul left out with a note; 15 Aug written, type blank: rules 565, 566
//  14    LAC-005  M, 1 Dec; date of birth 10 Jan 2026            rule 586
//  15    NLA-006  a child in need                                only in ssd-missing
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRhi } from './run-rhi.js';

const FIXTURES = 'test/fixtures/exports';
const RECORDS = `${FIXTURES}/records.ndjson`;
const YEAR = ['--from', '2025-04-01', '--to', '2026-03-31'];
const rhi = (...args: string[]) => runRhi(args);
const expectedCsv = (format: string) => readFileSync(`${FIXTURES}/${format}.expected.csv`, 'utf8');

/** Each "file:line  rule N:" (or "rheol N:") on stderr, as "line rule". */
function brokenRules(stderr: string, word: 'rule' | 'rheol'): string[] {
  const pattern = new RegExp(`^test/fixtures/exports/records\\.ndjson:(\\d+)  ${word} (\\w+): `);
  return stderr.split('\n').flatMap((line) => {
    const found = pattern.exec(line);
    return found ? [`${found[1]} ${found[2]}`] : [];
  });
}

const BROKEN = ['2 574', '6 574', '8 567', '9 565', '9 566', '10 1004', '10 564', '13 565', '13 566', '14 586'];

describe('rhi export writes what councils load', () => {
  for (const format of ['ssda903-missing', 'annex-a-list8', 'ssd-missing']) {
    it(`writes --format ${format} byte for byte as the hand-checked file`, () => {
      const { status, stdout, stderr } = rhi('export', RECORDS, '--format', format, ...YEAR);
      assert.equal(status, 0, stderr);
      assert.equal(stdout, expectedCsv(format));
    });
  }

  it('holds only looked-after children in the 903 and Annex A list 8, and every child in ssd_missing', () => {
    const lines = (format: string) => rhi('export', RECORDS, '--format', format, ...YEAR).stdout;
    assert.doesNotMatch(lines('ssda903-missing'), /NLA-006/);
    assert.doesNotMatch(lines('annex-a-list8'), /NLA-006/);
    assert.match(lines('ssd-missing'), /\r\nrhi-0015,NLA-006,2025-10-10 20:00:00,M,2025-10-11 10:00:00,Y,Y\r\n/);
  });

  it('leaves out episodes wholly outside the period, keeps one that ran into it, and writes one still going on at its end as open', () => {
    const { stdout } = rhi('export', RECORDS, '--format', 'ssda903-missing', ...YEAR);
    assert.doesNotMatch(stdout, /22\/03\/2025|05\/04\/2026/);
    assert.match(stdout, /\r\nLAC-002,20\/02\/2009,M,28\/03\/2026,\r\n/);
    // Ending the period on 30 March: line 6's return (31 March) has not happened yet.
    const earlier = rhi('export', RECORDS, '--format', 'ssda903-missing', '--from', '2025-04-01', '--to', '2026-03-30').stdout;
    assert.match(earlier, /\r\nLAC-002,20\/02\/2009,M,30\/03\/2026,\r\n/);
    // A period from 3 June: line 1 (2–3 June) still ran into it.
    const later = rhi('export', RECORDS, '--format', 'ssda903-missing', '--from', '2025-06-03', '--to', '2026-03-31').stdout;
    assert.match(later, /\r\nLAC-001,14\/05\/2010,M,02\/06\/2025,03\/06\/2025\r\n/);
  });

  it('names each broken SSDA903 rule with the line of the record that produced the row, in English', () => {
    const { status, stderr } = rhi('export', RECORDS, '--format', 'ssda903-missing', ...YEAR);
    assert.equal(status, 0);
    assert.deepEqual(brokenRules(stderr, 'rule'), BROKEN);
    assert.match(stderr, /records\.ndjson:2  rule 574: .*must not overlap; the earlier period is on line 1 \(CHILD LAC-001, MIS_START 02\/06\/2025\)/);
    assert.match(stderr, /records\.ndjson:13  rule 565: .*\(CHILD LAC-004, MIS_START 15\/08\/2025; earlier episode 2 covered by this interview\)/);
    assert.match(stderr, /records\.ndjson:11  note: the same episode as test\/fixtures\/exports\/records\.ndjson:12/);
    assert.match(stderr, /records\.ndjson:13  note: the same episode as test\/fixtures\/exports\/records\.ndjson:12/);
    assert.match(stderr, /10 SSDA903 checks failed; the file was written all the same/);
  });

  it('names the same rules and lines in Welsh with --lang cy, and the CSV does not change', () => {
    const { status, stdout, stderr } = rhi('export', RECORDS, '--format', 'ssda903-missing', ...YEAR, '--lang', 'cy');
    assert.equal(status, 0);
    assert.equal(stdout, expectedCsv('ssda903-missing'));
    assert.deepEqual(brokenRules(stderr, 'rheol'), BROKEN);
    assert.match(stderr, /records\.ndjson:2  rheol 574: .*mae'r cyfnod cynharach ar linell 1/);
    assert.match(stderr, /methodd 10 o wiriadau SSDA903/);
    assert.doesNotMatch(stderr, /\brule \d/);
  });

  it('writes nothing and exits 1 with --strict while a check fails', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rhi-export-'));
    const output = join(folder, 'missing.csv');
    const { status, stdout, stderr } = rhi('export', RECORDS, '--format', 'ssda903-missing', ...YEAR, '--strict', '--output', output);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.equal(existsSync(output), false);
    assert.deepEqual(brokenRules(stderr, 'rule'), BROKEN);
    assert.match(stderr, /10 SSDA903 checks failed, so nothing was written \(--strict\)/);
  });

  it('writes with --strict when every check passes, and --output says where', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rhi-export-'));
    const output = join(folder, 'missing.csv');
    // Line 15 alone: a child in need, so the ssd_missing table holds one clean row.
    const line15 = readFileSync(RECORDS, 'utf8').split('\n')[14];
    const result = runRhi(['export', '-', '--format', 'ssd-missing', '--strict', '--output', output], `${line15}\n`);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(output, 'utf8').split('\r\n')[1], 'rhi-0015,NLA-006,2025-10-10 20:00:00,M,2025-10-11 10:00:00,Y,Y');
    assert.equal(result.stderr, `rhi export: written to ${output}\n`);
  });
});

describe('rhi export refuses what it cannot use', () => {
  const lookedAfter = JSON.stringify({ childId: 'C-1', answers: { care: { status: 'looked-after' }, episode: { type: 'missing', reportedMissingAt: '2025-06-01T10:00:00Z', returnedAt: '2025-06-02T10:00:00Z' } } });

  it('names an unreadable line at file:line:column, writes nothing and exits 1', () => {
    const { status, stdout, stderr } = runRhi(['export', '-', '--format', 'ssda903-missing'], `${lookedAfter}\n{"answers": {"episode": {"type": "lost"}}}\n`);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^stdin:2:26  'episode.type' cannot be this value/m);
    assert.match(stderr, /1 line of stdin could not be used, so nothing was written/);
  });

  it("names a looked-after episode without a childId at its line, in Welsh too", () => {
    const withoutChild = JSON.stringify({ answers: JSON.parse(lookedAfter).answers });
    const english = runRhi(['export', '-', '--format', 'ssda903-missing'], `${lookedAfter}\n${withoutChild}\n`);
    assert.equal(english.status, 1);
    assert.equal(english.stdout, '');
    assert.match(english.stderr, /^stdin:2  this episode has no 'childId'/m);
    const welsh = runRhi(['export', '-', '--format', 'ssda903-missing', '--lang', 'cy'], `${withoutChild}\n`);
    assert.match(welsh.stderr, /^stdin:1  nid oes 'childId' i'r cyfnod hwn/m);
  });

  it('writes a child id a spreadsheet would run as a formula with an apostrophe first', () => {
    const formula = lookedAfter.replace('"C-1"', '"=HYPERLINK(\\"x\\")"');
    const { status, stdout } = runRhi(['export', '-', '--format', 'ssda903-missing'], `${formula}\n`);
    assert.equal(status, 0);
    assert.equal(stdout.split('\r\n')[1], `"'=HYPERLINK(""x"")",,M,01/06/2025,02/06/2025`);
  });

  it('asks for a format it knows, and a real date', () => {
    assert.equal(rhi('export', RECORDS).status, 2);
    const unknown = rhi('export', RECORDS, '--format', 'csv');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /--format must be ssda903-missing, annex-a-list8 or ssd-missing, not 'csv'/);
    assert.match(rhi('export', RECORDS, '--format', 'ssd-missing', '--to', '2026-02-30').stderr, /--to must be a date written YYYY-MM-DD/);
  });

  it('lists --lang and --rules-dir in its help, in English and Welsh', () => {
    for (const lang of ['en', 'cy']) {
      const { status, stdout } = rhi('export', '--help', '--lang', lang);
      assert.equal(status, 0);
      assert.match(stdout, /--lang en\|cy/);
      assert.match(stdout, /--rules-dir/);
    }
    assert.match(rhi('--help').stdout, /export RECORDS\.ndjson/);
  });
});
