/** The error summary pattern, one story per example of its fixture (test/govuk/fixtures/error-summary.fixture.ts). */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import fixture from '../test/govuk/fixtures/error-summary.fixture.js';
import { renderExample } from './support/govuk-story.js';

type Args = (typeof fixture.examples)[string];

export default { title: 'GOV.UK patterns/Error summary', render: renderExample(fixture) } satisfies Meta<Args>;

export const LinksToTheQuestions: StoryObj<Args> = { name: 'links to the questions', args: fixture.examples['links to the questions'] };
export const WithASentenceAndAnItemWithNothingToLinkTo: StoryObj<Args> = { name: 'with a sentence and an item with nothing to link to', args: fixture.examples['with a sentence and an item with nothing to link to'] };
