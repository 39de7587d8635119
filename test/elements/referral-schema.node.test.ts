// schemas/referral.schema.json and its precompiled validator: each conditional requirement
// rejects what it should, problems are worded for people, and the schema and the TypeScript
// types of the package name the same fields.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildReferralPackage, checkReferralPackage } from '../../packages/elements/src/referral-wizard/referral-package.js';
import type { ReferralPackage } from '../../packages/elements/src/referral-wizard/referral-types.js';
import { initialWizardState } from '../../packages/elements/src/referral-wizard/wizard-state.js';
import { referralScenario, toldAndAgreedForAll } from '../support/referral-scenarios.js';

type JsonObject = Record<string, unknown>;
const schema: JsonObject = JSON.parse(readFileSync('schemas/referral.schema.json', 'utf8'));

/** The type with every optional field made required, all the way down: a value of it has every field. */
type Full<T> = T extends readonly (infer Item)[] ? Full<Item>[] : T extends object ? { [K in keyof T]-?: Full<T[K]> } : T;

/** A package with every field the types allow, each with a value the schema accepts. */
const maximal: Full<ReferralPackage> = {
  schemaVersion: 1,
  preparedAt: '2026-05-12T15:30:00Z',
  lang: 'en',
  caseReference: 'CASE-1234',
  ruleset: { id: 'example-locality', version: '2026.1' },
  assessment: { assessedAt: '2026-05-12T14:00:00Z', riskLevel: 'high', provisional: false, parentCarerDiscussion: 'withheld' },
  referrals: [
    {
      agency: 'substance-misuse-service',
      agencyName: "Young people's drug and alcohol service",
      recommended: true,
      addedReason: 'Also asked for by the child.',
      urgency: 'routine',
      recommendedUrgency: 'immediate',
      urgencyLoweredReason: 'The service has already seen her this week.',
      reasons: [{ ruleId: 'referral.substance-misuse-service', message: 'The child used drugs or alcohol.' }],
      contact: {
        team: 'Young People’s Substance Misuse Team',
        phone: '01632 960060',
        email: 'ypsm@example.org',
        secureEmail: 'ypsm@secure.example.org',
        address: 'Civic Centre, Exampletown',
        hours: 'Mon–Fri 9:00–17:00',
        website: 'https://example.org/ypsm',
        notes: 'Referrals by secure email.',
      },
      relevantAnswers: [{ path: 'duringEpisode.usedDrugsOrAlcohol', label: 'Used drugs or alcohol', value: 'Yes' }],
      summary: 'Referral to the drug and alcohol service.',
      sharing: {
        lawfulBasis: 'Public task.',
        consent: 'child',
        agreement: 'given',
        childAgreesToShare: 'partly',
        childOrFamilyTold: false,
        notToldReason: 'Telling the family would increase the risk.',
      },
    },
  ],
  removed: [
    {
      agency: 'advocacy',
      agencyName: 'Advocacy service',
      urgency: 'routine',
      reasons: [{ ruleId: 'referral.advocacy-care', message: 'Offer an advocate.' }],
      removalReason: 'She already has an advocate.',
    },
  ],
  noReferralsReason: 'Sent only when no referral is made; the schema allows it beside referrals.',
  signposts: [
    {
      agency: 'runaway-helpline',
      agencyName: 'Runaway Helpline',
      reasons: [{ ruleId: 'referral.runaway-helpline', message: 'Give the child the Runaway Helpline number.' }],
      contact: {
        team: 'Runaway Helpline (national, run by Missing People)',
        phone: '116 000',
        email: '116000@missingpeople.org.uk',
        secureEmail: '116000@secure.example.org',
        address: 'Missing People, London',
        hours: 'Day or night',
        website: 'https://www.runawayhelpline.org.uk',
        notes: 'Call or text 116 000, free and confidential.',
      },
    },
  ],
};

/** Field paths of a value: `referrals[].sharing.consent`. */
function valuePaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [...new Set(value.flatMap((item) => valuePaths(item, `${prefix}[]`)))];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...valuePaths(child, path)];
  });
}

function resolved(node: JsonObject): JsonObject {
  if (typeof node.$ref === 'string') return resolved(node.$ref.slice(2).split('/').reduce<JsonObject>((at, key) => at[key] as JsonObject, schema));
  return node;
}

/** Field paths the schema describes, through $ref, allOf and the then-branches of conditions. */
function schemaPaths(node: JsonObject, prefix = ''): string[] {
  const here = resolved(node);
  const parts = [here, ...((here.allOf as JsonObject[] | undefined) ?? []).flatMap((part) => [part, ...(part.then ? [part.then as JsonObject] : [])])];
  const paths = parts.flatMap((part) => {
    const target = resolved(part);
    const fromProperties = Object.entries((target.properties as Record<string, JsonObject> | undefined) ?? {}).flatMap(([key, child]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...schemaPaths(child, path)];
    });
    const fromItems = target.items ? schemaPaths(target.items as JsonObject, `${prefix}[]`) : [];
    return [...fromProperties, ...fromItems];
  });
  return [...new Set(paths)];
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}

async function validS02Package(): Promise<ReferralPackage> {
  const s02 = await referralScenario('S02');
  const state = toldAndAgreedForAll(initialWizardState(s02.assessment));
  return buildReferralPackage({ ...s02, state, lang: 'en', preparedAt: '2026-05-12T15:30:00Z' });
}

/** Checks a changed copy of a valid package and gives its problems (empty if it is accepted). */
async function problemsAfter(change: (pkg: ReferralPackage & JsonObject) => void): Promise<string[]> {
  const pkg = copy(await validS02Package()) as ReferralPackage & JsonObject;
  change(pkg);
  const check = checkReferralPackage(pkg);
  return check.valid ? [] : check.problems;
}

function assertRejected(problems: string[], pointer: string, field: string) {
  assert.ok(problems.length > 0, `expected the schema to reject a package without ${field}`);
  assert.ok(
    problems.some((problem) => problem.startsWith(`${pointer}:`) && problem.includes(field)),
    `expected a problem at ${pointer} naming ${field}, got: ${problems.join(' | ')}`,
  );
}

describe('the referral package schema', () => {
  it('accepts a package with every field the types allow, and names exactly the fields of the types', () => {
    assert.deepEqual(checkReferralPackage(maximal), { valid: true });
    assert.deepEqual(schemaPaths(schema).sort(), valuePaths(maximal).sort());
  });

  it('rejects "not told" without a reason, and a reason of only spaces', async () => {
    const noReason = await problemsAfter((pkg) => {
      pkg.referrals[0]!.sharing.childOrFamilyTold = false;
      delete pkg.referrals[0]!.sharing.notToldReason;
    });
    assertRejected(noReason, '/referrals/0/sharing', 'notToldReason');
    const blank = await problemsAfter((pkg) => {
      pkg.referrals[0]!.sharing = { ...pkg.referrals[0]!.sharing, childOrFamilyTold: false, notToldReason: '   ' };
    });
    assertRejected(blank, '/referrals/0/sharing/notToldReason', 'notToldReason');
    const given = await problemsAfter((pkg) => {
      pkg.referrals[0]!.sharing = { ...pkg.referrals[0]!.sharing, childOrFamilyTold: false, notToldReason: 'It would increase the risk.' };
    });
    assert.deepEqual(given, []);
  });

  it('requires the agreement whenever the service needs one', async () => {
    for (const consent of ['child', 'family', 'parent'] as const) {
      const problems = await problemsAfter((pkg) => {
        pkg.referrals[0]!.sharing.consent = consent;
        delete pkg.referrals[0]!.sharing.agreement;
      });
      assertRejected(problems, '/referrals/0/sharing', 'agreement');
    }
    assert.deepEqual(await problemsAfter((pkg) => delete pkg.referrals[0]!.sharing.agreement), []);
  });

  it('requires a reason for an added agency, and no rule reasons for it', async () => {
    const added = (pkg: ReferralPackage) => {
      Object.assign(pkg.referrals[0]!, { recommended: false, reasons: [] });
      delete pkg.referrals[0]!.recommendedUrgency;
    };
    assertRejected(await problemsAfter(added), '/referrals/0', 'addedReason');
    assert.deepEqual(await problemsAfter((pkg) => (added(pkg), (pkg.referrals[0]!.addedReason = 'The child asked for it.'))), []);
    const withReasons = await problemsAfter((pkg) => {
      added(pkg);
      pkg.referrals[0]!.addedReason = 'The child asked for it.';
      pkg.referrals[0]!.reasons = [{ ruleId: 'risk.made-up', message: 'Not a recommendation.' }];
    });
    assertRejected(withReasons, '/referrals/0/reasons', 'reasons');
  });

  it('requires the recommended urgency and at least one reason for a recommended agency', async () => {
    assertRejected(await problemsAfter((pkg) => delete pkg.referrals[0]!.recommendedUrgency), '/referrals/0', 'recommendedUrgency');
    assertRejected(await problemsAfter((pkg) => (pkg.referrals[0]!.reasons = [])), '/referrals/0/reasons', 'reasons');
  });

  it('requires a reason whenever the urgency is lower than recommended, and none when it is not', async () => {
    const lowered = [
      ['immediate', 'within-24-hours'],
      ['immediate', 'routine'],
      ['within-24-hours', 'routine'],
    ] as const;
    for (const [recommendedUrgency, urgency] of lowered) {
      const problems = await problemsAfter((pkg) => Object.assign(pkg.referrals[0]!, { recommendedUrgency, urgency }));
      assertRejected(problems, '/referrals/0', 'urgencyLoweredReason');
    }
    const raised = await problemsAfter((pkg) => Object.assign(pkg.referrals[0]!, { recommendedUrgency: 'routine', urgency: 'immediate' }));
    assert.deepEqual(raised, []);
  });

  it('rejects a package with no referral, a bad agency id, a time without its offset or a field it does not know', async () => {
    assertRejected(await problemsAfter((pkg) => (pkg.referrals = [])), '/referrals', 'referrals');
    assertRejected(await problemsAfter((pkg) => (pkg.referrals[0]!.agency = 'Police')), '/referrals/0/agency', 'agency');
    assertRejected(await problemsAfter((pkg) => (pkg.preparedAt = '2026-05-12 15:30')), '/preparedAt', 'preparedAt');
    assertRejected(await problemsAfter((pkg) => (pkg.notes = 'free text')), '/notes', 'notes');
    assertRejected(await problemsAfter((pkg) => (pkg.referrals[0]!.summary = ' \n ')), '/referrals/0/summary', 'summary');
    assertRejected(await problemsAfter((pkg) => (pkg.referrals[0]!.sharing.lawfulBasis = '')), '/referrals/0/sharing/lawfulBasis', 'lawfulBasis');
  });

  it('accepts no referral only when recommendations were taken out, or with a reason why none is needed', async () => {
    const removed = { ...maximal.removed[0]! };
    const none = await problemsAfter((pkg) => {
      pkg.referrals = [];
      pkg.removed = [];
    });
    assertRejected(none, '/referrals', 'referrals');
    assert.ok(none.some((problem) => problem.startsWith('/:') && problem.includes('noReferralsReason')), none.join(' | '));
    assert.deepEqual(
      await problemsAfter((pkg) => {
        pkg.referrals = [];
        pkg.removed = [removed];
      }),
      [],
    );
    assert.deepEqual(
      await problemsAfter((pkg) => {
        pkg.referrals = [];
        pkg.removed = [];
        pkg.noReferralsReason = 'She and her family already have the support they need.';
      }),
      [],
    );
    const blank = await problemsAfter((pkg) => {
      pkg.referrals = [];
      pkg.removed = [];
      pkg.noReferralsReason = '  ';
    });
    assertRejected(blank, '/noReferralsReason', 'noReferralsReason');
  });

  it('rejects a signpost that carries a summary, answers or a sharing decision: nothing about the child goes to a signpost', async () => {
    for (const field of ['summary', 'relevantAnswers', 'sharing'] as const) {
      const problems = await problemsAfter((pkg) => {
        pkg.signposts = [{ ...maximal.signposts![0]!, [field]: maximal.referrals[0]![field] } as never];
      });
      assert.ok(problems.some((problem) => problem.startsWith('/signposts/0')), `${field}: ${problems.join(' | ')}`);
    }
  });

  it('rejects a removed recommendation without its reason', async () => {
    const removed = { ...maximal.removed[0]! };
    const withoutReason = await problemsAfter((pkg) => (pkg.removed = [{ ...removed, removalReason: '  ' }]));
    assertRejected(withoutReason, '/removed/0/removalReason', 'removalReason');
    const { removalReason: _gone, ...noField } = removed;
    assertRejected(await problemsAfter((pkg) => (pkg.removed = [noField as typeof removed])), '/removed/0', 'removalReason');
  });

  it('words problems for people, in English or Welsh, never in Ajv’s own words', async () => {
    const pkg = copy(await validS02Package());
    pkg.referrals[0]!.sharing.childOrFamilyTold = false;
    for (const lang of ['en', 'cy'] as const) {
      const check = checkReferralPackage(pkg, lang);
      assert.equal(check.valid, false);
      for (const problem of check.valid ? [] : check.problems) {
        assert.match(problem, /^\/\S*: /);
        assert.doesNotMatch(problem, /must have required property|must match|must NOT/);
      }
    }
    const english = checkReferralPackage(pkg);
    const welsh = checkReferralPackage(pkg, 'cy');
    assert.deepEqual(english.valid ? [] : english.problems, ["/referrals/0/sharing: 'referrals[0].sharing' has no 'notToldReason'"]);
    assert.deepEqual(welsh.valid ? [] : welsh.problems, ["/referrals/0/sharing: nid oes 'notToldReason' gan 'referrals[0].sharing'"]);
  });

  it('gives every field a title and a description, and every choice an English and a Welsh label', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string, isProperty: boolean) => {
      if (typeof node !== 'object' || node === null) return;
      const here = node as JsonObject;
      if (isProperty && !(here.title && here.description)) missing.push(`${path}: title and description`);
      if (Array.isArray(here.enum)) {
        const labels = here['x-rhi-enum-labels'] as Record<string, Record<string, string>> | undefined;
        for (const value of here.enum) for (const lang of ['en', 'cy']) if (!labels?.[lang]?.[value as string]) missing.push(`${path}: ${lang} label for ${value}`);
      }
      for (const [key, child] of Object.entries(here)) {
        // An `if` only tests the data; it describes nothing.
        if (key === 'if' || key === 'enum' || key.startsWith('x-rhi-') || key === 'examples') continue;
        if (key === 'properties' || key === 'definitions') {
          for (const [name, sub] of Object.entries(child as JsonObject)) visit(sub, `${path}/${key}/${name}`, key === 'properties');
        } else visit(child, `${path}/${key}`, false);
      }
    };
    visit(schema, '#', false);
    assert.deepEqual(missing, []);
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.$id, 'referral.schema.json');
  });

  it('is checked by a validator compiled at build time, with no eval for a strict Content-Security-Policy', () => {
    const code = readFileSync('packages/elements/src/generated/referral-validator.js', 'utf8');
    assert.doesNotMatch(code, /new Function|\beval\(/);
    assert.doesNotMatch(code, /(^|[^"'])require\(/);
    assert.match(code, /export\s*\{[^}]*validateReferralPackage/);
  });
});
