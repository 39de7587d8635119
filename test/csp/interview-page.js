// The council's own script for test/csp/interview-page.html: a file, not an inline script, so the
// strict policy needs no exception. The host fetches the locality's ruleset (the components never
// fetch), hands it to <rhi-interview>, and keeps the confirmed referral package with the record.
const interview = document.getElementById('interview');
const referrals = document.getElementById('referrals');

interview.addEventListener('rhi-assessment', (event) => {
  document.title = `Return home interview (${event.detail.assessment.riskLevel} risk) – Example Council`;
});

interview.addEventListener('rhi-referrals-submit', (event) => {
  referrals.value = JSON.stringify(event.detail.package);
});

const rulesetUrl = interview.dataset.ruleset;
const response = await fetch(rulesetUrl);
if (!response.ok) throw new Error(`${rulesetUrl}: ${response.status} ${response.statusText} (run npm run build to write the rulesets)`);
const ruleset = await response.json();
await customElements.whenDefined('rhi-interview');
interview.ruleset = ruleset;
