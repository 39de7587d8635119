/** Registers `<rhi-interview-form>`. Import the class from `index.ts` to register it under another name. */
import { RhiInterviewForm } from './interview-form.component.js';

export { RhiInterviewForm };

if (!customElements.get('rhi-interview-form')) customElements.define('rhi-interview-form', RhiInterviewForm);

declare global {
  interface HTMLElementTagNameMap {
    'rhi-interview-form': RhiInterviewForm;
  }
}
