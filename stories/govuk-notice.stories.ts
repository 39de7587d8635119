/** The notice pattern, one story per example of its fixture (test/govuk/fixtures/notice.fixture.ts). */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import fixture from '../test/govuk/fixtures/notice.fixture.js';
import { renderExample } from './support/govuk-story.js';

type Args = (typeof fixture.examples)[string];

export default { title: 'GOV.UK patterns/Notice', render: renderExample(fixture) } satisfies Meta<Args>;

export const DraftRestoredWithItsButton: StoryObj<Args> = { name: 'draft restored, with its button', args: fixture.examples['draft restored, with its button'] };
export const Warning: StoryObj<Args> = { name: 'warning', args: fixture.examples['warning'] };
export const AWarningWithoutATitle: StoryObj<Args> = { name: 'a warning without a title', args: fixture.examples['a warning without a title'] };
