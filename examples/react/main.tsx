// The React example's entry: registers the toolkit's elements first, so React creates upgraded
// elements and can set `ruleset` as a property from the first render.
import '@rhi-toolkit/elements/define';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App
      rulesetUrl="/assets/rulesets/england.json"
      caseReference="RHI-2026-0117"
      // Your case system's API goes here. The example keeps nothing and sends nothing.
      saveRecord={async () => {}}
    />
  </StrictMode>,
);
