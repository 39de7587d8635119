// Derived facts: ages, hours, overnight and repeat windows, worked out in the locality's time zone.
import { expect } from 'chai';
import { deriveFacts } from '../../packages/engine/src/derived-facts.js';
import { flattenToFacts } from '../../packages/engine/src/answer-facts.js';
import type { Settings } from '../../packages/engine/src/types.js';
import { defaultSettings } from '../support/default-settings.js';
import { describe, it } from '../support/harness.js';

const settings: Settings = defaultSettings;

function derive(answers: Record<string, unknown>, now = '2026-06-01T12:00:00Z', overrides: Partial<Settings> = {}) {
  return deriveFacts(flattenToFacts(answers), { ...settings, ...overrides }, Date.parse(now));
}

function episode(reportedMissingAt: string, returnedAt: string) {
  return { episode: { reportedMissingAt, returnedAt } };
}

describe('derived facts', () => {
  it('counts age on the interview date, not on the day of assessment', () => {
    const facts = derive({ child: { dateOfBirth: '2015-06-10' }, interview: { conductedAt: '2026-06-10T09:00:00Z' } }, '2026-06-01T12:00:00Z');
    expect(facts.ageInYears).to.equal(11);
  });

  it('counts age on the day of assessment when no interview has been held', () => {
    expect(derive({ child: { dateOfBirth: '2015-06-10' } }, '2026-06-09T12:00:00Z').ageInYears).to.equal(10);
  });

  it('uses the London date, so a birthday starts at London midnight, not UTC midnight', () => {
    // 23:30 UTC on 9 June is 00:30 on 10 June in London (summer time).
    expect(derive({ child: { dateOfBirth: '2015-06-10' } }, '2026-06-09T23:30:00Z').ageInYears).to.equal(11);
    expect(derive({ child: { dateOfBirth: '2015-06-10' } }, '2026-06-09T22:30:00Z').ageInYears).to.equal(10);
  });

  it('gives a 29 February child their birthday on 1 March in other years', () => {
    expect(derive({ child: { dateOfBirth: '2012-02-29' } }, '2023-02-28T12:00:00Z').ageInYears).to.equal(10);
    expect(derive({ child: { dateOfBirth: '2012-02-29' } }, '2023-03-01T12:00:00Z').ageInYears).to.equal(11);
    expect(derive({ child: { dateOfBirth: '2012-02-29' } }, '2024-02-29T12:00:00Z').ageInYears).to.equal(12);
  });

  it('works out school-year age from the 31 August that began the school year', () => {
    // Born 1 Sep 2015: 10 on 31 Aug 2026, so still primary age all through 2026–27 even after turning 11.
    const facts = derive({ child: { dateOfBirth: '2015-09-01' } }, '2027-03-01T12:00:00Z', {
      parentCarerDiscussion: { underAge: 11, ageBasis: 'school-year' },
    });
    expect(facts.ageInYears).to.equal(11);
    expect(facts.ageAtStartOfSchoolYear).to.equal(10);
    expect(facts.ageForParentCarerDiscussion).to.equal(10);
  });

  it('counts hours missing on instants, across the spring clock change', () => {
    // 30 March 2025: clocks go forward at 01:00 UTC. 23:00 GMT to 08:00 BST is 8 hours, not 9.
    expect(derive(episode('2025-03-29T23:00:00Z', '2025-03-30T07:00:00Z')).hoursMissing).to.equal(8);
  });

  it('finds a missing-overnight episode by local time, including after the autumn clock change', () => {
    expect(derive(episode('2026-03-02T17:00:00Z', '2026-03-02T19:30:00Z')).missingOvernight).to.equal(false);
    expect(derive(episode('2026-03-02T17:00:00Z', '2026-03-02T22:30:00Z')).missingOvernight).to.equal(true);
    // 21:30 UTC in July is 22:30 in London: overnight, although UTC says otherwise.
    expect(derive(episode('2026-07-01T20:00:00Z', '2026-07-01T21:30:00Z')).missingOvernight).to.equal(true);
    // An early-morning episode 05:00–09:00 London is in the window's last hour.
    expect(derive(episode('2026-10-26T05:00:00Z', '2026-10-26T09:00:00Z')).missingOvernight).to.equal(true);
    expect(derive(episode('2026-10-26T06:00:00Z', '2026-10-26T09:00:00Z')).missingOvernight).to.equal(false);
    expect(derive(episode('2026-01-01T10:00:00Z', '2026-01-02T11:00:00Z')).missingOvernight).to.equal(true);
  });

  it('counts this episode and those that began within the repeat window before it', () => {
    const answers = {
      episode: {
        reportedMissingAt: '2026-05-09T21:00:00Z',
        returnedAt: '2026-05-11T08:00:00Z',
        previousEpisodes: [
          { reportedMissingAt: '2026-01-01T10:00:00Z' },
          { reportedMissingAt: '2026-03-20T22:00:00Z', returnedAt: '2026-03-21T10:00:00Z' },
          { reportedMissingAt: '2026-04-27T19:00:00Z' },
        ],
      },
    };
    expect(derive(answers).episodesInRepeatWindow).to.equal(3);
    expect(derive(answers).previousEpisodeCount).to.equal(3);
    expect(derive(answers, undefined, { repeatEpisodes: { count: 3, withinDays: 30 } }).episodesInRepeatWindow).to.equal(2);
  });

  it('leaves a fact unknown when its answers are missing or are not real dates', () => {
    const facts = derive({ child: { dateOfBirth: '2015-02-30' }, episode: { reportedMissingAt: 'yesterday' } });
    expect(facts.ageInYears).to.equal(undefined);
    expect(facts.hoursMissing).to.equal(undefined);
    expect(facts.missingOvernight).to.equal(undefined);
    expect(facts.episodesInRepeatWindow).to.equal(undefined);
  });
});
