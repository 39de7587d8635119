/**
 * `@rhi-toolkit/elements/outcomes-chart`: the `<rhi-outcomes-chart>` class and the service report's
 * types. Importing it registers no tag; `./define/outcomes-chart.ts` registers `<rhi-outcomes-chart>`.
 */
export { RhiOutcomesChart } from '../outcomes-chart/outcomes-chart.component.js';
export type { OutcomeChange, OutcomeChanges, OutcomeId, ServiceReport } from '../outcomes-chart/service-report.js';
