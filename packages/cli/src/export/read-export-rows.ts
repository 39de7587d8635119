/**
 * The one pass `rhi export` makes over a records file: each line read and checked exactly as
 * rhi report reads it (record-line.ts), and turned into its episode rows. Only the rows are kept,
 * never the answers; a line that cannot be used becomes one located problem.
 */
import type { Readable } from 'node:stream';
import type { Language, ResolvedRuleset } from '@rhi-toolkit/engine/node';
import { recordLines } from '../open-records.js';
import { assessInOrder } from '../parallel/parallel-assess.js';
import type { EpisodeRow } from './episode-row.js';

export interface ExportRead {
  rows: EpisodeRow[];
  problems: string[];
}

/** The rows and problems of every line, in the file's order, read on `jobs` threads (1: in this one). */
export async function readExportRows(records: Readable, file: string, ruleset: ResolvedRuleset, lang: Language, jobs: number): Promise<ExportRead> {
  const rows: EpisodeRow[] = [];
  const problems: string[] = [];
  for await (const result of assessInOrder(recordLines(records), { task: 'export', context: { ruleset, file, lang }, jobs })) {
    if ('problem' in result) problems.push(result.problem);
    else if ('rows' in result) rows.push(...result.rows);
  }
  return { rows, problems };
}
