// `rhi synth` and the fuller episode record of issue 15: each new field is drawn only when the
// interview schema has it, and then fits the agreed shape (/work/notes/fields15.md, restated below
// as schema fragments) and agrees with the rest of the record.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { seededRandom } from '../../packages/cli/src/synth/seeded-random.js';
import { syntheticChildAnswers } from '../../packages/cli/src/synth/synthetic-answers.js';
import { schemaFields, type KnownFields } from '../../packages/cli/src/synth/synthetic-episode-record.js';
import { answerFactCatalogue } from '../../packages/engine/src/index.js';
import { repositoryRoot } from './run-rhi.js';

const enumOf = (...values: string[]) => ({ type: 'string', enum: values });
const instant = { type: 'string', format: 'date-time' };
const closed = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required, additionalProperties: false });

/** The agreed new fields, as fields15.md names them (the interview schema's own entries may add titles and labels). */
const agreed = {
  'episode.lastSeenAt': instant,
  pullFactors: { type: 'array', uniqueItems: true, items: enumOf('friends-or-partner', 'family-contact', 'parties', 'drugs-or-alcohol', 'offered-money-food-or-shelter', 'other') },
  pullFactorsOther: { type: 'string' },
  places: {
    type: 'array',
    items: closed(
      {
        placeType: enumOf('home-of-known-adult', 'home-of-unknown-adult', 'friends-home', 'family-home', 'street-or-park', 'transport-hub', 'shop-or-takeaway', 'hotel-or-short-let', 'party', 'out-of-area-town', 'other'),
        area: { type: 'string' },
        detail: { type: 'string' },
      },
      ['placeType', 'area'],
    ),
  },
  associates: {
    type: 'array',
    items: closed({ role: enumOf('friend', 'partner', 'family-member', 'peer', 'older-adult', 'unknown-adult', 'other'), adult: enumOf('yes', 'no', 'not-known'), description: { type: 'string' } }, ['role', 'adult']),
  },
  'interview.interviewerRole': enumOf('independent-provider', 'council-team', 'social-worker', 'youth-worker', 'other'),
  'interview.method': enumOf('face-to-face', 'phone', 'video'),
  'interview.setting': enumOf('home-or-placement', 'school-or-college', 'community-venue', 'provider-office', 'police-station', 'other'),
  'interview.seenAlone': { type: 'boolean' },
  'interview.contactAttempts': {
    type: 'array',
    items: closed(
      {
        at: instant,
        method: enumOf('phone', 'text-message', 'email', 'letter', 'home-visit', 'via-carer-or-social-worker', 'other'),
        result: enumOf('spoke-to-child', 'spoke-to-parent-or-carer', 'no-answer', 'message-left', 'refused', 'other'),
      },
      ['at', 'method', 'result'],
    ),
  },
  'interview.delayReason': enumOf('child-not-contactable', 'child-asked-for-later-time', 'child-unwell-or-in-hospital', 'child-in-custody', 'child-missing-again', 'notified-late', 'no-interviewer-available', 'other'),
  'care.responsibleAuthority': { type: 'string', pattern: '^\\d{3}$' },
  'care.hostAuthority': { type: 'string', pattern: '^\\d{3}$' },
  'afterReturn.supportOffered': { type: 'boolean' },
  'afterReturn.supportTakenUp': enumOf('yes', 'no', 'not-yet'),
} as Record<string, Record<string, unknown>>;

/** The interview schema with the agreed fields added where the schema lacks them. */
function schemaWithAgreedFields(): object {
  const schema = JSON.parse(readFileSync(join(repositoryRoot, 'schemas/interview.schema.json'), 'utf8'));
  for (const [path, shape] of Object.entries(agreed)) {
    const steps = path.split('.');
    let node = schema;
    for (const step of steps.slice(0, -1)) node = node.properties[step];
    node.properties[steps.at(-1)!] ??= shape;
  }
  return schema;
}

const everyField: KnownFields = { has: () => true, allows: () => true };

function synthChildren(knownFields: KnownFields, children = 400) {
  const random = seededRandom(15);
  const window = { startsAt: Date.UTC(2025, 3, 1), days: 365 };
  return Array.from({ length: children }, () => syntheticChildAnswers(random, window, { lang: 'en', welshActiveOffer: false, offerWithinHours: 72, knownFields })).flat() as Record<string, any>[];
}

describe('rhi synth: the fuller episode record', () => {
  const records = synthChildren(everyField);

  it('writes each agreed field, fitting its agreed shape, when the schema has them all', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schemaWithAgreedFields());
    const invalid = records.filter((answers) => !validate(answers)).map(() => ajv.errorsText(validate.errors));
    assert.deepEqual(invalid.slice(0, 3), []);
    const present = (path: string) => records.some((answers) => path.split('.').reduce<any>((node, step) => node?.[step], answers) !== undefined);
    const absent = Object.keys(agreed).filter((path) => !['pullFactorsOther', 'places', 'associates'].includes(path) && !present(path));
    assert.deepEqual(absent, [], 'every agreed field appears in some record');
    assert.ok(present('places') && present('associates') && present('pullFactorsOther'));
  });

  it('keeps the new fields consistent with the rest of the record', () => {
    for (const answers of records) {
      const { episode, interview, care, afterReturn } = answers;
      assert.ok(episode.lastSeenAt <= episode.reportedMissingAt, 'last seen before the report');
      const late = interview.conductedAt && Date.parse(interview.conductedAt) > Date.parse(episode.returnedAt) + 72 * 3_600_000;
      if (interview.delayReason) assert.ok(late, `a delay reason only for a late interview: ${JSON.stringify(interview)}`);
      if (!interview.conductedAt) {
        for (const field of ['interviewerRole', 'method', 'setting', 'seenAlone', 'delayReason']) assert.equal(interview[field], undefined, field);
        assert.equal(answers.pullFactors, undefined);
      } else {
        assert.equal(interview.interviewerRole === 'social-worker', interview.independent === false, 'a social worker holds the interviews that are not independent');
      }
      if (interview.setting) assert.equal(interview.method, 'face-to-face');
      if (interview.outcome === 'not-contactable') assert.ok(interview.contactAttempts.every((attempt: { result: string }) => ['no-answer', 'message-left'].includes(attempt.result)));
      if (interview.outcome === 'not-offered') assert.equal(interview.contactAttempts, undefined);
      if (care.status === 'looked-after') assert.match(care.responsibleAuthority, /^\d{3}$/);
      else assert.equal(care.responsibleAuthority, undefined);
      if (care.hostAuthority) assert.ok(care.placedOutOfArea && care.hostAuthority !== care.responsibleAuthority, 'a host authority only for a child placed in another area');
      if (afterReturn?.supportTakenUp) assert.equal(afterReturn.supportOffered, true);
    }
    const lateHeld = records.filter((answers) => answers.interview.conductedAt && Date.parse(answers.interview.conductedAt) > Date.parse(answers.episode.returnedAt) + 72 * 3_600_000);
    assert.ok(lateHeld.length > 0 && lateHeld.filter((answers) => answers.interview.delayReason).length / lateHeld.length > 0.6, 'most late interviews say why');
  });

  it('writes none of the fields the interview schema does not have', () => {
    const unknownToSchema = Object.keys(agreed).filter((path) => !(path in answerFactCatalogue));
    const written = synthChildren(schemaFields, 100);
    for (const path of unknownToSchema) {
      if (path.includes('[]')) continue;
      const found = written.find((answers) => path.split('.').reduce<any>((node, step) => node?.[step], answers) !== undefined);
      assert.equal(found, undefined, `${path} is not in the interview schema, so no record should hold it`);
    }
  });
});
