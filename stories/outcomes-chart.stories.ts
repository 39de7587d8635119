/**
 * `<rhi-outcomes-chart>` in each of its states, from synthetic service reports
 * (`stories/support/service-reports.ts`; no real young person's figures). The chart follows the
 * toolbar's language unless the `lang` control chooses one.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/outcomes-chart/outcomes-chart.js';
import { firstMonths, hardYear, laterVersion, noFollowUpYet, notAServiceReport, typicalYear } from './support/service-reports.js';
import { storySetting } from './support/story-setting.js';

interface ChartArgs {
  /** '' follows the toolbar's language. */
  lang: '' | 'en' | 'cy';
  headingLevel: number;
}

const meta: Meta<ChartArgs> = {
  title: 'Components/Outcomes chart',
  component: 'rhi-outcomes-chart',
  args: { lang: '', headingLevel: 2 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['', 'en', 'cy'], labels: { '': 'Toolbar language', en: 'English', cy: 'Cymraeg' } },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: { controls: { include: ['lang', 'headingLevel'] } },
  render: (args, context) => {
    const report = (context.parameters.rhi as { report?: unknown } | undefined)?.report;
    return html`<div style="max-width: 720px">
      <rhi-outcomes-chart lang=${args.lang || storySetting(context).lang} heading-level=${args.headingLevel} .report=${report}></rhi-outcomes-chart>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<ChartArgs>;

/** Most outcomes better after follow-up support; one rests on fewer than ten young people. */
export const TypicalYear: Story = { name: 'A typical year', parameters: { rhi: { report: typicalYear } } };

/** A new service: every figure from fewer than ten young people, so every one carries a caution. */
export const AllSmallNumbers: Story = { name: 'Every outcome from few young people', parameters: { rhi: { report: firstMonths } } };

/** Decreases draw left of the zero line; an outcome nobody was rated on twice has no figure. */
export const NegativeChanges: Story = { name: 'Negative changes', parameters: { rhi: { report: hardYear } } };

export const NoFollowUpYet: Story = { name: 'No young person rated at both times', parameters: { rhi: { report: noFollowUpYet } } };

export const NoReport: Story = { name: 'No report given' };

/** Something other than a service report given as `report`: the chart says what is wrong. */
export const NotAServiceReport: Story = { name: 'Not a service report', parameters: { rhi: { report: notAServiceReport } } };

export const LaterVersion: Story = { name: 'A report version it does not read', parameters: { rhi: { report: laterVersion } } };

export const Welsh: Story = { name: 'Welsh', args: { lang: 'cy' }, parameters: { rhi: { report: typicalYear } } };
