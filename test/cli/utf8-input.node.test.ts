// Bytes that are not UTF-8 are a located error, never a silent U+FFFD: a Latin-1 export in which
// "Siân", "Siôn" and "Siàn" are three children must not count as one child "Si�n".
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot, runRhi } from './run-rhi.js';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'rhi-utf8-'));
}

/** Three episodes of one child 10 days apart: at the england repeat threshold (3 within 90 days) if they are one child. */
function recordText(childId: string, day: number): string {
  const returned = `2026-04-${String(day + 1).padStart(2, '0')}T10:00:00Z`;
  const missing = `2026-04-${String(day).padStart(2, '0')}T20:00:00Z`;
  return JSON.stringify({ childId, answers: { episode: { reportedMissingAt: missing, returnedAt: returned } } });
}

const NAMES = ['Siân', 'Siôn', 'Siàn'];

/** The records as a Latin-1 export writes them: one byte per accented letter. */
function latin1Records(folder: string): { path: string; columns: number[] } {
  const lines = NAMES.map((name, index) => recordText(name, 1 + index * 10));
  const path = join(folder, 'export.ndjson');
  writeFileSync(path, Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
  // The column of the accented letter: characters before it, plus one.
  return { path, columns: lines.map((line, index) => line.indexOf(NAMES[index][2]) + 1) };
}

/** UTF-8 text with one raw byte put in at a character index; the line and column of that byte. */
function withRawByte(text: string, index: number, byte: number): { bytes: Buffer; line: number; column: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    bytes: Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from([byte]), Buffer.from(text.slice(index), 'utf8')]),
    line: before.split('\n').length,
    column: index - lineStart + 1,
  };
}

describe('rhi report and rhi batch: a records file that is not UTF-8', () => {
  it('counts three different children in a Latin-1 export as three unreadable lines, never as one child at the repeat threshold', () => {
    const { path, columns } = latin1Records(scratch());
    const { status, stdout, stderr } = runRhi(['report', path, '--format', 'json', '--now', '2026-05-01T00:00:00Z']);
    assert.equal(status, 0, stderr);
    const report = JSON.parse(stdout);
    assert.equal(report.records.unreadable, 3);
    assert.equal(report.episodes.children, 0);
    assert.equal(report.episodes.childrenAtRepeatThreshold, 0);
    const lines = stderr.trimEnd().split('\n');
    for (const [index, column] of columns.entries()) {
      assert.equal(
        lines[index],
        `${path}:${index + 1}:${column}  this is not UTF-8 text: the byte 0x${Buffer.from(NAMES[index][2], 'latin1')[0].toString(16).toUpperCase()} here cannot be read — save the file as UTF-8 (an export in Latin-1 or Windows-1252 must be converted first, for example with iconv -f WINDOWS-1252 -t UTF-8)`,
      );
    }
    assert.match(lines.at(-1)!, /3 lines/);
  });

  it('fails --strict on such a file (exit code 1), and says so in Welsh', () => {
    const { path, columns } = latin1Records(scratch());
    const { status, stderr } = runRhi(['report', path, '--strict', '--lang', 'cy', '--now', '2026-05-01T00:00:00Z']);
    assert.equal(status, 1, stderr);
    assert.match(stderr, new RegExp(`^${path.replaceAll('/', '\\/')}:1:${columns[0]}  nid testun UTF-8 yw hwn: nid oes modd darllen y beit 0xE2 yma — cadwch y ffeil fel UTF-8`, 'm'));
  });

  it('counts the same names written in UTF-8 as three children, none at the threshold', () => {
    const path = join(scratch(), 'export.ndjson');
    writeFileSync(path, `\uFEFF${NAMES.map((name, index) => recordText(name, 1 + index * 10)).join('\r\n')}\r\n`);
    const { status, stdout, stderr } = runRhi(['report', path, '--format', 'json', '--strict', '--now', '2026-05-01T00:00:00Z']);
    assert.equal(status, 0, stderr);
    const report = JSON.parse(stdout);
    assert.equal(report.records.unreadable, 0);
    assert.equal(report.episodes.children, 3);
    assert.equal(report.episodes.childrenAtRepeatThreshold, 0);
  });

  it('rejects each Latin-1 line of rhi batch with its file:line:column, and assesses none of them', () => {
    const { path, columns } = latin1Records(scratch());
    const { status, stdout, stderr } = runRhi(['batch', path, '--now', '2026-05-01T00:00:00Z']);
    assert.equal(status, 1, stderr);
    const results = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(
      results.map((result) => [result.line, result.error?.split('  ')[0]]),
      columns.map((column, index) => [index + 1, `${path}:${index + 1}:${column}`]),
    );
    assert.match(stderr, /0 assessed, 3 rejected/);
  });
});

describe('rhi: a JSON file that is not UTF-8', () => {
  it('refuses a scenario saved as Latin-1 with the line and column of its first bad byte (rhi assess)', () => {
    const text = readFileSync(join(repositoryRoot, 'test/scenarios/s02.json'), 'utf8');
    assert.ok(text.includes('£300'), 'the scenario has a pound sign');
    const path = join(scratch(), 's02-latin1.json');
    const { bytes, line, column } = withRawByte(text.replace('£300', '300'), text.indexOf('£300'), 0xa3);
    writeFileSync(path, bytes);
    const { status, stdout, stderr } = runRhi(['assess', path]);
    assert.equal(status, 1, stdout);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`^${path.replaceAll('/', '\\/')}:${line}:${column}  this is not UTF-8 text: the byte 0xA3 here cannot be read`));
  });

  it('refuses a rule file with a byte that is not UTF-8, at its line and column (rhi validate, Welsh)', () => {
    const rules = join(scratch(), 'rules');
    cpSync(join(repositoryRoot, 'rules'), rules, { recursive: true });
    const file = join(rules, 'england', 'risk.rules.json');
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('"en": "') + '"en": "'.length;
    const { bytes, line, column } = withRawByte(text, at, 0xe9);
    writeFileSync(file, bytes);
    const { status, stdout, stderr } = runRhi(['validate', rules, '--lang', 'cy']);
    assert.equal(status, 1, stdout + stderr);
    assert.match(stdout + stderr, new RegExp(`risk\\.rules\\.json:${line}:${column}  nid testun UTF-8 yw hwn: nid oes modd darllen y beit 0xE9 yma`));
  });
});
