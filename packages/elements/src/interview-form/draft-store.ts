/**
 * Drafts of the interview record on this device, in IndexedDB through idb-keyval. Saving is
 * debounced (300 ms, within the 500 ms promised) and flushed when the page is hidden, so a reload,
 * a crash or a closed tab loses at most the last keystrokes' pause.
 */
import { createStore, del, get, promisifyRequest, type UseStore } from 'idb-keyval';
import type { Answers } from './answer-paths.js';
import type { RawInputs } from './validate-answers.js';

export interface Draft {
  answers: Answers;
  /** Dates and numbers typed but not yet readable, so half-typed boxes come back as they were. */
  rawInputs: RawInputs;
  /** ISO instant of the save. */
  savedAt: string;
}

/** Where drafts are kept. A host may give its own (for example one that encrypts). */
export interface DraftStore {
  read(key: string): Promise<Draft | undefined>;
  write(key: string, draft: Draft): Promise<void>;
  remove(key: string): Promise<void>;
}

export type DraftFailure = 'quota' | 'unavailable' | 'other';

const DATABASE = 'rhi-toolkit';
const OBJECT_STORE = 'interview-drafts';

/** The default store: one IndexedDB database for every form on the origin, keyed by `draft-key`. */
export function indexedDbDraftStore(): DraftStore {
  let store: UseStore | undefined;
  // Opened on first use, not on import: merely loading the toolkit must not touch storage.
  const database = () => {
    if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is not available', 'InvalidStateError');
    store ??= createStore(DATABASE, OBJECT_STORE);
    return store;
  };
  return {
    read: async (key) => (await get<Draft>(key, database())) ?? undefined,
    write: (key, draft) =>
      database()('readwrite', (store) => {
        store.put(draft, key);
        // Commit now rather than when the task ends: Chromium aborts an uncommitted transaction when the
        // page unloads, which would lose the draft flushed on pagehide (a reload right after typing).
        store.transaction.commit?.();
        return promisifyRequest(store.transaction);
      }),
    remove: (key) => del(key, database()),
  };
}

/** Sorts a storage error into what the interviewer is told. */
export function draftFailureOf(error: unknown): DraftFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotFoundError' || name === 'UnknownError') return 'unavailable';
  return 'other';
}

export const DRAFT_DELAY_MS = 300;

/** Saves the latest draft after a pause in typing; one write at a time, never an older one last. */
export class DraftSaver {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: Draft | undefined;
  #writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: DraftStore,
    private readonly key: string,
    private readonly onResult: (failure: DraftFailure | undefined, draft: Draft) => void,
  ) {}

  schedule(draft: Draft): void {
    this.#pending = draft;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), DRAFT_DELAY_MS);
  }

  /** Writes the waiting draft now (when the page is hidden, or before the form is removed). */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    const draft = this.#pending;
    this.#pending = undefined;
    if (!draft) return this.#writing;
    this.#writing = this.#writing.then(async () => {
      try {
        await this.store.write(this.key, draft);
        this.onResult(undefined, draft);
      } catch (error) {
        this.onResult(draftFailureOf(error), draft);
      }
    });
    return this.#writing;
  }

  /** Forgets anything waiting and deletes the saved draft (after a submit, or "start again"). */
  async discard(): Promise<void> {
    clearTimeout(this.#timer);
    this.#pending = undefined;
    await this.#writing;
    await this.store.remove(this.key);
  }
}
