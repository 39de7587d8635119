// `rhi rules`: the sign-off listing of a ruleset, as text or as Markdown that no rule file can inject into.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRuleset } from '../../packages/engine/src/engine-node.js';
import { rulesWithLocality } from './rules-with-locality.js';
import { repositoryRoot, runRhi } from './run-rhi.js';

const root = repositoryRoot;

const rhi = (...args: string[]) => runRhi(args);

/** A copy of the rules whose first England risk rule has a description full of markup. */
function rulesWithMarkupInADescription(description: string): string {
  const rules = join(mkdtempSync(join(tmpdir(), 'rhi-rules-')), 'rules');
  cpSync(join(root, 'rules'), rules, { recursive: true });
  const file = join(rules, 'england', 'risk.rules.json');
  const content = JSON.parse(readFileSync(file, 'utf8'));
  content.rules[0].description.en = description;
  writeFileSync(file, JSON.stringify(content, null, 2));
  return rules;
}

describe('rhi rules', () => {
  it('lists, for sign-off, the answers every referral carries and each agency’s additions, from the ruleset', () => {
    const england = JSON.parse(readFileSync(join(root, 'rules/england/ruleset.json'), 'utf8'));
    const { status, stdout } = rhi('rules');
    assert.equal(status, 0);
    const section = stdout.slice(stdout.indexOf('ANSWERS EVERY REFERRAL CARRIES'), stdout.indexOf('AGENCY DIRECTORY'));
    assert.match(section, new RegExp(`^ANSWERS EVERY REFERRAL CARRIES \\(${england.sharedAnswers.length}\\)$`, 'm'));
    for (const path of england.sharedAnswers) assert.match(section, new RegExp(`^ {2}• ${path.replaceAll('.', '\\.')}$`, 'm'), path);
    assert.match(stdout, /^ {2}• police — .*\n {4}• also receives: episode\.policeRiskGrade, episode\.foundBy, places, associates$/m);
    assert.match(stdout, /^ {2}• runaway-helpline — .*\n {4}• signpost, not a referral: the child is given its contact and nothing about the child is sent$/m);

    // A locality's own list is what its listing shows: the data, not a list in code.
    const rules = rulesWithLocality({ id: 'sparing', version: '1', extends: 'england', title: { en: 'Sparing', cy: 'Cynnil' }, sharedAnswers: ['child.dateOfBirth'] });
    const local = rhi('rules', '--ruleset', 'sparing', '--rules-dir', rules);
    assert.equal(local.status, 0, local.stderr);
    assert.match(local.stdout, /^ANSWERS EVERY REFERRAL CARRIES \(1\)$/m);
    assert.ok(!local.stdout.includes('• episode.returnedAt\n'));
  });

  it('names the file and JSON pointer of a shared answer the interview does not have, and what to do', () => {
    const rules = rulesWithLocality({
      id: 'typo',
      version: '1',
      extends: 'england',
      title: { en: 'Typo', cy: 'Teipo' },
      sharedAnswers: ['child.dateOfBrith'],
      agencies: { gp: { sharedAnswers: ['care.statuss'] }, 'runaway-helpline': { sharedAnswers: ['child.dateOfBirth'] } },
    });
    const { status, stdout } = rhi('validate', join(rules, 'typo'), '--rules-dir', rules);
    assert.equal(status, 1, stdout);
    assert.match(stdout, /typo\/ruleset\.json:\d+:\d+  'child\.dateOfBrith' is not an answer of the interview.*did you mean 'child\.dateOfBirth'\? \(at \/sharedAnswers\/0\)$/m);
    assert.match(stdout, /typo\/ruleset\.json:\d+:\d+  'care\.statuss' is not an answer.*\(at \/agencies\/gp\/sharedAnswers\/0\)$/m);
    assert.match(stdout, /typo\/ruleset\.json:\d+:\d+  the agency 'runaway-helpline' is a signpost, so it is sent no answers — delete "sharedAnswers".*\(at \/agencies\/runaway-helpline\/sharedAnswers\)$/m);
  });

  it('lists every rule of the ruleset with when it fires, its outcome and its file', async () => {
    const { ruleset } = await loadRuleset('england', { rulesDir: join(root, 'rules'), cwd: root });
    assert.ok(ruleset);
    const { status, stdout } = rhi('rules');
    assert.equal(status, 0);
    assert.match(stdout, /^England\n=======\n/);
    assert.match(stdout, /^SETTINGS$/m);
    assert.match(stdout, /^ {2}repeatEpisodes\.withinDays +\d+$/m);
    assert.match(stdout, new RegExp(`^RULES \\(${ruleset.rules.length}\\)$`, 'm'));
    for (const rule of ruleset.rules) assert.match(stdout, new RegExp(`^${rule.id.replaceAll('.', '\\.')}$`, 'm'), rule.id);
    assert.match(stdout, /• When it fires:/);
    assert.match(stdout, /• From: rules\/england\/risk\.rules\.json \(\/rules\/\d+\)/);
  });

  it('renders conditions in plain words', async () => {
    const { stdout } = rhi('rules');
    assert.match(stdout, /• indicators include any of: [a-z-]+(, [a-z-]+)*$/m);
    assert.match(stdout, /• (ALL|ANY) of:$/m);
  });

  it('lists the rules a locality disabled, with the file that disabled them, and what it replaced', () => {
    const locality = JSON.parse(readFileSync(join(root, 'rules/example-locality/ruleset.json'), 'utf8'));
    const { status, stdout } = rhi('rules', '--ruleset', 'example-locality');
    assert.equal(status, 0);
    assert.match(stdout, /Chain: england → example-locality/);
    for (const id of locality.disable ?? []) {
      assert.match(stdout, new RegExp(`• ${id.replaceAll('.', '\\.')} — disabled by rules/example-locality/ruleset\\.json \\(/disable/\\d+\\)`));
    }
    if ((locality.rules ?? []).length > 0) assert.match(stdout, /• Replaces: rules\/england\//);
  });

  it('writes Markdown with headings and a settings table', () => {
    const { status, stdout } = rhi('rules', '--format', 'md');
    assert.equal(status, 0);
    assert.match(stdout, /^# England$/m);
    assert.match(stdout, /^\| Setting \| Value \|$/m);
    assert.match(stdout, /^### `risk\.[a-z.-]+`$/m);
  });

  it('escapes markup from a rule file in Markdown so it shows as text', () => {
    const rules = rulesWithMarkupInADescription('Watch <script>alert(1)</script> and *this* [link](https://example.org) | & more');
    const { status, stdout } = rhi('rules', '--ruleset', join(rules, 'england'), '--format', 'md');
    assert.equal(status, 0);
    assert.doesNotMatch(stdout, /<script>/);
    assert.ok(stdout.includes('Watch &lt;script&gt;alert(1)&lt;/script&gt; and \\*this\\* \\[link\\](https://example.org) \\| &amp; more'), stdout.slice(0, 3000));
  });

  it("lists the action directory, with a locality's own action under its own name, in Markdown and in Welsh", () => {
    const markdown = rhi('rules', '--ruleset', 'example-locality', '--format', 'md');
    assert.equal(markdown.status, 0);
    assert.match(markdown.stdout, /^## Action directory \(\d+\)$/m);
    assert.match(markdown.stdout, /^- `strategy-discussion` — Hold a strategy discussion$/m);
    assert.match(markdown.stdout, /^- `consult-exploitation-hub` — Consult the Exploitation Hub$/m);
    const welsh = rhi('rules', '--ruleset', 'example-locality', '--lang', 'cy');
    assert.match(welsh.stdout, /^CYFEIRIADUR CAMAU GWEITHREDU \(\d+\)$/m);
    assert.match(welsh.stdout, /• consult-exploitation-hub — Ymgynghori â'r Hyb Camfanteisio$/m);
  });

  it('prints the listing in Welsh', () => {
    const { stdout } = rhi('rules', '--ruleset', 'wales', '--lang', 'cy');
    assert.match(stdout, /^Cymru\n/);
    assert.match(stdout, /• Pryd mae'n tanio:/);
    assert.match(stdout, /^GOSODIADAU$/m);
  });

  it('words levels, discussions, agencies, actions, answer values and setting values in Welsh in the Welsh listing, from the schemas', () => {
    const welsh = rhi('rules', '--ruleset', 'example-locality', '--lang', 'cy').stdout;
    // No English value words where the schemas have Welsh ones.
    assert.doesNotMatch(welsh, /lefel risg: (high|medium|low|no-apparent-risk)$/m);
    assert.match(welsh, /^ +• lefel risg: Uchel$/m);
    assert.doesNotMatch(welsh, /trafodaeth â rhiant\/gofalwr: (required|withheld|note)$/m);
    assert.match(welsh, /trafodaeth â rhiant\/gofalwr: Nodyn yn unig, dim newid$/m);
    assert.match(welsh, /atgyfeiriad: childrens-services \(Gwasanaethau plant \(drws ffrynt \/ MASH\)\) — O fewn 24 awr; cytundeb: Dim angen cytundeb/);
    assert.match(welsh, /cam gweithredu: consult-exploitation-hub \(Ymgynghori â'r Hyb Camfanteisio\)$/m);
    assert.match(welsh, /mae afterReturn\.workerRiskView yn Uchel$/m);
    assert.doesNotMatch(welsh, /mae afterReturn\.workerRiskView yn high$/m);
    assert.match(welsh, /mae child\.ableToConsent yn un o: Nac ydy, Ddim yn siŵr$/m);
    assert.doesNotMatch(welsh, /mae indicators yn cynnwys( unrhyw un o:)? [a-z]+-[a-z-]+/);
    assert.match(welsh, /parentCarerDiscussion\.ageBasis +Oed ar ddyddiad y cyfweliad$/m);
    const english = rhi('rules', '--ruleset', 'example-locality').stdout;
    assert.match(english, /^ +• risk level: High$/m);
    assert.match(english, /referral: childrens-services \(Children's services \(front door \/ MASH\)\) — Within 24 hours/);
  });

  it('refuses a format it does not know', () => {
    assert.equal(rhi('rules', '--format', 'pdf').status, 2);
  });
});
