/**
 * One episode may reach the records more than once: a record saved again after an update, or an
 * earlier episode that one interview covers and that also has its own record. The returns count
 * each episode once, so rows for the same child reported missing at the same instant are one
 * episode. The record's own episode wins over a covered earlier one (it says missing or away and
 * when the child was last seen); between equals the later line wins, as records are appended
 * when they change. Each row left out is named, so nobody wonders where it went.
 */
import type { PlacedRow } from './placed-row.js';

export interface RepeatedEpisode {
  /** The row left out. */
  repeated: PlacedRow;
  /** The row written in its place. */
  kept: PlacedRow;
}

function identityOf(row: PlacedRow): string {
  const moment = row.reportedMissingAt ?? row.startsAt;
  // A row with no time at all cannot be matched with another: it stays on its own.
  const when = moment === undefined ? `line ${row.line}/${row.previousEpisode ?? 0}` : String(moment);
  return `${row.childId ?? ''}\u0000${when}`;
}

function preferred(a: PlacedRow, b: PlacedRow): PlacedRow {
  const aOwn = a.previousEpisode === undefined;
  const bOwn = b.previousEpisode === undefined;
  if (aOwn !== bOwn) return aOwn ? a : b;
  return b.line >= a.line ? b : a;
}

/** The rows with each episode once, in their first order, and the rows left out. */
export function withoutRepeatedEpisodes(rows: readonly PlacedRow[]): { rows: PlacedRow[]; repeated: RepeatedEpisode[] } {
  const kept = new Map<string, PlacedRow>();
  const leftOut: PlacedRow[] = [];
  for (const row of rows) {
    const identity = identityOf(row);
    const earlier = kept.get(identity);
    if (earlier === undefined) {
      kept.set(identity, row);
      continue;
    }
    const winner = preferred(earlier, row);
    kept.set(identity, winner);
    leftOut.push(winner === row ? earlier : row);
  }
  // Each row left out is named beside the row finally written for its episode.
  const repeated = leftOut.map((row) => ({ repeated: row, kept: kept.get(identityOf(row)) as PlacedRow }));
  return { rows: [...kept.values()], repeated };
}
