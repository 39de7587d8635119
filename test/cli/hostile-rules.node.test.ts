// A locality's rule files are data: markup in them shows as text in `rhi rules --format md` and verbatim in `rhi explain`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot, runRhi } from './run-rhi.js';
import { rulesWithLocality } from './rules-with-locality.js';

const markup = '<img src=x onerror="alert(1)"> <script>alert(2)</script> [click](javascript:alert(3)) <a href="javascript:alert(4)">here</a>';
const text = (en: string) => ({ en: `${en} ${markup}`, cy: `${en} ${markup}` });

/** A copy of the repository's rules plus a locality, `hostile`, whose every text carries markup. */
function rulesWithHostileLocality(): string {
  const contact = {
    team: `Front door ${markup}`,
    phone: '01632 960000',
    email: 'frontdoor@example.org',
    hours: `Always ${markup}`,
    address: `1 Example Street ${markup}`,
    website: 'javascript:alert(5)',
    notes: text('Note'),
  };
  return rulesWithLocality({
    id: 'hostile',
    version: '2026.1',
    extends: 'england',
    title: text('Hostile Locality'),
    description: text('A locality whose files carry markup.'),
    settings: { lawfulBasis: text('Public task') },
    agencies: {
      'childrens-services': { name: text("Children's services"), contact },
      police: { name: text('Police'), contact },
    },
    actions: { 'strategy-discussion': { name: text('Hold a strategy discussion') } },
    rules: [
      {
        id: 'local.found-out-of-area',
        description: text('Found out of area.'),
        message: text('The child was found out of the area.'),
        conditions: { any: [{ fact: 'episode.foundOutOfArea', operator: 'equal', value: true }] },
        outcome: { riskLevel: 'medium', referrals: [{ agency: 'childrens-services', urgency: 'within-24-hours' }], actions: ['strategy-discussion'] },
      },
    ],
  });
}

/** The Markdown with code spans removed: what a viewer would read as prose or HTML. */
function outsideCode(markdown: string): string {
  return markdown.replace(/`[^`\n]*`/g, '');
}

describe('rhi with a hostile locality', () => {
  const rules = rulesWithHostileLocality();

  it('accepts the locality as valid rule files (markup in text is allowed, not trusted)', () => {
    const { status, stdout, stderr } = runRhi(['validate', join(rules, 'hostile'), '--rules-dir', rules]);
    assert.equal(status, 0, stdout + stderr);
  });

  it('writes Markdown in which no markup from the rule files is live HTML or a link', () => {
    const { status, stdout, stderr } = runRhi(['rules', '--ruleset', 'hostile', '--rules-dir', rules, '--format', 'md']);
    assert.equal(status, 0, stderr);
    const prose = outsideCode(stdout);
    assert.doesNotMatch(prose, /<[a-z!/]/i, 'no raw tag outside code');
    assert.doesNotMatch(prose, /(?<!\\)\]\(javascript:/i, 'no Markdown link to javascript:');
    assert.doesNotMatch(prose, /<javascript:|<https?:/i, 'no autolink');
    assert.ok(stdout.includes('&lt;img src=x onerror="alert(1)"&gt;'), stdout.slice(0, 2000));
    assert.ok(stdout.includes('&lt;script&gt;alert(2)&lt;/script&gt;'));
    assert.ok(stdout.includes('\\[click\\](javascript:alert(3))'));
    for (const where of ['Hostile Locality', 'Found out of area.', 'The child was found out of the area.', 'Hold a strategy discussion']) {
      assert.ok(stdout.includes(`${where} &lt;img`), `${where} is listed with its markup escaped`);
    }
  });

  it('explains with the rule text verbatim, since a terminal shows it as text', () => {
    const { status, stdout, stderr } = runRhi(['explain', 'test/scenarios/s02.json', '--ruleset', 'hostile', '--rules-dir', rules]);
    assert.equal(status, 0, stderr);
    assert.ok(stdout.includes(`The child was found out of the area. ${markup}`), stdout);
    assert.ok(stdout.includes(`Hold a strategy discussion ${markup}`), stdout);
  });
});

/** A copy of the repository's rules plus a locality, `names`, whose own names are those every JavaScript object has. */
function rulesWithObjectNames(): string {
  const rules = join(mkdtempSync(join(tmpdir(), 'rhi-object-names-')), 'rules');
  cpSync(join(repositoryRoot, 'rules'), rules, { recursive: true });
  mkdirSync(join(rules, 'names'));
  const question = (title: string) => ({ type: 'boolean', title, description: title, 'x-rhi-cy': { title, description: title } });
  writeFileSync(
    join(rules, 'names', 'interview-fields.schema.json'),
    JSON.stringify({ properties: { constructor: question('Constructor'), valueOf: question('Value of'), toString: question('To string') } }, null, 2),
  );
  writeFileSync(
    join(rules, 'names', 'ruleset.json'),
    JSON.stringify(
      {
        id: 'names',
        version: '1',
        extends: 'england',
        title: { en: 'Names', cy: 'Enwau' },
        rules: [
          {
            id: 'local.refer-to-constructor',
            description: { en: 'Refers to an agency never defined.', cy: "Yn atgyfeirio at asiantaeth na ddiffiniwyd erioed." },
            message: { en: 'Refer.', cy: 'Atgyfeirio.' },
            conditions: { any: [{ fact: 'episode.foundOutOfArea', operator: 'equal', value: true }] },
            outcome: { referrals: [{ agency: 'constructor', urgency: 'routine' }], actions: ['constructor'] },
          },
        ],
      },
      null,
      2,
    ),
  );
  return rules;
}

describe('rhi validate with names every JavaScript object already has', () => {
  const rules = rulesWithObjectNames();
  const { status, stdout } = runRhi(['validate', join(rules, 'names'), '--rules-dir', rules]);

  it("gives a local question called constructor, valueOf or toString a message that says why the name cannot be used", () => {
    assert.equal(status, 1, stdout);
    for (const name of ['constructor', 'valueOf', 'toString']) {
      assert.match(stdout, new RegExp(`interview-fields\\.schema\\.json:\\d+:\\d+  '${name}' cannot be the name of a question: every JavaScript object already has`), stdout);
    }
    assert.doesNotMatch(stdout, /already defined/, 'not mistaken for an inherited question');
  });

  it("names a referral to an agency called 'constructor', and an action called 'constructor', that the directories do not hold", () => {
    assert.match(stdout, /ruleset\.json:\d+:\d+  unknown agency 'constructor'/, stdout);
    assert.match(stdout, /ruleset\.json:\d+:\d+  the action 'constructor' has no name in the action directory/, stdout);
  });
});

