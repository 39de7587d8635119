/**
 * The wizard keeps its draft with the shared DraftController (shared/draft-controller.ts); the
 * notices read its status under this name.
 */
export type { DraftStatus as ReferralDraftStatus } from '../shared/draft-controller.js';
