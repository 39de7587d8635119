/**
 * An exact median of many durations in fixed memory: durations are counted in minute buckets up
 * to 30 days and hour buckets up to two years (about 240 KB in all), so a million interviews cost
 * no more than ten. The median is exact to the minute below 30 days and to the hour above it.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const MINUTE_BUCKETS = 30 * 24 * 60;
const HOUR_BUCKETS = 2 * 366 * 24;

export class HoursHistogram {
  private readonly minutes = new Uint32Array(MINUTE_BUCKETS);
  private readonly hours = new Uint32Array(HOUR_BUCKETS);
  /** Durations longer than two years: counted, and their median taken as the longest seen. */
  private beyond = 0;
  private longest = 0;
  count = 0;

  /** Adds one duration in milliseconds (zero or more). */
  add(milliseconds: number): void {
    this.count += 1;
    const minute = Math.floor(milliseconds / MINUTE);
    if (minute < MINUTE_BUCKETS) {
      this.minutes[minute] += 1;
      return;
    }
    const hour = Math.floor(milliseconds / HOUR) - MINUTE_BUCKETS / 60;
    if (hour < HOUR_BUCKETS) {
      this.hours[hour] += 1;
      return;
    }
    this.beyond += 1;
    this.longest = Math.max(this.longest, milliseconds);
  }

  /** The duration, in hours, of the value at a 0-based rank in sorted order. */
  private hoursAtRank(rank: number): number {
    let seen = 0;
    for (let index = 0; index < MINUTE_BUCKETS; index += 1) {
      seen += this.minutes[index];
      if (seen > rank) return index / 60;
    }
    for (let index = 0; index < HOUR_BUCKETS; index += 1) {
      seen += this.hours[index];
      if (seen > rank) return MINUTE_BUCKETS / 60 + index;
    }
    return this.longest / HOUR;
  }

  /** The median in hours (the mean of the two middle values for an even count), or null when empty. */
  medianHours(): number | null {
    if (this.count === 0) return null;
    const upper = this.hoursAtRank(Math.floor(this.count / 2));
    if (this.count % 2 === 1) return upper;
    return (this.hoursAtRank(this.count / 2 - 1) + upper) / 2;
  }
}
