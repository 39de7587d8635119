/**
 * The draft of one case's referrals on this device, for `<rhi-referral-wizard>`: read once the
 * wizard is first connected, saved after each change (after a pause), written at once when the
 * page goes away, deleted by "start again" or once the referrals are sent. The wizard holds the
 * state; this controller holds only what the draft notices show.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { draftFailureOf } from '../interview-form/draft-store.js';
import type { ReferralWizardState } from './referral-types.js';
import { ReferralDraftSaver, type DraftFailure, type ReferralDraft, type ReferralDraftStore } from './referral-draft-store.js';

/** The wizard's draft settings, read when it is connected and at each change. */
export interface ReferralDraftSettings {
  readonly noDrafts: boolean;
  readonly draftKey: string | undefined;
  readonly draftStore: ReferralDraftStore;
}

/** How the controller reaches the wizard's state, which it never keeps itself. */
export interface ReferralDraftRecord {
  current(): ReferralWizardState | undefined;
  /** Puts a restored draft's state in the wizard; resolves once the wizard has taken it. */
  restore(draft: ReferralDraft): Promise<void>;
}

/** What the draft notices say. */
export interface ReferralDraftStatus {
  restoredAt: string | undefined;
  confirmingStartAgain: boolean;
  failure: DraftFailure | undefined;
  lastSavedAt: string | undefined;
}

export class ReferralDraftController implements ReactiveController {
  #status: ReferralDraftStatus = { restoredAt: undefined, confirmingStartAgain: false, failure: undefined, lastSavedAt: undefined };
  #saver: ReferralDraftSaver | undefined;
  #loaded = false;
  /** A change made while the draft was being read wins over the draft. */
  #changedBeforeLoaded = false;
  #loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & ReferralDraftSettings,
    private readonly record: ReferralDraftRecord,
  ) {
    host.addController(this);
  }

  get status(): Readonly<ReferralDraftStatus> {
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
   * Saves the wizard's state after a pause; called after every change to it. A change the worker
   * made while the draft was still being read wins over the draft; one the wizard made by itself
   * (following a new assessment) does not.
   */
  changed(byWorker = true): void {
    if (!this.#loaded && byWorker) this.#changedBeforeLoaded = true;
    const state = this.record.current();
    if (this.host.noDrafts || !this.host.draftKey || !this.#saver || !state) return;
    this.#saver.schedule({ state, savedAt: new Date().toISOString() });
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

  /** Deletes the draft, lets the wizard start afresh, then forgets the save that scheduled. */
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
    this.#saver = new ReferralDraftSaver(draftStore, draftKey, this.#onSaved);
    let draft: ReferralDraft | undefined;
    try {
      draft = await draftStore.read(draftKey);
    } catch (error) {
      this.#show({ failure: draftFailureOf(error) });
    }
    this.#loaded = true;
    if (!draft?.state || this.#changedBeforeLoaded) return;
    await this.record.restore(draft);
    this.#show({ restoredAt: draft.savedAt });
  }

  #onSaved = (failure: DraftFailure | undefined, draft: ReferralDraft): void => {
    this.#show(failure ? { failure } : { failure, lastSavedAt: draft.savedAt });
  };

  #flush = (event: Event): void => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden' || !this.host.isConnected) void this.#saver?.flush();
  };

  #show(change: Partial<ReferralDraftStatus>): void {
    const next = { ...this.#status, ...change };
    const keys = Object.keys(change) as (keyof ReferralDraftStatus)[];
    if (keys.every((key) => next[key] === this.#status[key])) return;
    this.#status = next;
    this.host.requestUpdate();
  }
}
