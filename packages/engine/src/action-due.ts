/**
 * When each action is due: the directory's `due` (hours after the return or the interview) worked
 * on instants, as the 72-hour offer clock is. A due time is only ever left out or brought earlier
 * by doubtful dates, never pushed later: a later time would make the action look less urgent.
 */
import type { ChronologyProblem } from './chronology.js';
import { parseInstant } from './local-time.js';
import { ownValue } from './own-keys.js';
import type { Action, ActionDefinition, ActionDueFrom, ActionDueSetting, Settings } from './types.js';

const HOUR = 3_600_000;
/** 9999-12-31T23:59:59.999Z: the last instant a four-digit-year date-time can name. */
const LAST_WRITABLE_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const ANCHOR_POINTERS: Record<ActionDueFrom, string> = {
  return: '/episode/returnedAt',
  interview: '/interview/conductedAt',
};

/** The settings a due time may name, read only from this list so a stray name never reaches another field. */
const DUE_SETTINGS: Record<ActionDueSetting, (settings: Settings) => number | undefined> = {
  offerWithinHours: (settings) => settings.offerWithinHours,
  notifyAuthoritiesWithinHours: (settings) => settings.notifyAuthoritiesWithinHours,
};

function factAt(facts: Record<string, unknown>, pointer: string): unknown {
  return facts[pointer.slice(1).replaceAll('/', '.')];
}

/**
 * The instant a due time counts from. When the anchor contradicts another answer (an interview
 * before the return), nobody knows which was mistyped, so the earlier of the two is used.
 */
function anchorInstant(from: ActionDueFrom, facts: Record<string, unknown>, chronology: ChronologyProblem[]): number | undefined {
  const pointer = ANCHOR_POINTERS[from];
  const anchor = parseInstant(factAt(facts, pointer));
  if (anchor === undefined) return undefined;
  let earliest = anchor;
  for (const problem of chronology) {
    if (problem.pointer !== pointer && problem.otherPointer !== pointer) continue;
    const other = parseInstant(factAt(facts, problem.pointer === pointer ? problem.otherPointer : problem.pointer));
    if (other !== undefined && other < earliest) earliest = other;
  }
  return earliest;
}

/** Sets `dueBy` and `overdue` on each action whose directory entry gives a due time that can be worked out. */
export function addDueTimes(
  actions: Action[],
  directory: Record<string, ActionDefinition> | undefined,
  facts: Record<string, unknown>,
  chronology: ChronologyProblem[],
  settings: Settings,
  now: number,
): void {
  for (const action of actions) {
    const due = ownValue(directory, action.id)?.due;
    if (!due) continue;
    const hours = due.withinSetting === undefined ? due.withinHours : ownValue(DUE_SETTINGS, due.withinSetting)?.(settings);
    const anchor = anchorInstant(due.from, facts, chronology);
    if (anchor === undefined || typeof hours !== 'number' || !Number.isFinite(hours)) continue;
    const dueBy = anchor + hours * HOUR;
    // A due time in the year 10000 cannot be written as a date-time; such an anchor is not a real one.
    if (dueBy > LAST_WRITABLE_INSTANT) continue;
    action.dueBy = new Date(dueBy).toISOString();
    action.overdue = now > dueBy;
  }
}
