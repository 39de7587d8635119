/** Registers `<rhi-outcomes-chart>`. Import the class from `index.ts` to register it under another name. */
import { RhiOutcomesChart } from './outcomes-chart.component.js';

export { RhiOutcomesChart };

if (!customElements.get('rhi-outcomes-chart')) customElements.define('rhi-outcomes-chart', RhiOutcomesChart);

declare global {
  interface HTMLElementTagNameMap {
    'rhi-outcomes-chart': RhiOutcomesChart;
  }
}
