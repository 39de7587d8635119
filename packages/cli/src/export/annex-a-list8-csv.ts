/**
 * `--format annex-a-list8`: the missing-from-care columns of Ofsted's Annex A list 8 (children in
 * care), one row per looked-after child with an episode in the period: the identifying columns
 * the records hold, the numbers of episodes missing and absent (away) from placement, and whether
 * a return interview was offered and accepted after the child's last missing episode. Headings
 * and codes as Annex A writes them (the list 8 template, as SocialFinanceDigitalLabs' liia-tools
 * reads it); the columns the records cannot fill are in docs/exports.md.
 */
import { byChildAndStart, csvTable } from './csv-table.js';
import { offerFlags, type OfferFlag } from './interview-offer-flags.js';
import { ageInYears, returnDate } from './local-calendar.js';
import type { PlacedRow } from './placed-row.js';

export const annexAList8Columns = [
  'Child Unique ID',
  'Gender',
  'Ethnicity',
  'Date of Birth',
  'Age of Child (Years)',
  "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
  "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
  'Was the child offered a Return Interview after their last missing episode (Y/N)?',
  'Did the child accept a Return Interview after their last missing episode (Y/N)?',
] as const;

/** Annex A's codes for the schema's child.gender; a gender not recorded is "not stated/recorded". */
export const annexAGenderCodes: Record<string, string> = {
  male: 'a) Male',
  female: 'b) Female',
  'not-said': 'c) Not stated/recorded',
  'non-binary': 'd) Neither',
  other: 'd) Neither',
};
export const annexAGenderNotRecorded = 'c) Not stated/recorded';

export const annexAYesNoCodes = { Y: 'a) Yes', N: 'b) No', unknown: 'c) Unknown' } as const;

function yesNo(flag: OfferFlag, notApplicable: string): string {
  if (flag === 'Y') return annexAYesNoCodes.Y;
  if (flag === 'N') return annexAYesNoCodes.N;
  if (flag === 'NA') return notApplicable;
  return annexAYesNoCodes.unknown;
}

/** The child's last missing (M) episode: the latest to start (one without a start, by its return), then the latest line. */
function lastMissingEpisode(rows: readonly PlacedRow[]): PlacedRow | undefined {
  const when = (row: PlacedRow) => row.startDate || row.endDate;
  return rows
    .filter((row) => row.missing === 'M')
    .sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : a.line - b.line))
    .at(-1);
}

function childRow(rows: readonly PlacedRow[], asOf: string): string[] {
  // The latest record says most recently who the child is.
  const latest = [...rows].sort((a, b) => a.line - b.line).at(-1) as PlacedRow;
  const dateOfBirth = latest.dateOfBirth;
  const last = lastMissingEpisode(rows);
  const flags = last === undefined ? undefined : offerFlags(last);
  return [
    latest.childId ?? '',
    annexAGenderCodes[latest.gender ?? ''] ?? annexAGenderNotRecorded,
    '',
    dateOfBirth === undefined ? '' : returnDate(dateOfBirth),
    dateOfBirth === undefined ? '' : String(ageInYears(dateOfBirth, asOf)),
    String(rows.filter((row) => row.missing === 'M').length),
    String(rows.filter((row) => row.missing === 'A').length),
    // Still missing: nothing was due after the last episode yet, so both are left blank.
    flags === undefined || last?.open ? '' : yesNo(flags.offered, ''),
    // Not offered: the child did not accept one.
    flags === undefined || last?.open ? '' : yesNo(flags.accepted, annexAYesNoCodes.N),
  ];
}

/** The table for the looked-after rows given; `asOf` (YYYY-MM-DD) is the day ages are taken on. */
export function annexAList8Csv(rows: readonly PlacedRow[], asOf: string): string {
  const byChild = new Map<string, PlacedRow[]>();
  for (const row of [...rows].sort(byChildAndStart)) {
    const child = row.childId ?? '';
    byChild.set(child, [...(byChild.get(child) ?? []), row]);
  }
  return csvTable(
    annexAList8Columns,
    [...byChild.values()].map((childRows) => childRow(childRows, asOf)),
  );
}
