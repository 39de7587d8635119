/**
 * The draft of one record on this device, for a component that keeps one (`<rhi-interview-form>`,
 * `<rhi-referral-wizard>`): read once the component is first connected, saved after each change
 * (after a pause, by DraftSaver), written at once when the page goes away, deleted by "start again",
 * a submit or sending. It holds what the draft notices show; the component holds what is drafted,
 * so it hands that over to be saved and is asked to take a restored draft's back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftSaver, draftFailureOf, type DraftFailure, type DraftStore } from './draft-store.js';

/** Every draft says when it was saved: the notices show it. */
export interface SavedDraft {
  /** ISO instant of the save. */
  savedAt: string;
}

/** The host's draft settings, read when it is connected and at each change. */
export interface DraftSettings<Saved> {
  readonly noDrafts: boolean;
  readonly draftKey: string | undefined;
  readonly draftStore: DraftStore<Saved>;
}

/** How the controller reaches what the component holds, which it never keeps itself. */
export interface DraftRecord<Saved extends SavedDraft> {
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
}

export class DraftController<Saved extends SavedDraft> implements ReactiveController {
  #status: DraftStatus = { restoredAt: undefined, confirmingStartAgain: false, failure: undefined, lastSavedAt: undefined };
  #saver: DraftSaver<Saved> | undefined;
  #loaded = false;
  /** A change made while the draft was being read wins over the draft. */
  #changedBeforeLoaded = false;
  #loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & DraftSettings<Saved>,
    private readonly record: DraftRecord<Saved>,
  ) {
    host.addController(this);
  }

  get status(): Readonly<DraftStatus> {
    return this.#status;
  }

  /** Resolves once a saved draft has been looked for (and restored, if there was one). */
  get loaded(): Promise<void> {
    return this.#loading ?? Promise.resolve();
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.#flush);
    document.addEventListener('visibilitychange', this.#flush);
    if (!this.#loaded && !this.#loading) this.#loading = this.#load();
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.#flush);
    document.removeEventListener('visibilitychange', this.#flush);
    void this.#saver?.flush();
  }

  /**
   * Saves what the component holds after a pause; called after every change to it. A change the
   * person made while the draft was still being read wins over the draft; one the component made
   * by itself (the wizard following a new assessment) does not.
   */
  changed(byPerson = true): void {
    if (!this.#loaded && byPerson) this.#changedBeforeLoaded = true;
    if (this.host.noDrafts || !this.host.draftKey || !this.#saver) return;
    const draft = this.record.draftAt(new Date().toISOString());
    if (draft) this.#saver.schedule(draft);
  }

  /** Forgets any save waiting and deletes the draft from the device. */
  async discard(): Promise<void> {
    this.#show({ restoredAt: undefined, confirmingStartAgain: false });
    if (this.#saver) await this.#saver.discard();
  }

  askStartAgain(): void {
    this.#show({ confirmingStartAgain: true });
  }

  cancelStartAgain(): void {
    this.#show({ confirmingStartAgain: false });
  }

  /**
   * Deletes the draft, lets the component clear what it holds, then forgets the save that clearing
   * scheduled: nothing is kept until the next change.
   */
  async startAgain(clear: () => void): Promise<void> {
    await this.discard();
    clear();
    await this.#saver?.discard();
  }

  async #load(): Promise<void> {
    const { noDrafts, draftKey, draftStore } = this.host;
    if (noDrafts || !draftKey) {
      this.#loaded = true;
      return;
    }
    this.#saver = new DraftSaver(draftStore, draftKey, this.#onSaved);
    let draft: Saved | undefined;
    try {
      draft = await draftStore.read(draftKey);
    } catch (error) {
      this.#show({ failure: draftFailureOf(error) });
    }
    this.#loaded = true;
    if (!draft || this.#changedBeforeLoaded) return;
    if (this.record.restorable && !this.record.restorable(draft)) return;
    await this.record.restore(draft);
    this.#show({ restoredAt: draft.savedAt });
    this.record.restored?.(draft);
  }

  #onSaved = (failure: DraftFailure | undefined, draft: Saved): void => {
    this.#show(failure ? { failure } : { failure, lastSavedAt: draft.savedAt });
  };

  #flush = (event: Event): void => {
    // pagehide comes before the page turns hidden (Chromium, on reload or navigation): write then too.
    if (event.type === 'pagehide' || document.visibilityState === 'hidden' || !this.host.isConnected) void this.#saver?.flush();
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
