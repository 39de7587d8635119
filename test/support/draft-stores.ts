/**
 * Draft stores for tests of `<rhi-interview-form>`: one in memory that records every call and can
 * be told to fail, and direct access to the real IndexedDB database the default store uses.
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import type { Draft, DraftStore } from '../../packages/elements/src/index.js';

export interface StoreCall {
  method: 'read' | 'write' | 'remove';
  key: string;
  /** `performance.now()` when the form called the store. */
  at: number;
  draft?: Draft;
}

/** Keeps drafts in a Map and records each call; `failWrites` / `failReads` make it throw like a browser would. */
export class RecordingDraftStore implements DraftStore {
  readonly drafts = new Map<string, Draft>();
  readonly calls: StoreCall[] = [];
  failWrites: DOMException | undefined;
  failReads: DOMException | undefined;

  constructor(saved: Record<string, Draft> = {}) {
    for (const [key, draft] of Object.entries(saved)) this.drafts.set(key, draft);
  }

  get writes(): StoreCall[] {
    return this.calls.filter((call) => call.method === 'write');
  }

  get removes(): StoreCall[] {
    return this.calls.filter((call) => call.method === 'remove');
  }

  async read(key: string): Promise<Draft | undefined> {
    this.calls.push({ method: 'read', key, at: performance.now() });
    if (this.failReads) throw this.failReads;
    return structuredClone(this.drafts.get(key));
  }

  async write(key: string, draft: Draft): Promise<void> {
    this.calls.push({ method: 'write', key, at: performance.now(), draft: structuredClone(draft) });
    if (this.failWrites) throw this.failWrites;
    this.drafts.set(key, structuredClone(draft));
  }

  async remove(key: string): Promise<void> {
    this.calls.push({ method: 'remove', key, at: performance.now() });
    this.drafts.delete(key);
  }
}

/** A draft key no other test uses, so tests never see each other's drafts. */
export function uniqueDraftKey(purpose: string): string {
  return `test-${purpose}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

let database: UseStore | undefined;

/** The database and object store the form's default store writes to. */
function draftDatabase(): UseStore {
  database ??= createStore('rhi-toolkit', 'interview-drafts');
  return database;
}

/** What the default store holds under a key, read straight from IndexedDB. */
export function storedDraft(key: string): Promise<Draft | undefined> {
  return get<Draft>(key, draftDatabase());
}

/** Deletes every draft the tests wrote (keys starting `test-`), leaving any other draft alone. */
export async function removeTestDrafts(): Promise<void> {
  const testKeys = (await keys(draftDatabase())).filter((key) => String(key).startsWith('test-'));
  await Promise.all(testKeys.map((key) => del(key, draftDatabase())));
}

/** Puts a draft into IndexedDB as the form's default store would, for a form to restore. */
export function saveTestDraft(key: string, draft: Draft): Promise<void> {
  return set(key, draft, draftDatabase());
}

/** A fresh AES-GCM key of the kind a host gives as `draftEncryptionKey`. */
export function newEncryptionKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Everything a stored record holds, as text: its JSON and, for an encrypted one, its ciphertext's bytes read as text. */
export function storedText(record: unknown): string {
  const ciphertext = (record as { ciphertext?: ArrayBuffer } | undefined)?.ciphertext;
  const json = JSON.stringify(record, (_key, value: unknown) => (value instanceof ArrayBuffer ? [...new Uint8Array(value)] : value));
  return `${json}\n${ciphertext ? new TextDecoder('latin1').decode(ciphertext) : ''}`;
}
