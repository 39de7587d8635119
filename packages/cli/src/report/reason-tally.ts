/**
 * Counts free-text reasons (why a child declined, why a referral was not made) as people wrote
 * them, treating "Didn't want to talk " and "didn't want to talk" as one reason: the text is
 * trimmed, its spaces collapsed and its case folded, and the first spelling seen is kept. At most
 * `limit` different reasons are kept; any later new reason joins "other reasons", so a file of a
 * million different sentences still uses the memory of a few hundred.
 */
import type { ReasonCount } from './service-report.js';

export const DEFAULT_REASON_LIMIT = 200;

/** The key two spellings of one reason share. */
function reasonKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export class ReasonTally {
  private readonly reasons = new Map<string, { reason: string; count: number }>();
  private other = 0;
  private notGiven = 0;

  constructor(private readonly limit = DEFAULT_REASON_LIMIT) {}

  /** Adds one reason; blank or missing text counts as "no reason recorded". */
  add(text: unknown): void {
    if (typeof text !== 'string' || text.trim() === '') {
      this.notGiven += 1;
      return;
    }
    const key = reasonKey(text);
    const known = this.reasons.get(key);
    if (known) known.count += 1;
    else if (this.reasons.size < this.limit) this.reasons.set(key, { reason: text.trim().replace(/\s+/g, ' '), count: 1 });
    else this.other += 1;
  }

  /** Most given first, then alphabetically; "other reasons" and "no reason recorded" last, when any. */
  counts(words: { otherReasons: string; noReasonRecorded: string }): ReasonCount[] {
    const listed = [...this.reasons.values()].sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
    return [
      ...listed.map(({ reason, count }) => ({ reason, count })),
      ...(this.other > 0 ? [{ reason: words.otherReasons, count: this.other }] : []),
      ...(this.notGiven > 0 ? [{ reason: words.noReasonRecorded, count: this.notGiven }] : []),
    ];
  }
}
