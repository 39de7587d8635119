/**
 * `<rhi-interview-form>` in each of its states. The language and ruleset come from the toolbar;
 * the form gets the ruleset's schema, layout and validator (a locality's own questions with them).
 * Drafts are kept in memory for the story only, never on the device.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/interview-form/interview-form.js';
import type { Answers, RhiInterviewForm } from '../packages/elements/src/index.js';
import type { Draft } from '../packages/elements/src/interview-form/draft-store.js';
import { MemoryDraftStore, UnavailableDraftStore } from './support/memory-draft-store.js';
import { continueWithoutAnswers, settled, within } from './support/play-steps.js';
import { scenario } from './support/scenarios.js';
import { storySetting } from './support/story-setting.js';

interface FormArgs {
  answers: Answers;
  readOnly: boolean;
  disabled: boolean;
  required: boolean;
  noDrafts: boolean;
  draftKey: string;
  timeZone: string;
  name: string;
}

type DraftStoreKind = 'memory' | 'restored' | 'unavailable';

const stores = new Map<string, MemoryDraftStore<Draft> | UnavailableDraftStore<Draft>>();

/**
 * The story's draft key. A docs page shows every story at once, each with its own store: with one
 * key they would each warn that the record is open somewhere else too, so there each story's id
 * is added to the key.
 */
function storyDraftKey(context: { id: string; viewMode?: string; args: FormArgs }): string | undefined {
  const key = context.args.draftKey;
  if (!key) return undefined;
  return context.viewMode === 'docs' ? `${key}-${context.id}` : key;
}

/** One store per story, made when the story first renders, so re-renders keep its drafts. */
function draftStoreFor(context: { id: string; viewMode?: string; parameters: Record<string, unknown>; args: FormArgs }): MemoryDraftStore<Draft> | UnavailableDraftStore<Draft> {
  let store = stores.get(context.id);
  if (!store) {
    const kind = ((context.parameters.rhi as { drafts?: DraftStoreKind } | undefined)?.drafts ?? 'memory') as DraftStoreKind;
    if (kind === 'unavailable') store = new UnavailableDraftStore<Draft>();
    else if (kind === 'restored') {
      // Saved an hour ago: drafts older than draft-max-age-days (7) are not restored.
      const draft: Draft = { answers: scenario('S05').answers, rawInputs: {}, savedAt: new Date(Date.now() - 3_600_000).toISOString() };
      store = new MemoryDraftStore<Draft>({ [storyDraftKey(context) ?? '']: draft });
    } else store = new MemoryDraftStore<Draft>();
    stores.set(context.id, store);
  }
  return store;
}

const meta: Meta<FormArgs> = {
  title: 'Components/Interview form',
  component: 'rhi-interview-form',
  args: {
    answers: {},
    readOnly: false,
    disabled: false,
    required: false,
    noDrafts: false,
    draftKey: 'storybook-case-1',
    timeZone: 'Europe/London',
    name: 'answers',
  },
  // Descriptions come from the component's JSDoc, through custom-elements.json.
  argTypes: {
    answers: { control: 'object' },
    readOnly: { control: 'boolean' },
    disabled: { control: 'boolean' },
    required: { control: 'boolean' },
    noDrafts: { control: 'boolean' },
    draftKey: { control: 'text' },
    timeZone: { control: 'text' },
    name: { control: 'text' },
  },
  parameters: {
    controls: { include: ['answers', 'readOnly', 'disabled', 'required', 'noDrafts', 'draftKey', 'timeZone', 'name'] },
  },
  render: (args, context) => {
    const setting = storySetting(context);
    return html`<rhi-interview-form
      name=${args.name}
      lang=${setting.lang}
      draft-key=${ifDefined(storyDraftKey(context))}
      time-zone=${args.timeZone}
      ?readonly=${args.readOnly}
      ?disabled=${args.disabled}
      ?required=${args.required}
      ?no-drafts=${args.noDrafts}
      .answers=${args.answers}
      .schema=${setting.schema}
      .layout=${setting.layout}
      .validator=${setting.validator}
      .draftStore=${draftStoreFor(context)}
    ></rhi-interview-form>`;
  },
};
export default meta;

type Story = StoryObj<FormArgs>;

function form(canvasElement: HTMLElement): RhiInterviewForm {
  return within<RhiInterviewForm>(canvasElement, 'rhi-interview-form');
}

/** A new record: the first page, nothing answered. */
export const Empty: Story = {};

/** Continue pressed on the first page with its required questions unanswered: the error summary and each question's error. */
export const PageWithErrors: Story = {
  name: 'Page with errors shown',
  args: { required: true },
  play: async ({ canvasElement }) => continueWithoutAnswers(form(canvasElement)),
};

/** S02's answers on "check your answers", each with a change link. */
export const CheckYourAnswers: Story = {
  name: 'Check your answers (filled)',
  args: { answers: scenario('S02').answers },
  play: async ({ canvasElement }) => {
    const element = form(canvasElement);
    await settled(element);
    await element.goToPage('check');
  },
};

/** The finished record, read-only and ready to print (S02). */
export const ReadOnly: Story = {
  name: 'Read-only record',
  args: { answers: scenario('S02').answers, readOnly: true },
};

/** S10, the Welsh speaker's record, in Welsh with the wales ruleset. */
export const Welsh: Story = {
  name: 'Welsh (S10)',
  args: { answers: scenario('S10').answers },
  globals: { lang: 'cy' },
  parameters: { rhi: { ruleset: 'wales' } },
};

/** The example locality's own questions, on the page its layout adds. */
export const LocalityQuestions: Story = {
  name: 'Locality questions (example-locality)',
  parameters: { rhi: { ruleset: 'example-locality' } },
  play: async ({ canvasElement }) => {
    const element = form(canvasElement);
    await settled(element);
    await element.goToPage('local-exploitation');
  },
};

/** `no-drafts`: nothing is kept on the device, and no "draft saved" line appears while typing. */
export const DraftsOff: Story = {
  name: 'Drafts off',
  args: { noDrafts: true },
};

/** A draft saved earlier on this device (S05's answers) is restored, with "start again". */
export const DraftRestored: Story = {
  name: 'Draft restored',
  parameters: { rhi: { drafts: 'restored' } },
};

/** The device cannot keep drafts (storage full): the form says so and goes on working. */
export const DraftsUnavailable: Story = {
  name: 'Drafts cannot be kept',
  parameters: { rhi: { drafts: 'unavailable' } },
};

/** Disabled, as inside a disabled fieldset. */
export const Disabled: Story = {
  args: { answers: scenario('S01').answers, disabled: true },
};
