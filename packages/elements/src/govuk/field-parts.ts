/**
 * What every GOV.UK question template shares: the form group, the hint, the ids a control is
 * described by, and "left this question". Not a pattern of its own, so it has no fixture.
 */
import { html, nothing, type TemplateResult } from 'lit';

export function groupClass(error: string | undefined): string {
  return error ? 'form-group form-group--error' : 'form-group';
}

/** The ids present, space-separated; none, no attribute. */
export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(' ') : undefined;
}

export function hint(id: string, content: unknown, className = 'hint'): TemplateResult | typeof nothing {
  if (content === undefined || content === null || content === '' || content === nothing) return nothing;
  return html`<div id="${id}-hint" class=${className} part="hint">${content}</div>`;
}

/** Calls `leave` once focus goes outside the whole group (not between date boxes or radios). */
export function leaveHandler(leave: (() => void) | undefined) {
  return (event: FocusEvent) => {
    const group = event.currentTarget as HTMLElement;
    if (!leave || group.contains(event.relatedTarget as Node | null)) return;
    // After the event: Chromium also sends focusout while a render removes the focused control (going
    // to another page), and the owner must not change its state in the middle of that render. Leaving
    // by going to another page is leaving all the same (a half-typed date settles).
    queueMicrotask(leave);
  };
}
