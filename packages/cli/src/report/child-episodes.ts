/**
 * Episodes per child, for the repeat figures, kept as compactly as a million records allow.
 *
 * A child is keyed by a 53-bit hash of their childId (cyrb53: two different ids share a hash about
 * once in 10^10 pairs, far below any figure's rounding), held in typed arrays with open
 * addressing: 16 bytes a child, where a Map from id strings to objects took about 150 (see
 * docs/reporting.md, "Memory"). A child's episode instants wait in a shared pool (12 bytes an
 * episode) until the child reaches the repeat threshold; then they are given back. Records may
 * come in any order: the window is checked over all of a child's episodes, sorted.
 */
import { END, EpisodeInstants } from './episode-instants.js';

export interface RepeatThreshold {
  count: number;
  withinDays: number;
}

const DAY = 86_400_000;
const EMPTY = 0;
/** In place of a list head: the child has reached the threshold, and their instants are no longer kept. */
const REACHED = -2;

/** cyrb53 (public domain, bryc): a fast 53-bit string hash; never 0, which marks an empty slot. */
function childKey(childId: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < childId.length; index += 1) {
    const code = childId.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0) || 1;
}

export class ChildEpisodes {
  private capacity = 1024;
  private keys = new Float64Array(this.capacity);
  private episodes = new Uint32Array(this.capacity);
  /** Each child's list of waiting instants in `instants`, END for none, or REACHED. */
  private heads = new Int32Array(this.capacity);
  private readonly instants = new EpisodeInstants();
  private identified = 0;
  private unidentified = 0;
  childrenWithTwoOrMore = 0;
  childrenAtThreshold = 0;

  constructor(private readonly threshold: RepeatThreshold) {}

  /** Children counted: each childId once, and each record without one as a child of its own. */
  get children(): number {
    return this.identified + this.unidentified;
  }

  /**
   * Adds one episode. `instant` is when it began (reportedMissingAt, else returnedAt), as the
   * engine's repeat rule counts; an episode without either still counts, but never towards the
   * threshold. Without a childId the record is a child of its own.
   */
  add(childId: string | undefined, instant: number | undefined): void {
    if (childId === undefined) {
      this.unidentified += 1;
      if (this.threshold.count <= 1 && instant !== undefined) this.childrenAtThreshold += 1;
      return;
    }
    const key = childKey(childId);
    let slot = this.slotOf(key);
    if (this.keys[slot] === EMPTY) {
      if ((this.identified + 1) * 4 > this.capacity * 3) {
        this.grow();
        slot = this.slotOf(key);
      }
      this.keys[slot] = key;
      this.heads[slot] = END;
      this.identified += 1;
    }
    this.episodes[slot] += 1;
    if (this.episodes[slot] === 2) this.childrenWithTwoOrMore += 1;
    if (this.heads[slot] === REACHED || instant === undefined) return;
    const head = this.instants.push(this.heads[slot], instant);
    if (this.reachesThreshold(this.instants.sorted(head))) {
      this.instants.release(head);
      this.heads[slot] = REACHED;
      this.childrenAtThreshold += 1;
    } else {
      this.heads[slot] = head;
    }
  }

  /**
   * Adds the episodes of one record: its own and the earlier ones its interview covered. A record
   * without a childId is still one child, with all of them.
   */
  addRecord(childId: string | undefined, instants: readonly (number | undefined)[]): void {
    if (childId !== undefined) {
      for (const instant of instants) this.add(childId, instant);
      return;
    }
    if (instants.length <= 1) {
      this.add(undefined, instants[0]);
      return;
    }
    this.unidentified += 1;
    this.childrenWithTwoOrMore += 1;
    const known = instants.filter((instant): instant is number => instant !== undefined).sort((a, b) => a - b);
    if (this.reachesThreshold(known)) this.childrenAtThreshold += 1;
  }

  /** True when `count` episodes began within `withinDays` days (the engine's window, both ends included). */
  private reachesThreshold(sortedInstants: readonly number[]): boolean {
    const { count, withinDays } = this.threshold;
    for (let first = 0; first + count - 1 < sortedInstants.length; first += 1) {
      if (sortedInstants[first + count - 1] - sortedInstants[first] <= withinDays * DAY) return true;
    }
    return false;
  }

  private slotOf(key: number): number {
    const mask = this.capacity - 1;
    let slot = (key ^ (key / 4294967296)) & mask;
    while (this.keys[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, episodes, heads } = this;
    this.capacity *= 2;
    this.keys = new Float64Array(this.capacity);
    this.episodes = new Uint32Array(this.capacity);
    this.heads = new Int32Array(this.capacity);
    for (let old = 0; old < keys.length; old += 1) {
      if (keys[old] === EMPTY) continue;
      const slot = this.slotOf(keys[old]);
      this.keys[slot] = keys[old];
      this.episodes[slot] = episodes[old];
      this.heads[slot] = heads[old];
    }
  }
}
