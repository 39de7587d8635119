/** The moment of assessment: given on the command line, taken from a scenario, or now. */

// A full date-time with its offset, as the schemas require: a time without a zone is ambiguous
// by an hour for half the year.
const dateTimeWithOffset = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO instant for a date-time with offset, or undefined when the text is not one. */
export function parseMoment(text: string): string | undefined {
  const parts = dateTimeWithOffset.exec(text);
  if (!parts) return undefined;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = parts.slice(1).map((part) => Number(part ?? 0));
  // Date.parse would quietly roll 30 February over into March; a wrong date must be refused.
  const validDate = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  const validTime = hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 23 && offsetMinutes <= 59;
  const time = Date.parse(text);
  return validDate && validTime && !Number.isNaN(time) ? new Date(time).toISOString() : undefined;
}

/** The current time; read here, in the command line, because the engine never reads the clock. */
export function currentMoment(): string {
  return new Date().toISOString();
}
