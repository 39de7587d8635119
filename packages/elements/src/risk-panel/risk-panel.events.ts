/** The events `<rhi-risk-panel>` sends. They bubble and cross shadow roots (composed). */
export { rhiEvent } from '../interview-form/interview-form.events.js';

/** Sent when the interviewer follows a link to an answer the rules still need. */
export interface RhiFocusFieldDetail {
  /** Dotted path of the answer, e.g. `episode.returnedAt` or `episode.previousEpisodes.0.returnedAt`. */
  path: string;
}

declare global {
  interface HTMLElementEventMap {
    'rhi-focus-field': CustomEvent<RhiFocusFieldDetail>;
  }
}
