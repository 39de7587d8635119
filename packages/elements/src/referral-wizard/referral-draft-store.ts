/**
 * Drafts of the referral wizard on this device, in IndexedDB through idb-keyval, in a database of
 * their own. The form's DraftStore and DraftSaver (interview-form/draft-store.ts) are typed for the
 * interview record's draft, so this is the same pattern for the wizard's state until the two are
 * made generic; failures are sorted with the form's `draftFailureOf` and saves use its delay.
 */
import { createStore, del, get, promisifyRequest, type UseStore } from 'idb-keyval';
import { DRAFT_DELAY_MS, draftFailureOf, type DraftFailure } from '../interview-form/draft-store.js';
import type { ReferralWizardState } from './referral-types.js';

export type { DraftFailure };

export interface ReferralDraft {
  state: ReferralWizardState;
  /** ISO instant of the save. */
  savedAt: string;
}

/** Where wizard drafts are kept. A host may give its own (for example one that encrypts). */
export interface ReferralDraftStore {
  read(key: string): Promise<ReferralDraft | undefined>;
  write(key: string, draft: ReferralDraft): Promise<void>;
  remove(key: string): Promise<void>;
}

const DATABASE = 'rhi-toolkit-referrals';
const OBJECT_STORE = 'referral-drafts';

/** The default store: one IndexedDB database for every wizard on the origin, keyed by `draft-key`. */
export function indexedDbReferralDraftStore(): ReferralDraftStore {
  let store: UseStore | undefined;
  // Opened on first use, not on import: merely loading the toolkit must not touch storage.
  const database = () => {
    if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is not available', 'InvalidStateError');
    store ??= createStore(DATABASE, OBJECT_STORE);
    return store;
  };
  return {
    read: async (key) => (await get<ReferralDraft>(key, database())) ?? undefined,
    write: (key, draft) =>
      database()('readwrite', (objectStore) => {
        objectStore.put(draft, key);
        // Commit now: Chromium aborts an uncommitted transaction when the page unloads (see draft-store.ts).
        objectStore.transaction.commit?.();
        return promisifyRequest(objectStore.transaction);
      }),
    remove: (key) => del(key, database()),
  };
}

/** Saves the latest draft after a pause; one write at a time, never an older one last. */
export class ReferralDraftSaver {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: ReferralDraft | undefined;
  #writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: ReferralDraftStore,
    private readonly key: string,
    private readonly onResult: (failure: DraftFailure | undefined, draft: ReferralDraft) => void,
  ) {}

  schedule(draft: ReferralDraft): void {
    this.#pending = draft;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), DRAFT_DELAY_MS);
  }

  /** Writes the waiting draft now (when the page is hidden, or before the wizard is removed). */
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

  /** Forgets anything waiting and deletes the saved draft (after sending, or "start again"). */
  async discard(): Promise<void> {
    clearTimeout(this.#timer);
    this.#pending = undefined;
    await this.#writing;
    await this.store.remove(this.key);
  }
}
