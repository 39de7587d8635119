/**
 * One missing or away episode as the exports see it, taken from one record line: the record's own
 * episode, and each earlier episode the record says this interview also covers
 * (`episode.previousEpisodes[].coveredByThisInterview`). Earlier episodes not covered are the
 * child's history, which has (or should have) its own record; taking them too would count an
 * episode twice (docs/exports.md, "Which episodes").
 */
import type { ReportRecord } from '../report/report-record.js';
import { instantOf } from '../report/record-instants.js';

/** The 903's MISSING code: M missing, A away from placement without authorisation, blank when the record does not say. */
export type MissingCode = 'M' | 'A' | '';

/** What the exports need from the interview that followed the episode. */
export interface InterviewOffer {
  outcome?: string;
  offeredAt?: string;
}

export interface EpisodeRow {
  /** The record's line in the records file. */
  line: number;
  recordId?: string;
  childId?: string;
  /** `YYYY-MM-DD`. */
  dateOfBirth?: string;
  gender?: string;
  lookedAfter: boolean;
  missing: MissingCode;
  reportedMissingAt?: number;
  /** The 903's start: when the child was last seen, else when reported missing. */
  startsAt?: number;
  /** When the child came back; absent while the episode is open. */
  endsAt?: number;
  /** For an earlier episode covered by the interview: its place (1, 2, …) in previousEpisodes. */
  previousEpisode?: number;
  interview: InterviewOffer;
}

interface ExportAnswers {
  child?: { dateOfBirth?: string; gender?: string };
  care?: { status?: string };
  episode?: {
    type?: string;
    lastSeenAt?: string;
    reportedMissingAt?: string;
    returnedAt?: string;
    previousEpisodes?: { reportedMissingAt?: string; returnedAt?: string; coveredByThisInterview?: boolean }[];
  };
  interview?: InterviewOffer;
}

/** The 903's MISSING code for each episode.type. */
export const missingCodes: Record<string, MissingCode> = { missing: 'M', 'away-from-placement': 'A' };

/** The rows one record gives: its own episode first, then the earlier episodes it covers. */
export function episodeRows(record: ReportRecord, line: number): EpisodeRow[] {
  const answers = record.answers as ExportAnswers;
  const { episode = {}, interview = {} } = answers;
  const shared = {
    line,
    ...(record.id === undefined ? {} : { recordId: record.id }),
    ...(record.childId === undefined ? {} : { childId: record.childId }),
    ...(answers.child?.dateOfBirth === undefined ? {} : { dateOfBirth: answers.child.dateOfBirth }),
    ...(answers.child?.gender === undefined ? {} : { gender: answers.child.gender }),
    lookedAfter: answers.care?.status === 'looked-after',
    interview: { outcome: interview.outcome, offeredAt: interview.offeredAt },
  };
  const reportedMissingAt = instantOf(episode.reportedMissingAt);
  const own: EpisodeRow = {
    ...shared,
    missing: missingCodes[episode.type ?? ''] ?? '',
    reportedMissingAt,
    startsAt: instantOf(episode.lastSeenAt) ?? reportedMissingAt,
    endsAt: instantOf(episode.returnedAt),
  };
  const covered = (episode.previousEpisodes ?? []).flatMap((previous, index) => {
    if (previous.coveredByThisInterview !== true) return [];
    const previousReportedAt = instantOf(previous.reportedMissingAt);
    // An earlier episode records no type of its own: MISSING stays blank rather than a guess
    // (the 903's rules 565 and 566 then name the line, so a person records it).
    const row: EpisodeRow = { ...shared, missing: '', reportedMissingAt: previousReportedAt, startsAt: previousReportedAt, endsAt: instantOf(previous.returnedAt), previousEpisode: index + 1 };
    return [row];
  });
  return [own, ...covered];
}
