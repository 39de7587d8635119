/**
 * `<rhi-interview>`: the form, the risk panel and the referral wizard on one page, sharing one
 * assessment per settled change. Choose a scenario to prefill the form; change any answer and the
 * panel and wizard follow.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/rhi-toolkit.js';
import { scenario, scenarios } from './support/scenarios.js';
import { storySetting } from './support/story-setting.js';

interface InterviewArgs {
  scenario: string;
  now: string;
}

const meta: Meta<InterviewArgs> = {
  title: 'Components/Interview',
  component: 'rhi-interview',
  args: { scenario: 'S02', now: '' },
  argTypes: {
    scenario: {
      control: 'select',
      options: scenarios.map((worked) => worked.id),
      description: "The worked scenario whose answers the form starts from (test/scenarios). Its ruleset is used unless the toolbar chooses one.",
    },
    now: { control: 'text' },
  },
  parameters: { controls: { include: ['scenario', 'now'] }, layout: 'fullscreen' },
  render: (args, context) => {
    const worked = scenario(args.scenario);
    const setting = storySetting({ ...context, parameters: { ...context.parameters, rhi: { ruleset: worked.ruleset } } });
    const { lang } = setting;
    return html`<div style="padding: 20px">
      <rhi-interview lang=${lang} now=${args.now || worked.now} .ruleset=${setting.ruleset} .answers=${worked.answers}>
        <div class="story-columns">
          <rhi-interview-form name="answers" .schema=${setting.schema} .layout=${setting.layout} .validator=${setting.validator}></rhi-interview-form>
          <rhi-risk-panel></rhi-risk-panel>
        </div>
        <div class="story-wizard">
          <rhi-referral-wizard no-drafts></rhi-referral-wizard>
        </div>
      </rhi-interview>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<InterviewArgs>;

/** S02 by default: a child in care, high risk, six referrals. */
export const FormPanelAndWizard: Story = { name: 'Form, panel and wizard together' };

/** S10 in Welsh: every component and the engine's reasons in Welsh. */
export const Welsh: Story = { name: 'Welsh (S10)', args: { scenario: 'S10' }, globals: { lang: 'cy' } };
