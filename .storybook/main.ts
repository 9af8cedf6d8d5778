// Storybook 10 for the widgets: `npm run storybook` (dev server on port 6006) and `npm run build-storybook`
// (static site in storybook-static/). Both scripts generate custom-elements.json first: the docs pages read
// attributes, properties, events, slots, CSS parts and CSS properties from it (see preview.ts).
// Each widget's docs page is written for a county webmaster (stories/<widget>.mdx): named like its stories file,
// it takes the place of the page autodocs would generate, so the sidebar has one "Docs" entry per widget.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    // No requests to third parties, from the build or from the manager.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  // The demo's sample data and assets, so stories can use `src="/data/disclosure.json"`.
  staticDirs: [
    { from: '../demo/data', to: '/data' },
    { from: '../demo/assets', to: '/assets' },
  ],
};

export default config;
