/**
 * Draft stores for tests of `<rhi-referral-wizard>`: one in memory that records every call and
 * can be told to fail, and direct access to the IndexedDB database the default store uses.
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import type { ReferralDraft, ReferralDraftStore } from '../../packages/elements/src/referral-wizard/referral-draft-store.js';

export interface ReferralStoreCall {
  method: 'read' | 'write' | 'remove';
  key: string;
  at: number;
  draft?: ReferralDraft;
}

/** Keeps drafts in a Map and records each call; `failWrites` / `failReads` make it throw like a browser would. */
export class RecordingReferralDraftStore implements ReferralDraftStore {
  readonly drafts = new Map<string, ReferralDraft>();
  readonly calls: ReferralStoreCall[] = [];
  failWrites: DOMException | undefined;
  failReads: DOMException | undefined;

  get writes(): ReferralStoreCall[] {
    return this.calls.filter((call) => call.method === 'write');
  }

  async read(key: string): Promise<ReferralDraft | undefined> {
    this.calls.push({ method: 'read', key, at: performance.now() });
    if (this.failReads) throw this.failReads;
    return structuredClone(this.drafts.get(key));
  }

  async write(key: string, draft: ReferralDraft): Promise<void> {
    this.calls.push({ method: 'write', key, at: performance.now(), draft: structuredClone(draft) });
    if (this.failWrites) throw this.failWrites;
    this.drafts.set(key, structuredClone(draft));
  }

  async remove(key: string): Promise<void> {
    this.calls.push({ method: 'remove', key, at: performance.now() });
    this.drafts.delete(key);
  }
}

let database: UseStore | undefined;

function referralDatabase(): UseStore {
  database ??= createStore('rhi-toolkit-referrals', 'referral-drafts');
  return database;
}

/** What the default store holds under a key, read straight from IndexedDB. */
export function storedReferralDraft(key: string): Promise<ReferralDraft | undefined> {
  return get<ReferralDraft>(key, referralDatabase());
}

/** Puts a draft into IndexedDB as the wizard's own default store would (a draft saved before it was joined to a record). */
export function saveTestReferralDraft(key: string, draft: ReferralDraft): Promise<void> {
  return set(key, draft, referralDatabase());
}

/** Deletes every wizard draft the tests wrote (keys starting `test-`). */
export async function removeTestReferralDrafts(): Promise<void> {
  const testKeys = (await keys(referralDatabase())).filter((key) => String(key).startsWith('test-'));
  await Promise.all(testKeys.map((key) => del(key, referralDatabase())));
}
