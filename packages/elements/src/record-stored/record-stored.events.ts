/** The event `<rhi-record-stored>` sends. It bubbles and crosses shadow roots (composed). */

export interface RhiDraftDeletedDetail {
  /** The key of the draft that was deleted (or that there was none under). */
  draftKey: string;
}

export function draftDeletedEvent(detail: RhiDraftDeletedDetail): CustomEvent<RhiDraftDeletedDetail> {
  return new CustomEvent('rhi-draft-deleted', { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'rhi-draft-deleted': CustomEvent<RhiDraftDeletedDetail>;
  }
}
