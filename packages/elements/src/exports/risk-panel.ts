/**
 * `@rhi-toolkit/elements/risk-panel`: the `<rhi-risk-panel>` class and its types. Importing it
 * registers no tag; `./define/risk-panel.ts` registers `<rhi-risk-panel>`.
 */
export { RhiRiskPanel } from '../risk-panel/risk-panel.component.js';
export type { RhiFocusFieldDetail } from '../risk-panel/risk-panel.events.js';
