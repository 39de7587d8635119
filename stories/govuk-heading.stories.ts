/** The heading pattern, one story per example of its fixture (test/govuk/fixtures/heading.fixture.ts). */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import fixture from '../test/govuk/fixtures/heading.fixture.js';
import { renderExample } from './support/govuk-story.js';

type Args = (typeof fixture.examples)[string];

export default { title: 'GOV.UK patterns/Heading', render: renderExample(fixture) } satisfies Meta<Args>;

export const PageHeading: StoryObj<Args> = { name: 'page heading', args: fixture.examples['page heading'] };
export const ALevelPast6Stays6: StoryObj<Args> = { name: 'a level past 6 stays 6', args: fixture.examples['a level past 6 stays 6'] };
