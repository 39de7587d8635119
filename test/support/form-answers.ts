/**
 * A scenario's answers as the interview form can hold them: what the layout places, with empty
 * answers left out (the form stores an unticked list or an empty box as no answer at all).
 */
import type { LayoutPlacement } from '../../packages/elements/src/interview-form/layout-types.js';
import { interviewLayout } from '../../packages/elements/src/generated/interview-defaults.js';

export type Answers = Record<string, unknown>;

/** Dotted paths the layout places, with `*` for an item of a repeatable group. */
function placedPaths(placements: LayoutPlacement[], base = ''): string[] {
  return placements.flatMap((placement) => {
    const spec = typeof placement === 'string' ? { path: placement } : placement;
    const path = base + spec.path;
    return [
      path,
      ...placedPaths(spec.fields ?? [], `${path}.*.`),
      ...(spec.reveal ?? []).flatMap((reveal) => placedPaths(reveal.fields, base)),
    ];
  });
}

/** Every answered leaf: objects are walked into, items of lists of objects too; other values are leaves. */
function answerLeaves(value: unknown, path: string[] = []): { path: string[]; value: unknown }[] {
  if (Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null)) {
    return value.flatMap((item, index) => answerLeaves(item, [...path, String(index)]));
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([name, inner]) => answerLeaves(inner, [...path, name]));
  }
  return [{ path, value }];
}

function setLeaf(target: Answers, path: string[], value: unknown): void {
  let node: Record<string, unknown> = target;
  path.forEach((step, index) => {
    if (index === path.length - 1) node[step] = value;
    else node = (node[step] ??= /^\d+$/.test(path[index + 1]!) ? [] : {}) as Record<string, unknown>;
  });
}

/** S02's answers split into what the form can hold, what the layout does not place, and empty answers. */
export function whatTheFormCanHold(answers: Answers) {
  const placed = new Set(placedPaths(interviewLayout!.pages.flatMap((page) => page.fields)));
  const expected: Answers = {};
  const notPlaced: string[] = [];
  const empty: string[] = [];
  for (const leaf of answerLeaves(answers)) {
    const pattern = leaf.path.map((step) => (/^\d+$/.test(step) ? '*' : step)).join('.');
    if (!placed.has(pattern)) notPlaced.push(leaf.path.join('.'));
    // The form stores an unticked list or an empty box as no answer at all.
    else if (leaf.value === '' || (Array.isArray(leaf.value) && leaf.value.length === 0)) empty.push(leaf.path.join('.'));
    else setLeaf(expected, leaf.path, leaf.value);
  }
  return { expected, notPlaced, empty };
}
