// Every story: the language and ruleset toolbars, the components' docs from their manifest, and the
// accessibility checks (addon-a11y) failing a story with a violation.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withEventActions } from '../stories/support/event-actions.js';
import { OWN_RULESET, storySetting } from '../stories/support/story-setting.js';
import { ComponentDocsPage } from './component-docs-page.js';
import '../stories/support/stories.css';

// Written by `npm run build` (custom-elements-manifest analyzer). Read through a glob so Storybook
// still builds without it; the Documentation pages then lack the attribute and event tables.
const manifests = import.meta.glob<object>('../packages/elements/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

/** The toolbar's language on the page (so the components and axe see it) and around the story. */
const withLanguage: Decorator = (story, context) => {
  const { lang } = storySetting(context);
  document.documentElement.lang = lang;
  return html`<div class="rhi-story" lang=${lang}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withEventActions, withLanguage],
  globalTypes: {
    lang: {
      description: 'Language of the components',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'cy', title: 'Cymraeg (Welsh)' },
        ],
        dynamicTitle: true,
      },
    },
    ruleset: {
      description: 'Ruleset the components are given',
      toolbar: {
        title: 'Ruleset',
        icon: 'document',
        items: [
          { value: OWN_RULESET, title: "Story's own ruleset" },
          { value: 'england', title: 'england' },
          { value: 'wales', title: 'wales' },
          { value: 'example-locality', title: 'example-locality' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', ruleset: OWN_RULESET },
  parameters: {
    a11y: { test: 'error' },
    docs: { page: ComponentDocsPage },
    controls: { expanded: true, sort: 'requiredFirst' },
    options: {
      storySort: { order: ['Introduction', 'Training scenarios', 'Components', ['Interview', 'Interview form', 'Risk panel', 'Referral wizard', 'Outcomes chart']] },
    },
  },
};

export default preview;
