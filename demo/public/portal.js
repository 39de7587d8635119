// The demo council portal's own script: what a council's case page does around the toolkit's
// components. It fetches the locality's rule files itself (the components never fetch), hands them
// to <rhi-interview> and the form, switches language, opens training scenarios, keeps one draft per
// case on the device, and puts a confirmed referral package into the case form's hidden field so
// it is posted with the record. The page state is in its address (?lang=cy&locality=wales&scenario=S02),
// so a reload, a link or a screenshot script gets the same page.
import { portalWords } from './portal-words.js';

const caseReference = 'RHI-2026-0117';
const episode = 3;
const localities = ['england', 'wales', 'example-locality'];

const element = (id) => document.getElementById(id);
const page = {
  interview: element('interview'),
  form: document.querySelector('rhi-interview-form'),
  wizard: document.querySelector('rhi-referral-wizard'),
  referrals: element('referrals'),
  recordLanguage: element('record-language'),
  localityForm: element('locality-form'),
  localitySelect: element('locality'),
  scenarioSelect: element('scenario'),
  caseLocality: element('case-locality'),
  trainingNotice: element('training-notice'),
  trainingTitle: element('training-title'),
  status: element('portal-status'),
  problem: element('portal-problem'),
};

const requested = new URLSearchParams(location.search);
const state = {
  lang: requested.get('lang') === 'cy' ? 'cy' : 'en',
  /** The locality chosen here; without one, the scenario's own, else England. */
  locality: localities.includes(requested.get('locality')) ? requested.get('locality') : undefined,
  scenario: /^[A-Za-z0-9]{1,12}$/.test(requested.get('scenario') ?? '') ? requested.get('scenario') : undefined,
  scenarioFile: undefined,
  scenarioList: [],
};

/** Counts locality requests, so a slower earlier one never overwrites a later choice. */
let localityRequest = 0;

const words = () => portalWords[state.lang];

// ——— before the components start ———

// One draft per case and episode, on this device. A training scenario is not this case's record:
// nothing of it is saved, and the case's draft is neither restored over it nor overwritten.
// Set as attributes before the bundle defines the elements, because drafts are read on connect.
if (state.scenario) {
  page.form.setAttribute('no-drafts', '');
  page.wizard.setAttribute('no-drafts', '');
} else {
  page.form.setAttribute('draft-key', `case-${caseReference}-episode-${episode}`);
  page.wizard.setAttribute('draft-key', `case-${caseReference}-episode-${episode}-referrals`);
}
setLanguage(state.lang);

await import('/assets/rhi-toolkit.js');

page.interview.addEventListener('rhi-referrals-submit', (event) => {
  page.referrals.value = JSON.stringify(event.detail.package);
});

for (const link of document.querySelectorAll('[data-lang]')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    setLanguage(link.dataset.lang);
    rememberInAddress();
  });
}

page.localityForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void useLocality(page.localitySelect.value, { announce: true });
});

await listScenarios();
if (state.scenario) await openScenario(state.scenario);
else await useLocality(state.locality ?? 'england');

// ——— language ———

/** The page's words, the components and the engine's reasons, all in one language; answers are kept. */
function setLanguage(lang) {
  state.lang = lang;
  const say = words();
  document.documentElement.lang = lang;
  document.title = say.documentTitle;
  page.interview.setAttribute('lang', lang);
  page.recordLanguage.value = lang;
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = say[node.dataset.text];
  for (const node of document.querySelectorAll('[data-label]')) node.setAttribute('aria-label', say[node.dataset.label]);
  for (const link of document.querySelectorAll('[data-lang]')) {
    if (link.dataset.lang === lang) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  nameScenarios();
  showTrainingNotice();
  updateLinks();
}

// ——— locality ———

/**
 * Fetches a locality's resolved ruleset and its interview files (schema with its own questions,
 * layout, precompiled validator), then gives the form its questions and <rhi-interview> its rules
 * together.
 */
async function useLocality(id, { announce = false } = {}) {
  const request = ++localityRequest;
  const name = words()[`locality.${id}`];
  const base = `/assets/rulesets/${id}`;
  try {
    const [ruleset, schema, layout, validatorModule] = await Promise.all([
      fetchJson(`${base}.json`),
      fetchJson(`${base}.interview.schema.json`),
      fetchJson(`${base}.interview.layout.json`),
      import(`${base}.interview-validator.js`),
    ]);
    if (request !== localityRequest) return;
    page.form.validator = validatorModule.validateInterviewAnswers;
    page.form.schema = schema;
    page.form.layout = layout;
    page.interview.ruleset = ruleset;
    state.locality = id;
    page.localitySelect.value = id;
    page.caseLocality.dataset.text = `locality.${id}`;
    page.caseLocality.textContent = words()[`locality.${id}`];
    hideProblem();
    if (announce) page.status.textContent = words().rulesInUse(words()[`locality.${id}`]);
    rememberInAddress();
  } catch (error) {
    if (request === localityRequest) showProblem(words().rulesNotLoaded(name, error.message));
  }
}

// ——— training scenarios ———

async function listScenarios() {
  try {
    state.scenarioList = await fetchJson('/assets/scenarios/index.json');
  } catch (error) {
    showProblem(words().scenariosNotListed(error.message));
    return;
  }
  for (const scenario of state.scenarioList) {
    const option = document.createElement('option');
    option.value = scenario.id;
    page.scenarioSelect.append(option);
  }
  if (state.scenario) page.scenarioSelect.value = state.scenario;
  nameScenarios();
}

function nameScenarios() {
  for (const option of page.scenarioSelect.options) {
    const scenario = state.scenarioList.find((entry) => entry.id === option.value);
    if (scenario) option.textContent = `${scenario.id} – ${scenario.title[state.lang]}`;
  }
}

/** A scenario's answers at its own moment, under its own locality's rules unless another was chosen. */
async function openScenario(id) {
  let scenario;
  try {
    scenario = await fetchJson(`/assets/scenarios/${id}.json`);
  } catch (error) {
    showProblem(words().scenarioNotLoaded(id, error.message));
    state.scenario = undefined;
    await useLocality(state.locality ?? 'england');
    return;
  }
  state.scenarioFile = scenario;
  await useLocality(state.locality ?? (localities.includes(scenario.ruleset) ? scenario.ruleset : 'england'));
  page.interview.setAttribute('now', scenario.now);
  page.interview.answers = structuredClone(scenario.answers);
  page.referrals.value = '';
  showTrainingNotice();
  page.status.textContent = words().scenarioLoaded(id);
}

function showTrainingNotice() {
  const scenario = state.scenarioList.find((entry) => entry.id === state.scenario);
  page.trainingNotice.hidden = !state.scenarioFile;
  if (state.scenarioFile) page.trainingTitle.textContent = words().trainingTitle(state.scenario, scenario?.title[state.lang] ?? state.scenarioFile.title);
}

// ——— the address ———

function addressOf({ lang, locality, scenario }) {
  const query = new URLSearchParams();
  if (lang === 'cy') query.set('lang', lang);
  const usual = state.scenarioFile && scenario ? state.scenarioFile.ruleset : 'england';
  if (locality && locality !== usual) query.set('locality', locality);
  if (scenario) query.set('scenario', scenario);
  const search = query.toString();
  return search ? `/?${search}` : '/';
}

/** Keeps the page's state in its address (no reload), so a reload opens the same page. */
function rememberInAddress() {
  history.replaceState(null, '', addressOf(state));
  updateLinks();
}

function updateLinks() {
  for (const link of document.querySelectorAll('[data-lang]')) link.href = addressOf({ ...state, lang: link.dataset.lang });
  element('council-home').href = addressOf({ lang: state.lang });
  element('back-to-case').href = addressOf({ lang: state.lang });
  for (const input of document.querySelectorAll('[data-keeps]')) input.value = state[input.dataset.keeps] ?? '';
}

// ——— fetching and problems ———

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.json();
}

function showProblem(message) {
  page.problem.textContent = message;
  page.problem.hidden = false;
}

function hideProblem() {
  page.problem.hidden = true;
  page.problem.textContent = '';
}
