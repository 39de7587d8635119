/**
 * Shows every `rhi-*` event a story's components send in Storybook's Actions panel. The events
 * come from custom-elements.json (Storybook makes an `on…` action for each); they bubble and are
 * composed, so one listener around the story hears them all.
 */
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Decorator } from '@storybook/web-components-vite';

type Args = Record<string, unknown>;

const listening = new WeakMap<Element, { args: Args }>();

export const withEventActions: Decorator = (story, context) => {
  const actions = Object.entries(context.argTypes)
    .map(([key, argType]) => ({ key, event: (argType as { action?: { name?: string } }).action?.name }))
    .filter((entry): entry is { key: string; event: string } => Boolean(entry.event?.startsWith('rhi-')));
  const attach = (element: Element | undefined) => {
    if (!element) return;
    const known = listening.get(element);
    // Re-renders keep the listeners and give them the latest args.
    if (known) {
      known.args = context.args;
      return;
    }
    const current = { args: context.args };
    listening.set(element, current);
    for (const { key, event } of actions) {
      element.addEventListener(event, (heard) => {
        const action = current.args[key];
        if (typeof action === 'function') action((heard as CustomEvent).detail);
      });
    }
  };
  return html`<div class="rhi-story-events" ${ref(attach)}>${story()}</div>`;
};
