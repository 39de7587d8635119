/**
 * Decides when the live region speaks: once the assessments have stopped changing for a moment
 * (typing changes them at every key), and only if what matters differs from what was last said.
 * The first assessment shown is never announced: it is what the reader finds, not a change.
 */
import type { Assessment } from '@rhi-toolkit/engine';
import { sameSummary, summaryOf, type PanelSummary } from './panel-summary.js';

export class SettledAnnouncer {
  #said: PanelSummary | undefined;
  #latest: Assessment | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly settleMilliseconds: () => number,
    private readonly announce: (summary: PanelSummary) => void,
  ) {}

  /** Called with every assessment the panel shows (undefined when it shows none). */
  shown(assessment: Assessment | undefined): void {
    this.#latest = assessment;
    if (!assessment) return;
    if (!this.#said) {
      this.#said = summaryOf(assessment);
      return;
    }
    this.stop();
    this.#timer = setTimeout(() => this.#settled(), this.settleMilliseconds());
  }

  stop(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #settled(): void {
    this.#timer = undefined;
    if (!this.#latest) return;
    const summary = summaryOf(this.#latest);
    if (sameSummary(this.#said, summary)) return;
    this.#said = summary;
    this.announce(summary);
  }
}
