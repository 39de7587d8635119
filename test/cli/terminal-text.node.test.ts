// Text from files cannot drive the terminal or forge Markdown: control characters, escape
// sequences and bidi overrides in rule text, agency names, field names and record values are shown
// as visible `\uXXXX` in everything rhi prints, and `rhi validate` warns about them in rule text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeMarkdown } from '../../packages/cli/src/markdown-text.js';
import { terminalSafe } from '../../packages/cli/src/terminal-text.js';
import { runRhi } from './run-rhi.js';
import { rulesWithLocality } from './rules-with-locality.js';

/** Clear the screen, retitle the window, overwrite the line, a C1 CSI, DEL and a right-to-left override. */
const ACTIVE = '\u001b[2J\u001b]0;owned\u0007 \rRISK LEVEL: LOW \u009b31m \u007f \u202eHGIH\u202c';
/** Any control character but tab, newline and the CR of a CRLF (the CSV report's line ending), or a bidi control. */
const ANY_ACTIVE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\r(?!\n)/;
const text = (en: string) => ({ en: `${en} ${ACTIVE}`, cy: `${en} ${ACTIVE}` });

/** A copy of the rules plus a locality, `controls`, whose every text carries active characters. */
function rulesWithControlsLocality(): string {
  // JSON.stringify writes the C0 controls as \u001b escapes and the others raw: both kinds are tried.
  return rulesWithLocality({
    id: 'controls',
    version: '2026.1',
    extends: 'england',
    title: text('Controls Locality'),
    agencies: { police: { name: text('Police') } },
    actions: { 'strategy-discussion': { name: text('Hold a strategy discussion') } },
    rules: [
      {
        id: 'local.found-out-of-area',
        description: text('Found out of area.'),
        message: text('The child was found out of the area.'),
        conditions: { any: [{ fact: 'episode.foundOutOfArea', operator: 'equal', value: true }] },
        outcome: { riskLevel: 'medium', referrals: [{ agency: 'police', urgency: 'within-24-hours' }], actions: ['strategy-discussion'] },
      },
    ],
  });
}

/** Nothing active is left, and the ESC is shown as the visible `\u001b` (Markdown escapes the bracket after it). */
function assertInert(output: string, label: string): void {
  const found = ANY_ACTIVE.exec(output);
  assert.equal(found, null, `${label}: a raw U+${found?.[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${found?.index}: ${JSON.stringify(output.slice(Math.max(0, (found?.index ?? 0) - 60), (found?.index ?? 0) + 20))}`);
  assert.match(output, /\\u001b\\?\[2J/, `${label}: the escape sequence is shown as text`);
}

describe('rhi: active characters from files are shown escaped in every output', () => {
  const rules = rulesWithControlsLocality();
  const withRules = ['--rules-dir', rules];

  const commands: [string, string[]][] = [
    ['rules (text)', ['rules', '--ruleset', 'controls', ...withRules]],
    ['rules (Markdown)', ['rules', '--ruleset', 'controls', '--format', 'md', ...withRules]],
    ['diff', ['diff', 'england', 'controls', ...withRules, '--scenarios', 'test/scenarios/s02.json']],
    ['explain', ['explain', 'test/scenarios/s02.json', '--ruleset', 'controls', ...withRules]],
    ['assess (JSON)', ['assess', 'test/scenarios/s02.json', '--ruleset', 'controls', ...withRules]],
    ['explain in Welsh', ['explain', 'test/scenarios/s02.json', '--ruleset', 'controls', '--lang', 'cy', ...withRules]],
  ];
  for (const [name, args] of commands) {
    it(`rhi ${name}`, () => {
      const { status, stdout, stderr } = runRhi(args);
      assert.equal(status, 0, stderr);
      assertInert(stdout + stderr, name);
    });
  }

  it('rhi assess keeps its JSON meaning: the escapes decode to the characters the rule file holds', () => {
    const { stdout } = runRhi(['assess', 'test/scenarios/s02.json', '--ruleset', 'controls', ...withRules]);
    const assessment = JSON.parse(stdout);
    const reason = assessment.reasons.find((candidate: { ruleId: string }) => candidate.ruleId === 'local.found-out-of-area');
    assert.equal(reason.message, `The child was found out of the area. ${ACTIVE}`);
  });

  it('rhi validate warns about each text with a control character at file:line:column, and still passes (Welsh too)', () => {
    const english = runRhi(['validate', join(rules, 'controls'), ...withRules]);
    assert.equal(english.status, 0, english.stdout + english.stderr);
    assert.doesNotMatch(english.stdout + english.stderr, ANY_ACTIVE);
    const file = join(rules, 'controls', 'ruleset.json');
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((candidate) => candidate.includes('Controls Locality')) + 1;
    const column = lines[line - 1].indexOf('"Controls') + 1;
    assert.match(english.stdout, new RegExp(`ruleset\\.json:${line}:${column}  warning: this text holds the control character \\\\u001b, which could drive a terminal .* \\(at /title/en\\)`));
    assert.match(english.stdout, /\(at \/rules\/0\/message\/cy\)/);
    const welsh = runRhi(['validate', join(rules, 'controls'), ...withRules, '--lang', 'cy']);
    assert.match(welsh.stdout, /rhybudd: mae'r testun hwn yn cynnwys y nod rheoli \\u001b/);
  });

  it('rhi report shows record values (a decline reason, an agency name) escaped, as Markdown and as CSV', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rhi-controls-records-'));
    const records = join(folder, 'records.ndjson');
    const record = {
      childId: `child ${ACTIVE}`,
      answers: {
        episode: { reportedMissingAt: '2026-04-02T18:00:00Z', returnedAt: '2026-04-03T08:00:00Z' },
        interview: { offeredAt: '2026-04-03T12:00:00Z', outcome: 'declined', outcomeReason: `Would not say ${ACTIVE}` },
      },
    };
    writeFileSync(records, `${JSON.stringify(record)}\n`);
    for (const format of ['md', 'csv']) {
      const { status, stdout, stderr } = runRhi(['report', records, '--format', format, '--ruleset', 'controls', ...withRules, '--now', '2026-04-05T00:00:00Z']);
      assert.equal(status, 0, stderr);
      assertInert(stdout + stderr, `report --format ${format}`);
    }
  });

  it('rhi assess names a field whose name carries an escape sequence with the sequence shown, not run', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rhi-controls-answers-'));
    const answers = join(folder, 'answers.json');
    writeFileSync(answers, JSON.stringify({ [`\u001b[2J\u001b]0;owned\u0007child`]: { gender: 'female' } }));
    const { status, stdout, stderr } = runRhi(['assess', answers]);
    assert.equal(status, 1, stdout);
    assert.doesNotMatch(stderr, ANY_ACTIVE);
    assert.ok(stderr.includes('\\u001b[2J\\u001b]0;owned\\u0007child'), stderr);
  });
});

describe('terminalSafe and escapeMarkdown', () => {
  it('shows every active character as \\uXXXX and keeps tab, newline, CRLF and ordinary Welsh and emoji text', () => {
    assert.equal(terminalSafe('a\tb\nc\u001bd\re\u0085f\u202eg\u2066h\u007f'), 'a\tb\nc\\u001bd\\u000de\\u0085f\\u202eg\\u2066h\\u007f');
    assert.equal(terminalSafe('row one\r\nrow two\r'), 'row one\r\nrow two\\u000d');
    assert.equal(terminalSafe('Siân ŵyr 😀 – “dyfynnu”'), 'Siân ŵyr 😀 – “dyfynnu”');
  });

  it('treats a lone CR, CRLF and LF alike as a line ending in Markdown text, so none can start a heading', () => {
    for (const ending of ['\r', '\r\n', '\n']) {
      assert.equal(escapeMarkdown(`The child is safe.${ending}# HIGH RISK`), 'The child is safe. \\# HIGH RISK', JSON.stringify(ending));
      assert.equal(escapeMarkdown(`one ${ending}  ${ending}two`), 'one two', JSON.stringify(ending));
    }
  });
});
