/**
 * The layout functions without any element, for Node: the build composes each ruleset's layout
 * and checks it against that ruleset's interview schema before a page ever loads it.
 */
export { composeLayout, type ComposedLayout, type LayoutOverlay } from './interview-form/compose-layout.js';
export { buildFormTree } from './interview-form/field-tree.js';
