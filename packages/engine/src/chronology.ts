/**
 * Dates that cannot all be true: a return before the child was reported missing, an interview or
 * an offer before the return, a previous episode that began after this one (or ended before it
 * began). One of the two answers is mistyped, and nobody can tell which, so no duration is ever
 * worked out from such a pair (a negative "hours missing" once made a child 'no apparent risk').
 * Pure and small: the form imports it (through form-support) to mark the later field.
 */
import { parseInstant } from './local-time.js';

export type ChronologyKind =
  | 'returned-before-reported-missing'
  | 'interview-before-return'
  | 'offer-before-return'
  | 'previous-episode-after-this-one'
  | 'previous-episode-returned-before-missing';

/** Two answers in the wrong order. */
export interface ChronologyProblem {
  kind: ChronologyKind;
  /** JSON pointer of the answer a form marks: the one that should be the later of the two (or, for an earlier episode, that episode's date). */
  pointer: string;
  /** JSON pointer of the answer it contradicts. */
  otherPointer: string;
}

type Facts = Record<string, unknown>;

interface PreviousEpisode {
  reportedMissingAt?: unknown;
  returnedAt?: unknown;
}

function previousEpisodesOf(facts: Facts): PreviousEpisode[] {
  const previous = facts['episode.previousEpisodes'];
  if (!Array.isArray(previous)) return [];
  return previous.map((episode) => (typeof episode === 'object' && episode !== null ? (episode as PreviousEpisode) : {}));
}

/**
 * Every pair of answers (flattened to dotted facts, as the engine holds them) that are in an
 * impossible order. Equal instants are allowed: a zero duration is not a negative one.
 */
export function chronologyProblems(facts: Facts): ChronologyProblem[] {
  const problems: ChronologyProblem[] = [];
  const reportedMissingAt = parseInstant(facts['episode.reportedMissingAt']);
  const returnedAt = parseInstant(facts['episode.returnedAt']);
  const before = (earlier: number | undefined, later: number | undefined) => earlier !== undefined && later !== undefined && later < earlier;

  if (before(reportedMissingAt, returnedAt)) {
    problems.push({ kind: 'returned-before-reported-missing', pointer: '/episode/returnedAt', otherPointer: '/episode/reportedMissingAt' });
  }
  if (before(returnedAt, parseInstant(facts['interview.conductedAt']))) {
    problems.push({ kind: 'interview-before-return', pointer: '/interview/conductedAt', otherPointer: '/episode/returnedAt' });
  }
  if (before(returnedAt, parseInstant(facts['interview.offeredAt']))) {
    problems.push({ kind: 'offer-before-return', pointer: '/interview/offeredAt', otherPointer: '/episode/returnedAt' });
  }
  previousEpisodesOf(facts).forEach((episode, index) => {
    const at = `/episode/previousEpisodes/${index}`;
    const began = parseInstant(episode.reportedMissingAt);
    const ended = parseInstant(episode.returnedAt);
    if (before(began, ended)) {
      problems.push({ kind: 'previous-episode-returned-before-missing', pointer: `${at}/returnedAt`, otherPointer: `${at}/reportedMissingAt` });
    }
    // An earlier episode must have begun (and ended) before this one began.
    if (before(began, reportedMissingAt) || before(ended, reportedMissingAt)) {
      const pointer = before(began, reportedMissingAt) ? `${at}/reportedMissingAt` : `${at}/returnedAt`;
      problems.push({ kind: 'previous-episode-after-this-one', pointer, otherPointer: '/episode/reportedMissingAt' });
    }
  });
  return problems;
}

const DATE_PATHS = ['episode.reportedMissingAt', 'episode.returnedAt', 'episode.previousEpisodes', 'interview.conductedAt', 'interview.offeredAt'];

/** The same check on nested answers (as a form holds them), for a form that marks the later field. */
export function chronologyProblemsInAnswers(answers: unknown): ChronologyProblem[] {
  const facts: Facts = {};
  for (const path of DATE_PATHS) {
    const [section, field] = path.split('.');
    const values = typeof answers === 'object' && answers !== null ? (answers as Record<string, unknown>)[section] : undefined;
    if (typeof values === 'object' && values !== null) facts[path] = (values as Record<string, unknown>)[field];
  }
  return chronologyProblems(facts);
}
