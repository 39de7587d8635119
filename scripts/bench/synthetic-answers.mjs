// Deterministic synthetic interview answers for benchmarks: never real data. Values are drawn
// from the interview schema's own lists, so every record is valid and varied.
import { answerFactCatalogue } from '../../packages/engine/dist/engine.js';

/** mulberry32: a tiny seeded generator, so two runs measure the same records. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const valuesOf = (path) => answerFactCatalogue[path]?.values ?? [];
const HOUR = 3_600_000;

export function* syntheticAnswers(count, seed = 1) {
  const random = seededRandom(seed);
  const pick = (path) => { const values = valuesOf(path); return values[Math.floor(random() * values.length)]; };
  const some = (path, chance) => valuesOf(path).filter(() => random() < chance);
  const yes = (chance) => random() < chance;
  for (let index = 0; index < count; index += 1) {
    const returnedAt = Date.UTC(2026, 0, 1) + Math.floor(random() * 300 * 24) * HOUR;
    const hoursAway = 1 + Math.floor(random() * 72);
    const previousEpisodes = Array.from({ length: Math.floor(random() * random() * 6) }, () => ({
      reportedMissingAt: new Date(returnedAt - (200 + Math.floor(random() * 4000)) * HOUR).toISOString(),
    }));
    yield {
      child: {
        dateOfBirth: `${2008 + Math.floor(random() * 12)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`,
        gender: pick('child.gender'),
        preferredLanguage: yes(0.1) ? 'cy' : 'en',
        ableToConsent: pick('child.ableToConsent'),
        educationStatus: pick('child.educationStatus'),
      },
      care: { status: pick('care.status'), placedOutOfArea: yes(0.15) },
      episode: {
        type: pick('episode.type'),
        reportedMissingAt: new Date(returnedAt - hoursAway * HOUR).toISOString(),
        returnedAt: new Date(returnedAt).toISOString(),
        policeRiskGrade: pick('episode.policeRiskGrade'),
        foundOutOfArea: yes(0.2),
        withWhom: some('episode.withWhom', 0.15),
        previousEpisodes,
      },
      interview: {
        offeredAt: new Date(returnedAt + Math.floor(random() * 96) * HOUR).toISOString(),
        outcome: yes(0.8) ? 'accepted' : pick('interview.outcome'),
        welshOffered: yes(0.5),
      },
      pushFactors: some('pushFactors', 0.08),
      indicators: some('indicators', yes(0.3) ? 0.08 : 0),
      duringEpisode: {
        usedDrugsOrAlcohol: yes(0.2),
        receivedMoneyGiftsOrPhone: yes(0.1),
        harmSuffered: some('duringEpisode.harmSuffered', 0.05),
        injuries: yes(0.05),
        arrestedOrCharged: yes(0.05),
      },
      disclosures: { harmByParentOrCarer: yes(0.05), sharingWithFamilyIncreasesRisk: yes(0.05), immediateDanger: yes(0.02) },
      afterReturn: { feelsSafeWhereLiving: pick('afterReturn.feelsSafeWhereLiving'), workerRiskView: pick('afterReturn.workerRiskView') },
    };
  }
}
