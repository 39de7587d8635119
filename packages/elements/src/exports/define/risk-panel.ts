/**
 * `@rhi-toolkit/elements/risk-panel/define`: registers `<rhi-risk-panel>` (unless an element
 * already has that name) and exports what `@rhi-toolkit/elements/risk-panel` does.
 */
import '../../risk-panel/risk-panel.js';

export * from '../risk-panel.js';
