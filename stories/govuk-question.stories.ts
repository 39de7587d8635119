/** The question pattern, one story per example of its fixture (test/govuk/fixtures/question.fixture.ts). */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import fixture from '../test/govuk/fixtures/question.fixture.js';
import { renderExample } from './support/govuk-story.js';

type Args = (typeof fixture.examples)[string];

export default { title: 'GOV.UK patterns/Question', render: renderExample(fixture) } satisfies Meta<Args>;

export const TextBox: StoryObj<Args> = { name: 'text box', args: fixture.examples['text box'] };
export const WithAHintAndAnError: StoryObj<Args> = { name: 'with a hint and an error', args: fixture.examples['with a hint and an error'] };
export const TextareaWithACharacterCountOverTheLimit: StoryObj<Args> = { name: 'textarea with a character count, over the limit', args: fixture.examples['textarea with a character count, over the limit'] };
export const NumberInWelsh: StoryObj<Args> = { name: 'number in Welsh', args: fixture.examples['number in Welsh'] };
