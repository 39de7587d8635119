// Output shown in the docs with lines left out: a line `…` on its own stands for any number of
// lines. Used by the tests that run the commands docs/rules.md and the README show.

/** A line on its own in a shown output that stands for lines the docs leave out. */
export const ELISION = '…';

/** True when `actual` has the expected lines, where a line `…` stands for any number of lines. */
export function matchesWithElisions(expected: string[], actual: string[]): boolean {
  const segments: string[][] = [[]];
  for (const line of expected) {
    if (line === ELISION) segments.push([]);
    else segments[segments.length - 1].push(line);
  }
  const startsFree = expected[0] === ELISION;
  const endsFree = expected[expected.length - 1] === ELISION;
  const fits = (segment: string[], at: number) => segment.every((line, offset) => actual[at + offset] === line);
  let position = 0;
  for (const [index, segment] of segments.entries()) {
    if (segment.length === 0) continue;
    const anchoredStart = index === 0 && !startsFree;
    const anchoredEnd = index === segments.length - 1 && !endsFree;
    if (anchoredEnd) {
      const at = actual.length - segment.length;
      if (at < position || (anchoredStart && at !== 0) || !fits(segment, at)) return false;
      position = actual.length;
      continue;
    }
    if (anchoredStart) {
      if (!fits(segment, 0)) return false;
      position = segment.length;
      continue;
    }
    let at = position;
    while (at + segment.length <= actual.length && !fits(segment, at)) at += 1;
    if (at + segment.length > actual.length) return false;
    position = at + segment.length;
  }
  return endsFree || segments.length > 1 || position === actual.length;
}

