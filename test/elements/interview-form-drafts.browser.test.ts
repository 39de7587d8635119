// Drafts of <rhi-interview-form>: autosaved after a pause, written when the page goes away,
// restored after a reload with a notice and a "start again" choice, cleared by a submit, off with
// no-drafts, and a visible warning (typing carries on) when the browser will not store them.
import type { TemplateResult } from 'lit';
import type { Draft, RhiInterviewForm } from '../../packages/elements/src/index.js';
import { interviewLayout } from '../../packages/elements/src/generated/interview-defaults.js';
import { choose, control, focusedId, pressButton } from '../support/interview-form-driver.js';
import { RecordingDraftStore, removeTestDrafts, saveTestDraft, storedDraft, uniqueDraftKey } from '../support/draft-stores.js';
import { loadScenarios, type ScenarioFile } from '../support/harness.js';

import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait-until.js';
import { sendKeys } from '@web/test-runner-commands';
import { createStore, get } from 'idb-keyval';
import { DRAFT_DELAY_MS, draftTiming, indexedDbDraftStore } from '../../packages/elements/src/shared/draft-store.js';
import '../../packages/elements/src/interview-form/interview-form.js';

/** The form promises a save within 500 ms of the last change; it debounces by 300 ms. */
const SAVE_PROMISE_MS = 500;
/** Slack for a busy 2-core machine when waiting for something that should already have happened. */
const MARGIN_MS = 300;
/**
 * A typing pause no gap between a test's own key presses reaches, however busy the machine: tests
 * of "one write per pause" set it, so that what they check never depends on the machine's speed.
 */
const LONG_PAUSE_MS = 5_000;
/** Longer than any test: a device that stalls is then never waited out. */
const FOREVER_MS = 10 * 60_000;

/** Runs `test` with the draft timings changed, putting the defaults back afterwards. */
async function withDraftTiming(timing: Partial<typeof draftTiming>, test: () => Promise<void>): Promise<void> {
  const usual = { ...draftTiming };
  Object.assign(draftTiming, timing);
  try {
    await test();
  } finally {
    Object.assign(draftTiming, usual);
  }
}

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const privateMode = () => new DOMException('IndexedDB is not available in this window.', 'InvalidStateError');

/** An hour ago: drafts older than a week are deleted, not restored (draft-at-rest.browser.test.ts). */
const anHourAgo = new Date(Date.now() - 60 * 60 * 1000).toISOString();

const aSavedDraft = (): Draft => ({
  answers: { child: { gender: 'male' }, interview: { interviewer: 'Sam Jones' } },
  rawInputs: { 'child.dateOfBirth': { kind: 'date', parts: { day: '14', month: '3' } } },
  savedAt: anHourAgo,
});

// ——— finding things in the form ———

function shadow(form: RhiInterviewForm): ShadowRoot {
  return form.shadowRoot!;
}

function restoredNotice(form: RhiInterviewForm): HTMLElement | null {
  return shadow(form).querySelector('[aria-labelledby="draft-restored-title"]');
}

function warning(form: RhiInterviewForm): HTMLElement | undefined {
  return [...shadow(form).querySelectorAll<HTMLElement>('[role="alert"]')].find((alert) => alert.querySelector('.notice__title'));
}

/** The warning that the same record is open somewhere else too. */
function openElsewhere(form: RhiInterviewForm): HTMLElement | undefined {
  return [...shadow(form).querySelectorAll<HTMLElement>('[role="alert"]')].find((alert) => /open somewhere else|ar agor yn rhywle arall/.test(alert.textContent ?? ''));
}

function words(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** On screen: laid out, not hidden, with a size. */
function isShown(element: Element | null | undefined): boolean {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  return element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && box.width > 0 && box.height > 0;
}

/** Opens a page with its link in the list of sections, as an interviewer would. */
async function openPage(form: RhiInterviewForm, pageId: string): Promise<void> {
  const index = (interviewLayout?.pages ?? []).findIndex((page) => page.id === pageId);
  const link = shadow(form).querySelectorAll<HTMLButtonElement>('.page-nav button')[index];
  if (!link) throw new Error(`No link to page '${pageId}' in the list of sections`);
  link.click();
  await form.updateComplete;
}

/** Types with real key presses (one keydown/input/keyup per character) into a box of the form. */
async function typeKeys(form: RhiInterviewForm, id: string, text: string): Promise<void> {
  form.ownerDocument.defaultView!.focus();
  control(form, id).focus();
  await sendKeys({ type: text });
  await form.updateComplete;
}

async function typeDate(form: RhiInterviewForm, path: string, parts: Partial<Record<'day' | 'month' | 'year' | 'hour' | 'minute', string>>): Promise<void> {
  for (const [part, text] of Object.entries(parts)) await typeKeys(form, `field-${path}-${part}`, text);
}

function dateBoxes(form: RhiInterviewForm, path: string, parts: string[]): Record<string, string> {
  return Object.fromEntries(parts.map((part) => [part, control(form, `field-${path}-${part}`).value]));
}

/** Renders a form whose draft is waiting in its store, and waits until the draft is back. */
async function restoredForm(template: TemplateResult): Promise<RhiInterviewForm> {
  let restored = false;
  const form = await fixture<RhiInterviewForm>(template);
  form.addEventListener('rhi-draft-restored', () => (restored = true));
  await waitUntil(() => restored || restoredNotice(form) !== null, 'the saved draft to be restored');
  await form.updateComplete;
  return form;
}

// ——— the page in a frame, for real reloads ———

type DraftPageWindow = Window & { draftPageReady?: boolean; draftRestoredEvents: { answers: unknown; savedAt: string }[] };

interface LoadedPage {
  window: DraftPageWindow;
  form: RhiInterviewForm;
}

const frames: HTMLIFrameElement[] = [];

function newFrame(): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.title = 'Interview form with a draft';
  frame.style.cssText = 'width: 900px; height: 700px';
  document.body.append(frame);
  frames.push(frame);
  return frame;
}

/** Loads draft-page.html (or reloads it, when no key is given) and waits for its form to be ready. */
async function loadPage(frame: HTMLIFrameElement, draftKey?: string, pauseMs?: number): Promise<LoadedPage> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const pause = pauseMs === undefined ? '' : `&pause=${pauseMs}`;
  if (draftKey) frame.src = `/test/elements/pages/draft-page.html?key=${encodeURIComponent(draftKey)}${pause}`;
  else frame.contentWindow!.location.reload();
  await loaded;
  const page = frame.contentWindow as DraftPageWindow;
  await waitUntil(() => page.draftPageReady === true, 'draft-page.html to define <rhi-interview-form>');
  const form = page.document.querySelector('rhi-interview-form')!;
  await form.updateComplete;
  return { window: page, form };
}

/** Waits until IndexedDB holds exactly these answers under the key; returns how long that took. */
async function savedWithin(key: string, answers: unknown, since: number): Promise<number> {
  const wanted = JSON.stringify(answers);
  await waitUntil(async () => JSON.stringify((await storedDraft(key))?.answers) === wanted, `IndexedDB to hold the answers under '${key}'`, { interval: 10 });
  return performance.now() - since;
}

describe('drafts of <rhi-interview-form>', () => {
  afterEach(async () => {
    fixtureCleanup();
    for (const frame of frames.splice(0)) frame.remove();
    // Removing a form writes its waiting draft; let that land before deleting the tests' drafts.
    await aTimeout(50);
    await removeTestDrafts();
  });

  describe('a real reload half-way through (IndexedDB, the page in a frame)', () => {
    it('brings back every answer and the half-typed date boxes, with a visible notice and rhi-draft-restored', async () => {
      const key = uniqueDraftKey('reload');
      const frame = newFrame();
      let { window: page, form } = await loadPage(frame, key);
      expect(restoredNotice(form), 'no notice before anything was saved').to.equal(null);

      await choose(form, 'field-child.gender-1');
      await typeDate(form, 'child.dateOfBirth', { day: '14', month: '3' });
      await openPage(form, 'episode');
      await typeDate(form, 'episode.reportedMissingAt', { day: '12', month: '5', year: '2026', hour: '14', minute: '30' });
      await pressButton(form, 'Add previous missing episode');
      await typeDate(form, 'episode.previousEpisodes.0.reportedMissingAt', { day: '3', month: '2', year: '2026', hour: '21', minute: '15' });
      await openPage(form, 'why-they-went');
      await choose(form, 'field-pushFactors-0');
      await choose(form, 'field-pushFactors-5');
      await openPage(form, 'interview');
      await typeKeys(form, 'field-interview.interviewer', 'Sam Jones');
      const lastKeyAt = performance.now();

      const expected = {
        child: { gender: 'male' },
        episode: { reportedMissingAt: '2026-05-12T13:30:00Z', previousEpisodes: [{ reportedMissingAt: '2026-02-03T21:15:00Z' }] },
        pushFactors: ['family-conflict', 'bullying'],
        interview: { interviewer: 'Sam Jones' },
      };
      expect(form.answers, 'the answers as typed (14:30 in May is 13:30 UTC)').to.deep.equal(expected);
      const saveDelay = await savedWithin(key, expected, lastKeyAt);
      expect((await storedDraft(key))?.rawInputs).to.deep.equal({ 'child.dateOfBirth': { kind: 'date', parts: { day: '14', month: '3' } } });
      console.log(`draft in IndexedDB ${Math.round(saveDelay)} ms after the last key press`);

      ({ window: page, form } = await loadPage(frame));
      await waitUntil(() => page.draftRestoredEvents.length > 0, 'rhi-draft-restored after the reload');
      await form.updateComplete;

      expect(form.answers).to.deep.equal(expected);
      expect(page.draftRestoredEvents).to.have.length(1);
      expect(page.draftRestoredEvents[0]!.answers).to.deep.equal(expected);
      expect(Date.parse(page.draftRestoredEvents[0]!.savedAt)).to.be.closeTo(Date.now(), 60_000);
      const notice = restoredNotice(form);
      expect(isShown(notice), 'the "Draft restored" notice is on screen').to.equal(true);
      expect(words(notice)).to.contain('Draft restored').and.contain('Answers saved on this device at');
      expect(isShown(control(form, 'start-again')), 'the "Start again" button is on screen').to.equal(true);

      expect(control(form, 'field-child.gender-1').checked).to.equal(true);
      expect(dateBoxes(form, 'child.dateOfBirth', ['day', 'month', 'year'])).to.deep.equal({ day: '14', month: '3', year: '' });
      await openPage(form, 'episode');
      expect(dateBoxes(form, 'episode.reportedMissingAt', ['day', 'month', 'year', 'hour', 'minute'])).to.deep.equal({
        day: '12', month: '5', year: '2026', hour: '14', minute: '30',
      });
      expect(dateBoxes(form, 'episode.previousEpisodes.0.reportedMissingAt', ['day', 'month', 'year', 'hour', 'minute'])).to.deep.equal({
        day: '3', month: '2', year: '2026', hour: '21', minute: '15',
      });
      await openPage(form, 'why-they-went');
      expect(control(form, 'field-pushFactors-0').checked).to.equal(true);
      expect(control(form, 'field-pushFactors-5').checked).to.equal(true);
      expect(control(form, 'field-pushFactors-1').checked).to.equal(false);
      await openPage(form, 'interview');
      expect(control(form, 'field-interview.interviewer').value).to.equal('Sam Jones');
    });

    it('keeps what was typed just before an immediate reload (written as the page goes away)', async () => {
      // Without the pagehide/hidden flush the last change would be lost: the page's typing pause is
      // set longer than any test, so the reload always comes inside it, however busy the machine.
      for (const round of [1, 2, 3]) {
        const key = uniqueDraftKey(`reload-now-${round}`);
        const frame = newFrame();
        let { window: page, form } = await loadPage(frame, key, FOREVER_MS);
        await typeDate(form, 'child.dateOfBirth', { day: '3', month: '11', year: '2010' });
        const typedAt = performance.now();
        expect(await storedDraft(key), 'nothing saved yet: the pause has not passed').to.equal(undefined);

        ({ window: page, form } = await loadPage(frame));
        await waitUntil(() => page.draftRestoredEvents.length > 0, `round ${round}: rhi-draft-restored after the reload`);
        expect(form.answers, `round ${round}, reloaded ${Math.round(performance.now() - typedAt)} ms after typing`).to.deep.equal({
          child: { dateOfBirth: '2010-11-03' },
        });
        expect(isShown(restoredNotice(form))).to.equal(true);
      }
    });
  });

  describe('saving after a pause', () => {
    it('pauses 300 ms after the last change by default, inside the 500 ms the docs promise', () => {
      expect(draftTiming.pauseMs).to.equal(DRAFT_DELAY_MS);
      expect(DRAFT_DELAY_MS).to.be.at.most(SAVE_PROMISE_MS);
    });

    it('writes once, after the typing pauses, not once per key press', () => withDraftTiming({ pauseMs: LONG_PAUSE_MS }, async () => {
      const store = new RecordingDraftStore();
      const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form draft-key="test-debounce" .draftStore=${store}></rhi-interview-form>`);
      const changes: number[] = [];
      form.addEventListener('rhi-change', () => changes.push(performance.now()));
      await openPage(form, 'interview');

      await typeKeys(form, 'field-interview.interviewer', 'Sam Jones, RHI worker');
      expect(changes, 'one change per key press').to.have.length(21);
      expect(store.writes, 'no write while typing').to.have.length(0);

      await waitUntil(() => store.writes.length > 0, 'the draft to be written', { interval: 5 });
      const delay = store.writes[0]!.at - changes.at(-1)!;
      await form.saveDraft();
      expect(store.writes, 'still a single write').to.have.length(1);
      // Timers never fire early; a millisecond of slack for the clocks' rounding.
      // Half the pause is proof enough that it waited, with room for the event's own time.
      expect(delay, 'the write waits for the pause after the last change').to.be.at.least(LONG_PAUSE_MS / 2);
      expect(store.writes[0]!.key).to.equal('test-debounce');
      expect(store.writes[0]!.draft!.answers).to.deep.equal({ interview: { interviewer: 'Sam Jones, RHI worker' } });
    }));

    it('waits for a pause: changes 200 ms apart are saved together, after the last one', () => withDraftTiming({ pauseMs: LONG_PAUSE_MS }, async () => {
      const store = new RecordingDraftStore();
      const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form draft-key="test-pause" .draftStore=${store}></rhi-interview-form>`);
      const changes: number[] = [];
      form.addEventListener('rhi-change', () => changes.push(performance.now()));
      await choose(form, 'field-child.gender-0');
      await aTimeout(200);
      await choose(form, 'field-child.preferredLanguage-0');
      await aTimeout(200);
      await choose(form, 'field-child.educationStatus-0');
      const lastAt = changes.at(-1)!;
      expect(store.writes, 'nothing written while changes keep coming').to.have.length(0);

      await waitUntil(() => store.writes.length > 0, 'the draft to be written', { interval: 5 });
      expect(store.writes[0]!.at - lastAt, 'after the pause that followed the last change').to.be.at.least(LONG_PAUSE_MS / 2);
      expect(store.writes, 'one write for the three changes').to.have.length(1);
      expect(store.writes[0]!.draft!.answers).to.deep.equal({ child: { gender: 'female', preferredLanguage: 'en', educationStatus: 'mainstream' } });
    }));

    it('writes at once on pagehide, even while the page is still visible', () => withDraftTiming({ pauseMs: FOREVER_MS }, async () => {
      const store = new RecordingDraftStore();
      const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form draft-key="test-pagehide" .draftStore=${store}></rhi-interview-form>`);
      await choose(form, 'field-child.gender-2');
      expect(document.visibilityState).to.equal('visible');
      expect(store.writes, 'nothing written before the page goes').to.have.length(0);
      // The pause is longer than the test: a write now can only come from pagehide.
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      await waitUntil(() => store.writes.length > 0, 'a write on pagehide', { interval: 5 });
      expect(store.writes[0]!.draft!.answers).to.deep.equal({ child: { gender: 'non-binary' } });
    }));
  });

  describe('"Start again"', () => {
    it('asks first, then deletes the answers and the draft in IndexedDB', async () => {
      const key = uniqueDraftKey('start-again');
      await saveTestDraft(key, aSavedDraft());
      const form = await restoredForm(html`<rhi-interview-form draft-key=${key}></rhi-interview-form>`);
      expect(form.answers).to.deep.equal(aSavedDraft().answers);
      expect(dateBoxes(form, 'child.dateOfBirth', ['day', 'month'])).to.deep.equal({ day: '14', month: '3' });

      await pressButton(form, 'Start again');
      expect(words(restoredNotice(form))).to.contain('This deletes every answer in this record, on this device. Are you sure?');
      expect(focusedId(form), 'focus moves to the confirming button').to.equal('confirm-start-again-yes');
      expect(form.answers, 'nothing deleted before confirming').to.deep.equal(aSavedDraft().answers);
      expect(await storedDraft(key)).to.not.equal(undefined);

      await pressButton(form, 'Yes, delete the answers and start again');
      await waitUntil(async () => (await storedDraft(key)) === undefined, 'the draft to be deleted from IndexedDB');
      expect(form.answers).to.deep.equal({});
      expect(control(form, 'field-child.gender-1').checked).to.equal(false);
      expect(dateBoxes(form, 'child.dateOfBirth', ['day', 'month', 'year'])).to.deep.equal({ day: '', month: '', year: '' });
      expect(restoredNotice(form), 'the notice goes').to.equal(null);
      await form.saveDraft();
      expect(await storedDraft(key), 'no empty draft is written back after the pause').to.equal(undefined);
    });

    it('"No, keep the answers" keeps the answers, the half-typed boxes and the draft', async () => {
      const key = uniqueDraftKey('keep');
      await saveTestDraft(key, aSavedDraft());
      const form = await restoredForm(html`<rhi-interview-form draft-key=${key}></rhi-interview-form>`);

      await pressButton(form, 'Start again');
      await pressButton(form, 'No, keep the answers');
      expect(form.answers).to.deep.equal(aSavedDraft().answers);
      expect(dateBoxes(form, 'child.dateOfBirth', ['day', 'month'])).to.deep.equal({ day: '14', month: '3' });
      expect(isShown(restoredNotice(form))).to.equal(true);
      expect(shadow(form).getElementById('confirm-start-again'), 'the question goes').to.equal(null);
      expect(focusedId(form), 'focus goes back to "Start again"').to.equal('start-again');
      await aTimeout(100);
      expect((await storedDraft(key))?.answers).to.deep.equal(aSavedDraft().answers);
    });
  });

  describe('submitting', () => {
    let complete: ScenarioFile;
    before(async () => {
      complete = (await loadScenarios()).find(({ scenario }) => scenario.id === 'S02')!;
    });

    async function restoredCompleteRecord(key: string): Promise<RhiInterviewForm> {
      await saveTestDraft(key, { answers: complete.scenario.answers as Draft['answers'], rawInputs: {}, savedAt: new Date().toISOString() });
      const form = await restoredForm(html`<rhi-interview-form draft-key=${key}></rhi-interview-form>`);
      expect(form.problems, `${complete.file} passes every check of the form`).to.deep.equal([]);
      await form.goToPage('check');
      return form;
    }

    it('keeps the draft in IndexedDB, marked as sent, when the submit goes ahead, until the host confirms storage', async () => {
      const key = uniqueDraftKey('submit');
      const form = await restoredCompleteRecord(key);
      const submitted: unknown[] = [];
      form.addEventListener('rhi-submit', (event) => submitted.push(event.detail.answers));

      const pressedAt = new Date().toISOString();
      await pressButton(form, 'Submit interview record');
      expect(submitted).to.have.length(1);
      await waitUntil(async () => (await storedDraft(key))?.submittedAt !== undefined, 'the draft to be marked as sent');
      const kept = (await storedDraft(key))!;
      expect(kept.answers).to.deep.equal(complete.scenario.answers);
      expect(kept.submittedAt! >= pressedAt, 'marked with the time of the submit').to.equal(true);

      await form.recordStored();
      expect(await storedDraft(key)).to.equal(undefined);
    });

    it('submits at once when IndexedDB is blocked: the draft cannot be marked as sent, the record still goes', () => withDraftTiming({ stallMs: 200 }, async () => {
      const neverAnswers = () => new Promise<never>(() => {});
      const hungStore = { read: neverAnswers, write: neverAnswers, remove: neverAnswers };
      const posted: string[] = [];
      const keep = (event: SubmitEvent) => {
        event.preventDefault();
        posted.push(String(new FormData(event.target as HTMLFormElement).get('answers')));
      };
      const owner = await fixture<HTMLFormElement>(html`<form @submit=${keep}>
        <rhi-interview-form name="answers" draft-key=${uniqueDraftKey('submit-blocked')} .draftStore=${hungStore}></rhi-interview-form>
      </form>`);
      const form = owner.querySelector<RhiInterviewForm>('rhi-interview-form')!;
      form.answers = structuredClone(complete.scenario.answers) as Draft['answers'];
      await form.updateComplete;
      await waitUntil(() => warning(form) !== undefined, 'the warning that drafts are not being kept');
      await form.goToPage('check');

      // From here a stall lasts longer than the test: a submit that waited for one would never post.
      draftTiming.stallMs = FOREVER_MS;
      await pressButton(form, 'Submit interview record');
      await waitUntil(() => posted.length === 1, 'the owning form to be submitted');
      expect(JSON.parse(posted[0]!)).to.deep.equal(form.submittedAnswers);
      expect(Object.keys(JSON.parse(posted[0]!))).to.include('child');
    }));

    it('keeps the draft when the host cancels rhi-submit, until the host calls discardDraft()', async () => {
      const key = uniqueDraftKey('submit-cancelled');
      const form = await restoredCompleteRecord(key);
      form.addEventListener('rhi-submit', (event) => event.preventDefault());

      await pressButton(form, 'Submit interview record');
      await aTimeout(SAVE_PROMISE_MS);
      expect((await storedDraft(key))?.answers).to.deep.equal(complete.scenario.answers);

      await form.discardDraft();
      expect(await storedDraft(key)).to.equal(undefined);
    });
  });

  describe('no-drafts', () => {
    it('neither reads nor writes a draft, and restores none', async () => {
      const store = new RecordingDraftStore({ 'test-no-drafts': aSavedDraft() });
      let restored = false;
      const form = await fixture<RhiInterviewForm>(
        html`<rhi-interview-form no-drafts draft-key="test-no-drafts" .draftStore=${store} @rhi-draft-restored=${() => (restored = true)}></rhi-interview-form>`,
      );
      await choose(form, 'field-child.gender-0');
      await typeDate(form, 'child.dateOfBirth', { day: '1' });
      await aTimeout(SAVE_PROMISE_MS + MARGIN_MS);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      form.remove();
      await aTimeout(50);

      expect(store.calls).to.deep.equal([]);
      expect(restored).to.equal(false);
      expect(restoredNotice(form)).to.equal(null);
      expect(store.drafts.get('test-no-drafts')).to.deep.equal(aSavedDraft());
    });

    it('leaves IndexedDB empty with the default store', async () => {
      const key = uniqueDraftKey('no-drafts');
      const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form no-drafts draft-key=${key}></rhi-interview-form>`);
      await choose(form, 'field-child.gender-0');
      await aTimeout(SAVE_PROMISE_MS + MARGIN_MS);
      form.remove();
      await aTimeout(50);
      expect(await storedDraft(key)).to.equal(undefined);
    });

    it('keeps no draft without a draft-key either', async () => {
      const store = new RecordingDraftStore();
      const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form .draftStore=${store}></rhi-interview-form>`);
      await choose(form, 'field-child.gender-0');
      await aTimeout(SAVE_PROMISE_MS + MARGIN_MS);
      expect(store.calls).to.deep.equal([]);
    });
  });

  describe('the same record open twice on one device', () => {
    it('warns in both tabs, with the answers untouched, and stops warning once the other tab has gone', async () => {
      const key = uniqueDraftKey('two-tabs');
      const first = await loadPage(newFrame(), key);
      await choose(first.form, 'field-child.gender-1');
      await aTimeout(200);
      expect(openElsewhere(first.form), 'alone: no warning').to.equal(undefined);

      const secondFrame = newFrame();
      const second = await loadPage(secondFrame, key);
      await waitUntil(() => openElsewhere(first.form) && openElsewhere(second.form), 'both tabs to warn');
      expect(words(openElsewhere(first.form))).to.contain('The same record is open in another tab or window on this device');
      expect(isShown(openElsewhere(second.form))).to.equal(true);
      expect(first.form.answers).to.deep.equal({ child: { gender: 'male' } });

      const gone = new Promise((resolve) => secondFrame.addEventListener('load', resolve, { once: true }));
      secondFrame.src = 'about:blank';
      await gone;
      await waitUntil(() => openElsewhere(first.form) === undefined, 'the warning to go with the other tab');
    });

    it('counts only forms that can change the record: not another draft-key, a read-only record or one without drafts', async () => {
      const key = uniqueDraftKey('same-page');
      const host = await fixture<HTMLDivElement>(html`<div>
        <rhi-interview-form id="editing" draft-key=${key} .draftStore=${new RecordingDraftStore()}></rhi-interview-form>
        <rhi-interview-form id="other-record" draft-key=${uniqueDraftKey('another')} .draftStore=${new RecordingDraftStore()}></rhi-interview-form>
        <rhi-interview-form id="read-only" readonly draft-key=${key} .draftStore=${new RecordingDraftStore()}></rhi-interview-form>
        <rhi-interview-form id="no-drafts" no-drafts draft-key=${key}></rhi-interview-form>
      </div>`);
      const form = (id: string) => host.querySelector<RhiInterviewForm>(`#${id}`)!;
      await aTimeout(300);
      for (const id of ['editing', 'other-record', 'read-only', 'no-drafts']) expect(openElsewhere(form(id)), id).to.equal(undefined);

      const twin = document.createElement('rhi-interview-form');
      twin.setAttribute('draft-key', key);
      twin.draftStore = new RecordingDraftStore();
      host.append(twin);
      await waitUntil(() => openElsewhere(form('editing')) && openElsewhere(twin), 'the two forms of one record to warn');
      expect(openElsewhere(form('other-record')), 'another record').to.equal(undefined);

      twin.remove();
      await waitUntil(() => openElsewhere(form('editing')) === undefined, 'the warning to go with the twin');
    });

    for (const lang of ['en', 'cy'] as const) {
      it(`is announced and passes axe (lang="${lang}")`, async () => {
        const key = uniqueDraftKey(`twice-${lang}`);
        const host = await fixture<HTMLDivElement>(html`<div lang=${lang}>
          <rhi-interview-form lang=${lang} draft-key=${key} .draftStore=${new RecordingDraftStore()}></rhi-interview-form>
          <rhi-interview-form lang=${lang} draft-key=${key} .draftStore=${new RecordingDraftStore()}></rhi-interview-form>
        </div>`);
        const [one] = [...host.querySelectorAll<RhiInterviewForm>('rhi-interview-form')];
        await waitUntil(() => openElsewhere(one!), 'the warning');
        expect(openElsewhere(one!)!.getAttribute('role')).to.equal('alert');
        expect(words(openElsewhere(one!))).to.contain(lang === 'cy' ? "Mae'r cofnod hwn ar agor yn rhywle arall hefyd" : 'This record is open somewhere else too');
        await expect(one).to.be.accessible();
      });
    }
  });

  describe('when drafts cannot be stored', () => {
    it('warns that storage is full, and typing carries on with every answer intact', async () => {
      const store = new RecordingDraftStore();
      store.failWrites = quotaExceeded();
      const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form draft-key="test-quota" .draftStore=${store}></rhi-interview-form>`);
      await choose(form, 'field-child.gender-1');
      await waitUntil(() => warning(form) !== undefined, 'the warning');

      expect(isShown(warning(form))).to.equal(true);
      expect(words(warning(form))).to.contain('Answers not saved on this device').and.contain("the browser's storage is full");
      await typeDate(form, 'child.dateOfBirth', { day: '3', month: '11', year: '2010' });
      await choose(form, 'field-child.preferredLanguage-1');
      expect(form.answers).to.deep.equal({ child: { gender: 'male', dateOfBirth: '2010-11-03', preferredLanguage: 'cy' } });
      expect(dateBoxes(form, 'child.dateOfBirth', ['day', 'month', 'year'])).to.deep.equal({ day: '3', month: '11', year: '2010' });
      expect(isShown(warning(form)), 'the warning stays while saving keeps failing').to.equal(true);
    });

    it('takes the warning away once a save works again', async () => {
      const store = new RecordingDraftStore();
      store.failWrites = quotaExceeded();
      const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form draft-key="test-recovers" .draftStore=${store}></rhi-interview-form>`);
      await choose(form, 'field-child.gender-1');
      await waitUntil(() => warning(form) !== undefined, 'the warning');
      store.failWrites = undefined;
      await choose(form, 'field-child.gender-0');
      await waitUntil(() => warning(form) === undefined, 'the warning to go');
      expect(store.drafts.get('test-recovers')?.answers).to.deep.equal({ child: { gender: 'female' } });
    });

    it('warns when the draft cannot be read (private window), and the form stays usable', async () => {
      const store = new RecordingDraftStore();
      store.failReads = privateMode();
      store.failWrites = privateMode();
      const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form draft-key="test-private" .draftStore=${store}></rhi-interview-form>`);
      await waitUntil(() => warning(form) !== undefined, 'the warning');
      expect(isShown(warning(form))).to.equal(true);
      expect(words(warning(form))).to.contain('the browser does not allow storage here');

      await choose(form, 'field-child.gender-1');
      await typeDate(form, 'child.dateOfBirth', { day: '14', month: '3' });
      await openPage(form, 'interview');
      await typeKeys(form, 'field-interview.interviewer', 'Sam');
      expect(form.answers).to.deep.equal({ child: { gender: 'male' }, interview: { interviewer: 'Sam' } });
      await openPage(form, 'child');
      expect(dateBoxes(form, 'child.dateOfBirth', ['day', 'month', 'year'])).to.deep.equal({ day: '14', month: '3', year: '' });
    });

    it('warns when IndexedDB cannot even be opened (the default store)', async () => {
      const open = Object.getOwnPropertyDescriptor(indexedDB, 'open');
      Object.defineProperty(indexedDB, 'open', {
        configurable: true,
        value: () => {
          throw new DOMException('Access to IndexedDB is denied in this context.', 'SecurityError');
        },
      });
      try {
        const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form draft-key=${uniqueDraftKey('no-idb')}></rhi-interview-form>`);
        await waitUntil(() => warning(form) !== undefined, 'the warning');
        expect(words(warning(form))).to.contain('the browser does not allow storage here');
        await choose(form, 'field-child.gender-3');
        await form.saveDraft();
        expect(form.answers).to.deep.equal({ child: { gender: 'other' } });
        expect(isShown(warning(form))).to.equal(true);
      } finally {
        if (open) Object.defineProperty(indexedDB, 'open', open);
        else delete (indexedDB as unknown as Record<string, unknown>).open;
      }
    });

    it('warns when IndexedDB is blocked by another tab, keeps every answer, and saves once that tab lets go', async () => {
      const databaseName = uniqueDraftKey('blocked-database');
      // "Another tab": a connection to the database that stays open while a newer version of it
      // is asked for. Every other open of the database then waits, as long as that tab does.
      const otherTab = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(databaseName, 1);
        request.onupgradeneeded = () => request.result.createObjectStore('drafts');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const upgrade = indexedDB.open(databaseName, 2);
      const upgraded = new Promise<IDBDatabase>((resolve, reject) => {
        upgrade.onsuccess = () => resolve(upgrade.result);
        upgrade.onerror = () => reject(upgrade.error);
      });
      const key = uniqueDraftKey('blocked');
      const store = indexedDbDraftStore<Draft>(databaseName, 'drafts');
      const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form draft-key=${key} .draftStore=${store}></rhi-interview-form>`);
      await choose(form, 'field-child.gender-1');
      await typeDate(form, 'child.dateOfBirth', { day: '3', month: '11', year: '2010' });
      expect(warning(form), 'no warning before the device has had its time').to.equal(undefined);

      await waitUntil(() => warning(form) !== undefined, 'the warning');
      expect(isShown(warning(form))).to.equal(true);
      expect(words(warning(form))).to.contain('Answers not saved on this device').and.contain('another tab or window may be holding');
      await choose(form, 'field-child.preferredLanguage-1');
      const typed = { child: { gender: 'male', dateOfBirth: '2010-11-03', preferredLanguage: 'cy' } };
      expect(form.answers).to.deep.equal(typed);

      otherTab.close();
      (await upgraded).close();
      await waitUntil(() => warning(form) === undefined, 'the warning to go once a draft is written');
      // The saves waited in order, so the last one written holds every answer.
      const database = createStore(databaseName, 'drafts');
      await waitUntil(async () => JSON.stringify((await get<Draft>(key, database))?.answers) === JSON.stringify(typed), 'the latest answers in IndexedDB');
      expect(form.answers).to.deep.equal(typed);
    });

    it('warns when IndexedDB refuses a write for quota (the default store)', async () => {
      const key = uniqueDraftKey('idb-quota');
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function refuse() {
        throw quotaExceeded();
      };
      try {
        const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form draft-key=${key}></rhi-interview-form>`);
        await choose(form, 'field-child.gender-4');
        await waitUntil(() => warning(form) !== undefined, 'the warning');
        expect(words(warning(form))).to.contain("the browser's storage is full");
        expect(form.answers).to.deep.equal({ child: { gender: 'not-said' } });
      } finally {
        IDBObjectStore.prototype.put = put;
      }
      expect(await storedDraft(key)).to.equal(undefined);
    });
  });

  for (const lang of ['en', 'cy'] as const) {
    describe(`accessibility of the draft notices (axe, lang="${lang}")`, () => {
      const title = lang === 'cy' ? "Drafft wedi'i adfer" : 'Draft restored';
      const startAgain = lang === 'cy' ? 'Dechrau eto' : 'Start again';
      const failedTitle = lang === 'cy' ? 'Atebion heb eu cadw ar y ddyfais hon' : 'Answers not saved on this device';

      it('the "Draft restored" notice', async () => {
        const store = new RecordingDraftStore({ 'test-axe': aSavedDraft() });
        const form = await restoredForm(html`<rhi-interview-form lang=${lang} draft-key="test-axe" .draftStore=${store}></rhi-interview-form>`);
        expect(words(restoredNotice(form))).to.contain(title);
        await expect(form).to.be.accessible();
      });

      it('the "are you sure?" question', async () => {
        const store = new RecordingDraftStore({ 'test-axe': aSavedDraft() });
        const form = await restoredForm(html`<rhi-interview-form lang=${lang} draft-key="test-axe" .draftStore=${store}></rhi-interview-form>`);
        await pressButton(form, startAgain);
        expect(shadow(form).getElementById('confirm-start-again')).to.not.equal(null);
        await expect(form).to.be.accessible();
      });

      it('the "not saved" warning', async () => {
        const store = new RecordingDraftStore();
        store.failReads = privateMode();
        const form = await fixture<RhiInterviewForm>(html`<rhi-interview-form lang=${lang} draft-key="test-axe" .draftStore=${store}></rhi-interview-form>`);
        await waitUntil(() => warning(form) !== undefined, 'the warning');
        expect(words(warning(form))).to.contain(failedTitle);
        await expect(form).to.be.accessible();
      });
    });
  }
});
