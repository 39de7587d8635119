// A council's own page, served under a strict Content-Security-Policy, with the built bundle and a
// plain <form method=post>: the interviewer fills the record and a server receives the answers JSON.
import { expect } from 'chai';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';
import { choose, control, errorSummary, focusedId, heading, pressButton, typeInto } from '../support/interview-form-driver.js';
import { PATIENCE_MS } from '../support/wait-until.js';

const pagePath = '/test/csp/interview-form-post.html';
const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'";

interface PageWindow extends Window {
  rhiCspViolations: string[];
}

interface LastRecord {
  count: number;
  record: { contentType: string; fields: [string, string][] } | null;
}

interface OpenPage {
  frame: HTMLIFrameElement;
  page: PageWindow;
  form: RhiInterviewForm;
}

function nextLoad(frame: HTMLIFrameElement, timeout = PATIENCE_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${frame.src}: no page loaded in the iframe within ${timeout} ms`)), timeout);
    frame.addEventListener('load', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

async function openPage(): Promise<OpenPage> {
  const frame = document.createElement('iframe');
  frame.width = '1024';
  frame.height = '768';
  const loaded = nextLoad(frame);
  frame.src = pagePath;
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow as PageWindow;
  await page.customElements.whenDefined('rhi-interview-form');
  const form = page.document.querySelector('rhi-interview-form') as RhiInterviewForm;
  await form.updateComplete;
  return { frame, page, form };
}

async function lastRecord(): Promise<LastRecord> {
  return (await fetch('/test-server/last-record')).json();
}

/** Clicks the radio whose value is `value`, as an interviewer picks an option. */
async function chooseValue(form: RhiInterviewForm, path: string, value: string): Promise<void> {
  const radio = form.shadowRoot!.querySelector<HTMLInputElement>(`input[name="field-${path}"][value="${value}"]`);
  if (!radio) throw new Error(`No option '${value}' for ${path} on page '${heading(form)}'`);
  await choose(form, radio.id);
}

async function typeDate(form: RhiInterviewForm, path: string, parts: Record<string, string>): Promise<void> {
  for (const [part, text] of Object.entries(parts)) await typeInto(form, `field-${path}-${part}`, text);
}

const whereFound = "Coventry bus station & then a friend's flat — 'safe', 100% sure";

/** What the interviewer types, page by page (by heading). London wall clock, either side of 29 March 2026's clock change. */
function answerSteps(options: { leaveReturnedEmpty?: boolean } = {}): Record<string, (form: RhiInterviewForm) => Promise<void>> {
  return {
    'About the child': (form) => typeDate(form, 'child.dateOfBirth', { day: '14', month: '2', year: '2010' }),
    'Care and support': (form) => chooseValue(form, 'care.status', 'looked-after'),
    'The missing episode': async (form) => {
      await chooseValue(form, 'episode.type', 'missing');
      await typeDate(form, 'episode.reportedMissingAt', { day: '28', month: '3', year: '2026', hour: '23', minute: '15' });
      if (!options.leaveReturnedEmpty) {
        await typeDate(form, 'episode.returnedAt', { day: '29', month: '3', year: '2026', hour: '09', minute: '00' });
      }
      await typeInto(form, 'field-episode.whereFound', whereFound);
    },
    'The interview offer': async (form) => {
      // A reason typed under "declined" is not sent once the answer is changed to "accepted".
      await chooseValue(form, 'interview.outcome', 'declined');
      await typeInto(form, 'field-interview.outcomeReason', 'Said they were too tired');
      await chooseValue(form, 'interview.outcome', 'accepted');
    },
  };
}

const expectedAnswers = {
  child: { dateOfBirth: '2010-02-14' },
  care: { status: 'looked-after' },
  episode: {
    type: 'missing',
    reportedMissingAt: '2026-03-28T23:15:00Z',
    returnedAt: '2026-03-29T08:00:00Z',
    whereFound,
  },
  interview: { outcome: 'accepted' },
};

describe('<rhi-interview-form> from dist/rhi-toolkit.js in a council page under a strict CSP', () => {
  let opened: OpenPage | undefined;

  afterEach(() => {
    opened?.frame.remove();
    opened = undefined;
  });

  it('serves the page with the strict policy and renders the form from the built bundle alone', async () => {
    opened = await openPage();
    const { page, form } = opened;
    expect((await fetch(pagePath)).headers.get('content-security-policy')).to.equal(strictPolicy);
    const scripts = page.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      // The test runner's dev server adds its own web-socket script to every page it serves.
      .filter((path) => path.endsWith('.js') && !path.startsWith('/__web-dev-server'));
    expect(scripts).to.deep.equal(['/test/csp/record-violations.js', '/dist/rhi-toolkit.js']);
    expect(form.form).to.equal(page.document.querySelector('form'));
    expect(heading(form)).to.equal('About the child');
    expect(page.rhiCspViolations).to.deep.equal([]);
  });

  it('posts the answers JSON and the case reference with the page\'s own form, with no policy violation', async () => {
    opened = await openPage();
    const { frame, page, form } = opened;
    const before = await lastRecord();
    const steps = answerSteps();
    const headings: string[] = [];
    while (heading(form) !== 'Check your answers') {
      headings.push(heading(form));
      if (headings.length > 20) throw new Error(`Continue never reached "Check your answers": ${headings.join(' → ')}`);
      await steps[heading(form)]?.(form);
      await pressButton(form, 'Continue');
      expect(errorSummary(form), `problems on '${headings.at(-1)}'`).to.deep.equal([]);
    }
    expect(headings.slice(0, 4)).to.deep.equal(Object.keys(steps));
    expect(page.rhiCspViolations).to.deep.equal([]);

    const received = nextLoad(frame);
    await pressButton(form, 'Submit interview record');
    await received;

    expect(frame.contentWindow!.location.pathname).to.equal('/test-server/interview-records');
    expect(frame.contentDocument!.querySelector('h1')?.textContent).to.equal('Received');
    const after = await lastRecord();
    expect(after.count).to.equal(before.count + 1);
    const { contentType, fields } = after.record!;
    expect(contentType).to.match(/^application\/x-www-form-urlencoded/);
    expect(fields.map(([name]) => name)).to.deep.equal(['case-reference', 'answers']);
    const posted = Object.fromEntries(fields);
    expect(posted['case-reference']).to.equal('RHI-2026-0042');
    expect(JSON.parse(posted.answers!)).to.deep.equal(expectedAnswers);
    const reply = await fetch('/test-server/last-record');
    expect(reply.headers.get('content-security-policy')).to.equal(strictPolicy);
  });

  it('does not post while a required answer is missing: the error summary appears and takes focus', async () => {
    opened = await openPage();
    const { frame, page, form } = opened;
    for (const [title, answer] of Object.entries(answerSteps({ leaveReturnedEmpty: true }))) {
      await pressButton(form, title);
      expect(heading(form)).to.equal(title);
      await answer(form);
    }
    await pressButton(form, 'Check your answers');
    expect(heading(form)).to.equal('Check your answers');
    const before = await lastRecord();
    let navigated = false;
    frame.addEventListener('load', () => (navigated = true), { once: true });

    await pressButton(form, 'Submit interview record');
    await new Promise((resolve) => setTimeout(resolve, 1000));

    expect(navigated, 'the iframe left the page').to.equal(false);
    expect((await lastRecord()).count).to.equal(before.count);
    expect(errorSummary(form)).to.deep.equal(['Enter the date for ‘Returned’']);
    expect(focusedId(form)).to.equal('error-summary');
    expect(page.document.activeElement).to.equal(form);
    expect(page.document.querySelector('form')!.checkValidity()).to.equal(false);
    expect(control(form, 'error-summary').querySelector('a')!.getAttribute('href')).to.equal('#field-episode.returnedAt-day');
    expect(page.rhiCspViolations).to.deep.equal([]);
  });
});
