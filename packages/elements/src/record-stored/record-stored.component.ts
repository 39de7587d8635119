import { LitElement, css, nothing } from 'lit';
import type { DraftStore } from '../shared/draft-store.js';
import { indexedDbInterviewDraftStore } from '../interview-form/draft-store.js';
import { indexedDbReferralDraftStore } from '../referral-wizard/referral-draft-store.js';
import { draftDeletedEvent } from './record-stored.events.js';

/** Whose draft a confirmation names: the interview record's (the form's) or the referrals' (the wizard's). */
export type StoredRecordKind = 'interview' | 'referrals';

/**
 * `<rhi-record-stored draft-key="…">`: for the page a case system shows once it has stored a record
 * (a server-rendered confirmation needs no script of its own). Deletes that record's draft from
 * this device, which `<rhi-interview-form>` keeps, marked as sent, from its submit until storage is
 * confirmed, so that a failed post (a 503, an expired session) never loses the answers. Shows nothing.
 *
 * Attributes: `draft-key` (the same key the form had), `kind` (`interview`, the default, or
 * `referrals` for `<rhi-referral-wizard>`'s draft). Property: `draftStore`, for a host that gave the
 * component its own store. A draft encrypted with a host's key is deleted without the key.
 *
 * @event {CustomEvent<RhiDraftDeletedDetail>} rhi-draft-deleted - The draft was deleted (or there was none).
 */
export class RhiRecordStored extends LitElement {
  static override styles = css`
    :host {
      display: none;
    }
  `;

  static override properties = {
    draftKey: { type: String, attribute: 'draft-key' },
    kind: { type: String },
    draftStore: { attribute: false },
  };

  /** The key of the stored record's draft. No key, nothing is deleted. */
  declare draftKey: string | undefined;
  declare kind: StoredRecordKind;
  /** The store the component kept the draft in. Default: the one of `kind` on this device (IndexedDB). */
  declare draftStore: DraftStore<unknown> | undefined;

  #deleted: Promise<void> | undefined;

  constructor() {
    super();
    this.kind = 'interview';
    this.draftStore = undefined;
  }

  /** Resolves once the draft has been deleted; rejects with the device's error if it could not be. */
  get deleted(): Promise<void> {
    return this.#deleted ?? this.updateComplete.then(() => this.#deleted);
  }

  // Deleted in the first update, not in connectedCallback: only then are properties a page set
  // before the toolkit loaded (a `draftStore`) put back by lit.
  protected override firstUpdated(): void {
    const draftKey = this.draftKey;
    if (!draftKey) {
      console.warn('rhi-record-stored: no draft-key, so no draft was deleted. Give it the draft-key the form (or wizard) had.');
      this.#deleted = Promise.resolve();
      return;
    }
    const store = this.draftStore ?? (this.kind === 'referrals' ? indexedDbReferralDraftStore() : indexedDbInterviewDraftStore());
    this.#deleted = store.remove(draftKey).then(() => {
      this.dispatchEvent(draftDeletedEvent({ draftKey }));
    });
    // A device that refuses is reported by `deleted`; the draft then expires after draft-max-age-days.
    this.#deleted.catch(() => undefined);
  }

  protected override render() {
    return nothing;
  }
}
