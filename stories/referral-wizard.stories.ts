/**
 * `<rhi-referral-wizard>` at each step, with S02's assessment (six recommended referrals) unless
 * a story says otherwise: choose → details → sharing → check → sent. Steps after the first are
 * reached as a worker would reach them, by the story's play function pressing the wizard's own
 * buttons. Drafts are off: stories keep nothing on the device.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Assessment, ResolvedRuleset } from '@rhi-toolkit/engine';
import '../packages/elements/src/referral-wizard/referral-wizard.js';
import type { Answers, RhiReferralWizard } from '../packages/elements/src/index.js';
import { assess } from './support/assessed.js';
import { pressPrimary, sendReferrals, settled, walkWizardToCheck, within } from './support/play-steps.js';
import { scenario } from './support/scenarios.js';
import { storySetting, type SettingContext } from './support/story-setting.js';

interface WizardArgs {
  headingLevel: number;
  caseReference: string;
  now: string;
}

interface Loaded {
  assessment?: Assessment;
  ruleset?: ResolvedRuleset;
  answers?: Answers;
  now: string;
}

/** The scenario named by `parameters.rhi.scenario` (default S02), assessed with the toolbar's ruleset and language. */
async function assessedScenario(context: SettingContext): Promise<Loaded> {
  const { ruleset, lang } = storySetting(context);
  const rhi = (context.parameters.rhi ?? {}) as { scenario?: string; waiting?: boolean };
  const worked = scenario(rhi.scenario ?? 'S02');
  if (rhi.waiting) return { now: worked.now };
  return { assessment: await assess(worked.answers, ruleset, worked.now, lang), ruleset, answers: worked.answers, now: worked.now };
}

const meta: Meta<WizardArgs> = {
  title: 'Components/Referral wizard',
  component: 'rhi-referral-wizard',
  args: { headingLevel: 2, caseReference: 'CASE-1234', now: '' },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 1, max: 5 } },
    caseReference: { control: 'text' },
    now: { control: 'text' },
  },
  parameters: { controls: { include: ['headingLevel', 'caseReference', 'now'] } },
  loaders: [assessedScenario],
  render: (args, context) => {
    const { lang } = storySetting(context);
    const loaded = context.loaded as Loaded;
    return html`<div style="max-width: 960px">
      <rhi-referral-wizard
        lang=${lang}
        no-drafts
        heading-level=${args.headingLevel}
        case-reference=${ifDefined(args.caseReference || undefined)}
        now=${args.now || loaded.now}
        .assessment=${loaded.assessment}
        .answers=${loaded.answers ?? {}}
        .ruleset=${loaded.ruleset}
      ></rhi-referral-wizard>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<WizardArgs>;

function wizard(canvasElement: HTMLElement): RhiReferralWizard {
  return within<RhiReferralWizard>(canvasElement, 'rhi-referral-wizard');
}

/** Step 1: the recommended referrals, each with its reasons, all chosen. */
export const Choose: Story = { name: '1 Choose referrals (S02)' };

/** Step 2: the first agency's contacts, urgency and the prefilled summary of the answers that bear on it. */
export const Details: Story = {
  name: '2 Details for an agency (S02)',
  play: async ({ canvasElement }) => {
    const element = wizard(canvasElement);
    await settled(element);
    await pressPrimary(element);
  },
};

/** Step 3: the information-sharing decision for the first agency. */
export const Sharing: Story = {
  name: '3 Sharing decision (S02)',
  play: async ({ canvasElement }) => {
    const element = wizard(canvasElement);
    await settled(element);
    await element.goToStep('sharing', 0);
  },
};

/** Continue pressed on a sharing page with nothing decided: the error summary. */
export const SharingWithErrors: Story = {
  name: '3 Sharing decision with errors shown (S02)',
  play: async ({ canvasElement }) => {
    const element = wizard(canvasElement);
    await settled(element);
    await element.goToStep('sharing', 0);
    await pressPrimary(element);
  },
};

/** Step 4: every decision made, ready to confirm. */
export const Check: Story = {
  name: '4 Check and confirm (S02)',
  play: async ({ canvasElement }) => walkWizardToCheck(wizard(canvasElement)),
};

/** Step 5: confirmed; what was sent, ready to print. */
export const Sent: Story = {
  name: '5 Referrals sent (S02)',
  play: async ({ canvasElement }) => sendReferrals(wizard(canvasElement)),
};

/** S10 in Welsh with the wales ruleset: early help from Families First. */
export const WelshS10: Story = {
  name: 'Welsh, wales ruleset (S10)',
  globals: { lang: 'cy' },
  parameters: { rhi: { scenario: 'S10', ruleset: 'wales' } },
};

/** No assessment yet: the wizard waits for one. */
export const Waiting: Story = {
  name: 'Waiting for an assessment',
  parameters: { rhi: { waiting: true } },
};
