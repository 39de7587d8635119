/** The date input pattern, one story per example of its fixture (test/govuk/fixtures/date-input.fixture.ts). */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import fixture from '../test/govuk/fixtures/date-input.fixture.js';
import { renderExample } from './support/govuk-story.js';

type Args = (typeof fixture.examples)[string];

export default { title: 'GOV.UK patterns/Date input', render: renderExample(fixture) } satisfies Meta<Args>;

export const Date: StoryObj<Args> = { name: 'date', args: fixture.examples['date'] };
export const DateAndTimeWithAnError: StoryObj<Args> = { name: 'date and time with an error', args: fixture.examples['date and time with an error'] };
