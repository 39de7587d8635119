/**
 * `@rhi-toolkit/elements/interview/define`: registers `<rhi-interview>` (unless an element already
 * has that name) and exports what `@rhi-toolkit/elements/interview` does. It registers only the
 * coordinator: import the `define` entries of the components it coordinates too (or
 * `@rhi-toolkit/elements/define` for all four).
 */
import '../../interview-session/interview.js';

export * from '../interview.js';
