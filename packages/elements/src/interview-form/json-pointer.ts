/**
 * JSON pointers (RFC 6901) to answers and into schemas, written and read in one place: notices name
 * the schema's parts by pointer, Ajv reports errors by pointer, and the form keeps answers by path.
 * Steps are escaped with the engine's `pointerStep`, so both packages write the same pointers.
 */
import { pointerStep } from '@rhi-toolkit/engine/form-support';
import type { AnswerPath } from './answer-paths.js';

export { pointerStep };

/** An answer's path as a pointer: `['a', 0, 'b/c']` → `/a/0/b~1c`. */
export function pointerOf(path: AnswerPath): string {
  return path.map((step) => `/${pointerStep(step)}`).join('');
}

/** One step of a pointer as the name it stands for: `b~1c` → `b/c`. */
export function unescapedStep(step: string): string {
  return step.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** A pointer's steps, unescaped: `/a/0/b~1c` → `['a', '0', 'b/c']`; the root `''` has none. */
export function stepsOf(pointer: string): string[] {
  return pointer.split('/').slice(1).map(unescapedStep);
}
