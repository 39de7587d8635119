/** The error message pattern, one story per example of its fixture (test/govuk/fixtures/error-message.fixture.ts). */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import fixture from '../test/govuk/fixtures/error-message.fixture.js';
import { renderExample } from './support/govuk-story.js';

type Args = (typeof fixture.examples)[string];

export default { title: 'GOV.UK patterns/Error message', render: renderExample(fixture) } satisfies Meta<Args>;

export const English: StoryObj<Args> = { name: 'english', args: fixture.examples['english'] };
export const Welsh: StoryObj<Args> = { name: 'welsh', args: fixture.examples['welsh'] };
