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
const EXPECTED_GAPS: Record<string, Partial<Record<Check, string>>> = {
  '01-registration': { required: 'required is not enforced without a layout: no link for lastName' },
  '02-task-list': { required: 'required is not enforced without a layout: no link for title' },
  '03-arrays': { console: 'an enum without x-rhi-enum-labels is logged with console.error', leaves: 'lists of strings and numbers, tuple items and nested lists have no control (20 of 22: listOfStrings.0, listOfStrings.1, fixedItemsList.0, …)' },
  '04-numbers': { console: 'an enum without x-rhi-enum-labels is logged with console.error' },
  '05-widgets': { console: 'an enum without x-rhi-enum-labels is logged with console.error' },
  '06-references': { leaves: '$ref objects are not followed (10 of 10: billing_address.street_address, billing_address.city, billing_address.state, …)' },
  '07-custom-validation': { required: 'required is not enforced without a layout: no link for firstName' },
  '08-image-editor': { leaves: 'lists of $ref enums have no control (2 of 4: colorMask.0, colorPalette.0)', required: 'required is not enforced without a layout: no link for currentColor, colorMask, blendMode' },
  '10-schema-dependencies': { leaves: '$ref objects and dependencies oneOf are not followed (10 of 11: petOwner.Do you have any pets?, petOwners.0.Do you have any pets?, petOwners.0.How old is your pet?, …)' },
  '11-all-of': { leaves: 'allOf is not merged (2 of 2: lorem, ipsum)' },
  '12-if-then-else-animal': { console: 'an enum without x-rhi-enum-labels is logged with console.error', leaves: 'if/then/else fields are not shown (2 of 3: food, water)', required: 'required is not enforced without a layout: no link for animal' },
  '14-additional-properties': { leaves: 'an additional property is neither shown nor under a notice (1 of 3: assKickCount)', required: 'required is not enforced without a layout: no link for firstName, lastName' },
  '15-single-string-root': { leaves: 'a root that is not an object renders nothing and no notice (1 of 1: (root))' },
  '16-one-of-objects': { leaves: 'oneOf of objects is not offered (1 of 1: lorem)' },
  '17-any-of-objects': { leaves: 'anyOf of objects (root and items) is not offered (4 of 5: items.0.foo, items.1.bar, firstName, …)' },
  '18-defaults': { leaves: '$ref objects are not followed (3 of 3: valuesInFormData.scalar, valuesInFormData.array.0.nested, valuesInFormData.object.nested)' },
  '20-contextualised-errors': { console: 'an enum without x-rhi-enum-labels is logged with console.error', leaves: 'a list of strings has no control; text in a yes/no question is not shown (4 of 8: active, skills.0, skills.1, …)' },
  '21-nullable': { required: 'required is not enforced without a layout: no link for lastName' },
  '22-const-fields': { leaves: 'a const list of strings is neither a control nor shown read-only (3 of 9: tags.0, tags.1, tags.2)' },
  '23-enum-objects': { console: 'an enum without x-rhi-enum-labels is logged with console.error', leaves: 'an enum of objects is not offered (1 of 1: location)' },
  '24-person': { console: 'an enum without x-rhi-enum-labels is logged with console.error', required: 'required is not enforced without a layout: no link for occupation, nationality' },
  '27-address-or-user': { leaves: 'oneOf of $ref objects is not offered (3 of 4: addressOrUser.street_address, addressOrUser.city, addressOrUser.state)', required: 'required is not enforced without a layout: no link for name' },
  '28-colours-or-numbers-objects': { leaves: 'oneOf of $ref objects is not offered (1 of 1: coloursOrNumbers.colour)' },
  '30-file-or-folder-recursive': { leaves: 'recursive $ref items are not followed (2 of 2: root.0.name, root.1.name)' },
  '31-string-array': { leaves: 'a list of strings has no control (2 of 2: comments.0, comments.1)' },
  '32-enums': { console: 'an enum without x-rhi-enum-labels is logged with console.error' },
  '33-address': { required: 'required is not enforced without a layout: no link for locality, region, countryName' },
  '34-geographical-location': { required: 'required is not enforced without a layout: no link for latitude, longitude' },
  '35-job-posting': { required: 'required is not enforced without a layout: no link for title, company, location, description' },
  '36-movie': { console: 'an enum without x-rhi-enum-labels is logged with console.error', leaves: 'a list of strings has no control (3 of 8: cast.0, cast.1, cast.2)', required: 'required is not enforced without a layout: no link for title, director, releaseDate' },
  '37-user-profile': { leaves: 'a list of strings has no control (2 of 7: interests.0, interests.1)', required: 'required is not enforced without a layout: no link for username, email' },
  '38-ecommerce': { leaves: 'a root of $defs only: its data has no fields and no notice (5 of 5: order.orderId, order.items.0.name, order.items.0.price, …)' },
  '39-arrays-of-things': { leaves: 'a list of strings has no control; $ref items are not followed (7 of 7: fruits.0, fruits.1, fruits.2, …)' },
  '40-enumerated-values': { console: 'an enum without x-rhi-enum-labels is logged with console.error', leaves: 'an enum value that is a list is not offered (1 of 1: data)' },
  '41-complex-object': { leaves: 'a list of strings has no control (2 of 8: hobbies.0, hobbies.1)', required: 'required is not enforced without a layout: no link for name, age' },
  '43-if-else-membership': { required: 'required is not enforced without a layout: no link for isMember' },
  '44-product': { leaves: 'a list of strings has no control; the remote $ref warehouseLocation has no notice (4 of 10: tags.0, tags.1, warehouseLocation.latitude, …)', required: 'required is not enforced without a layout: no link for productId, productName, price' },
  '45-cica-enter-your-address': { required: 'required is not enforced without a layout: no link for q-applicant-building-and-street, q-applicant-town-or-city' },
  '46-cica-date-of-birth': { required: 'required is not enforced without a layout: no link for q-applicant-enter-your-date-of-birth' },
  '47-cica-email-address': { required: 'required is not enforced without a layout: no link for q-applicant-email-address' },
  '48-employee-registration': { console: 'an enum without x-rhi-enum-labels is logged with console.error' },
  '50-cica-enter-your-name': { required: 'required is not enforced without a layout: no link for q-applicant-name-title, q-applicant-name-firstname, q-applicant-name-lastname' },
  '51-array-of-numbers': { leaves: 'a list of numbers has no control (3 of 3: an-array-of-numbers.0, an-array-of-numbers.1, an-array-of-numbers.2)' },
};

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
const failingByCheck = new Map<Check, number>(CHECKS.map((check) => [check, 0]));

describe('the schema corpus in a one-page form under a strict Content-Security-Policy', () => {
  after(() => {
    console.log(`corpus: ${fullyWorking.length} of ${manifest.length} fully work`);
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
