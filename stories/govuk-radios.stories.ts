/** The radios pattern, one story per example of its fixture (test/govuk/fixtures/radios.fixture.ts). */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import fixture from '../test/govuk/fixtures/radios.fixture.js';
import { renderExample } from './support/govuk-story.js';

type Args = (typeof fixture.examples)[string];

export default { title: 'GOV.UK patterns/Radios', render: renderExample(fixture) } satisfies Meta<Args>;

export const YesOrNoInline: StoryObj<Args> = { name: 'yes or no, inline', args: fixture.examples['yes or no, inline'] };
export const WithAnErrorAHintPerOptionAndARevealedQuestion: StoryObj<Args> = { name: 'with an error, a hint per option and a revealed question', args: fixture.examples['with an error, a hint per option and a revealed question'] };
