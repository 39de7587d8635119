/** Instants in records, as milliseconds: the schema has checked their form, so parsing cannot misread them. */

/** The instant of an ISO date-time, or undefined when it is absent. */
export function instantOf(text: string | undefined): number | undefined {
  const instant = text === undefined ? Number.NaN : Date.parse(text);
  return Number.isNaN(instant) ? undefined : instant;
}
