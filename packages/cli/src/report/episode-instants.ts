/**
 * Lists of episode instants, one per child, in two typed arrays instead of a JavaScript array per
 * child: a list is a chain of nodes (an instant and the index of the next node), so a child's
 * episodes cost 12 bytes each and nothing else. Nodes of a child who no longer needs them are
 * reused, so the pool holds only the episodes still waiting to be matched.
 */

/** The index that ends a list (and marks an empty one). */
export const END = -1;

export class EpisodeInstants {
  private instants = new Float64Array(1024);
  private next = new Int32Array(1024);
  private used = 0;
  private free = END;

  /** Adds an instant in front of the list starting at `head`; returns the new head. */
  push(head: number, instant: number): number {
    let node: number;
    if (this.free !== END) {
      node = this.free;
      this.free = this.next[node];
    } else {
      if (this.used === this.instants.length) this.grow();
      node = this.used;
      this.used += 1;
    }
    this.instants[node] = instant;
    this.next[node] = head;
    return node;
  }

  /** The list's instants, earliest first. */
  sorted(head: number): number[] {
    const instants: number[] = [];
    for (let node = head; node !== END; node = this.next[node]) instants.push(this.instants[node]);
    return instants.sort((a, b) => a - b);
  }

  /** Gives the list's nodes back for reuse. */
  release(head: number): void {
    let node = head;
    while (node !== END) {
      const following = this.next[node];
      this.next[node] = this.free;
      this.free = node;
      node = following;
    }
  }

  private grow(): void {
    const instants = new Float64Array(this.instants.length * 2);
    const next = new Int32Array(this.next.length * 2);
    instants.set(this.instants);
    next.set(this.next);
    this.instants = instants;
    this.next = next;
  }
}
