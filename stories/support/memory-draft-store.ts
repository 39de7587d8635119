/**
 * Draft stores for stories. Stories never keep drafts in the browser's IndexedDB: one trainer's
 * typing must not come back in the next story (or the next session). A story that shows a draft
 * state gets a store in memory that already holds a draft, or one that cannot be used.
 */
/** Keeps drafts in a Map for as long as the story is open. */
export class MemoryDraftStore<Saved> {
  readonly #drafts = new Map<string, Saved>();

  constructor(initial: Record<string, Saved> = {}) {
    for (const [key, draft] of Object.entries(initial)) this.#drafts.set(key, structuredClone(draft));
  }

  async read(key: string): Promise<Saved | undefined> {
    return structuredClone(this.#drafts.get(key));
  }

  async write(key: string, draft: Saved): Promise<void> {
    this.#drafts.set(key, structuredClone(draft));
  }

  async remove(key: string): Promise<void> {
    this.#drafts.delete(key);
  }
}

/** A store on a device whose storage is full or switched off: every call fails the way a browser's does. */
export class UnavailableDraftStore<Saved> {
  readonly #error = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  async read(_key: string): Promise<Saved | undefined> {
    throw this.#error();
  }

  async write(_key: string, _draft: Saved): Promise<void> {
    throw this.#error();
  }

  async remove(_key: string): Promise<void> {
    throw this.#error();
  }
}
