/**
 * The corpus of schemas written by others (test/fixtures/schema-corpus/, issue 16 point 6): each
 * one loaded with its sample data and its compiled validator in a one-page form, under the strict
 * Content-Security-Policy (test/csp/schema-corpus.html), and checked for
 *   console   — no console error, uncaught error or policy violation (a validator that does not
 *               compile counts here);
 *   leaves    — every leaf of the sample is usable, or under a visible "cannot show" notice;
 *   required  — an empty submit lists every required leaf in the error summary;
 *   roundTrip — the sample is posted back exactly;
 *   axe       — axe finds nothing, with the sample and after an empty submit (axe needs eval, so
 *               this one runs on the same form in the test page, not under the policy).
 * The precise rules are in test/support/schema-corpus-checks.ts.
 *
 * EXPECTED_GAPS lists what does not work yet, one line per schema and check. A schema's test fails
 * when a check fails that is not listed, and also when a listed one passes: take it off the list.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/interview-form/interview-form.js';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';
import { loadInFrame } from '../support/csp-frame.js';
import type { CorpusReport } from '../support/schema-corpus-checks.js';

type Check = 'console' | 'leaves' | 'required' | 'roundTrip' | 'axe';
const CHECKS: Check[] = ['console', 'leaves', 'required', 'roundTrip', 'axe'];

interface CorpusEntry {
  id: string;
  schema: string;
  data: string;
  valid: boolean;
}

/** What does not work yet: schema id → failing check → why. Shrinks as issue 16 lands. */
const EXPECTED_GAPS: Record<string, Partial<Record<Check, string>>> = {};

const manifest: CorpusEntry[] = await (await fetch('/test/fixtures/schema-corpus/manifest.json')).json();

async function json(path: string): Promise<unknown> {
  return (await fetch(path)).json();
}

/** Why each check failed; a check that passed is not in it. */
function failures(report: CorpusReport, axe: string | undefined): Partial<Record<Check, string>> {
  if (report.error) return Object.fromEntries(CHECKS.map((check) => [check, `the page failed: ${report.error}`]));
  const found: Partial<Record<Check, string>> = {};
  const logged = [...report.consoleErrors, ...report.violations];
  if (logged.length > 0) found.console = logged.join(' | ');
  const unusable = report.leaves.unusable.map((leaf) => leaf.slice(0, leaf.indexOf('=')));
  if (unusable.length > 0) found.leaves = `${unusable.length} of ${report.leaves.total} not usable: ${unusable.join(', ')}`;
  if (report.required.missing.length > 0) found.required = `not in the error summary: ${report.required.missing.join(', ')} (summary links: ${report.required.summary.join(', ') || 'none'})`;
  if (!report.roundTrip.ok) found.roundTrip = `${report.roundTrip.how}: ${report.roundTrip.difference}`;
  if (axe) found.axe = axe;
  return found;
}

async function axeFindings(entry: CorpusEntry, validator: unknown): Promise<string | undefined> {
  const schema = await json(`/test/fixtures/schema-corpus/${entry.schema}`);
  const data = await json(`/test/fixtures/schema-corpus/${entry.data}`);
  const loaded = await fixture<RhiInterviewForm>(
    html`<rhi-interview-form one-page no-drafts lang="en" .schema=${schema} .validator=${validator} .answers=${data}></rhi-interview-form>`,
  );
  try {
    await expect(loaded).to.be.accessible();
  } catch (error) {
    return `with the sample: ${firstLine(error)}`;
  }
  const empty = await fixture<RhiInterviewForm>(html`<rhi-interview-form one-page no-drafts lang="en" .schema=${schema} .validator=${validator}></rhi-interview-form>`);
  empty.shadowRoot!.querySelector<HTMLButtonElement>('[part~="primary-button"]')?.click();
  await empty.updateComplete;
  await empty.updateComplete;
  try {
    await expect(empty).to.be.accessible();
  } catch (error) {
    return `after an empty submit: ${firstLine(error)}`;
  }
  return undefined;
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split('\n').slice(0, 3).join(' ').slice(0, 300);
}

const fullyWorking: string[] = [];
/** Schema id → leaves of its sample shown only read-only in a notice (not as a control). */
const leavesInNotices = new Map<string, string[]>();
const failingByCheck = new Map<Check, number>(CHECKS.map((check) => [check, 0]));

describe('the schema corpus in a one-page form under a strict Content-Security-Policy', () => {
  after(() => {
    console.log(`corpus: ${fullyWorking.length} of ${manifest.length} fully work`);
    const inNotices = [...leavesInNotices].map(([id, paths]) => `${id} (${paths.join(', ')})`);
    console.log(`corpus: ${fullyWorking.filter((id) => !leavesInNotices.has(id)).length} with every leaf a control; leaves shown read-only in a notice: ${inNotices.join('; ') || 'none'}`);
    console.log(`corpus checks passed: ${CHECKS.map((check) => `${check} ${manifest.length - failingByCheck.get(check)!}`).join(', ')} (of ${manifest.length})`);
  });

  it('lists gaps only for schemas of the corpus, and has at least 30 schemas', () => {
    expect(manifest.length).to.be.at.least(30);
    const ids = new Set(manifest.map((entry) => entry.id));
    expect(Object.keys(EXPECTED_GAPS).filter((id) => !ids.has(id))).to.deep.equal([]);
  });

  for (const entry of manifest) {
    it(`${entry.id}: ${Object.keys(EXPECTED_GAPS[entry.id] ?? {}).join(', ') || 'every check'} ${EXPECTED_GAPS[entry.id] ? 'known to fail' : 'passes'}`, async () => {
      const { report, headerPolicy } = await loadInFrame<CorpusReport>(`/test/csp/schema-corpus.html?id=${entry.id}`, 60);
      expect(headerPolicy).to.contain("script-src 'self'");
      const validator = ((await import(`/__schema-corpus__/${entry.id}.js`)) as { default?: unknown }).default;
      const found = failures(report, await axeFindings(entry, validator));
      if (report.leaves?.inNotice?.length) leavesInNotices.set(entry.id, report.leaves.inNotice);
      for (const check of Object.keys(found) as Check[]) failingByCheck.set(check, failingByCheck.get(check)! + 1);
      if (Object.keys(found).length === 0) fullyWorking.push(entry.id);
      const expected = EXPECTED_GAPS[entry.id] ?? {};
      const unlisted = Object.keys(found).filter((check) => !(check in expected));
      const fixed = Object.keys(expected).filter((check) => !(check in found));
      const why = [
        ...unlisted.map((check) => `new gap ${check}: ${found[check as Check]}`),
        ...fixed.map((check) => `${check} works now: take it off EXPECTED_GAPS['${entry.id}']`),
      ].join('\n');
      expect(why, why).to.equal('');
    });
  }
});
