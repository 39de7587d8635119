// docs/exports.md against what rhi export writes: every format's column names in order, every
// code a column may hold, and the SSDA903 rules checked. The exporter is run on the exports
// fixture, so a column or code changed in code and not in the docs (or the other way) fails here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { annexAGenderCodes, annexAGenderNotRecorded, annexAYesNoCodes } from '../../packages/cli/src/export/annex-a-list8-csv.js';
import { missingCodes } from '../../packages/cli/src/export/episode-row.js';
import { offerFlagCodes } from '../../packages/cli/src/export/interview-offer-flags.js';
import { checkedRules } from '../../packages/cli/src/export/ssda903-checks.js';
import { runRhi } from '../cli/run-rhi.js';

const docs = readFileSync('docs/exports.md', 'utf8');

/** The text under a heading, up to the next heading of the same or a higher level. */
function section(heading: string, level: number): string {
  const lines = docs.split('\n');
  const start = lines.findIndex((line) => line === `${'#'.repeat(level)} ${heading}`);
  assert.ok(start >= 0, `docs/exports.md has no heading "${heading}"`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => new RegExp(`^#{1,${level}} `).test(line));
  return rest.slice(0, end < 0 ? undefined : end).join('\n');
}

/** The backticked first cell of each table row. */
function firstCells(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const found = /^\| `([^`]+)` \|/.exec(line);
    return found ? [found[1]] : [];
  });
}

/** The exporter's CSV for the fixture, as rows of fields (the fixture's output needs no quoting). */
function exported(format: string): string[][] {
  const { status, stdout, stderr } = runRhi(['export', 'test/fixtures/exports/records.ndjson', '--format', format, '--from', '2025-04-01', '--to', '2026-03-31']);
  assert.equal(status, 0, stderr);
  return stdout
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));
}

const formats = {
  'ssda903-missing': { codes: Object.values(missingCodes), coded: ['MISSING'] },
  'annex-a-list8': {
    codes: [...Object.values(annexAGenderCodes), annexAGenderNotRecorded, ...Object.values(annexAYesNoCodes)],
    coded: ['Gender', 'Was the child offered a Return Interview after their last missing episode (Y/N)?', 'Did the child accept a Return Interview after their last missing episode (Y/N)?'],
  },
  'ssd-missing': { codes: [...Object.values(missingCodes), ...offerFlagCodes], coded: ['miss_missing_episode_type', 'miss_missing_rhi_offered', 'miss_missing_rhi_accepted'] },
};

describe('docs/exports.md describes what rhi export writes', () => {
  for (const [format, { codes, coded }] of Object.entries(formats)) {
    const formatSection = section(`\`--format ${format}\``, 2);

    it(`lists the columns of --format ${format} in the order they are written`, () => {
      const [header] = exported(format);
      assert.deepEqual(firstCells(sub(formatSection, 'Columns')), header);
    });

    it(`lists exactly the codes --format ${format} writes, and the fixture's rows use no others`, () => {
      const documented = firstCells(sub(formatSection, 'Codes'));
      assert.deepEqual(new Set(documented), new Set(codes));
      const [header, ...rows] = exported(format);
      for (const column of coded) {
        const index = header.indexOf(column);
        assert.ok(index >= 0, `${column} is not written`);
        for (const row of rows) assert.ok(row[index] === '' || documented.includes(row[index]), `${column}: '${row[index]}' is not in docs/exports.md`);
      }
    });
  }

  it('lists the SSDA903 rules the export checks, and no others', () => {
    assert.deepEqual(firstCells(section('The SSDA903 checks', 2)), [...checkedRules]);
  });
});

/** The text under a level-3 heading inside a format's section. */
function sub(text: string, heading: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line === `### ${heading}`);
  assert.ok(start >= 0, `no "### ${heading}" in the section`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^#{1,3} /.test(line));
  return rest.slice(0, end < 0 ? undefined : end).join('\n');
}
