/** The all-in-one module for a portal page: registers every element of the toolkit. */
import './interview-form/interview-form.js';
import './risk-panel/risk-panel.js';
import './referral-wizard/referral-wizard.js';
import './interview-session/interview.js';
import './outcomes-chart/outcomes-chart.js';
import './record-stored/record-stored.js';

export * from './index.js';
