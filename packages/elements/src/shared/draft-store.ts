/**
 * Drafts on this device, in IndexedDB through idb-keyval, for any component that keeps one (the
 * interview form, the referral wizard). Saving is debounced (300 ms, within the 500 ms promised)
 * and flushed when the page is hidden, so a reload, a crash or a closed tab loses at most the last
 * keystrokes' pause. Each component names its own database and what it saves.
 */
import { createStore, del, get, promisifyRequest, type UseStore } from 'idb-keyval';

/** Where drafts are kept. A host may give its own (for example one that encrypts). */
export interface DraftStore<Saved> {
  read(key: string): Promise<Saved | undefined>;
  write(key: string, draft: Saved): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * Why drafts are not being kept. `stalled`: the device has not answered for DRAFT_STALL_MS, as
 * when IndexedDB is blocked (another tab holds the database open while it is upgraded) or hangs.
 */
export type DraftFailure = 'quota' | 'unavailable' | 'stalled' | 'other';

/**
 * How long a read or write may take before the person is told the draft is not being kept. An
 * old laptop's first IndexedDB open takes about a second; a blocked one never finishes.
 */
export const DRAFT_STALL_MS = 5000;

/** The pause after typing before a draft is written. */
export const DRAFT_DELAY_MS = 300;

/**
 * The timings in force, read at each use: DRAFT_DELAY_MS and DRAFT_STALL_MS unless changed. Tests
 * change them so that what they check (one write per pause, a submit that never waits for a
 * stalled device) does not depend on how fast a busy machine runs.
 */
export const draftTiming = { pauseMs: DRAFT_DELAY_MS, stallMs: DRAFT_STALL_MS };

/**
 * Waits for `storage`, telling `onStalled` once if it is not settled within DRAFT_STALL_MS. The
 * wait goes on: a blocked database that is let go later still reads or writes, in order.
 */
export async function watchForStall<T>(storage: Promise<T>, onStalled: () => void): Promise<T> {
  const timer = setTimeout(onStalled, draftTiming.stallMs);
  try {
    return await storage;
  } finally {
    clearTimeout(timer);
  }
}

/** A store in one IndexedDB database and object store, keyed by `draft-key`. */
export function indexedDbDraftStore<Saved>(databaseName: string, objectStoreName: string): DraftStore<Saved> {
  let store: UseStore | undefined;
  // Opened on first use, not on import: merely loading the toolkit must not touch storage.
  const database = () => {
    if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is not available', 'InvalidStateError');
    store ??= createStore(databaseName, objectStoreName);
    return store;
  };
  return {
    read: async (key) => (await get<Saved>(key, database())) ?? undefined,
    write: (key, draft) =>
      database()('readwrite', (objectStore) => {
        objectStore.put(draft, key);
        // Commit now rather than when the task ends: Chromium aborts an uncommitted transaction when the
        // page unloads, which would lose the draft flushed on pagehide (a reload right after typing).
        objectStore.transaction.commit?.();
        return promisifyRequest(objectStore.transaction);
      }),
    remove: (key) => del(key, database()),
  };
}

/**
 * `storage`, or a TimeoutError if it has not settled within DRAFT_STALL_MS. For what a person
 * waits on (a submit, "start again"): they go ahead, and the storage still happens, in order,
 * should the device answer later.
 */
export function withinStallTime<T>(storage: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new DOMException('The device has not answered.', 'TimeoutError')), draftTiming.stallMs);
    storage.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Sorts a storage error into what the person is told. */
export function draftFailureOf(error: unknown): DraftFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'TimeoutError') return 'stalled';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotFoundError' || name === 'UnknownError') return 'unavailable';
  return 'other';
}

/** Saves the latest draft after a pause in typing; one write at a time, never an older one last. */
export class DraftSaver<Saved> {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: Saved | undefined;
  #writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: DraftStore<Saved>,
    private readonly key: string,
    private readonly onResult: (failure: DraftFailure | undefined, draft: Saved) => void,
  ) {}

  schedule(draft: Saved): void {
    this.#pending = draft;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), draftTiming.pauseMs);
  }

  /** Writes the waiting draft now (when the page is hidden, or before the component is removed). */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    const draft = this.#pending;
    this.#pending = undefined;
    if (!draft) return this.#writing;
    this.#writing = this.#writing.then(async () => {
      try {
        await watchForStall(this.store.write(this.key, draft), () => this.onResult('stalled', draft));
        this.onResult(undefined, draft);
      } catch (error) {
        this.onResult(draftFailureOf(error), draft);
      }
    });
    return this.#writing;
  }

  /** Forgets anything waiting and deletes the saved draft (after a submit or sending, or "start again"). */
  async discard(): Promise<void> {
    clearTimeout(this.#timer);
    this.#pending = undefined;
    await this.#writing;
    await this.store.remove(this.key);
  }
}
