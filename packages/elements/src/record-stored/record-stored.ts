/** Registers `<rhi-record-stored>`. Import the class from `index.ts` to register it under another name. */
import { RhiRecordStored } from './record-stored.component.js';

export { RhiRecordStored };

if (!customElements.get('rhi-record-stored')) customElements.define('rhi-record-stored', RhiRecordStored);

declare global {
  interface HTMLElementTagNameMap {
    'rhi-record-stored': RhiRecordStored;
  }
}
