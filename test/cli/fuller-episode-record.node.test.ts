// Issue 15, point 2: the fields of the fuller episode record (schemas/interview.schema.json) can be
// read by rules, are checked by `rhi validate` like any other answer, and go through `rhi batch`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateAssessment } from '../../packages/engine/src/index.js';
import { repositoryRoot, runRhi } from './run-rhi.js';

const fixture = JSON.parse(readFileSync(join(repositoryRoot, 'test/fixtures/fuller-record/every-new-field.json'), 'utf8'));

const words = (en: string, cy: string) => ({ en, cy });

/** A rule whose only condition is `condition`, raising the level to medium. */
function ruleOn(id: string, condition: Record<string, unknown>) {
  return {
    id: `local.${id}`,
    description: words(`Test rule reading ${String(condition.fact)}.`, `Rheol brawf sy'n darllen ${String(condition.fact)}.`),
    message: words(`The record has ${String(condition.fact)}.`, `Mae gan y cofnod ${String(condition.fact)}.`),
    conditions: { all: [condition] },
    outcome: { riskLevel: 'medium' },
  };
}

const newFieldRules = [
  ruleOn('pull-factors', { fact: 'pullFactors', operator: 'containsAny', value: ['offered-money-food-or-shelter', 'drugs-or-alcohol'] }),
  ruleOn('interviewer-role', { fact: 'interview.interviewerRole', operator: 'equal', value: 'independent-provider' }),
  ruleOn('responsible-authority', { fact: 'care.responsibleAuthority', operator: 'in', value: ['202', '873'] }),
  ruleOn('host-authority', { fact: 'care.hostAuthority', operator: 'notEqual', value: { fact: 'care.responsibleAuthority' } }),
  ruleOn('previous-episodes', { fact: 'episode.previousEpisodes', operator: 'isAnswered', value: true }),
  ruleOn('last-seen', { fact: 'episode.lastSeenAt', operator: 'isAnswered', value: true }),
  ruleOn('places', { fact: 'places', operator: 'isAnswered', value: true }),
  ruleOn('associates', { fact: 'associates', operator: 'isAnswered', value: true }),
  ruleOn('contact-attempts', { fact: 'interview.contactAttempts', operator: 'isAnswered', value: true }),
  ruleOn('seen-alone', { fact: 'interview.seenAlone', operator: 'equal', value: false }),
  ruleOn('method', { fact: 'interview.method', operator: 'in', value: ['phone', 'video'] }),
  ruleOn('setting', { fact: 'interview.setting', operator: 'equal', value: 'police-station' }),
  ruleOn('delay-reason', { fact: 'interview.delayReason', operator: 'equal', value: 'no-interviewer-available' }),
  ruleOn('support', { fact: 'afterReturn.supportTakenUp', operator: 'equal', value: 'no' }),
  ruleOn('support-offered', { fact: 'afterReturn.supportOffered', operator: 'equal', value: false }),
];

/** A private copy of the repository's rules with a ruleset `fuller-record` (extending england) holding `rules`. */
function rulesWith(rules: unknown[], sharedAnswers: string[] = []): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'rhi-fuller-record-')), 'rules');
  cpSync(join(repositoryRoot, 'rules'), folder, { recursive: true });
  mkdirSync(join(folder, 'fuller-record'));
  writeFileSync(
    join(folder, 'fuller-record', 'ruleset.json'),
    `${JSON.stringify(
      {
        id: 'fuller-record',
        version: '2026.1',
        extends: 'england',
        title: words('Fuller record test', 'Prawf cofnod llawnach'),
        description: words('Rules on the fields of the fuller episode record.', "Rheolau ar feysydd y cofnod llawnach o'r cyfnod."),
        ...(sharedAnswers.length > 0 ? { sharedAnswers } : {}),
        rules,
      },
      null,
      2,
    )}\n`,
  );
  return folder;
}

function writeRecords(lines: unknown[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'rhi-fuller-batch-')), 'records.ndjson');
  writeFileSync(path, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
  return path;
}

describe('the fuller episode record', () => {
  it('lets rules read every new field: rhi validate accepts them', () => {
    const { status, stdout } = runRhi(['validate', rulesWith(newFieldRules)]);
    assert.equal(status, 0, stdout);
    assert.match(stdout, /\bfuller-record \(\d+ rules\)/);
  });

  it('lets a ruleset share every new field with each referral: rhi validate accepts them', () => {
    const shared = ['care.responsibleAuthority', 'care.hostAuthority', 'episode.lastSeenAt', 'pullFactors', 'pullFactorsOther', 'places', 'associates', 'interview.contactAttempts', 'interview.interviewerRole', 'interview.method', 'interview.setting', 'interview.seenAlone', 'interview.delayReason', 'interview.delayDetail', 'afterReturn.supportOffered', 'afterReturn.supportTakenUp'];
    const { status, stdout } = runRhi(['validate', rulesWith([], shared)]);
    assert.equal(status, 0, stdout);
    const typo = runRhi(['validate', rulesWith([], ['care.hostAuthorities'])]);
    assert.equal(typo.status, 1);
    assert.match(typo.stdout, /care\.hostAuthorities[\s\S]*care\.hostAuthority/);
  });

  it('checks the values a rule names against the new fields’ choices', () => {
    const rules = rulesWith([
      ruleOn('pull-typo', { fact: 'pullFactors', operator: 'containsAny', value: ['partys'] }),
      ruleOn('authority-unknown', { fact: 'care.responsibleAuthority', operator: 'equal', value: '999' }),
      ruleOn('role-typo', { fact: 'interview.interviewerRole', operator: 'equal', value: 'social-workers' }),
    ]);
    const { status, stdout } = runRhi(['validate', rules]);
    assert.equal(status, 1);
    assert.match(stdout, /partys.*pullFactors/);
    assert.match(stdout, /999.*care\.responsibleAuthority/);
    assert.match(stdout, /social-workers.*interview\.interviewerRole[\s\S]*social-worker/);
  });

  it('assesses a record using every new field with rules that read them (rhi batch)', () => {
    const records = writeRecords([{ id: 'every-new-field', answers: fixture.answers, now: fixture.now }]);
    const { status, stdout, stderr } = runRhi(['batch', records, '--ruleset', 'fuller-record', '--rules-dir', rulesWith(newFieldRules)]);
    assert.equal(status, 0, stderr);
    const [result] = stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.equal(result.id, 'every-new-field');
    assert.deepEqual(validateAssessment(result.assessment), []);
    const fired = new Set((result.assessment.reasons as { ruleId: string }[]).map((reason) => reason.ruleId));
    for (const id of ['pull-factors', 'interviewer-role', 'responsible-authority', 'host-authority', 'previous-episodes', 'last-seen', 'places', 'associates', 'contact-attempts']) {
      assert.ok(fired.has(`local.${id}`), `local.${id} should have fired; fired: ${[...fired].join(', ')}`);
    }
    for (const id of ['seen-alone', 'method', 'setting', 'delay-reason', 'support', 'support-offered']) {
      assert.ok(!fired.has(`local.${id}`), `local.${id} should not have fired`);
    }
    assert.equal(stderr, '1 assessed, 0 rejected\n');
  });

  it('rejects a record whose new fields break the schema, naming each field (rhi batch)', () => {
    const broken = structuredClone(fixture.answers);
    broken.care.responsibleAuthority = '999';
    broken.places[0].placeType = 'a-flat';
    broken.episode.previousEpisodes[0].coveredByThisInterview = 'yes';
    const records = writeRecords([broken, fixture.answers]);
    const { status, stdout } = runRhi(['batch', records, '--now', fixture.now]);
    assert.equal(status, 1);
    const [first, second] = stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.match(first.error, /care\.responsibleAuthority/);
    assert.match(first.error, /places\[0\]\.placeType/);
    assert.match(first.error, /episode\.previousEpisodes\[0\]\.coveredByThisInterview/);
    assert.ok('assessment' in second, JSON.stringify(second));
  });
});
