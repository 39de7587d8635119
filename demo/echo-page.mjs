// The pages the demo server writes itself, in English or Welsh: what a posted interview record
// contained (the "echo" a council's case system would store instead), and its problem pages.
// Everything posted is HTML-escaped before it is shown.

const words = {
  en: {
    skipLink: 'Skip to main content',
    council: 'Example Locality Council',
    service: "Children's services",
    demoTag: 'Demo',
    demoBanner: 'A fictional council, case and child. This demo server keeps nothing it receives.',
    title: 'Interview record received',
    intro:
      "This is what your browser posted. A council's case system would store it with the child's record; this demo server only shows it back to you and keeps nothing.",
    caseReference: 'Case reference',
    fieldsReceived: 'Fields received',
    field: 'Field',
    size: 'Size',
    bytes: (count) => `${count} bytes`,
    answers: 'Interview answers (the answers field)',
    noAnswers: 'No interview answers were posted.',
    referrals: 'Referral decisions (the answers-referrals field)',
    noReferrals: 'No referral decision was posted with the record: the rules recommended none, or the page had no referral wizard.',
    referralCount: (count) => (count === 1 ? '1 referral in the package.' : `${count} referrals in the package.`),
    toFollow: (reason) => `Referrals to follow. The worker's reason: ${reason}`,
    assessment: 'The assessment the record was decided on (the answers-assessment field)',
    noAssessment: 'No assessment was posted with the record.',
    notJson: 'This field is not valid JSON; it is shown exactly as received.',
    back: 'Back to the case',
    problemTitle: (status) => ({ 404: 'Page not found', 405: 'Not allowed here', 413: 'Too large', 415: 'Not a form post' })[status] ?? 'Something went wrong',
  },
  cy: {
    skipLink: "Neidio i'r prif gynnwys",
    council: 'Cyngor Ardal Enghreifftiol',
    service: 'Gwasanaethau plant',
    demoTag: 'Demo',
    demoBanner: "Cyngor, achos a phlentyn dychmygol. Nid yw'r gweinydd demo hwn yn cadw dim y mae'n ei gael.",
    title: 'Cafwyd cofnod y cyfweliad',
    intro:
      "Dyma beth a anfonodd eich porwr. Byddai system achosion cyngor yn ei gadw gyda chofnod y plentyn; mae'r gweinydd demo hwn yn ei ddangos yn ôl i chi yn unig ac nid yw'n cadw dim.",
    caseReference: 'Cyfeirnod yr achos',
    fieldsReceived: 'Y meysydd a gafwyd',
    field: 'Maes',
    size: 'Maint',
    bytes: (count) => `${count} beit`,
    answers: 'Atebion y cyfweliad (y maes answers)',
    noAnswers: "Ni anfonwyd unrhyw atebion i'r cyfweliad.",
    referrals: 'Penderfyniadau atgyfeirio (y maes answers-referrals)',
    noReferrals: "Ni anfonwyd penderfyniad atgyfeirio gyda'r cofnod: ni argymhellodd y rheolau ddim, neu nid oedd dewin atgyfeirio ar y dudalen.",
    referralCount: (count) => (count === 1 ? '1 atgyfeiriad yn y pecyn.' : `${count} atgyfeiriad yn y pecyn.`),
    toFollow: (reason) => `Atgyfeiriadau i ddilyn. Rheswm y gweithiwr: ${reason}`,
    assessment: "Yr asesiad y penderfynwyd y cofnod arno (y maes answers-assessment)",
    noAssessment: "Ni anfonwyd asesiad gyda'r cofnod.",
    notJson: "Nid yw'r maes hwn yn JSON dilys; fe'i dangosir yn union fel y'i cafwyd.",
    back: "Yn ôl i'r achos",
    problemTitle: (status) => ({ 404: "Heb ddod o hyd i'r dudalen", 405: 'Ni chaniateir yma', 413: 'Rhy fawr', 415: 'Nid yw hwn yn bostiad ffurflen' })[status] ?? 'Aeth rhywbeth o chwith',
  },
};

/** Text made safe to put between tags or inside a quoted attribute. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The page the case's form post returns: every field received, the JSON ones pretty-printed. */
export function echoPage({ language, caseReference, fields }) {
  const say = words[language];
  const value = (name) => fields.find(([field]) => field === name)?.[1];
  // <rhi-interview-form name="answers"> posts the record's three parts under its own name.
  const answers = value('answers');
  const assessment = value('answers-assessment');
  const referrals = value('answers-referrals');
  const decision = parsedJson(referrals);
  const referralCount = Array.isArray(decision?.package?.referrals)
    ? `<p class="portal-body">${escapeHtml(say.referralCount(decision.package.referrals.length))}</p>`
    : typeof decision?.toFollowReason === 'string'
      ? `<p class="portal-body">${escapeHtml(say.toFollow(decision.toFollowReason))}</p>`
      : '';
  const rows = fields
    .map(([name, text]) => `<tr><th scope="row"><code>${escapeHtml(name)}</code></th><td>${escapeHtml(say.bytes(Buffer.byteLength(text, 'utf8')))}</td></tr>`)
    .join('\n          ');
  return page(language, say.title, `
      <p class="portal-caption">${escapeHtml(say.caseReference)}: ${escapeHtml(caseReference)}</p>
      <h1 class="portal-heading-l">${escapeHtml(say.title)}</h1>
      <p class="portal-body">${escapeHtml(say.intro)}</p>
      <table class="portal-table">
        <caption class="portal-table__caption">${escapeHtml(say.fieldsReceived)}</caption>
        <thead><tr><th scope="col">${escapeHtml(say.field)}</th><th scope="col">${escapeHtml(say.size)}</th></tr></thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
      <h2 class="portal-heading-m" id="posted-answers">${escapeHtml(say.answers)}</h2>
      ${answers ? jsonBlock(answers, 'posted-answers', say) : `<p class="portal-body">${escapeHtml(say.noAnswers)}</p>`}
      <h2 class="portal-heading-m" id="posted-referrals">${escapeHtml(say.referrals)}</h2>
      ${referrals ? `${referralCount}${jsonBlock(referrals, 'posted-referrals', say)}` : `<p class="portal-body">${escapeHtml(say.noReferrals)}</p>`}
      <h2 class="portal-heading-m" id="posted-assessment">${escapeHtml(say.assessment)}</h2>
      ${assessment ? jsonBlock(assessment, 'posted-assessment', say) : `<p class="portal-body">${escapeHtml(say.noAssessment)}</p>`}
      <p class="portal-body"><a class="portal-link" href="/?lang=${language}">${escapeHtml(say.back)}</a></p>`);
}

/** A short page for a request the portal cannot answer. */
export function problemPage(language, status, message) {
  const say = words[language];
  return page(language, say.problemTitle(status), `
      <h1 class="portal-heading-l">${escapeHtml(say.problemTitle(status))}</h1>
      <p class="portal-body">${escapeHtml(message)}</p>
      <p class="portal-body"><a class="portal-link" href="/">${escapeHtml(say.back)}</a></p>`);
}

function parsedJson(text) {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A posted field pretty-printed when it is JSON, else shown as it came. */
function jsonBlock(text, headingId, say) {
  const parsed = parsedJson(text);
  const shown = parsed === undefined ? text : JSON.stringify(parsed, null, 2);
  const warning = parsed === undefined ? `<p class="portal-body portal-warning">${escapeHtml(say.notJson)}</p>` : '';
  return `${warning}<pre class="portal-json" id="${headingId}-json">${escapeHtml(shown)}</pre>`;
}

function page(language, title, content) {
  const say = words[language];
  return `<!doctype html>
<html lang="${language}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} – ${escapeHtml(say.council)}</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/portal.css" />
  </head>
  <body class="portal">
    <header class="portal-header">
      <a class="portal-skip-link" href="#main-content">${escapeHtml(say.skipLink)}</a>
      <div class="portal-width portal-header__inner">
        <a class="portal-header__council" href="/?lang=${language}">${escapeHtml(say.council)}</a>
        <span class="portal-header__service">${escapeHtml(say.service)}</span>
      </div>
    </header>
    <section class="portal-width" aria-label="${escapeHtml(say.demoTag)}">
      <p class="portal-phase-banner"><strong class="portal-tag">${escapeHtml(say.demoTag)}</strong> <span>${escapeHtml(say.demoBanner)}</span></p>
    </section>
    <main class="portal-width portal-main" id="main-content" tabindex="-1">${content}
    </main>
  </body>
</html>
`;
}
