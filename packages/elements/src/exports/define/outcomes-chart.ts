/**
 * `@rhi-toolkit/elements/outcomes-chart/define`: registers `<rhi-outcomes-chart>` (unless an element
 * already has that name) and exports what `@rhi-toolkit/elements/outcomes-chart` does.
 */
import '../../outcomes-chart/outcomes-chart.js';

export * from '../outcomes-chart.js';
