/**
 * Which kind of child a synthetic child is (one-off, concerned, or neither) and what that changes
 * in their draws, so that a child's answers go together the way they do in services: see
 * `oneOffChildren` and `concern` in synth-distributions.ts.
 */
import * as figures from './synth-distributions.js';
import type { SeededRandom } from './seeded-random.js';

type Weights = readonly (readonly [string, number])[];

export interface ChildProfile {
  kind: 'one-off' | 'concerned' | 'other';
  /** How many times as likely each indicator and harm is, against the shares across all episodes. */
  harmFactor: number;
  /** How many times as likely each push factor is. */
  pushFactor: number;
  episodeBands: Weights;
  hoursMissing: Weights;
  returnHourOfDay: Weights;
}

/** Care statuses a one-off child can have: not known to children's services, or early help. */
const settledStatuses = figures.careStatuses.filter(([status]) => status === 'none' || status === 'early-help');
const settledShare = settledStatuses.reduce((sum, [, weight]) => sum + weight, 0) / figures.careStatuses.reduce((sum, [, weight]) => sum + weight, 0);

/** The average of bands written "min-max" (a draw is uniform within its band, then rounded). */
function meanOf(bands: Weights): number {
  const total = bands.reduce((sum, [, weight]) => sum + weight, 0);
  return bands.reduce((sum, [band, weight]) => {
    const [min, max] = band.split('-').map(Number);
    return sum + ((min! + max!) / 2) * weight;
  }, 0) / total;
}

/**
 * The rest's harm factor, so that the shares across all episodes (not children: a child with more
 * episodes counts more) stay the published ones: one-off children have few episodes, the others
 * (some of them in care) many.
 */
const inCareShareOfOthers = figures.careStatuses.find(([status]) => status === 'looked-after')![1] / 100 / (1 - figures.oneOffChildren.share);
const oneOffEpisodes = figures.oneOffChildren.share * meanOf(figures.oneOffEpisodes);
const othersEpisodesEach = inCareShareOfOthers * meanOf(figures.episodesPerLookedAfterChild) + (1 - inCareShareOfOthers) * meanOf(figures.episodesPerChild);
const otherShare = 1 - figures.oneOffChildren.share - figures.concern.share;
const allEpisodes = oneOffEpisodes + (1 - figures.oneOffChildren.share) * othersEpisodesEach;
export const otherHarmFactor =
  (allEpisodes - oneOffEpisodes * figures.oneOffChildren.indicatorFactor - figures.concern.share * othersEpisodesEach * figures.concern.factor) / (otherShare * othersEpisodesEach);

/** The profile of a child with this care status (drawn first, so the care status shares stay the published ones). */
export function childProfile(random: SeededRandom, careStatus: string): ChildProfile {
  const settled = careStatus === 'none' || careStatus === 'early-help';
  const inCare = careStatus === 'looked-after';
  const usual = { episodeBands: inCare ? figures.episodesPerLookedAfterChild : figures.episodesPerChild, hoursMissing: figures.hoursMissing, returnHourOfDay: figures.returnHourOfDay };
  if (settled && random.chance(figures.oneOffChildren.share / settledShare)) {
    return {
      kind: 'one-off',
      harmFactor: figures.oneOffChildren.indicatorFactor,
      pushFactor: figures.oneOffChildren.pushFactor,
      episodeBands: figures.oneOffEpisodes,
      hoursMissing: figures.oneOffHoursMissing,
      returnHourOfDay: figures.oneOffReturnHourOfDay,
    };
  }
  // Among the children who are not one-off, the share that makes `concern.share` of all children.
  if (random.chance(figures.concern.share / (1 - figures.oneOffChildren.share))) {
    return { kind: 'concerned', harmFactor: figures.concern.factor, pushFactor: 1, ...usual };
  }
  return { kind: 'other', harmFactor: otherHarmFactor, pushFactor: 1, ...usual };
}
