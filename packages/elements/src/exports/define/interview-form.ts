/**
 * `@rhi-toolkit/elements/interview-form/define`: registers `<rhi-interview-form>` (unless an element
 * already has that name) and exports what `@rhi-toolkit/elements/interview-form` does.
 */
import '../../interview-form/interview-form.js';
import '../../record-stored/record-stored.js';

export * from '../interview-form.js';
