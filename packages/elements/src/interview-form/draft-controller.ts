/**
 * The draft of one record on this device, for `<rhi-interview-form>`: read once the form is first
 * connected, saved after each change (after a pause, by DraftSaver), written at once when the page
 * goes away, deleted by "start again" or a submit. It holds what the draft notices show; the form
 * holds the answers, so it hands them over to be saved and is asked to take a restored draft's back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftSaver, draftFailureOf, type Draft, type DraftFailure, type DraftStore } from './draft-store.js';
import { rhiEvent, type RhiDraftRestoredDetail } from './interview-form.events.js';

/** The host's draft settings, read when it is connected and at each change. */
export interface DraftSettings {
  readonly noDrafts: boolean;
  readonly draftKey: string | undefined;
  readonly draftStore: DraftStore;
}

/** How the controller reaches the form's answers, which it never keeps itself. */
export interface DraftRecord {
  /** The answers and half-typed boxes to save, as they are now. */
  current(): Pick<Draft, 'answers' | 'rawInputs'>;
  /** Puts a restored draft's answers in the form; resolves once the form has taken them. */
  restore(draft: Draft): Promise<void>;
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

export class DraftController implements ReactiveController {
  #status: DraftStatus = { restoredAt: undefined, confirmingStartAgain: false, failure: undefined, lastSavedAt: undefined };
  #saver: DraftSaver | undefined;
  #loaded = false;
  /** A change made while the draft was being read wins over the draft. */
  #changedBeforeLoaded = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & DraftSettings,
    private readonly record: DraftRecord,
  ) {
    host.addController(this);
  }

  get status(): Readonly<DraftStatus> {
    return this.#status;
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.#flush);
    document.addEventListener('visibilitychange', this.#flush);
    if (!this.#loaded) void this.#load();
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.#flush);
    document.removeEventListener('visibilitychange', this.#flush);
    void this.#saver?.flush();
  }

  /** Saves the form's answers after a pause; called after every change the form makes to them. */
  answersChanged(): void {
    if (!this.#loaded) this.#changedBeforeLoaded = true;
    if (this.host.noDrafts || !this.host.draftKey || !this.#saver) return;
    this.#saver.schedule({ ...this.record.current(), savedAt: new Date().toISOString() });
  }

  /** Forgets any save waiting and deletes the draft from the device. */
  async discard(): Promise<void> {
    this.#show({ restoredAt: undefined });
    if (this.#saver) await this.#saver.discard();
  }

  askStartAgain(): void {
    this.#show({ confirmingStartAgain: true });
  }

  cancelStartAgain(): void {
    this.#show({ confirmingStartAgain: false });
  }

  /**
   * Deletes the draft, lets the form clear its answers, then forgets the save that clearing
   * scheduled: nothing is kept until the next change.
   */
  async startAgain(clearAnswers: () => void): Promise<void> {
    this.#show({ confirmingStartAgain: false });
    await this.discard();
    clearAnswers();
    await this.#saver?.discard();
  }

  async #load(): Promise<void> {
    const { noDrafts, draftKey, draftStore } = this.host;
    if (noDrafts || !draftKey) {
      this.#loaded = true;
      return;
    }
    this.#saver = new DraftSaver(draftStore, draftKey, this.#onSaved);
    let draft: Draft | undefined;
    try {
      draft = await draftStore.read(draftKey);
    } catch (error) {
      this.#show({ failure: draftFailureOf(error) });
    }
    this.#loaded = true;
    if (!draft || this.#changedBeforeLoaded) return;
    await this.record.restore(draft);
    this.#show({ restoredAt: draft.savedAt });
    const detail: RhiDraftRestoredDetail = { answers: this.record.current().answers, savedAt: draft.savedAt };
    this.host.dispatchEvent(rhiEvent('rhi-draft-restored', detail));
  }

  #onSaved = (failure: DraftFailure | undefined, draft: Draft): void => {
    this.#show(failure ? { failure } : { failure, lastSavedAt: draft.savedAt });
  };

  #flush = (event: Event): void => {
    // pagehide comes before the page turns hidden (Chromium, on reload or navigation): write then too.
    if (event.type === 'pagehide' || document.visibilityState === 'hidden' || !this.host.isConnected) void this.#saver?.flush();
  };

  /** Changes what the notices show, re-rendering the form only when something did change. */
  #show(change: Partial<DraftStatus>): void {
    const next = { ...this.#status, ...change };
    const keys = Object.keys(change) as (keyof DraftStatus)[];
    if (keys.every((key) => next[key] === this.#status[key])) return;
    this.#status = next;
    this.host.requestUpdate();
  }
}
