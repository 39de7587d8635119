/** Registers `<rhi-interview>`. Import the class from `index.ts` to register it under another name. */
import { RhiInterview } from './interview.component.js';

export { RhiInterview };

if (!customElements.get('rhi-interview')) customElements.define('rhi-interview', RhiInterview);

declare global {
  interface HTMLElementTagNameMap {
    'rhi-interview': RhiInterview;
  }
}
