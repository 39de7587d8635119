// Storybook for trainers and developers: every component state, and the training scenarios built
// from test/scenarios/*.json. Written by hand (no init wizard); see docs/storybook.md.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Councils run this on closed networks: nothing is sent anywhere.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Documentation' },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // Storybook's renderer imports lit/directive-helpers.js itself; pre-bundled with lit, the dev
    // server loads one copy of lit-html rather than two (lit warns about multiple versions).
    optimizeDeps: { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
    // The preview bundles the engine, three built rulesets and axe: large, and fine for a static site.
    build: { ...viteConfig.build, chunkSizeWarningLimit: 4096 },
  }),
};

export default config;
