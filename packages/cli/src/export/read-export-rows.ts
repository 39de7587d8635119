/**
 * The one pass `rhi export` makes over a records file: each line read and checked exactly as
 * rhi report reads it (record-line.ts), and turned into its episode rows. Only the rows are kept,
 * never the answers; a line that cannot be used becomes one located problem.
 */
import type { Readable } from 'node:stream';
import type { Language, ResolvedRuleset } from '@rhi-toolkit/engine/node';
import { notUtf8Problem, recordLines } from '../open-records.js';
import { readRecordLine } from '../report/record-line.js';
import type { ReportWords } from '../report/report-words.js';
import { episodeRows, type EpisodeRow } from './episode-row.js';

export interface ExportRead {
  rows: EpisodeRow[];
  problems: string[];
}

export async function readExportRows(records: Readable, file: string, ruleset: ResolvedRuleset, lang: Language, words: ReportWords): Promise<ExportRead> {
  const rows: EpisodeRow[] = [];
  const problems: string[] = [];
  for await (const found of recordLines(records)) {
    if ('badByte' in found) {
      problems.push(notUtf8Problem(file, found, lang));
      continue;
    }
    if (found.text.trim() === '') continue;
    const read = await readRecordLine({ file, line: found.line, text: found.text, lang }, ruleset, words);
    if ('problem' in read) problems.push(read.problem);
    else rows.push(...episodeRows(read.record, found.line));
  }
  return { rows, problems };
}
