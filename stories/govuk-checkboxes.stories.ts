/** The checkboxes pattern, one story per example of its fixture (test/govuk/fixtures/checkboxes.fixture.ts). */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import fixture from '../test/govuk/fixtures/checkboxes.fixture.js';
import { renderExample } from './support/govuk-story.js';

type Args = (typeof fixture.examples)[string];

export default { title: 'GOV.UK patterns/Checkboxes', render: renderExample(fixture) } satisfies Meta<Args>;

export const SeveralAnswers: StoryObj<Args> = { name: 'several answers', args: fixture.examples['several answers'] };
export const LongLabelsWithHintsAndAReveal: StoryObj<Args> = { name: 'long labels with hints and a reveal', args: fixture.examples['long labels with hints and a reveal'] };
