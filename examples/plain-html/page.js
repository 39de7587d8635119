// The council's own script for examples/plain-html/index.html: a file, so a strict CSP needs no
// exception. It fetches the locality's ruleset (the components never fetch anything), follows the
// one shared assessment, and receives the interview record and the referral package.
const words = {
  en: {
    council: "Example Council · Children's services",
    title: 'Return home interview',
    caseReference: 'Case reference:',
    notAssessed: 'Not assessed yet.',
    levels: { high: 'High', medium: 'Medium', low: 'Low', 'no-apparent-risk': 'No apparent risk' },
    latest: (level, provisional, missing) =>
      `Latest assessment: ${level}${provisional ? ` (provisional; answers the rules still need: ${missing})` : ''}.`,
    recordReceived: 'Interview record received by the page. This example sends nothing: your script posts it to your case system.',
    referralsReceived: (count) => `Referrals confirmed (${count}): they are saved with the interview record.`,
    rulesetFailed: 'The rules for this area could not be loaded, so nothing can be assessed. Reload the page, or tell your system administrator.',
    otherLanguage: 'cy',
    languageName: 'English',
  },
  cy: {
    council: 'Cyngor Enghreifftiol · Gwasanaethau plant',
    title: 'Cyfweliad dychwelyd adref',
    caseReference: 'Cyfeirnod yr achos:',
    notAssessed: 'Heb ei asesu eto.',
    levels: { high: 'Uchel', medium: 'Canolig', low: 'Isel', 'no-apparent-risk': 'Dim risg amlwg' },
    latest: (level, provisional, missing) =>
      `Yr asesiad diweddaraf: ${level}${provisional ? ` (dros dro; atebion sydd eu hangen ar y rheolau o hyd: ${missing})` : ''}.`,
    recordReceived: "Mae'r dudalen wedi cael cofnod y cyfweliad. Nid yw'r enghraifft hon yn anfon dim: mae eich sgript chi'n ei anfon i'ch system achosion.",
    referralsReceived: (count) => `Atgyfeiriadau wedi'u cadarnhau (${count}): cânt eu cadw gyda chofnod y cyfweliad.`,
    rulesetFailed: "Nid oedd modd llwytho'r rheolau ar gyfer yr ardal hon, felly nid oes modd asesu dim. Ail-lwythwch y dudalen, neu dywedwch wrth weinyddwr eich system.",
    otherLanguage: 'en',
    languageName: 'Cymraeg',
  },
};

const interview = document.getElementById('interview');
const caseStatus = document.getElementById('case-status');
const sent = document.getElementById('sent');
const switchLanguage = document.getElementById('switch-language');
let lang = 'en';
let latestAssessment;
let confirmedReferrals;

function showWords() {
  const say = words[lang];
  document.documentElement.lang = lang;
  document.title = `${say.title} – ${say.council.split(' · ')[0]}`;
  for (const element of document.querySelectorAll('[data-words]')) {
    if (typeof say[element.dataset.words] === 'string') element.textContent = say[element.dataset.words];
  }
  const other = words[say.otherLanguage];
  switchLanguage.lang = say.otherLanguage;
  switchLanguage.textContent = other.languageName;
  showAssessment();
}

function showAssessment() {
  if (!latestAssessment) return;
  const say = words[lang];
  const { riskLevel, provisional, missing } = latestAssessment;
  caseStatus.textContent = say.latest(say.levels[riskLevel], provisional, missing.length);
}

switchLanguage.addEventListener('click', () => {
  lang = words[lang].otherLanguage;
  // One attribute: <rhi-interview> passes it to every component and assesses again in Welsh.
  interview.lang = lang;
  showWords();
});

interview.addEventListener('rhi-assessment', (event) => {
  latestAssessment = event.detail.assessment; // the same object the panel and the wizard were given
  showAssessment();
});

// The form's "Submit interview record": cancelled here because this page posts nothing itself.
// With a <form method="post"> around the form, leave it alone and the browser posts `answers`
// (see examples/server-rendered).
interview.addEventListener('rhi-submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  // A real page sends { answers: event.detail.answers, referrals: confirmedReferrals } to its case
  // system here, and confirms storage (which deletes the draft) only once that succeeded.
  await form.recordStored();
  sent.textContent = words[lang].recordReceived;
});

interview.addEventListener('rhi-referrals-submit', (event) => {
  // Valid against schemas/referral.schema.json; kept to be saved with the record.
  confirmedReferrals = event.detail.package;
  sent.textContent = words[lang].referralsReceived(confirmedReferrals.referrals.length);
});

async function loadRuleset() {
  const url = interview.dataset.ruleset;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
    interview.ruleset = await response.json();
  } catch (error) {
    const problem = document.getElementById('load-problem');
    problem.textContent = words[lang].rulesetFailed;
    problem.hidden = false;
    console.error(`The ruleset could not be loaded (${error.message}); run npm run build to write the rulesets.`);
  }
}

showWords();
await customElements.whenDefined('rhi-interview');
await loadRuleset();
