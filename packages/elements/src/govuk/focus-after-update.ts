/**
 * Moves focus after the host's next render (a page heading, the error summary, a revealed box):
 * one ReactiveController for the form and the wizard, so both scroll and focus alike.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type FocusHost = ReactiveControllerHost & HTMLElement;

export class FocusAfterUpdate implements ReactiveController {
  readonly #host: FocusHost;
  #pending: string | undefined;

  constructor(host: FocusHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Focuses the element with this id (in the host's shadow root) once the host has updated. */
  request(id: string | undefined): void {
    if (!id) return;
    this.#pending = id;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.#pending) return;
    const root = this.#host.shadowRoot ?? this.#host;
    const target = root.querySelector<HTMLElement>(`[id="${CSS.escape(this.#pending)}"]`);
    this.#pending = undefined;
    if (!target) return;
    target.focus();
    target.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
