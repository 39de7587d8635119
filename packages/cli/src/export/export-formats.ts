/**
 * The formats `rhi export` writes: which episodes each holds and how it is written. The 903 and
 * Annex A list 8 are about children looked after; the Standard Safeguarding Dataset holds every
 * child's episodes.
 */
import { annexAList8Csv } from './annex-a-list8-csv.js';
import type { PlacedRow } from './placed-row.js';
import { ssda903MissingCsv } from './ssda903-missing-csv.js';
import { ssdMissingCsv } from './ssd-missing-csv.js';

export interface ExportFormat {
  /** Whether an episode row belongs in this format. */
  holds(row: PlacedRow): boolean;
  /** The CSV; `asOf` (YYYY-MM-DD) is the day ages are taken on. */
  render(rows: readonly PlacedRow[], asOf: string): string;
}

const lookedAfterOnly = (row: PlacedRow) => row.lookedAfter;

export const exportFormats = {
  'ssda903-missing': { holds: lookedAfterOnly, render: (rows) => ssda903MissingCsv(rows) },
  'annex-a-list8': { holds: lookedAfterOnly, render: annexAList8Csv },
  'ssd-missing': { holds: () => true, render: (rows) => ssdMissingCsv(rows) },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof exportFormats;
export const exportFormatNames = Object.keys(exportFormats) as ExportFormatName[];
