/**
 * What the form uses when the host gives no schema, layout or validator: the toolkit's own
 * interview. A schema of the host's own with no validator gets only the form's own checks.
 */
import { validateInterviewAnswers, type SchemaValidator } from '@rhi-toolkit/engine/form-support';
import { interviewLayout, interviewSchema } from '../generated/interview-defaults.js';
import { buildFormTree, type FormTree } from './field-tree.js';
import type { JsonSchema, Layout } from './layout-types.js';

const acceptEverything: SchemaValidator = Object.assign(() => true, { errors: null });

/** Pages and fields for the host's schema and layout; the toolkit's layout goes only with its own schema. */
export function formTreeFor(schema: JsonSchema | undefined, layout: Layout | undefined): FormTree {
  return buildFormTree(schema ?? interviewSchema, layoutFor(schema, layout));
}

/** The layout the form follows: the host's, the toolkit's for its own schema, or none. */
export function layoutFor(schema: JsonSchema | undefined, layout: Layout | undefined): Layout | undefined {
  return layout ?? ((schema ?? interviewSchema) === interviewSchema ? interviewLayout : undefined);
}

/** The host gave a schema of its own but nothing precompiled to check it with. */
export function lacksValidator(schema: JsonSchema | undefined, validator: SchemaValidator | undefined): boolean {
  return Boolean(schema && schema !== interviewSchema && !validator);
}

/** What checks the answers against the schema. */
export function validatorFor(schema: JsonSchema | undefined, validator: SchemaValidator | undefined): SchemaValidator {
  return validator ?? (schema && schema !== interviewSchema ? acceptEverything : validateInterviewAnswers);
}
