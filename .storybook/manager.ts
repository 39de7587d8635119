// The Storybook window around the stories: the toolkit's name instead of Storybook's logo.
import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

addons.setConfig({
  theme: create({ base: 'light', brandTitle: 'Return Home Interview toolkit', brandTarget: '_self' }),
});
