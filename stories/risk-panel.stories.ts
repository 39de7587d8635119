/**
 * `<rhi-risk-panel>` in each of its states. Every assessment shown is the engine's, made from a
 * worked scenario's answers (changed where a state needs it) with the toolbar's ruleset and language.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Assessment, ResolvedRuleset } from '@rhi-toolkit/engine';
import '../packages/elements/src/risk-panel/risk-panel.js';
import type { Answers } from '../packages/elements/src/index.js';
import { markedAsFailed } from '../packages/elements/src/interview-session/assessment-failure.js';
import { assess } from './support/assessed.js';
import { hoursAfter, scenario, withSections, without } from './support/scenarios.js';
import { storySetting, type SettingContext } from './support/story-setting.js';

interface PanelArgs {
  headingLevel: number;
  now: string;
}

/** What a story shows: answers assessed at a moment, or a state the page reaches another way. */
interface PanelCase {
  answers?: Answers;
  now: string;
  /** A rule whose operator does not exist: the engine cannot run it and fails safe. */
  brokenRule?: boolean;
  /** What `<rhi-interview>` shows when re-assessing threw: the last assessment, marked failed. */
  keptAfterFailure?: boolean;
  /** A ruleset the engine cannot use at all, given with answers so the panel tries to assess itself. */
  unusableRuleset?: boolean;
}

interface Loaded {
  assessment?: Assessment;
  ruleset?: ResolvedRuleset;
  answers?: Answers;
  now: string;
}

const s02 = scenario('S02');
const s02ReturnedAt = (s02.answers.episode as { returnedAt: string }).returnedAt;
/** S02 before anyone offered or held the interview. */
const s02NotYetOffered = without(s02.answers, 'interview.offeredAt', 'interview.conductedAt', 'interview.outcome');

function withBrokenRule(ruleset: ResolvedRuleset): ResolvedRuleset {
  const broken = { ...ruleset.rules[0]!, id: 'storybook.broken-rule', conditions: { all: [{ fact: 'child.gender', operator: 'no-such-operator', value: 'x' }] } };
  return { ...ruleset, rules: [...ruleset.rules, broken] } as ResolvedRuleset;
}

function assessedCase(panelCase: PanelCase) {
  return async (context: SettingContext): Promise<Loaded> => {
    const { ruleset, lang } = storySetting(context);
    const { answers, now } = panelCase;
    if (!answers) return { now };
    if (panelCase.unusableRuleset) return { answers, ruleset: { ...ruleset, rules: null } as unknown as ResolvedRuleset, now };
    const used = panelCase.brokenRule ? withBrokenRule(ruleset) : ruleset;
    let assessment = await assess(answers, used, now, lang);
    if (panelCase.keptAfterFailure) assessment = markedAsFailed(assessment, lang);
    return { assessment, ruleset: used, now };
  };
}

const meta: Meta<PanelArgs> = {
  title: 'Components/Risk panel',
  component: 'rhi-risk-panel',
  args: { headingLevel: 2, now: '' },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    now: { control: 'text' },
  },
  parameters: { controls: { include: ['headingLevel', 'now'] } },
  render: (args, context) => {
    const { lang } = storySetting(context);
    const loaded = context.loaded as Loaded;
    return html`<div style="max-width: 640px">
      <rhi-risk-panel
        lang=${lang}
        heading-level=${args.headingLevel}
        now=${args.now || loaded.now}
        .assessment=${loaded.assessment}
        .answers=${loaded.assessment ? undefined : loaded.answers}
        .ruleset=${loaded.ruleset}
      ></rhi-risk-panel>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<PanelArgs>;

// Each story's name is written out (not made by a function): Storybook reads names without running the file.

export const High: Story = { name: 'High risk (S02)', loaders: [assessedCase({ answers: s02.answers, now: s02.now })] };

export const Medium: Story = { name: 'Medium risk (S04)', loaders: [assessedCase({ answers: scenario('S04').answers, now: scenario('S04').now })] };

export const Low: Story = { name: 'Low risk (S01)', loaders: [assessedCase({ answers: scenario('S01').answers, now: scenario('S01').now })] };

/** S01 as a 14-year-old back within hours, whom the worker sees at no apparent risk. */
export const NoApparentRisk: Story = {
  name: 'No apparent risk',
  loaders: [
    assessedCase({
      answers: withSections(scenario('S01').answers, {
        child: { dateOfBirth: '2011-09-12', unaccompaniedAsylumSeeking: false, learningDisabilityOrAutism: false, sendOrDisability: false },
        episode: { policeRiskGrade: 'no-apparent-risk', withWhom: ['family'] },
        afterReturn: { workerRiskView: 'no-apparent-risk' },
      }),
      now: scenario('S01').now,
    }),
  ],
};

/** S02 without the return time or date of birth: provisional, with a link to each missing answer. */
export const Provisional: Story = {
  name: 'Provisional, with missing answers',
  loaders: [assessedCase({ answers: without(s02.answers, 'episode.returnedAt', 'child.dateOfBirth'), now: s02.now })],
};

/** A rule the engine could not run: high to be safe, and a manager must review. */
export const FailedAssessment: Story = {
  name: 'Failed assessment (a rule could not be run)',
  loaders: [assessedCase({ answers: scenario('S05').answers, now: scenario('S05').now, brokenRule: true })],
};

/** The last assessment kept after re-assessing failed (S10, low): it may be too low. */
export const FailedKeptEarlier: Story = {
  name: 'Failed assessment (earlier one kept)',
  loaders: [assessedCase({ answers: scenario('S10').answers, now: scenario('S10').now, keptAfterFailure: true })],
};

/** Given answers and a ruleset it cannot use at all: a warning, and no level. */
export const CannotAssess: Story = {
  name: 'Cannot assess at all',
  loaders: [assessedCase({ answers: scenario('S05').answers, now: scenario('S05').now, unusableRuleset: true })],
  // The panel tells the web team the kind of error in the console (never an answer).
  parameters: { rhi: { expectedConsoleErrors: ['could not be run'] } },
};

export const ClockDeadlineUnknown: Story = {
  name: 'Offer clock: deadline not known',
  loaders: [assessedCase({ answers: without(s02NotYetOffered, 'episode.returnedAt'), now: hoursAfter(s02ReturnedAt, 10) })],
};

export const ClockTimeLeft: Story = {
  name: 'Offer clock: time left',
  loaders: [assessedCase({ answers: s02NotYetOffered, now: hoursAfter(s02ReturnedAt, 10) })],
};

export const ClockOverdue: Story = {
  name: 'Offer clock: overdue',
  loaders: [assessedCase({ answers: s02NotYetOffered, now: hoursAfter(s02ReturnedAt, 80) })],
};

export const ClockHeldInTime: Story = {
  name: 'Offer clock: interview held in time',
  loaders: [assessedCase({ answers: s02.answers, now: s02.now })],
};

export const ClockHeldLate: Story = {
  name: 'Offer clock: offered late',
  loaders: [
    assessedCase({
      answers: withSections(s02.answers, { interview: { offeredAt: hoursAfter(s02ReturnedAt, 75), conductedAt: hoursAfter(s02ReturnedAt, 76) } }),
      now: hoursAfter(s02ReturnedAt, 77),
    }),
  ],
};

/** Offered at hour 10, interviewed at hour 120: the offer was in time, the interview five days late. */
const s02HeldLate = withSections(s02.answers, {
  interview: { offeredAt: hoursAfter(s02ReturnedAt, 10), conductedAt: hoursAfter(s02ReturnedAt, 120), delayReason: 'child-asked-for-later-time' },
});

export const InterviewClockHeldLate: Story = {
  name: 'Interview clock: offered in time, held late (hour 10, hour 120)',
  loaders: [assessedCase({ answers: s02HeldLate, now: hoursAfter(s02ReturnedAt, 121) })],
};

export const InterviewClockOverdue: Story = {
  name: 'Interview clock: offered, not held, overdue',
  loaders: [
    assessedCase({
      answers: withSections(s02NotYetOffered, { interview: { offeredAt: hoursAfter(s02ReturnedAt, 10), delayReason: 'child-not-contactable' } }),
      now: hoursAfter(s02ReturnedAt, 80),
    }),
  ],
};

export const ClockNotStatutory: Story = {
  name: 'Offer clock: good practice, not a duty (wales, S10)',
  loaders: [assessedCase({ answers: scenario('S10').answers, now: scenario('S10').now })],
  parameters: { rhi: { ruleset: 'wales' } },
};

/** S03: a parent is the alleged source of harm, so the discussion is withheld. */
export const DiscussionWithheld: Story = {
  name: 'Parent/carer discussion withheld (S03)',
  loaders: [assessedCase({ answers: scenario('S03').answers, now: scenario('S03').now })],
};

/** No answers yet: where the risk level will appear. */
export const Empty: Story = { loaders: [assessedCase({ now: s02.now })] };

/** A record with nothing the rules read: "Not assessed yet", no level or colour, the first answers to ask for. */
export const NotAssessed: Story = { name: 'Not assessed yet (nothing answered)', loaders: [assessedCase({ answers: {}, now: s02.now })] };

/**
 * The compact panel a host places above the questions: one line that sticks to the top of the
 * page, so the level stays in sight on any page of the form, on a phone too.
 */
export const Compact: Story = {
  name: 'Compact, sticky at the top of the page',
  loaders: [assessedCase({ answers: without(s02.answers, 'episode.returnedAt'), now: s02.now })],
  render: (_args, context) => {
    const { lang } = storySetting(context);
    const loaded = context.loaded as Loaded;
    return html`<div style="max-width: 640px">
      <rhi-risk-panel compact lang=${lang} .assessment=${loaded.assessment} .ruleset=${loaded.ruleset}></rhi-risk-panel>
      <p>The questions of the interview go here; scroll and the level stays at the top.</p>
      <div style="height: 1500px"></div>
    </div>`;
  },
};

/** The compact panel when the interview was held late: the line says so after the level. */
export const CompactInterviewLate: Story = {
  name: 'Compact, interview held late',
  loaders: [assessedCase({ answers: s02HeldLate, now: hoursAfter(s02ReturnedAt, 121) })],
  render: Compact.render,
};
