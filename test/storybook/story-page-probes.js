// Code run inside each story's page (kept as plain JavaScript, read as text: the TypeScript
// loader would otherwise add helpers the page does not have).

/**
 * Before Storybook starts: records the preview channel's events about the story (it finished,
 * threw, errored, its play function threw, it is missing) in window.__rhiStoryEvents.
 */
export const recordStoryEvents = `(() => {
  const recorded = [];
  const names = ['storyFinished', 'storyThrewException', 'storyErrored', 'storyMissing', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying'];
  window.__rhiStoryEvents = recorded;
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get() { return channel; },
    set(next) {
      channel = next;
      for (const name of names) next.on(name, (detail) => recorded.push({ type: name, detail }));
    },
  });
})();`;

/** True once Storybook has finished the story, or given up on it. */
export const storyDone = `(window.__rhiStoryEvents || []).some((event) =>
  ['storyFinished', 'storyMissing', 'storyErrored', 'storyThrewException'].includes(event.type))`;

export const storyEvents = `window.__rhiStoryEvents || []`;

/**
 * After the story finished: Storybook's error display, a story that rendered nothing, and
 * components that are not defined or rendered nothing (searched through shadow roots).
 */
export const renderProblems = `(() => {
  const problems = [];
  if (document.body.classList.contains('sb-show-errordisplay')) {
    const message = (document.querySelector('#error-message')?.textContent || '').trim();
    problems.push('Storybook shows an error: ' + message);
  }
  const storyRoot = document.querySelector('#storybook-root');
  // Storybook's own wrapper (#root-inner) and the decorators' (.rhi-story, .rhi-story-events) are not the story's.
  const wrappers = ['rhi-story', 'rhi-story-events'];
  const rendered = storyRoot && [...storyRoot.querySelectorAll('*')].some((element) => element.id !== 'root-inner' && !wrappers.some((name) => element.classList.contains(name)));
  if (!rendered) problems.push('the story rendered no element');
  const components = [];
  const visit = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.startsWith('rhi-')) components.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (storyRoot) visit(storyRoot);
  for (const component of components) {
    if (!customElements.get(component.localName)) problems.push('<' + component.localName + '> is not defined');
    // <rhi-interview> renders only a slot; every other component renders content of its own.
    else if (component.localName !== 'rhi-interview' && (component.shadowRoot?.children.length || 0) === 0) {
      problems.push('<' + component.localName + '> rendered nothing');
    }
  }
  return problems;
})()`;

/**
 * Console errors the story says it causes on purpose (`parameters.rhi.expectedConsoleErrors`,
 * parts of each message): a component telling the web team about a broken ruleset, for instance.
 */
export const expectedConsoleErrors = `(window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.rhi?.expectedConsoleErrors) || []`;

/**
 * A training story's expected outcome and narrative as a trainer sees them: whether the GOV.UK
 * details holding the outcome is open, whether the outcome list is visible, the words on its
 * summary, and the narrative paragraph's language and text.
 */
export const trainingPageState = `(() => {
  const details = document.querySelector('.training__expected details.govuk-details');
  const outcomes = details?.querySelector('.training__outcomes');
  const summary = details?.querySelector('summary');
  const narrative = document.querySelector('.training__narrative p[lang]');
  return {
    hasDetails: Boolean(details && summary),
    open: Boolean(details?.open),
    outcomesVisible: Boolean(outcomes && outcomes.checkVisibility()),
    summaryText: (summary?.textContent || '').trim(),
    narrativeLang: narrative?.getAttribute('lang') || '',
    narrativeText: (narrative?.textContent || '').trim(),
    liveResultVisible: Boolean(document.querySelector('.training rhi-risk-panel')?.checkVisibility() || document.querySelector('.training rhi-referral-wizard')?.checkVisibility()),
    liveResultAllVisible: Boolean(document.querySelector('.training rhi-risk-panel')?.checkVisibility() && document.querySelector('.training rhi-referral-wizard')?.checkVisibility()),
  };
})()`;

/** True once the expected outcome's details element is open. */
export const expectedOutcomeOpen = `Boolean(document.querySelector('.training__expected details.govuk-details')?.open)`;

/** axe (injected by the test) over the revealed expected outcome: the violations' ids and counts. */
export const axeOnExpectedOutcome = `(async () => {
  const result = await window.axe.run('.training__expected', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  return result.violations.map((violation) => violation.id + ' (' + violation.nodes.length + ')');
})()`;
