// The Vue example's entry: registers the toolkit's elements first, then mounts the page.
import '@rhi-toolkit/elements/define';
import { createApp } from 'vue';
import { InterviewPage } from './InterviewPage';

createApp(InterviewPage, {
  rulesetUrl: '/assets/rulesets/england.json',
  caseReference: 'RHI-2026-0117',
  // Your case system's API goes here. The example keeps nothing and sends nothing.
  saveRecord: async () => {},
}).mount('#app');
