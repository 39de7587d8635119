/**
 * What still stops the referral package being complete, read from the referral schema itself: the
 * package the state would make is checked by the precompiled validator (no eval on the page), and
 * each error is mapped to the wizard's question that answers it. The schema states each rule once
 * (a reason for a lower urgency, for an agency added or taken out, for not telling the family;
 * agreement when consent is needed); the wizard no longer restates them.
 */
import type { Assessment, ResolvedRuleset } from '@rhi-toolkit/engine';
import { validateReferralPackage, type SchemaError } from '../generated/referral-validator.js';
import { buildReferralPackage } from './referral-package.js';
import type { PackageProblem, ReferralPackage, ReferralWizardState, WizardStep } from './referral-types.js';

/** The page of each question a package error can point at, in the order a page asks them. */
const pageOfField: Record<string, WizardStep> = {
  noReferralsReason: 'choose',
  addedReason: 'choose',
  urgencyLoweredReason: 'details',
  summary: 'details',
  lawfulBasis: 'sharing',
  agreement: 'sharing',
  told: 'sharing',
  notToldReason: 'sharing',
  removalReason: 'choose',
};
const fieldOrder = Object.keys(pageOfField);
/** noReferralsReason first, then each referral in the order chosen, then the recommendations taken out. */
const listOrder = ['', 'referrals', 'removed'];

/**
 * Empty when the worker may confirm — with no referral at all, too, once every recommendation taken
 * out has its reason (or, with none recommended, the worker has said why none is needed).
 */
export function packageProblems(state: ReferralWizardState, assessment: Assessment, ruleset: ResolvedRuleset): PackageProblem[] {
  // The answers only fill the suggested summary, which is never empty: none are needed to find what is missing.
  const pkg = buildReferralPackage({ state, assessment, ruleset, answers: {}, lang: 'en', preparedAt: assessment.assessedAt });
  if (validateReferralPackage(pkg)) return [];
  const found = new Map<string, PackageProblem & { order: number[] }>();
  for (const error of validateReferralPackage.errors ?? []) {
    const problem = problemOf(error, pkg, state);
    if (!problem) continue;
    const key = `${problem.field}:${problem.agency ?? ''}`;
    if (!found.has(key)) found.set(key, problem);
  }
  return [...found.values()]
    .sort((a, b) => a.order[0]! - b.order[0]! || a.order[1]! - b.order[1]! || a.order[2]! - b.order[2]!)
    .map(({ order: _order, ...problem }) => problem);
}

function problemOf(error: SchemaError, pkg: ReferralPackage, state: ReferralWizardState): (PackageProblem & { order: number[] }) | undefined {
  const [, list = '', index = '0'] = error.instancePath.split('/');
  // `if` and `anyOf` only repeat what their branches say; of the "some referral, some taken out, or a
  // reason for none" alternatives, the reason is the one the worker answers.
  if (error.keyword === 'if' || error.keyword === 'anyOf' || (error.keyword === 'minItems' && error.instancePath.split('/').length === 2)) return undefined;
  const item = list === 'referrals' ? pkg.referrals[Number(index)] : list === 'removed' ? pkg.removed[Number(index)] : undefined;
  const agency = item?.agency;
  let field = error.keyword === 'required' ? String(error.params['missingProperty']) : error.instancePath.split('/').pop() ?? '';
  // An undecided "were they told?" is sent as not told, so the schema asks for the reason: ask the question first.
  if (field === 'notToldReason' && agency && !state.choices[agency]?.told) field = 'told';
  const known = field in pageOfField;
  return {
    ...(agency ? { agency } : {}),
    field: (known ? field : error.instancePath || field) as PackageProblem['field'],
    step: pageOfField[field] ?? 'check',
    order: [listOrder.indexOf(list), Number(index), known ? fieldOrder.indexOf(field) : fieldOrder.length],
  };
}
