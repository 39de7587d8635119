/** The warning text pattern, one story per example of its fixture (test/govuk/fixtures/warning-text.fixture.ts). */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import fixture from '../test/govuk/fixtures/warning-text.fixture.js';
import { renderExample } from './support/govuk-story.js';

type Args = (typeof fixture.examples)[string];

export default { title: 'GOV.UK patterns/Warning text', render: renderExample(fixture) } satisfies Meta<Args>;

export const DoNotTellTheFamilyWithTheReasons: StoryObj<Args> = { name: 'do not tell the family, with the reasons', args: fixture.examples['do not tell the family, with the reasons'] };
export const AnAlertInWelsh: StoryObj<Args> = { name: 'an alert, in Welsh', args: fixture.examples['an alert, in Welsh'] };
