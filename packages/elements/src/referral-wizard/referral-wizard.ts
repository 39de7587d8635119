/** Registers `<rhi-referral-wizard>`. Import the class from `index.ts` to register it under another name. */
import { RhiReferralWizard } from './referral-wizard.component.js';

export { RhiReferralWizard };

if (!customElements.get('rhi-referral-wizard')) customElements.define('rhi-referral-wizard', RhiReferralWizard);

declare global {
  interface HTMLElementTagNameMap {
    'rhi-referral-wizard': RhiReferralWizard;
  }
}
