/** The lines `rhi export` prints about rows: check failures and repeated episodes, each at `file:line`. */
import { returnDate } from './local-calendar.js';
import type { ExportWords } from './export-words.js';
import type { PlacedRow } from './placed-row.js';
import type { RepeatedEpisode } from './duplicate-episodes.js';
import type { RuleFailure } from './ssda903-checks.js';

function describe(row: PlacedRow, words: ExportWords): string {
  const start = row.startDate === '' ? '' : returnDate(row.startDate);
  const described = words.row(row.childId ?? '', start);
  return row.previousEpisode === undefined ? described : `${described}; ${words.earlierEpisode(row.previousEpisode)}`;
}

/** `file:line  rule 574: … (CHILD …, MIS_START …)` */
export function failureLine(file: string, failure: RuleFailure, words: ExportWords): string {
  const message = failure.previous === undefined ? words.rule[failure.rule] : `${words.rule[failure.rule]}; ${words.previousPeriod(failure.previous.line)}`;
  return words.failure(`${file}:${failure.row.line}`, failure.rule, message, describe(failure.row, words));
}

export function repeatedLine(file: string, { repeated, kept }: RepeatedEpisode, words: ExportWords): string {
  return words.repeated(`${file}:${repeated.line}`, `${file}:${kept.line}`);
}

export function noChildIdLine(file: string, row: PlacedRow, words: ExportWords): string {
  return `${file}:${row.line}  ${words.noChildId}`;
}
