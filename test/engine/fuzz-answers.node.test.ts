// Garbage in, clear answer out: any JSON value given as interview answers is either refused with
// problems that name the file, the place and what is wrong, or assessed without the engine
// throwing — and the `rhi assess` command never shows a stack trace for a bad answers file.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { fuzzRuns } from '../support/fuzz-settings.js';
import { createAssessor, isAnswersSchemaError, validateAnswers, validateAssessment } from '../../packages/engine/src/index.js';
import { runRhi } from '../cli/run-rhi.js';
import { loadResolvedRuleset } from '../support/harness.js';

const now = '2026-06-15T12:00:00Z';
const england = await loadResolvedRuleset('england');
const assessor = createAssessor(england);
const emptyAssessment = await assessor.assess({}, { now });

const awkwardStrings = fc.constantFrom(
  'NaN', 'Infinity', '-Infinity', '1e309', '', ' ', 'null', 'undefined', 'true', '__proto__', 'constructor',
  '2026-02-30', '2026-02-30T10:00:00Z', '2026-13-01T00:00:00Z', '2026-03-01T10:00:00', '2026-03-01 10:00',
  '2026-03-29T01:30:00', '0000-00-00', '9999-12-31T23:59:59Z', '2026-03-01T25:00:00Z', '\u0000', '\uD800', '💥',
);
const hugeString = fc.integer({ min: 10_000, max: 200_000 }).map((length) => 'x'.repeat(length));
const deeplyNested = fc.integer({ min: 50, max: 1_000 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? { child: value } : [value];
  return value;
});
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  awkwardStrings,
  hugeString,
  deeplyNested,
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(null, true, false, 0, -1, 1e308, Number.MAX_SAFE_INTEGER, [], {}, [[]], [{}]),
);

/** The interview answers' own field names, with values of the wrong kind (or arrays for objects). */
const sections: Record<string, string[]> = {
  child: ['dateOfBirth', 'gender', 'ableToConsent', 'preferredLanguage', 'educationStatus'],
  care: ['status', 'placementType', 'placedOutOfArea', 'noParentalResponsibilityInUk'],
  episode: ['type', 'reportedMissingAt', 'returnedAt', 'withWhom', 'previousEpisodes', 'foundOutOfArea'],
  interview: ['offeredAt', 'outcome', 'conductedAt', 'welshOffered'],
  duringEpisode: ['harmSuffered', 'usedDrugsOrAlcohol', 'receivedMoneyGiftsOrPhone'],
  disclosures: ['harmByParentOrCarer', 'sharingWithFamilyIncreasesRisk', 'immediateDanger'],
  afterReturn: ['workerRiskView', 'childsWords'],
};
const topLevelLists = ['pushFactors', 'indicators'];

const nearMiss: fc.Arbitrary<unknown> = fc.oneof(
  fc.dictionary(
    fc.constantFrom(...Object.keys(sections), ...topLevelLists),
    fc.oneof(wrongValue, fc.array(wrongValue, { maxLength: 3 })),
    { maxKeys: 4 },
  ),
  fc
    .constantFrom(...Object.entries(sections).flatMap(([section, fields]) => fields.map((field) => [section, field] as const)))
    .chain(([section, field]) => wrongValue.map((value) => ({ [section]: { [field]: value } }))),
  fc.array(fc.constantFrom(...Object.keys(sections)).map((section) => ({ [section]: {} })), { maxLength: 3 }),
);

const anyAnswers = fc.oneof(fc.anything(), nearMiss, wrongValue);

describe('answers of any shape', () => {
  it('validateAnswers never throws and every problem names the file, a JSON pointer and what is wrong', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const problems = validateAnswers(answers, 'fuzzed.json');
        assert.ok(Array.isArray(problems));
        for (const problem of problems) {
          assert.equal(problem.file, 'fuzzed.json');
          assert.equal(typeof problem.pointer, 'string');
          assert.ok(problem.pointer === '' || problem.pointer.startsWith('/'), `not a JSON pointer: ${problem.pointer}`);
          assert.equal(typeof problem.message, 'string');
          assert.ok(problem.message.trim().length > 0, 'an empty message');
        }
      }),
      fuzzRuns(400),
    );
  });

  it('refuses every value that is not an object with one problem at the top of the file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), wrongValue).filter((value) => typeof value !== 'object' || value === null || Array.isArray(value)), (answers) => {
        const problems = validateAnswers(answers, 'fuzzed.json');
        assert.deepEqual(problems.map((problem) => problem.pointer), ['']);
        assert.match(problems[0].message, /object/);
      }),
      fuzzRuns(100),
    );
  });

  it('refuses a field of the wrong kind, pointing at that field', () => {
    const cases: [unknown, string][] = [
      [{ episode: { returnedAt: '2026-02-30T10:00:00Z' } }, '/episode/returnedAt'],
      [{ episode: { returnedAt: '2026-03-01T10:00:00' } }, '/episode/returnedAt'],
      [{ child: { dateOfBirth: '2012-02-30' } }, '/child/dateOfBirth'],
      [{ child: [] }, '/child'],
      [{ indicators: 'sexual-exploitation' }, '/indicators'],
      [{ disclosures: { immediateDanger: 'true' } }, '/disclosures/immediateDanger'],
    ];
    for (const [answers, pointer] of cases) {
      const pointers = validateAnswers(answers).map((problem) => problem.pointer);
      assert.ok(pointers.includes(pointer), `${JSON.stringify(answers)}: expected a problem at ${pointer}, got ${JSON.stringify(pointers)}`);
    }
  });

  it('assess refuses answers the schema refuses, naming the same fields, and assesses every other value into a valid assessment', async () => {
    await fc.assert(
      fc.asyncProperty(anyAnswers, async (answers) => {
        const expected = validateAnswers(answers).map((problem) => problem.pointer);
        let assessment;
        try {
          assessment = await assessor.assess(answers, { now });
        } catch (error) {
          assert.ok(isAnswersSchemaError(error), `assess threw something else: ${String(error)}`);
          assert.ok(expected.length > 0, 'refused answers the schema accepts');
          assert.deepEqual(error.problems.map((problem) => problem.pointer), expected);
          return;
        }
        assert.deepEqual(expected, [], 'assessed answers the schema refuses');
        assert.deepEqual(validateAssessment(assessment), []);
        assert.equal(assessment.rulesetId, 'england');
        // Without a usable return time the 72-hour clock cannot start, so the result is only provisional.
        if (assessment.rhi.offerDueBy === undefined) assert.equal(assessment.provisional, true);
        // Bad data never makes an interview look on time: only a real held time, after the return, by the due time and not after now.
        if (assessment.rhi.interviewWithinWindow === true) {
          const record = answers as { episode?: { returnedAt?: string }; interview?: { conductedAt?: string } };
          const heldAt = Date.parse(record.interview?.conductedAt ?? '');
          assert.ok(heldAt >= Date.parse(record.episode?.returnedAt ?? '') && heldAt <= Date.parse(assessment.rhi.interviewDueBy ?? '') && heldAt <= Date.parse(now), 'an impossible interview time read as on time');
        }
      }),
      fuzzRuns(300),
    );
  });

  it('refuses a value that is not an object, with one problem at the top of the answers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), wrongValue).filter((value) => typeof value !== 'object' || value === null || Array.isArray(value)), async (answers) => {
        await assert.rejects(assessor.assess(answers, { now }), (error) => isAnswersSchemaError(error) && error.problems.length === 1 && error.problems[0].pointer === '');
      }),
      fuzzRuns(100),
    );
    assert.equal(emptyAssessment.provisional, true);
    assert.ok(emptyAssessment.missing.includes('episode.returnedAt'));
  });
});

describe('dates in any order, written at any offset', () => {
  const offsets = fc.constantFrom('Z', '+01:00', '-05:00', '+14:00', '-12:00', '+05:45');
  const instant = fc
    .tuple(fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2026-06-14T00:00:00Z') }), offsets)
    .map(([ms, offset]) => {
      if (offset === 'Z') return new Date(ms).toISOString().replace('.000Z', 'Z');
      const minutes = (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
      return `${new Date(ms + minutes * 60_000).toISOString().slice(0, 19)}${offset}`;
    });
  const optionalInstant = fc.option(instant, { nil: undefined });

  it('never works out a negative duration, and names every pair in an impossible order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ reportedMissingAt: optionalInstant, returnedAt: optionalInstant, conductedAt: optionalInstant, offeredAt: optionalInstant, previous: fc.array(instant, { maxLength: 3 }) }),
        async ({ reportedMissingAt, returnedAt, conductedAt, offeredAt, previous }) => {
          const answers = JSON.parse(JSON.stringify({
            child: { dateOfBirth: '2010-05-01' },
            episode: { reportedMissingAt, returnedAt, previousEpisodes: previous.map((began) => ({ reportedMissingAt: began })) },
            interview: { conductedAt, offeredAt },
            afterReturn: { workerRiskView: 'no-apparent-risk' },
          }));
          const assessment = await assessor.assess(answers, { now });
          const at = (text: string | undefined) => (text === undefined ? undefined : Date.parse(text));
          const inverted = (earlier: string | undefined, later: string | undefined) => at(earlier) !== undefined && at(later) !== undefined && at(later)! < at(earlier)!;
          const expected = [
            inverted(reportedMissingAt, returnedAt),
            inverted(returnedAt, conductedAt),
            inverted(returnedAt, offeredAt),
            ...previous.map((began) => inverted(began, reportedMissingAt)),
          ].filter(Boolean).length;
          assert.equal(assessment.inconsistencies?.length ?? 0, expected, JSON.stringify(assessment.inconsistencies));
          if (expected > 0) assert.equal(assessment.provisional, true);
          assert.ok((assessment.rhi.hoursFromReturnToInterview ?? 0) >= 0);
          for (const reason of assessment.reasons) assert.doesNotMatch(reason.message, /-\d/);
          // No reading of a return before the report can show the episode was short.
          if (inverted(reportedMissingAt, returnedAt)) assert.notEqual(assessment.riskLevel, 'no-apparent-risk', 'a return before the report gave no apparent risk');
          assert.deepEqual(validateAssessment(assessment), []);
        },
      ),
      fuzzRuns(300),
    );
  });
});

describe('rhi assess with a file of random text', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rhi-fuzz-answers-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

  const notJson = fc.oneof(
    fc.string({ maxLength: 200 }).filter((text) => !isJson(text)),
    fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes) => Buffer.from(bytes)).filter((bytes) => !isJson(bytes.toString('utf8'))),
    fc.constantFrom('{', '{"child": {', '[1, 2', '{"a": NaN}', '{"a": Infinity}', "{'child': {}}", '\uFEFF{', '{"child": {}} trailing'),
  );
  const refusedJson = anyAnswers.filter((value) => value !== undefined && validateAnswers(value).length > 0).map((value) => JSON.stringify(value)).filter((text) => text !== undefined && text.length < 300_000);

  function isJson(text: string): boolean {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  }

  it('exits with an error naming the file, and no stack trace, for text that is not JSON or not answers', () => {
    let count = 0;
    fc.assert(
      fc.property(fc.oneof(notJson, refusedJson), (text) => {
        count += 1;
        const file = join(folder, `answers-${count}.json`);
        writeFileSync(file, text);
        const { status, stdout, stderr } = runRhi(['assess', file, '--now', now]);
        assert.ok(status !== 0 && status !== null, `exit ${status} for ${JSON.stringify(String(text).slice(0, 80))}`);
        assert.equal(stdout, '');
        assert.ok(stderr.includes(file), `the message does not name the file: ${stderr}`);
        assert.doesNotMatch(stderr, stackTrace);
      }),
      fuzzRuns(30),
    );
  });
});
