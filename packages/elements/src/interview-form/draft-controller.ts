/**
 * The form keeps its draft with the shared DraftController (shared/draft-controller.ts); the
 * notices read its status under this name.
 */
export type { DraftStatus } from '../shared/draft-controller.js';
