/**
 * The built rulesets a story can use, each with the interview form's schema, layout and
 * precompiled validator for that ruleset (a locality's own questions come with its files). They are
 * the files `npm run build` writes to packages/engine/dist/rulesets/, bundled into Storybook as a
 * host page would serve them: the components never fetch anything.
 */
import type { ResolvedRuleset } from '@rhi-toolkit/engine';
import type { SchemaValidator } from '@rhi-toolkit/engine/form-support';
import type { JsonSchema, Layout } from '../../packages/elements/src/index.js';
import england from '../../packages/engine/dist/rulesets/england.json';
import englandSchema from '../../packages/engine/dist/rulesets/england.interview.schema.json';
import englandLayout from '../../packages/engine/dist/rulesets/england.interview.layout.json';
import { validateInterviewAnswers as englandValidator } from '../../packages/engine/dist/rulesets/england.interview-validator.js';
import wales from '../../packages/engine/dist/rulesets/wales.json';
import walesSchema from '../../packages/engine/dist/rulesets/wales.interview.schema.json';
import walesLayout from '../../packages/engine/dist/rulesets/wales.interview.layout.json';
import { validateInterviewAnswers as walesValidator } from '../../packages/engine/dist/rulesets/wales.interview-validator.js';
import exampleLocality from '../../packages/engine/dist/rulesets/example-locality.json';
import exampleLocalitySchema from '../../packages/engine/dist/rulesets/example-locality.interview.schema.json';
import exampleLocalityLayout from '../../packages/engine/dist/rulesets/example-locality.interview.layout.json';
import { validateInterviewAnswers as exampleLocalityValidator } from '../../packages/engine/dist/rulesets/example-locality.interview-validator.js';

export const rulesetIds = ['england', 'wales', 'example-locality'] as const;
export type RulesetId = (typeof rulesetIds)[number];

/** A ruleset and the form files that go with it. */
export interface BuiltRuleset {
  ruleset: ResolvedRuleset;
  schema: JsonSchema;
  layout: Layout;
  validator: SchemaValidator;
}

const built: Record<RulesetId, BuiltRuleset> = {
  england: { ruleset: england as unknown as ResolvedRuleset, schema: englandSchema as JsonSchema, layout: englandLayout as Layout, validator: englandValidator },
  wales: { ruleset: wales as unknown as ResolvedRuleset, schema: walesSchema as JsonSchema, layout: walesLayout as Layout, validator: walesValidator },
  'example-locality': {
    ruleset: exampleLocality as unknown as ResolvedRuleset,
    schema: exampleLocalitySchema as JsonSchema,
    layout: exampleLocalityLayout as Layout,
    validator: exampleLocalityValidator,
  },
};

export function isRulesetId(id: unknown): id is RulesetId {
  return typeof id === 'string' && (rulesetIds as readonly string[]).includes(id);
}

export function builtRuleset(id: string): BuiltRuleset {
  if (!isRulesetId(id)) throw new Error(`Storybook has no built ruleset '${id}': use one of ${rulesetIds.join(', ')} (built by npm run build)`);
  return built[id];
}
