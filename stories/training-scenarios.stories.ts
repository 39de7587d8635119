/**
 * Training scenarios: one story per worked scenario in test/scenarios/. Each shows the case as a
 * trainer tells it, what the rules should show, and the whole interview page prefilled with the
 * scenario's answers, assessed live on the scenario's clock.
 *
 * Storybook finds stories by reading this file's exports without running it, so each scenario is
 * one line below, named with its id and title. test/storybook/training-stories.test.ts fails
 * (printing the line to add) when a scenario file has no line here, or a line no scenario file.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/rhi-toolkit.js';
import { scenarioStory } from './support/training-scenario.js';

const meta: Meta = {
  title: 'Training scenarios',
  // The scenarios are pages to try, not a component to document.
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj;

export const S01: Story = { ...scenarioStory('S01'), name: "S01 First episode, 9 years old, found at a friend's house" };
export const S02: Story = { ...scenarioStory('S02'), name: 'S02 Child in care, 4th episode in 60 days, found in another city with older men' };
export const S03: Story = { ...scenarioStory('S03'), name: 'S03 13-year-old discloses being hit by step-father' };
export const S04: Story = { ...scenarioStory('S04'), name: 'S04 16-year-old told to leave home' };
export const S05: Story = { ...scenarioStory('S05'), name: 'S05 14-year-old, county lines, third episode in 30 days' };
export const S06: Story = { ...scenarioStory('S06'), name: 'S06 12-year-old meets a 19-year-old from a gaming app' };
export const S07: Story = { ...scenarioStory('S07'), name: 'S07 17-year-old in care declines the interview' };
export const S08: Story = { ...scenarioStory('S08'), name: 'S08 15-year-old found on a bridge, suicidal' };
export const S09: Story = { ...scenarioStory('S09'), name: 'S09 14-year-old fears a forced marriage abroad' };
export const S10: Story = { ...scenarioStory('S10'), name: 'S10 Wales: 10-year-old Welsh speaker, bullied at school' };
export const S11: Story = { ...scenarioStory('S11'), name: 'S11 Unaccompanied 16-year-old working to pay a debt' };
export const S12: Story = { ...scenarioStory('S12'), name: 'S12 15-year-old travels to meet an online extremist group' };
export const S13: Story = { ...scenarioStory('S13'), name: 'S13 Child in care placed out of area, found with older youths in the host town' };
export const S14: Story = { ...scenarioStory('S14'), name: 'S14 13-year-old, third episode in a month after arguments at home' };
export const S15: Story = { ...scenarioStory('S15'), name: 'S15 14-year-old with new trainers and cash, found in another town' };
export const S16: Story = { ...scenarioStory('S16'), name: 'S16 Wales: 12-year-old, third episode in four weeks, no interview offered yet' };
export const S17: Story = { ...scenarioStory('S17'), name: 'S17 18-year-old care leaver missing from supported accommodation' };
