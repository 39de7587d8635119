// `rhi synth`: synthetic records that are the same bytes for a seed, fit every schema, carry the
// real engine's assessments, and never hold anything that could be real.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { createAssessor, validateAnswers, validateAssessment, type Assessment } from '../../packages/engine/src/index.js';
import { assessmentMoment } from '../../packages/cli/src/report/assessment-moment.js';
import { loadResolvedRuleset } from '../support/harness.js';
import { repositoryRoot, runRhi } from './run-rhi.js';

const rhi = (...args: string[]) => runRhi(args);

interface SyntheticRecord {
  id: string;
  childId: string;
  answers: Record<string, any>;
  assessment?: Assessment;
  referrals?: Record<string, any>;
}

const folder = mkdtempSync(join(tmpdir(), 'rhi-synth-'));
after(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;

/** `rhi synth ARGS… --output FILE`, read back: records with assessments are too many bytes for a pipe's buffer. */
function synth(...args: string[]): { text: string; records: SyntheticRecord[] } {
  files += 1;
  const output = join(folder, `records-${files}.ndjson`);
  const { status, stderr } = rhi('synth', ...args, '--output', output);
  assert.equal(status, 0, stderr);
  const text = readFileSync(output, 'utf8');
  return { text, records: text.trim().split('\n').map((line) => JSON.parse(line)) };
}

const english = synth('--count', '200', '--seed', '42');

function referralValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(repositoryRoot, 'schemas/referral.schema.json'), 'utf8')));
}

/** Every string in a value, with its dotted path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  return [];
}

const FREE_TEXT = /(^|\.)(outcomeReason|notIndependentReason|childsWords|protectiveFactors|removalReason|addedReason|urgencyLoweredReason|notToldReason|noReferralsReason|summary)$/;

describe('rhi synth', () => {
  it('writes the same bytes for the same seed, and other records for another seed', () => {
    assert.equal(english.records.length, 200);
    assert.equal(synth('--count', '200', '--seed', '42').text, english.text);
    assert.notEqual(synth('--count', '200', '--seed', '43').text, english.text);
  });

  it('writes the same answers with or without assessments, and a prefix of the records for a smaller count', () => {
    const answersOnly = synth('--count', '200', '--seed', '42', '--no-assessments').records;
    assert.deepEqual(
      answersOnly.map(({ id, childId, answers }) => ({ id, childId, answers })),
      english.records.map(({ id, childId, answers }) => ({ id, childId, answers })),
    );
    assert.ok(answersOnly.every((record) => record.assessment === undefined && record.referrals === undefined));
    assert.equal(synth('--count', '50', '--seed', '42').text, english.text.split('\n').slice(0, 50).join('\n') + '\n');
  });

  it('writes records whose answers, assessments and referral packages all fit their schemas', () => {
    const validateReferralPackage = referralValidator();
    for (const record of english.records) {
      assert.deepEqual(validateAnswers(record.answers), [], record.id);
      assert.deepEqual(validateAssessment(record.assessment), [], record.id);
      if (record.referrals) assert.ok(validateReferralPackage(record.referrals), `${record.id}: ${JSON.stringify(validateReferralPackage.errors)}`);
    }
    const welsh = synth('--count', '60', '--seed', '5', '--ruleset', 'wales', '--lang', 'cy').records;
    for (const record of welsh) {
      assert.deepEqual(validateAnswers(record.answers), [], record.id);
      assert.equal(record.assessment?.lang, 'cy');
      if (record.referrals) assert.ok(validateReferralPackage(record.referrals), `${record.id}: ${JSON.stringify(validateReferralPackage.errors)}`);
    }
  });

  it('sends the Runaway Helpline nothing in any record: it is a signpost, with no summary, answers or sharing decision', () => {
    const packages = english.records.flatMap((record) => (record.referrals ? [record.referrals] : []));
    assert.ok(packages.length > 100);
    for (const pkg of packages) {
      const agencies = [...pkg.referrals, ...pkg.removed].map((referral: { agency: string }) => referral.agency);
      assert.ok(!agencies.includes('runaway-helpline'), JSON.stringify(agencies));
      assert.deepEqual(Object.keys(pkg.signposts[0]).sort(), ['agency', 'agencyName', 'contact', 'reasons']);
      assert.equal(pkg.signposts[0].agency, 'runaway-helpline');
    }
  });

  it("stores the real engine's assessment of each record, never a made-up one", async () => {
    const assessor = createAssessor(await loadResolvedRuleset('england'));
    for (const record of english.records) {
      const now = assessmentMoment(record.answers, 72)!;
      assert.deepEqual(record.assessment, JSON.parse(JSON.stringify(await assessor.assess(record.answers, { now, lang: 'en' }))), record.id);
      if (record.referrals) {
        const recommended = record.assessment!.referrals.filter((referral) => !referral.signpost).map((referral) => referral.agency).sort();
        const decided = [...record.referrals.referrals.filter((referral: any) => referral.recommended), ...record.referrals.removed].map((referral: any) => referral.agency).sort();
        assert.deepEqual(decided, recommended, `${record.id}: every recommendation is made or removed with a reason`);
      }
    }
  });

  it('holds no names and no free text but the fixed phrases marked synthetic', () => {
    for (const record of english.records) {
      assert.match(record.childId, /^synthetic-child-\d{7}$/);
      assert.match(record.id, /^synthetic-record-\d{7}$/);
      assert.equal(record.answers.interview?.interviewer, undefined);
      assert.equal(record.answers.signOff, undefined);
      for (const [path, value] of strings({ answers: record.answers, referrals: record.referrals })) {
        if (FREE_TEXT.test(path)) assert.match(value, /synthetic/i, `${record.id} ${path}`);
      }
    }
    const welsh = synth('--count', '40', '--seed', '5', '--lang', 'cy').records;
    const phrases = welsh.flatMap((record) => strings(record).filter(([path]) => FREE_TEXT.test(path)).map(([, value]) => value));
    assert.ok(phrases.length > 0 && phrases.every((value) => /synthetig/i.test(value)));
  });

  it('draws the documented mix: repeat children, outcomes, late offers, ages 10 to 17, outcome pairs', () => {
    const { records } = synth('--count', '1000', '--seed', '3', '--no-assessments');
    const share = (test: (record: SyntheticRecord) => boolean) => records.filter(test).length / records.length;
    const outcome = (name: string) => share((record) => record.answers.interview.outcome === name);
    assert.ok(Math.abs(outcome('accepted') - 0.57) < 0.05, `accepted ${outcome('accepted')}`);
    assert.ok(Math.abs(outcome('declined') - 0.17) < 0.04, `declined ${outcome('declined')}`);
    assert.ok(Math.abs(outcome('not-contactable') - 0.11) < 0.04, `not contactable ${outcome('not-contactable')}`);
    assert.ok(Math.abs(outcome('not-offered') - 0.15) < 0.04, `not offered ${outcome('not-offered')}`);
    const offers = records.filter((record) => record.answers.interview.offeredAt);
    const late = offers.filter((record) => Date.parse(record.answers.interview.offeredAt) - Date.parse(record.answers.episode.returnedAt) > 72 * 3_600_000);
    assert.ok(late.length > 0 && late.length / offers.length < 0.15, `late offers ${late.length} of ${offers.length}`);
    const episodesPerChild = new Map<string, number>();
    for (const record of records) episodesPerChild.set(record.childId, (episodesPerChild.get(record.childId) ?? 0) + 1);
    const counts = [...episodesPerChild.values()];
    assert.ok(counts.filter((count) => count === 1).length / counts.length > 0.5);
    assert.ok(counts.some((count) => count >= 3));
    for (const record of records) {
      const born = new Date(`${record.answers.child.dateOfBirth}T00:00:00Z`);
      const returned = new Date(record.answers.episode.returnedAt);
      const age = returned.getUTCFullYear() - born.getUTCFullYear() - (returned.getUTCMonth() * 100 + returned.getUTCDate() < born.getUTCMonth() * 100 + born.getUTCDate() ? 1 : 0);
      assert.ok(age >= 9 && age <= 17, `${record.id}: age ${age}`);
      const previous = record.answers.episode.previousEpisodes as { returnedAt: string }[];
      assert.ok(previous.every((earlier) => earlier.returnedAt <= record.answers.episode.returnedAt), 'previous episodes come before');
    }
    const paired = share((record) => record.answers.outcomes?.followUp !== undefined);
    assert.ok(paired > 0.15 && paired < 0.35, `outcome pairs ${paired}`);
  });

  // docs/synth.md: the published figures the draws follow, and the assessed risk levels they give.
  it('follows the published figures and gives a believable mix of assessed risk levels (docs/synth.md)', () => {
    const { records } = synth('--count', '10000', '--seed', '1');
    const share = (test: (record: SyntheticRecord) => boolean) => records.filter(test).length / records.length;
    const within = (name: string, value: number, [low, high]: [number, number]) =>
      assert.ok(value >= low && value <= high, `${name}: ${(value * 100).toFixed(1)}%, documented ${low * 100}–${high * 100}%`);
    const level = (name: string) => share((record) => record.assessment?.riskLevel === name);
    within('no apparent risk', level('no-apparent-risk'), [0.015, 0.08]);
    within('low', level('low'), [0.08, 0.25]);
    within('medium', level('medium'), [0.45, 0.7]);
    within('high', level('high'), [0.12, 0.3]);
    // NCA 2018/19: 2.8 episodes a child, looked-after children 36% of them.
    const children = new Set(records.map((record) => record.childId)).size;
    const episodesEach = records.length / children;
    assert.ok(episodesEach >= 2.2 && episodesEach <= 3.4, `episodes per child ${episodesEach.toFixed(2)}`);
    within('episodes of looked-after children', share((record) => record.answers.care.status === 'looked-after'), [0.3, 0.42]);
    // Missing People 2023–24: 63% of interviews completed within 72 hours of the return.
    const held = records.filter((record) => record.answers.interview.conductedAt);
    const onTime = held.filter((record) => Date.parse(record.answers.interview.conductedAt) - Date.parse(record.answers.episode.returnedAt) <= 72 * 3_600_000);
    within('interviews completed within 72 hours', onTime.length / held.length, [0.56, 0.7]);
    // NCA 2018/19: 9% of children's missing incidents flagged for sexual exploitation (half as often known without an interview).
    within('sexual exploitation', share((record) => (record.answers.indicators ?? []).includes('sexual-exploitation')), [0.055, 0.1]);
  });

  it('spreads returns over the days asked for, from the date asked for', () => {
    const { records } = synth('--count', '150', '--seed', '9', '--from', '2026-01-01', '--days', '31', '--no-assessments');
    for (const record of records) {
      const returned = record.answers.episode.returnedAt as string;
      assert.ok(returned >= '2026-01-01' && returned < '2026-02-01', `${record.id} ${returned}`);
    }
  });

  it('writes to stdout without --output', () => {
    const { status, stdout } = rhi('synth', '--count', '20', '--seed', '42', '--no-assessments');
    assert.equal(status, 0);
    assert.deepEqual(
      stdout.trim().split('\n').map((line) => JSON.parse(line).answers),
      english.records.slice(0, 20).map((record) => record.answers),
    );
  });

  it('writes to --output and gives a report with every record read', () => {
    const output = join(folder, 'written.ndjson');
    const written = rhi('synth', '--count', '200', '--seed', '42', '--output', output);
    assert.equal(written.status, 0);
    assert.equal(written.stdout, '');
    assert.equal(written.stderr, `rhi synth: 200 synthetic records written to ${output}\n`);
    assert.equal(readFileSync(output, 'utf8'), english.text);
    const report = JSON.parse(rhi('report', output, '--format', 'json', '--strict').stdout);
    assert.deepEqual(report.records, { read: 200, inPeriod: 200, unreadable: 0, withoutChildId: 0, withoutReturnedAt: 0 });
    assert.deepEqual(report.assessments, { stored: 200, assessedNow: 0, notAssessed: 0 });
    assert.equal(report.episodes.children, new Set(english.records.map((record) => record.childId)).size);
  });

  it('refuses bad arguments with one clear line and exit 2', () => {
    const refusals: [string[], string][] = [
      [[], "rhi synth: give --count N, how many records to write — see 'rhi synth --help'\n"],
      [['--count', '0'], "rhi synth: --count must be a whole number from 1 to 100000000, not '0'\n"],
      [['--count', 'ten'], "rhi synth: --count must be a whole number from 1 to 100000000, not 'ten'\n"],
      [['--count', '5', '--seed', '1.5'], "rhi synth: --seed must be a whole number from 0 to 4294967295, not '1.5'\n"],
      [['--count', '5', '--days', '0'], "rhi synth: --days must be a whole number from 1 to 3660, not '0'\n"],
      [['--count', '5', '--from', '2025-02-30'], "rhi synth: --from must be a date written YYYY-MM-DD, such as 2025-04-01, not '2025-02-30'\n"],
      [['--count', '5', '--assessments', '--no-assessments'], 'rhi synth: give --assessments or --no-assessments, not both\n'],
      [['--count', '5', 'records.ndjson'], "rhi synth: unexpected argument 'records.ndjson' — see 'rhi synth --help'\n"],
      [['--count', '0', '--lang', 'cy'], "rhi synth: rhaid i --count fod yn rhif cyfan o 1 i 100000000, nid '0'\n"],
    ];
    for (const [args, message] of refusals) {
      const { status, stdout, stderr } = rhi('synth', ...args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stderr, message);
      assert.equal(stdout, '');
    }
    const unknownRuleset = rhi('synth', '--count', '5', '--ruleset', 'atlantis');
    assert.equal(unknownRuleset.status, 1);
    assert.doesNotMatch(unknownRuleset.stderr, /\n\s+at /);
  });
});
