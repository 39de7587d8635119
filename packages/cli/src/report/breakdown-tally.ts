/**
 * The breakdowns inspectors ask for: episodes, interviews completed and interviews completed within
 * the window, by whether the child is looked after, whether they were missing or away from
 * placement, whether a looked-after child is placed out of area, and who held the interview. Each
 * group says what the record says; a record that does not say is in "not recorded", never guessed.
 */
import { percentOf } from './report-arithmetic.js';
import type { ReportAnswers } from './report-record.js';
import { breakdownDimensions, type BreakdownDimension, type BreakdownGroup, type ServiceReport } from './service-report.js';

export const NOT_RECORDED = 'not-recorded';

interface GroupTally {
  episodes: number;
  interviewsCompleted: number;
  completedWithinWindow: number;
}

/** The group a record falls in for a dimension, or undefined when the dimension does not apply to it. */
function groupOf(dimension: BreakdownDimension, answers: ReportAnswers, completed: boolean): string | undefined {
  const status = answers.care?.status;
  switch (dimension) {
    case 'lookedAfter':
      return status === undefined ? NOT_RECORDED : status === 'looked-after' ? 'looked-after' : 'not-looked-after';
    case 'episodeType':
      return answers.episode?.type ?? NOT_RECORDED;
    case 'placedOutOfArea': {
      // A placement is a looked-after child's: other children are not in this breakdown.
      if (status !== 'looked-after') return undefined;
      const out = answers.care?.placedOutOfArea;
      return out === undefined ? NOT_RECORDED : out ? 'yes' : 'no';
    }
    case 'interviewerRole':
      // Only interviews that were held have an interviewer.
      return completed ? (answers.interview?.interviewerRole ?? NOT_RECORDED) : undefined;
  }
}

/** The groups in the order a reader expects them: the schema's order, then any others, "not recorded" last. */
export const groupOrder: Record<BreakdownDimension, readonly string[]> = {
  lookedAfter: ['looked-after', 'not-looked-after'],
  episodeType: ['missing', 'away-from-placement'],
  placedOutOfArea: ['yes', 'no'],
  interviewerRole: ['independent-provider', 'council-team', 'social-worker', 'youth-worker', 'other'],
};

function rank(dimension: BreakdownDimension, id: string): number {
  if (id === NOT_RECORDED) return Number.MAX_SAFE_INTEGER;
  const index = groupOrder[dimension].indexOf(id);
  return index === -1 ? groupOrder[dimension].length : index;
}

export class BreakdownTally {
  private readonly groups = new Map<BreakdownDimension, Map<string, GroupTally>>(breakdownDimensions.map((dimension) => [dimension, new Map()]));

  /** Adds one record with its episodes (its own and earlier ones covered), and whether its interview was completed and in time. */
  add(answers: ReportAnswers, episodes: number, completed: boolean, withinWindow: boolean): void {
    for (const dimension of breakdownDimensions) {
      const id = groupOf(dimension, answers, completed);
      if (id === undefined) continue;
      const groups = this.groups.get(dimension)!;
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { episodes: 0, interviewsCompleted: 0, completedWithinWindow: 0 }));
      group.episodes += episodes;
      if (completed) group.interviewsCompleted += 1;
      if (withinWindow) group.completedWithinWindow += 1;
    }
  }

  figures(label: (dimension: BreakdownDimension, id: string) => string): NonNullable<ServiceReport['breakdowns']> {
    const figures = {} as Record<BreakdownDimension, BreakdownGroup[]>;
    for (const dimension of breakdownDimensions) {
      figures[dimension] = [...this.groups.get(dimension)!]
        .sort(([a], [b]) => rank(dimension, a) - rank(dimension, b) || (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, group]) => ({
          id,
          label: label(dimension, id),
          ...group,
          completedWithinWindowPercent: percentOf(group.completedWithinWindow, group.interviewsCompleted),
        }));
    }
    return figures;
  }
}
