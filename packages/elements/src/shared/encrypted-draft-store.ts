/**
 * Drafts encrypted at rest with a key the host gives (AES-GCM through WebCrypto), so answers on a
 * shared council PC cannot be read from the browser's storage without that key. Wraps any store:
 * what reaches it is `{ iv, ciphertext, savedAt }`, never the draft itself.
 */
import type { DraftStore } from './draft-store.js';

/** What an encrypted draft looks like in the store. */
export interface EncryptedDraft {
  /** The random 12-byte AES-GCM nonce of this write. */
  iv: Uint8Array<ArrayBuffer>;
  /** The draft's JSON, encrypted and authenticated. */
  ciphertext: ArrayBuffer;
  /** Left in the clear, so an expired draft can be recognised without the key; it is not an answer. */
  savedAt?: string;
}

const IV_BYTES = 12;

function isEncryptedDraft(stored: unknown): stored is EncryptedDraft {
  return typeof stored === 'object' && stored !== null && (stored as EncryptedDraft).iv instanceof Uint8Array && (stored as EncryptedDraft).ciphertext instanceof ArrayBuffer;
}

/**
 * A store that encrypts each draft with `key` before `store` sees it. Reading a draft the key cannot
 * decrypt throws (shown as a storage failure; the draft is left alone, for the right key). A draft
 * found in the clear is deleted and not restored: once a host encrypts, no readable draft may linger.
 */
export function encryptedDraftStore<Saved extends { savedAt?: string }>(store: DraftStore<unknown>, key: CryptoKey): DraftStore<Saved> {
  return {
    async read(draftKey) {
      const stored = await store.read(draftKey);
      if (stored === undefined) return undefined;
      if (!isEncryptedDraft(stored)) {
        await store.remove(draftKey);
        return undefined;
      }
      // A wrong key (or tampered bytes) rejects with an OperationError, which reaches the person as a warning.
      const plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: stored.iv }, key, stored.ciphertext);
      return JSON.parse(new TextDecoder().decode(plaintext)) as Saved;
    },
    async write(draftKey, draft) {
      // A fresh nonce for every write: reusing one under the same key would break AES-GCM.
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(draft)));
      const encrypted: EncryptedDraft = { iv, ciphertext, savedAt: draft.savedAt };
      await store.write(draftKey, encrypted);
    },
    remove: (draftKey) => store.remove(draftKey),
  };
}
