/**
 * `@rhi-toolkit/elements/referral-wizard/define`: registers `<rhi-referral-wizard>` (unless an element
 * already has that name) and exports what `@rhi-toolkit/elements/referral-wizard` does.
 */
import '../../referral-wizard/referral-wizard.js';
import '../../record-stored/record-stored.js';

export * from '../referral-wizard.js';
