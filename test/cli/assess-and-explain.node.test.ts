// `rhi assess` (JSON) and `rhi explain` (readable text), and how both treat bad input.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { referralsToMake, signpostsOf, validateAssessment, type Assessment } from '../../packages/engine/src/index.js';
import { repositoryRoot, runRhi } from './run-rhi.js';

const root = repositoryRoot;

const rhi = (...args: string[]) => runRhi(args);

function scenario(name: string) {
  return JSON.parse(readFileSync(join(root, 'test/scenarios', name), 'utf8'));
}

function temporaryFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'rhi-assess-')), name);
  writeFileSync(path, text);
  return path;
}

const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

describe('rhi assess', () => {
  it('prints an assessment of a scenario that fits the assessment schema', () => {
    const s01 = scenario('s01.json');
    const { status, stdout } = rhi('assess', 'test/scenarios/s01.json');
    assert.equal(status, 0);
    const assessment = JSON.parse(stdout) as Assessment;
    assert.deepEqual(validateAssessment(assessment), []);
    assert.equal(assessment.rulesetId, s01.ruleset);
    assert.equal(assessment.assessedAt, new Date(s01.now).toISOString());
    assert.equal(assessment.riskLevel, s01.expect.riskLevel);
    assert.match(stdout, /^\{\n  "rulesetId"/, 'indented by two spaces');
  });

  it('uses --ruleset, --now and --lang over what the scenario says', () => {
    const { status, stdout } = rhi('assess', 'test/scenarios/s01.json', '--ruleset', 'wales', '--now', '2026-03-05T12:00:00+01:00', '--lang', 'cy');
    assert.equal(status, 0);
    const assessment = JSON.parse(stdout) as Assessment;
    assert.equal(assessment.rulesetId, 'wales');
    assert.equal(assessment.assessedAt, '2026-03-05T11:00:00.000Z');
    assert.equal(assessment.lang, 'cy');
  });

  it('assesses a bare answers file with the england ruleset', () => {
    const path = temporaryFile('answers.json', JSON.stringify(scenario('s04.json').answers, null, 2));
    const { status, stdout } = rhi('assess', path, '--now', '2026-06-03T15:00:00Z');
    assert.equal(status, 0);
    const assessment = JSON.parse(stdout) as Assessment;
    assert.equal(assessment.rulesetId, 'england');
    assert.equal(assessment.riskLevel, scenario('s04.json').expect.riskLevel);
  });

  it('rejects answers that break the schema with one line naming the field, file, line and column', () => {
    const path = temporaryFile('bad-answers.json', JSON.stringify({ child: { gender: 'boy' } }, null, 2));
    const { status, stdout, stderr } = rhi('assess', path);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.ok(lines[0].startsWith(`${path}:3:5  `), lines[0]);
    assert.match(lines[0], /child\.gender/);
    assert.doesNotMatch(stderr, stackTrace);
  });

  it('locates a schema problem inside a scenario file under /answers', () => {
    const broken = scenario('s01.json');
    broken.answers.episode.returnedAt = 'yesterday';
    const path = temporaryFile('scenario.json', JSON.stringify(broken, null, 2));
    const { status, stderr } = rhi('assess', path);
    assert.equal(status, 1);
    assert.match(stderr, /scenario\.json:\d+:\d+  'episode\.returnedAt' must be a date and time.*\(at \/answers\/episode\/returnedAt\)/);
  });

  it('names the line and column of broken JSON', () => {
    const path = temporaryFile('broken.json', '{\n  "child": {\n    "gender": "male",\n  }\n}\n');
    const { status, stderr } = rhi('assess', path);
    assert.equal(status, 1);
    assert.equal(stderr.trim().split('\n').length, 1);
    assert.ok(stderr.startsWith(`${path}:4:3  not valid JSON`), stderr);
  });

  it('names a file that does not exist', () => {
    const { status, stderr } = rhi('assess', 'no-such-answers.json');
    assert.equal(status, 1);
    assert.equal(stderr, 'no-such-answers.json  the file does not exist\n');
  });

  it('treats a --now that is not a date-time with a zone as a usage error', () => {
    for (const now of ['tomorrow', '2026-03-05T12:00:00', '2026-02-30T12:00:00Z']) {
      const { status, stderr } = rhi('assess', 'test/scenarios/s01.json', '--now', now);
      assert.equal(status, 2, now);
      assert.match(stderr, /--now must be a date and time with its time zone/);
    }
  });

  it('names a ruleset that does not exist', () => {
    const { status, stderr } = rhi('assess', 'test/scenarios/s01.json', '--ruleset', 'atlantis');
    assert.equal(status, 1);
    assert.match(stderr, /^rhi: there is no ruleset called 'atlantis' — the rulesets are england, example-locality, wales/);
  });
});

describe('rhi explain', () => {
  it('explains the level, each fired rule, referrals by agency name, actions and the clock, in English', () => {
    const json = JSON.parse(rhi('assess', 'test/scenarios/s02.json').stdout) as Assessment;
    const { status, stdout } = rhi('explain', 'test/scenarios/s02.json');
    assert.equal(status, 0);
    assert.match(stdout, /^Return Home Interview assessment\nRuleset: England \(england, version /);
    assert.match(stdout, new RegExp(`^RISK LEVEL: ${json.riskLevel.replaceAll('-', ' ').toUpperCase()}$`, 'm'));
    for (const reason of json.reasons.filter((candidate) => candidate.level)) {
      assert.ok(stdout.includes(`• [${reason.ruleId}] (`), reason.ruleId);
    }
    assert.match(stdout, /^PARENT\/CARER DISCUSSION: /m);
    assert.match(stdout, new RegExp(`^REFERRALS \\(${referralsToMake(json).length}\\)$`, 'm'));
    assert.match(stdout, /^ {2}Police \(missing persons coordinator\) \[police\] — Immediately; agreement: No agreement needed$/m);
    assert.match(stdout, new RegExp(`^ACTIONS \\(${json.actions.length}\\)$`, 'm'));
    assert.ok(json.actions.length > 0);
    for (const action of json.actions) assert.ok(stdout.includes(`\n  ${action.name} [${action.id}]\n`), action.id);
    assert.match(stdout, /^ {2}Hold a strategy discussion \[strategy-discussion\]$/m);
    assert.match(stdout, /^THE 72-HOUR CLOCK$/m);
    assert.match(stdout, /Offer due by: \w+, \d+ \w+ 2026 at \d\d:\d\d (GMT|BST)/);
    assert.match(stdout, /Offer overdue: (yes|no)/);
    assert.match(stdout, /Interview due by: \w+, \d+ \w+ 2026 at \d\d:\d\d (GMT|BST)/);
    assert.match(stdout, /Interview overdue: (yes|no)/);
  });

  it('shows both clocks: an offer at hour 10 with an interview at hour 120 is an offer in time and an interview late, with why, in English and Welsh', () => {
    // S02's child, offered the interview 10 hours after the return and interviewed 120 hours after it.
    const s02 = scenario('s02.json') as { answers: { episode: { returnedAt: string }; interview: Record<string, unknown> } };
    const returned = Date.parse(s02.answers.episode.returnedAt);
    const hoursAfterReturn = (hours: number) => new Date(returned + hours * 3_600_000).toISOString();
    const interview = { ...s02.answers.interview, offeredAt: hoursAfterReturn(10), conductedAt: hoursAfterReturn(120), delayReason: 'child-asked-for-later-time' };
    const path = temporaryFile('late-interview.json', JSON.stringify({ ...s02.answers, interview }));
    const now = hoursAfterReturn(121);

    const assessment = JSON.parse(rhi('assess', path, '--now', now).stdout) as Assessment;
    assert.equal(assessment.rhi.overdue, false);
    assert.equal(assessment.rhi.interviewDueBy, hoursAfterReturn(72));
    assert.equal(assessment.rhi.interviewWithinWindow, false);
    assert.equal(assessment.rhi.interviewOverdue, true);
    assert.equal(assessment.rhi.interviewDelayReason, 'child-asked-for-later-time');

    const clock = (text: string) => text.slice(text.lastIndexOf('\n\n') + 2);
    assert.equal(
      clock(rhi('explain', path, '--now', now).stdout),
      [
        'THE 72-HOUR CLOCK',
        '  Offer due by: Thursday, 14 May 2026 at 09:00 BST',
        '  Offer overdue: no',
        '  Interview due by: Thursday, 14 May 2026 at 09:00 BST',
        '  Interview held within the 72 hours: no',
        '  Interview overdue: yes',
        '  Why the interview was late: The child asked for a later time',
        '  Hours from return to interview: 120',
        '',
      ].join('\n'),
    );
    const welsh = clock(rhi('explain', path, '--now', now, '--lang', 'cy').stdout);
    for (const line of ['  Cynnig yn hwyr: na', '  Cyfweliad wedi’i gynnal o fewn y 72 awr: na', '  Cyfweliad yn hwyr: ie', '  Pam roedd y cyfweliad yn hwyr: Gofynnodd y plentyn am amser hwyrach']) {
      assert.ok(welsh.includes(`${line}\n`), line);
    }
  });

  it('says why the statutory offer does not apply to a young person who was 18 at the return', () => {
    const s02 = scenario('s02.json') as { answers: { child: Record<string, unknown> } };
    const path = temporaryFile('eighteen.json', JSON.stringify({ ...s02.answers, child: { ...s02.answers.child, dateOfBirth: '2008-01-01' } }));
    const assessment = JSON.parse(rhi('assess', path).stdout) as Assessment;
    assert.equal(assessment.rhi.offerNotRequiredBecause, 'adult');
    assert.match(rhi('explain', path).stdout, /^THE 72-HOUR CLOCK\n {2}The young person was 18 or over when they came back: /m);
    assert.match(rhi('explain', path, '--lang', 'cy').stdout, /^Y CLOC 72 AWR\n {2}Roedd y person ifanc yn 18 oed neu'n hŷn /m);
  });

  it('lists a signpost under what to give the child, not among the referrals, and an action with its due time', () => {
    const json = JSON.parse(rhi('assess', 'test/scenarios/s02.json').stdout) as Assessment;
    assert.deepEqual(signpostsOf(json).map((signpost) => signpost.agency), ['runaway-helpline']);
    const { stdout } = rhi('explain', 'test/scenarios/s02.json');
    const referrals = stdout.slice(stdout.indexOf('\nREFERRALS ('), stdout.indexOf('\nGIVE THE CHILD ('));
    assert.ok(referrals.length > 0 && !referrals.includes('[runaway-helpline]'), 'the helpline is not among the referrals');
    assert.match(stdout, /^GIVE THE CHILD \(1\)\n {2}Runaway Helpline \[runaway-helpline\]\n {4}• \[referral\.runaway-helpline\] /m);

    // Not offered yet, with the offer required: the offer is an action, due when the offer is due.
    const s02 = scenario('s02.json') as { answers: { interview: Record<string, unknown> } };
    const notOffered = temporaryFile('not-offered.json', JSON.stringify({ ...s02.answers, interview: { outcome: 'not-offered' } }));
    const waiting = rhi('explain', notOffered, '--now', '2026-05-11T12:00:00Z');
    assert.match(waiting.stdout, /^ {2}Offer a return home interview \[offer-interview\]\n {4}Due by: Thursday, 14 May 2026 at 09:00 BST\n/m);
    const late = rhi('explain', notOffered, '--now', '2026-05-15T12:00:00Z');
    assert.match(late.stdout, /^ {4}Due by: Thursday, 14 May 2026 at 09:00 BST \(overdue\)$/m);
    const welsh = rhi('explain', notOffered, '--now', '2026-05-15T12:00:00Z', '--lang', 'cy');
    assert.match(welsh.stdout, /^ {4}Erbyn: .+ \(yn hwyr\)$/m);
    assert.match(welsh.stdout, /^I'W ROI I'R PLENTYN \(1\)$/m);
  });

  it('explains in Welsh with --lang cy, naming referrals and actions from the directories in Welsh', () => {
    const json = JSON.parse(rhi('assess', 'test/scenarios/s02.json', '--lang', 'cy').stdout) as Assessment;
    const explained = rhi('explain', 'test/scenarios/s02.json', '--lang', 'cy').stdout;
    for (const referral of referralsToMake(json)) assert.ok(explained.includes(`\n  ${referral.name} [${referral.agency}] — `), referral.agency);
    for (const action of json.actions) assert.ok(explained.includes(`\n  ${action.name} [${action.id}]\n`), action.id);
    assert.match(explained, /^ {2}Cynnal trafodaeth strategaeth \[strategy-discussion\]$/m);

    const { status, stdout } = rhi('explain', 'test/scenarios/s10.json', '--lang', 'cy');
    assert.equal(status, 0);
    for (const words of ['Asesiad cyfweliad dychwelyd adref', 'LEFEL RISG:', 'TRAFODAETH Â RHIANT/GOFALWR:', 'ATGYFEIRIADAU', 'CAMAU GWEITHREDU', 'Y CLOC 72 AWR', 'Cynnig yn hwyr:', 'Cyfweliad yn hwyr:']) {
      assert.ok(stdout.includes(words), words);
    }
    assert.doesNotMatch(stdout, /RISK LEVEL|REFERRALS|Overdue/);
    assert.match(stdout, /Aseswyd: Dydd \w+/);
  });

  it('says the assessment is provisional and what is still needed', () => {
    const answers = { child: { dateOfBirth: '2012-01-01' }, episode: { reportedMissingAt: '2026-03-01T20:00:00Z' } };
    const path = temporaryFile('draft.json', JSON.stringify(answers));
    const { status, stdout } = rhi('explain', path, '--now', '2026-03-02T10:00:00Z');
    assert.equal(status, 0);
    assert.match(stdout, /provisional — still needed: .*episode\.returnedAt/);
    assert.match(stdout, /Interview due by: not known until the return time/);
  });
});
