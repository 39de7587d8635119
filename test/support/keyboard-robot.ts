/**
 * A keyboard-only interviewer for `<rhi-interview-form>`: it looks at what has focus, works out
 * which question that is from the control's id, and answers it with keys alone (Tab, Shift+Tab,
 * Space, Enter, arrows and typed text). It reads the page but never clicks, never sets a value
 * and never calls the form's methods, so a key the form ignores shows up as a wrong answer.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { RhiInterviewForm } from '../../packages/elements/src/index.js';

type Answers = Record<string, unknown>;
type DatePart = 'day' | 'month' | 'year' | 'hour' | 'minute';

export interface KeyboardRobotPlan {
  /** The answers to give, in the shape of the form's `answers`. */
  answers: Answers;
  /** Called once on each page as it is reached (for example to run axe). */
  onPage?: (heading: string) => Promise<void>;
  /** Questions first answered wrongly, left with Tab, then corrected by coming back with Shift+Tab. */
  mistakes?: Record<string, unknown>;
  timeZone?: string;
  /** The heading at which the robot stops. */
  stopAt: string;
  maxKeys?: number;
}

export interface KeyboardRobotRun {
  pages: string[];
  keys: string[];
  corrected: string[];
  /** What had focus when each key was pressed, for reading a failure. */
  trail: string[];
}

type Focus =
  | { kind: 'outside'; description: string }
  | { kind: 'heading'; text: string }
  | { kind: 'page-nav' }
  | { kind: 'skip-link' }
  | { kind: 'legend' }
  | { kind: 'radio' | 'checkbox'; path: string; input: HTMLInputElement }
  | { kind: 'date-part'; path: string; part: DatePart; input: HTMLInputElement }
  | { kind: 'text'; path: string; input: HTMLInputElement | HTMLTextAreaElement }
  | { kind: 'select'; path: string; input: HTMLSelectElement }
  | { kind: 'add'; path: string }
  | { kind: 'remove' | 'continue' | 'back' }
  | { kind: 'unknown'; description: string };

const datePart = /^(field-.+)-(day|month|year|hour|minute)$/;

/** From focus just before the form, answers it page by page with the keyboard until the `stopAt` heading has focus. */
export async function answerWithKeyboard(form: RhiInterviewForm, plan: KeyboardRobotPlan): Promise<KeyboardRobotRun> {
  const run: KeyboardRobotRun = { pages: [], keys: [], corrected: [], trail: [] };
  const pending = new Map(Object.entries(plan.mistakes ?? {}));
  const maxKeys = plan.maxKeys ?? 2000;
  const press = async (key: string) => {
    if (run.keys.length >= maxKeys) throw new Error(`gave up after ${maxKeys} keys, on '${describeFocus(form)}'`);
    const step = `${describeFocus(form)} ← ${key}`;
    // The same key on the same control three times running: the form is ignoring it.
    if (run.trail.length >= 2 && run.trail.slice(-2).every((earlier) => earlier === step)) {
      throw new Error(`'${key}' on ${describeFocus(form)} changes nothing (page '${headingText(form)}')`);
    }
    run.keys.push(key);
    run.trail.push(step);
    if (key.startsWith('type:')) await sendKeys({ type: key.slice('type:'.length) });
    else if (key === 'Shift+Tab') await shiftTab();
    else await sendKeys({ press: key });
    await settle(form);
  };

  // Focus starts just before the form: the first Tab goes in.
  await press('Tab');
  for (;;) {
    const heading = headingText(form);
    if (run.pages[run.pages.length - 1] !== heading) {
      run.pages.push(heading);
      await plan.onPage?.(heading);
      if (heading === plan.stopAt) return run;
    }
    const focus = focusIn(form);
    switch (focus.kind) {
      case 'outside':
      case 'unknown':
        throw new Error(`focus is on ${focus.description} (page '${headingText(form)}', after:\n${run.trail.slice(-8).join('\n')})`);
      case 'skip-link': {
        // Enter on "Skip to the questions" jumps over the list of sections to the page heading.
        await press('Enter');
        const arrived = focusIn(form);
        if (arrived.kind !== 'heading') throw new Error(`"Skip to the questions" left focus on ${describeFocus(form)}, not the page heading`);
        break;
      }
      case 'heading':
      case 'page-nav':
      case 'legend':
      case 'remove':
        await press('Tab');
        break;
      case 'back':
        throw new Error(`reached Back on '${headingText(form)}' without passing Continue`);
      case 'continue': {
        const before = headingText(form);
        await press('Enter');
        const summary = form.shadowRoot!.querySelector('.error-summary');
        if (summary) {
          const problems = summary.textContent!.replace(/\s+/g, ' ').trim();
          throw new Error(`Continue on '${before}' showed: ${problems}\nafter:\n${run.trail.slice(-40).join('\n')}`);
        }
        const arrived = focusIn(form);
        if (arrived.kind !== 'heading') throw new Error(`after Continue on '${before}' focus is on ${describeFocus(form)}, not the page heading`);
        break;
      }
      case 'add': {
        const given = valueAt(form.answers, focus.path);
        const wanted = valueAt(plan.answers, focus.path);
        const count = Array.isArray(given) ? given.length : 0;
        // Enter and Space both press a button: use each.
        if (Array.isArray(wanted) && count < wanted.length) await press(count % 2 === 0 ? 'Enter' : ' ');
        else await press('Tab');
        break;
      }
      case 'text': {
        const wanted = valueAt(plan.answers, focus.path);
        await typeWanted(focus.input, typeof wanted === 'string' ? wanted : '', focus.path, press);
        await press('Tab');
        break;
      }
      case 'select': {
        // A closed native select chooses the option whose words are typed (type-ahead), as a
        // keyboard user does; a question the plan does not answer is left as it is.
        const wanted = valueAt(plan.answers, focus.path);
        if (wanted !== undefined && focus.input.value !== String(wanted)) {
          const option = [...focus.input.options].find((candidate) => candidate.value === String(wanted));
          if (!option) throw new Error(`${focus.path}: no option '${String(wanted)}' to choose`);
          await press(`type:${option.text}`);
          if (focus.input.value !== String(wanted)) throw new Error(`${focus.path}: typing '${option.text}' chose '${focus.input.value}'`);
        }
        await press('Tab');
        break;
      }
      case 'date-part': {
        const wanted = valueAt(plan.answers, focus.path);
        const parts = typeof wanted === 'string' ? wallClockParts(wanted, plan.timeZone ?? 'Europe/London') : {};
        await typeWanted(focus.input, parts[focus.part] ?? '', `${focus.path} (${focus.part})`, press);
        await press('Tab');
        break;
      }
      case 'checkbox': {
        const wanted = valueAt(plan.answers, focus.path);
        const tick = Array.isArray(wanted) && wanted.map(String).includes(focus.input.value);
        await press(focus.input.checked === tick ? 'Tab' : ' ');
        break;
      }
      case 'radio': {
        const mistake = pending.has(focus.path);
        const wanted = mistake ? pending.get(focus.path) : valueAt(plan.answers, focus.path);
        const group = [...form.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(focus.input.name)}"]`)];
        const target = group.findIndex((radio) => radio.value === String(wanted));
        const at = group.indexOf(focus.input);
        if (wanted === undefined || group[target]?.checked) {
          await press('Tab');
          if (mistake) {
            await comeBackToCorrect(form, focus.path, wanted, press);
            pending.delete(focus.path);
            run.corrected.push(focus.path);
          }
        } else if (target < 0) {
          throw new Error(`'${focus.path}' has no option '${String(wanted)}'`);
        } else if (target === at) {
          await press(' ');
        } else {
          const inline = focus.input.closest('.radios--inline') !== null;
          await press(target > at ? (inline ? 'ArrowRight' : 'ArrowDown') : inline ? 'ArrowLeft' : 'ArrowUp');
        }
        break;
      }
    }
  }
}

/** Having left a wrong answer, Shift+Tab must land back on its checked option. */
async function comeBackToCorrect(form: RhiInterviewForm, path: string, wrong: unknown, press: (key: string) => Promise<void>) {
  const given = valueAt(form.answers, path);
  if (given !== wrong) throw new Error(`'${path}' should hold the mistaken '${String(wrong)}' but holds '${String(given)}'`);
  await press('Shift+Tab');
  const focus = focusIn(form);
  if (focus.kind !== 'radio' || focus.path !== path || !focus.input.checked) {
    throw new Error(`Shift+Tab from after '${path}' went to '${describeFocus(form)}', not its chosen option`);
  }
}

async function typeWanted(
  input: HTMLInputElement | HTMLTextAreaElement,
  wanted: string,
  what: string,
  press: (key: string) => Promise<void>,
): Promise<void> {
  if (input.value === wanted || wanted === '') return;
  if (input.value !== '') throw new Error(`'${what}' already holds '${input.value}', not '${wanted}'`);
  await press(`type:${wanted}`);
}

/** What has focus inside the form, named the way the robot acts on it. */
export function focusIn(form: RhiInterviewForm): Focus {
  if (document.activeElement !== form) return { kind: 'outside', description: describeNode(document.activeElement) };
  const active = form.shadowRoot!.activeElement as HTMLElement | null;
  if (!active) return { kind: 'outside', description: 'the form itself (nothing inside it)' };
  if (active.id === 'page-heading') return { kind: 'heading', text: active.textContent!.trim() };
  if (active.matches('.skip-link')) return { kind: 'skip-link' };
  if (active.closest('[part~="page-nav"]')) return { kind: 'page-nav' };
  if (active.matches('legend[id$="-legend"]')) return { kind: 'legend' };
  if (active instanceof HTMLInputElement && (active.type === 'radio' || active.type === 'checkbox')) {
    return { kind: active.type, path: pathOf(active.name), input: active };
  }
  const part = datePart.exec(active.id);
  if (active instanceof HTMLInputElement && part) return { kind: 'date-part', path: pathOf(part[1]!), part: part[2] as DatePart, input: active };
  if ((active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) && active.id.startsWith('field-')) {
    return { kind: 'text', path: pathOf(active.id), input: active };
  }
  if (active instanceof HTMLSelectElement && active.id.startsWith('field-')) return { kind: 'select', path: pathOf(active.id), input: active };
  if (active instanceof HTMLButtonElement) {
    if (active.id.endsWith('-add')) return { kind: 'add', path: pathOf(active.id.slice(0, -'-add'.length)) };
    if (active.closest('[part~="repeat-item"]')) return { kind: 'remove' };
    if (active.matches('[part~="primary-button"]')) return { kind: 'continue' };
    if (active.matches('[part~="secondary-button"]')) return { kind: 'back' };
  }
  return { kind: 'unknown', description: describeNode(active) };
}

function pathOf(id: string): string {
  return id.slice('field-'.length);
}

function headingText(form: RhiInterviewForm): string {
  return form.shadowRoot!.getElementById('page-heading')?.textContent?.trim() ?? '';
}

function describeFocus(form: RhiInterviewForm): string {
  return describeNode(form.shadowRoot!.activeElement ?? document.activeElement);
}

function describeNode(node: Element | null): string {
  if (!node) return 'nothing';
  const text = node.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${node.localName}${node.id ? `#${node.id}` : ''}>${text ? ` '${text}'` : ''}`;
}

export function valueAt(answers: unknown, dottedPath: string): unknown {
  return dottedPath.split('.').reduce<unknown>((node, step) => (typeof node === 'object' && node !== null ? (node as Answers)[step] : undefined), answers);
}

/** The boxes an interviewer types for a stored date or UTC instant, on the zone's wall clock. */
export function wallClockParts(value: string, timeZone: string): Partial<Record<DatePart, string>> {
  if (!value.includes('T')) {
    const [year, month, day] = value.split('-');
    return { day: String(Number(day)), month: String(Number(month)), year };
  }
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(format.formatToParts(Date.parse(value)).map((part) => [part.type, part.value]));
  return { day: parts.day, month: parts.month, year: parts.year, hour: parts.hour, minute: parts.minute };
}

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

async function settle(form: RhiInterviewForm): Promise<void> {
  await form.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await form.updateComplete;
}
