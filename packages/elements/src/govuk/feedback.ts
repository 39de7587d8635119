/**
 * The one feedback rule of both components (Lion's `(touched && dirty) || submitted`): a question's
 * error shows once it was left with something in it, or once Continue or Submit found it — never
 * while typing. Kept as a map from a question's key to the message on show.
 */

export interface Leaving {
  /** The key of the question left. */
  key: string;
  /** Its problem now, if any. */
  problem: string | undefined;
  /** Something was typed or chosen: an empty required question is reported by Continue or Submit. */
  answered: boolean;
}

/** The errors on show after a question is left; the same map when nothing changes. */
export function shownAfterLeaving(shown: ReadonlyMap<string, string>, { key, problem, answered }: Leaving): ReadonlyMap<string, string> {
  const submitted = shown.has(key);
  if (problem && (answered || submitted)) {
    return shown.get(key) === problem ? shown : new Map(shown).set(key, problem);
  }
  if (!submitted) return shown;
  const next = new Map(shown);
  next.delete(key);
  return next;
}

/** The errors on show after Continue or Submit found these problems (each stays until fixed and left). */
export function shownAfterSubmit(shown: ReadonlyMap<string, string>, problems: { key: string; message: string }[]): Map<string, string> {
  return new Map([...shown, ...problems.map((problem) => [problem.key, problem.message] as const)]);
}
