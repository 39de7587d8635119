/** The character count pattern, one story per example of its fixture (test/govuk/fixtures/character-count.fixture.ts). */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import fixture from '../test/govuk/fixtures/character-count.fixture.js';
import { renderExample } from './support/govuk-story.js';

type Args = (typeof fixture.examples)[string];

export default { title: 'GOV.UK patterns/Character count', render: renderExample(fixture) } satisfies Meta<Args>;

export const CharactersLeft: StoryObj<Args> = { name: 'characters left', args: fixture.examples['characters left'] };
export const TooManyInWelsh: StoryObj<Args> = { name: 'too many, in Welsh', args: fixture.examples['too many, in Welsh'] };
