/** The summary list pattern, one story per example of its fixture (test/govuk/fixtures/summary-list.fixture.ts). */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import fixture from '../test/govuk/fixtures/summary-list.fixture.js';
import { renderExample } from './support/govuk-story.js';

type Args = (typeof fixture.examples)[string];

export default { title: 'GOV.UK patterns/Summary list', render: renderExample(fixture) } satisfies Meta<Args>;

export const CheckYourAnswers: StoryObj<Args> = { name: 'check your answers', args: fixture.examples['check your answers'] };
export const CompactTwoColumns: StoryObj<Args> = { name: 'compact, two columns', args: fixture.examples['compact, two columns'] };
