/** The all-in-one module for a portal page: registers every element of the toolkit. */
import './interview-form/interview-form.js';

export * from './index.js';
