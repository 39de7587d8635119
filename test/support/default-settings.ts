/** The england defaults, for tests that build a small ruleset of their own to show one behaviour. */
import type { Settings } from '../../packages/engine/src/types.js';

export const defaultSettings: Settings = {
  timeZone: 'Europe/London',
  rhiOfferRequired: true,
  offerWithinHours: 72,
  repeatEpisodes: { count: 3, withinDays: 90 },
  overnight: { from: '22:00', to: '06:00' },
  shortEpisodeHours: 6,
  noApparentRiskMinimumAge: 11,
  parentCarerDiscussion: { underAge: 11, ageBasis: 'age-on-interview-date' },
  childTraffickingGuardianService: true,
};
