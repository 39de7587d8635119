// The three guarantees every shipped ruleset must keep (contract §2), as properties over
// generated answers: fail safe, monotone, no silent drop.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fuzzRuns } from '../support/fuzz-settings.js';
import { answerFactCatalogue, createAssessor, riskLevels, validateAssessment } from '../../packages/engine/src/index.js';
import type { Assessment, ResolvedRuleset } from '../../packages/engine/src/types.js';
import { loadResolvedRuleset } from '../support/harness.js';

const now = '2026-06-15T12:00:00Z';
const rulesetIds = ['england', 'wales', 'example-locality'];
const runs = fuzzRuns(150);

function valuesOf(path: string): string[] {
  return (answerFactCatalogue[path]?.values ?? []) as string[];
}

const subsetOf = (path: string) => fc.subarray(valuesOf(path));
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const instantBetween = (from: string, to: string) =>
  fc.integer({ min: Date.parse(from), max: Date.parse(to) }).map((ms) => new Date(ms).toISOString().replace('.000Z', 'Z'));

/** Answers as an interviewer might leave them: any field may be missing, every value is a real one. */
const answersArbitrary = fc
  .record(
    {
      dateOfBirth: optional(fc.integer({ min: Date.UTC(2008, 6, 1), max: Date.UTC(2022, 0, 1) }).map((ms) => new Date(ms).toISOString().slice(0, 10))),
      ableToConsent: optional(fc.constantFrom(...valuesOf('child.ableToConsent'))),
      preferredLanguage: optional(fc.constantFrom(...valuesOf('child.preferredLanguage'))),
      educationStatus: optional(fc.constantFrom(...valuesOf('child.educationStatus'))),
      careStatus: optional(fc.constantFrom(...valuesOf('care.status'))),
      placedOutOfArea: optional(fc.boolean()),
      noParentalResponsibilityInUk: optional(fc.boolean()),
      reportedMissingAt: optional(instantBetween('2026-06-01T00:00:00Z', '2026-06-12T00:00:00Z')),
      hoursAway: fc.integer({ min: 1, max: 96 }),
      previousEpisodes: optional(fc.array(instantBetween('2026-01-01T00:00:00Z', '2026-05-30T00:00:00Z'), { maxLength: 5 })),
      withWhom: optional(subsetOf('episode.withWhom')),
      foundOutOfArea: optional(fc.boolean()),
      outcome: optional(fc.constantFrom(...valuesOf('interview.outcome'))),
      welshOffered: optional(fc.boolean()),
      pushFactors: optional(subsetOf('pushFactors')),
      indicators: optional(subsetOf('indicators')),
      harmSuffered: optional(subsetOf('duringEpisode.harmSuffered')),
      usedDrugsOrAlcohol: optional(fc.boolean()),
      receivedMoneyGiftsOrPhone: optional(fc.boolean()),
      arrestedOrCharged: optional(fc.boolean()),
      harmByParentOrCarer: optional(fc.boolean()),
      sharingWithFamilyIncreasesRisk: optional(fc.boolean()),
      immediateDanger: optional(fc.boolean()),
      workerRiskView: optional(fc.constantFrom(...valuesOf('afterReturn.workerRiskView'))),
    },
    { requiredKeys: ['hoursAway'] },
  )
  .map((a) => ({
    child: { dateOfBirth: a.dateOfBirth, ableToConsent: a.ableToConsent, preferredLanguage: a.preferredLanguage, educationStatus: a.educationStatus },
    care: { status: a.careStatus, placedOutOfArea: a.placedOutOfArea, noParentalResponsibilityInUk: a.noParentalResponsibilityInUk },
    episode: {
      reportedMissingAt: a.reportedMissingAt,
      returnedAt: a.reportedMissingAt ? new Date(Date.parse(a.reportedMissingAt) + a.hoursAway * 3_600_000).toISOString() : undefined,
      previousEpisodes: a.previousEpisodes?.map((reportedMissingAt) => ({ reportedMissingAt })),
      withWhom: a.withWhom,
      foundOutOfArea: a.foundOutOfArea,
    },
    interview: { outcome: a.outcome, welshOffered: a.welshOffered },
    pushFactors: a.pushFactors,
    indicators: a.indicators,
    duringEpisode: {
      harmSuffered: a.harmSuffered,
      usedDrugsOrAlcohol: a.usedDrugsOrAlcohol,
      receivedMoneyGiftsOrPhone: a.receivedMoneyGiftsOrPhone,
      arrestedOrCharged: a.arrestedOrCharged,
    },
    disclosures: {
      harmByParentOrCarer: a.harmByParentOrCarer,
      sharingWithFamilyIncreasesRisk: a.sharingWithFamilyIncreasesRisk,
      immediateDanger: a.immediateDanger,
    },
    afterReturn: { workerRiskView: a.workerRiskView },
  }))
  // Undefined fields are dropped, as JSON would drop them.
  .map((answers) => JSON.parse(JSON.stringify(answers)) as Record<string, Record<string, unknown>>);

/**
 * Dates put in an impossible order, as a mistyped date does: the return before the report (also
 * through a +14:00 offset), the interview or the offer before the return, a previous episode after
 * this one. `pointer` is the answer moved; `withoutIt` is the same answers with that answer left out.
 */
type Answers = Record<string, Record<string, unknown>>;
const HOUR = 3_600_000;
const chronologyMutations = {
  'return before the report': (answers: Answers, hours: number) => {
    const at = Date.parse(String(answers.episode.reportedMissingAt)) - hours * HOUR;
    answers.episode.returnedAt = new Date(at).toISOString();
    return '/episode/returnedAt';
  },
  'return before the report, written at +14:00': (answers: Answers, hours: number) => {
    const at = Date.parse(String(answers.episode.reportedMissingAt)) - hours * HOUR;
    // The same instant as the wall-clock time in Kiribati: the date part reads 14 hours later.
    answers.episode.returnedAt = new Date(at + 14 * HOUR).toISOString().replace(/\.\d{3}Z$/, '+14:00');
    return '/episode/returnedAt';
  },
  'interview before the return': (answers: Answers, hours: number) => {
    answers.interview.conductedAt = new Date(Date.parse(String(answers.episode.returnedAt)) - hours * HOUR).toISOString();
    return '/interview/conductedAt';
  },
  'offer before the return': (answers: Answers, hours: number) => {
    answers.interview.offeredAt = new Date(Date.parse(String(answers.episode.returnedAt)) - hours * HOUR).toISOString();
    return '/interview/offeredAt';
  },
  'previous episode after this one': (answers: Answers, hours: number) => {
    const episodes = (answers.episode.previousEpisodes as { reportedMissingAt: string }[] | undefined) ?? [];
    const after = new Date(Date.parse(String(answers.episode.reportedMissingAt)) + hours * HOUR).toISOString();
    answers.episode.previousEpisodes = [...episodes, { reportedMissingAt: after }];
    return `/episode/previousEpisodes/${episodes.length}/reportedMissingAt`;
  },
};
type MutationName = keyof typeof chronologyMutations;

/** Answers with a return time, and one of their dates moved into an impossible order. */
const mutatedAnswersArbitrary = fc
  .tuple(answersArbitrary, fc.constantFrom(...(Object.keys(chronologyMutations) as MutationName[])), fc.integer({ min: 1, max: 24 * 400 }))
  .filter(([answers]) => answers.episode?.returnedAt !== undefined)
  .map(([answers, name, hours]) => {
    const mutated = structuredClone(answers);
    const pointer = chronologyMutations[name](mutated, hours);
    const [, section, ...rest] = pointer.split('/');
    const withoutIt = structuredClone(mutated);
    if (section === 'episode' && rest[0] === 'previousEpisodes') (withoutIt.episode.previousEpisodes as unknown[]).pop();
    else delete withoutIt[section][rest[0]];
    return { answers: mutated, name, pointer, withoutIt };
  });

/** Generated answers, a quarter of them with dates in an impossible order. */
const answersWithChronologyArbitrary = fc.oneof(
  { arbitrary: answersArbitrary, weight: 3 },
  { arbitrary: mutatedAnswersArbitrary.map(({ answers }) => answers), weight: 1 },
);

/** One more concern: an indicator, a harm, or a disclosure. */
const concernArbitrary = fc.oneof(
  fc.constantFrom(...valuesOf('indicators')).map((value) => ({ kind: 'indicator' as const, value })),
  fc.constantFrom(...valuesOf('duringEpisode.harmSuffered')).map((value) => ({ kind: 'harm' as const, value })),
  fc.constantFrom('harmByParentOrCarer', 'sharingWithFamilyIncreasesRisk', 'immediateDanger').map((value) => ({ kind: 'disclosure' as const, value })),
);

function withConcern(answers: Record<string, Record<string, unknown>>, concern: fc.Arbitrary<unknown> extends never ? never : { kind: string; value: string }) {
  const copy = structuredClone(answers) as Record<string, unknown> & { duringEpisode: Record<string, unknown>; disclosures: Record<string, unknown> };
  if (concern.kind === 'indicator') copy.indicators = [...new Set([...((copy.indicators as string[]) ?? []), concern.value])];
  if (concern.kind === 'harm') copy.duringEpisode.harmSuffered = [...new Set([...((copy.duringEpisode.harmSuffered as string[]) ?? []), concern.value])];
  if (concern.kind === 'disclosure') copy.disclosures[concern.value] = true;
  return copy;
}

const rank = (assessment: Assessment) => riskLevels.indexOf(assessment.riskLevel);

for (const id of rulesetIds) {
  describe(`the ${id} ruleset keeps the guarantees`, async () => {
    const ruleset = await loadResolvedRuleset(id);
    const assessor = createAssessor(ruleset);
    const ruleIds = new Set(ruleset.rules.map((rule) => rule.id));

    it('monotone: adding an indicator, a harm or a disclosure never lowers the risk level', async () => {
      await fc.assert(
        fc.asyncProperty(answersWithChronologyArbitrary, concernArbitrary, async (answers, concern) => {
          const before = await assessor.assess(answers, { now });
          const after = await assessor.assess(withConcern(answers, concern), { now });
          assert.ok(rank(after) >= rank(before), `${before.riskLevel} became ${after.riskLevel} after adding ${concern.kind} ${concern.value}`);
        }),
        runs,
      );
    });

    it('impossible chronology: a date moved before the one it follows never gives a lower level than leaving it out, and is named', async () => {
      await fc.assert(
        fc.asyncProperty(mutatedAnswersArbitrary, async ({ answers, name, pointer, withoutIt }) => {
          const mutated = await assessor.assess(answers, { now });
          const leftOut = await assessor.assess(withoutIt, { now });
          assert.ok(rank(mutated) >= rank(leftOut), `${name}: ${mutated.riskLevel}, but ${leftOut.riskLevel} with ${pointer} left out`);
          assert.equal(mutated.provisional, true, `${name}: not provisional`);
          assert.ok(mutated.inconsistencies?.some((item) => item.pointers.includes(pointer)), `${name}: ${pointer} is not named`);
          assert.ok((mutated.rhi.hoursFromReturnToInterview ?? 0) >= 0, `${name}: a negative time to interview`);
          for (const reason of mutated.reasons) assert.doesNotMatch(reason.message, /-\d/, `${name}: a negative number in "${reason.message}"`);
          assert.deepEqual(validateAssessment(mutated), []);
        }),
        runs,
      );
    });

    it('no silent drop: every referral and action carries a reason naming a rule of the ruleset', async () => {
      await fc.assert(
        fc.asyncProperty(answersArbitrary, async (answers) => {
          const assessment = await assessor.assess(answers, { now });
          assert.deepEqual(validateAssessment(assessment), []);
          for (const item of [...assessment.referrals, ...assessment.actions]) {
            assert.ok(item.reasons.length > 0);
            for (const reason of item.reasons) assert.ok(ruleIds.has(reason.ruleId), `unknown rule ${reason.ruleId}`);
          }
          for (const reason of assessment.reasons) assert.ok(ruleIds.has(reason.ruleId) || reason.ruleId.startsWith('engine.'));
        }),
        runs,
      );
    });

    it('fail safe: a rule that throws never gives a lower level, and asks for manual review', async () => {
      const brokenRule = { ...ruleset.rules[0], id: 'test.broken', conditions: { all: [{ fact: 'child.gender', operator: 'in', value: null }] } };
      const broken: ResolvedRuleset = { ...ruleset, rules: [...ruleset.rules, brokenRule] };
      const brokenAssessor = createAssessor(broken);
      await fc.assert(
        fc.asyncProperty(answersWithChronologyArbitrary, async (answers) => {
          const sound = await assessor.assess(answers, { now });
          const failed = await brokenAssessor.assess(answers, { now });
          assert.equal(failed.failed, true);
          assert.ok(rank(failed) >= rank(sound));
          assert.ok(failed.actions.some((action) => action.id === 'manual-review'));
          const kept = failed.referrals.map((referral) => referral.agency);
          for (const referral of sound.referrals) assert.ok(kept.includes(referral.agency), `lost ${referral.agency}`);
        }),
        fuzzRuns(50),
      );
    });
  });
}
