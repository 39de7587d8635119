// The demo council portal's own script: what a council's case page does around the toolkit's
// components. It fetches the locality's rule files itself (the components never fetch), hands them
// to <rhi-interview> and the form, switches language, opens training scenarios, keeps one draft per
// case on the device (and one for the open training scenario); the form posts the answers, the
// assessment and the referral decisions together (answers, answers-assessment, answers-referrals). The page state is in
// its address (?lang=cy&locality=wales&scenario=S02), so a reload, a link or a screenshot script
// gets the same page.
import { portalWords } from './portal-words.js';

const caseReference = 'RHI-2026-0117';
/** The case system's own count: this is the child's third missing episode. */
const episode = 3;
/** The training scenarios' record: a key of its own, never the case's. */
const trainingDraftKey = 'training-scenario';

const element = (id) => document.getElementById(id);
const page = {
  interview: element('interview'),
  form: document.querySelector('rhi-interview-form'),
  wizard: document.querySelector('rhi-referral-wizard'),
  recordLanguage: element('record-language'),
  localityForm: element('locality-form'),
  localitySelect: element('locality'),
  scenarioSelect: element('scenario'),
  caseLocality: element('case-locality'),
  caseChild: element('case-child'),
  caseReference: element('case-reference'),
  caseEpisode: element('case-episode'),
  recordForm: element('interview-record'),
  recordReference: element('record-case-reference'),
  trainingNotice: element('training-notice'),
  trainingTitle: element('training-title'),
  status: element('portal-status'),
  problem: element('portal-problem'),
};

const requested = new URLSearchParams(location.search);
const state = {
  lang: requested.get('lang') === 'cy' ? 'cy' : 'en',
  /** The locality asked for; checked against the built rulesets' list once it is fetched. */
  locality: /^[a-z0-9-]{1,60}$/.test(requested.get('locality') ?? '') ? requested.get('locality') : undefined,
  scenario: /^[A-Za-z0-9]{1,12}$/.test(requested.get('scenario') ?? '') ? requested.get('scenario') : undefined,
  scenarioFile: undefined,
  scenarioList: [],
  /** The rulesets the build packaged: `{ id, title: { en, cy }, extends? }`, from the server's list. */
  localityList: [],
  /** The episode the header shows: the case's own, or the open scenario's (its previous episodes + 1). */
  episode,
  /** The last status message and problem, as a word and its arguments, so they follow a change of language. */
  status: undefined,
  problem: undefined,
};

/** Counts locality requests, so a slower earlier one never overwrites a later choice. */
let localityRequest = 0;

const words = () => portalWords[state.lang];

// ——— before the components start ———

// One draft per case and episode, on this device. A training scenario is not this case's record:
// it is drafted under a key of its own (a trainer who reloads mid-session keeps the answers and the
// referral decisions), and the case's draft is neither restored over it nor overwritten.
// Set as attributes before the bundle defines the elements, because drafts are read on connect.
const draftKey = state.scenario ? trainingDraftKey : `case-${caseReference}-episode-${episode}`;
page.form.setAttribute('draft-key', draftKey);
page.wizard.setAttribute('draft-key', draftKey);
let draftRestored = false;
page.form.addEventListener('rhi-draft-restored', () => (draftRestored = true));
if (state.scenario) showTrainingCase(state.scenario);
setLanguage(state.lang);

await import('/assets/rhi-toolkit.js');

// The header follows the record: a scenario's episode is its previous episodes and this one.
page.interview.addEventListener('rhi-assessment', (event) => {
  if (!state.scenario) return;
  const previous = event.detail.answers?.episode?.previousEpisodes;
  state.episode = (Array.isArray(previous) ? previous.length : 0) + 1;
  showEpisode();
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

await listLocalities();
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
  nameLocalities();
  nameScenarios();
  showEpisode();
  showStatus();
  if (state.problem) showProblem(state.problem.word, ...state.problem.values);
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
  const name = localityName(id);
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
    page.caseLocality.textContent = localityName(id);
    hideProblem('rulesNotLoaded');
    if (announce) say('rulesInUse', id);
    rememberInAddress();
  } catch (error) {
    if (request === localityRequest) showProblem('rulesNotLoaded', name, error.message);
  }
}

/** The rulesets the build packaged, so a provider's own folder in rules/ is offered without code. */
async function listLocalities() {
  try {
    state.localityList = await fetchJson('/assets/rulesets/index.json');
  } catch (error) {
    showProblem('localitiesNotListed', error.message);
  }
  if (!state.localityList.some((entry) => entry.id === 'england')) state.localityList.unshift({ id: 'england', title: { en: 'England', cy: 'Lloegr' } });
  page.localitySelect.replaceChildren(
    ...state.localityList.map((entry) => Object.assign(document.createElement('option'), { value: entry.id })),
  );
  if (state.locality && !state.localityList.some((entry) => entry.id === state.locality)) {
    showProblem('localityUnknown', state.locality);
    state.locality = undefined;
  }
  page.localitySelect.value = state.locality ?? 'england';
  nameLocalities();
}

/** A ruleset's title in the page's language, saying which rules it builds on. */
function localityName(id) {
  const entry = state.localityList.find((candidate) => candidate.id === id);
  if (!entry) return id;
  const title = entry.title[state.lang];
  const parent = state.localityList.find((candidate) => candidate.id === entry.extends);
  return parent ? words().localityExtends(title, parent.title[state.lang]) : words().localityBase(title);
}

function nameLocalities() {
  if (state.localityList.length === 0) return;
  for (const option of page.localitySelect.options) option.textContent = localityName(option.value);
  page.caseLocality.textContent = localityName(state.locality ?? page.localitySelect.value);
}

// ——— training scenarios ———

async function listScenarios() {
  try {
    state.scenarioList = await fetchJson('/assets/scenarios/index.json');
  } catch (error) {
    showProblem('scenariosNotListed', error.message);
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
    showProblem('scenarioNotLoaded', id, error.message);
    state.scenario = undefined;
    await useLocality(state.locality ?? 'england');
    return;
  }
  state.scenarioFile = scenario;
  const known = (locality) => state.localityList.some((entry) => entry.id === locality);
  await useLocality(state.locality ?? (known(scenario.ruleset) ? scenario.ruleset : 'england'));
  page.interview.setAttribute('now', scenario.now);
  // A reload (or back/forward) keeps the trainer's record of this scenario; loading a scenario
  // starts it afresh from its file, clearing whatever the training record held before.
  await page.form.draftLoaded;
  if (draftRestored && isReload()) {
    say('scenarioRestored', id);
  } else {
    await Promise.all([page.form.discardDraft(), page.wizard.discardDraft?.()]);
    page.interview.answers = structuredClone(scenario.answers);
    say('scenarioLoaded', id);
  }
  showTrainingNotice();
}

/** Whether this page was reloaded or returned to, rather than opened by a link or the scenario list. */
function isReload() {
  const [navigation] = performance.getEntriesByType('navigation');
  return navigation?.type === 'reload' || navigation?.type === 'back_forward';
}

/**
 * A training scenario is not the case: the header says so, and its record is posted to an address
 * of its own, never into the case's.
 */
function showTrainingCase(id) {
  const reference = `TRAINING-${id}`;
  page.caseReference.textContent = reference;
  page.caseChild.dataset.text = 'trainingChild';
  page.recordReference.value = reference;
  page.recordForm.action = `/cases/${reference}/return-home-interview`;
  page.wizard.setAttribute('case-reference', reference);
}

function showEpisode() {
  page.caseEpisode.textContent = words().episodeValue(state.episode);
}

// ——— status messages ———

/** Shows a status message now, and again in the other language when the page switches. */
function say(word, ...values) {
  state.status = { word, values };
  showStatus();
}

function showStatus() {
  if (!state.status) return;
  const values = state.status.word === 'rulesInUse' ? state.status.values.map(localityName) : state.status.values;
  page.status.textContent = words()[state.status.word](...values);
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

/** Shows a problem now, and again in the other language when the page switches. */
function showProblem(word, ...values) {
  state.problem = { word, values };
  page.problem.textContent = words()[word](...values);
  page.problem.hidden = false;
}

/** Takes a problem away once it no longer holds (only that one: another may still be true). */
function hideProblem(word) {
  if (state.problem?.word !== word) return;
  state.problem = undefined;
  page.problem.hidden = true;
  page.problem.textContent = '';
}
