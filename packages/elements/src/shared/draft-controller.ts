/**
 * The draft of one record on this device, for a component that keeps one (`<rhi-interview-form>`,
 * `<rhi-referral-wizard>`): read in the component's first update with drafts on (never in
 * connectedCallback: a page may set `draftEncryptionKey` or `draftStore` on the element before the
 * toolkit loads, and lit puts those properties back only in the first update), saved after each change
 * (after a pause, by DraftSaver), written at once when the page goes away, deleted by "start again"
 * or once the host confirms the record stored. A submit or sending keeps it, marked `submittedAt`.
 * It holds what the draft notices show; the component holds what is drafted, so it hands that over
 * to be saved and is asked to take a restored draft's back.
 *
 * At rest on shared council PCs: a draft older than `draftMaxAgeDays` when read is deleted without
 * a word (a week-old draft must not reappear for the next person at the PC), and with a
 * `draftEncryptionKey` every draft is encrypted before the store sees it (encrypted-draft-store.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftSaver, draftFailureOf, watchForStall, withinStallTime, type DraftFailure, type DraftStore } from './draft-store.js';
import { encryptedDraftStore } from './encrypted-draft-store.js';
import { SameRecordElsewhere } from './same-record-elsewhere.js';

/** How many days a draft is kept when the host does not say (or says something that is not a positive number). */
export const DEFAULT_DRAFT_MAX_AGE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Every draft says when it was saved: the notices show it. */
export interface SavedDraft {
  /** ISO instant of the save. */
  savedAt: string;
  /**
   * ISO instant the record was last sent (the form posted, the referrals were confirmed), while the
   * host has not yet confirmed it stored them: the draft is kept until then, and says so when reopened.
   */
  submittedAt?: string;
}

/**
 * The host's draft settings. `noDrafts` and `draftKey` are read when the draft is first looked for
 * (the first update in which drafts are on); `draftStore` and `draftEncryptionKey` at every read,
 * write and deletion, so a key given later encrypts from then on (and the draft is re-written with it at once).
 */
export interface DraftSettings<Saved> {
  readonly noDrafts: boolean;
  readonly draftKey: string | undefined;
  readonly draftStore: DraftStore<Saved>;
  /** Days after its save that a draft is no longer restored but deleted. */
  readonly draftMaxAgeDays: number | undefined;
  /** When given, drafts are encrypted with it (AES-GCM) before they reach `draftStore`. */
  readonly draftEncryptionKey: CryptoKey | undefined;
}

/** The host's maximum age in milliseconds; anything but a positive number means the default. */
function maxAgeMs(days: number | undefined): number {
  const valid = typeof days === 'number' && Number.isFinite(days) && days > 0;
  return (valid ? days : DEFAULT_DRAFT_MAX_AGE_DAYS) * DAY_MS;
}

/** Too old to restore; a draft with no readable save time counts as too old, as its age is unknown. */
function hasExpired(draft: SavedDraft, maxAge: number): boolean {
  const savedAt = Date.parse(draft.savedAt);
  return Number.isNaN(savedAt) || Date.now() - savedAt > maxAge;
}

/** How the controller reaches what the component holds, which it never keeps itself. */
export interface DraftRecord<Saved extends SavedDraft> {
  /** What is drafted ('interview', 'referrals'): the same draft key names different records in each. */
  kind: string;
  /** False while nothing can be changed (a read-only record, referrals already sent): no other writer then. */
  editing?(): boolean;
  /** The draft to save, as things are now, saved at `savedAt`; undefined while there is nothing to save. */
  draftAt(savedAt: string): Saved | undefined;
  /** Whether a draft read back can be restored; every draft can when this is absent. */
  restorable?(draft: Saved): boolean;
  /** Puts a restored draft back in the component; resolves once the component has taken it. */
  restore(draft: Saved): Promise<void>;
  /** Called once a restored draft's notice is asked for (the form announces the draft then). */
  restored?(draft: Saved): void;
}

/** What the notices say about the draft. */
export interface DraftStatus {
  /** When the restored draft was saved; gone once it is discarded. */
  restoredAt: string | undefined;
  /** "Start again" was pressed and waits for "are you sure?". */
  confirmingStartAgain: boolean;
  /** Why the last read or write failed; gone once a write works. */
  failure: DraftFailure | undefined;
  lastSavedAt: string | undefined;
  /** The same record (kind and draft key) is open in another tab, window or component on this device. */
  openElsewhere: boolean;
  /** When the restored draft's record was sent without the host confirming it was stored. */
  submittedAt: string | undefined;
}

export class DraftController<Saved extends SavedDraft> implements ReactiveController {
  #status: DraftStatus = { restoredAt: undefined, confirmingStartAgain: false, failure: undefined, lastSavedAt: undefined, openElsewhere: false, submittedAt: undefined };
  /** The record was sent at this instant and not yet confirmed stored: every save of the draft says so. */
  #submittedAt: string | undefined;
  #saver: DraftSaver<Saved> | undefined;
  #loaded = false;
  /** A change made while the draft was being read wins over the draft. */
  #changedBeforeLoaded = false;
  #loading: Promise<void> | undefined;
  /** The store and key the draft was last written with, to re-write it when the host changes either. */
  #storeInUse: { store: DraftStore<Saved>; key: CryptoKey | undefined } | undefined;

  readonly #elsewhere: SameRecordElsewhere;
  #pageGone = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & DraftSettings<Saved>,
    private readonly record: DraftRecord<Saved>,
  ) {
    this.#elsewhere = new SameRecordElsewhere(`rhi-toolkit-${record.kind}-drafts`, (openElsewhere) => this.#show({ openElsewhere }));
    host.addController(this);
  }

  get status(): Readonly<DraftStatus> {
    return this.#status;
  }

  /** Resolves once a saved draft has been looked for (and restored, if there was one). */
  get loaded(): Promise<void> {
    // Not looked for before the host's first update: wait for it, then for the reading it started.
    return this.#loading ?? this.host.updateComplete.then(() => this.#loading);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.#flush);
    window.addEventListener('pageshow', this.#watchSameRecord);
    document.addEventListener('visibilitychange', this.#flush);
    this.#watchSameRecord();
  }

  hostUpdate(): void {
    // Lit has by now put back every property the page set before the element upgraded: the settings
    // are the host's own. The host may also give its draft-key (or turn drafts on) only later.
    const { draftKey } = this.host;
    if (!this.#loading && draftKey && this.#draftsOn()) this.#loading = this.#load(draftKey);
    else if (this.#loaded) this.#rewriteIfStoreChanged();
    this.#watchSameRecord();
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.#flush);
    window.removeEventListener('pageshow', this.#watchSameRecord);
    document.removeEventListener('visibilitychange', this.#flush);
    void this.#saver?.flush();
    this.#elsewhere.stop();
  }

  /** Watches for the same record open elsewhere while this one keeps a draft of it. */
  #watchSameRecord = (event?: Event): void => {
    // Between pagehide and pageshow the page is going (or in the back-forward cache): not open here.
    if (event?.type === 'pageshow') this.#pageGone = false;
    const { noDrafts, draftKey } = this.host;
    const editing = this.record.editing?.() ?? true;
    if (!noDrafts && draftKey && editing && this.host.isConnected && !this.#pageGone) this.#elsewhere.start(draftKey);
    else this.#elsewhere.stop();
  };

  /**
   * Saves what the component holds after a pause; called after every change to it. A change the
   * person made while the draft was still being read wins over the draft; one the component made
   * by itself (the wizard following a new assessment) does not.
   */
  changed(byPerson = true): void {
    if (!this.#loaded && byPerson) this.#changedBeforeLoaded = true;
    // A change the component made by itself must not write over a draft not yet read back.
    if (!this.#draftsOn() || !this.#saver || (!this.#loaded && !byPerson)) return;
    const draft = this.#draftNow();
    if (draft) this.#saver.schedule(draft);
  }

  /** What the component holds now, with the mark of a send not yet confirmed. */
  #draftNow(): Saved | undefined {
    const draft = this.record.draftAt(new Date().toISOString());
    return draft && this.#submittedAt ? { ...draft, submittedAt: this.#submittedAt } : draft;
  }

  /**
   * Writes a draft waiting for the typing pause now and resolves once every write asked for so far
   * is on the device (at once when drafts are off). For a host about to move away without a page
   * change (a single-page app's route), and for tests, which wait on it rather than on the clock.
   */
  async saveNow(): Promise<void> {
    await this.loaded;
    await this.#saver?.flush();
  }

  /**
   * The record is being sent: keeps the draft, marked with the time, until the host confirms it
   * stored the record (`discard`), so a case system that answers 503 loses nothing. Written at once,
   * as a form post navigates away; rejects (TimeoutError) like `discard` if the device does not answer.
   */
  async markSubmitted(): Promise<void> {
    this.#submittedAt = new Date().toISOString();
    if (!this.#draftsOn() || !this.#saver) return;
    const draft = this.#draftNow();
    if (!draft) return;
    this.#saver.schedule(draft);
    const writing = this.#saver.flush();
    // Already known not to answer: the record is not kept waiting another five seconds.
    if (this.#status.failure === 'stalled') throw new DOMException('The device has not answered.', 'TimeoutError');
    await withinStallTime(writing);
  }

  /**
   * Forgets any save waiting and deletes the draft from the device. Rejects (TimeoutError) if the
   * device has not answered within DRAFT_STALL_MS, so a blocked IndexedDB never holds up a submit:
   * the deletion still happens once the device answers, unless the page has gone by then.
   */
  async discard(): Promise<void> {
    this.#submittedAt = undefined;
    this.#show({ restoredAt: undefined, confirmingStartAgain: false, submittedAt: undefined });
    if (!this.#saver) return;
    const deletion = this.#saver.discard();
    if (this.#status.failure === 'stalled') {
      // Already known not to answer: no one is kept waiting another five seconds.
      deletion.catch(() => undefined);
      throw new DOMException('The device has not answered.', 'TimeoutError');
    }
    try {
      await withinStallTime(deletion);
    } catch (error) {
      this.#show({ failure: draftFailureOf(error) });
      throw error;
    }
  }

  askStartAgain(): void {
    this.#show({ confirmingStartAgain: true });
  }

  cancelStartAgain(): void {
    this.#show({ confirmingStartAgain: false });
  }

  /**
   * Deletes the draft, lets the component clear what it holds, then forgets the save that clearing
   * scheduled: nothing is kept until the next change. The person asked for the answers to go, so
   * they go even when the device is slow to delete the draft (the warning then says so).
   */
  async startAgain(clear: () => void): Promise<void> {
    await this.discard().catch(() => undefined);
    clear();
    await this.discard().catch(() => undefined);
  }

  #draftsOn(): boolean {
    return !this.host.noDrafts && Boolean(this.host.draftKey);
  }

  /** The store as the host's settings say now: with a key, one that encrypts before the host's store sees anything. */
  #currentStore(): DraftStore<Saved> {
    const { draftStore, draftEncryptionKey } = this.host;
    this.#storeInUse = { store: draftStore, key: draftEncryptionKey };
    // The encrypted store writes records of its own shape into the host's store, not `Saved`.
    return draftEncryptionKey ? encryptedDraftStore<Saved>(draftStore as DraftStore<unknown>, draftEncryptionKey) : draftStore;
  }

  /** Every read, write and deletion goes to the store of the moment, never one chosen earlier. */
  readonly #store: DraftStore<Saved> = {
    read: (key) => this.#currentStore().read(key),
    write: (key, draft) => this.#currentStore().write(key, draft),
    remove: (key) => this.#currentStore().remove(key),
  };

  /** A key (or store) given after the draft was written: write it again now, so no copy made without it is left waiting. */
  #rewriteIfStoreChanged(): void {
    const inUse = this.#storeInUse;
    if (!inUse || !this.#saver || (inUse.store === this.host.draftStore && inUse.key === this.host.draftEncryptionKey)) return;
    this.#storeInUse = { store: this.host.draftStore, key: this.host.draftEncryptionKey };
    const draft = this.#draftNow();
    if (!draft) return;
    this.#saver.schedule(draft);
    void this.#saver.flush();
  }

  async #load(draftKey: string): Promise<void> {
    const draftStore = this.#store;
    this.#saver = new DraftSaver(draftStore, draftKey, this.#onSaved);
    let draft: Saved | undefined;
    try {
      draft = await watchForStall(draftStore.read(draftKey), () => this.#show({ failure: 'stalled' }));
      // A read that was slow, not broken: nothing is wrong any more.
      if (this.#status.failure === 'stalled') this.#show({ failure: undefined });
    } catch (error) {
      this.#show({ failure: draftFailureOf(error) });
    }
    this.#loaded = true;
    if (this.#changedBeforeLoaded) {
      // What is on screen wins over the draft, and is kept from now on (drafts may have been turned on only now).
      this.changed(false);
      return;
    }
    if (!draft) return;
    if (hasExpired(draft, maxAgeMs(this.host.draftMaxAgeDays))) {
      // Should the device refuse, the next save overwrites it; there is nothing to tell the person.
      await draftStore.remove(draftKey).catch(() => undefined);
      return;
    }
    if (this.record.restorable && !this.record.restorable(draft)) return;
    this.#submittedAt = typeof draft.submittedAt === 'string' ? draft.submittedAt : undefined;
    await this.record.restore(draft);
    this.#show({ restoredAt: draft.savedAt, submittedAt: this.#submittedAt });
    this.record.restored?.(draft);
  }

  #onSaved = (failure: DraftFailure | undefined, draft: Saved): void => {
    this.#show(failure ? { failure } : { failure, lastSavedAt: draft.savedAt });
  };

  #flush = (event: Event): void => {
    // pagehide comes before the page turns hidden (Chromium, on reload or navigation): write then too.
    if (event.type === 'pagehide' || document.visibilityState === 'hidden' || !this.host.isConnected) void this.#saver?.flush();
    // The page is going (or into the back-forward cache, from which pageshow brings it back).
    if (event.type === 'pagehide') {
      this.#pageGone = true;
      this.#elsewhere.stop();
    }
  };

  /** Changes what the notices show, re-rendering the host only when something did change. */
  #show(change: Partial<DraftStatus>): void {
    const next = { ...this.#status, ...change };
    const keys = Object.keys(change) as (keyof DraftStatus)[];
    if (keys.every((key) => next[key] === this.#status[key])) return;
    this.#status = next;
    this.host.requestUpdate();
  }
}
