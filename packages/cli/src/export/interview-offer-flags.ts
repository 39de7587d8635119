/**
 * Whether a return interview was offered and accepted after an episode, as the Standard
 * Safeguarding Dataset's flags (Y, N, NA, or blank when the record does not say). The mapping
 * and its sources are in docs/exports.md ("Offered and accepted"). In short: an offer counts as
 * made when the child accepted or declined it, or when the record gives the time it was made
 * (interview.offeredAt); "could not contact the child" without that time means the offer never
 * reached the child, so it was not offered; an interview is accepted only when the child took
 * part. While the child is still missing nothing is due yet: NA.
 */
import type { PlacedRow } from './placed-row.js';

export type OfferFlag = 'Y' | 'N' | 'NA' | '';

export interface OfferFlags {
  offered: OfferFlag;
  accepted: OfferFlag;
}

export const offerFlagCodes: readonly OfferFlag[] = ['Y', 'N', 'NA'];

function offered(row: PlacedRow): OfferFlag {
  const { outcome, offeredAt } = row.interview;
  if (outcome === 'accepted' || outcome === 'declined') return 'Y';
  if (offeredAt !== undefined) return 'Y';
  if (outcome === 'not-offered' || outcome === 'not-contactable') return 'N';
  return '';
}

/** The two flags for one episode row. */
export function offerFlags(row: PlacedRow): OfferFlags {
  if (row.open) return { offered: 'NA', accepted: 'NA' };
  const offer = offered(row);
  const { outcome } = row.interview;
  if (offer === 'N') return { offered: offer, accepted: 'NA' };
  if (outcome === 'accepted') return { offered: offer, accepted: 'Y' };
  if (outcome === 'declined' || outcome === 'not-contactable' || outcome === 'not-offered') return { offered: offer, accepted: 'N' };
  return { offered: offer, accepted: '' };
}
