/** Registers `<rhi-risk-panel>`. Import the class from `index.ts` to register it under another name. */
import { RhiRiskPanel } from './risk-panel.component.js';

export { RhiRiskPanel };

if (!customElements.get('rhi-risk-panel')) customElements.define('rhi-risk-panel', RhiRiskPanel);

declare global {
  interface HTMLElementTagNameMap {
    'rhi-risk-panel': RhiRiskPanel;
  }
}
